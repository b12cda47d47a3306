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
