# Espacios alrededor de un valor que se compara tal como está escrito (src/reply/read.rs).

reply-exact-padded = { $what }: `{ $value }` tiene espacios al principio o al final
reply-exact-padded-help = escriba «{ $value }» sin espacios ni saltos de línea al principio o al final
