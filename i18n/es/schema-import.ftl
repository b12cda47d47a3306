# `qnr schema import`, `schema init`, `schema show --format toml|json` y
# las constataciones que añade `schema check`: funciones de los campos y
# prueba de que los formularios de un esquema se vuelven a leer tal cual.

## Fallos y errores de la importación
schema-import-not-a-form = no se pudo leer ningún cuestionario en `{ $path }`
schema-import-no-questionnaire = este formulario no contiene ningún cuestionario: { $why }
schema-import-no-questionnaire-help = un formulario encabeza cada recomendación con un título como `Recomendación 1` (o `Recommendation`, `Recommandation`, `Рекомендация`) y pregunta SÍ/NO después de su texto
schema-import-no-answer-line = no se encontró ninguna línea de respuesta: ninguna línea termina con las dos opciones (SÍ NO, YES NO, OUI NON, ДА НЕТ)
schema-import-no-heading = no se encontró ningún título de recomendación seguido de «{ $question }»
schema-import-invalid = el esquema obtenido de este formulario no es válido: { $reason }
schema-import-invalid-help = corrija el formulario o redacte el esquema con `qnr schema init`
schema-import-reply-not-form = un archivo .{ $format } contiene una respuesta, no un formulario
schema-import-reply-not-form-help = importe el cuestionario desde el propio formulario: un archivo .docx, .odt, .txt o .md
schema-import-text-help = guarde el formulario como texto UTF-8 (o UTF-16)

## Lo que encontró la importación (salida de error estándar)
schema-import-found = contenido encontrado en `{ $file }` (formulario redactado en { $language ->
    [fr] francés
    [es] español
    [ru] ruso
   *[en] inglés
}):
schema-import-guidance = { $paragraphs ->
    [one] { $paragraphs } párrafo
   *[other] { $paragraphs } párrafos
}
schema-import-guidance-limit = { $paragraphs ->
    [one] { $paragraphs } párrafo
   *[other] { $paragraphs } párrafos
}; { $words } palabras como máximo
schema-import-issues = { $count } ({ $numerals }), { $recommendations ->
    [one] { $recommendations } recomendación
   *[other] { $recommendations } recomendaciones
}
schema-import-kind = { $kind ->
    [date] fecha
    [email] correo electrónico
    [yes-no] sí o no
   *[text] texto
}
schema-import-field-row = { $id } ({ $notes }): { $label }
schema-import-required = obligatorio
schema-import-role = función { $role }
schema-import-none = ninguno
schema-import-guesses = { $count ->
    [one] { $count } supuesto
   *[other] { $count } supuestos
} que conviene verificar en el esquema:
schema-import-at-line = línea { $line }: { $note }
schema-import-wrote = esquema guardado en `{ $path }`; verifíquelo con `qnr schema check { $path }`
schema-import-init-wrote = esquema guardado en `{ $path }`: escriba en él los textos del cuestionario y luego ejecute `qnr schema check { $path }`

## Supuestos que conviene verificar
schema-import-note-heading-worded-otherwise = `{ $heading }` se lee como texto: los demás títulos de tema tienen la forma `{ $template }`
schema-import-note-issue-text-left-out = el texto que figura bajo `{ $heading }` no se incluye
schema-import-note-issue-intro-left-out = el texto que figura bajo `{ $heading }` después de su título no se incluye
schema-import-note-issue-no-title = `{ $heading }` no tiene título; se utiliza su encabezado en su lugar
schema-import-note-rec-no-text = `{ $heading }` no tiene texto
schema-import-note-heading-variants = { $count ->
    [one] { $count } título de recomendación está redactado
   *[other] { $count } títulos de recomendación están redactados
} de forma distinta a `{ $template }`; qnr no los reconocerá como títulos al leer los formularios
schema-import-note-yes-no-from-words = «{ $label }»: se trata como un campo de sí o no por su redacción; el formulario no imprime ninguna opción
schema-import-note-field-id-from-label = «{ $label }»: campo de tipo texto, identificador `{ $id }` derivado de la etiqueta
schema-import-note-role-taken = no se asigna la función `{ $role }` a «{ $label }»: ya la tiene un campo anterior
schema-import-note-no-country = ningún campo del encabezado indica el Estado: añada `role = "country"` al campo correspondiente
schema-import-note-no-date = ningún campo del encabezado indica la fecha de presentación: añada `role = "date"` al campo correspondiente
schema-import-note-no-title = el formulario no tiene título antes del primer tema; el título indicado es provisional
schema-import-note-no-comment-label = ninguna etiqueta de observaciones sigue a las líneas de respuesta; se utiliza `{ $label }` por defecto
schema-import-note-comment-rule = el formulario no indica cuándo se piden observaciones: se supone que se esperan después de { $yes } y que son facultativas después de { $no }
schema-import-note-no-issues = el formulario no tiene títulos de tema: las recomendaciones se agrupan en un único tema `I`
schema-import-note-issue-twice = el tema `{ $numeral }` aparece dos veces; el segundo pasa a ser `{ $renamed }`
schema-import-note-rec-twice = la recomendación `{ $label }` aparece dos veces en el tema { $numeral }; la segunda pasa a ser `{ $renamed }`
schema-import-note-id-from-file = el identificador `{ $id }` se ha derivado del nombre del archivo; la opción `--id` permite definirlo
schema-import-note-version-year = la versión `{ $version }` es el año que figura en el formulario; la opción `--version` permite definirla
schema-import-note-version-placeholder = la versión `{ $version }` es provisional; la opción `--version` permite definirla
schema-import-note-read-back = el formulario no se vuelve a leer tal cual con este esquema: { $finding }

## Comentarios de los archivos de esquema que escribe qnr
schema-import-toml-header = Importado con `qnr schema import` a partir de un formulario en { $language ->
    [fr] francés
    [es] español
    [ru] ruso
   *[en] inglés
}. Verifíquelo con `qnr schema check`.
schema-import-toml-check = Verificar: { $note }
schema-import-show-header = Cuestionario `{ $id }`, versión { $version }. Verifíquelo con `qnr schema check ARCHIVO`; utilícelo con `--schema ARCHIVO`.
schema-import-skeleton-intro = Esquema de cuestionario para qnr. Escriba cada texto tal como figura en el formulario impreso, carácter por carácter; añada una tabla [[issues]] por cada tema y una tabla [[issues.recommendations]] por cada una de sus recomendaciones.
schema-import-skeleton-use = Verifíquelo con `qnr schema check ARCHIVO`; utilícelo con `--schema ARCHIVO`. `qnr schema import FORMULARIO` obtiene un esquema a partir del propio formulario.
schema-import-key-id = Nombre breve del cuestionario, que figura en cada respuesta (sin espacios ni puntos).
schema-import-key-version = El ciclo de recopilación: `qnr validate` señala las respuestas correspondientes a otra versión.
schema-import-key-title = El título impreso en la parte superior del formulario.
schema-import-key-language = El idioma de los textos: "en" (por defecto), "fr", "es" o "ru".
schema-import-key-guidance = Las instrucciones impresas bajo el título, que indican lo que debe contener cada respuesta (opcional).
schema-import-table-headings = Cómo encabeza el formulario impreso un tema («Tema I: <título>») y una recomendación.
schema-import-key-issue-heading = Debe contener { $placeholder }, el número del tema.
schema-import-key-rec-heading = Debe contener { $placeholder }, el número de la recomendación.
schema-import-table-answer = La pregunta que se formula para cada recomendación y sus dos opciones tal como se imprimen.
schema-import-key-question = La pregunta tal como el formulario la imprime después de cada recomendación.
schema-import-key-choices = Las dos opciones, tal como el formulario las imprime.
schema-import-table-comments = Las observaciones que siguen a cada respuesta. Una regla es "required" (error si faltan), "expected" (advertencia si faltan) u "optional".
schema-import-key-comment-label = La etiqueta impresa antes de las observaciones.
schema-import-key-rules = La regla aplicable después de cada una de las dos respuestas.
schema-import-key-max-words = El número máximo de palabras de las observaciones (advertencia si se supera; opcional).
schema-import-table-respondent = Los campos del encabezado del formulario, por orden. `kind` es "text", "date" (AAAA-MM-DD), "email" o "yes-no"; `role` señala el campo que indica el Estado ("country") y el de la fecha de presentación ("date").
schema-import-key-field-id = La clave en los archivos de respuesta: sin espacios ni puntos, la misma en todos los idiomas.
schema-import-key-field-label = Lo que el formulario imprime antes del valor.
schema-import-key-kind = "text" (por defecto), "date", "email" o "yes-no".
schema-import-key-required = Si `qnr validate` exige un valor (false por defecto).
schema-import-key-role = "country": este campo indica el Estado; "date": la fecha de presentación. Un solo campo por función.
schema-import-table-issues = Cada tema, por orden: su número (I, II… o A, B…) y su título, y luego sus recomendaciones con su número (1, 2… o a, b…) y su texto, carácter por carácter. El identificador de una recomendación es <número del tema>.<número de la recomendación>: I.1.
schema-import-key-label = El número que figura en el título (Recomendación 1) y en el identificador (I.1).

## Lo que añade `schema check`
schema-import-check-valid = `{ $file }` es un esquema válido: cuestionario `{ $id }`, versión { $version }, { $issues ->
    [one] { $issues } tema
   *[other] { $issues } temas
}, { $recommendations ->
    [one] { $recommendations } recomendación
   *[other] { $recommendations } recomendaciones
}, { $fields ->
    [one] { $fields } campo del encabezado
   *[other] { $fields } campos del encabezado
}{ $warnings }
schema-import-check-warnings = { $count ->
    [one] { $count } advertencia
   *[other] { $count } advertencias
}
schema-import-no-country-role = ningún campo del encabezado tiene `role = "country"`: el informe no puede nombrar a los Estados que respondieron ni detectar la segunda respuesta de un Estado
schema-import-no-country-role-help = añada `role = "country"` al campo en el que la respuesta indica su Estado
schema-import-no-date-role = ningún campo del encabezado tiene `role = "date"`: `report --cutoff` no puede detectar las respuestas tardías y `fill` no propone ninguna fecha de presentación
schema-import-no-date-role-help = añada `role = "date"` al campo que contiene la fecha de presentación
schema-import-role-twice = dos campos del encabezado tienen `role = "{ $role }"`
schema-import-role-twice-help = asigne esta función a un solo campo
schema-import-role-kind = un campo con `role = "{ $role }"` debe ser de tipo `kind = "{ $kind }"`
schema-import-role-kind-help = escriba `kind = "{ $kind }"` o suprima `kind`
schema-import-key-name-field = la clave `{ $key }` del campo `{ $id }` del encabezado
schema-import-key-name-rec = la clave `label` de la recomendación `{ $id }`
schema-import-ambiguous = { $key }: los formularios en formato { $format } de este cuestionario no se vuelven a leer tal cual: { $why }
schema-import-ambiguous-choices-help = dé a las dos opciones etiquetas distintas entre sí, de la pregunta y de la etiqueta de observaciones
schema-import-ambiguous-label-help = escriba solo el número (`c`) y ponga los paréntesis u otros signos en `headings.recommendation` (`Recomendación ({ $placeholder })`)
schema-import-ambiguous-question-help = redacte la pregunta en texto simple, sin caracteres de control
schema-import-ambiguous-comments-help = redacte de forma distinta la etiqueta de observaciones y la pregunta
schema-import-ambiguous-field-help = dé al campo una etiqueta que no sea la pregunta ni el comienzo de la etiqueta de otro campo
schema-import-ambiguous-headings-help = haga que los títulos empiecen con palabras distintas, por ejemplo `Tema { $numeral }` y `Recomendación { $label }`
schema-import-form-past-limit = los formularios en formato { $format } de este cuestionario superan uno de los límites de lectura de qnr: { $why }
schema-import-form-past-limit-help = abrevie los textos o solicite que las respuestas se envíen en otro formato
schema-import-not-proved = no puede garantizarse que los formularios de este cuestionario se vuelvan a leer tal cual: un formulario cumplimentado ocupa { $size } KiB, más que el límite comprobado de { $limit } KiB
schema-import-not-proved-help = el formulario de un cuestionario suele ocupar algunas decenas de KiB; abrevie sus textos

## Por qué un formulario no se vuelve a leer tal cual
schema-import-proof-field = { $form ->
    [blank] en un formulario en blanco
   *[filled] en un formulario cumplimentado
}, «{ $label }» se lee como { $got } en lugar de { $wrote }
schema-import-proof-empty = vacío
schema-import-proof-no-answer = en un formulario cumplimentado no se lee ninguna respuesta: la pregunta no se encuentra después de las recomendaciones
schema-import-proof-not-found = { $form ->
    [blank] en un formulario en blanco
   *[filled] en un formulario cumplimentado
}, no se encuentra { $item }
schema-import-proof-reads-as = { $form ->
    [blank] en un formulario en blanco
   *[filled] en un formulario cumplimentado
}, la respuesta leída para { $item } es { $choice }
schema-import-proof-unanswered = sin respuesta
schema-import-proof-comments = { $form ->
    [blank] en un formulario en blanco
   *[filled] en un formulario cumplimentado
}, las observaciones sobre { $item } no se leen tal como se escribieron
schema-import-proof-unknown = { $form ->
    [blank] en un formulario en blanco
   *[filled] en un formulario cumplimentado
}, se lee una recomendación `{ $id }` que el cuestionario no contiene
schema-import-proof-unreadable = { $form ->
    [blank] un formulario en blanco
   *[filled] un formulario cumplimentado
} no puede leerse en absoluto: { $reason }
schema-import-proof-no-reply = no contiene ninguna respuesta
