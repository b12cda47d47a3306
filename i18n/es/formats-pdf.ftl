# Lo que qnr dice de un documento que no lee o no puede leer
# (src/formats/messages.rs). $kind: formato de imagen (PNG, JPEG, TIFF…) o
# tipo de archivo OpenDocument; $page: página de la documentación.

## Formatos que qnr no lee
formats-pdf-doc = este archivo es un documento de Word 97-2003 (.doc) o un documento de Office protegido con contraseña; qnr lee archivos .docx, .odt y PDF
formats-pdf-doc-help = conviértalo con `soffice --headless --convert-to docx FILE` (LibreOffice) o ábralo en Word y guárdelo como «Documento de Word (.docx)»; si está protegido con contraseña, debe guardarse sin ella
formats-pdf-rtf = este archivo es un documento RTF; qnr lee archivos .docx, .odt y PDF
formats-pdf-rtf-help = conviértalo con `soffice --headless --convert-to docx FILE` (LibreOffice) o ábralo en Word y guárdelo como «Documento de Word (.docx)»
formats-pdf-pages = este archivo es un documento de Apple Pages; qnr lee archivos .docx, .odt y PDF
formats-pdf-pages-help = en Pages, Archivo > Exportar a > Word… lo guarda en formato .docx; también puede solicitar el archivo de Word al Gobierno
formats-pdf-image = este archivo es una imagen { $kind } (un escaneo o una fotografía del formulario): no contiene texto legible
formats-pdf-image-help = solicite el archivo de Word al Gobierno o aplique a la imagen un reconocimiento óptico de caracteres (por ejemplo, con `ocrmypdf`) y lea el PDF resultante, verificando cada respuesta

## PDF
formats-pdf-encrypted = este PDF está cifrado: para abrirlo se necesita una contraseña
formats-pdf-encrypted-help = solicite al Gobierno el archivo de Word o el PDF guardado sin contraseña
formats-pdf-no-text = este PDF no tiene capa de texto: { $pages ->
    [one] su página no contiene
   *[other] sus { $pages } páginas no contienen
} texto legible (¿se trata de un documento escaneado?)
formats-pdf-no-text-help = solicite el archivo de Word al Gobierno o aplique al PDF un reconocimiento óptico de caracteres (por ejemplo, `ocrmypdf in.pdf out.pdf`) y lea el archivo resultante, verificando cada respuesta
formats-pdf-damaged = el PDF está dañado: no se encuentran sus páginas (¿una descarga o un archivo adjunto incompletos?)
formats-pdf-no-pages = el PDF no tiene páginas
formats-pdf-ask-again-help = solicite de nuevo el archivo, o bien el archivo de Word
formats-pdf-too-many-streams = el PDF contiene más de { $limit } flujos: no es una respuesta
formats-pdf-bomb = una vez descomprimidos, los flujos del PDF ocupan más de { $megabytes } MB: no es una respuesta (¿una bomba de descompresión?)
formats-pdf-too-many-pixels = una imagen del PDF declara más de { $limit } píxeles: no es una respuesta
formats-pdf-fake-image = un flujo del PDF está comprimido como imagen sin serlo: no es una respuesta
formats-pdf-drawn-too-much = las páginas del PDF muestran más de { $megabytes } MB de contenido o { $draws } elementos (los mismos elementos repetidos una y otra vez): no es una respuesta
formats-pdf-too-deep = los elementos de contenido del PDF se anidan en { $limit } niveles o más: no es una respuesta
formats-pdf-too-many-pages = el PDF tiene { $pages } páginas, y qnr lee como máximo { $limit }: no es una respuesta
formats-pdf-too-big-help = solicite el archivo de Word; véase { $page }
formats-pdf-not-written = qnr lee archivos PDF pero no los genera; guarde la respuesta en formato .docx u .odt e imprima ese archivo en PDF (`soffice --headless --convert-to pdf FILE`)

## OpenDocument
formats-pdf-odt-not-zip = no es un archivo OpenDocument: un archivo .odt es un archivo zip, y este no lo es
formats-pdf-odt-not-zip-help = compruebe que se trata de la respuesta guardada con LibreOffice (.odt); un formulario guardado como texto se lee con `--from txt`
formats-pdf-odt-not-text = este archivo OpenDocument es { $kind ->
    [spreadsheet] una hoja de cálculo
    [presentation] una presentación
    [graphics] un dibujo
    [chart] un gráfico
    [formula] una fórmula
   *[unknown] un documento de otro tipo
}, no un documento de texto
formats-pdf-odt-not-text-help = guarde la respuesta como documento de texto (.odt o .docx)
formats-pdf-odt-no-content = no es un texto OpenDocument: el archivo zip no contiene `content.xml`
formats-pdf-odt-bad-xml = `content.xml` no es un XML bien formado (byte { $at }): { $reason }
formats-pdf-odt-doctype = `content.xml` declara un DOCTYPE, cosa que LibreOffice nunca hace: no se admiten definiciones de entidades
formats-pdf-odt-entity = `content.xml` utiliza la entidad no definida `&{ $name };`
formats-pdf-odt-resave-help = ábralo en LibreOffice y vuelva a guardarlo como «Texto ODF (.odt)»
formats-pdf-odt-too-deep = `content.xml` anida elementos en más de { $limit } niveles: no es una respuesta
formats-pdf-odt-too-many-paragraphs = `content.xml` tiene más de { $limit } párrafos: no es una respuesta
formats-pdf-odt-too-big-help = véase { $page }

## qnr schema import
formats-pdf-import = qnr solo lee un PDF como respuesta a un cuestionario que ya conoce, no como el formulario del que se obtiene un esquema
formats-pdf-import-help = importe el cuestionario a partir del archivo de Word u OpenDocument con el que se generó el PDF (.docx u .odt), o del formulario guardado como texto

## qnr new -o form.odt
formats-pdf-new-wrote-odt = formulario vacío del cuestionario { $questionnaire } guardado en `{ $file }`; paso siguiente: complételo en LibreOffice (marque las casillas) y luego `qnr validate { $file }`

## Documentos de Word, y archivo zip de un documento de Word u OpenDocument
## (src/formats/docx/). $doc: `word` (documento de Word) u `odt` (texto
## OpenDocument); $part: parte del archivo (`word/document.xml`); $reason:
## texto del lector zip o XML.
formats-pdf-zip-too-many-entries = el archivo zip contiene { $entries } elementos, cuando { $doc ->
    [word] un documento de Word
   *[odt] un texto OpenDocument
} nunca tiene más de { $limit }
formats-pdf-zip-too-big = una vez descomprimido, el archivo zip ocupa { $bytes } bytes, más que el límite de { $limit } bytes: no es una respuesta (¿una bomba de descompresión?)
formats-pdf-zip-encrypted = `{ $part }` está cifrado
formats-pdf-zip-encrypted-help = guarde el documento sin contraseña y vuelva a intentarlo
formats-pdf-zip-part-too-big = una vez descomprimido, `{ $part }` ocupa más de { $limit } bytes: no es una respuesta (¿una bomba de descompresión?)
formats-pdf-zip-ratio = `{ $part }` tiene una tasa de compresión superior a { $ratio }:1, algo que nunca ocurre en { $doc ->
    [word] un documento de Word
   *[odt] un texto OpenDocument
}: se rechaza como bomba de descompresión
formats-pdf-zip-unpack = no se puede descomprimir `{ $part }`: { $reason }
formats-pdf-zip-unpack-help = el archivo está dañado; ábralo en { $doc ->
    [word] Word
   *[odt] LibreOffice
} y vuelva a guardarlo
formats-pdf-zip-not-utf8 = `{ $part }` no está codificado en UTF-8 (byte no válido en la posición { $offset })
formats-pdf-zip-resave-help = abra el documento en { $doc ->
    [word] Word y vuelva a guardarlo como «Documento de Word (.docx)»
   *[odt] LibreOffice y vuelva a guardarlo como «Texto ODF (.odt)»
}
formats-pdf-zip-damaged = el documento está dañado: { $reason }
formats-pdf-zip-damaged-help = es posible que el archivo esté incompleto (una descarga o un archivo adjunto interrumpidos); solicítelo de nuevo, o ábralo en { $doc ->
    [word] Word
   *[odt] LibreOffice
} y vuelva a guardarlo
formats-pdf-docx-empty = el archivo está vacío
formats-pdf-docx-empty-help = `qnr new -o form.docx` genera un formulario en blanco para rellenar
formats-pdf-docx-not-zip = no es un documento de Word: un archivo .docx es un archivo zip, y este no lo es
formats-pdf-docx-not-zip-help = compruebe que se trata de la respuesta guardada con Word (.docx); un formulario guardado como texto se lee con `--from txt`
formats-pdf-docx-other = no es un documento de Word: { $found ->
    [odt] es un archivo OpenDocument (.odt)
    [excel] es un libro de Excel
    [powerpoint] es una presentación de PowerPoint
   *[zip] es un archivo zip que no contiene `word/document.xml`
}
formats-pdf-docx-other-help = guarde la respuesta como «Documento de Word (.docx)» y vuelva a intentarlo
formats-pdf-docx-bad-xml = `word/document.xml` no es un XML bien formado (byte { $at }): { $reason }
formats-pdf-docx-bad-xml-help = el documento está dañado; ábralo en Word y vuelva a guardarlo
formats-pdf-docx-doctype = `word/document.xml` declara un DOCTYPE, cosa que Word nunca hace: no se admiten definiciones de entidades
formats-pdf-docx-entity = `word/document.xml` utiliza la entidad no definida `&{ $name };`
formats-pdf-docx-not-word-help = este archivo no se guardó con Word; abra la respuesta en Word y vuelva a guardarla
formats-pdf-docx-too-deep = `word/document.xml` anida elementos en más de { $limit } niveles
formats-pdf-docx-too-many-paragraphs = `word/document.xml` tiene más de { $limit } párrafos: no es una respuesta
