# The forms' own words (src/formats/).

forms-questionnaire-line = Questionnaire : { $id }, version { $version }
forms-respondent-heading = Renseignements sur le répondant
forms-column-issue = question
forms-column-recommendation = recommandation
forms-column-action-taken = mesures_prises
forms-column-comments = observations
forms-file-hint = Vérifiez ce fichier avec `qnr validate` ; répondez avec `qnr fill`.
forms-csv-field-columns = les colonnes qui suivent `comments` sont des champs de renseignements : { $list }
