# `qnr diff` for people (src/diff/human.rs).

diff-identical = В `{ $a }` и `{ $b }` совпадают ответы, замечания и сведения о респонденте
diff-empty = (не заполнено)
diff-unanswered = нет ответа
diff-added = добавлена
diff-removed = удалена
diff-changed = изменена
diff-summary = { $total ->
    [one] { $total } различие
    [few] { $total } различия
    [many] { $total } различий
   *[other] { $total } различия
} (в сведениях о респонденте: { $respondent }, в рекомендациях: { $recommendations })
diff-one-stdin = только один из двух ответов может поступать со стандартного ввода
