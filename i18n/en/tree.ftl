# Reading a file into a tree: the JSON and YAML parsers (src/tree/). A
# parser says what it expected where it stopped: $expected is one of the
# `tree-json-…` phrases below, $found a character (`x`, or tree-character).

tree-empty = the file is empty
tree-ends-early = the file ends too early
tree-ends-early-expected = the file ends too early: expected { $expected }
tree-expected-found = expected { $expected }, found { $found }
# $code: `U+0009`.
tree-character = the character { $code }
tree-too-many-values = the file holds more than { $max } values; a reply needs about a hundred
tree-too-deep = values are nested more than { $max } levels deep; a reply needs three
tree-json-after-end = unexpected text after the end of the JSON value
tree-json-value = a value (an object, text in double quotes, a number, true, false or null)
tree-json-key-no-comma = a key in double quotes (JSON allows no comma before `{"}"}`)
tree-json-key = a key in double quotes
tree-json-colon = `:` after the key
tree-json-after-object-value = `,` or `{"}"}` after a value in an object
tree-json-value-no-comma = a value (JSON allows no comma before `]`)
tree-json-after-list-value = `,` or `]` after a value in a list
tree-json-bareword = `{ $word }` is not a JSON value: text must be in double quotes
tree-json-digit = a digit
tree-json-digit-fraction = a digit after the decimal point
tree-json-digit-exponent = a digit in the exponent
tree-json-unclosed = this text is never closed: a `"` is missing
tree-json-line-break = a line break inside text: write it as `\n`, or close the text with `"`
# $byte: `0x07`; $escape: `\u0007`.
tree-json-control = a control character ({ $byte }) inside text: write it as `{ $escape }`
tree-json-unknown-escape = unknown escape: after `\` JSON allows only " \ / b f n r t u
tree-json-hex = `\u` must be followed by four hexadecimal digits
tree-json-surrogate = a `\u` escape names half of a character (an unpaired surrogate)
tree-yaml-documents = the file holds more than one YAML document; a reply is one document
tree-yaml-unexpected = unexpected YAML content
tree-yaml-key = a key must be plain text, not a list, an object or an alias
tree-yaml-alias = an alias to an unknown anchor
