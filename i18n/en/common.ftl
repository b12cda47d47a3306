# Words every command uses.

# Before the message of a failure that stops the command, on stderr.
common-error = error:

# Under an unknown name, when a known one is close.
common-did-you-mean = did you mean `{ $name }`?

# What kind of value a file holds where another was expected: "found a list".
common-kind-null = null
common-kind-bool = true or false
common-kind-number = a number
common-kind-text = text
common-kind-list = a list
common-kind-object = an object
