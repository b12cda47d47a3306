# `qnr validate` (src/commands/validate.rs, src/diagnostic/findings.rs).

validate-verdict = { $files ->
    [one] { $files } fichier vérifié
   *[other] { $files } fichiers vérifiés
} : { $valid } { $valid ->
    [one] valide
   *[other] valides
}, { $invalid } non { $invalid ->
    [one] valide
   *[other] valides
}
validate-counts = { $errors ->
    [one] { $errors } erreur
   *[other] { $errors } erreurs
}, { $warnings ->
    [one] { $warnings } avertissement
   *[other] { $warnings } avertissements
}
