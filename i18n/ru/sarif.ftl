# The rules of `qnr validate --format sarif` (src/printer/sarif.rs).

sarif-rule-parse-error = Файл не является корректным файлом JSON, TOML или YAML либо текстом в кодировке UTF-8.
sarif-rule-questionnaire-mismatch = Ответ относится к другому вопроснику или другой версии либо в нем не указано, к какому.
sarif-rule-missing-answer = По рекомендации не дан ответ ДА или НЕТ.
sarif-rule-invalid-choice = Ответ не является ни "yes", ни "no".
sarif-rule-missing-comment = В ответе нет замечаний, которых требует вопросник.
sarif-rule-unknown-answer = Ответ по рекомендации, которой нет в вопроснике.
sarif-rule-missing-respondent-field = Не заполнено обязательное поле сведений о респонденте.
sarif-rule-invalid-field = Поле сведений о респонденте имеет неверное значение: несуществующая дата или неверный адрес электронной почты.
sarif-rule-duplicate-key = Ключ указан дважды; программы чтения сохранили бы только один.
sarif-rule-unknown-field = Ключ, которого нет в формате ответа.
sarif-rule-long-comment = Замечания превышают предусмотренное вопросником число слов.
sarif-rule-wrong-type = Значение неверного типа, например список вместо объекта.
sarif-rule-limit-exceeded = Файл превышает документированный предел (размер, вложенность, число значений).
sarif-rule-unreadable-file = Файл не удалось прочитать.
sarif-rule-text-mismatch = Текст рекомендации или название вопроса в форме отличается от текста вопросника.
sarif-rule-unmarked-answer = В форме не отмечено ни ДА, ни НЕТ; ответ остается открытым.
sarif-rule-missing-item = В форме отсутствует одна из рекомендаций вопросника.
sarif-rule-invalid-schema = Файл схемы вопросника содержит ошибки.
sarif-rule-duplicate-id = В схеме вопросника идентификатор указан дважды.
sarif-rule-empty-text = В схеме вопросника пустое название, текст или подпись.
sarif-rule-ambiguous-label = Из-за подписи в схеме вопросника ее формы считываются неверно.
sarif-rule-missing-role = Ни одно поле сведений о респонденте в схеме вопросника не указывает государство или дату представления.
