# `qnr diff` for people (src/diff/human.rs).

diff-identical = `{ $a }` and `{ $b }` give the same answers, comments and respondent details
# A respondent field with no value, on one side of `→`.
diff-empty = (empty)
# A recommendation without YES or NO, on one side of `→`.
diff-unanswered = unanswered
# After a recommendation's name: what happened to its answer.
diff-added = added
diff-removed = removed
diff-changed = changed
diff-summary = { $total ->
    [one] { $total } difference
   *[other] { $total } differences
} ({ $respondent } in respondent details, { $recommendations } in recommendations)
diff-one-stdin = only one of the two replies can come from standard input
