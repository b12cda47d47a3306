# `qnr report`: все слова документов отчета (src/report/words.rs) и то,
# что команда сообщает по завершении.

## Даты, доли и перечни

report-date = { $day } { $month ->
    [1] января
    [2] февраля
    [3] марта
    [4] апреля
    [5] мая
    [6] июня
    [7] июля
    [8] августа
    [9] сентября
    [10] октября
    [11] ноября
   *[12] декабря
} { $year } г.
report-no-date = без даты
report-percent = { $value } %
report-list-and = и
report-colon = :
report-semicolon = ;

## Заголовки и подписи

report-kicker = Сводка ответов на вопросник
report-note-by-secretariat = Записка Секретариата
report-contents = Содержание
report-overview = Общий обзор
report-replies = Ответы
report-recommendations = Ответы по рекомендациям
report-previous = Сравнение с предыдущим циклом
report-problems = Проблемы, выявленные в ответах
report-state = Государство
report-region = Регион
report-date-of-submission = Дата представления
report-consent = Согласие на публикацию
report-consent-yes = Да
report-consent-no = Нет
report-consent-not-stated = Не указано
report-recommendation = Рекомендация
report-unanswered = Без ответа
report-share-yes = Доля ответов «{ $yes }»
report-answer = Ответ
report-count-states = Число государств
report-share = Доля
report-which-states = Перечень государств
report-grid-caption = Ответы по государствам
report-table-caption = Ответы по рекомендациям (число государств)
report-grid-key = Д: { $yes } (меры приняты) · Н: { $no } · –: нет ответа
report-mark-yes = Д
report-mark-no = Н
report-mark-none = –
report-unnamed-reply = Ответ без указания государства ({ $file })
report-incomplete-counted = неполный, учтен в полученном виде
report-as-at = Данные по состоянию на { $date }

## Вводные данные

report-lead-states = { $count ->
    [one] Ответ представило { $count } государство
    [few] Ответы представили { $count } государства
    [many] Ответы представили { $count } государств
   *[other] Ответы представили { $count } государства
}
report-lead-by-cutoff = { " " }к установленному сроку ({ $date })
report-lead-unnamed = , а также { $count ->
    [one] { $count } ответ
    [few] { $count } ответа
    [many] { $count } ответов
   *[other] { $count } ответа
} без указания государства
report-lead-no-reply = Ни один ответ не учтен
report-lead-no-state = { $count ->
    [one] { $count } ответ, в котором не указано государство
    [few] { $count } ответа, ни в одном из которых не указано государство
    [many] { $count } ответов, ни в одном из которых не указано государство
   *[other] { $count } ответа, ни в одном из которых не указано государство
}
report-lead-no-country-field = { " " }(ни одно поле вопросника не имеет роли «country»)
report-lead-late = { $count ->
    [one] { $count } ответ поступил после установленного срока и не учтен.
    [few] { $count } ответа поступили после установленного срока и не учтены.
    [many] { $count } ответов поступили после установленного срока и не учтены.
   *[other] { $count } ответа поступили после установленного срока и не учтены.
}
report-dated-one = Учтенные ответы датированы { $date }.
report-dated-range = Учтенные ответы представлены в период с { $from } по { $to }.

## Государства, которым направлен вопросник

report-response = Доля ответивших: { $replied } из { $expected } { $expected ->
    [one] государства
    [few] государств
    [many] государств
   *[other] государства
}, которым был направлен вопросник ({ $share }).
report-expected-all = Вопросник направлен государствам — членам Организации Объединенных Наций и государствам-наблюдателям.
report-expected-members = Вопросник направлен государствам — членам Организации Объединенных Наций.
report-expected-africa = Вопросник направлен членам Совещания руководителей национальных учреждений по борьбе с незаконным оборотом наркотиков, Африка (государствам — членам Экономической комиссии для Африки).
report-expected-asia-pacific = Вопросник направлен членам Совещания руководителей национальных учреждений по борьбе с незаконным оборотом наркотиков, Азия и Тихий океан (государствам — членам Экономической и социальной комиссии для Азии и Тихого океана).
report-expected-latin-america-caribbean = Вопросник направлен членам Совещания руководителей национальных учреждений по борьбе с незаконным оборотом наркотиков, Латинская Америка и Карибский бассейн (государствам — членам Экономической комиссии для Латинской Америки и Карибского бассейна).
report-expected-europe = Вопросник направлен членам Совещания руководителей национальных учреждений по борьбе с незаконным оборотом наркотиков, Европа (государствам — членам Европейской экономической комиссии).
report-expected-near-middle-east = Вопросник направлен членам Подкомиссии по незаконному обороту наркотиков и связанным с ним вопросам на Ближнем и Среднем Востоке.
report-expected-file = Вопросник направлен государствам, включенным в список адресатов.
report-not-replied = Государства, не представившие ответа ({ $count })
report-all-replied = Ответы представили все государства, которым был направлен вопросник.
report-not-expected = Ответы государств, не включенных в список адресатов ({ $count })
report-states-expected = Адресаты
report-replied = Ответили
report-response-rate = Доля ответивших
report-publishable = Ответы, которые могут быть опубликованы в полученном виде ({ $count })
report-none-publishable = Ни одно государство не дало согласия на публикацию своего ответа в полученном виде.

## Темы и рекомендации

report-issue-states = Из { $states } { $states ->
    [one] государства
    [few] государств
    [many] государств
   *[other] государства
} о мерах по каждой из { $recommendations } { $recommendations ->
    [one] рекомендации
    [few] рекомендаций
    [many] рекомендаций
   *[other] рекомендации
} { $all ->
    [one] сообщило
    [few] сообщили
    [many] сообщили
   *[other] сообщили
} { $all }, по некоторым из них — { $some }, ни по одной — { $none }.
report-reported-action = Из { $total } { $total ->
    [one] государства
    [few] государств
    [many] государств
   *[other] государства
} о принятых мерах { $yes ->
    [one] сообщило
    [few] сообщили
    [many] сообщили
   *[other] сообщили
} { $yes } ({ $share }).
report-no-comment-from = Комментарии не представили: { $names }.
report-no-comments = Ни одно государство не представило комментариев по этой рекомендации.

## Сравнение с предыдущим циклом

report-replies-then = { $count ->
    [one] В предыдущем цикле был учтен { $count } ответ.
    [few] В предыдущем цикле было учтено { $count } ответа.
    [many] В предыдущем цикле было учтено { $count } ответов.
   *[other] В предыдущем цикле было учтено { $count } ответа.
}
report-yes-then = «{ $yes }» (предыдущий цикл)
report-yes-now = «{ $yes }» (текущий цикл)
report-change = Изменение
report-last-round = Предыдущий цикл: из { $total } { $total ->
    [one] государства
    [few] государств
    [many] государств
   *[other] государства
} о принятых мерах { $yes ->
    [one] сообщило
    [few] сообщили
    [many] сообщили
   *[other] сообщили
} { $yes } ({ $share }).
report-changes-by-state = Изменения по государствам
report-no-changes = Ни одно из государств, ответивших в обоих циклах, не изменило своих ответов.
report-newly-answered = теперь { $answer } (ранее нет ответа)
report-no-longer-answered = нет ответа (ранее { $answer })
report-gone = Государства, ответившие в предыдущем цикле, но не в текущем ({ $count })
report-new-states = Государства, ответившие впервые ({ $count })

## Проблемы — для секретариата: государство, в чем проблема, файл в конце

report-no-problems = Нет: каждый прочитанный файл — действительный ответ, по одному от каждого государства.
report-problems-invalid = Ответы с ошибками
report-problems-unreadable = Файлы, которые не удалось прочитать как ответы
report-problems-duplicates = Государства, представившие более одного ответа
report-problems-other = Ответы на другой вопросник
report-problems-late = Ответы, полученные после установленного срока
report-problems-unplaced = Названия государств, отсутствующие в списке государств
report-invalid-counted = ответ неполный или содержит ошибки ({ $error }); учтен в полученном виде.
report-invalid-left-out = ответ не учтен: { $error }.
report-unreadable = Файл не удалось прочитать как ответ: { $error }.
report-error-at = { $message } ({ $id })
report-duplicate = { $count ->
    [one] учтен ответ от { $kept }; более ранний ответ от { $dropped } не учтен.
    [few] учтен ответ от { $kept }; более ранние ответы от { $dropped } не учтены.
    [many] учтен ответ от { $kept }; более ранние ответы от { $dropped } не учтены.
   *[other] учтен ответ от { $kept }; более ранние ответы от { $dropped } не учтены.
}
report-other-questionnaire = ответ на другой вопросник («{ $questionnaire }»); не учтен.
report-a-reply = Ответ
report-late-dated = датирован { $date }, то есть после установленного срока; не учтен.
report-late-no-date = в ответе не указана действительная дата представления, поэтому нельзя установить, что он поступил в срок; не учтен.
report-unplaced = «{ $name }» отсутствует в списке государств; ответ учтен под этим названием.
report-file = Файл: { $file }
report-files = Файлы: { $files }

## Что сообщает `qnr report` по завершении

report-summary = обработано файлов: { $included } из { $files } (исключено: { $left }{ $listed ->
    [yes] , см. раздел «Проблемы, выявленные в ответах»
   *[no] {""}
})
report-summary-into = { $summary }; результат: `{ $file }`
report-unplaced-warning = предупреждение: { $count ->
    [one] { $count } название государства отсутствует в списке государств и учтено в том виде, в каком оно указано в ответе
    [few] { $count } названия государств отсутствуют в списке государств и учтены в том виде, в каком они указаны в ответах
    [many] { $count } названий государств отсутствуют в списке государств и учтены в том виде, в каком они указаны в ответах
   *[other] { $count } названия государств отсутствуют в списке государств и учтены в том виде, в каком они указаны в ответах
}: { $names }

# Ошибки команды `qnr report` (src/commands/report.rs,
# src/report/expected.rs). $path — список государств, указанный в
# `--expected`; $reason — сообщение модуля чтения текста или CSV.
report-expected-not-text = `{ $path }` не является текстовым файлом (строка { $line }, столбец { $column }): { $reason }
report-expected-no-state = в `{ $path }` не указано ни одно государство
report-expected-csv-header = не удается прочитать строку заголовков файла CSV: { $reason }
report-expected-csv = не удается прочитать файл CSV: { $reason }
report-output-format = по имени `{ $file }` невозможно определить формат вывода; укажите расширение .md, .html, .csv, .json или .docx либо добавьте `--format md|html|csv|json|docx`
report-no-reply = файл не содержит ответа
# Индикатор хода работы в терминале: $bar, $pos, $len и $eta — полоса,
# число прочитанных файлов, общее число файлов и оставшееся время.
report-progress = сводка ответов { $bar } файлы: { $pos } из { $len } (осталось { $eta })
