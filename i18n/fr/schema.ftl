# The schema's default texts, in the schema's language (src/schema/build.rs),
# and `qnr schema` (src/commands/schema/).

schema-default-issue-heading = Question {"{"}numeral{"}"}
schema-default-recommendation-heading = Recommandation {"{"}label{"}"}
schema-default-comments-label = Observations

schema-show-summary = questionnaire `{ $id }`, version { $version } · { $issues } { $issues ->
    [one] question
   *[other] questions
}, { $recommendations } { $recommendations ->
    [one] recommandation
   *[other] recommandations
}
schema-show-required = obligatoire
schema-show-date = date, AAAA-MM-JJ
schema-show-email = adresse électronique
schema-show-yes-no = { $yes } ou { $no }
schema-show-each-recommendation = Pour chaque recommandation
schema-show-rule-required = obligatoires
schema-show-rule-expected = attendues
schema-show-rule-optional = facultatives
schema-show-comment-rule = { $when_yes } après { $yes }, { $when_no } après { $no }
schema-show-comment-limit = { $rules } ; { $max } mots au plus
