# The schema's default texts, in the schema's language (src/schema/build.rs),
# and `qnr schema` (src/commands/schema/).

schema-default-issue-heading = Cuestión {"{"}numeral{"}"}
schema-default-recommendation-heading = Recomendación {"{"}label{"}"}
schema-default-comments-label = Observaciones
