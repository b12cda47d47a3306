# `qnr new` (src/commands/new.rs).

new-wrote = wrote an empty { $questionnaire } reply to `{ $file }`; next: `qnr fill { $file }` or edit it, then `qnr validate { $file }`
new-wrote-form = wrote an empty { $questionnaire } form to `{ $file }`; next: fill it in (tick the boxes), then `qnr validate { $file }`
new-wrote-word = wrote an empty { $questionnaire } form to `{ $file }`; next: fill it in Word (tick the boxes), then `qnr validate { $file }`
