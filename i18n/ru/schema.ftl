# The schema's default texts, in the schema's language (src/schema/build.rs),
# and `qnr schema` (src/commands/schema/).

schema-default-issue-heading = Вопрос {"{"}numeral{"}"}
schema-default-recommendation-heading = Рекомендация {"{"}label{"}"}
schema-default-comments-label = Замечания

schema-show-summary = вопросник `{ $id }`, версия { $version } · вопросов: { $issues }, рекомендаций: { $recommendations }
schema-show-required = обязательно
schema-show-date = дата, ГГГГ-ММ-ДД
schema-show-email = адрес электронной почты
schema-show-yes-no = { $yes } или { $no }
schema-show-each-recommendation = По каждой рекомендации
schema-show-rule-required = обязательны
schema-show-rule-expected = желательны
schema-show-rule-optional = необязательны
schema-show-comment-rule = { $when_yes } после ответа { $yes }, { $when_no } после ответа { $no }
schema-show-comment-limit = { $rules }; не более { $max } { $max ->
    [one] слова
    [few] слов
    [many] слов
   *[other] слова
}

# `qnr schema check`: what is wrong in a schema file (src/schema/build.rs).
schema-what-field-id = `id` поля заголовочной части
schema-what-field-label = `label` поля заголовочной части
schema-what-issue-numeral = `numeral` вопроса
schema-what-issue-title = `title` вопроса
schema-what-rec-label = `label` рекомендации
schema-what-rec-text = `text` рекомендации
schema-check-empty = { $what }: пустое значение
schema-check-empty-help = напишите текст так, как он приводится в печатной форме
schema-check-one-language = { $what }: текст дан на одном языке, тогда как языки схемы: { $languages }
schema-check-one-language-help = приведите его на каждом языке, по одной строке на язык, как `title`: `text.en = "…"`, `text.fr = "…"`
schema-check-not-its-language = { $what }: текст дан на языке `{ $code }`, который не входит в число языков схемы ({ $languages })
schema-check-not-its-language-help = языки схемы определяются по `title`: добавьте этот язык и туда или удалите строку
schema-check-no-translation = { $what }: нет текста на языке `{ $lang }`
schema-check-no-translation-help = каждый текст приводится на всех языках схемы ({ $languages }): добавьте строку `{ $lang }`
schema-check-bad-id = { $what } `{ $text }` не может входить в идентификатор
schema-check-bad-id-help = используйте не более { $max } знаков без пробелов, точек и кавычек, например `II`, `4` или `a`
schema-check-duplicate-field = у двух полей заголовочной части один и тот же идентификатор `{ $id }`
schema-check-duplicate-numeral = у двух вопросов один и тот же номер `{ $id }`
schema-check-duplicate-label = у двух рекомендаций этого вопроса один и тот же номер `{ $id }`
schema-check-duplicate-help = идентификаторы не должны повторяться: переименуйте один из них
schema-check-template = `{ $key }` должен содержать `{ $placeholder }` и никаких других подстановок
schema-check-template-help = например, `{ $example }`
schema-check-max-words = значение `comments.max_words` должно быть положительным
schema-check-max-words-help = укажите предельное число слов, например `max_words = 200`, или удалите ключ
schema-check-choices-alike = у двух вариантов ответа одинаковая подпись
schema-check-choices-alike-help = дайте `answer.yes` и `answer.no` разные подписи
schema-check-no-issues = в вопроснике нет ни одного вопроса
schema-check-no-issues-help = добавьте хотя бы одну таблицу `[[issues]]` с рекомендациями
schema-check-no-recommendations = в вопросе `{ $numeral }` нет ни одной рекомендации
schema-check-no-recommendations-help = добавьте таблицы `[[issues.recommendations]]` с ключами `label` и `text`
schema-check-unknown-language = неизвестный язык `{ $code }`; допустимые языки: { $languages }
schema-check-unknown-language-help = qnr работает на английском (`en`), французском (`fr`), испанском (`es`) и русском (`ru`) языках
schema-check-language-not-in-title = язык схемы (`language`) — `{ $lang }`, однако `title` на этом языке не приведен
schema-check-language-not-in-title-help = добавьте `title.{ $lang } = "…"` или укажите один из языков `title`
schema-check-unknown-key = неизвестный ключ `{ $key }`; допустимые ключи: { $list }
schema-check-unknown-key-help = удалите ключ или исправьте его написание
schema-check-unknown-value = неизвестное значение `{ $value }`; допустимые значения: { $list }
schema-check-unknown-value-help = используйте одно из перечисленных значений
schema-check-missing-key = отсутствует ключ `{ $key }`
schema-check-missing-key-help = добавьте ключ; `qnr schema show` выводит схему по умолчанию, из которой его можно скопировать
schema-check-toml-help = исправьте синтаксис TOML в этом месте
schema-json-help = схема в формате JSON содержит те же ключи, что и схема TOML, в том виде, в каком их выводит `qnr schema show --format json`
