# The forms' own words (src/formats/).

forms-questionnaire-line = Cuestionario: { $id }, versión { $version }
forms-respondent-heading = Datos de identificación
forms-column-issue = cuestión
forms-column-recommendation = recomendación
forms-column-action-taken = medidas_adoptadas
forms-column-comments = observaciones
forms-file-hint = Compruebe este archivo con `qnr validate`; responda con `qnr fill`.
