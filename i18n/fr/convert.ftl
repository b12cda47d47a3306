# `qnr convert`, and where any command writes a reply (src/commands/).

convert-stdin-format = impossible de déterminer le format de l'entrée standard ; ajoutez `--from { $formats }`
convert-output-format = impossible de déterminer le format à écrire d'après le nom `{ $file }` ; donnez-lui l'une des extensions { $extensions } ou ajoutez `--to FORMAT`
convert-binary-on-terminal = un document Word est un fichier binaire et ne s'affiche pas dans le terminal ; enregistrez-le dans un fichier avec `-o reply.docx` (ou redirigez la sortie)
convert-done = `{ $input }` ({ $from }) converti en `{ $output }` ({ $to }) : { $answered } recommandations renseignées sur { $total }
convert-unmarked = { $count ->
    [one] { $count } réponse n'est pas cochée sur le formulaire
   *[other] { $count } réponses ne sont pas cochées sur le formulaire
} ; étape suivante : `qnr fill --only-missing { $output }` ne pose que ces questions
