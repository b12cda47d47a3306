# Words every command uses.

# Before the message of a failure that stops the command, on stderr.
common-error = erreur :

common-did-you-mean = vouliez-vous dire `{ $name }` ?
common-kind-null = null
common-kind-bool = true ou false
common-kind-number = un nombre
common-kind-text = du texte
common-kind-list = une liste
common-kind-object = un objet

common-level-error = erreur
common-level-warning = avertissement
common-level-help = aide
common-level-note = note
common-line-too-long = la ligne, longue de { $bytes } octets, est trop longue pour être affichée

common-help-not-a-reply = il ne s'agit pas d'une réponse ; voir { $page }
common-help-shorten = raccourcissez le texte ; voir { $page }
common-help-fix-the-first = corrigez les problèmes ci-dessus et vérifiez de nouveau ; voir { $page }
