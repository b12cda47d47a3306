# `qnr schema import`, `schema init`, `schema show --format toml|json` et
# les constats ajoutés par `schema check`.

schema-import-not-a-form = aucun questionnaire n'a pu être lu dans `{ $path }`
