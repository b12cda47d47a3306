# Words every command uses.

# Before the message of a failure that stops the command, on stderr.
common-error = ошибка:

common-did-you-mean = возможно, имелось в виду `{ $name }`?
common-kind-null = null
common-kind-bool = true или false
common-kind-number = число
common-kind-text = текст
common-kind-list = список
common-kind-object = объект
