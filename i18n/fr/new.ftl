# `qnr new` (src/commands/new.rs).

new-wrote = réponse vierge au questionnaire { $questionnaire } enregistrée dans `{ $file }` ; étape suivante : lancez `qnr fill { $file }` ou modifiez le fichier, puis `qnr validate { $file }`
new-wrote-form = formulaire vierge du questionnaire { $questionnaire } enregistré dans `{ $file }` ; étape suivante : remplissez-le (cochez les cases), puis `qnr validate { $file }`
new-wrote-word = formulaire vierge du questionnaire { $questionnaire } enregistré dans `{ $file }` ; étape suivante : remplissez-le dans Word (cochez les cases), puis `qnr validate { $file }`
