//! Every finding points at the true line and column, in JSON, TOML and YAML
//! alike: at the value or key at fault, and for what is missing at the
//! object that should hold it. Each case names the text a finding must
//! point at; the test finds that text in the file and compares places.

use qnr::Format;
use qnr::Strictness;
use qnr::testing::LineIndex;
use qnr::{Code, Schema};

/// `(code, id, text it points at, which occurrence of that text from 1)`.
type Expect = (Code, Option<&'static str>, &'static str, usize);

fn check(format: Format, text: &str, expected: &[Expect]) {
    let report = qnr::check(
        format!("r.{}", format.name()),
        format,
        text.as_bytes(),
        &Schema::honlea(),
        Strictness::default(),
    )
    .findings;
    let index = LineIndex::new(text);
    for d in &report.diagnostics {
        assert!(
            d.line.is_some() && d.column.is_some(),
            "{format}: no place for {d:?}"
        );
    }
    let mut found: Vec<String> = report
        .diagnostics
        .iter()
        .map(|d| {
            format!(
                "{} {:?} {}:{}",
                d.code,
                d.id,
                d.line.unwrap(),
                d.column.unwrap()
            )
        })
        .collect();
    let mut wanted: Vec<String> = expected
        .iter()
        .map(|(code, id, needle, nth)| {
            let at = text
                .match_indices(needle)
                .nth(nth - 1)
                .unwrap_or_else(|| panic!("{format}: `{needle}` #{nth} is not in the text"))
                .0;
            let (line, column) = index.line_col(text, at);
            format!("{code} {:?} {line}:{column}", id.map(String::from))
        })
        .collect();
    found.sort();
    wanted.sort();
    assert_eq!(found, wanted, "{format}:\n{text}");
}

const JSON: &str = r#"{
  "questionnaire": "honlea",
  "version": "1",
  "respondent": {
    "country": " ",
    "date": "15/05/2019",
    "email": "nope",
    "publish": true,
    "phone": "1"
  },
  "answers": {
    "I.1": {"action_taken": "YES"},
    "I.2": {"action_taken": "yes"},
    "I.3": {"action_taken": "no", "comment": "x"},
    "II.1": {"action_taken": "no", "comments": "LONG"},
    "II.2": {"action_taken": null},
    "II.3": [],
    "ii.4": {"action_taken": "no"},
    "II.4": {"action_taken": "no"},
    "II.5": {"action_taken": "no"},
    "II.5": {"action_taken": "no"},
    "III.1": {}, "III.2": null, "III.3": {"action_taken": "no"},
    "IV.1": {"action_taken": "no"}, "IV.2": {"action_taken": "no"},
    "IV.3": {"action_taken": "no"}, "IV.4": {"action_taken": "no"}
  }
}
"#;

const TOML: &str = r#"# A reply with a mistake of every kind.
questionnaire = "honlea"
version = "1"

[respondent]
country = " "
date = "15/05/2019"
email = "nope"
publish = true
phone = "1"

[answers."I.1"]
action_taken = "YES"

[answers."I.2"]
action_taken = "yes"

[answers."I.3"]
action_taken = "no"
comment = "x"

[answers."II.1"]
action_taken = "no"
comments = "LONG"

[answers."II.2"]
action_taken = ""

[answers]
"II.3" = []
"ii.4" = { action_taken = "no" }
"II.4" = { action_taken = "no" }
"II.5" = { action_taken = "no" }
"III.1" = {}
"III.3" = { action_taken = "no" }
"IV.1" = { action_taken = "no" }
"IV.2" = { action_taken = "no" }
"IV.3" = { action_taken = "no" }
"IV.4" = { action_taken = "no" }
"#;

const YAML: &str = r#"# A reply with a mistake of every kind.
questionnaire: honlea
version: "1"
respondent:
  country: " "
  date: 15/05/2019
  email: nope
  publish: true
  phone: "1"
answers:
  I.1: {action_taken: "YES"}
  I.2:
    action_taken: "yes"
  I.3:
    action_taken: "no"
    comment: x
  II.1:
    action_taken: "no"
    comments: |
      LONG
  II.2:
    action_taken: null
  II.3: []
  ii.4: {action_taken: "no"}
  II.4: {action_taken: "no"}
  II.5: {action_taken: "no"}
  II.5: {action_taken: "no"}
  III.1: {}
  III.2:
  III.3: {action_taken: "no"}
  IV.1: {action_taken: "no"}
  IV.2: {action_taken: "no"}
  IV.3: {action_taken: "no"}
  IV.4: {action_taken: "no"}
"#;

fn long(text: &str) -> String {
    text.replace("LONG", &"word ".repeat(201))
}

#[test]
fn every_finding_in_a_json_reply_has_its_place() {
    use Code::*;
    check(
        Format::Json,
        &long(JSON),
        &[
            (MissingRespondentField, Some("country"), "\" \"", 1),
            (InvalidField, Some("date"), "\"15/05/2019\"", 1),
            (InvalidField, Some("email"), "\"nope\"", 1),
            (InvalidField, Some("publish"), "true", 1),
            (UnknownField, Some("phone"), "\"phone\"", 1),
            (InvalidChoice, Some("I.1"), "\"YES\"", 1),
            (MissingComment, Some("I.2"), "\"yes\"", 1),
            (UnknownField, Some("I.3"), "\"comment\"", 1),
            (LongComment, Some("II.1"), "\"word", 1),
            (MissingAnswer, Some("II.2"), "null", 1),
            (WrongType, Some("II.3"), "[]", 1),
            (UnknownAnswer, Some("ii.4"), "\"ii.4\"", 1),
            (DuplicateKey, None, "\"II.5\"", 2),
            (MissingAnswer, Some("II.6"), "\"answers\"", 1),
            (MissingAnswer, Some("III.1"), "\"III.1\"", 1),
            (MissingAnswer, Some("III.2"), "\"III.2\"", 1),
        ],
    );
}

#[test]
fn every_finding_in_a_toml_reply_has_its_place() {
    use Code::*;
    check(
        Format::Toml,
        &long(TOML),
        &[
            (MissingRespondentField, Some("country"), "\" \"", 1),
            (InvalidField, Some("date"), "\"15/05/2019\"", 1),
            (InvalidField, Some("email"), "\"nope\"", 1),
            (InvalidField, Some("publish"), "true", 1),
            (UnknownField, Some("phone"), "phone", 1),
            (InvalidChoice, Some("I.1"), "\"YES\"", 1),
            (MissingComment, Some("I.2"), "\"yes\"", 1),
            (UnknownField, Some("I.3"), "comment =", 1),
            (LongComment, Some("II.1"), "\"word", 1),
            (MissingAnswer, Some("II.2"), "\"\"", 1),
            (WrongType, Some("II.3"), "[]", 1),
            (UnknownAnswer, Some("ii.4"), "\"ii.4\"", 1),
            (MissingAnswer, Some("II.6"), "answers]", 1),
            (MissingAnswer, Some("III.1"), "\"III.1\"", 1),
            (MissingAnswer, Some("III.2"), "answers]", 1),
        ],
    );
}

#[test]
fn every_finding_in_a_yaml_reply_has_its_place() {
    use Code::*;
    check(
        Format::Yaml,
        &long(YAML),
        &[
            (MissingRespondentField, Some("country"), "\" \"", 1),
            (InvalidField, Some("date"), "15/05/2019", 1),
            (InvalidField, Some("email"), "nope", 1),
            (InvalidField, Some("publish"), "true", 1),
            (UnknownField, Some("phone"), "phone", 1),
            (InvalidChoice, Some("I.1"), "\"YES\"", 1),
            (MissingComment, Some("I.2"), "\"yes\"", 1),
            (UnknownField, Some("I.3"), "comment:", 1),
            (LongComment, Some("II.1"), "word", 1),
            (MissingAnswer, Some("II.2"), "null", 1),
            (WrongType, Some("II.3"), "[]", 1),
            (UnknownAnswer, Some("ii.4"), "ii.4", 1),
            (DuplicateKey, None, "II.5", 2),
            (MissingAnswer, Some("II.6"), "answers", 1),
            (MissingAnswer, Some("III.1"), "III.1", 1),
            (MissingAnswer, Some("III.2"), "III.2", 1),
        ],
    );
}

/// Missing at the top: the place is the document's first key (in TOML and
/// YAML, where the document has no brace) or its opening brace.
#[test]
fn what_is_missing_at_the_top_points_at_the_document() {
    use Code::*;
    let json = "\n  {\"version\": \"1\"}\n";
    check(
        Format::Json,
        json,
        &[
            (QuestionnaireMismatch, None, "{", 1),
            (MissingRespondentField, Some("country"), "{", 1),
            (MissingRespondentField, Some("date"), "{", 1),
        ]
        .into_iter()
        .chain(honlea_ids().map(|id| (MissingAnswer, Some(id), "{", 1)))
        .collect::<Vec<_>>(),
    );
    for (format, text) in [
        (Format::Toml, "# no questionnaire\n\nversion = \"1\"\n"),
        (Format::Yaml, "# no questionnaire\n\nversion: \"1\"\n"),
    ] {
        check(
            format,
            text,
            &[
                (QuestionnaireMismatch, None, "version", 1),
                (MissingRespondentField, Some("country"), "version", 1),
                (MissingRespondentField, Some("date"), "version", 1),
            ]
            .into_iter()
            .chain(honlea_ids().map(|id| (MissingAnswer, Some(id), "version", 1)))
            .collect::<Vec<_>>(),
        );
    }
}

fn honlea_ids() -> impl Iterator<Item = &'static str> {
    [
        "I.1", "I.2", "I.3", "II.1", "II.2", "II.3", "II.4", "II.5", "II.6", "III.1", "III.2",
        "III.3", "IV.1", "IV.2", "IV.3", "IV.4",
    ]
    .into_iter()
}

#[test]
fn another_questionnaire_or_version_points_at_its_value() {
    for (format, text, needle) in [
        (Format::Json, "{\"questionnaire\": \"arq\"}", "\"arq\""),
        (Format::Toml, "questionnaire = \"arq\"\n", "\"arq\""),
        (Format::Yaml, "questionnaire: arq\n", "arq"),
    ] {
        check(
            format,
            text,
            &[(Code::QuestionnaireMismatch, None, needle, 1)],
        );
    }
}

#[test]
fn syntax_errors_duplicates_and_limits_point_where_reading_stopped() {
    let deep = format!("{{\"answers\": {}", "[".repeat(100));
    for (format, text, code, needle) in [
        (Format::Json, "{\n  \"a\": 1,\n}", Code::ParseError, "}"),
        (Format::Json, "{\n  \"a\": yes\n}", Code::ParseError, "yes"),
        (
            Format::Json,
            deep.as_str(),
            Code::LimitExceeded,
            "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[",
        ),
        (Format::Toml, "a = 1\nb = \n", Code::ParseError, "b = "),
        (
            Format::Toml,
            "[x]\na = 1\na = 2\n",
            Code::DuplicateKey,
            "a = 2",
        ),
        (Format::Yaml, "a: [1, 2\nb: c\n", Code::ParseError, "b"),
    ] {
        let report = qnr::check(
            "r",
            format,
            text.as_bytes(),
            &Schema::honlea(),
            Strictness::default(),
        )
        .findings;
        let d = &report.diagnostics[0];
        assert_eq!(d.code, code, "{format}: {text}: {d:?}");
        let at = text.find(needle).unwrap();
        let (line, column) = LineIndex::new(text).line_col(text, at);
        assert!(
            d.line == Some(line) && d.column.is_some(),
            "{format}: {text:?}: want line {line} (column {column}), got {:?}:{:?} ({})",
            d.line,
            d.column,
            d.message
        );
    }
}
