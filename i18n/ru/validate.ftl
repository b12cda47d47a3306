# `qnr validate` (src/commands/validate.rs, src/diagnostic/findings.rs).

# Russian counts with "label: number", which needs no agreement.
validate-verdict = проверено файлов: { $files }; без ошибок: { $valid }, с ошибками: { $invalid }
validate-counts = { $errors } { $errors ->
    [one] ошибка
    [few] ошибки
    [many] ошибок
   *[other] ошибки
}, { $warnings } { $warnings ->
    [one] предупреждение
    [few] предупреждения
    [many] предупреждений
   *[other] предупреждения
}

validate-no-questionnaire = в ответе не указано, к какому вопроснику он относится
validate-no-questionnaire-help = добавьте "questionnaire": "{ $id }"
validate-other-questionnaire = это ответ на вопросник `{ $found }`, а не `{ $expected }`
validate-other-questionnaire-help = проверьте его по схеме этого вопросника: `qnr --schema ФАЙЛ validate …`
validate-no-version = в ответе не указано, к какой версии `{ $id }` он относится
validate-no-version-help = добавьте "version": "{ $version }"
validate-other-version = это ответ на версию { $found } вопросника `{ $id }`, а схема относится к версии { $expected }
validate-other-version-help = проверьте его по схеме этого цикла с помощью `--schema ФАЙЛ`
validate-missing-field = не заполнено поле «{ $label }» (`{ $id }`)
validate-missing-field-help = добавьте `{ $id }` в раздел `respondent`
validate-missing-date-help = добавьте `{ $id }` в формате ГГГГ-ММ-ДД, например "2019-05-15"
validate-invalid-date = поле «{ $label }» (`{ $id }`): `{ $value }` не является действительной датой в формате ГГГГ-ММ-ДД
validate-invalid-date-help = запишите дату в формате ГГГГ-ММ-ДД, например "2019-05-15"
validate-invalid-date-help-reads-as = запишите "{ $date }"
validate-invalid-date-help-ambiguous = запишите "{ $day_first }", если первым указан день, или "{ $month_first }", если первым указан месяц
validate-invalid-email = поле «{ $label }» (`{ $id }`): `{ $value }` не является адресом электронной почты
validate-invalid-email-help = укажите один адрес, например "imya@ministerstvo.gov"
validate-invalid-yes-no = поле «{ $label }» (`{ $id }`): `{ $value }` не является ни `yes`, ни `no`
validate-invalid-yes-no-help = запишите "yes" или "no"
validate-invalid-yes-no-help-reads-as = запишите "{ $word }": в файле хранится "yes" или "no" строчными буквами
validate-missing-answer = { $item }: нет ответа на вопрос «{ $question }»
validate-missing-answer-help = задайте `action_taken` значение "yes" или "no" либо выполните `qnr fill --goto { $id }`
validate-missing-comment = { $item }: дан ответ { $choice }, но раздел «{ $label }» не заполнен
validate-comment-required-yes-help = после ответа { $choice } вопросник требует замечаний (`comments`): укажите, какие меры приняты
validate-comment-required-no-help = после ответа { $choice } вопросник требует замечаний (`comments`): укажите, почему меры не приняты или что планируется
validate-comment-expected-yes-help = после ответа { $choice } в вопроснике предусмотрены замечания (`comments`): укажите, какие меры приняты
validate-comment-expected-no-help = после ответа { $choice } в вопроснике предусмотрены замечания (`comments`): укажите, почему меры не приняты или что планируется
validate-long-comment = { $item }: в замечаниях { $words } { $words ->
    [one] слово
    [few] слова
    [many] слов
   *[other] слова
}, а допускается не более { $max }
validate-long-comment-help = сократите их до { $max } { $max ->
    [one] слова
    [few] слов
    [many] слов
   *[other] слова
}, сохранив главное

validate-unreadable-entry = не удается прочитать этот элемент: { $reason }
validate-too-large = размер файла ({ $size } Б) превышает предельный размер ответа ({ $limit } Б)
validate-file-gone = файл исчез: он был перемещен или удален после того, как qnr включил его в список
validate-more-findings = не показано еще { $count } { $count ->
    [one] сообщение
    [few] сообщения
    [many] сообщений
   *[other] сообщения
}; qnr выводит не более { $max } сообщений по одному файлу

validate-form-csv-answer-help = укажите yes или no в столбце `приняты_меры` (`action_taken`) этой строки
validate-form-answer-help = отметьте в этой строке { $yes } или { $no } (☒ { $yes } ☐ { $no } или удалите другое слово) либо преобразуйте форму в JSON и ответьте с помощью `qnr fill --only-missing`
validate-form-csv-comment-help = укажите принятые меры в столбце `замечания` (`comments`) этой строки
validate-form-comment-help = укажите принятые меры в разделе «{ $label }»
validate-form-csv-field-help = заполните столбец `{ $id }`
validate-form-field-help = заполните поле «{ $label }» в начале формы
