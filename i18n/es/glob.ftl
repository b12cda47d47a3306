# Why a file pattern (`replies/**/*.json`) is not one (src/io/glob.rs).
glob-unclosed-class = falta el `]` que cierra un `[`
glob-unclosed-alternatives = falta la `{"}"}` que cierra una `{"{"}`
glob-nested-alternatives = hay una `{"{"}` dentro de otra `{"{"}…{"}"}`; escriba las alternativas una junto a otra
glob-unopened-alternatives = hay una `{"}"}` sin `{"{"}` que la abra
glob-bad-range = el intervalo `{ $from }-{ $to }` está invertido; escriba `{ $to }-{ $from }`
glob-dangling-escape = el patrón termina en `\`, que no escapa ningún carácter
glob-too-many-alternatives = sus `{"{"}…{"}"}` generan más de { $limit } patrones
