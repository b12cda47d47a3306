# `qnr schema import`, `schema init`, `schema show --format toml|json`, and
# the findings `schema check` adds: field roles and the proof that a
# schema's forms read back (src/authoring/, src/commands/schema/,
# src/schema/{advice,build,keys,write}.rs, src/formats/document.rs).

## Failures and errors of the import
schema-import-not-a-form = no questionnaire could be read from `{ $path }`
schema-import-no-questionnaire = no questionnaire in this form: { $why }
schema-import-no-questionnaire-help = a form heads each recommendation `Recommendation 1` (or `Recommandation`, `Recomendación`, `Рекомендация`) and asks YES/NO after its text
schema-import-no-answer-line = no answer line was found: no line ends with the two choices (YES NO, OUI NON, SÍ NO, ДА НЕТ)
schema-import-no-heading = no recommendation heading followed by '{ $question }' was found
schema-import-invalid = the schema read from this form is not valid: { $reason }
schema-import-invalid-help = correct the form, or write the schema with `qnr schema init`
schema-import-reply-not-form = a .{ $format } file holds a reply, not a form
schema-import-reply-not-form-help = import the questionnaire from the form itself: a .docx, .odt, .txt or .md file
schema-import-text-help = save the form as UTF-8 (or UTF-16) text

## What the import found (on standard error); $language is en, fr, es or ru
schema-import-found = found in `{ $file }` ({ $language ->
    [fr] French
    [es] Spanish
    [ru] Russian
   *[en] English
} wording):
schema-import-guidance = { $paragraphs ->
    [one] 1 paragraph
   *[other] { $paragraphs } paragraphs
}
schema-import-guidance-limit = { $paragraphs ->
    [one] 1 paragraph
   *[other] { $paragraphs } paragraphs
}; at most { $words } words
schema-import-issues = { $count } ({ $numerals }), { $recommendations ->
    [one] 1 recommendation
   *[other] { $recommendations } recommendations
}
schema-import-kind = { $kind ->
    [date] date
    [email] e-mail address
    [yes-no] yes or no
   *[text] text
}
schema-import-field-row = { $id } ({ $notes }): { $label }
schema-import-required = required
schema-import-role = role { $role }
schema-import-none = none
schema-import-guesses = { $count ->
    [one] 1 guess
   *[other] { $count } guesses
} to check in the schema:
schema-import-at-line = line { $line }: { $note }
schema-import-wrote = wrote `{ $path }`; check it with `qnr schema check { $path }`
schema-import-init-wrote = wrote `{ $path }`: write the questionnaire's texts in it, then `qnr schema check { $path }`

## Guesses to check
schema-import-note-heading-worded-otherwise = `{ $heading }` reads as text: the other issue headings are worded `{ $template }`
schema-import-note-issue-text-left-out = the text under `{ $heading }` is left out
schema-import-note-issue-intro-left-out = the text under `{ $heading }` after its title is left out
schema-import-note-issue-no-title = `{ $heading }` has no title; its heading stands in
schema-import-note-rec-no-text = `{ $heading }` has no text
schema-import-note-heading-variants = { $count ->
    [one] 1 recommendation heading is
   *[other] { $count } recommendation headings are
} worded otherwise than `{ $template }`; the form reader will not take them for headings
schema-import-note-yes-no-from-words = '{ $label }': read as yes or no from its words; no choices are printed
schema-import-note-field-id-from-label = '{ $label }': kind text, id `{ $id }` made from the label
schema-import-note-role-taken = '{ $label }' is not given the role `{ $role }`: an earlier field has it
schema-import-note-no-country = no respondent field reads as the State: add `role = "country"` to the one that is
schema-import-note-no-date = no respondent field reads as the date of submission: add `role = "date"` to the one that is
schema-import-note-no-title = the form has no title before its first issue; the title is a placeholder
schema-import-note-no-comment-label = no comment label follows the answer lines; `{ $label }` is assumed
schema-import-note-comment-rule = when a comment is needed is not printed on the form: assumed expected after { $yes }, optional after { $no }
schema-import-note-no-issues = the form has no issue headings: the recommendations make one issue `I`
schema-import-note-issue-twice = issue `{ $numeral }` comes twice; the second is `{ $renamed }`
schema-import-note-rec-twice = recommendation `{ $label }` comes twice in issue { $numeral }; the second is `{ $renamed }`
schema-import-note-id-from-file = id `{ $id }` is made from the file name; `--id` sets it
schema-import-note-version-year = version `{ $version }` is the year the form names; `--version` sets it
schema-import-note-version-placeholder = version `{ $version }` is a placeholder; `--version` sets it
schema-import-note-read-back = the form does not read back with this schema: { $finding }

## Comments in the schema files qnr writes
schema-import-toml-header = Imported by `qnr schema import` from a form in { $language ->
    [fr] French
    [es] Spanish
    [ru] Russian
   *[en] English
}. Check it with `qnr schema check`.
schema-import-toml-check = Check: { $note }
schema-import-show-header = The `{ $id }` questionnaire, version { $version }. Check it with `qnr schema check FILE`; use it with `--schema FILE`.
schema-import-skeleton-intro = A questionnaire schema for qnr. Write every text as the printed form shows it, character for character; add an [[issues]] table for each issue and an [[issues.recommendations]] table for each of its recommendations.
schema-import-skeleton-use = Check it with `qnr schema check FILE`; use it with `--schema FILE`. `qnr schema import FORM` reads a schema out of the form itself.
schema-import-key-id = A short name for the questionnaire, written in every reply (no spaces or dots).
schema-import-key-version = The round: replies to another version are flagged by `qnr validate`.
schema-import-key-title = The title printed at the top of the form.
schema-import-key-language = The language of the texts: "en" (the default), "fr", "es" or "ru".
schema-import-key-guidance = What the form asks of each reply, printed under the title (may be left out).
schema-import-table-headings = How the printed form heads an issue ("Issue I: <title>") and a recommendation.
schema-import-key-issue-heading = Must hold { $placeholder }, the issue's numeral.
schema-import-key-rec-heading = Must hold { $placeholder }, the recommendation's label.
schema-import-table-answer = The question asked of every recommendation, and its two choices as printed.
schema-import-key-question = The question as the form prints it after each recommendation.
schema-import-key-choices = The two choices, as the form prints them.
schema-import-table-comments = The comment that follows each answer. A rule is "required" (an error when missing), "expected" (a warning when missing) or "optional".
schema-import-key-comment-label = The label printed before the comment.
schema-import-key-rules = The rule after each of the two answers.
schema-import-key-max-words = The most words a comment may have (a warning beyond it; may be left out).
schema-import-table-respondent = The respondent block at the top of the form, in order. `kind` is "text", "date" (YYYY-MM-DD), "email" or "yes-no"; `role` marks the field that names the State ("country") and the date of submission ("date").
schema-import-key-field-id = The key in reply files: no spaces or dots, the same in every language.
schema-import-key-field-label = What the form prints before the value.
schema-import-key-kind = "text" (the default), "date", "email" or "yes-no".
schema-import-key-required = Whether `qnr validate` requires a value (false by default).
schema-import-key-role = "country": this field names the State; "date": the date of submission. One field each.
schema-import-table-issues = Each issue, in order: its numeral (I, II… or A, B…) and title, then its recommendations with their label (1, 2… or a, b…) and text, character for character. A recommendation's id is <numeral>.<label>: I.1.
schema-import-key-label = The label in the heading (Recommendation 1) and in the id (I.1).

## What `schema check` adds
schema-import-check-valid = `{ $file }` is a valid schema: questionnaire `{ $id }` version { $version }, { $issues ->
    [one] { $issues } issue
   *[other] { $issues } issues
}, { $recommendations ->
    [one] { $recommendations } recommendation
   *[other] { $recommendations } recommendations
}, { $fields ->
    [one] { $fields } respondent field
   *[other] { $fields } respondent fields
}{ $warnings }
schema-import-check-warnings = { $count ->
    [one] 1 warning
   *[other] { $count } warnings
}
schema-import-no-country-role = no respondent field has `role = "country"`: the report cannot name the States that replied or find a State's second reply
schema-import-no-country-role-help = add `role = "country"` to the field where a reply names its State
schema-import-no-date-role = no respondent field has `role = "date"`: `report --cutoff` cannot tell late replies and `fill` suggests no date of submission
schema-import-no-date-role-help = add `role = "date"` to the field that holds the date of submission
schema-import-role-twice = two respondent fields have `role = "{ $role }"`
schema-import-role-twice-help = give the role to one field only
schema-import-role-kind = a field with `role = "{ $role }"` must be of `kind = "{ $kind }"`
schema-import-role-kind-help = write `kind = "{ $kind }"` or leave `kind` out
schema-import-key-name-field = the `{ $key }` of respondent field `{ $id }`
schema-import-key-name-rec = the `label` of recommendation `{ $id }`
schema-import-ambiguous = { $key }: the { $format } forms of this questionnaire do not read back: { $why }
schema-import-ambiguous-choices-help = give the two choices labels that differ from each other, from the question and from the comment label
schema-import-ambiguous-label-help = write the label bare (`c`) and put brackets or other signs in `headings.recommendation` (`Recommendation ({ $placeholder })`)
schema-import-ambiguous-question-help = write the question in plain words, without control characters
schema-import-ambiguous-comments-help = give the comment label and the question different words
schema-import-ambiguous-field-help = give the field a label that is neither the question nor the start of another field's label
schema-import-ambiguous-headings-help = start the headings with different words, as `Issue { $numeral }` and `Recommendation { $label }`
schema-import-form-past-limit = the { $format } forms of this questionnaire are past a limit on what qnr reads: { $why }
schema-import-form-past-limit-help = shorten the texts, or have replies sent in another format
schema-import-not-proved = the forms of this questionnaire are not proved to read back: a filled one is { $size } KiB, more than the { $limit } KiB proved
schema-import-not-proved-help = a questionnaire's form is tens of KiB; shorten its texts

## Why a form does not read back; $form is blank or filled
schema-import-proof-field = { $form ->
    [blank] a blank form
   *[filled] a filled form
} reads '{ $label }' as { $got }, not { $wrote }
schema-import-proof-empty = empty
schema-import-proof-no-answer = a filled form reads no answer: the question is not found after the recommendations
schema-import-proof-not-found = { $form ->
    [blank] a blank form
   *[filled] a filled form
} does not find { $item }
schema-import-proof-reads-as = { $form ->
    [blank] a blank form
   *[filled] a filled form
} reads { $item } as { $choice }
schema-import-proof-unanswered = unanswered
schema-import-proof-comments = { $form ->
    [blank] a blank form
   *[filled] a filled form
} does not read the comments on { $item } back as written
schema-import-proof-unknown = { $form ->
    [blank] a blank form
   *[filled] a filled form
} reads a recommendation `{ $id }` the questionnaire does not have
schema-import-proof-unreadable = { $form ->
    [blank] a blank form
   *[filled] a filled form
} cannot be read at all: { $reason }
schema-import-proof-no-reply = no reply in it
