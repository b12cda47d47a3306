# `qnr report`: todas las palabras de los documentos del informe
# (src/report/words.rs) y lo que dice la orden al terminar.

## Fechas, proporciones y listas

report-date = { $day } de { $month ->
    [1] enero
    [2] febrero
    [3] marzo
    [4] abril
    [5] mayo
    [6] junio
    [7] julio
    [8] agosto
    [9] septiembre
    [10] octubre
    [11] noviembre
   *[12] diciembre
} de { $year }
report-no-date = sin fecha
report-percent = { $value } %
report-list-and = y
report-colon = :
report-semicolon = ;

## Títulos y etiquetas

report-kicker = Compilación de las respuestas al cuestionario
report-note-by-secretariat = Nota de la Secretaría
report-contents = Índice
report-overview = Panorama general
report-replies = Respuestas
report-recommendations = Respuestas por recomendación
report-previous = Comparación con el ciclo anterior
report-problems = Problemas detectados en las respuestas
report-state = Estado
report-region = Región
report-date-of-submission = Fecha de presentación
report-consent = Autorización para publicar
report-consent-yes = Sí
report-consent-no = No
report-consent-not-stated = No indicada
report-recommendation = Recomendación
report-unanswered = Sin respuesta
report-share-yes = Proporción de «{ $yes }»
report-answer = Respuesta
report-count-states = Estados
report-share = Proporción
report-which-states = Lista de Estados
report-grid-caption = Respuestas por Estado
report-table-caption = Respuestas por recomendación (número de Estados)
report-grid-key = S: { $yes } (medidas adoptadas) · N: { $no } · –: sin respuesta
report-mark-yes = S
report-mark-no = N
report-mark-none = –
report-unnamed-reply = Respuesta sin nombre de Estado ({ $file })
report-incomplete-counted = incompleta, contabilizada tal como se recibió
report-as-at = Cifras al { $date }

## Las cifras iniciales

report-lead-states = { $count ->
    [one] { $count } Estado respondió
   *[other] { $count } Estados respondieron
}
report-lead-by-cutoff = { " " }dentro del plazo establecido, que vencía el { $date }
report-lead-unnamed = ; { $count ->
    [one] otra respuesta no indica ningún Estado
   *[other] otras { $count } respuestas no indican ningún Estado
}
report-lead-no-reply = No se contabiliza ninguna respuesta
report-lead-no-state = { $count ->
    [one] { $count } respuesta, que no indica ningún Estado
   *[other] { $count } respuestas, ninguna de las cuales indica un Estado
}
report-lead-no-country-field = { " " }(ningún campo del cuestionario tiene la función «country»)
report-lead-late = { $count ->
    [one] { $count } respuesta llegó después de la fecha límite y no se contabiliza.
   *[other] { $count } respuestas llegaron después de la fecha límite y no se contabilizan.
}
report-dated-one = Todas las respuestas contabilizadas son de fecha { $date }.
report-dated-range = Las respuestas contabilizadas tienen fechas comprendidas entre el { $from } y el { $to }.

## Los Estados invitados a responder

report-response = Tasa de respuesta: { $replied } de { $expected } { $expected ->
    [one] Estado invitado
   *[other] Estados invitados
} a responder ({ $share }).
report-expected-all = Estados invitados a responder: los Estados Miembros y los Estados observadores de las Naciones Unidas.
report-expected-members = Estados invitados a responder: los Estados Miembros de las Naciones Unidas.
report-expected-africa = Estados invitados a responder: los miembros de la Reunión de Jefes de los Organismos Nacionales Encargados de Combatir el Tráfico Ilícito de Drogas, África (los Estados miembros de la Comisión Económica para África).
report-expected-asia-pacific = Estados invitados a responder: los miembros de la Reunión de Jefes de los Organismos Nacionales Encargados de Combatir el Tráfico Ilícito de Drogas, Asia y el Pacífico (los Estados miembros de la Comisión Económica y Social para Asia y el Pacífico).
report-expected-latin-america-caribbean = Estados invitados a responder: los miembros de la Reunión de Jefes de los Organismos Nacionales Encargados de Combatir el Tráfico Ilícito de Drogas, América Latina y el Caribe (los Estados miembros de la Comisión Económica para América Latina y el Caribe).
report-expected-europe = Estados invitados a responder: los miembros de la Reunión de Jefes de los Organismos Nacionales Encargados de Combatir el Tráfico Ilícito de Drogas, Europa (los Estados miembros de la Comisión Económica para Europa).
report-expected-near-middle-east = Estados invitados a responder: los miembros de la Subcomisión sobre Tráfico Ilícito de Drogas y Asuntos Conexos en el Cercano Oriente y el Oriente Medio.
report-expected-file = Estados invitados a responder: los de la lista facilitada.
report-not-replied = Estados que no han respondido ({ $count })
report-all-replied = Todos los Estados invitados han respondido.
report-not-expected = Respuestas de Estados que no figuran en la lista de Estados invitados ({ $count })
report-states-expected = Estados invitados
report-replied = Respondieron
report-response-rate = Tasa de respuesta
report-publishable = Respuestas que pueden publicarse tal como se recibieron ({ $count })
report-none-publishable = Ningún Estado ha autorizado la publicación de su respuesta tal como se recibió.

## Temas y recomendaciones

report-issue-states = De { $states ->
    [one] { $states } Estado
   *[other] los { $states } Estados
}, { $all } { $all ->
    [one] informó de que había adoptado
   *[other] informaron de que habían adoptado
} medidas respecto de { $recommendations ->
    [one] la recomendación
   *[other] las { $recommendations } recomendaciones
}, { $some } respecto de algunas de ellas y { $none } respecto de ninguna.
report-reported-action = De { $total ->
    [one] { $total } Estado
   *[other] los { $total } Estados
}, { $yes } ({ $share }) { $yes ->
    [one] informó de que había adoptado
   *[other] informaron de que habían adoptado
} medidas.
report-no-comment-from = Sin observaciones: { $names }.
report-no-comments = Ningún Estado formuló observaciones sobre esta recomendación.

## Comparación con el ciclo anterior

report-replies-then = { $count ->
    [one] En el ciclo anterior se contabilizó { $count } respuesta.
   *[other] En el ciclo anterior se contabilizaron { $count } respuestas.
}
report-yes-then = «{ $yes }» (ciclo anterior)
report-yes-now = «{ $yes }» (ciclo actual)
report-change = Variación
report-last-round = Ciclo anterior: de { $total ->
    [one] { $total } Estado
   *[other] los { $total } Estados
}, { $yes } ({ $share }) { $yes ->
    [one] informó de que había adoptado
   *[other] informaron de que habían adoptado
} medidas.
report-changes-by-state = Cambios por Estado
report-no-changes = Ninguno de los Estados que respondieron en ambos ciclos modificó sus respuestas.
report-newly-answered = ahora { $answer } (antes sin respuesta)
report-no-longer-answered = sin respuesta (antes { $answer })
report-gone = Estados que respondieron en el ciclo anterior pero no en este ({ $count })
report-new-states = Estados que responden por primera vez ({ $count })

## Problemas, para una secretaría: el Estado, qué falla, el archivo al final

report-no-problems = Ninguno: cada archivo leído es una respuesta válida, una por Estado.
report-problems-invalid = Respuestas con errores
report-problems-unreadable = Archivos que no pudieron leerse como respuestas
report-problems-duplicates = Estados que enviaron más de una respuesta
report-problems-other = Respuestas a otro cuestionario
report-problems-late = Respuestas recibidas después de la fecha límite
report-problems-unplaced = Nombres de Estados que no figuran en la lista de Estados
report-invalid-counted = la respuesta está incompleta o contiene errores ({ $error }); se contabiliza tal como se recibió.
report-invalid-left-out = la respuesta no se contabiliza: { $error }.
report-unreadable = El archivo no pudo leerse como respuesta: { $error }.
report-error-at = { $message } ({ $id })
report-duplicate = { $count ->
    [one] se contabiliza la respuesta de fecha { $kept }; no se contabiliza la anterior, de fecha { $dropped }.
   *[other] se contabiliza la respuesta de fecha { $kept }; no se contabilizan las anteriores, de fechas { $dropped }.
}
report-other-questionnaire = respuesta a otro cuestionario («{ $questionnaire }»); no se contabiliza.
report-a-reply = Una respuesta
report-late-dated = de fecha { $date }, posterior a la fecha límite; no se contabiliza.
report-late-no-date = la respuesta no indica una fecha de presentación válida, por lo que no puede comprobarse que haya llegado dentro del plazo establecido; no se contabiliza.
report-unplaced = «{ $name }» no figura en la lista de Estados; la respuesta se contabiliza con ese nombre.
report-file = Archivo: { $file }
report-files = Archivos: { $files }

## Lo que dice `qnr report` al terminar

report-summary = { $included ->
    [one] se compiló
   *[other] se compilaron
} { $included } de { $files } { $files ->
    [one] archivo
   *[other] archivos
} ({ $left } { $left ->
    [one] excluido
   *[other] excluidos
}{ $listed ->
    [yes] , véase la sección «Problemas»
   *[no] {""}
})
report-summary-into = { $summary } en `{ $file }`
report-unplaced-warning = advertencia: { $count ->
    [one] { $count } nombre de Estado no figura en la lista de Estados y se contabiliza tal como está escrito
   *[other] { $count } nombres de Estados no figuran en la lista de Estados y se contabilizan tal como están escritos
}: { $names }

# Errores de `qnr report` (src/commands/report.rs, src/report/expected.rs).
# $path: lista de Estados indicada con `--expected`; $reason: texto del
# lector de texto o de CSV.
report-expected-not-text = `{ $path }` no es un archivo de texto (línea { $line }, columna { $column }): { $reason }
report-expected-no-state = `{ $path }` no menciona ningún Estado
report-expected-csv-header = no se puede leer la fila de encabezado del archivo CSV: { $reason }
report-expected-csv = no se puede leer el archivo CSV: { $reason }
report-output-format = no se puede determinar el formato de salida a partir del nombre `{ $file }`; asígnele la extensión .md, .html, .csv, .json o .docx, o añada `--format md|html|csv|json|docx`
report-no-reply = el archivo no contiene ninguna respuesta
# Barra de progreso en el terminal: $bar, $pos, $len y $eta son la barra,
# los archivos leídos, el total de archivos y el tiempo restante.
report-progress = compilación { $bar } { $pos }/{ $len } archivos (quedan { $eta })
