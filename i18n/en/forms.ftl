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
