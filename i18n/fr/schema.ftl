# The schema's default texts, in the schema's language (src/schema/build.rs),
# and `qnr schema` (src/commands/schema/).

schema-default-issue-heading = Question {"{"}numeral{"}"}
schema-default-recommendation-heading = Recommandation {"{"}label{"}"}
schema-default-comments-label = Observations
