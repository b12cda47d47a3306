# The rules of `qnr validate --format sarif`: what each finding code
# means, as code scanning shows it (src/printer/sarif.rs).

sarif-rule-parse-error = The file is not well-formed JSON, TOML or YAML, or not UTF-8 text.
sarif-rule-questionnaire-mismatch = The reply answers another questionnaire or version, or does not say which.
sarif-rule-missing-answer = A recommendation has no YES or NO.
sarif-rule-invalid-choice = An answer is not "yes" or "no".
sarif-rule-missing-comment = An answer lacks the comment the questionnaire asks for.
sarif-rule-unknown-answer = An answer to a recommendation the questionnaire does not have.
sarif-rule-missing-respondent-field = A required respondent field is empty.
sarif-rule-invalid-field = A respondent field has a bad value: an impossible date, an e-mail that is no address.
sarif-rule-duplicate-key = A key is given twice; readers would keep only one.
sarif-rule-unknown-field = A key the reply format does not have.
sarif-rule-long-comment = A comment is longer than the questionnaire's word limit.
sarif-rule-wrong-type = A value of the wrong kind, such as a list where an object belongs.
sarif-rule-limit-exceeded = The file passes a documented limit (size, nesting, values).
sarif-rule-unreadable-file = The file could not be read at all.
sarif-rule-text-mismatch = A form's recommendation text or issue title differs from the questionnaire's.
sarif-rule-unmarked-answer = A form marks neither YES nor NO; the answer stays open.
sarif-rule-missing-item = A form lacks a recommendation of the questionnaire.
sarif-rule-invalid-schema = A questionnaire schema file is invalid.
sarif-rule-duplicate-id = A questionnaire schema gives an id twice.
sarif-rule-empty-text = A questionnaire schema has an empty title, text or label.
sarif-rule-ambiguous-label = A questionnaire schema's label makes its forms read back wrong.
sarif-rule-missing-role = No respondent field of a questionnaire schema names the State or the date of submission.
