# The schema's default texts, in the schema's language (src/schema/build.rs),
# and `qnr schema` (src/commands/schema/).

schema-default-issue-heading = Вопрос {"{"}numeral{"}"}
schema-default-recommendation-heading = Рекомендация {"{"}label{"}"}
schema-default-comments-label = Замечания

schema-show-summary = вопросник `{ $id }`, версия { $version } · вопросов: { $issues }, рекомендаций: { $recommendations }
schema-show-required = обязательно
schema-show-date = дата, ГГГГ-ММ-ДД
schema-show-email = адрес электронной почты
schema-show-yes-no = { $yes } или { $no }
schema-show-each-recommendation = По каждой рекомендации
schema-show-rule-required = обязательны
schema-show-rule-expected = желательны
schema-show-rule-optional = необязательны
schema-show-comment-rule = { $when_yes } после ответа { $yes }, { $when_no } после ответа { $no }
schema-show-comment-limit = { $rules }; не более { $max } { $max ->
    [one] слова
    [few] слов
    [many] слов
   *[other] слова
}
