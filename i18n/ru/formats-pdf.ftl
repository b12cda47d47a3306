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
