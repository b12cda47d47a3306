# The schema's default texts, in the schema's language (src/schema/build.rs),
# and `qnr schema` (src/commands/schema/).

schema-default-issue-heading = Cuestión {"{"}numeral{"}"}
schema-default-recommendation-heading = Recomendación {"{"}label{"}"}
schema-default-comments-label = Observaciones

schema-show-summary = cuestionario `{ $id }`, versión { $version } · { $issues } { $issues ->
    [one] cuestión
   *[other] cuestiones
}, { $recommendations } { $recommendations ->
    [one] recomendación
   *[other] recomendaciones
}
schema-show-required = obligatorio
schema-show-date = fecha, AAAA-MM-DD
schema-show-email = dirección de correo electrónico
schema-show-yes-no = { $yes } o { $no }
schema-show-each-recommendation = Para cada recomendación
schema-show-rule-required = obligatorias
schema-show-rule-expected = solicitadas
schema-show-rule-optional = opcionales
schema-show-comment-rule = { $when_yes } después de { $yes }, { $when_no } después de { $no }
schema-show-comment-limit = { $rules }; { $max } palabras como máximo
