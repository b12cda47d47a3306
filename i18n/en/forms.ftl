# The forms' own words, around the schema's texts (src/formats/): the txt,
# md and docx forms, the CSV columns, the comments heading a TOML or YAML
# reply. Readers recognise these words in every language.

# The line under the title that names the questionnaire and its round.
forms-questionnaire-line = Questionnaire: { $id }, version { $version }
# The Markdown form's heading over the respondent fields.
forms-respondent-heading = Respondent
# CSV column names (the first, `id`, is the same in every language).
forms-column-issue = issue
forms-column-recommendation = recommendation
forms-column-action-taken = action_taken
forms-column-comments = comments
# Under the title in a TOML or YAML reply.
forms-file-hint = Check this file with `qnr validate`; answer with `qnr fill`.
# Help under an unknown CSV column; $list names the schema's fields.
forms-csv-field-columns = columns after `comments` are respondent fields: { $list }

# Reading a form (src/formats/form/). $item names a recommendation;
# $question, $yes, $no, $label are the schema's words as the form prints them.
forms-item-twice = { $item } is given more than once; only the last one would be kept
forms-text-differs = { $item }: the text of the recommendation differs from the questionnaire's { $difference }
forms-title-differs = { $heading }: the title differs from the questionnaire's { $difference }
forms-text-difference = (the file has “{ $found }…” where it reads “{ $expected }…”)
forms-check-round-help = check that the form is this round's questionnaire; `qnr schema show` prints it
forms-unknown-item-help = `qnr schema show` lists the recommendations of each issue
forms-answer-later-help = answer it after converting: `qnr fill --only-missing REPLY` asks only what is open
forms-no-answer-line = { $item }: the form has no '{ $question }' line; the answer stays open
forms-unmarked = { $item }: neither { $yes } nor { $no } is marked after '{ $question }'; the answer stays open
forms-both-marked = { $item }: both { $yes } and { $no } are marked after '{ $question }'
forms-both-marked-help = leave only one of { $yes } and { $no } marked
forms-unclear-mark = { $item }: `{ $text }` does not say { $yes } or { $no }
forms-unclear-mark-help = mark one of them, e.g. `{ $question } ☒ { $yes } ☐ { $no }`, or delete the other word
forms-unknown-issue = issue `{ $issue }` is not in the { $questionnaire } questionnaire
forms-unknown-issue-help = its issues are { $issues }; is this another round's form? Use its schema with `--schema`
forms-no-issue = cannot tell which issue `{ $heading }` belongs to: no issue heading comes before it
forms-no-issue-help = add the issue heading above it, e.g. `{ $example }`
forms-empty = the file is empty
forms-empty-help = `qnr new --to txt` writes an empty form to fill in
forms-not-a-form = no recommendation found: this does not read as the { $questionnaire } form
forms-not-a-form-help = a form heads each recommendation `{ $recommendation }` under `{ $issue }: …`, followed by '{ $question }'
forms-missing-item = { $item } is not in the file
forms-missing-item-help = it stays unanswered; check that no page of the form is missing
forms-field-twice = '{ $label }' is given more than once; only the last one would be kept
forms-field-twice-help = keep one of the two, so that nothing is lost
forms-field-unmarked = '{ $label }': neither { $yes } nor { $no } is marked
forms-field-unmarked-help = set `{ $id }` to "yes" or "no" in the converted reply
forms-field-both-marked = '{ $label }': both { $yes } and { $no } are marked
forms-field-both-marked-help = leave only one of the two marked

# What would not read back the same, in `cannot be written as … without change: $part …`.
forms-part-field = the respondent field `{ $id }`
forms-part-comments = the comments on { $item }
forms-part-answer = the answer to { $item }
forms-part-questionnaire = the questionnaire it answers
forms-part-version = its version `{ $version }`
forms-too-many-headings = the form has { $headings } recommendation headings; qnr reads at most { $max } (a questionnaire has tens)
forms-md-too-many-headings = the file has more than { $headings } headings; qnr reads at most { $max } answers (a questionnaire has tens)
forms-md-too-deep = line { $line } nests { $depth } quotes or list items; a form needs a few, and qnr reads at most { $max }
# Helps under a file that could not be parsed.
forms-save-as-utf8 = save the file as UTF-8 text
forms-empty-reply-help = `qnr new` writes an empty reply to start from
forms-fix-syntax = fix the { $format } syntax at this place

# Reading a CSV reply (src/formats/csv.rs).
forms-csv-empty-help = `qnr new --to csv` writes an empty reply
forms-csv-no-id = the header row has no `id` column
forms-csv-no-id-help = the first row names the columns: id, issue, recommendation, action_taken, comments, then the respondent fields
forms-csv-too-many-rows = the file has more than { $max } rows; qnr reads at most { $max } answers (a questionnaire has tens)
forms-csv-field-differs = the `{ $column }` column says `{ $value }` here but `{ $first }` above
forms-csv-field-differs-help = a reply has one respondent: give the same value on every row, or leave the others empty
forms-csv-no-row-id = a row without an `id`
forms-csv-no-row-id-help = give the recommendation id (`I.1`) in the `id` column
forms-csv-item-twice = { $item } has more than one row; only the last one would be kept
forms-csv-item-twice-help = merge the rows into one, so that nothing is lost
forms-csv-choice-help = write `yes` or `no` in the `action_taken` column, or leave it empty
forms-csv-invalid = the file is not valid CSV: { $reason }
forms-csv-invalid-help = fix the quoting on this row (a quote inside a cell is written twice: "")

# Caps on what one file may hold (src/formats/limits.rs). $item names a
# recommendation ("Recommendation 3 (II.3)"), $field a respondent field's
# key, $length and $limit are in bytes.
forms-too-many-answers = the file holds { $count } answers; qnr reads at most { $limit } (a questionnaire has tens)
forms-too-many-lines = the file has { $count } lines; a form saved as text has at most { $limit } (the questionnaire is a few hundred)
forms-comment-too-long = the comments on { $item } are { $length } bytes long; qnr reads at most { $limit } bytes (1 MiB) in one value
forms-field-too-long = the respondent field `{ $field }` is { $length } bytes long; qnr reads at most { $limit } bytes (1 MiB) in one value
