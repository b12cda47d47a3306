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

# `qnr schema check`: what is wrong in a schema file (src/schema/build.rs).
# $what is a key (`answer.yes`) or one of the schema-what-… phrases;
# $languages a list of codes (`en`, `fr`); $list a list of keys or values.
schema-what-field-id = the `id` of a respondent field
schema-what-field-label = the `label` of a respondent field
schema-what-issue-numeral = the `numeral` of an issue
schema-what-issue-title = the `title` of an issue
schema-what-rec-label = the `label` of a recommendation
schema-what-rec-text = the `text` of a recommendation
schema-check-empty = { $what } is empty
schema-check-empty-help = write the text as the printed form shows it
schema-check-one-language = { $what } is in one language, but the schema is in { $languages }
schema-check-one-language-help = give it once per language, one line each, as `title` is: `text.en = "…"`, `text.fr = "…"`
schema-check-not-its-language = { $what } is given in `{ $code }`, which is not a language of the schema ({ $languages })
schema-check-not-its-language-help = the schema's languages are those of `title`; add it there too, or remove this line
schema-check-no-translation = { $what } has no `{ $lang }` text
schema-check-no-translation-help = every text is given in every language of the schema ({ $languages }): add its `{ $lang }` line
schema-check-bad-id = { $what } `{ $text }` cannot be part of an id
schema-check-bad-id-help = use at most { $max } characters without spaces, dots or quotes, e.g. `II` or `4` or `a`
schema-check-duplicate-field = two respondent fields have the id `{ $id }`
schema-check-duplicate-numeral = two issues have the numeral `{ $id }`
schema-check-duplicate-label = two recommendations of this issue have the label `{ $id }`
schema-check-duplicate-help = every id must be different; rename one of them
# $key: `headings.issue`; $placeholder: `{numeral}`.
schema-check-template = `{ $key }` must hold `{ $placeholder }` and no other placeholder
schema-check-template-help = for example `{ $example }`
schema-check-max-words = `comments.max_words` must be positive
schema-check-max-words-help = give the limit in words, e.g. `max_words = 200`, or remove the key
schema-check-choices-alike = the two choices are labelled alike
schema-check-choices-alike-help = give `answer.yes` and `answer.no` different labels
schema-check-no-issues = the questionnaire has no issues
schema-check-no-issues-help = add at least one `[[issues]]` table with its recommendations
schema-check-no-recommendations = issue `{ $numeral }` has no recommendations
schema-check-no-recommendations-help = add `[[issues.recommendations]]` tables with a `label` and a `text`
schema-check-unknown-language = unknown language `{ $code }`, expected one of { $languages }
schema-check-unknown-language-help = qnr speaks English (`en`), French (`fr`), Spanish (`es`) and Russian (`ru`)
schema-check-language-not-in-title = the schema's `language` is `{ $lang }`, but `title` is not given in it
schema-check-language-not-in-title-help = add `title.{ $lang } = "…"`, or name one of the languages of `title`
schema-check-unknown-key = unknown key `{ $key }`, expected one of { $list }
schema-check-unknown-key-help = remove the key or correct its spelling
schema-check-unknown-value = unknown value `{ $value }`, expected one of { $list }
schema-check-unknown-value-help = use one of the values listed
schema-check-missing-key = missing key `{ $key }`
schema-check-missing-key-help = add the key; `qnr schema show` prints the default schema to copy from
schema-check-toml-help = correct the TOML at this place
schema-json-help = a JSON schema has the keys of the TOML one, as `qnr schema show --format json` writes them
