# The forms' own words (src/formats/).

forms-questionnaire-line = Cuestionario: { $id }, versión { $version }
forms-respondent-heading = Datos de identificación
forms-column-issue = cuestión
forms-column-recommendation = recomendación
forms-column-action-taken = medidas_adoptadas
forms-column-comments = observaciones
forms-file-hint = Compruebe este archivo con `qnr validate`; responda con `qnr fill`.
forms-csv-field-columns = las columnas posteriores a `comments` son datos de identificación: { $list }
