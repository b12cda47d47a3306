# Why a file pattern (`replies/**/*.json`) is not one (src/io/glob.rs).
glob-unclosed-class = для `[` нет закрывающей `]`
glob-unclosed-alternatives = для `{"{"}` нет закрывающей `{"}"}`
glob-nested-alternatives = `{"{"}` стоит внутри другой `{"{"}…{"}"}`; перечислите варианты рядом
glob-unopened-alternatives = перед `{"}"}` нет открывающей `{"{"}`
glob-bad-range = диапазон `{ $from }-{ $to }` задан в обратном порядке; напишите `{ $to }-{ $from }`
glob-dangling-escape = шаблон оканчивается на `\`, который ничего не экранирует
glob-too-many-alternatives = его `{"{"}…{"}"}` дают больше { $limit } шаблонов
