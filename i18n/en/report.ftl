# `qnr report`: every word of the report documents (src/report/words.rs)
# and what the command says when it is done.

## Dates, shares and lists

report-date = { $day } { $month ->
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
report-no-date = no date
report-percent = { $value }%
report-list-and = and
# The colon after a label and the semicolon between items, as the report
# writes them after its own words (French sets a no-break space before them).
report-colon = :
report-semicolon = ;

## Headings and labels

report-kicker = Compilation of the replies to the questionnaire
report-note-by-secretariat = Note by the Secretariat
report-contents = Contents
report-overview = Overview
report-replies = Replies
report-recommendations = Replies by recommendation
report-previous = Against the last round
report-problems = Problems with the replies
report-state = State
report-region = Region
report-date-of-submission = Date of submission
report-consent = Consent to publish
report-consent-yes = Yes
report-consent-no = No
report-consent-not-stated = Not stated
report-recommendation = Recommendation
report-unanswered = Unanswered
report-share-yes = Share { $yes }
report-answer = Answer
report-count-states = States
report-share = Share
report-which-states = Which States
report-grid-caption = Answers by State
report-table-caption = Answers by recommendation (counts of States)
report-grid-key = Y: { $yes } (action taken) · N: { $no } · –: not answered
report-mark-yes = Y
report-mark-no = N
report-mark-none = –
report-unnamed-reply = Reply without a State name ({ $file })
report-incomplete-counted = incomplete, counted as received
report-as-at = Figures as at { $date }

## The opening figures

report-lead-states = { $count ->
    [one] { $count } State replied
   *[other] { $count } States replied
}
report-lead-by-cutoff = { " " }by the cut-off date of { $date }
report-lead-unnamed = , and { $count ->
    [one] { $count } reply
   *[other] { $count } replies
} naming none
report-lead-no-reply = No reply counts
report-lead-no-state = { $count ->
    [one] { $count } reply, naming no State
   *[other] { $count } replies, none naming a State
}
report-lead-no-country-field = { " " }(no respondent field of the questionnaire has the role "country")
report-lead-late = { $count ->
    [one] { $count } reply arrived after the cut-off date and is not counted.
   *[other] { $count } replies arrived after the cut-off date and are not counted.
}
report-dated-one = The replies counted are dated { $date }.
report-dated-range = The replies counted are dated from { $from } to { $to }.

## Who should reply

report-response = Response: { $replied } of the { $expected ->
    [one] { $expected } State
   *[other] { $expected } States
} expected to reply ({ $share }).
report-expected-all = States expected to reply: the Member States and observer States of the United Nations.
report-expected-members = States expected to reply: the Member States of the United Nations.
report-expected-africa = States expected to reply: the members of HONLEA, Africa (the States members of the Economic Commission for Africa).
report-expected-asia-pacific = States expected to reply: the members of HONLEA, Asia and the Pacific (the States members of the Economic and Social Commission for Asia and the Pacific).
report-expected-latin-america-caribbean = States expected to reply: the members of HONLEA, Latin America and the Caribbean (the States members of the Economic Commission for Latin America and the Caribbean).
report-expected-europe = States expected to reply: the members of HONLEA, Europe (the States members of the Economic Commission for Europe).
report-expected-near-middle-east = States expected to reply: the members of the Subcommission on Illicit Drug Traffic and Related Matters in the Near and Middle East.
report-expected-file = States expected to reply: the list of States invited.
report-not-replied = States that have not replied ({ $count })
report-all-replied = Every State expected has replied.
report-not-expected = Replies from States not on the list of States expected ({ $count })
report-states-expected = States expected
report-replied = Replied
report-response-rate = Response rate
report-publishable = Replies that may be published as received ({ $count })
report-none-publishable = No State has consented to the publication of its reply as received.

## Issues and recommendations

report-issue-states = Of the { $states ->
    [one] { $states } State
   *[other] { $states } States
}: { $all } reported action on all { $recommendations } recommendations, { $some } on some, { $none } on none.
report-reported-action = { $yes } of the { $total ->
    [one] { $total } State
   *[other] { $total } States
} ({ $share }) reported action taken.
report-no-comment-from = No comment from: { $names }.
report-no-comments = No State commented on this recommendation.

## Against the last round

report-replies-then = { $count ->
    [one] The last round counted { $count } reply.
   *[other] The last round counted { $count } replies.
}
report-yes-then = { $yes } then
report-yes-now = { $yes } now
report-change = Change
report-last-round = Last round: { $yes } of the { $total ->
    [one] { $total } State
   *[other] { $total } States
} ({ $share }) reported action taken.
report-changes-by-state = Changes by State
report-no-changes = No State that replied in both rounds changed an answer.
report-newly-answered = newly answered ({ $answer })
report-no-longer-answered = no longer answered (was { $answer })
report-gone = Replied in the last round but not in this one ({ $count })
report-new-states = Replying for the first time ({ $count })

## Problems, for a secretariat: the State, what is wrong, the file last

report-no-problems = None: every file read is a valid reply, one per State.
report-problems-invalid = Replies with errors
report-problems-unreadable = Files that could not be read as replies
report-problems-duplicates = States that sent more than one reply
report-problems-other = Replies to another questionnaire
report-problems-late = Replies received after the cut-off date
report-problems-unplaced = State names not in the list of States
report-invalid-counted = the reply is incomplete or has errors ({ $error }); counted as received.
report-invalid-left-out = the reply is not counted: { $error }.
report-unreadable = The file could not be read as a reply: { $error }.
report-error-at = { $message } (at { $id })
report-duplicate = { $count ->
    [one] the reply dated { $kept } is counted; the earlier one dated { $dropped } is not.
   *[other] the reply dated { $kept } is counted; the earlier ones dated { $dropped } are not.
}
report-other-questionnaire = a reply to another questionnaire (“{ $questionnaire }”); not counted.
report-a-reply = A reply
report-late-dated = dated { $date }, after the cut-off date; not counted.
report-late-no-date = the reply gives no valid date of submission, so it cannot be shown to have arrived by the cut-off date; not counted.
report-unplaced = “{ $name }” is not a name in the list of States; the reply is counted under this name.
report-file = File: { $file }
report-files = Files: { $files }

## What `qnr report` says when it is done

report-summary = compiled { $included } of { $files } files ({ $left } left out{ $listed ->
    [yes] , listed under Problems
   *[no] {""}
})
report-summary-into = { $summary } into `{ $file }`
report-unplaced-warning = warning: { $count ->
    [one] { $count } State name not in the list of States
   *[other] { $count } State names not in the list of States
}, counted as written: { $names }

# Failures of `qnr report` (src/commands/report.rs, src/report/expected.rs).
# $path is the list of States given with `--expected`, $reason the words of
# the text or CSV reader.
report-expected-not-text = `{ $path }` is not text: line { $line }, column { $column }: { $reason }
report-expected-no-state = `{ $path }` names no State
report-expected-csv-header = cannot read the CSV header: { $reason }
report-expected-csv = cannot read the CSV file: { $reason }
report-output-format = cannot tell which format to write from the name `{ $file }`; name it .md, .html, .csv, .json or .docx, or add `--format md|html|csv|json|docx`
report-no-reply = the file holds no reply
# The progress bar on a terminal: $bar, $pos, $len and $eta are the bar,
# the files read, the files in all and the time left, filled in as it runs.
report-progress = compiling { $bar } { $pos }/{ $len } files ({ $eta } left)
