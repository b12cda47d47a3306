# `qnr diff` for people (src/diff/human.rs).

diff-identical = `{ $a }` et `{ $b }` contiennent les mêmes réponses, observations et renseignements sur le répondant
diff-empty = (vide)
diff-unanswered = sans réponse
diff-added = ajoutée
diff-removed = supprimée
diff-changed = modifiée
diff-summary = { $total ->
    [one] { $total } différence
   *[other] { $total } différences
} ({ $respondent } dans les renseignements sur le répondant, { $recommendations } dans les recommandations)
diff-one-stdin = une seule des deux réponses peut provenir de l'entrée standard
