# `qnr fill` : écrans, invites, aide et récapitulatif (src/fill/, src/commands/fill.rs).

fill-busy = une autre instance de qnr remplit déjà `{ $path }` (processus { $pid }, depuis le { $since }) ; terminez-la ou quittez-la d'abord (son verrou est `{ $lock }`)
fill-not-saved-new =
    { $cause }
    {"  "}Rien n'a été enregistré : `{ $path }` n'a pas été créé.
    { $unsaved }{"  "}Libérez de l'espace sur le disque ou autorisez l'écriture dans le dossier, puis relancez `qnr fill { $path }`.
