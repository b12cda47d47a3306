# The forms' own words (src/formats/).

forms-questionnaire-line = Вопросник: { $id }, версия { $version }
forms-respondent-heading = Сведения о респонденте
forms-column-issue = вопрос
forms-column-recommendation = рекомендация
forms-column-action-taken = приняты_меры
forms-column-comments = замечания
forms-file-hint = Проверьте этот файл командой `qnr validate`; ответьте на вопросы командой `qnr fill`.
forms-csv-field-columns = столбцы после `замечания` (`comments`) содержат сведения о респонденте: { $list }

forms-item-twice = { $item } указана несколько раз; сохранилось бы только последнее вхождение
forms-text-differs = { $item }: текст рекомендации отличается от текста вопросника { $difference }
forms-title-differs = { $heading }: название отличается от названия в вопроснике { $difference }
forms-text-difference = (в файле «{ $found }…», а в вопроснике «{ $expected }…»)
forms-check-round-help = убедитесь, что форма соответствует вопроснику этого цикла; его выводит `qnr schema show`
forms-unknown-item-help = перечень рекомендаций по каждому вопросу выводит `qnr schema show`
forms-answer-later-help = ответьте после преобразования: `qnr fill --only-missing ОТВЕТ` задаст только оставшиеся вопросы
forms-no-answer-line = { $item }: в форме нет строки «{ $question }»; ответ остается незаполненным
forms-unmarked = { $item }: после «{ $question }» не отмечено ни { $yes }, ни { $no }; ответ остается незаполненным
forms-both-marked = { $item }: после «{ $question }» отмечены и { $yes }, и { $no }
forms-both-marked-help = оставьте отмеченным только { $yes } или { $no }
forms-unclear-mark = { $item }: `{ $text }` не означает ни { $yes }, ни { $no }
forms-unclear-mark-help = отметьте одно из полей, например `{ $question } ☒ { $yes } ☐ { $no }`, или удалите другое слово
forms-unknown-issue = вопроса `{ $issue }` нет в вопроснике { $questionnaire }
forms-unknown-issue-help = в нем содержатся вопросы { $issues }; возможно, это форма другого цикла? Укажите ее схему в `--schema`
forms-no-issue = не удается определить, к какому вопросу относится `{ $heading }`: перед ним нет заголовка вопроса
forms-no-issue-help = добавьте над ним заголовок вопроса, например `{ $example }`
forms-empty = файл пуст
forms-empty-help = `qnr new --to txt` создает пустую форму для заполнения
forms-not-a-form = рекомендации не найдены: файл не читается как форма вопросника { $questionnaire }
forms-not-a-form-help = в форме каждая рекомендация `{ $recommendation }` приводится под `{ $issue }: …`, а за ней следует «{ $question }»
forms-missing-item = { $item } отсутствует в файле
forms-missing-item-help = она остается без ответа; убедитесь, что в форме нет пропущенных страниц
forms-field-twice = «{ $label }» указано несколько раз; сохранилось бы только последнее значение
forms-field-twice-help = оставьте одно из двух, чтобы ничего не потерять
forms-field-unmarked = «{ $label }»: не отмечено ни { $yes }, ни { $no }
forms-field-unmarked-help = задайте `{ $id }` значение "yes" или "no" в преобразованном ответе
forms-field-both-marked = «{ $label }»: отмечены и { $yes }, и { $no }
forms-field-both-marked-help = оставьте отмеченным только одно из двух

forms-part-field = поле `{ $id }`
forms-part-comments = замечания по пункту { $item }
forms-part-answer = ответ по пункту { $item }
forms-part-questionnaire = вопросник, на который дается ответ
forms-part-version = его версия `{ $version }`
forms-too-many-headings = число заголовков рекомендаций в форме — { $headings }, тогда как qnr считывает не более { $max } (в вопроснике их несколько десятков)
forms-md-too-many-headings = число заголовков в файле превышает { $headings }, тогда как qnr считывает не более { $max } ответов (в вопроснике их несколько десятков)
forms-md-too-deep = в строке { $line } уровень вложенности цитат и списков — { $depth }; форме достаточно нескольких уровней, а qnr читает не более { $max }
forms-save-as-utf8 = сохраните файл как текст в кодировке UTF-8
forms-empty-reply-help = `qnr new` создает пустой ответ, с которого можно начать
forms-fix-syntax = исправьте синтаксис { $format } в этом месте

forms-csv-empty-help = `qnr new --to csv` создает пустой ответ
forms-csv-no-id = в строке заголовков нет столбца `id`
forms-csv-no-id-help = в первой строке указываются названия столбцов: id, вопрос, рекомендация, приняты_меры, замечания, а затем поля сведений о респонденте
forms-csv-too-many-rows = в файле более { $max } строк; qnr читает не более { $max } ответов (в вопроснике их несколько десятков)
forms-csv-field-differs = в столбце `{ $column }` здесь указано `{ $value }`, а выше — `{ $first }`
forms-csv-field-differs-help = у ответа один респондент: укажите одно и то же значение во всех строках или оставьте остальные пустыми
forms-csv-no-row-id = строка без `id`
forms-csv-no-row-id-help = укажите идентификатор рекомендации (`I.1`) в столбце `id`
forms-csv-item-twice = { $item } встречается в нескольких строках; сохранилась бы только последняя
forms-csv-item-twice-help = объедините эти строки в одну, чтобы ничего не потерять
forms-csv-choice-help = укажите `yes` или `no` в столбце `приняты_меры` (`action_taken`) либо оставьте его пустым
forms-csv-invalid = файл не является допустимым файлом CSV: { $reason }
forms-csv-invalid-help = исправьте кавычки в этой строке (кавычка внутри ячейки записывается дважды: "")

# Пределы содержимого одного файла (src/formats/limits.rs). $item — название
# рекомендации («Рекомендация 3 (II.3)»); $field — ключ поля сведений о
# респонденте; $length и $limit — в байтах.
forms-too-many-answers = число ответов в файле ({ $count }) превышает предел, который читает qnr ({ $limit }); в вопроснике их несколько десятков
forms-too-many-lines = число строк в файле ({ $count }) превышает предел для формы, сохранённой как текст ({ $limit }); в вопроснике их несколько сотен
forms-comment-too-long = размер замечаний по пункту { $item } ({ $length } Б) превышает предельный размер одного значения, который читает qnr ({ $limit } Б, т. е. 1 МиБ)
forms-field-too-long = размер поля `{ $field }` ({ $length } Б) превышает предельный размер одного значения, который читает qnr ({ $limit } Б, т. е. 1 МиБ)
