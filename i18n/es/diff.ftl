# `qnr diff` for people (src/diff/human.rs).

diff-identical = `{ $a }` y `{ $b }` contienen las mismas respuestas, observaciones y datos de identificación
diff-empty = (vacío)
diff-unanswered = sin respuesta
diff-added = añadida
diff-removed = suprimida
diff-changed = modificada
diff-summary = { $total ->
    [one] { $total } diferencia
   *[other] { $total } diferencias
} ({ $respondent } en los datos de identificación, { $recommendations } en las recomendaciones)
diff-one-stdin = solo una de las dos respuestas puede proceder de la entrada estándar
