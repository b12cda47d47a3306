# `qnr validate` (src/commands/validate.rs, src/diagnostic/findings.rs).

validate-verdict = { $files ->
    [one] { $files } fichier vérifié
   *[other] { $files } fichiers vérifiés
} : { $valid } { $valid ->
    [one] valide
   *[other] valides
}, { $invalid } non { $invalid ->
    [one] valide
   *[other] valides
}
validate-counts = { $errors ->
    [one] { $errors } erreur
   *[other] { $errors } erreurs
}, { $warnings ->
    [one] { $warnings } avertissement
   *[other] { $warnings } avertissements
}

validate-no-questionnaire = la réponse n'indique pas à quel questionnaire elle se rapporte
validate-no-questionnaire-help = ajoutez "questionnaire": "{ $id }"
validate-other-questionnaire = il s'agit d'une réponse au questionnaire `{ $found }`, et non à `{ $expected }`
validate-other-questionnaire-help = vérifiez-la au regard de son propre schéma : `qnr --schema FICHIER validate …`
validate-no-version = la réponse n'indique pas à quelle version de `{ $id }` elle se rapporte
validate-no-version-help = ajoutez "version": "{ $version }"
validate-other-version = il s'agit d'une réponse à la version { $found } de `{ $id }` ; le schéma correspond à la version { $expected }
validate-other-version-help = vérifiez-la au regard du schéma de ce cycle avec `--schema FICHIER`
validate-missing-field = le champ « { $label } » (`{ $id }`) n'est pas renseigné
validate-missing-field-help = ajoutez `{ $id }` sous `respondent`
validate-missing-date-help = ajoutez `{ $id }` au format AAAA-MM-JJ, par exemple "2019-05-15"
validate-invalid-date = champ « { $label } » (`{ $id }`) : `{ $value }` n'est pas une date valide au format AAAA-MM-JJ
validate-invalid-date-help = écrivez la date au format AAAA-MM-JJ, par exemple "2019-05-15"
validate-invalid-date-help-reads-as = écrivez "{ $date }"
validate-invalid-date-help-ambiguous = écrivez "{ $day_first }" si le jour est indiqué en premier, ou "{ $month_first }" si c'est le mois
validate-invalid-email = champ « { $label } » (`{ $id }`) : `{ $value }` n'est pas une adresse électronique
validate-invalid-email-help = indiquez une seule adresse, par exemple "nom@ministere.gouv"
validate-invalid-yes-no = champ « { $label } » (`{ $id }`) : `{ $value }` n'est ni `yes` ni `no`
validate-invalid-yes-no-help = écrivez "yes" ou "no"
validate-invalid-yes-no-help-reads-as = écrivez "{ $word }" : le fichier enregistre "yes" ou "no", en minuscules
validate-missing-answer = { $item } : aucune réponse à « { $question } »
validate-missing-answer-help = donnez à `action_taken` la valeur "yes" ou "no", ou lancez `qnr fill --goto { $id }`
validate-missing-comment = { $item } : la réponse est { $choice }, mais la rubrique « { $label } » est vide
validate-comment-required-yes-help = le questionnaire exige des observations (`comments`) après { $choice } : indiquez les mesures prises
validate-comment-required-no-help = le questionnaire exige des observations (`comments`) après { $choice } : indiquez pourquoi aucune mesure n'a été prise, ou ce qui est prévu
validate-comment-expected-yes-help = le questionnaire appelle des observations (`comments`) après { $choice } : indiquez les mesures prises
validate-comment-expected-no-help = le questionnaire appelle des observations (`comments`) après { $choice } : indiquez pourquoi aucune mesure n'a été prise, ou ce qui est prévu
validate-long-comment = { $item } : les observations comptent { $words } { $words ->
    [one] mot
   *[other] mots
} ; le formulaire en autorise au plus { $max }
validate-long-comment-help = ramenez-les à { $max } { $max ->
    [one] mot
   *[other] mots
} au plus, en conservant l'essentiel

validate-unreadable-entry = impossible de lire cette entrée : { $reason }
validate-too-large = le fichier fait { $size } octets, soit plus que la limite de { $limit } octets fixée pour une réponse
validate-file-gone = le fichier a disparu : il a été déplacé ou supprimé après que qnr l'a répertorié
validate-more-findings = { $count ->
    [one] { $count } autre constat n'est pas affiché
   *[other] { $count } autres constats ne sont pas affichés
} ; qnr en signale au plus { $max } par fichier

validate-form-csv-answer-help = indiquez yes ou no dans la colonne `mesures_prises` (`action_taken`) de cette ligne
validate-form-answer-help = cochez { $yes } ou { $no } sur cette ligne (☒ { $yes } ☐ { $no }, ou supprimez l'autre mot), ou convertissez le formulaire en JSON et répondez avec `qnr fill --only-missing`
validate-form-csv-comment-help = indiquez les mesures prises dans la colonne `observations` (`comments`) de cette ligne
validate-form-comment-help = indiquez les mesures prises sous « { $label } »
validate-form-csv-field-help = remplissez la colonne `{ $id }`
validate-form-field-help = remplissez « { $label } » en haut du formulaire
