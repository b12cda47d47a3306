//! The texts of `--help` that are not a flag's own: what qnr is, and each
//! command's examples and exit codes.

pub(super) const ABOUT: &str =
    "Fill, validate, convert and compile replies to YES/NO + comments questionnaires";

pub(super) const LONG_ABOUT: &str = "\
qnr fills, validates, converts and compiles replies to questionnaires answered \
item by item with YES/NO and comments. Its default questionnaire, embedded in \
the binary, is UNODC's questionnaire on the implementation of the recommendations \
of a Meeting of Heads of National Drug Law Enforcement Agencies (HONLEA): four \
issues, sixteen recommendations. Any questionnaire of that shape can be described \
in a TOML schema and used with --schema.";

pub(super) const EXAMPLES: &str = "\
Examples:
  qnr fill reply.json              answer the questionnaire in the terminal
  qnr new -o reply.json            write an empty reply to fill in
  qnr validate reply.json          check one reply
  qnr validate replies/ --strict   check every reply in a folder, warnings as errors
  qnr convert reply.json -o reply.yaml
  qnr schema show                  print the questionnaire
  qnr report replies/ -o report.html   compile every reply in a folder
  qnr diff old.json new.json       what changed between two replies

Exit codes: 0 success · 1 a file has problems (validate), replies differ (diff) · 2 usage error, missing \
or unreadable path, bad schema, refused overwrite.";

pub(super) const VALIDATE_EXAMPLES: &str = "\
Examples:
  qnr validate reply.json
  qnr validate examples/                  every reply file under the folder
  qnr validate replies/ --ext json,yaml   only JSON and YAML files
  qnr validate reply.yaml --strict        warnings count as errors
  qnr validate replies/ --format json     machine-readable findings
  qnr validate 'replies/**/*.json' --format github   annotations in GitHub Actions
  qnr validate replies/ --format sarif > qnr.sarif   for code-scanning dashboards
  cat reply.json | qnr validate - --from json

Exit codes: 0 every file valid (warnings allowed unless --strict) · 1 a file has \
problems · 2 a path is missing or unreadable, or a folder or pattern has no reply files.";

pub(super) const FILL_EXAMPLES: &str = "\
Examples:
  qnr fill                                  fill reply.json in this folder (created at the first answer)
  qnr fill reply.yaml                       a new reply, or resume a draft at its first unanswered item
  qnr fill reply.json --only-missing        ask only what validation would report as missing
  qnr fill reply.json --review              walk everything, current answers as defaults
  qnr fill reply.json --goto II.4           start at one recommendation (or a field: --goto email)
  qnr fill reply.json --carry-forward last-round.json
  qnr fill reply.json --editor              write every comment in $VISUAL/$EDITOR

Keys: y/n answer · Enter keeps what is shown · b back · s skip · g go to · q save and quit · ? help.
Comments: a paragraph per line, an empty line finishes, Tab opens the editor.
Plain mode (--plain, TERM=dumb or ACCESSIBLE set): numbered choices, one line per prompt.

Exit codes: 0 finished or saved and quit · 2 not a terminal, a file qnr cannot fill, \
a bad schema · 130 interrupted by Ctrl-C (every confirmed answer is saved).";

pub(super) const NEW_EXAMPLES: &str = "\
Examples:
  qnr new -o reply.json
  qnr new -o reply.yaml            YAML, with each recommendation's text as a comment
  qnr new --to toml > reply.toml";

pub(super) const CONVERT_EXAMPLES: &str = "\
Examples:
  qnr convert reply.json -o reply.yaml
  qnr convert reply.yaml -o reply.json --force   replace an existing reply.json
  qnr convert reply.toml --to json               to standard output
  cat reply.json | qnr convert - --from json --to yaml
  qnr convert reply.txt -o reply.json            the UN form saved as text, read into a reply
  qnr convert reply.json -o reply.md             a printable form (also .txt, .csv)

A file that cannot be read without losing something (a syntax error, a duplicate \
key, an invalid answer) is not converted: the findings say what to fix.";

pub(super) const REPORT_EXAMPLES: &str = "\
Examples:
  qnr report replies/ -o report.html                  a printable report with charts
  qnr report replies/ --cutoff 2019-08-09 -o note.md  late replies left out and listed
  qnr report 'replies/**/*.json' -o figures.csv       one row per country and recommendation
  qnr report replies/ --format json | jq .recommendations
  qnr report replies/ --include-invalid -o drafts.html   count drafts too
  qnr report replies/ --cutoff 2019-08-09 -o note.docx    the note by the secretariat, in Word
  qnr report replies/ --expected un:africa -o report.html  response rate, who has not replied
  qnr report replies/ --previous 2017/ -o report.html      compared with the last round

Files that do not validate, second replies from one country (the later date \
counts), replies to another questionnaire and late replies are left out and \
listed under Problems.

Exit codes: 0 the report was written (even with files left out) · 2 usage \
error, a missing path, no reply files, a refused overwrite.";

pub(super) const DIFF_EXAMPLES: &str = "\
Examples:
  qnr diff last-year.json reply.json
  qnr diff reply.docx reply.json           any two formats qnr reads
  qnr diff a.yaml b.yaml --format json     for tools

Exit codes: 0 the replies say the same · 1 they differ · 2 a file cannot be \
read whole, usage error.";

/// `validate` also reads standard input.
pub(super) const VALIDATE_PATHS: &str = "Reply files, folders, or glob patterns qnr expands itself (quote \
them: 'replies/**/*.json'); `-` reads standard input (needs --from)";
