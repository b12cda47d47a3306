# Reading a reply's tree: JSON, TOML, YAML (src/reply/). $item names a
# recommendation (`Issue II, Recommendation 4 (II.4)`); $question is the
# schema's (`Any action taken`); $found is what kind of value was found.

reply-not-an-object = a reply must be an object with `questionnaire`, `version`, `respondent` and `answers`; found { $found }
reply-start-from-new = start from `qnr new`, which writes an empty reply
# $context: `respondent`, `answers`, or one of the two below.
reply-duplicate-key = `{ $key }` is given more than once in { $context }; only the last one would be kept
reply-in-reply = the reply
reply-in-answer = the answer to `{ $id }`
reply-given-again = given again here
reply-merge-help = merge the two into one, so that nothing is lost
reply-unknown-key = unknown key `{ $key }` in the reply
reply-top-keys-help = a reply holds only `questionnaire`, `version`, `respondent` and `answers`
reply-unknown-answer-key = unknown key `{ $key }` in the answer to { $item }
reply-answer-keys-help = an answer holds only `action_taken` and `comments`
reply-unknown-field = unknown respondent field `{ $id }`
reply-fields-are = the respondent fields are { $list }
reply-unknown-answer = `{ $id }` is not a recommendation of the { $questionnaire } questionnaire
reply-ids-run = ids run from `{ $first }` to `{ $last }`; `qnr schema show` lists them all
reply-field-not-text = respondent field `{ $id }` is { $value }, not text
reply-field-not-text-help = write it as text: "{ $word }"
reply-invalid-choice = { $item }: `{ $value }` is not an answer to '{ $question }'
reply-choice-case-help = write `{ $word }` in lower case
reply-choice-bool-help = write the text "{ $word }" (in quotes), not { $value }
reply-choice-help = the answer is `yes` or `no`, or null while it is not known
reply-answer-object-help = write {"{"} "action_taken": "yes", "comments": "…" {"}"} for `{ $id }`
# `$what must be $expected; found $found`; $what is `respondent`,
# `answers`, or one of the three below.
reply-wrong-type = { $what } must be { $expected }; found { $found }
reply-what-field = respondent field `{ $id }`
reply-what-answer = the answer to { $item }
reply-what-comments = the comments on { $item }
reply-expected-text = text
reply-expected-fields = an object of fields
reply-expected-answers = an object keyed by recommendation id
reply-expected-answer = an object with `action_taken` and `comments`
