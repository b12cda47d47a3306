# Ce que qnr dit d'un document qu'il ne lit pas ou ne peut pas lire
# (src/formats/messages.rs). $kind : format d'image (PNG, JPEG, TIFF…) ou
# type de fichier OpenDocument ; $page : page de la documentation.

## Formats que qnr ne lit pas
formats-pdf-doc = ce fichier est un document Word 97-2003 (.doc) ou un document Office protégé par un mot de passe ; qnr lit les fichiers .docx, .odt et PDF
formats-pdf-doc-help = convertissez-le avec `soffice --headless --convert-to docx FILE` (LibreOffice), ou ouvrez-le dans Word et enregistrez-le au format « Document Word (.docx) » ; un document protégé par un mot de passe doit être enregistré sans mot de passe
formats-pdf-rtf = ce fichier est un document RTF ; qnr lit les fichiers .docx, .odt et PDF
formats-pdf-rtf-help = convertissez-le avec `soffice --headless --convert-to docx FILE` (LibreOffice), ou ouvrez-le dans Word et enregistrez-le au format « Document Word (.docx) »
formats-pdf-pages = ce fichier est un document Apple Pages ; qnr lit les fichiers .docx, .odt et PDF
formats-pdf-pages-help = dans Pages, la commande Fichier > Exporter vers > Word… l'enregistre au format .docx ; vous pouvez aussi demander le fichier Word au Gouvernement concerné
formats-pdf-image = ce fichier est une image { $kind } (numérisation ou photographie du formulaire) : il ne contient aucun texte lisible
formats-pdf-image-help = demandez le fichier Word au Gouvernement concerné, ou soumettez l'image à une reconnaissance optique de caractères (par exemple avec `ocrmypdf`) et faites lire le PDF obtenu, en vérifiant chaque réponse

## PDF
formats-pdf-encrypted = ce PDF est chiffré : il ne s'ouvre qu'avec un mot de passe
formats-pdf-encrypted-help = demandez au Gouvernement concerné le fichier Word, ou le PDF enregistré sans mot de passe
formats-pdf-no-text = ce PDF ne comporte pas de couche texte : { $pages ->
    [one] sa page ne contient
   *[other] ses { $pages } pages ne contiennent
} aucun texte lisible (s'agit-il d'une numérisation ?)
formats-pdf-no-text-help = demandez le fichier Word au Gouvernement concerné, ou soumettez le PDF à une reconnaissance optique de caractères (par exemple `ocrmypdf in.pdf out.pdf`) et faites lire le fichier obtenu, en vérifiant chaque réponse
formats-pdf-damaged = le PDF est endommagé : ses pages sont introuvables (téléchargement ou pièce jointe incomplets ?)
formats-pdf-no-pages = le PDF ne comporte aucune page
formats-pdf-ask-again-help = demandez à nouveau le fichier, ou le fichier Word
formats-pdf-too-many-streams = le PDF comporte plus de { $limit } flux : ce n'est pas une réponse
formats-pdf-bomb = une fois décompressés, les flux du PDF occupent plus de { $megabytes } Mo : ce n'est pas une réponse (bombe de décompression ?)
formats-pdf-too-many-pixels = une image du PDF annonce plus de { $limit } pixels : ce n'est pas une réponse
formats-pdf-fake-image = un flux du PDF est compressé comme une image sans en être une : ce n'est pas une réponse
formats-pdf-drawn-too-much = les pages du PDF affichent plus de { $megabytes } Mo de contenu ou { $draws } éléments (les mêmes éléments tracés à répétition) : ce n'est pas une réponse
formats-pdf-too-deep = les éléments de contenu du PDF s'imbriquent sur { $limit } niveaux ou davantage : ce n'est pas une réponse
formats-pdf-too-many-pages = le PDF compte { $pages } pages, alors que qnr en lit { $limit } au plus : ce n'est pas une réponse
formats-pdf-too-big-help = demandez le fichier Word ; voir { $page }
formats-pdf-not-written = qnr lit les PDF mais n'en produit pas ; enregistrez la réponse au format .docx ou .odt, puis imprimez ce fichier en PDF (`soffice --headless --convert-to pdf FILE`)

## OpenDocument
formats-pdf-odt-not-zip = ce n'est pas un fichier OpenDocument : un fichier .odt est une archive zip, ce que ce fichier n'est pas
formats-pdf-odt-not-zip-help = vérifiez qu'il s'agit bien de la réponse enregistrée par LibreOffice (.odt) ; un formulaire enregistré en texte se lit avec `--from txt`
formats-pdf-odt-not-text = ce fichier OpenDocument est { $kind ->
    [spreadsheet] un classeur
    [presentation] une présentation
    [graphics] un dessin
    [chart] un diagramme
    [formula] une formule
   *[unknown] un document d'un autre type
}, et non un document texte
formats-pdf-odt-not-text-help = enregistrez la réponse en tant que document texte (.odt ou .docx)
formats-pdf-odt-no-content = ce n'est pas un texte OpenDocument : l'archive zip ne contient pas de `content.xml`
formats-pdf-odt-bad-xml = `content.xml` n'est pas un document XML bien formé (octet { $at }) : { $reason }
formats-pdf-odt-doctype = `content.xml` déclare un DOCTYPE, ce que LibreOffice ne fait jamais : les définitions d'entités sont refusées
formats-pdf-odt-entity = `content.xml` utilise l'entité non définie `&{ $name };`
formats-pdf-odt-resave-help = ouvrez-le dans LibreOffice et enregistrez-le de nouveau au format « Texte ODF (.odt) »
formats-pdf-odt-too-deep = `content.xml` imbrique des éléments sur plus de { $limit } niveaux : ce n'est pas une réponse
formats-pdf-odt-too-many-paragraphs = `content.xml` compte plus de { $limit } paragraphes : ce n'est pas une réponse
formats-pdf-odt-too-big-help = voir { $page }

## qnr schema import
formats-pdf-import = qnr ne lit un PDF que comme la réponse à un questionnaire qu'il connaît déjà, et non comme le formulaire dont on tire un schéma
formats-pdf-import-help = importez le questionnaire à partir du fichier Word ou OpenDocument dont le PDF est issu (.docx ou .odt), ou du formulaire enregistré en texte

## qnr new -o form.odt
formats-pdf-new-wrote-odt = formulaire vierge du questionnaire { $questionnaire } enregistré dans `{ $file }` ; étape suivante : remplissez-le dans LibreOffice (cochez les cases), puis `qnr validate { $file }`

## Documents Word, et archive zip d'un fichier Word ou OpenDocument
## (src/formats/docx/). $doc : `word` (document Word) ou `odt` (texte
## OpenDocument) ; $part : partie de l'archive (`word/document.xml`) ;
## $reason : texte du lecteur zip ou XML.
formats-pdf-zip-too-many-entries = l'archive compte { $entries } entrées, alors qu'un { $doc ->
    [word] document Word
   *[odt] texte OpenDocument
} n'en contient jamais plus de { $limit }
formats-pdf-zip-too-big = une fois décompressée, l'archive occupe { $bytes } octets, soit plus que la limite de { $limit } octets : ce n'est pas une réponse (bombe de décompression ?)
formats-pdf-zip-encrypted = `{ $part }` est chiffré
formats-pdf-zip-encrypted-help = enregistrez le document sans mot de passe, puis réessayez
formats-pdf-zip-part-too-big = une fois décompressé, `{ $part }` occupe plus de { $limit } octets : ce n'est pas une réponse (bombe de décompression ?)
formats-pdf-zip-ratio = `{ $part }` est compressé à un taux supérieur à { $ratio }:1, ce qui n'arrive jamais pour un { $doc ->
    [word] document Word
   *[odt] texte OpenDocument
} : fichier refusé comme bombe de décompression
formats-pdf-zip-unpack = impossible de décompresser `{ $part }` : { $reason }
formats-pdf-zip-unpack-help = le fichier est endommagé ; ouvrez-le dans { $doc ->
    [word] Word
   *[odt] LibreOffice
} et enregistrez-le de nouveau
formats-pdf-zip-not-utf8 = `{ $part }` n'est pas codé en UTF-8 (octet non valide à la position { $offset })
formats-pdf-zip-resave-help = ouvrez le document dans { $doc ->
    [word] Word et enregistrez-le de nouveau au format « Document Word (.docx) »
   *[odt] LibreOffice et enregistrez-le de nouveau au format « Texte ODF (.odt) »
}
formats-pdf-zip-damaged = le document est endommagé : { $reason }
formats-pdf-zip-damaged-help = le fichier est peut-être tronqué (téléchargement ou pièce jointe incomplets) ; demandez-le à nouveau, ou ouvrez-le dans { $doc ->
    [word] Word
   *[odt] LibreOffice
} et enregistrez-le de nouveau
formats-pdf-docx-empty = le fichier est vide
formats-pdf-docx-empty-help = `qnr new -o form.docx` crée un formulaire vierge à remplir
formats-pdf-docx-not-zip = ce n'est pas un document Word : un fichier .docx est une archive zip, ce que ce fichier n'est pas
formats-pdf-docx-not-zip-help = vérifiez qu'il s'agit bien de la réponse enregistrée par Word (.docx) ; un formulaire enregistré en texte se lit avec `--from txt`
formats-pdf-docx-other = ce n'est pas un document Word : { $found ->
    [odt] c'est un fichier OpenDocument (.odt)
    [excel] c'est un classeur Excel
    [powerpoint] c'est une présentation PowerPoint
   *[zip] c'est une archive zip qui ne contient pas `word/document.xml`
}
formats-pdf-docx-other-help = enregistrez la réponse au format « Document Word (.docx) », puis réessayez
formats-pdf-docx-bad-xml = `word/document.xml` n'est pas un document XML bien formé (octet { $at }) : { $reason }
formats-pdf-docx-bad-xml-help = le document est endommagé ; ouvrez-le dans Word et enregistrez-le de nouveau
formats-pdf-docx-doctype = `word/document.xml` déclare un DOCTYPE, ce que Word ne fait jamais : les définitions d'entités sont refusées
formats-pdf-docx-entity = `word/document.xml` utilise l'entité non définie `&{ $name };`
formats-pdf-docx-not-word-help = ce fichier n'a pas été enregistré par Word ; ouvrez la réponse dans Word et enregistrez-la de nouveau
formats-pdf-docx-too-deep = `word/document.xml` imbrique des éléments sur plus de { $limit } niveaux
formats-pdf-docx-too-many-paragraphs = `word/document.xml` compte plus de { $limit } paragraphes : ce n'est pas une réponse
