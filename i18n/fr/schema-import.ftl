# `qnr schema import`, `schema init`, `schema show --format toml|json` et
# les constats qu'ajoute `schema check` : rôles des champs et preuve que les
# formulaires d'un schéma se relisent à l'identique.

## Échecs et erreurs de l'importation
schema-import-not-a-form = aucun questionnaire n'a pu être lu dans `{ $path }`
schema-import-no-questionnaire = ce formulaire ne contient aucun questionnaire : { $why }
schema-import-no-questionnaire-help = un formulaire fait précéder chaque recommandation d'un intitulé tel que `Recommandation 1` (ou `Recommendation`, `Recomendación`, `Рекомендация`) et pose une question OUI/NON après son texte
schema-import-no-answer-line = aucune ligne de réponse n'a été trouvée : aucune ligne ne se termine par les deux options (OUI NON, YES NO, SÍ NO, ДА НЕТ)
schema-import-no-heading = aucun intitulé de recommandation suivi de « { $question } » n'a été trouvé
schema-import-invalid = le schéma tiré de ce formulaire n'est pas valide : { $reason }
schema-import-invalid-help = corrigez le formulaire, ou rédigez le schéma à l'aide de `qnr schema init`
schema-import-reply-not-form = un fichier .{ $format } contient une réponse, et non un formulaire
schema-import-reply-not-form-help = importez le questionnaire à partir du formulaire lui-même : un fichier .docx, .odt, .txt ou .md
schema-import-text-help = enregistrez le formulaire en texte UTF-8 (ou UTF-16)

## Ce que l'importation a trouvé (sortie d'erreur standard)
schema-import-found = contenu relevé dans `{ $file }` (formulaire rédigé en { $language ->
    [fr] français
    [es] espagnol
    [ru] russe
   *[en] anglais
}) :
schema-import-guidance = { $paragraphs ->
    [one] { $paragraphs } paragraphe
   *[other] { $paragraphs } paragraphes
}
schema-import-guidance-limit = { $paragraphs ->
    [one] { $paragraphs } paragraphe
   *[other] { $paragraphs } paragraphes
} ; { $words } mots au plus
schema-import-issues = { $count } ({ $numerals }), { $recommendations ->
    [one] { $recommendations } recommandation
   *[other] { $recommendations } recommandations
}
schema-import-kind = { $kind ->
    [date] date
    [email] adresse électronique
    [yes-no] oui ou non
   *[text] texte
}
schema-import-field-row = { $id } ({ $notes }) : { $label }
schema-import-required = obligatoire
schema-import-role = rôle { $role }
schema-import-none = aucun
schema-import-guesses = { $count ->
    [one] { $count } hypothèse
   *[other] { $count } hypothèses
} à vérifier dans le schéma :
schema-import-at-line = ligne { $line } : { $note }
schema-import-wrote = schéma enregistré dans `{ $path }` ; vérifiez-le avec `qnr schema check { $path }`
schema-import-init-wrote = schéma enregistré dans `{ $path }` : saisissez-y les textes du questionnaire, puis exécutez `qnr schema check { $path }`

## Hypothèses à vérifier
schema-import-note-heading-worded-otherwise = `{ $heading }` est lu comme du texte : les autres intitulés de question sont libellés `{ $template }`
schema-import-note-issue-text-left-out = le texte figurant sous `{ $heading }` n'est pas repris
schema-import-note-issue-intro-left-out = le texte figurant sous `{ $heading }` après son titre n'est pas repris
schema-import-note-issue-no-title = `{ $heading }` n'a pas de titre ; son intitulé en tient lieu
schema-import-note-rec-no-text = `{ $heading }` n'a pas de texte
schema-import-note-heading-variants = { $count ->
    [one] { $count } intitulé de recommandation est libellé
   *[other] { $count } intitulés de recommandation sont libellés
} autrement que `{ $template }` ; qnr ne les reconnaîtra pas comme des intitulés à la lecture des formulaires
schema-import-note-yes-no-from-words = « { $label } » : traité comme un champ oui ou non d'après son libellé ; le formulaire n'imprime aucune option
schema-import-note-field-id-from-label = « { $label } » : champ de type texte, identifiant `{ $id }` tiré du libellé
schema-import-note-role-taken = le rôle `{ $role }` n'est pas attribué à « { $label } » : un champ précédent le détient déjà
schema-import-note-no-country = aucun champ de l'en-tête ne désigne l'État : ajoutez `role = "country"` au champ correspondant
schema-import-note-no-date = aucun champ de l'en-tête ne désigne la date de soumission : ajoutez `role = "date"` au champ correspondant
schema-import-note-no-title = le formulaire n'a pas de titre avant sa première question ; le titre indiqué est provisoire
schema-import-note-no-comment-label = aucun intitulé d'observations ne suit les lignes de réponse ; `{ $label }` est retenu par défaut
schema-import-note-comment-rule = le formulaire n'indique pas quand des observations sont demandées : par hypothèse, elles sont attendues après { $yes } et facultatives après { $no }
schema-import-note-no-issues = le formulaire n'a pas d'intitulés de question : les recommandations sont regroupées dans une question unique `I`
schema-import-note-issue-twice = la question `{ $numeral }` figure deux fois ; la seconde devient `{ $renamed }`
schema-import-note-rec-twice = la recommandation `{ $label }` figure deux fois dans la question { $numeral } ; la seconde devient `{ $renamed }`
schema-import-note-id-from-file = l'identifiant `{ $id }` est tiré du nom du fichier ; l'option `--id` permet de le définir
schema-import-note-version-year = la version `{ $version }` est l'année mentionnée dans le formulaire ; l'option `--version` permet de la définir
schema-import-note-version-placeholder = la version `{ $version }` est provisoire ; l'option `--version` permet de la définir
schema-import-note-read-back = le formulaire ne se relit pas à l'identique avec ce schéma : { $finding }

## Commentaires des fichiers de schéma écrits par qnr
schema-import-toml-header = Importé par `qnr schema import` à partir d'un formulaire en { $language ->
    [fr] français
    [es] espagnol
    [ru] russe
   *[en] anglais
}. Vérifiez-le avec `qnr schema check`.
schema-import-toml-check = À vérifier : { $note }
schema-import-show-header = Questionnaire `{ $id }`, version { $version }. Vérifiez-le avec `qnr schema check FICHIER` ; utilisez-le avec `--schema FICHIER`.
schema-import-skeleton-intro = Schéma de questionnaire pour qnr. Saisissez chaque texte tel qu'il figure sur le formulaire imprimé, caractère pour caractère ; ajoutez une table [[issues]] pour chaque question et une table [[issues.recommendations]] pour chacune de ses recommandations.
schema-import-skeleton-use = Vérifiez-le avec `qnr schema check FICHIER` ; utilisez-le avec `--schema FICHIER`. `qnr schema import FORMULAIRE` tire un schéma du formulaire lui-même.
schema-import-key-id = Nom court du questionnaire, inscrit dans chaque réponse (sans espaces ni points).
schema-import-key-version = Le cycle de collecte : `qnr validate` signale les réponses portant sur une autre version.
schema-import-key-title = Le titre imprimé en tête du formulaire.
schema-import-key-language = La langue des textes : "en" (par défaut), "fr", "es" ou "ru".
schema-import-key-guidance = Les instructions imprimées sous le titre, qui indiquent ce que chaque réponse doit contenir (facultatif).
schema-import-table-headings = Intitulés que le formulaire imprimé donne à une question (« Question I : <titre> ») et à une recommandation.
schema-import-key-issue-heading = Doit contenir { $placeholder }, le numéro de la question.
schema-import-key-rec-heading = Doit contenir { $placeholder }, le numéro de la recommandation.
schema-import-table-answer = La question posée pour chaque recommandation, et ses deux options telles qu'elles sont imprimées.
schema-import-key-question = La question telle que le formulaire l'imprime après chaque recommandation.
schema-import-key-choices = Les deux options, telles que le formulaire les imprime.
schema-import-table-comments = Les observations qui suivent chaque réponse. Une règle vaut "required" (erreur si elles manquent), "expected" (avertissement si elles manquent) ou "optional".
schema-import-key-comment-label = L'intitulé imprimé avant les observations.
schema-import-key-rules = La règle applicable après chacune des deux réponses.
schema-import-key-max-words = Le nombre maximal de mots des observations (avertissement au-delà ; facultatif).
schema-import-table-respondent = Les champs de l'en-tête du formulaire, dans l'ordre. `kind` vaut "text", "date" (AAAA-MM-JJ), "email" ou "yes-no" ; `role` désigne le champ qui indique l'État ("country") et celui de la date de soumission ("date").
schema-import-key-field-id = La clé utilisée dans les fichiers de réponse : sans espaces ni points, identique dans toutes les langues.
schema-import-key-field-label = Ce que le formulaire imprime avant la valeur.
schema-import-key-kind = "text" (par défaut), "date", "email" ou "yes-no".
schema-import-key-required = Indique si `qnr validate` exige une valeur (false par défaut).
schema-import-key-role = "country" : ce champ indique l'État ; "date" : la date de soumission. Un seul champ par rôle.
schema-import-table-issues = Chaque question, dans l'ordre : son numéro (I, II… ou A, B…) et son titre, puis ses recommandations avec leur numéro (1, 2… ou a, b…) et leur texte, caractère pour caractère. L'identifiant d'une recommandation est <numéro>.<numéro de la recommandation> : I.1.
schema-import-key-label = Le numéro figurant dans l'intitulé (Recommandation 1) et dans l'identifiant (I.1).

## Ce qu'ajoute `schema check`
schema-import-check-valid = `{ $file }` est un schéma valide : questionnaire `{ $id }`, version { $version }, { $issues ->
    [one] { $issues } question
   *[other] { $issues } questions
}, { $recommendations ->
    [one] { $recommendations } recommandation
   *[other] { $recommendations } recommandations
}, { $fields ->
    [one] { $fields } champ d'en-tête
   *[other] { $fields } champs d'en-tête
}{ $warnings }
schema-import-check-warnings = { $count ->
    [one] { $count } avertissement
   *[other] { $count } avertissements
}
schema-import-no-country-role = aucun champ de l'en-tête n'a `role = "country"` : le rapport ne peut ni nommer les États qui ont répondu ni repérer la seconde réponse d'un État
schema-import-no-country-role-help = ajoutez `role = "country"` au champ dans lequel une réponse indique son État
schema-import-no-date-role = aucun champ de l'en-tête n'a `role = "date"` : `report --cutoff` ne peut pas repérer les réponses tardives et `fill` ne propose aucune date de soumission
schema-import-no-date-role-help = ajoutez `role = "date"` au champ qui contient la date de soumission
schema-import-role-twice = deux champs de l'en-tête ont `role = "{ $role }"`
schema-import-role-twice-help = n'attribuez ce rôle qu'à un seul champ
schema-import-role-kind = un champ ayant `role = "{ $role }"` doit être de type `kind = "{ $kind }"`
schema-import-role-kind-help = écrivez `kind = "{ $kind }"` ou supprimez `kind`
schema-import-key-name-field = le `{ $key }` du champ `{ $id }` de l'en-tête
schema-import-key-name-rec = le `label` de la recommandation `{ $id }`
schema-import-ambiguous = { $key } : les formulaires au format { $format } de ce questionnaire ne se relisent pas à l'identique : { $why }
schema-import-ambiguous-choices-help = donnez aux deux options des libellés distincts l'un de l'autre, de la question et de l'intitulé des observations
schema-import-ambiguous-label-help = écrivez le numéro seul (`c`) et placez les parenthèses ou autres signes dans `headings.recommendation` (`Recommandation ({ $placeholder })`)
schema-import-ambiguous-question-help = rédigez la question en texte simple, sans caractères de contrôle
schema-import-ambiguous-comments-help = libellez différemment l'intitulé des observations et la question
schema-import-ambiguous-field-help = donnez au champ un libellé qui ne soit ni la question ni le début du libellé d'un autre champ
schema-import-ambiguous-headings-help = faites commencer les intitulés par des mots différents, par exemple `Question { $numeral }` et `Recommandation { $label }`
schema-import-form-past-limit = les formulaires au format { $format } de ce questionnaire dépassent l'une des limites de lecture de qnr : { $why }
schema-import-form-past-limit-help = raccourcissez les textes ou demandez que les réponses soient envoyées dans un autre format
schema-import-not-proved = rien ne garantit que les formulaires de ce questionnaire se relisent à l'identique : un formulaire rempli occupe { $size } Kio, au-delà de la limite vérifiée de { $limit } Kio
schema-import-not-proved-help = le formulaire d'un questionnaire occupe d'ordinaire quelques dizaines de Kio ; raccourcissez ses textes

## Pourquoi un formulaire ne se relit pas à l'identique
schema-import-proof-field = { $form ->
    [blank] dans un formulaire vierge
   *[filled] dans un formulaire rempli
}, « { $label } » est lu comme { $got } au lieu de { $wrote }
schema-import-proof-empty = vide
schema-import-proof-no-answer = dans un formulaire rempli, aucune réponse n'est lue : la question n'est pas trouvée après les recommandations
schema-import-proof-not-found = { $form ->
    [blank] dans un formulaire vierge
   *[filled] dans un formulaire rempli
}, { $item } est introuvable
schema-import-proof-reads-as = { $form ->
    [blank] dans un formulaire vierge
   *[filled] dans un formulaire rempli
}, la réponse lue pour { $item } est { $choice }
schema-import-proof-unanswered = sans réponse
schema-import-proof-comments = { $form ->
    [blank] dans un formulaire vierge
   *[filled] dans un formulaire rempli
}, les observations relatives à { $item } ne sont pas relues telles qu'elles ont été écrites
schema-import-proof-unknown = { $form ->
    [blank] dans un formulaire vierge
   *[filled] dans un formulaire rempli
}, qnr lit une recommandation `{ $id }` que le questionnaire ne contient pas
schema-import-proof-unreadable = { $form ->
    [blank] un formulaire vierge
   *[filled] un formulaire rempli
} ne peut pas être lu du tout : { $reason }
schema-import-proof-no-reply = il ne contient aucune réponse
