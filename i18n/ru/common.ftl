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

common-level-error = ошибка
common-level-warning = предупреждение
common-level-help = подсказка
common-level-note = примечание
common-line-too-long = длина строки составляет { $bytes } Б, что слишком много для вывода на экран

common-help-not-a-reply = это не ответ; см. { $page }
common-help-shorten = сократите текст; см. { $page }
common-help-fix-the-first = исправьте указанные выше ошибки и повторите проверку; см. { $page }
