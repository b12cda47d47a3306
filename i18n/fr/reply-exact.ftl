# Espaces autour d'une valeur comparée telle qu'écrite (src/reply/read.rs).

reply-exact-padded = { $what } : `{ $value }` est précédé ou suivi d'espaces
reply-exact-padded-help = écrivez « { $value } » sans espace ni saut de ligne avant ou après
