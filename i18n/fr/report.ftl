# `qnr report` : tous les mots des documents du rapport (src/report/words.rs)
# et ce que dit la commande à la fin.

## Dates, proportions et listes

report-date = { $day ->
    [one] 1er
   *[other] { $day }
} { $month ->
    [1] janvier
    [2] février
    [3] mars
    [4] avril
    [5] mai
    [6] juin
    [7] juillet
    [8] août
    [9] septembre
    [10] octobre
    [11] novembre
   *[12] décembre
} { $year }
report-no-date = sans date
report-percent = { $value } %
report-list-and = et
report-colon = { "\u00A0" }:
report-semicolon = { "\u202F" };

## Titres et libellés

report-kicker = Compilation des réponses au questionnaire
report-note-by-secretariat = Note du Secrétariat
report-contents = Table des matières
report-overview = Vue d'ensemble
report-replies = Réponses
report-recommendations = Réponses par recommandation
report-previous = Comparaison avec le cycle précédent
report-problems = Problèmes relevés dans les réponses
report-state = État
report-region = Région
report-date-of-submission = Date de soumission
report-consent = Autorisation de publication
report-consent-yes = Oui
report-consent-no = Non
report-consent-not-stated = Non précisée
report-recommendation = Recommandation
report-unanswered = Sans réponse
report-share-yes = Proportion de « { $yes } »
report-answer = Réponse
report-count-states = États
report-share = Proportion
report-which-states = États concernés
report-grid-caption = Réponses par État
report-table-caption = Réponses par recommandation (nombre d'États)
report-grid-key = O : { $yes } (mesures prises) · N : { $no } · – : sans réponse
report-mark-yes = O
report-mark-no = N
report-mark-none = –
report-unnamed-reply = Réponse sans nom d'État ({ $file })
report-incomplete-counted = incomplète, comptée telle que reçue
report-as-at = Chiffres arrêtés au { $date }

## Les chiffres d'ouverture

report-lead-states = { $count ->
    [one] { $count } État a répondu
   *[other] { $count } États ont répondu
}
report-lead-by-cutoff = { " " }dans le délai imparti, qui expirait le { $date }
report-lead-unnamed = { " " }; { $count ->
    [one] { $count } autre réponse ne désigne aucun État
   *[other] { $count } autres réponses ne désignent aucun État
}
report-lead-no-reply = Aucune réponse n'est prise en compte
report-lead-no-state = { $count ->
    [one] { $count } réponse, qui ne désigne aucun État
   *[other] { $count } réponses, dont aucune ne désigne un État
}
report-lead-no-country-field = { " " }(aucun champ du questionnaire n'a le rôle « country »)
report-lead-late = { $count ->
    [one] { $count } réponse est parvenue après la date limite et n'est pas prise en compte.
   *[other] { $count } réponses sont parvenues après la date limite et ne sont pas prises en compte.
}
report-dated-one = Les réponses prises en compte sont datées du { $date }.
report-dated-range = Les réponses prises en compte sont datées du { $from } au { $to }.

## Les États invités à répondre

report-response = Taux de réponse : { $replied } sur { $expected } { $expected ->
    [one] État invité
   *[other] États invités
} à répondre ({ $share }).
report-expected-all = États invités à répondre : les États Membres et les États observateurs de l'Organisation des Nations Unies.
report-expected-members = États invités à répondre : les États Membres de l'Organisation des Nations Unies.
report-expected-africa = États invités à répondre : les membres de la Réunion des chefs des services nationaux de répression en matière de drogues, Afrique (les États membres de la Commission économique pour l'Afrique).
report-expected-asia-pacific = États invités à répondre : les membres de la Réunion des chefs des services nationaux de répression en matière de drogues, Asie et Pacifique (les États membres de la Commission économique et sociale pour l'Asie et le Pacifique).
report-expected-latin-america-caribbean = États invités à répondre : les membres de la Réunion des chefs des services nationaux de répression en matière de drogues, Amérique latine et Caraïbes (les États membres de la Commission économique pour l'Amérique latine et les Caraïbes).
report-expected-europe = États invités à répondre : les membres de la Réunion des chefs des services nationaux de répression en matière de drogues, Europe (les États membres de la Commission économique pour l'Europe).
report-expected-near-middle-east = États invités à répondre : les membres de la Sous-Commission du trafic illicite des drogues et des problèmes apparentés pour le Proche et le Moyen-Orient.
report-expected-file = États invités à répondre : ceux de la liste fournie.
report-not-replied = États n'ayant pas répondu ({ $count })
report-all-replied = Tous les États invités ont répondu.
report-not-expected = Réponses d'États ne figurant pas sur la liste des États invités ({ $count })
report-states-expected = États invités
report-replied = Ont répondu
report-response-rate = Taux de réponse
report-publishable = Réponses pouvant être publiées telles que reçues ({ $count })
report-none-publishable = Aucun État n'a autorisé la publication de sa réponse telle que reçue.

## Questions et recommandations

report-issue-states = Sur { $states } { $states ->
    [one] État
   *[other] États
}, { $all } { $all ->
    [one] a signalé
   *[other] ont signalé
} des mesures pour { $recommendations ->
    [one] la recommandation
   *[other] chacune des { $recommendations } recommandations
}, { $some } pour certaines d'entre elles et { $none } pour aucune.
report-reported-action = Sur { $total } { $total ->
    [one] État
   *[other] États
}, { $yes } ({ $share }) { $yes ->
    [one] a indiqué
   *[other] ont indiqué
} avoir pris des mesures.
report-no-comment-from = Sans observations : { $names }.
report-no-comments = Aucun État n'a formulé d'observations sur cette recommandation.

## Comparaison avec le cycle précédent

report-replies-then = { $count ->
    [one] Le cycle précédent comptait { $count } réponse.
   *[other] Le cycle précédent comptait { $count } réponses.
}
report-yes-then = « { $yes } » (cycle précédent)
report-yes-now = « { $yes } » (cycle actuel)
report-change = Évolution
report-last-round = Cycle précédent : sur { $total } { $total ->
    [one] État
   *[other] États
}, { $yes } ({ $share }) { $yes ->
    [one] avait indiqué
   *[other] avaient indiqué
} avoir pris des mesures.
report-changes-by-state = Évolution par État
report-no-changes = Aucun des États ayant répondu aux deux cycles n'a modifié ses réponses.
report-newly-answered = désormais { $answer } (auparavant sans réponse)
report-no-longer-answered = sans réponse (auparavant { $answer })
report-gone = États ayant répondu au cycle précédent mais pas à celui-ci ({ $count })
report-new-states = États répondant pour la première fois ({ $count })

## Problèmes, pour un secrétariat : l'État, ce qui ne va pas, le fichier en dernier

report-no-problems = Aucun : chaque fichier lu est une réponse valide, une par État.
report-problems-invalid = Réponses comportant des erreurs
report-problems-unreadable = Fichiers n'ayant pas pu être lus comme des réponses
report-problems-duplicates = États ayant envoyé plus d'une réponse
report-problems-other = Réponses à un autre questionnaire
report-problems-late = Réponses parvenues après la date limite
report-problems-unplaced = Noms d'États absents de la liste des États
report-invalid-counted = la réponse est incomplète ou comporte des erreurs ({ $error }) ; elle est comptée telle que reçue.
report-invalid-left-out = la réponse n'est pas prise en compte : { $error }.
report-unreadable = Le fichier n'a pas pu être lu comme une réponse : { $error }.
report-error-at = { $message } ({ $id })
report-duplicate = { $count ->
    [one] la réponse datée du { $kept } est prise en compte ; la réponse antérieure, datée du { $dropped }, ne l'est pas.
   *[other] la réponse datée du { $kept } est prise en compte ; les réponses antérieures, datées du { $dropped }, ne le sont pas.
}
report-other-questionnaire = réponse à un autre questionnaire (« { $questionnaire } ») ; non prise en compte.
report-a-reply = Une réponse
report-late-dated = datée du { $date }, après la date limite ; non prise en compte.
report-late-no-date = la réponse n'indique pas de date de soumission valide, de sorte qu'il est impossible d'établir qu'elle est parvenue dans le délai imparti ; non prise en compte.
report-unplaced = « { $name } » ne figure pas dans la liste des États ; la réponse est comptée sous ce nom.
report-file = Fichier : { $file }
report-files = Fichiers : { $files }

## Ce que dit `qnr report` à la fin

report-summary = { $included } { $included ->
    [one] fichier compilé
   *[other] fichiers compilés
} sur { $files } ({ $left } { $left ->
    [one] écarté
   *[other] écartés
}{ $listed ->
    [yes] , voir la section « Problèmes »
   *[no] {""}
})
report-summary-into = { $summary } dans `{ $file }`
report-unplaced-warning = avertissement : { $count ->
    [one] { $count } nom d'État absent de la liste des États, compté tel qu'écrit
   *[other] { $count } noms d'États absents de la liste des États, comptés tels qu'écrits
} : { $names }

# Échecs de `qnr report` (src/commands/report.rs, src/report/expected.rs).
# $path : liste des États donnée avec `--expected` ; $reason : texte du
# lecteur de texte ou de CSV.
report-expected-not-text = `{ $path }` n'est pas un fichier texte (ligne { $line }, colonne { $column }) : { $reason }
report-expected-no-state = `{ $path }` ne mentionne aucun État
report-expected-csv-header = impossible de lire la ligne d'en-tête du fichier CSV : { $reason }
report-expected-csv = impossible de lire le fichier CSV : { $reason }
report-output-format = impossible de déterminer le format à écrire d'après le nom `{ $file }` ; donnez-lui l'extension .md, .html, .csv, .json ou .docx, ou ajoutez `--format md|html|csv|json|docx`
report-no-reply = le fichier ne contient aucune réponse
# Barre de progression dans le terminal : $bar, $pos, $len et $eta sont la
# barre, les fichiers lus, le nombre total de fichiers et le temps restant.
report-progress = compilation { $bar } { $pos }/{ $len } fichiers (encore { $eta })
