# The schema's default texts, in the schema's language (src/schema/build.rs),
# and `qnr schema` (src/commands/schema/).

# Headings when the schema has no [headings]; `{numeral}` and `{label}` stay
# as they are: the schema fills them in.
schema-default-issue-heading = Issue {"{"}numeral{"}"}
schema-default-recommendation-heading = Recommendation {"{"}label{"}"}
# The comment's label when the schema has no `comments.label`.
schema-default-comments-label = Comments
