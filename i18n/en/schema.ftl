# The schema's default texts, in the schema's language (src/schema/build.rs),
# and `qnr schema` (src/commands/schema/).

# Headings when the schema has no [headings]; `{numeral}` and `{label}` stay
# as they are: the schema fills them in.
schema-default-issue-heading = Issue {"{"}numeral{"}"}
schema-default-recommendation-heading = Recommendation {"{"}label{"}"}
# The comment's label when the schema has no `comments.label`.
schema-default-comments-label = Comments

# `qnr schema show` (src/commands/schema/show.rs).
schema-show-summary = questionnaire `{ $id }`, version { $version } · { $issues ->
    [one] { $issues } issue
   *[other] { $issues } issues
}, { $recommendations ->
    [one] { $recommendations } recommendation
   *[other] { $recommendations } recommendations
}
schema-show-required = required
schema-show-date = date, YYYY-MM-DD
schema-show-email = e-mail address
schema-show-yes-no = { $yes } or { $no }
schema-show-each-recommendation = Each recommendation
# What the comment must be after each answer: `expected after YES, optional after NO`.
schema-show-rule-required = required
schema-show-rule-expected = expected
schema-show-rule-optional = optional
schema-show-comment-rule = { $when_yes } after { $yes }, { $when_no } after { $no }
schema-show-comment-limit = { $rules }; at most { $max } words
