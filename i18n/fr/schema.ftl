# The schema's default texts, in the schema's language (src/schema/build.rs),
# and `qnr schema` (src/commands/schema/).

schema-default-issue-heading = Question {"{"}numeral{"}"}
schema-default-recommendation-heading = Recommandation {"{"}label{"}"}
schema-default-comments-label = Observations

schema-show-summary = questionnaire `{ $id }`, version { $version } · { $issues } { $issues ->
    [one] question
   *[other] questions
}, { $recommendations } { $recommendations ->
    [one] recommandation
   *[other] recommandations
}
schema-show-required = obligatoire
schema-show-date = date, AAAA-MM-JJ
schema-show-email = adresse électronique
schema-show-yes-no = { $yes } ou { $no }
schema-show-each-recommendation = Pour chaque recommandation
schema-show-rule-required = obligatoires
schema-show-rule-expected = attendues
schema-show-rule-optional = facultatives
schema-show-comment-rule = { $when_yes } après { $yes }, { $when_no } après { $no }
schema-show-comment-limit = { $rules } ; { $max } mots au plus

# `qnr schema check`: what is wrong in a schema file (src/schema/build.rs).
schema-what-field-id = l'`id` d'un champ de l'en-tête
schema-what-field-label = le `label` d'un champ de l'en-tête
schema-what-issue-numeral = le `numeral` d'une question
schema-what-issue-title = le `title` d'une question
schema-what-rec-label = le `label` d'une recommandation
schema-what-rec-text = le `text` d'une recommandation
schema-check-empty = { $what } est vide
schema-check-empty-help = écrivez le texte tel qu'il figure sur le formulaire imprimé
schema-check-one-language = { $what } n'est donné que dans une langue, alors que le schéma est établi en { $languages }
schema-check-one-language-help = donnez-le dans chaque langue, à raison d'une ligne par langue, comme `title` : `text.en = "…"`, `text.fr = "…"`
schema-check-not-its-language = { $what } est donné en `{ $code }`, qui n'est pas une langue du schéma ({ $languages })
schema-check-not-its-language-help = les langues du schéma sont celles de `title` : ajoutez-y également cette langue, ou supprimez la ligne
schema-check-no-translation = { $what } n'est pas donné en `{ $lang }`
schema-check-no-translation-help = chaque texte doit figurer dans toutes les langues du schéma ({ $languages }) : ajoutez sa ligne `{ $lang }`
schema-check-bad-id = { $what } `{ $text }` ne peut entrer dans un identifiant
schema-check-bad-id-help = employez au plus { $max } caractères, sans espace, point ni guillemet, par exemple `II`, `4` ou `a`
schema-check-duplicate-field = deux champs de l'en-tête ont le même identifiant, `{ $id }`
schema-check-duplicate-numeral = deux questions portent le même numéro, `{ $id }`
schema-check-duplicate-label = deux recommandations de cette question portent le même numéro, `{ $id }`
schema-check-duplicate-help = chaque identifiant doit être unique : renommez l'un des deux
schema-check-template = `{ $key }` doit contenir `{ $placeholder }`, et aucune autre variable
schema-check-template-help = par exemple `{ $example }`
schema-check-max-words = `comments.max_words` doit être un nombre positif
schema-check-max-words-help = indiquez la limite en nombre de mots, par exemple `max_words = 200`, ou supprimez la clé
schema-check-choices-alike = les deux options portent le même libellé
schema-check-choices-alike-help = donnez à `answer.yes` et à `answer.no` des libellés différents
schema-check-no-issues = le questionnaire ne comporte aucune question
schema-check-no-issues-help = ajoutez au moins une table `[[issues]]` avec ses recommandations
schema-check-no-recommendations = la question `{ $numeral }` ne comporte aucune recommandation
schema-check-no-recommendations-help = ajoutez des tables `[[issues.recommendations]]` comportant un `label` et un `text`
schema-check-unknown-language = langue inconnue `{ $code }` ; langues possibles : { $languages }
schema-check-unknown-language-help = qnr fonctionne en anglais (`en`), en français (`fr`), en espagnol (`es`) et en russe (`ru`)
schema-check-language-not-in-title = la langue du schéma (`language`) est `{ $lang }`, mais `title` n'est pas donné dans cette langue
schema-check-language-not-in-title-help = ajoutez `title.{ $lang } = "…"`, ou indiquez l'une des langues de `title`
schema-check-unknown-key = clé inconnue `{ $key }` ; clés possibles : { $list }
schema-check-unknown-key-help = supprimez la clé ou corrigez-en l'orthographe
schema-check-unknown-value = valeur inconnue `{ $value }` ; valeurs possibles : { $list }
schema-check-unknown-value-help = employez l'une des valeurs indiquées
schema-check-missing-key = clé manquante : `{ $key }`
schema-check-missing-key-help = ajoutez la clé ; `qnr schema show` affiche le schéma par défaut, dont elle peut être copiée
schema-check-toml-help = corrigez la syntaxe TOML à cet endroit
schema-json-help = un schéma JSON comporte les mêmes clés que le schéma TOML, telles que les écrit `qnr schema show --format json`
