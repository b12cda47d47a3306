# Decoding a file's bytes as text (src/text/decode.rs). $byte: `0xff`.

text-not-utf8 = the file is not UTF-8 text
text-not-utf8-at = the file is not UTF-8 text: byte { $byte } at line { $line }, column { $column } cannot be decoded
text-utf16-broken = the file is UTF-16 text with a broken character at line { $line }, column { $column }
text-utf16-cut = the file is UTF-16 text cut off in the middle of a character
