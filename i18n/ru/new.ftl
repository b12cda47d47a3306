# `qnr new` (src/commands/new.rs).

new-wrote = пустой ответ на вопросник { $questionnaire } записан в `{ $file }`; далее выполните `qnr fill { $file }` или отредактируйте файл, затем `qnr validate { $file }`
new-wrote-form = пустая форма вопросника { $questionnaire } записана в `{ $file }`; далее заполните ее (отметьте нужные поля), затем `qnr validate { $file }`
new-wrote-word = пустая форма вопросника { $questionnaire } записана в `{ $file }`; далее заполните ее в Word (отметьте нужные поля), затем `qnr validate { $file }`
