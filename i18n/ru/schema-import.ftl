# `qnr schema import`, `schema init`, `schema show --format toml|json` и
# замечания, которые добавляет `schema check`.

schema-import-not-a-form = в `{ $path }` не удалось найти вопросник
