# Words every command uses.

# Before the message of a failure that stops the command, on stderr.
common-error = erreur :
