# Failures that stop a command (src/error.rs).

error-not-found = `{ $path }` n'existe pas
error-read = impossible de lire `{ $path }` : { $reason }
error-write = impossible d'écrire `{ $path }` : { $reason }
error-exists = `{ $path }` existe déjà ; ajoutez --force pour le remplacer
error-too-large-reply = `{ $path }` fait { $size } octets, soit plus que la limite de { $limit } octets fixée pour une réponse
error-too-large-schema = `{ $path }` fait { $size } octets, soit plus que la limite de { $limit } octets fixée pour un schéma
error-unknown-format = impossible de déterminer le format de `{ $path }` d'après son nom ; donnez-lui l'une des extensions { $extensions }
error-unknown-format-from = impossible de déterminer le format de `{ $path }` d'après son nom ; donnez-lui l'une des extensions { $extensions } ou ajoutez `--from FORMAT`
error-needs-from = la lecture de l'entrée standard exige `--from { $formats }`
error-no-reply-files = aucun fichier de réponse dans `{ $path }` (extensions recherchées : { $extensions } ; fichiers cachés exclus)
error-no-match = aucun fichier de réponse ne correspond à `{ $pattern }` (extensions recherchées : { $extensions } ; fichiers cachés exclus)
error-bad-schema = le schéma `{ $path }` n'est pas valide

error-refused-convert-unparsed = `{ $path }` ne peut pas être converti : le fichier n'a pas pu être lu ; corrigez l'erreur signalée ci-dessus
error-refused-convert-lossy = `{ $path }` ne peut pas être converti : une partie de son contenu serait perdue ; corrigez d'abord les erreurs signalées ci-dessus
error-refused-compare-unparsed = `{ $path }` ne peut pas être comparé : le fichier n'a pas pu être lu ; corrigez l'erreur signalée ci-dessus
error-refused-compare-lossy = `{ $path }` ne peut pas être comparé : une partie de son contenu n'a pas pu être lue ; corrigez d'abord les erreurs signalées ci-dessus
error-refused-fill-unparsed = `{ $path }` ne peut pas être rempli : le fichier n'a pas pu être lu, et l'enregistrement le remplacerait ; corrigez l'erreur signalée ci-dessus ou indiquez un nouveau fichier
error-refused-fill-lossy = `{ $path }` ne peut pas être rempli : l'enregistrement ferait perdre ce que qnr n'a pas pu y lire ; corrigez d'abord les erreurs signalées ci-dessus
error-refused-carry-forward = `{ $path }` ne peut pas être utilisé : le fichier n'a pas pu être lu comme réponse du cycle précédent ; corrigez l'erreur signalée ci-dessus

error-other-questionnaire-convert = `{ $path }` répond au questionnaire `{ $found }`, et non à `{ $expected }` ; pour le convertir, indiquez avec `--schema` le schéma de ce questionnaire
error-other-questionnaire-compare = `{ $path }` répond au questionnaire `{ $found }`, et non à `{ $expected }` ; pour le comparer, indiquez avec `--schema` le schéma de ce questionnaire
error-other-questionnaire-fill = `{ $path }` répond au questionnaire `{ $found }`, et non à `{ $expected }` ; pour le remplir, indiquez avec `--schema` le schéma de ce questionnaire
error-other-questionnaire-carry-forward = `{ $path }` répond au questionnaire `{ $found }`, et non à `{ $expected }` ; il ne peut donc pas fournir les réponses
error-other-version = `{ $path }` répond à la version { $found } de `{ $questionnaire }`, alors que le schéma correspond à la version { $expected } ; pour le remplir, indiquez avec `--schema` le schéma de ce cycle

error-not-writable-as = `{ $path }` ne peut pas être écrit au format { $format } sans modification : { $part } ne serait pas relu à l'identique ; convertissez-le plutôt en json, toml ou yaml

error-no-terminal-stdin =
    `qnr fill` pose ses questions dans un terminal, or l'entrée standard n'est pas un terminal.
    {"  "}Sans terminal, créez une réponse vierge avec `qnr new -o reply.json`, remplissez-la dans l'éditeur de votre choix et vérifiez-la avec `qnr validate reply.json` ;
    {"  "}`qnr convert` convertit une réponse du format TOML ou YAML au format JSON, et inversement.
error-no-terminal-stderr =
    `qnr fill` pose ses questions dans un terminal, or la sortie d'erreur standard n'est pas un terminal.
    {"  "}Sans terminal, créez une réponse vierge avec `qnr new -o reply.json`, remplissez-la dans l'éditeur de votre choix et vérifiez-la avec `qnr validate reply.json` ;
    {"  "}`qnr convert` convertit une réponse du format TOML ou YAML au format JSON, et inversement.
error-terminal-lost = le terminal n'a pas pu être utilisé : { $reason } ; toutes les réponses confirmées sont enregistrées dans `{ $file }`
error-not-saved =
    { $cause }
    {"  "}`{ $path }` contient toujours toutes les réponses enregistrées auparavant ({ $answered } sur { $total } renseignées).
    { $unsaved }{"  "}Libérez de l'espace sur le disque ou autorisez l'écriture dans le dossier ; `qnr fill { $path }` reprendra alors là où vous vous êtes arrêté.

error-io-not-found = aucun fichier ni dossier de ce nom
error-io-permission-denied = accès refusé
error-io-is-a-folder = il s'agit d'un dossier, et non d'un fichier
error-io-disk-full = le disque est plein
error-io-read-only = le système de fichiers est en lecture seule
error-bad-pattern = `{ $pattern }` n'est pas un motif valide : { $reason }

# Entrée d'un dossier qui ne peut être parcourue (src/io/discover.rs), après
# « impossible de lire cette entrée : ».
error-symlink-loop = un lien symbolique renvoie à l'un des dossiers qui le contiennent
error-dangling-symlink = c'est un lien symbolique vers un élément inexistant, ou l'entrée a disparu pendant le parcours du dossier
