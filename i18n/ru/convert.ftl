# `qnr convert`, and where any command writes a reply (src/commands/).

convert-stdin-format = не удается определить формат стандартного ввода; добавьте `--from { $formats }`
convert-output-format = не удается определить формат записи по имени `{ $file }`; дайте файлу одно из расширений { $extensions } или добавьте `--to FORMAT`
convert-binary-on-terminal = документ Word является двоичным файлом и не выводится в терминал; запишите его в файл с помощью `-o reply.docx` (или перенаправьте вывод)
convert-done = `{ $input }` ({ $from }) преобразован в `{ $output }` ({ $to }): дан ответ по { $answered } из { $total } { $total ->
    [one] рекомендации
    [few] рекомендаций
    [many] рекомендаций
   *[other] рекомендации
}
convert-unmarked = { $count ->
    [one] { $count } ответ не отмечен
    [few] { $count } ответа не отмечены
    [many] { $count } ответов не отмечены
   *[other] { $count } ответа не отмечены
} в форме; далее: `qnr fill --only-missing { $output }` задаст только эти вопросы
