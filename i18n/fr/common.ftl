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
