# The forms' own words (src/formats/).

forms-questionnaire-line = Cuestionario: { $id }, versión { $version }
forms-respondent-heading = Datos de identificación
forms-column-issue = cuestión
forms-column-recommendation = recomendación
forms-column-action-taken = medidas_adoptadas
forms-column-comments = observaciones
forms-file-hint = Compruebe este archivo con `qnr validate`; responda con `qnr fill`.
forms-csv-field-columns = las columnas posteriores a `observaciones` (`comments`) son datos de identificación: { $list }

forms-item-twice = { $item } figura más de una vez; solo se conservaría la última
forms-text-differs = { $item }: el texto de la recomendación difiere del que figura en el cuestionario { $difference }
forms-title-differs = { $heading }: el título difiere del que figura en el cuestionario { $difference }
forms-text-difference = (el archivo dice «{ $found }…» donde el cuestionario dice «{ $expected }…»)
forms-check-round-help = compruebe que el formulario corresponde al cuestionario de este ciclo; `qnr schema show` lo muestra
forms-unknown-item-help = `qnr schema show` enumera las recomendaciones de cada cuestión
forms-answer-later-help = respóndala después de la conversión: `qnr fill --only-missing RESPUESTA` pregunta solo lo que quedó pendiente
forms-no-answer-line = { $item }: el formulario no tiene la línea «{ $question }»; la respuesta queda pendiente
forms-unmarked = { $item }: no se ha marcado { $yes } ni { $no } después de «{ $question }»; la respuesta queda pendiente
forms-both-marked = { $item }: están marcados tanto { $yes } como { $no } después de «{ $question }»
forms-both-marked-help = deje marcado solo { $yes } o { $no }
forms-unclear-mark = { $item }: `{ $text }` no indica { $yes } ni { $no }
forms-unclear-mark-help = marque una de las dos casillas, por ejemplo `{ $question } ☒ { $yes } ☐ { $no }`, o suprima la otra palabra
forms-unknown-issue = la cuestión `{ $issue }` no figura en el cuestionario { $questionnaire }
forms-unknown-issue-help = sus cuestiones son { $issues }; ¿se trata del formulario de otro ciclo? Utilice su esquema con `--schema`
forms-no-issue = no se puede determinar a qué cuestión pertenece `{ $heading }`: no la precede ningún título de cuestión
forms-no-issue-help = añada encima el título de la cuestión, por ejemplo `{ $example }`
forms-empty = el archivo está vacío
forms-empty-help = `qnr new --to txt` crea un formulario vacío para completar
forms-not-a-form = no se encontró ninguna recomendación: el archivo no se lee como el formulario { $questionnaire }
forms-not-a-form-help = un formulario presenta cada recomendación `{ $recommendation }` bajo `{ $issue }: …`, seguida de «{ $question }»
forms-missing-item = { $item } no figura en el archivo
forms-missing-item-help = queda sin respuesta; compruebe que no falta ninguna página del formulario
forms-field-twice = «{ $label }» figura más de una vez; solo se conservaría el último
forms-field-twice-help = conserve solo uno de los dos para que no se pierda nada
forms-field-unmarked = «{ $label }»: no se ha marcado { $yes } ni { $no }
forms-field-unmarked-help = asigne a `{ $id }` el valor "yes" o "no" en la respuesta convertida
forms-field-both-marked = «{ $label }»: están marcados tanto { $yes } como { $no }
forms-field-both-marked-help = deje marcada solo una de las dos casillas

forms-part-field = el dato `{ $id }`
forms-part-comments = las observaciones sobre { $item }
forms-part-answer = la respuesta a { $item }
forms-part-questionnaire = el cuestionario al que responde
forms-part-version = su versión, `{ $version }`
forms-too-many-headings = el formulario tiene { $headings } títulos de recomendación, y qnr lee como máximo { $max } (un cuestionario tiene unas decenas)
forms-md-too-many-headings = el archivo tiene más de { $headings } títulos, y qnr lee como máximo { $max } respuestas (un cuestionario tiene unas decenas)
forms-md-too-deep = la línea { $line } anida { $depth } citas o elementos de lista; un formulario solo necesita unos pocos y qnr lee como máximo { $max }
forms-save-as-utf8 = guarde el archivo como texto UTF-8
forms-empty-reply-help = `qnr new` crea una respuesta vacía como punto de partida
forms-fix-syntax = corrija la sintaxis { $format } en este punto

forms-csv-empty-help = `qnr new --to csv` crea una respuesta vacía
forms-csv-no-id = la fila de encabezado no tiene columna `id`
forms-csv-no-id-help = la primera fila nombra las columnas: id, cuestión, recomendación, medidas_adoptadas, observaciones y, a continuación, los datos de identificación
forms-csv-too-many-rows = el archivo tiene más de { $max } filas; qnr lee como máximo { $max } respuestas (un cuestionario tiene unas decenas)
forms-csv-field-differs = la columna `{ $column }` dice `{ $value }` aquí, pero `{ $first }` más arriba
forms-csv-field-differs-help = una respuesta corresponde a un solo Estado informante: indique el mismo valor en todas las filas o deje vacías las demás
forms-csv-no-row-id = fila sin `id`
forms-csv-no-row-id-help = indique el identificador de la recomendación (`I.1`) en la columna `id`
forms-csv-item-twice = { $item } figura en más de una fila; solo se conservaría la última
forms-csv-item-twice-help = reúna las filas en una sola para que no se pierda nada
forms-csv-choice-help = escriba `yes` o `no` en la columna `medidas_adoptadas` (`action_taken`), o déjela vacía
forms-csv-invalid = el archivo no es un CSV válido: { $reason }
forms-csv-invalid-help = corrija las comillas de esta fila (una comilla dentro de una celda se escribe dos veces: "")

# Límites de lo que puede contener un archivo (src/formats/limits.rs). $item:
# nombre de una recomendación («Recomendación 3 (II.3)»); $field: clave de un
# dato de identificación; $length y $limit: en bytes.
forms-too-many-answers = el archivo contiene { $count } respuestas; qnr lee como máximo { $limit } (un cuestionario tiene unas decenas)
forms-too-many-lines = el archivo tiene { $count } líneas; un formulario guardado como texto tiene como máximo { $limit } (el cuestionario tiene unos cientos)
forms-comment-too-long = las observaciones sobre { $item } ocupan { $length } bytes; qnr lee como máximo { $limit } bytes (1 MiB) por valor
forms-field-too-long = el dato `{ $field }` ocupa { $length } bytes; qnr lee como máximo { $limit } bytes (1 MiB) por valor
