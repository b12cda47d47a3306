# Words every command uses.

# Before the message of a failure that stops the command, on stderr.
common-error = error:

common-did-you-mean = ¿quiso decir `{ $name }`?
common-kind-null = null
common-kind-bool = true o false
common-kind-number = un número
common-kind-text = texto
common-kind-list = una lista
common-kind-object = un objeto
