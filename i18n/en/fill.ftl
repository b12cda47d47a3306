# `qnr fill`: its screens, prompts, help and summary (src/fill/, src/commands/fill.rs).

## The reply file

# Another qnr holds the reply's lock.
fill-busy = another qnr is filling `{ $path }` (process { $pid }, since { $since }); finish or quit that one first (its lock is `{ $lock }`)
# A failed save before the file was ever created.
fill-not-saved-new =
    { $cause }
    {"  "}Nothing was saved: `{ $path }` was not created.
    { $unsaved }{"  "}Make room on the disk or make the folder writable, then `qnr fill { $path }` starts again.
fill-banner = { $file } ({ $state }), { $questionnaire } questionnaire
fill-banner-new = new file
fill-banner-resuming = resuming
fill-saved-summary = { $answered } of { $total } recommendations answered, saved in `{ $file }`
fill-nothing-saved = nothing was answered, so `{ $file }` was not created
fill-left-as-it-was = (`{ $file }` is left as it was)
fill-then-validate = { $saved }; check it with `qnr validate { $file }`
fill-then-resume = { $saved }; `qnr fill { $file }` resumes
fill-interrupted-saved = interrupted: every confirmed answer is saved in `{ $file }`; `qnr fill { $file }` resumes
fill-interrupted-nothing = interrupted: nothing was answered, so `{ $file }` was not created
fill-unknown-goto = `--goto { $id }`: there is no recommendation or field with that id; `qnr schema show` lists them
fill-several-replies = there are { $count } replies here ({ $names }); name the one to fill: `qnr fill FILE`
fill-output-exists = `{ $file }` already exists; name a new file to fill into
fill-unknown-extension = `qnr fill` cannot tell the format of `{ $file }` from its name; name it { $extensions }
fill-own-layout = `{ $form }` has a layout of its own, which qnr would not write back as it is: it is left untouched, and the answers are saved in the new file `{ $new }`
fill-removed-outside = `{ $file }` was removed outside qnr; it is written again with the answers of this session
fill-taken-from-outside = `{ $file }` was changed outside qnr; kept from there: { $parts }
fill-unreadable-outside = `{ $file }` was changed outside qnr and can no longer be read without losing part of it, so qnr leaves it as it is
fill-form-cannot-hold = `{ $file }` cannot hold { $part } as a { $format } form lays it out
fill-side-file = { $why }; the answers of this session are saved in `{ $side }` from now on
fill-conflict = `{ $file }` was changed outside qnr, and { $what } was changed both there and here.
fill-conflict-here = here: { $version }
fill-conflict-there = in the file: { $version }
fill-conflict-keys = Keep which? 1 this session's, 2 the file's
fill-empty = (empty)
fill-not-saved-heading = Not saved, to copy from here:
fill-unanswered = unanswered

## Where the person is

fill-place-field = Respondent · Field { $n } of { $count } · { $answered }
fill-place-item = { $issue } · { $recommendation } of { $count } · { $answered }
fill-answered = { $answered } of { $total } answered
fill-saved-in = saved in { $file }
fill-not-created-yet = { $file } is created at the first answer
fill-origin-saved = saved
fill-origin-last-round = from last round
fill-origin-suggested = suggested
fill-now = now: { $value } ({ $origin })

## Questions and keys

fill-required = required
fill-optional = optional
fill-kind-date = a date: YYYY-MM-DD
fill-kind-email = an e-mail address
fill-digits-too = (or 1/2)
fill-enter-keeps = Enter keeps { $value } ·
fill-moves = { $back } back · { $skip } skip · { $goto } go to · { $quit } save and quit · ? help
# The letters of the moves; never one of the answers' letters.
fill-key-back = b
fill-key-skip = s
fill-key-goto = g
fill-key-quit = q
# The letters of a saved comment's actions; never one of the moves' letters.
fill-key-edit = e
fill-key-retype = t
fill-key-delete = d
# The commands typed at a text prompt, after a `/`: one word each, the
# English names always work too.
fill-command-back = back
fill-command-skip = skip
fill-command-goto = goto
fill-command-quit = quit
fill-command-editor = editor
fill-command-clear = clear
fill-command-help = help
fill-field-hint = Enter confirms · /back /skip /goto ID /quit · /help
fill-default-hint = { $origin }: { $value } · Enter takes it, typing replaces it, → edits it
fill-paste-ignored = Pasted text is not taken as keys here: answer with one key, then paste at the comment.
fill-goto-prompt = Go to
fill-goto-hint = a recommendation such as { $item }, or a field such as { $field }; empty stays here
fill-first-question = This is the first question; there is nothing before it.
fill-no-such-question = There is no question `{ $id }`. Recommendations are { $first } … { $last }; fields are { $fields }.
fill-editor-for-comments = The editor is for comments; type the value here.
fill-not-a-command = { $command } is not a command; /help lists them.
fill-not-a-command-comment = { $command } is not a command; /help lists them (start with // to write a /)
fill-required-left-empty = { $label } is required and stays empty for now; the summary lists it
fill-which-date = `{ $typed }` can be read two ways: { $first } or { $second }?
fill-type-again = Esc: type it again
fill-long-date = { $day } { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
} { $year }
fill-not-a-date = `{ $value }` is not a date; write it as YYYY-MM-DD, for example 2019-05-15
fill-not-an-email = `{ $value }` is not an e-mail address; write one address, like name@ministry.gov
fill-not-yes-no = `{ $value }` is neither { $yes } nor { $no }

## Comments

fill-rule-required = required
fill-rule-expected = expected
fill-rule-optional = optional
fill-rule-limit = { $rule }, at most { $max } words
fill-comment-hint = Type a paragraph and press Enter. Press Enter on an empty line when you are done.
fill-comment-keys = Tab: write it in { $editor } · /back /skip /goto ID /quit · /help
fill-words = { $count ->
    [one] { $count } word
   *[other] { $count } words
}
fill-words-of-most = { $count } of at most { $max } words
fill-words-over = { $count } words: more than the { $max } the form asks for (kept; shorten it if you can)
fill-comment-emptied = (the comment is empty again)
fill-comment-actions = Enter keeps it · { $edit } edit in { $editor } · { $retype } type a new one · { $delete } delete · { $back } back · ? help
fill-required-comment = { $label } is required after { $choice }, and it is empty.
fill-required-comment-keys = Enter writes it now · { $later } leaves it empty for now (the summary lists it)
fill-saved-item = ✓ { $id } saved: { $choice }, { $words }
fill-editor-template =
    # Write the comment above this line; this line and everything below it
    # are removed. Leave an empty line between paragraphs. Save and close
    # the editor to go on; an empty comment means no comment.
fill-editor-at-most = At most { $max } words.
fill-editor-not-started = could not start the editor `{ $editor }`: { $reason }; set $VISUAL or $EDITOR to an editor (for example `export EDITOR=nano`); the comment was not changed
fill-editor-not-found = the editor `{ $editor }` was not found (it comes from $VISUAL or $EDITOR); set one of them to an editor, for example `export EDITOR=nano`; the comment was not changed
fill-editor-failed = the editor `{ $editor }` stopped with exit code { $code }; the comment was not changed
fill-editor-not-text = the editor saved something that is not text ({ $reason }); the comment was not changed

## Help

fill-help-enter = Enter confirms what is shown (the saved answer, or the one offered); typing replaces it.
fill-help-back = /back (or { $back } at a { $yes }/{ $no } question) returns to the question before.
fill-help-skip = /skip (or { $skip }) goes on and leaves this question as it is.
fill-help-goto = /goto { $item } (or { $goto }) jumps to a recommendation, or to a field such as { $field }.
fill-help-quit = /quit (or { $quit }) stops here; every confirmed answer is already saved.
fill-help-arrows = At a { $yes }/{ $no } question, ← ↑ PgUp go back, and → ↓ PgDn skip.
fill-help-editor-keys = /editor (or Tab, or { $edit }) writes the comment in your editor.
fill-help-editor = /editor (or { $edit }) writes the comment in your editor.
fill-help-clear = /clear empties a field or the comment being typed.
fill-help-resume = Everything you confirm is saved at once. `qnr fill FILE` later asks, once each, whatever has no answer yet, then shows the summary.

## Summary

fill-summary-title = Summary of { $file } · { $answered } of { $total } answered
fill-table-id = id
fill-table-answer = answer
fill-table-words = words
fill-table-last-round = last round
fill-table-notes = notes
fill-note-no-answer = no answer
fill-note-no-comment = no { $label }
fill-note-over = over { $max } words
fill-change-same = same
fill-change-changed = changed
fill-change-new = new
fill-change-open = open
fill-verdict-valid = The reply is complete and valid.
fill-verdict-warnings = The reply is valid, with { $warnings ->
    [one] { $warnings } warning
   *[other] { $warnings } warnings
}.
fill-verdict-errors = The reply is not complete yet: { $errors ->
    [one] { $errors } error
   *[other] { $errors } errors
}, { $warnings ->
    [one] { $warnings } warning
   *[other] { $warnings } warnings
}.
fill-revisit = Revisit the { $count ->
    [one] question
   *[other] { $count } questions
} with a finding ({ $ids })?
fill-more-problems = … and { $count } more: `qnr validate { $file }` lists them all
fill-problem-error = error:
fill-problem-warning = warning:
fill-sentence-not-answered = not answered
fill-sentence-since = { $change } since last round

## Plain mode

fill-plain-warning = Warning: { $text }
fill-plain-keep = [{ $origin }: { $value }; Enter keeps it]
fill-plain-choice = { $question } 1 { $yes }, 2 { $no }{ $keep }; h for help:
fill-plain-type-1-2 = Type 1 or 2.
fill-plain-type-choice = Type 1 for { $yes } or 2 for { $no }; h for help.
fill-plain-goto = Go to which recommendation or field (for example { $item } or { $field })?
fill-plain-comment = { $label } ({ $rule }). Type one paragraph per line; an empty line ends. /e opens your editor, /help lists commands.
fill-plain-paragraph-first = Paragraph 1:
fill-plain-paragraph = Paragraph { $n } ({ $words } so far):
fill-plain-opening = Opening { $editor }.
fill-plain-comment-saved = Comment saved, { $words }.
fill-plain-comment-emptied = The comment is empty again.
fill-plain-existing = { $label } ({ $origin }, { $words }):
fill-plain-existing-keys = Enter keeps it; { $edit } edits it in your editor, { $retype } types a new one, { $delete } deletes it, { $back } goes back:
fill-plain-existing-again = Press Enter, or type { $edit }, { $retype }, { $delete } or { $back }.
fill-plain-required = Press Enter to write it now, or type { $later } to leave it empty for now:
fill-plain-enter-or-n = Press Enter, or type { $later }.
fill-plain-which-date = 1 { $first }, 2 { $second }; Enter to type it again:
fill-plain-summary = Summary of { $file }: { $answered } of { $total } answered.
fill-plain-revisit = { $offer } Type { $yes } or { $no }:
fill-plain-type-y-n = Type { $yes } or { $no }.
