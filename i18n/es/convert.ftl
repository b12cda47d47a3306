# `qnr convert`, and where any command writes a reply (src/commands/).

convert-stdin-format = no se puede determinar el formato de la entrada estándar; añada `--from { $formats }`
convert-output-format = no se puede determinar en qué formato escribir a partir del nombre `{ $file }`; dele una de las extensiones { $extensions } o añada `--to FORMAT`
convert-binary-on-terminal = un documento de Word es un archivo binario y no se muestra en el terminal; guárdelo en un archivo con `-o reply.docx` (o redirija la salida)
convert-done = `{ $input }` ({ $from }) convertido a `{ $output }` ({ $to }): { $answered } de { $total } recomendaciones respondidas
convert-unmarked = { $count ->
    [one] { $count } respuesta no está marcada en el formulario
   *[other] { $count } respuestas no están marcadas en el formulario
}; paso siguiente: `qnr fill --only-missing { $output }` pregunta solo esas
