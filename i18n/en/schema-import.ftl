# `qnr schema import`, `schema init`, `schema show --format toml|json` and
# the findings `schema check` adds: roles and the proof that forms read back
# (src/authoring/, src/commands/schema/, src/schema/write.rs, keys.rs, advice.rs).

schema-import-not-a-form = no questionnaire could be read from `{ $path }`
