# Сообщения qnr о документах, которые он не читает или не может прочитать
# (src/formats/messages.rs). $kind — формат изображения (PNG, JPEG, TIFF…)
# или тип файла OpenDocument; $page — раздел документации.

## Форматы, которые qnr не читает
formats-pdf-doc = это документ Word 97–2003 (.doc) или документ Office, защищённый паролем; qnr читает файлы .docx, .odt и PDF
formats-pdf-doc-help = преобразуйте его командой `soffice --headless --convert-to docx FILE` (LibreOffice) или откройте в Word и сохраните как «Документ Word (.docx)»; документ, защищённый паролем, необходимо сохранить без пароля
formats-pdf-rtf = это документ RTF; qnr читает файлы .docx, .odt и PDF
formats-pdf-rtf-help = преобразуйте его командой `soffice --headless --convert-to docx FILE` (LibreOffice) или откройте в Word и сохраните как «Документ Word (.docx)»
formats-pdf-pages = это документ Apple Pages; qnr читает файлы .docx, .odt и PDF
formats-pdf-pages-help = в Pages команда «Файл > Экспортировать в > Word…» сохраняет его в формате .docx; можно также запросить файл Word у правительства
formats-pdf-image = это изображение { $kind } (скан или фотография формы): в нём нет текста, который можно прочитать
formats-pdf-image-help = запросите файл Word у правительства или выполните оптическое распознавание текста (например, с помощью `ocrmypdf`) и прочитайте полученный PDF, проверив каждый ответ

## PDF
formats-pdf-encrypted = этот PDF зашифрован: для его открытия требуется пароль
formats-pdf-encrypted-help = запросите у правительства файл Word или PDF, сохранённый без пароля
formats-pdf-no-text = в этом PDF нет текстового слоя: { $pages ->
    [1] его единственная страница не содержит
    [one] его { $pages } страница не содержит
    [few] его { $pages } страницы не содержат
    [many] его { $pages } страниц не содержат
   *[other] его { $pages } страницы не содержат
} текста, который можно прочитать (по-видимому, это отсканированный документ)
formats-pdf-no-text-help = запросите файл Word у правительства или выполните оптическое распознавание текста в PDF (например, `ocrmypdf in.pdf out.pdf`) и прочитайте полученный файл, проверив каждый ответ
formats-pdf-damaged = PDF повреждён: не удаётся найти его страницы (возможно, файл был загружен или получен во вложении не полностью)
formats-pdf-no-pages = в PDF нет ни одной страницы
formats-pdf-ask-again-help = запросите файл ещё раз или запросите файл Word
formats-pdf-too-many-streams = PDF содержит более { $limit } потоков: такой файл не может быть ответом
formats-pdf-bomb = после распаковки сжатые потоки PDF занимают более { $megabytes } МБ: такой файл не может быть ответом (возможно, это декомпрессионная бомба)
formats-pdf-too-many-pixels = размер изображения в PDF превышает { $limit } пикселей: такой файл не может быть ответом
formats-pdf-fake-image = поток PDF сжат как изображение, но изображением не является: такой файл не может быть ответом
formats-pdf-drawn-too-much = страницы PDF выводят более { $megabytes } МБ содержимого или { $draws } элементов (одни и те же элементы выводятся многократно): такой файл не может быть ответом
formats-pdf-too-deep = элементы содержимого PDF вложены друг в друга на { $limit } или более уровней: такой файл не может быть ответом
formats-pdf-too-many-pages = PDF содержит { $pages } { $pages ->
    [one] страницу
    [few] страницы
    [many] страниц
   *[other] страницы
}, тогда как qnr читает не более { $limit }: такой файл не может быть ответом
formats-pdf-too-big-help = запросите файл Word; см. { $page }
formats-pdf-not-written = qnr читает PDF, но не создаёт их; сохраните ответ в формате .docx или .odt и напечатайте этот файл в PDF (`soffice --headless --convert-to pdf FILE`)

## OpenDocument
formats-pdf-odt-not-zip = это не файл OpenDocument: файл .odt представляет собой zip-архив, а этот файл им не является
formats-pdf-odt-not-zip-help = убедитесь, что это ответ, сохранённый в LibreOffice (.odt); форма, сохранённая как текст, читается с параметром `--from txt`
formats-pdf-odt-not-text = этот файл OpenDocument — { $kind ->
    [spreadsheet] электронная таблица
    [presentation] презентация
    [graphics] рисунок
    [chart] диаграмма
    [formula] формула
   *[unknown] документ другого типа
}, а не текстовый документ
formats-pdf-odt-not-text-help = сохраните ответ как текстовый документ (.odt или .docx)
formats-pdf-odt-no-content = это не текстовый документ OpenDocument: в zip-архиве нет `content.xml`
formats-pdf-odt-bad-xml = `content.xml` не является корректным XML (байт { $at }): { $reason }
formats-pdf-odt-doctype = в `content.xml` объявлен DOCTYPE, чего LibreOffice никогда не делает: определения сущностей не допускаются
formats-pdf-odt-entity = в `content.xml` используется неопределённая сущность `&{ $name };`
formats-pdf-odt-resave-help = откройте его в LibreOffice и сохраните заново в формате «Текстовый документ ODF (.odt)»
formats-pdf-odt-too-deep = в `content.xml` элементы вложены более чем на { $limit } уровней: такой файл не может быть ответом
formats-pdf-odt-too-many-paragraphs = в `content.xml` более { $limit } абзацев: такой файл не может быть ответом
formats-pdf-odt-too-big-help = см. { $page }

## qnr schema import
formats-pdf-import = qnr читает PDF только как ответ на уже известный ему вопросник, а не как форму, на основе которой создаётся схема
formats-pdf-import-help = импортируйте вопросник из файла Word или OpenDocument, из которого был получен PDF (.docx или .odt), или из формы, сохранённой как текст

## qnr new -o form.odt
formats-pdf-new-wrote-odt = пустая форма вопросника { $questionnaire } записана в `{ $file }`; далее заполните ее в LibreOffice (отметьте нужные поля), затем `qnr validate { $file }`

## Документы Word, а также zip-архив документа Word или OpenDocument
## (src/formats/docx/). $doc — `word` (документ Word) или `odt` (текстовый
## документ OpenDocument); $part — часть архива (`word/document.xml`);
## $reason — сообщение модуля чтения zip или XML.
formats-pdf-zip-too-many-entries = число элементов архива ({ $entries }) превышает предельное число элементов { $doc ->
    [word] документа Word
   *[odt] текстового документа OpenDocument
} ({ $limit })
formats-pdf-zip-too-big = размер архива после распаковки ({ $bytes } Б) превышает предельный размер ({ $limit } Б): такой файл не может быть ответом (возможно, это декомпрессионная бомба)
formats-pdf-zip-encrypted = `{ $part }` зашифрован
formats-pdf-zip-encrypted-help = сохраните документ без пароля и повторите попытку
formats-pdf-zip-part-too-big = размер `{ $part }` после распаковки превышает { $limit } Б: такой файл не может быть ответом (возможно, это декомпрессионная бомба)
formats-pdf-zip-ratio = степень сжатия `{ $part }` превышает { $ratio }:1, чего у { $doc ->
    [word] документа Word
   *[odt] текстового документа OpenDocument
} не бывает: файл отклонён как декомпрессионная бомба
formats-pdf-zip-unpack = не удаётся распаковать `{ $part }`: { $reason }
formats-pdf-zip-unpack-help = файл повреждён; откройте его в { $doc ->
    [word] Word
   *[odt] LibreOffice
} и сохраните заново
formats-pdf-zip-not-utf8 = `{ $part }` не в кодировке UTF-8 (недопустимый байт в позиции { $offset })
formats-pdf-zip-resave-help = откройте документ в { $doc ->
    [word] Word и сохраните его заново в формате «Документ Word (.docx)»
   *[odt] LibreOffice и сохраните его заново в формате «Текстовый документ ODF (.odt)»
}
formats-pdf-zip-damaged = документ повреждён: { $reason }
formats-pdf-zip-damaged-help = возможно, файл загружен или получен во вложении не полностью; запросите его повторно или откройте в { $doc ->
    [word] Word
   *[odt] LibreOffice
} и сохраните заново
formats-pdf-docx-empty = файл пуст
formats-pdf-docx-empty-help = команда `qnr new -o form.docx` создаёт незаполненную форму
formats-pdf-docx-not-zip = это не документ Word: файл .docx представляет собой zip-архив, а этот файл им не является
formats-pdf-docx-not-zip-help = убедитесь, что это ответ, сохранённый в Word (.docx); форма, сохранённая как текст, читается с параметром `--from txt`
formats-pdf-docx-other = это не документ Word: { $found ->
    [odt] это файл OpenDocument (.odt)
    [excel] это книга Excel
    [powerpoint] это презентация PowerPoint
   *[zip] это zip-архив, в котором нет `word/document.xml`
}
formats-pdf-docx-other-help = сохраните ответ в формате «Документ Word (.docx)» и повторите попытку
formats-pdf-docx-bad-xml = `word/document.xml` не является корректным XML (байт { $at }): { $reason }
formats-pdf-docx-bad-xml-help = документ повреждён; откройте его в Word и сохраните заново
formats-pdf-docx-doctype = в `word/document.xml` объявлен DOCTYPE, чего Word никогда не делает: определения сущностей не допускаются
formats-pdf-docx-entity = в `word/document.xml` используется неопределённая сущность `&{ $name };`
formats-pdf-docx-not-word-help = этот файл сохранён не в Word; откройте ответ в Word и сохраните его заново
formats-pdf-docx-too-deep = в `word/document.xml` элементы вложены более чем на { $limit } уровней
formats-pdf-docx-too-many-paragraphs = в `word/document.xml` более { $limit } абзацев: такой файл не может быть ответом
