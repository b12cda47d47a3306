//! Property: any reply survives JSON → txt / md / csv → JSON unchanged,
//! whatever its comments hold (Unicode, blank lines, markup characters,
//! control characters, very long paragraphs). Comments are generated raw and
//! put in canonical form by the model, as every reader does.
//!
//! What each form cannot hold is left out of its generator, and
//! `formats::check_written` refuses it at `convert` time:
//! - txt: respondent fields the schema lacks; form feeds, vertical tabs and
//!   CR inside text (they are line and page breaks in a text file); a comment
//!   line that reads as a recommendation heading *followed by an answer line*
//!   (plain text cannot tell it from the next recommendation);
//! - md: NUL (CommonMark turns it into U+FFFD).

use proptest::prelude::*;
use qnr::{Answer, Choice, Reply, Schema};
use qnr::{Format, check_written, load, write};

/// Raw text for comments: any printable Unicode, Markdown and form syntax,
/// paragraphs and line breaks, long paragraphs.
fn comment_text() -> impl Strategy<Value = String> {
    prop_oneof![
        "\\PC{0,120}",
        "[a-zA-Z0-9 .,;:!?'\"#*>|`{}\\[\\]\\\\/<>&_=+~-]{0,80}",
        "(\\PC{0,30}\n{1,3}){0,5}\\PC{0,30}",
        "([ \t]{0,3}[#>*+=|`-]{0,3}[ a-z0-9.)]{0,12}\n){1,6}",
        "(word ){300,600}",
        "[\u{1}-\u{8}\u{e}-\u{1f}\u{7f}-\u{9f}\u{a0}\u{2028}\u{200b} a\n]{0,20}",
        Just("Comments:\n\nRecommendation 2\n\nIssue II: as discussed\n\nYES NO".to_string()),
        Just("<div>\n*x*\n</div>\n\n    code?\n\n1. one\n2. two".to_string()),
    ]
}

/// One-line respondent values; `publish` is yes, no or absent.
fn field_value() -> impl Strategy<Value = String> {
    prop_oneof![
        "[A-Za-z][A-Za-z0-9 .,@+'()*_#-]{0,30}",
        "\\PC{1,30}",
        Just("Côte d'Ivoire".to_string()),
    ]
    .prop_filter("a blank to fill in is no value", |v| {
        !v.trim()
            .chars()
            .all(|c| matches!(c, '_' | '.' | '…') || c.is_whitespace())
    })
}

fn choice() -> impl Strategy<Value = Option<Choice>> {
    prop_oneof![Just(None), Just(Some(Choice::Yes)), Just(Some(Choice::No))]
}

#[derive(Clone, Copy, Debug)]
struct Room {
    /// Respondent fields and answer ids the schema lacks.
    unknowns: bool,
    /// Respondent fields the schema lacks.
    unknown_fields: bool,
}

fn reply(room: Room) -> impl Strategy<Value = Reply> {
    let schema = Schema::honlea();
    let ids: Vec<String> = schema.item_ids().map(String::from).collect();
    let n = ids.len();
    (
        proptest::collection::vec((choice(), proptest::option::of(comment_text())), n),
        proptest::collection::vec(proptest::option::of(field_value()), 6),
        prop_oneof![Just(None), Just(Some("yes")), Just(Some("no"))],
        prop_oneof![
            Just(None),
            Just(Some("2019-05-15")),
            Just(Some("2020-02-29")),
            Just(Some("next week"))
        ],
        proptest::collection::vec(
            (
                "[A-Z]{1,4}\\.[0-9a-z]{1,3}",
                choice(),
                proptest::option::of(comment_text()),
            ),
            0..3,
        ),
        proptest::option::of(("[a-z][a-z_]{0,10}", field_value())),
    )
        .prop_map(
            move |(answers, values, publish, date, extra, extra_field)| {
                let schema = Schema::honlea();
                let mut reply = Reply::empty(&schema);
                for (id, (choice, comments)) in ids.iter().zip(answers) {
                    reply.set_answer(id, Answer::new(choice, comments.as_deref()));
                }
                let text_fields = [
                    "country",
                    "contact",
                    "organization",
                    "address",
                    "telephone",
                    "email",
                ];
                for (id, value) in text_fields.iter().zip(values) {
                    if let Some(value) = value {
                        reply.set_field(id, &value);
                    }
                }
                if let Some(date) = date {
                    reply.set_field("date", date);
                }
                if let Some(publish) = publish {
                    reply.set_field("publish", publish);
                }
                if room.unknowns {
                    for (id, choice, comments) in extra {
                        if !schema.has_item(&id) {
                            reply.set_answer(&id, Answer::new(choice, comments.as_deref()));
                        }
                    }
                }
                // A field named as one of the CSV's own columns cannot be a
                // column of its own there: qnr refuses to write it (the
                // `check_written` test below), so it is no round trip.
                let csv_column = |id: &str| {
                    ["id", "issue", "recommendation", "action_taken", "comments"].contains(&id)
                };
                if room.unknown_fields
                    && let Some((id, value)) = extra_field
                    && schema.field(&id).is_none()
                    && !csv_column(&id)
                {
                    reply.set_field(&id, &value);
                }
                reply
            },
        )
}

/// What cannot be in a txt form: page and line breaks inside text.
fn fits_txt(reply: &Reply) -> bool {
    let bad = |s: &str| s.contains(['\u{b}', '\u{c}', '\r']);
    !reply
        .answers
        .values()
        .any(|a| a.comments.as_deref().is_some_and(bad))
        && !reply.respondent.values().any(|v| bad(v))
}

fn fits_md(reply: &Reply) -> bool {
    !reply
        .answers
        .values()
        .any(|a| a.comments.as_deref().is_some_and(|c| c.contains('\0')))
        && !reply.respondent.values().any(|v| v.contains('\0'))
}

fn through(format: Format, reply: &Reply) -> Result<Reply, TestCaseError> {
    let schema = Schema::honlea();
    let bytes = write(format, reply, &schema);
    let loaded = load(format, &bytes, &schema);
    prop_assert!(
        !loaded.lossy,
        "{format} read back lossy: {:?}\n{}",
        loaded.diagnostics,
        String::from_utf8_lossy(&bytes)
    );
    let checked = check_written(format, reply, &bytes, &schema);
    prop_assert!(
        checked.is_ok(),
        "{format} written is refused: {checked:?}\n{}",
        String::from_utf8_lossy(&bytes)
    );
    Ok(loaded.reply.expect("a written form reads"))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn json_txt_json_is_the_identity(reply in reply(Room { unknowns: true, unknown_fields: false })) {
        prop_assume!(fits_txt(&reply));
        let back = through(Format::Txt, &reply)?;
        prop_assert_eq!(&back, &reply);
        let json = through(Format::Json, &back)?;
        prop_assert_eq!(json, reply);
    }

    #[test]
    fn json_md_json_is_the_identity(reply in reply(Room { unknowns: true, unknown_fields: true })) {
        prop_assume!(fits_md(&reply));
        let back = through(Format::Md, &reply)?;
        prop_assert_eq!(back, reply);
    }

    #[test]
    fn json_csv_json_is_the_identity(reply in reply(Room { unknowns: true, unknown_fields: true })) {
        let back = through(Format::Csv, &reply)?;
        prop_assert_eq!(back, reply);
    }

    /// Writing is deterministic and reading what was written writes the same bytes.
    #[test]
    fn forms_are_written_the_same_twice(reply in reply(Room { unknowns: false, unknown_fields: false })) {
        let schema = Schema::honlea();
        for format in [Format::Txt, Format::Md, Format::Csv] {
            if (format == Format::Txt && !fits_txt(&reply)) || (format == Format::Md && !fits_md(&reply)) {
                continue;
            }
            let once = String::from_utf8(write(format, &reply, &schema)).unwrap();
            let loaded = load(format, once.as_bytes(), &schema);
            let back = loaded.reply.expect("a written form reads");
            let twice = String::from_utf8(write(format, &back, &schema)).unwrap();
            prop_assert!(twice == once, "{format}: written differently the second time");
        }
    }
}
