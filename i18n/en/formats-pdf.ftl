# What qnr says of a document it does not read, or cannot read: the formats
# it does not read (.doc, .rtf, .pages, images), a PDF without a text layer
# or behind a password, a damaged or oversized PDF or OpenDocument file
# (src/formats/messages.rs). $kind is an image format (PNG, JPEG, TIFF…) or
# the kind an OpenDocument file names (spreadsheet, presentation…); $page a
# page of the documentation.

## Formats qnr does not read
formats-pdf-doc = this is a Word 97-2003 document (.doc), or an Office document saved with a password; qnr reads .docx, .odt and PDF
formats-pdf-doc-help = convert it with `soffice --headless --convert-to docx FILE` (LibreOffice), or open it in Word and save it as "Word Document (.docx)"; a document protected by a password must be saved without one
formats-pdf-rtf = this is an RTF document; qnr reads .docx, .odt and PDF
formats-pdf-rtf-help = convert it with `soffice --headless --convert-to docx FILE` (LibreOffice), or open it in Word and save it as "Word Document (.docx)"
formats-pdf-pages = this is an Apple Pages document; qnr reads .docx, .odt and PDF
formats-pdf-pages-help = in Pages, File > Export To > Word… saves it as .docx; or ask the Government for the Word file
formats-pdf-image = this is a { $kind } image (a scan or a photograph of the form): it holds no text to read
formats-pdf-image-help = ask the Government for the Word file; or run OCR on it (e.g. `ocrmypdf`) and read the PDF it makes, checking every answer

## PDF
formats-pdf-encrypted = this PDF is encrypted: it needs a password to open
formats-pdf-encrypted-help = ask the Government for the Word file, or for the PDF saved without a password
formats-pdf-no-text = this PDF has no text layer: { $pages ->
    [one] its page holds
   *[other] its { $pages } pages hold
} no text to read (a scan?)
formats-pdf-no-text-help = ask the Government for the Word file; or run OCR on it (e.g. `ocrmypdf in.pdf out.pdf`) and read that, checking every answer
formats-pdf-damaged = the PDF is damaged: its pages cannot be found (a truncated download or e-mail attachment?)
formats-pdf-no-pages = the PDF has no pages
formats-pdf-ask-again-help = ask for the file again, or for the Word file
formats-pdf-too-many-streams = the PDF has more than { $limit } streams: it is not a reply
formats-pdf-bomb = the PDF's compressed streams unpack to more than { $megabytes } MB: it is not a reply (a compression bomb?)
formats-pdf-too-many-pixels = an image in the PDF declares more than { $limit } pixels: it is not a reply
formats-pdf-fake-image = a stream of the PDF is compressed as an image but is none: it is not a reply
formats-pdf-drawn-too-much = the PDF's pages draw more than { $megabytes } MB of content or { $draws } pieces (the same pieces drawn over and over): it is not a reply
formats-pdf-too-deep = the PDF's pieces of content draw each other { $limit } or more levels deep: it is not a reply
formats-pdf-too-many-pages = the PDF has { $pages } pages, more than the { $limit } qnr reads: it is not a reply
formats-pdf-too-big-help = ask for the Word file; see { $page }
formats-pdf-not-written = qnr reads PDF but does not write it; write a .docx or .odt file and print that to PDF (`soffice --headless --convert-to pdf FILE`)

## OpenDocument
formats-pdf-odt-not-zip = not an OpenDocument file: an .odt is a zip archive and this file is not one
formats-pdf-odt-not-zip-help = check that this is the reply as saved by LibreOffice (.odt); a form saved as text is read with `--from txt`
formats-pdf-odt-not-text = this OpenDocument file is { $kind ->
    [spreadsheet] a spreadsheet
    [presentation] a presentation
    [graphics] a drawing
    [chart] a chart
    [formula] a formula
   *[unknown] another kind of document
}, not a text document
formats-pdf-odt-not-text-help = save the reply as a text document (.odt or .docx)
formats-pdf-odt-no-content = not an OpenDocument text: the zip archive has no `content.xml`
formats-pdf-odt-bad-xml = `content.xml` is not well-formed XML (at byte { $at }): { $reason }
formats-pdf-odt-doctype = `content.xml` declares a DOCTYPE, which LibreOffice never writes: entity definitions are refused
formats-pdf-odt-entity = `content.xml` uses the undefined entity `&{ $name };`
formats-pdf-odt-resave-help = open it in LibreOffice and save it again as "ODF Text Document (.odt)"
formats-pdf-odt-too-deep = `content.xml` nests elements more than { $limit } deep: it is not a reply
formats-pdf-odt-too-many-paragraphs = `content.xml` has more than { $limit } paragraphs: it is not a reply
formats-pdf-odt-too-big-help = see { $page }

## qnr schema import
formats-pdf-import = qnr reads a PDF only as the reply to a questionnaire it has, not as the form a schema is made from
formats-pdf-import-help = import the questionnaire from the Word or OpenDocument file the PDF was printed from (.docx or .odt), or from the form saved as text

## qnr new -o form.odt
formats-pdf-new-wrote-odt = wrote an empty { $questionnaire } form to `{ $file }`; next: fill it in LibreOffice (tick the boxes), then `qnr validate { $file }`

## Word documents, and the zip archive of a Word or OpenDocument file
## (src/formats/docx/). $doc is `word` for a Word document and `odt` for an
## OpenDocument text; $part a part of the archive (`word/document.xml`);
## $reason the zip or XML reader's own words.
formats-pdf-zip-too-many-entries = the archive has { $entries } entries, more than the { $limit } { $doc ->
    [word] a Word document
   *[odt] an OpenDocument text
} may have
formats-pdf-zip-too-big = the archive unpacks to { $bytes } bytes, more than the { $limit }-byte limit: it is not a reply (a zip bomb?)
formats-pdf-zip-encrypted = `{ $part }` is encrypted
formats-pdf-zip-encrypted-help = save the document without a password, then try again
formats-pdf-zip-part-too-big = `{ $part }` unpacks to more than { $limit } bytes: it is not a reply (a zip bomb?)
formats-pdf-zip-ratio = `{ $part }` is compressed more than { $ratio }:1, which { $doc ->
    [word] a Word document
   *[odt] an OpenDocument text
} never is: refused as a zip bomb
formats-pdf-zip-unpack = `{ $part }` cannot be unpacked: { $reason }
formats-pdf-zip-unpack-help = the file is damaged; open it in { $doc ->
    [word] Word
   *[odt] LibreOffice
} and save it again
formats-pdf-zip-not-utf8 = `{ $part }` is not UTF-8 (invalid byte at offset { $offset })
formats-pdf-zip-resave-help = open the document in { $doc ->
    [word] Word and save it again as "Word Document (.docx)"
   *[odt] LibreOffice and save it again as "ODF Text Document (.odt)"
}
formats-pdf-zip-damaged = the document is damaged: { $reason }
formats-pdf-zip-damaged-help = the file may be truncated (an interrupted download or e-mail attachment); ask for it again or open it in { $doc ->
    [word] Word
   *[odt] LibreOffice
} and save it again
formats-pdf-docx-empty = the file is empty
formats-pdf-docx-empty-help = `qnr new -o form.docx` writes an empty form to fill in
formats-pdf-docx-not-zip = not a Word document: a .docx is a zip archive and this file is not one
formats-pdf-docx-not-zip-help = check that this is the reply as saved by Word (.docx); a form saved as text is read with `--from txt`
formats-pdf-docx-other = not a Word document: { $found ->
    [odt] it is an OpenDocument file (.odt)
    [excel] it is an Excel workbook
    [powerpoint] it is a PowerPoint presentation
   *[zip] it is a zip archive without `word/document.xml`
}
formats-pdf-docx-other-help = save the reply as "Word Document (.docx)" and try again
formats-pdf-docx-bad-xml = `word/document.xml` is not well-formed XML (at byte { $at }): { $reason }
formats-pdf-docx-bad-xml-help = the document is damaged; open it in Word and save it again
formats-pdf-docx-doctype = `word/document.xml` declares a DOCTYPE, which Word never writes: entity definitions are refused
formats-pdf-docx-entity = `word/document.xml` uses the undefined entity `&{ $name };`
formats-pdf-docx-not-word-help = this file was not saved by Word; open the reply in Word and save it again
formats-pdf-docx-too-deep = `word/document.xml` nests elements more than { $limit } deep
formats-pdf-docx-too-many-paragraphs = `word/document.xml` has more than { $limit } paragraphs: it is not a reply
