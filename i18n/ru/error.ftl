# Failures that stop a command (src/error.rs).

error-not-found = `{ $path }` не существует
error-read = не удается прочитать `{ $path }`: { $reason }
error-write = не удается записать `{ $path }`: { $reason }
error-exists = `{ $path }` уже существует; чтобы заменить его, добавьте --force
error-too-large-reply = размер `{ $path }` ({ $size } Б) превышает предельный размер ответа ({ $limit } Б)
error-too-large-schema = размер `{ $path }` ({ $size } Б) превышает предельный размер схемы ({ $limit } Б)
error-unknown-format = не удается определить формат `{ $path }` по имени файла; дайте ему одно из расширений { $extensions }
error-unknown-format-from = не удается определить формат `{ $path }` по имени файла; дайте ему одно из расширений { $extensions } или добавьте `--from FORMAT`
error-needs-from = для чтения стандартного ввода нужен параметр `--from { $formats }`
error-no-reply-files = в `{ $path }` нет файлов ответов (искались расширения { $extensions }, скрытые файлы пропущены)
error-no-match = ни один файл ответа не соответствует шаблону `{ $pattern }` (искались расширения { $extensions }, скрытые файлы пропущены)
error-bad-schema = схема `{ $path }` содержит ошибки

error-refused-convert-unparsed = `{ $path }` невозможно преобразовать: файл не удалось прочитать; исправьте указанную выше ошибку
error-refused-convert-lossy = `{ $path }` невозможно преобразовать: часть содержимого была бы утрачена; сначала исправьте указанные выше ошибки
error-refused-compare-unparsed = `{ $path }` невозможно сравнить: файл не удалось прочитать; исправьте указанную выше ошибку
error-refused-compare-lossy = `{ $path }` невозможно сравнить: часть содержимого не удалось прочитать; сначала исправьте указанные выше ошибки
error-refused-fill-unparsed = `{ $path }` невозможно заполнить: файл не удалось прочитать, а при сохранении он был бы заменен; исправьте указанную выше ошибку или укажите новый файл
error-refused-fill-lossy = `{ $path }` невозможно заполнить: при сохранении было бы утрачено то, что qnr не смог в нем прочитать; сначала исправьте указанные выше ошибки
error-refused-carry-forward = `{ $path }` невозможно использовать: файл не удалось прочитать как ответ предыдущего цикла; исправьте указанную выше ошибку

error-other-questionnaire-convert = `{ $path }` является ответом на вопросник `{ $found }`, а не `{ $expected }`; чтобы преобразовать его, укажите в `--schema` схему этого вопросника
error-other-questionnaire-compare = `{ $path }` является ответом на вопросник `{ $found }`, а не `{ $expected }`; чтобы сравнить его, укажите в `--schema` схему этого вопросника
error-other-questionnaire-fill = `{ $path }` является ответом на вопросник `{ $found }`, а не `{ $expected }`; чтобы заполнить его, укажите в `--schema` схему этого вопросника
error-other-questionnaire-carry-forward = `{ $path }` является ответом на вопросник `{ $found }`, а не `{ $expected }`, поэтому ответы из него взять нельзя
error-other-version = `{ $path }` является ответом на версию { $found } вопросника `{ $questionnaire }`, а схема относится к версии { $expected }; чтобы заполнить его, укажите в `--schema` схему этого цикла

error-not-writable-as = `{ $path }` невозможно записать в формате { $format } без изменений: { $part } не будет прочитано в прежнем виде; вместо этого преобразуйте его в json, toml или yaml

error-no-terminal-stdin =
    `qnr fill` задает вопросы в терминале, а стандартный ввод не является терминалом.
    {"  "}Без терминала создайте пустой ответ командой `qnr new -o reply.json`, заполните его в любом редакторе и проверьте командой `qnr validate reply.json`;
    {"  "}`qnr convert` преобразует ответ из TOML или YAML в JSON и обратно.
error-no-terminal-stderr =
    `qnr fill` задает вопросы в терминале, а стандартный поток ошибок не является терминалом.
    {"  "}Без терминала создайте пустой ответ командой `qnr new -o reply.json`, заполните его в любом редакторе и проверьте командой `qnr validate reply.json`;
    {"  "}`qnr convert` преобразует ответ из TOML или YAML в JSON и обратно.
error-terminal-lost = не удалось использовать терминал: { $reason }; все подтвержденные ответы сохранены в `{ $file }`
error-not-saved =
    { $cause }
    {"  "}В `{ $path }` по-прежнему содержатся все ранее сохраненные ответы (заполнено { $answered } из { $total }).
    { $unsaved }{"  "}Освободите место на диске или разрешите запись в папку, после чего `qnr fill { $path }` продолжит работу с того же места.

error-io-not-found = нет такого файла или папки
error-io-permission-denied = доступ запрещен
error-io-is-a-folder = это папка, а не файл
error-io-disk-full = диск заполнен
error-io-read-only = файловая система доступна только для чтения
error-bad-pattern = `{ $pattern }` не является допустимым шаблоном: { $reason }
