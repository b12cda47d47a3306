# Decoding a file's bytes as text (src/text/decode.rs).

text-not-utf8 = файл не является текстом в кодировке UTF-8
text-not-utf8-at = файл не является текстом в кодировке UTF-8: не удается декодировать байт { $byte } (строка { $line }, столбец { $column })
text-utf16-broken = файл представляет собой текст UTF-16 с поврежденным символом (строка { $line }, столбец { $column })
text-utf16-cut = файл представляет собой текст UTF-16, обрывающийся посреди символа
