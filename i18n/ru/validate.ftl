# `qnr validate` (src/commands/validate.rs, src/diagnostic/findings.rs).

# Russian counts with "label: number", which needs no agreement.
validate-verdict = проверено файлов: { $files }; без ошибок: { $valid }, с ошибками: { $invalid }
validate-counts = { $errors } { $errors ->
    [one] ошибка
    [few] ошибки
    [many] ошибок
   *[other] ошибки
}, { $warnings } { $warnings ->
    [one] предупреждение
    [few] предупреждения
    [many] предупреждений
   *[other] предупреждения
}
