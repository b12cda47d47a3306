# Decoding a file's bytes as text (src/text/decode.rs).

text-not-utf8 = el archivo no es texto UTF-8
text-not-utf8-at = el archivo no es texto UTF-8: no se puede descodificar el byte { $byte } (línea { $line }, columna { $column })
text-utf16-broken = el archivo es texto UTF-16 con un carácter dañado (línea { $line }, columna { $column })
text-utf16-cut = el archivo es texto UTF-16 interrumpido en medio de un carácter
