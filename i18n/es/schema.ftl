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

# `qnr schema check`: what is wrong in a schema file (src/schema/build.rs).
schema-what-field-id = el `id` de un campo del encabezado
schema-what-field-label = el `label` de un campo del encabezado
schema-what-issue-numeral = el `numeral` de una cuestión
schema-what-issue-title = el `title` de una cuestión
schema-what-rec-label = el `label` de una recomendación
schema-what-rec-text = el `text` de una recomendación
schema-check-empty = { $what } está vacío
schema-check-empty-help = escriba el texto tal como figura en el formulario impreso
schema-check-one-language = { $what } figura en un solo idioma, pero el esquema está redactado en { $languages }
schema-check-one-language-help = indíquelo en cada idioma, en una línea por idioma, como `title`: `text.en = "…"`, `text.fr = "…"`
schema-check-not-its-language = { $what } figura en `{ $code }`, que no es uno de los idiomas del esquema ({ $languages })
schema-check-not-its-language-help = los idiomas del esquema son los de `title`: añada también allí ese idioma o suprima esta línea
schema-check-no-translation = { $what } no figura en `{ $lang }`
schema-check-no-translation-help = cada texto debe figurar en todos los idiomas del esquema ({ $languages }): añada su línea `{ $lang }`
schema-check-bad-id = { $what } `{ $text }` no puede formar parte de un identificador
schema-check-bad-id-help = utilice como máximo { $max } caracteres, sin espacios, puntos ni comillas; por ejemplo, `II`, `4` o `a`
schema-check-duplicate-field = dos campos del encabezado tienen el mismo identificador, `{ $id }`
schema-check-duplicate-numeral = dos cuestiones tienen el mismo número, `{ $id }`
schema-check-duplicate-label = dos recomendaciones de esta cuestión tienen el mismo número, `{ $id }`
schema-check-duplicate-help = cada identificador debe ser único: cambie uno de ellos
schema-check-template = `{ $key }` debe contener `{ $placeholder }` y ninguna otra variable
schema-check-template-help = por ejemplo, `{ $example }`
schema-check-max-words = `comments.max_words` debe ser un número positivo
schema-check-max-words-help = indique el límite en número de palabras, por ejemplo, `max_words = 200`, o suprima la clave
schema-check-choices-alike = las dos opciones tienen la misma etiqueta
schema-check-choices-alike-help = dé a `answer.yes` y a `answer.no` etiquetas distintas
schema-check-no-issues = el cuestionario no contiene ninguna cuestión
schema-check-no-issues-help = añada al menos una tabla `[[issues]]` con sus recomendaciones
schema-check-no-recommendations = la cuestión `{ $numeral }` no contiene ninguna recomendación
schema-check-no-recommendations-help = añada tablas `[[issues.recommendations]]` con un `label` y un `text`
schema-check-unknown-language = idioma desconocido `{ $code }`; idiomas posibles: { $languages }
schema-check-unknown-language-help = qnr funciona en inglés (`en`), francés (`fr`), español (`es`) y ruso (`ru`)
schema-check-language-not-in-title = el idioma del esquema (`language`) es `{ $lang }`, pero `title` no figura en ese idioma
schema-check-language-not-in-title-help = añada `title.{ $lang } = "…"` o indique uno de los idiomas de `title`
schema-check-unknown-key = clave desconocida `{ $key }`; claves posibles: { $list }
schema-check-unknown-key-help = suprima la clave o corrija su ortografía
schema-check-unknown-value = valor desconocido `{ $value }`; valores posibles: { $list }
schema-check-unknown-value-help = utilice uno de los valores indicados
schema-check-missing-key = falta la clave `{ $key }`
schema-check-missing-key-help = añada la clave; `qnr schema show` muestra el esquema por defecto, del que puede copiarse
schema-check-toml-help = corrija la sintaxis TOML en este lugar
schema-json-help = un esquema JSON tiene las mismas claves que el esquema TOML, tal como las escribe `qnr schema show --format json`
