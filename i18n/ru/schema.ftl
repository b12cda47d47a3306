# The schema's default texts, in the schema's language (src/schema/build.rs),
# and `qnr schema` (src/commands/schema/).

schema-default-issue-heading = Вопрос {"{"}numeral{"}"}
schema-default-recommendation-heading = Рекомендация {"{"}label{"}"}
schema-default-comments-label = Замечания
