# `qnr convert`, and where any command writes a reply (src/commands/).

convert-stdin-format = cannot tell the format of standard input; add `--from { $formats }`
convert-output-format = cannot tell which format to write from the name `{ $file }`; name it { $extensions } or add `--to FORMAT`
convert-binary-on-terminal = a Word document is binary and is not printed on the terminal; write it to a file with `-o reply.docx` (or redirect the output)
convert-done = converted `{ $input }` ({ $from }) to `{ $output }` ({ $to }): { $answered } of { $total } recommendations answered
convert-unmarked = { $count ->
    [one] { $count } answer is not marked on the form
   *[other] { $count } answers are not marked on the form
}; next: `qnr fill --only-missing { $output }` asks only those
