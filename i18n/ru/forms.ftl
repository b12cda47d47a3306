# The forms' own words (src/formats/).

forms-questionnaire-line = Вопросник: { $id }, версия { $version }
forms-respondent-heading = Сведения о респонденте
forms-column-issue = вопрос
forms-column-recommendation = рекомендация
forms-column-action-taken = приняты_меры
forms-column-comments = замечания
forms-file-hint = Проверьте этот файл командой `qnr validate`; ответьте на вопросы командой `qnr fill`.
forms-csv-field-columns = столбцы после `comments` содержат сведения о респонденте: { $list }
