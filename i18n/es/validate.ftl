# `qnr validate` (src/commands/validate.rs, src/diagnostic/findings.rs).

validate-verdict = { $files ->
    [one] se comprobó { $files } archivo
   *[other] se comprobaron { $files } archivos
}: { $valid } { $valid ->
    [one] válido
   *[other] válidos
}, { $invalid } no { $invalid ->
    [one] válido
   *[other] válidos
}
validate-counts = { $errors ->
    [one] { $errors } error
   *[other] { $errors } errores
}, { $warnings ->
    [one] { $warnings } advertencia
   *[other] { $warnings } advertencias
}
