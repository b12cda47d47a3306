# White space around a value that is matched as written (src/reply/read.rs):
# a date, an address, a yes/no, the questionnaire, the version.
# Variables: $what the part of the reply; $value the value without the white space.

reply-exact-padded = { $what }: `{ $value }` has white space around it
reply-exact-padded-help = write "{ $value }" without the spaces or line breaks around it
