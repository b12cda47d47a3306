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

common-level-error = error
common-level-warning = advertencia
common-level-help = ayuda
common-level-note = nota
common-line-too-long = la línea ocupa { $bytes } bytes, demasiado para mostrarla

common-help-not-a-reply = esto no es una respuesta; véase { $page }
common-help-shorten = acorte el texto; véase { $page }
common-help-fix-the-first = corrija los problemas anteriores y vuelva a comprobar; véase { $page }
