# Messages propres au système (src/io/atomic.rs) : Windows.

platform-held-open = `{ $path }` est ouvert dans un autre programme qui ne permet pas de le remplacer ; fermez-le dans ce programme, puis réessayez (le fichier n'a pas été modifié)
