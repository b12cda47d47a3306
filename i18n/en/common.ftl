# Words every command uses.

# Before the message of a failure that stops the command, on stderr.
common-error = error:

# Under an unknown name, when a known one is close.
common-did-you-mean = did you mean `{ $name }`?

# What kind of value a file holds where another was expected: "found a list".
common-kind-null = null
common-kind-bool = true or false
common-kind-number = a number
common-kind-text = text
common-kind-list = a list
common-kind-object = an object

# The words before a finding's code and lines, as a compiler prints them:
# `error[missing-answer]: …`, `= help: …`.
common-level-error = error
common-level-warning = warning
common-level-help = help
common-level-note = note
common-line-too-long = the line is { $bytes } bytes long, too long to show

# Helps that cite a page of the documentation ($page: `docs/validate.md#limits`).
common-help-not-a-reply = this is not a reply; see { $page }
common-help-shorten = shorten it; see { $page }
common-help-fix-the-first = fix the ones above and check again; see { $page }
