# `qnr fill`: pantallas, indicaciones, ayuda y resumen (src/fill/, src/commands/fill.rs).

## El archivo de respuesta

# Otra instancia de qnr tiene el bloqueo de la respuesta.
fill-busy = otra instancia de qnr ya está rellenando `{ $path }` (proceso { $pid }, desde { $since }); termine o cierre primero esa sesión (su bloqueo es `{ $lock }`)
# Fallo del primer guardado, antes de que se creara el archivo.
fill-not-saved-new =
    { $cause }
    {"  "}No se guardó nada: no se creó `{ $path }`.
    { $unsaved }{"  "}Libere espacio en el disco o permita la escritura en la carpeta y vuelva a ejecutar `qnr fill { $path }`.
fill-banner = { $file } ({ $state }), cuestionario { $questionnaire }
fill-banner-new = archivo nuevo
fill-banner-resuming = continuación
fill-saved-summary = { $answered ->
    [one] { $answered } recomendación respondida
   *[other] { $answered } recomendaciones respondidas
} de { $total }, guardado en `{ $file }`
fill-nothing-saved = no se dio ninguna respuesta, por lo que no se creó `{ $file }`
fill-left-as-it-was = (`{ $file }` queda como estaba)
fill-then-validate = { $saved }; verifíquelo con `qnr validate { $file }`
fill-then-resume = { $saved }; `qnr fill { $file }` permite continuar
fill-interrupted-saved = interrupción: todas las respuestas confirmadas están guardadas en `{ $file }`; `qnr fill { $file }` permite continuar
fill-interrupted-nothing = interrupción: no se dio ninguna respuesta, por lo que no se creó `{ $file }`
fill-unknown-goto = `--goto { $id }`: ninguna recomendación ni ningún campo tiene ese identificador; `qnr schema show` los enumera
fill-several-replies = en esta carpeta hay { $count } respuestas ({ $names }); indique cuál desea rellenar: `qnr fill ARCHIVO`
fill-output-exists = `{ $file }` ya existe; indique un archivo nuevo que rellenar
fill-unknown-extension = `qnr fill` no puede determinar el formato de `{ $file }` a partir de su nombre; utilice la extensión { $extensions }
fill-own-layout = `{ $form }` tiene un diseño propio que qnr no reescribiría tal cual: no se modifica, y las respuestas se guardan en el archivo nuevo `{ $new }`
fill-removed-outside = `{ $file }` se eliminó fuera de qnr; se vuelve a crear con las respuestas de esta sesión
fill-taken-from-outside = `{ $file }` se modificó fuera de qnr; se conserva de esa versión: { $parts }
fill-unreadable-outside = `{ $file }` se modificó fuera de qnr y ya no puede leerse sin pérdida de información, por lo que qnr lo deja como está
fill-form-cannot-hold = `{ $file }` no puede contener { $part } tal como lo presenta un formulario { $format }
fill-side-file = { $why }; en adelante, las respuestas de esta sesión se guardan en `{ $side }`
fill-conflict = `{ $file }` se modificó fuera de qnr, y { $what } se modificó tanto en el archivo como en esta sesión.
fill-conflict-here = en esta sesión: { $version }
fill-conflict-there = en el archivo: { $version }
fill-conflict-keys = ¿Qué versión desea conservar? 1 la de esta sesión, 2 la del archivo
fill-empty = (vacío)
fill-unanswered = sin respuesta
fill-not-saved-heading = No guardado; puede copiarlo desde aquí:

## Dónde se encuentra la persona

fill-place-field = Identificación · Campo { $n } de { $count } · { $answered }
fill-place-item = { $issue } · { $recommendation } de { $count } · { $answered }
fill-answered = respondidas: { $answered } de { $total }
fill-saved-in = guardado en { $file }
fill-not-created-yet = { $file } se creará con la primera respuesta
fill-origin-saved = guardado
fill-origin-last-round = ciclo anterior
fill-origin-suggested = sugerido
fill-now = actualmente: { $value } ({ $origin })

## Preguntas y teclas

fill-required = obligatorio
fill-optional = opcional
fill-kind-date = una fecha: AAAA-MM-DD
fill-kind-email = una dirección de correo electrónico
fill-digits-too = (o 1/2)
fill-enter-keeps = Intro conserva { $value } ·
fill-moves = { $back } anterior · { $skip } pasar · { $goto } ir a · { $quit } guardar y salir · ? ayuda
# Las letras de los desplazamientos; nunca la de una respuesta (s, n).
fill-key-back = a
fill-key-skip = p
fill-key-goto = i
fill-key-quit = g
# Las letras de las acciones sobre una observación guardada; nunca la de un desplazamiento.
fill-key-edit = e
fill-key-retype = r
fill-key-delete = b
# Las órdenes que se escriben tras una barra; los nombres ingleses siguen siendo válidos.
fill-command-back = atrás
fill-command-skip = pasar
fill-command-goto = ir
fill-command-quit = salir
fill-command-editor = editor
fill-command-clear = borrar
fill-command-help = ayuda
fill-field-hint = Intro confirma · /atrás /pasar /ir ID /salir · /ayuda
fill-default-hint = { $origin }: { $value } · Intro lo acepta, lo que se escriba lo sustituye, → permite modificarlo
fill-paste-ignored = El texto pegado no se toma como pulsaciones de teclas: responda con una sola tecla y pegue después el texto en la observación.
fill-goto-prompt = Ir a
fill-goto-hint = una recomendación, por ejemplo { $item }, o un campo, por ejemplo { $field }; déjelo vacío para permanecer aquí
fill-first-question = Esta es la primera pregunta; no hay ninguna anterior.
fill-no-such-question = No existe la pregunta `{ $id }`. Las recomendaciones van de { $first } a { $last }; los campos son: { $fields }.
fill-editor-for-comments = El editor se utiliza solo para las observaciones; escriba el valor aquí.
fill-not-a-command = { $command } no es una orden; /ayuda las enumera.
fill-not-a-command-comment = { $command } no es una orden; /ayuda las enumera (empiece con // para escribir una barra)
fill-required-left-empty = El campo «{ $label }» es obligatorio y queda vacío por ahora; el resumen lo indicará
fill-which-date = `{ $typed }` admite dos lecturas: ¿{ $first } o { $second }?
fill-type-again = Esc: volver a escribirla
fill-long-date = { $day } de { $month ->
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
fill-not-a-date = `{ $value }` no es una fecha; escríbala en la forma AAAA-MM-DD, por ejemplo 2019-05-15
fill-not-an-email = `{ $value }` no es una dirección de correo electrónico; indique una sola dirección, por ejemplo nombre@ministerio.gob
fill-not-yes-no = `{ $value }` no es ni { $yes } ni { $no }

## Observaciones

fill-rule-required = obligatorio
fill-rule-expected = recomendado
fill-rule-optional = opcional
fill-rule-limit = { $rule }, { $max } palabras como máximo
fill-comment-hint = Escriba un párrafo y pulse Intro. Pulse Intro en una línea vacía para terminar.
fill-comment-keys = Tab: redactar en { $editor } · /atrás /pasar /ir ID /salir · /ayuda
fill-words = { $count ->
    [one] { $count } palabra
   *[other] { $count } palabras
}
fill-words-of-most = { $count ->
    [one] { $count } palabra
   *[other] { $count } palabras
} de { $max } como máximo
fill-words-over = { $count } palabras: más de las { $max } que pide el formulario (el texto se conserva; abrévielo si es posible)
fill-comment-emptied = (la observación vuelve a estar vacía)
fill-comment-actions = Intro la conserva · { $edit } editarla en { $editor } · { $retype } redactar otra · { $delete } borrarla · { $back } anterior · ? ayuda
fill-required-comment = El apartado «{ $label }» es obligatorio cuando se responde { $choice }, y está vacío.
fill-required-comment-keys = Intro para redactarlo ahora · { $later } para dejarlo vacío por ahora (el resumen lo indicará)
fill-saved-item = ✓ Respuesta a { $id } guardada: { $choice }, { $words }
fill-editor-template =
    # Redacte la observación encima de esta línea; esta línea y todo lo que
    # la sigue se eliminarán. Separe los párrafos con una línea vacía.
    # Guarde y cierre el editor para continuar; una observación vacía
    # significa que no hay observación.
fill-editor-at-most = { $max } palabras como máximo.
fill-editor-not-started = no se pudo iniciar el editor `{ $editor }`: { $reason }; defina $VISUAL o $EDITOR (por ejemplo, `export EDITOR=nano`); la observación no se modificó
fill-editor-not-found = no se encontró el editor `{ $editor }` (indicado en $VISUAL o $EDITOR); defina una de esas variables, por ejemplo `export EDITOR=nano`; la observación no se modificó
fill-editor-failed = el editor `{ $editor }` terminó con el código de salida { $code }; la observación no se modificó
fill-editor-not-text = el editor guardó un contenido que no es texto ({ $reason }); la observación no se modificó

## Ayuda

fill-help-enter = Intro confirma lo que se muestra (la respuesta guardada o la propuesta); lo que se escriba la sustituye.
fill-help-back = /atrás (o { $back } en una pregunta { $yes }/{ $no }) vuelve a la pregunta anterior.
fill-help-skip = /pasar (o { $skip }) continúa sin modificar la pregunta.
fill-help-goto = /ir { $item } (o { $goto }) lleva a una recomendación o a un campo, por ejemplo { $field }.
fill-help-quit = /salir (o { $quit }) termina aquí; todas las respuestas confirmadas ya están guardadas.
fill-help-arrows = En una pregunta { $yes }/{ $no }, ← ↑ RePág vuelven atrás y → ↓ AvPág pasan a la siguiente.
fill-help-editor-keys = /editor (o Tab, o { $edit }) permite redactar la observación en su editor.
fill-help-editor = /editor (o { $edit }) permite redactar la observación en su editor.
fill-help-clear = /borrar vacía un campo o la observación que se está escribiendo.
fill-help-resume = Cada respuesta confirmada se guarda de inmediato. Más adelante, `qnr fill ARCHIVO` vuelve a plantear, una vez cada una, las preguntas que aún no tienen respuesta y muestra después el resumen.

## Resumen

fill-summary-title = Resumen de { $file } · respondidas: { $answered } de { $total }
fill-table-id = n.º
fill-table-answer = respuesta
fill-table-words = palabras
fill-table-last-round = ciclo ant.
fill-table-notes = notas
fill-note-no-answer = sin respuesta
fill-note-no-comment = sin { $label }
fill-note-over = más de { $max } palabras
fill-change-same = igual
fill-change-changed = modificada
fill-change-new = nueva
fill-change-open = pendiente
fill-verdict-valid = La respuesta está completa y es válida.
fill-verdict-warnings = La respuesta es válida, con { $warnings ->
    [one] { $warnings } advertencia
   *[other] { $warnings } advertencias
}.
fill-verdict-errors = La respuesta aún no está completa: { $errors ->
    [one] { $errors } error
   *[other] { $errors } errores
}, { $warnings ->
    [one] { $warnings } advertencia
   *[other] { $warnings } advertencias
}.
fill-revisit = ¿Desea revisar { $count ->
    [one] la pregunta que presenta problemas
   *[other] las { $count } preguntas que presentan problemas
} ({ $ids })?
fill-more-problems = … y { $count } más: `qnr validate { $file }` los enumera todos
fill-problem-error = error:
fill-problem-warning = advertencia:
fill-sentence-not-answered = sin respuesta
fill-sentence-since = { $change } respecto del ciclo anterior

## Modo sencillo

fill-plain-warning = Advertencia: { $text }
fill-plain-keep = [{ $origin }: { $value }; Intro para conservarlo]
fill-plain-choice = { $question } 1 { $yes }, 2 { $no }{ $keep }; h para la ayuda:
fill-plain-type-1-2 = Escriba 1 o 2.
fill-plain-type-choice = Escriba 1 para { $yes } o 2 para { $no }; h para la ayuda.
fill-plain-goto = ¿A qué recomendación o campo desea ir (por ejemplo, { $item } o { $field })?
fill-plain-comment = { $label } ({ $rule }). Escriba un párrafo por línea; una línea vacía termina. /e abre su editor, /ayuda enumera las órdenes.
fill-plain-paragraph-first = Párrafo 1:
fill-plain-paragraph = Párrafo { $n } ({ $words } hasta ahora):
fill-plain-opening = Se abre { $editor }.
fill-plain-comment-saved = Observación guardada, { $words }.
fill-plain-comment-emptied = La observación vuelve a estar vacía.
fill-plain-existing = { $label } ({ $origin }, { $words }):
fill-plain-existing-keys = Intro para conservarla; { $edit } para editarla en su editor, { $retype } para redactar otra, { $delete } para borrarla, { $back } para volver atrás:
fill-plain-existing-again = Pulse Intro, o escriba { $edit }, { $retype }, { $delete } o { $back }.
fill-plain-required = Pulse Intro para redactarlo ahora, o escriba { $later } para dejarlo vacío por ahora:
fill-plain-enter-or-n = Pulse Intro, o escriba { $later }.
fill-plain-which-date = 1 { $first }, 2 { $second }; Intro para volver a escribirla:
fill-plain-summary = Resumen de { $file }: respondidas, { $answered } de { $total }.
fill-plain-revisit = { $offer } Escriba { $yes } o { $no }:
fill-plain-type-y-n = Escriba { $yes } o { $no }.
