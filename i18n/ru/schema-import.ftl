# `qnr schema import`, `schema init`, `schema show --format toml|json` и
# замечания, которые добавляет `schema check`: роли полей и проверка того,
# что формы схемы считываются без изменений.

## Сбои и ошибки импорта
schema-import-not-a-form = в `{ $path }` не удалось найти вопросник
schema-import-no-questionnaire = в этой форме нет вопросника: { $why }
schema-import-no-questionnaire-help = в форме каждая рекомендация начинается с заголовка, например `Рекомендация 1` (или `Recommendation`, `Recommandation`, `Recomendación`), а после ее текста задается вопрос ДА/НЕТ
schema-import-no-answer-line = строка ответа не найдена: ни одна строка не заканчивается двумя вариантами ответа (ДА НЕТ, YES NO, OUI NON, SÍ NO)
schema-import-no-heading = не найдено ни одного заголовка рекомендации, за которым следует «{ $question }»
schema-import-invalid = схема, полученная из этой формы, недействительна: { $reason }
schema-import-invalid-help = исправьте форму или составьте схему с помощью `qnr schema init`
schema-import-reply-not-form = файл .{ $format } содержит ответ, а не форму
schema-import-reply-not-form-help = импортируйте вопросник из самой формы: файла .docx, .odt, .txt или .md
schema-import-text-help = сохраните форму как текст в кодировке UTF-8 (или UTF-16)

## Что найдено при импорте (в стандартный поток ошибок)
schema-import-found = в `{ $file }` найдено (форма на { $language ->
    [fr] французском
    [es] испанском
    [ru] русском
   *[en] английском
} языке):
schema-import-guidance = { $paragraphs } { $paragraphs ->
    [one] абзац
    [few] абзаца
    [many] абзацев
   *[other] абзаца
}
schema-import-guidance-limit = { $paragraphs } { $paragraphs ->
    [one] абзац
    [few] абзаца
    [many] абзацев
   *[other] абзаца
}; не более { $words } { $words ->
    [one] слова
    [few] слов
    [many] слов
   *[other] слова
}
schema-import-issues = { $count } ({ $numerals }), { $recommendations } { $recommendations ->
    [one] рекомендация
    [few] рекомендации
    [many] рекомендаций
   *[other] рекомендации
}
schema-import-kind = { $kind ->
    [date] дата
    [email] адрес электронной почты
    [yes-no] да или нет
   *[text] текст
}
schema-import-field-row = { $id } ({ $notes }): { $label }
schema-import-required = обязательное
schema-import-role = роль { $role }
schema-import-none = нет
schema-import-guesses = { $count } { $count ->
    [one] предположение, которое
    [few] предположения, которые
    [many] предположений, которые
   *[other] предположения, которые
} следует проверить в схеме:
schema-import-at-line = строка { $line }: { $note }
schema-import-wrote = записан файл `{ $path }`; проверьте его командой `qnr schema check { $path }`
schema-import-init-wrote = записан файл `{ $path }`: внесите в него тексты вопросника, затем выполните `qnr schema check { $path }`

## Предположения, которые следует проверить
schema-import-note-heading-worded-otherwise = `{ $heading }` считывается как текст: остальные заголовки вопросов имеют вид `{ $template }`
schema-import-note-issue-text-left-out = текст под `{ $heading }` не включен
schema-import-note-issue-intro-left-out = текст под `{ $heading }` после названия не включен
schema-import-note-issue-no-title = у `{ $heading }` нет названия; вместо него используется заголовок
schema-import-note-rec-no-text = у `{ $heading }` нет текста
schema-import-note-heading-variants = { $count } { $count ->
    [one] заголовок рекомендации оформлен
    [few] заголовка рекомендаций оформлены
    [many] заголовков рекомендаций оформлены
   *[other] заголовка рекомендаций оформлены
} не так, как `{ $template }`; при чтении форм qnr не распознает такие заголовки
schema-import-note-yes-no-from-words = «{ $label }»: по формулировке считается полем «да или нет»; варианты ответа не напечатаны
schema-import-note-field-id-from-label = «{ $label }»: текстовое поле, идентификатор `{ $id }` образован из подписи
schema-import-note-role-taken = полю «{ $label }» не присвоена роль `{ $role }`: ее уже имеет одно из предыдущих полей
schema-import-note-no-country = ни одно поле заголовочной части не указывает государство: добавьте `role = "country"` к соответствующему полю
schema-import-note-no-date = ни одно поле заголовочной части не указывает дату представления: добавьте `role = "date"` к соответствующему полю
schema-import-note-no-title = у формы нет названия перед первым вопросом; указано временное название
schema-import-note-no-comment-label = после строк ответа нет подписи для комментариев; по умолчанию используется `{ $label }`
schema-import-note-comment-rule = в форме не указано, когда нужны комментарии: предполагается, что после { $yes } они ожидаются, а после { $no } необязательны
schema-import-note-no-issues = в форме нет заголовков вопросов: рекомендации объединены в один вопрос `I`
schema-import-note-issue-twice = вопрос `{ $numeral }` встречается дважды; второй получает номер `{ $renamed }`
schema-import-note-rec-twice = рекомендация `{ $label }` встречается в вопросе { $numeral } дважды; вторая получает номер `{ $renamed }`
schema-import-note-id-from-file = идентификатор `{ $id }` образован из имени файла; задать его можно параметром `--id`
schema-import-note-version-year = номер версии `{ $version }` — год, указанный в форме; задать его можно параметром `--version`
schema-import-note-version-placeholder = номер версии `{ $version }` временный; задать его можно параметром `--version`
schema-import-note-read-back = форма не считывается с этой схемой без изменений: { $finding }

## Комментарии в файлах схем, которые записывает qnr
schema-import-toml-header = Импортировано командой `qnr schema import` из формы на { $language ->
    [fr] французском
    [es] испанском
    [ru] русском
   *[en] английском
} языке. Проверьте схему командой `qnr schema check`.
schema-import-toml-check = Проверить: { $note }
schema-import-show-header = Вопросник `{ $id }`, версия { $version }. Проверьте его командой `qnr schema check ФАЙЛ`; используйте с `--schema ФАЙЛ`.
schema-import-skeleton-intro = Схема вопросника для qnr. Впишите каждый текст так, как он напечатан в форме, знак в знак; добавьте таблицу [[issues]] для каждого вопроса и таблицу [[issues.recommendations]] для каждой из его рекомендаций.
schema-import-skeleton-use = Проверьте схему командой `qnr schema check ФАЙЛ`; используйте ее с `--schema ФАЙЛ`. Команда `qnr schema import ФОРМА` получает схему из самой формы.
schema-import-key-id = Краткое название вопросника, указываемое в каждом ответе (без пробелов и точек).
schema-import-key-version = Цикл: `qnr validate` отмечает ответы на другую версию.
schema-import-key-title = Название, напечатанное в начале формы.
schema-import-key-language = Язык текстов: "en" (по умолчанию), "fr", "es" или "ru".
schema-import-key-guidance = Указания, печатаемые под названием: что должен содержать каждый ответ (необязательно).
schema-import-table-headings = Как в печатной форме озаглавлены вопрос («Вопрос I: <название>») и рекомендация.
schema-import-key-issue-heading = Должен содержать { $placeholder } — номер вопроса.
schema-import-key-rec-heading = Должен содержать { $placeholder } — номер рекомендации.
schema-import-table-answer = Вопрос, задаваемый по каждой рекомендации, и два варианта ответа в напечатанном виде.
schema-import-key-question = Вопрос в том виде, в каком форма печатает его после каждой рекомендации.
schema-import-key-choices = Два варианта ответа в том виде, в каком их печатает форма.
schema-import-table-comments = Комментарий после каждого ответа. Правило: "required" (ошибка, если его нет), "expected" (предупреждение, если его нет) или "optional".
schema-import-key-comment-label = Подпись, печатаемая перед комментарием.
schema-import-key-rules = Правило после каждого из двух ответов.
schema-import-key-max-words = Максимальное число слов в комментарии (при превышении выдается предупреждение; необязательно).
schema-import-table-respondent = Поля заголовочной части формы по порядку. `kind`: "text", "date" (ГГГГ-ММ-ДД), "email" или "yes-no"; `role` обозначает поле с названием государства ("country") и поле с датой представления ("date").
schema-import-key-field-id = Ключ в файлах ответов: без пробелов и точек, одинаковый на всех языках.
schema-import-key-field-label = Что форма печатает перед значением.
schema-import-key-kind = "text" (по умолчанию), "date", "email" или "yes-no".
schema-import-key-required = Требует ли `qnr validate` значение (по умолчанию false).
schema-import-key-role = "country": это поле указывает государство; "date": дату представления. Каждая роль — только у одного поля.
schema-import-table-issues = Каждый вопрос по порядку: его номер (I, II… или A, Б…) и название, затем его рекомендации с номером (1, 2… или а, б…) и текстом, знак в знак. Идентификатор рекомендации — <номер вопроса>.<номер рекомендации>: I.1.
schema-import-key-label = Номер в заголовке (Рекомендация 1) и в идентификаторе (I.1).

## Что добавляет `schema check`
schema-import-check-valid = `{ $file }` — действительная схема: вопросник `{ $id }`, версия { $version }, { $issues } { $issues ->
    [one] вопрос
    [few] вопроса
    [many] вопросов
   *[other] вопроса
}, { $recommendations } { $recommendations ->
    [one] рекомендация
    [few] рекомендации
    [many] рекомендаций
   *[other] рекомендации
}, { $fields } { $fields ->
    [one] поле
    [few] поля
    [many] полей
   *[other] поля
} заголовочной части{ $warnings }
schema-import-check-warnings = { $count } { $count ->
    [one] предупреждение
    [few] предупреждения
    [many] предупреждений
   *[other] предупреждения
}
schema-import-no-country-role = ни у одного поля заголовочной части нет `role = "country"`: в сводке ответов нельзя будет назвать ответившие государства или выявить повторный ответ государства
schema-import-no-country-role-help = добавьте `role = "country"` к полю, в котором в ответе указывается государство
schema-import-no-date-role = ни у одного поля заголовочной части нет `role = "date"`: `report --cutoff` не сможет выявить ответы, поступившие после установленного срока, а `fill` не предложит дату представления
schema-import-no-date-role-help = добавьте `role = "date"` к полю с датой представления
schema-import-role-twice = у двух полей заголовочной части указано `role = "{ $role }"`
schema-import-role-twice-help = присвойте эту роль только одному полю
schema-import-role-kind = поле с `role = "{ $role }"` должно иметь тип `kind = "{ $kind }"`
schema-import-role-kind-help = укажите `kind = "{ $kind }"` или удалите `kind`
schema-import-key-name-field = `{ $key }` поля `{ $id }` заголовочной части
schema-import-key-name-rec = `label` рекомендации `{ $id }`
schema-import-ambiguous = { $key }: формы этого вопросника в формате { $format } не считываются без изменений: { $why }
schema-import-ambiguous-choices-help = дайте двум вариантам ответа подписи, отличающиеся друг от друга, от вопроса и от подписи комментария
schema-import-ambiguous-label-help = укажите номер без знаков (`c`), а скобки и другие знаки перенесите в `headings.recommendation` (`Рекомендация ({ $placeholder })`)
schema-import-ambiguous-question-help = сформулируйте вопрос словами, без управляющих символов
schema-import-ambiguous-comments-help = сформулируйте подпись комментария и вопрос по-разному
schema-import-ambiguous-field-help = дайте полю подпись, которая не совпадает с вопросом и не является началом подписи другого поля
schema-import-ambiguous-headings-help = начните заголовки с разных слов, например `Вопрос { $numeral }` и `Рекомендация { $label }`
schema-import-form-past-limit = формы этого вопросника в формате { $format } превышают один из пределов, установленных для чтения в qnr: { $why }
schema-import-form-past-limit-help = сократите тексты или попросите присылать ответы в другом формате
schema-import-not-proved = нет гарантии, что формы этого вопросника считываются без изменений: заполненная форма занимает { $size } КиБ, что превышает проверяемый предел в { $limit } КиБ
schema-import-not-proved-help = форма вопросника занимает несколько десятков КиБ; сократите ее тексты

## Почему форма не считывается без изменений
schema-import-proof-field = { $form ->
    [blank] в пустой форме
   *[filled] в заполненной форме
} поле «{ $label }» считывается как { $got }, а не { $wrote }
schema-import-proof-empty = пусто
schema-import-proof-no-answer = в заполненной форме не считывается ни одного ответа: вопрос не найден после рекомендаций
schema-import-proof-not-found = { $form ->
    [blank] в пустой форме
   *[filled] в заполненной форме
} не найдено: { $item }
schema-import-proof-reads-as = { $form ->
    [blank] в пустой форме
   *[filled] в заполненной форме
} ответ на { $item } считывается как { $choice }
schema-import-proof-unanswered = нет ответа
schema-import-proof-comments = { $form ->
    [blank] в пустой форме
   *[filled] в заполненной форме
} комментарии к { $item } считываются не так, как записаны
schema-import-proof-unknown = { $form ->
    [blank] в пустой форме
   *[filled] в заполненной форме
} считывается рекомендация `{ $id }`, которой нет в вопроснике
schema-import-proof-unreadable = { $form ->
    [blank] пустую форму
   *[filled] заполненную форму
} не удается прочитать: { $reason }
schema-import-proof-no-reply = в ней нет ответа
