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

validate-no-questionnaire = la respuesta no indica a qué cuestionario corresponde
validate-no-questionnaire-help = añada "questionnaire": "{ $id }"
validate-other-questionnaire = se trata de una respuesta al cuestionario `{ $found }`, no a `{ $expected }`
validate-other-questionnaire-help = compruébela con su propio esquema: `qnr --schema ARCHIVO validate …`
validate-no-version = la respuesta no indica a qué versión de `{ $id }` corresponde
validate-no-version-help = añada "version": "{ $version }"
validate-other-version = se trata de una respuesta a la versión { $found } de `{ $id }`; el esquema corresponde a la versión { $expected }
validate-other-version-help = compruébela con el esquema de ese ciclo mediante `--schema ARCHIVO`
validate-missing-field = falta el dato «{ $label }» (`{ $id }`)
validate-missing-field-help = añada `{ $id }` en `respondent`
validate-missing-date-help = añada `{ $id }` con el formato AAAA-MM-DD, por ejemplo "2019-05-15"
validate-invalid-date = dato «{ $label }» (`{ $id }`): `{ $value }` no es una fecha válida con el formato AAAA-MM-DD
validate-invalid-date-help = escriba la fecha con el formato AAAA-MM-DD, por ejemplo "2019-05-15"
validate-invalid-date-help-reads-as = escriba "{ $date }"
validate-invalid-date-help-ambiguous = escriba "{ $day_first }" si primero va el día, o "{ $month_first }" si primero va el mes
validate-invalid-email = dato «{ $label }» (`{ $id }`): `{ $value }` no es una dirección de correo electrónico
validate-invalid-email-help = escriba una sola dirección, por ejemplo "nombre@ministerio.gob"
validate-invalid-yes-no = dato «{ $label }» (`{ $id }`): `{ $value }` no es ni `yes` ni `no`
validate-invalid-yes-no-help = escriba "yes" o "no"
validate-invalid-yes-no-help-reads-as = escriba "{ $word }": el archivo guarda "yes" o "no" en minúsculas
validate-missing-answer = { $item }: no hay respuesta a «{ $question }»
validate-missing-answer-help = asigne a `action_taken` el valor "yes" o "no", o ejecute `qnr fill --goto { $id }`
validate-missing-comment = { $item }: la respuesta es { $choice }, pero el apartado «{ $label }» está vacío
validate-comment-required-yes-help = el cuestionario exige observaciones (`comments`) después de { $choice }: indique las medidas adoptadas
validate-comment-required-no-help = el cuestionario exige observaciones (`comments`) después de { $choice }: indique por qué no se adoptaron medidas o qué se tiene previsto
validate-comment-expected-yes-help = el cuestionario solicita observaciones (`comments`) después de { $choice }: indique las medidas adoptadas
validate-comment-expected-no-help = el cuestionario solicita observaciones (`comments`) después de { $choice }: indique por qué no se adoptaron medidas o qué se tiene previsto
validate-long-comment = { $item }: las observaciones tienen { $words } { $words ->
    [one] palabra
   *[other] palabras
}; el formulario admite como máximo { $max }
validate-long-comment-help = redúzcalas a { $max } { $max ->
    [one] palabra
   *[other] palabras
} como máximo, conservando lo esencial

validate-unreadable-entry = no se puede leer esta entrada: { $reason }
validate-too-large = el archivo ocupa { $size } bytes, más que el límite de { $limit } bytes fijado para una respuesta
validate-file-gone = el archivo ya no existe: se trasladó o se eliminó después de que qnr lo incluyera en la lista
validate-more-findings = { $count ->
    [one] no se muestra { $count } incidencia más
   *[other] no se muestran { $count } incidencias más
}; qnr notifica como máximo { $max } por archivo

validate-form-csv-answer-help = escriba yes o no en la columna `medidas_adoptadas` (`action_taken`) de esta fila
validate-form-answer-help = marque { $yes } o { $no } en esta línea (☒ { $yes } ☐ { $no }, o suprima la otra palabra), o convierta el formulario a JSON y responda con `qnr fill --only-missing`
validate-form-csv-comment-help = indique las medidas adoptadas en la columna `observaciones` (`comments`) de esta fila
validate-form-comment-help = indique las medidas adoptadas en el apartado «{ $label }»
validate-form-csv-field-help = complete la columna `{ $id }`
validate-form-field-help = complete «{ $label }» al principio del formulario
