# The forms' own words (src/formats/).

forms-questionnaire-line = Questionnaire : { $id }, version { $version }
forms-respondent-heading = Renseignements sur le répondant
forms-column-issue = question
forms-column-recommendation = recommandation
forms-column-action-taken = mesures_prises
forms-column-comments = observations
forms-file-hint = Vérifiez ce fichier avec `qnr validate` ; répondez avec `qnr fill`.
forms-csv-field-columns = les colonnes qui suivent `observations` (`comments`) correspondent aux renseignements sur le répondant : { $list }

forms-item-twice = { $item } figure plusieurs fois ; seule la dernière occurrence serait conservée
forms-text-differs = { $item } : le texte de la recommandation diffère de celui du questionnaire { $difference }
forms-title-differs = { $heading } : l'intitulé diffère de celui du questionnaire { $difference }
forms-text-difference = (le fichier indique « { $found }… » alors que le questionnaire indique « { $expected }… »)
forms-check-round-help = vérifiez que le formulaire correspond bien au questionnaire de ce cycle ; `qnr schema show` l'affiche
forms-unknown-item-help = `qnr schema show` énumère les recommandations de chaque question
forms-answer-later-help = répondez-y après la conversion : `qnr fill --only-missing RÉPONSE` ne pose que les questions restées ouvertes
forms-no-answer-line = { $item } : le formulaire ne comporte pas de ligne « { $question } » ; la réponse reste ouverte
forms-unmarked = { $item } : ni { $yes } ni { $no } n'est coché après « { $question } » ; la réponse reste ouverte
forms-both-marked = { $item } : { $yes } et { $no } sont tous deux cochés après « { $question } »
forms-both-marked-help = ne laissez coché que { $yes } ou { $no }
forms-unclear-mark = { $item } : `{ $text }` n'indique ni { $yes } ni { $no }
forms-unclear-mark-help = cochez l'une des deux cases, par exemple `{ $question } ☒ { $yes } ☐ { $no }`, ou supprimez l'autre mot
forms-unknown-issue = la question `{ $issue }` ne figure pas dans le questionnaire { $questionnaire }
forms-unknown-issue-help = ses questions sont { $issues } ; s'agit-il du formulaire d'un autre cycle ? Utilisez son schéma avec `--schema`
forms-no-issue = impossible de déterminer à quelle question se rattache `{ $heading }` : aucun intitulé de question ne le précède
forms-no-issue-help = ajoutez l'intitulé de la question au-dessus, par exemple `{ $example }`
forms-empty = le fichier est vide
forms-empty-help = `qnr new --to txt` crée un formulaire vierge à remplir
forms-not-a-form = aucune recommandation trouvée : ce fichier ne se lit pas comme le formulaire { $questionnaire }
forms-not-a-form-help = un formulaire présente chaque recommandation `{ $recommendation }` sous `{ $issue }: …`, suivie de « { $question } »
forms-missing-item = { $item } ne figure pas dans le fichier
forms-missing-item-help = elle reste sans réponse ; vérifiez qu'il ne manque aucune page du formulaire
forms-field-twice = « { $label } » figure plusieurs fois ; seule la dernière occurrence serait conservée
forms-field-twice-help = n'en conservez qu'une, afin que rien ne soit perdu
forms-field-unmarked = « { $label } » : ni { $yes } ni { $no } n'est coché
forms-field-unmarked-help = donnez à `{ $id }` la valeur "yes" ou "no" dans la réponse convertie
forms-field-both-marked = « { $label } » : { $yes } et { $no } sont tous deux cochés
forms-field-both-marked-help = ne laissez qu'une seule case cochée

forms-part-field = le champ `{ $id }`
forms-part-comments = les observations sur { $item }
forms-part-answer = la réponse à { $item }
forms-part-questionnaire = le questionnaire auquel elle répond
forms-part-version = sa version, `{ $version }`
forms-too-many-headings = le formulaire comporte { $headings } titres de recommandation, alors que qnr en lit au plus { $max } (un questionnaire en compte quelques dizaines)
forms-md-too-many-headings = le fichier comporte plus de { $headings } titres, alors que qnr lit au plus { $max } réponses (un questionnaire en compte quelques dizaines)
forms-md-too-deep = la ligne { $line } imbrique { $depth } citations ou éléments de liste ; un formulaire n'en demande que quelques-uns et qnr en lit au plus { $max }
forms-save-as-utf8 = enregistrez le fichier en texte UTF-8
forms-empty-reply-help = `qnr new` crée une réponse vierge de départ
forms-fix-syntax = corrigez la syntaxe { $format } à cet endroit

forms-csv-empty-help = `qnr new --to csv` crée une réponse vierge
forms-csv-no-id = la ligne d'en-tête ne comporte pas de colonne `id`
forms-csv-no-id-help = la première ligne nomme les colonnes : id, question, recommandation, mesures_prises, observations, puis les renseignements sur le répondant
forms-csv-too-many-rows = le fichier compte plus de { $max } lignes ; qnr lit au plus { $max } réponses (un questionnaire en compte quelques dizaines)
forms-csv-field-differs = la colonne `{ $column }` indique `{ $value }` ici, mais `{ $first }` plus haut
forms-csv-field-differs-help = une réponse n'a qu'un répondant : indiquez la même valeur sur chaque ligne, ou laissez les autres vides
forms-csv-no-row-id = ligne sans `id`
forms-csv-no-row-id-help = indiquez l'identifiant de la recommandation (`I.1`) dans la colonne `id`
forms-csv-item-twice = { $item } figure sur plusieurs lignes ; seule la dernière serait conservée
forms-csv-item-twice-help = regroupez ces lignes en une seule, afin que rien ne soit perdu
forms-csv-choice-help = indiquez `yes` ou `no` dans la colonne `mesures_prises` (`action_taken`), ou laissez-la vide
forms-csv-invalid = le fichier n'est pas un fichier CSV valide : { $reason }
forms-csv-invalid-help = corrigez les guillemets de cette ligne (un guillemet à l'intérieur d'une cellule s'écrit deux fois : "")

# Limites de ce qu'un fichier peut contenir (src/formats/limits.rs). $item :
# nom d'une recommandation (« Recommandation 3 (II.3) ») ; $field : clé d'un
# champ des renseignements sur le répondant ; $length et $limit : en octets.
forms-too-many-answers = le fichier contient { $count } réponses ; qnr en lit au plus { $limit } (un questionnaire en compte quelques dizaines)
forms-too-many-lines = le fichier compte { $count } lignes ; un formulaire enregistré en texte en a au plus { $limit } (le questionnaire en compte quelques centaines)
forms-comment-too-long = les observations sur { $item } font { $length } octets ; qnr lit au plus { $limit } octets (1 Mio) par valeur
forms-field-too-long = le champ `{ $field }` fait { $length } octets ; qnr lit au plus { $limit } octets (1 Mio) par valeur
