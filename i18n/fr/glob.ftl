# Why a file pattern (`replies/**/*.json`) is not one (src/io/glob.rs).
glob-unclosed-class = un `[` n'est pas refermé par un `]`
glob-unclosed-alternatives = une `{"{"}` n'est pas refermée par une `{"}"}`
glob-nested-alternatives = une `{"{"}` figure à l'intérieur d'une autre `{"{"}…{"}"}` ; écrivez les variantes côte à côte
glob-unopened-alternatives = une `{"}"}` n'est précédée d'aucune `{"{"}`
glob-bad-range = l'intervalle `{ $from }-{ $to }` est inversé ; écrivez `{ $to }-{ $from }`
glob-dangling-escape = le motif se termine par `\`, qui n'échappe aucun caractère
glob-too-many-alternatives = ses `{"{"}…{"}"}` produisent plus de { $limit } motifs
