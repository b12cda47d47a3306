# Decoding a file's bytes as text (src/text/decode.rs).

text-not-utf8 = le fichier n'est pas un texte UTF-8
text-not-utf8-at = le fichier n'est pas un texte UTF-8 : l'octet { $byte } (ligne { $line }, colonne { $column }) ne peut être décodé
text-utf16-broken = le fichier est un texte UTF-16 dont un caractère est altéré (ligne { $line }, colonne { $column })
text-utf16-cut = le fichier est un texte UTF-16 interrompu au milieu d'un caractère
