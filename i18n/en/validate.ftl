# `qnr validate` (src/commands/validate.rs, src/diagnostic/findings.rs).

# The closing summary, in two parts the terminal colours apart:
# `checked 3 files: 1 valid, 2 invalid` and `18 errors, 1 warning`.
validate-verdict = checked { $files ->
    [one] { $files } file
   *[other] { $files } files
}: { $valid } valid, { $invalid } invalid
validate-counts = { $errors ->
    [one] { $errors } error
   *[other] { $errors } errors
}, { $warnings ->
    [one] { $warnings } warning
   *[other] { $warnings } warnings
}

# The findings of the rules (src/validate/rules.rs). $item names a
# recommendation: `Issue II, Recommendation 4 (II.4)`; $label, $question,
# $choice are the schema's words (`Comments`, `Any action taken`, `YES`).
validate-no-questionnaire = the reply does not say which questionnaire it answers
validate-no-questionnaire-help = add "questionnaire": "{ $id }"
validate-other-questionnaire = this is a reply to the `{ $found }` questionnaire, not to `{ $expected }`
validate-other-questionnaire-help = check it against its own schema: `qnr --schema FILE validate …`
validate-no-version = the reply does not say which version of `{ $id }` it answers
validate-no-version-help = add "version": "{ $version }"
validate-other-version = this is a reply to version { $found } of `{ $id }`; the schema is version { $expected }
validate-other-version-help = check it against the schema of that round with `--schema FILE`
validate-missing-field = the respondent field '{ $label }' (`{ $id }`) is missing
validate-missing-field-help = add `{ $id }` under `respondent`
validate-missing-date-help = add `{ $id }` as YYYY-MM-DD, e.g. "2019-05-15"
validate-invalid-date = the respondent field '{ $label }' (`{ $id }`): `{ $value }` is not a real date in the form YYYY-MM-DD
validate-invalid-date-help = write the date as YYYY-MM-DD, e.g. "2019-05-15"
validate-invalid-date-help-reads-as = write it as "{ $date }"
validate-invalid-date-help-ambiguous = write it as "{ $day_first }" if the day comes first, or as "{ $month_first }" if the month does
validate-invalid-email = the respondent field '{ $label }' (`{ $id }`): `{ $value }` is not an e-mail address
validate-invalid-email-help = write one address, like "name@ministry.gov"
validate-invalid-yes-no = the respondent field '{ $label }' (`{ $id }`): `{ $value }` is neither `yes` nor `no`
validate-invalid-yes-no-help = write "yes" or "no"
validate-invalid-yes-no-help-reads-as = write "{ $word }": the file stores "yes" or "no" in lower case
validate-missing-answer = { $item }: no answer to '{ $question }'
validate-missing-answer-help = set `action_taken` to "yes" or "no", or run `qnr fill --goto { $id }`
validate-missing-comment = { $item }: the answer is { $choice } but '{ $label }' is empty
validate-comment-required-yes-help = the questionnaire requires `comments` after { $choice }: say what was done
validate-comment-required-no-help = the questionnaire requires `comments` after { $choice }: say why not, or what is planned
validate-comment-expected-yes-help = the questionnaire expects `comments` after { $choice }: say what was done
validate-comment-expected-no-help = the questionnaire expects `comments` after { $choice }: say why not, or what is planned
validate-long-comment = { $item }: the comment has { $words ->
    [one] { $words } word
   *[other] { $words } words
}; the form asks for at most { $max }
validate-long-comment-help = shorten it to at most { $max ->
    [one] { $max } word
   *[other] { $max } words
}, keeping the main points

# A file that could not be checked (src/commands/validate.rs).
validate-unreadable-entry = cannot read this entry: { $reason }
validate-too-large = the file is { $size } bytes, more than the { $limit }-byte limit for a reply
validate-file-gone = the file is gone: it was moved or deleted after qnr listed it
validate-more-findings = { $count ->
    [one] { $count } more finding is not shown
   *[other] { $count } more findings are not shown
}; qnr reports at most { $max } per file

# The same helps, said in a form's terms (src/validate/form_help.rs).
validate-form-csv-answer-help = write yes or no in the `action_taken` column of this row
validate-form-answer-help = mark { $yes } or { $no } on this line (☒ { $yes } ☐ { $no }, or delete the other word), or convert the form to JSON and answer with `qnr fill --only-missing`
validate-form-csv-comment-help = write what was done in the `comments` column of this row
validate-form-comment-help = write what was done under '{ $label }'
validate-form-csv-field-help = fill the `{ $id }` column
validate-form-field-help = fill in '{ $label }:' at the top of the form
