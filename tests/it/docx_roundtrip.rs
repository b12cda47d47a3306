//! Properties of the Word form: any reply survives JSON → docx → JSON
//! unchanged, and reading never panics, whatever the bytes (a damaged
//! archive, damaged XML inside a sound archive).
//!
//! What a Word document cannot hold is left out of the generator, and
//! `formats::check_written` refuses it at `convert` time: control characters
//! that XML 1.0 forbids (all C0 controls but tab and line feed), carriage
//! returns, and respondent fields the schema lacks.

use std::io::{Cursor, Read, Write};

use proptest::prelude::*;
use qnr::{Answer, Choice, Reply, Schema};
use qnr::{Format, check_written, load, write};

/// Raw comments: Unicode, XML's own characters, paragraphs, line breaks,
/// tabs and spaces to trim, text that looks like the form.
fn comment_text() -> impl Strategy<Value = String> {
    prop_oneof![
        "\\PC{0,80}",
        "[a-zA-Z0-9 .,;:!?'\"<>&/=#*\\[\\]{}-]{0,60}",
        "([ \t]{0,2}\\PC{0,20}[ \t]{0,2}\n{1,3}){0,5}\\PC{0,20}",
        "[\u{a0}\u{2028}\u{200b}\u{feff}\t a\n<&>]{0,20}",
        Just("Comments:\n\nRecommendation 2\n\nIssue II: as discussed\n\nAny action taken ☒ YES ☐ NO".to_string()),
        Just("]]> <![CDATA[ x ]]> &amp; &#x41; <w:t>".to_string()),
    ]
    .prop_filter("XML 1.0 cannot hold it", |s| xml_fits(s))
}

fn xml_fits(s: &str) -> bool {
    !s.chars()
        .any(|c| (c < ' ' && c != '\t' && c != '\n') || c == '\u{fffe}' || c == '\u{ffff}')
}

fn field_value() -> impl Strategy<Value = String> {
    prop_oneof![
        "[A-Za-z][A-Za-z0-9 .,@+'()<>&\"_#-]{0,30}",
        "\\PC{1,30}",
        Just("Côte d'Ivoire".to_string()),
    ]
    .prop_filter("a blank to fill in is no value; XML limits", |v| {
        xml_fits(v)
            && !v
                .trim()
                .chars()
                .all(|c| matches!(c, '_' | '.' | '…') || c.is_whitespace())
    })
}

fn choice() -> impl Strategy<Value = Option<Choice>> {
    prop_oneof![Just(None), Just(Some(Choice::Yes)), Just(Some(Choice::No))]
}

fn reply() -> impl Strategy<Value = Reply> {
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
    )
        .prop_map(move |(answers, values, publish, date, extra)| {
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
            for (id, choice, comments) in extra {
                if !schema.has_item(&id) {
                    reply.set_answer(&id, Answer::new(choice, comments.as_deref()));
                }
            }
            reply
        })
}

/// A small, valid Word form to damage.
fn sample_docx() -> Vec<u8> {
    let schema = Schema::honlea();
    let mut reply = Reply::empty(&schema);
    reply.set_field("country", "Narnia");
    reply.set_answer(
        "I.1",
        Answer::new(Some(Choice::Yes), Some("A comment.\n\nTwo.")),
    );
    write(Format::Docx, &reply, &schema)
}

/// The document part of a Word file, and the file rebuilt with another one.
fn document_xml(docx: &[u8]) -> String {
    let mut archive = zip::ZipArchive::new(Cursor::new(docx)).unwrap();
    let mut xml = String::new();
    archive
        .by_name("word/document.xml")
        .unwrap()
        .read_to_string(&mut xml)
        .unwrap();
    xml
}

fn with_document(xml: &[u8]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    zip.start_file(
        "word/document.xml",
        zip::write::SimpleFileOptions::default(),
    )
    .unwrap();
    zip.write_all(xml).unwrap();
    zip.finish().unwrap().into_inner()
}

fn assert_sane(loaded: &qnr::Loaded) {
    let len = loaded.text.as_ref().map_or(0, String::len);
    for d in &loaded.diagnostics {
        if let Some(span) = &d.span {
            assert!(span.start <= span.end && span.end <= len, "{d:?}");
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn json_to_docx_to_json_is_the_identity(reply in reply()) {
        let schema = Schema::honlea();
        let json = write(Format::Json, &reply, &schema);
        let from_json = load(Format::Json, &json, &schema).reply.unwrap();
        let docx = write(Format::Docx, &from_json, &schema);
        let loaded = load(Format::Docx, &docx, &schema);
        prop_assert!(!loaded.lossy, "{:?}", loaded.diagnostics);
        prop_assert!(check_written(Format::Docx, &from_json, &docx, &schema).is_ok());
        let back = loaded.reply.unwrap();
        prop_assert_eq!(&back, &from_json);
        prop_assert_eq!(write(Format::Json, &back, &schema), json);
    }

    #[test]
    fn damaged_archives_never_panic(
        cuts in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..8),
        truncate in proptest::option::of(any::<prop::sample::Index>()),
    ) {
        let mut bytes = sample_docx();
        for (at, value) in cuts {
            let i = at.index(bytes.len());
            bytes[i] = value;
        }
        if let Some(at) = truncate {
            bytes.truncate(at.index(bytes.len()));
        }
        assert_sane(&load(Format::Docx, &bytes, &Schema::honlea()));
    }

    #[test]
    fn damaged_xml_never_panics(
        edits in proptest::collection::vec(
            (any::<prop::sample::Index>(), 0usize..4, "[<>/&;\"'=a-z:#x0-9 \\PC]{0,6}"),
            1..6,
        ),
    ) {
        let xml = document_xml(&sample_docx());
        let mut xml: Vec<u8> = xml.into_bytes();
        for (at, cut, insert) in edits {
            let i = at.index(xml.len());
            let end = (i + cut).min(xml.len());
            xml.splice(i..end, insert.bytes());
        }
        assert_sane(&load(Format::Docx, &with_document(&xml), &Schema::honlea()));
    }
}
