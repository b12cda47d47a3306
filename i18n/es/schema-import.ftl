# `qnr schema import`, `schema init`, `schema show --format toml|json` y
# las constataciones que añade `schema check`.

schema-import-not-a-form = no se pudo leer ningún cuestionario en `{ $path }`
