# `qnr fill` : écrans, invites, aide et récapitulatif (src/fill/, src/commands/fill.rs).
# Espace insécable avant : ; ? ! et à l'intérieur des guillemets.

## Le fichier de réponse

# Une autre instance de qnr détient le verrou de la réponse.
fill-busy = une autre instance de qnr remplit déjà `{ $path }` (processus { $pid }, depuis { $since }) ; terminez-la ou quittez-la d'abord (son verrou est `{ $lock }`)
# Échec du premier enregistrement, avant toute création du fichier.
fill-not-saved-new =
    { $cause }
    {"  "}Rien n'a été enregistré : `{ $path }` n'a pas été créé.
    { $unsaved }{"  "}Libérez de l'espace sur le disque ou autorisez l'écriture dans le dossier, puis relancez `qnr fill { $path }`.
fill-banner = { $file } ({ $state }), questionnaire { $questionnaire }
fill-banner-new = nouveau fichier
fill-banner-resuming = reprise
fill-saved-summary = { $answered ->
    [one] { $answered } recommandation traitée
   *[other] { $answered } recommandations traitées
} sur { $total }, réponse enregistrée dans `{ $file }`
fill-nothing-saved = aucune réponse n'a été donnée ; `{ $file }` n'a donc pas été créé
fill-left-as-it-was = (`{ $file }` reste inchangé)
fill-then-validate = { $saved } ; vérifiez-la avec `qnr validate { $file }`
fill-then-resume = { $saved } ; `qnr fill { $file }` permet de reprendre
fill-interrupted-saved = interruption : toutes les réponses confirmées sont enregistrées dans `{ $file }` ; `qnr fill { $file }` permet de reprendre
fill-interrupted-nothing = interruption : aucune réponse n'a été donnée ; `{ $file }` n'a donc pas été créé
fill-unknown-goto = `--goto { $id }` : aucune recommandation ni aucun champ ne porte cet identifiant ; `qnr schema show` en donne la liste
fill-several-replies = ce dossier contient { $count } réponses ({ $names }) ; indiquez celle à remplir : `qnr fill FICHIER`
fill-output-exists = `{ $file }` existe déjà ; indiquez un nouveau fichier à remplir
fill-unknown-extension = `qnr fill` ne peut déduire le format de `{ $file }` de son nom ; nommez-le { $extensions }
fill-own-layout = `{ $form }` a une mise en page propre, que qnr ne saurait réécrire à l'identique : il n'est pas modifié, et les réponses sont enregistrées dans le nouveau fichier `{ $new }`
fill-removed-outside = `{ $file }` a été supprimé en dehors de qnr ; il est recréé avec les réponses de la présente session
fill-taken-from-outside = `{ $file }` a été modifié en dehors de qnr ; modifications conservées : { $parts }
fill-unreadable-outside = `{ $file }` a été modifié en dehors de qnr et ne peut plus être lu sans perte ; qnr le laisse donc en l'état
fill-form-cannot-hold = `{ $file }` ne peut contenir { $part } selon la présentation d'un formulaire { $format }
fill-side-file = { $why } ; les réponses de la présente session sont désormais enregistrées dans `{ $side }`
fill-conflict = `{ $file }` a été modifié en dehors de qnr, et { $what } a été modifié à la fois dans le fichier et dans la présente session.
fill-conflict-here = dans la présente session : { $version }
fill-conflict-there = dans le fichier : { $version }
fill-conflict-keys = Quelle version conserver ? 1 celle de la présente session, 2 celle du fichier
fill-empty = (vide)
fill-unanswered = sans réponse
fill-not-saved-heading = Non enregistré, à copier ci-dessous :

## Où en est la personne

fill-place-field = Répondant · Champ { $n } sur { $count } · { $answered }
fill-place-item = { $issue } · { $recommendation } sur { $count } · { $answered }
fill-answered = réponses : { $answered } sur { $total }
fill-saved-in = enregistré dans { $file }
fill-not-created-yet = { $file } sera créé à la première réponse
fill-origin-saved = enregistré
fill-origin-last-round = cycle précédent
fill-origin-suggested = proposé
fill-now = actuellement : { $value } ({ $origin })

## Questions et touches

fill-required = obligatoire
fill-optional = facultatif
fill-kind-date = une date : AAAA-MM-JJ
fill-kind-email = une adresse électronique
fill-digits-too = (ou 1/2)
fill-enter-keeps = Entrée conserve { $value } ·
fill-moves = { $back } précédente · { $skip } suivante · { $goto } aller à · { $quit } enregistrer et quitter · ? aide
# Les lettres des déplacements ; jamais celle d'une réponse (o, n).
fill-key-back = p
fill-key-skip = s
fill-key-goto = a
fill-key-quit = q
# Les lettres des actions sur un commentaire enregistré ; jamais celle d'un déplacement.
fill-key-edit = m
fill-key-retype = r
fill-key-delete = e
# Les commandes saisies après une barre oblique ; les noms anglais restent valables.
fill-command-back = retour
fill-command-skip = passer
fill-command-goto = aller
fill-command-quit = quitter
fill-command-editor = éditeur
fill-command-clear = effacer
fill-command-help = aide
fill-field-hint = Entrée valide · /retour /passer /aller ID /quitter · /aide
fill-default-hint = { $origin } : { $value } · Entrée l'accepte, toute saisie le remplace, → permet de le modifier
fill-paste-ignored = Un texte collé n'est pas lu comme une suite de touches : répondez d'une seule touche, puis collez le texte dans le commentaire.
fill-goto-prompt = Aller à
fill-goto-hint = une recommandation, par exemple { $item }, ou un champ, par exemple { $field } ; laisser vide pour rester ici
fill-first-question = Il s'agit de la première question ; aucune ne la précède.
fill-no-such-question = Il n'existe pas de question `{ $id }`. Les recommandations vont de { $first } à { $last } ; les champs sont les suivants : { $fields }.
fill-editor-for-comments = L'éditeur est réservé aux commentaires ; saisissez la valeur ici.
fill-not-a-command = { $command } n'est pas une commande ; /aide en donne la liste.
fill-not-a-command-comment = { $command } n'est pas une commande ; /aide en donne la liste (commencez par // pour écrire une barre oblique)
fill-required-left-empty = Le champ « { $label } » est obligatoire et reste vide pour l'instant ; le récapitulatif le signalera
fill-which-date = `{ $typed }` peut se lire de deux façons : { $first } ou { $second } ?
fill-type-again = Échap : saisir de nouveau
fill-long-date = { $day } { $month ->
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
fill-not-a-date = `{ $value }` n'est pas une date ; écrivez-la sous la forme AAAA-MM-JJ, par exemple 2019-05-15
fill-not-an-email = `{ $value }` n'est pas une adresse électronique ; indiquez une seule adresse, par exemple nom@ministere.gouv
fill-not-yes-no = `{ $value }` n'est ni { $yes } ni { $no }

## Commentaires

fill-rule-required = obligatoire
fill-rule-expected = attendu
fill-rule-optional = facultatif
fill-rule-limit = { $rule }, { $max } mots au plus
fill-comment-hint = Saisissez un paragraphe, puis appuyez sur Entrée. Appuyez sur Entrée sur une ligne vide pour terminer.
fill-comment-keys = Tab : rédiger dans { $editor } · /retour /passer /aller ID /quitter · /aide
fill-words = { $count ->
    [one] { $count } mot
   *[other] { $count } mots
}
fill-words-of-most = { $count ->
    [one] { $count } mot
   *[other] { $count } mots
} sur { $max } au maximum
fill-words-over = { $count } mots : davantage que les { $max } demandés par le formulaire (texte conservé ; abrégez-le si possible)
fill-comment-emptied = (le commentaire est de nouveau vide)
fill-comment-actions = Entrée le conserve · { $edit } le modifier dans { $editor } · { $retype } en rédiger un nouveau · { $delete } l'effacer · { $back } précédente · ? aide
fill-required-comment = La rubrique « { $label } » est obligatoire en cas de réponse { $choice }, et elle est vide.
fill-required-comment-keys = Entrée pour le rédiger maintenant · { $later } pour le laisser vide pour l'instant (le récapitulatif le signalera)
fill-saved-item = ✓ Réponse à { $id } enregistrée : { $choice }, { $words }
fill-editor-template =
    # Rédigez le commentaire au-dessus de cette ligne ; cette ligne et tout
    # ce qui la suit seront supprimés. Séparez les paragraphes par une ligne
    # vide. Enregistrez et fermez l'éditeur pour continuer ; un commentaire
    # vide signifie l'absence de commentaire.
fill-editor-at-most = { $max } mots au plus.
fill-editor-not-started = impossible de lancer l'éditeur `{ $editor }` : { $reason } ; définissez $VISUAL ou $EDITOR (par exemple `export EDITOR=nano`) ; le commentaire n'a pas été modifié
fill-editor-not-found = l'éditeur `{ $editor }` est introuvable (il est indiqué par $VISUAL ou $EDITOR) ; définissez l'une de ces variables, par exemple `export EDITOR=nano` ; le commentaire n'a pas été modifié
fill-editor-failed = l'éditeur `{ $editor }` s'est arrêté avec le code de sortie { $code } ; le commentaire n'a pas été modifié
fill-editor-not-text = l'éditeur a enregistré un contenu qui n'est pas du texte ({ $reason }) ; le commentaire n'a pas été modifié

## Aide

fill-help-enter = Entrée valide ce qui est affiché (la réponse enregistrée ou celle qui est proposée) ; toute saisie la remplace.
fill-help-back = /retour (ou { $back } à une question { $yes }/{ $no }) revient à la question précédente.
fill-help-skip = /passer (ou { $skip }) passe à la suite sans modifier la question.
fill-help-goto = /aller { $item } (ou { $goto }) mène à une recommandation ou à un champ, par exemple { $field }.
fill-help-quit = /quitter (ou { $quit }) s'arrête ici ; toutes les réponses confirmées sont déjà enregistrées.
fill-help-arrows = À une question { $yes }/{ $no }, ← ↑ Pg préc. reviennent en arrière et → ↓ Pg suiv. passent à la suite.
fill-help-editor-keys = /éditeur (ou Tab, ou { $edit }) permet de rédiger le commentaire dans votre éditeur.
fill-help-editor = /éditeur (ou { $edit }) permet de rédiger le commentaire dans votre éditeur.
fill-help-clear = /effacer vide un champ ou le commentaire en cours de saisie.
fill-help-resume = Chaque réponse confirmée est enregistrée immédiatement. `qnr fill FICHIER` repose ensuite, une fois chacune, les questions restées sans réponse, puis affiche le récapitulatif.

## Récapitulatif

fill-summary-title = Récapitulatif de { $file } · réponses : { $answered } sur { $total }
fill-table-id = n°
fill-table-answer = réponse
fill-table-words = mots
fill-table-last-round = cycle préc.
fill-table-notes = remarques
fill-note-no-answer = sans réponse
fill-note-no-comment = sans { $label }
fill-note-over = plus de { $max } mots
fill-change-same = inchangée
fill-change-changed = modifiée
fill-change-new = nouvelle
fill-change-open = en suspens
fill-verdict-valid = La réponse est complète et valide.
fill-verdict-warnings = La réponse est valide, avec { $warnings ->
    [one] { $warnings } avertissement
   *[other] { $warnings } avertissements
}.
fill-verdict-errors = La réponse n'est pas encore complète : { $errors ->
    [one] { $errors } erreur
   *[other] { $errors } erreurs
}, { $warnings ->
    [one] { $warnings } avertissement
   *[other] { $warnings } avertissements
}.
fill-revisit = Revoir { $count ->
    [one] la question qui présente un problème
   *[other] les { $count } questions qui présentent un problème
} ({ $ids }) ?
fill-more-problems = … et { $count ->
    [one] { $count } autre
   *[other] { $count } autres
} : `qnr validate { $file }` les énumère toutes
fill-problem-error = erreur :
fill-problem-warning = avertissement :
fill-sentence-not-answered = sans réponse
fill-sentence-since = { $change } depuis le cycle précédent

## Mode simple

fill-plain-warning = Avertissement : { $text }
fill-plain-keep = [{ $origin } : { $value } ; Entrée pour le conserver]
fill-plain-choice = { $question } 1 { $yes }, 2 { $no }{ $keep } ; h pour l'aide :
fill-plain-type-1-2 = Tapez 1 ou 2.
fill-plain-type-choice = Tapez 1 pour { $yes } ou 2 pour { $no } ; h pour l'aide.
fill-plain-goto = Aller à quelle recommandation ou quel champ (par exemple { $item } ou { $field }) ?
fill-plain-comment = { $label } ({ $rule }). Saisissez un paragraphe par ligne ; une ligne vide termine. /e ouvre votre éditeur, /aide donne la liste des commandes.
fill-plain-paragraph-first = Paragraphe 1 :
fill-plain-paragraph = Paragraphe { $n } ({ $words } jusqu'ici) :
fill-plain-opening = Ouverture de { $editor }.
fill-plain-comment-saved = Commentaire enregistré, { $words }.
fill-plain-comment-emptied = Le commentaire est de nouveau vide.
fill-plain-existing = { $label } ({ $origin }, { $words }) :
fill-plain-existing-keys = Entrée pour le conserver ; { $edit } pour le modifier dans votre éditeur, { $retype } pour en rédiger un nouveau, { $delete } pour l'effacer, { $back } pour revenir en arrière :
fill-plain-existing-again = Appuyez sur Entrée, ou tapez { $edit }, { $retype }, { $delete } ou { $back }.
fill-plain-required = Appuyez sur Entrée pour le rédiger maintenant, ou tapez { $later } pour le laisser vide pour l'instant :
fill-plain-enter-or-n = Appuyez sur Entrée, ou tapez { $later }.
fill-plain-which-date = 1 { $first }, 2 { $second } ; Entrée pour saisir de nouveau :
fill-plain-summary = Récapitulatif de { $file } : réponses, { $answered } sur { $total }.
fill-plain-revisit = { $offer } Tapez { $yes } ou { $no } :
fill-plain-type-y-n = Tapez { $yes } ou { $no }.
