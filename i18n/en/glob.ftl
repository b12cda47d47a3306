# Why a file pattern (`replies/**/*.json`) is not one (src/io/glob.rs).
glob-unclosed-class = a `[` has no `]` to close it
glob-unclosed-alternatives = a `{"{"}` has no `{"}"}` to close it
glob-nested-alternatives = a `{"{"}` inside another `{"{"}…{"}"}`; write the alternatives side by side
glob-unopened-alternatives = a `{"}"}` has no `{"{"}` before it
glob-bad-range = the range `{ $from }-{ $to }` runs backwards; write `{ $to }-{ $from }`
glob-dangling-escape = the pattern ends with `\`, which escapes nothing
glob-too-many-alternatives = its `{"{"}…{"}"}` make more than { $limit } patterns
