//! Importing forms: the seed reply as received, and fixtures for each way
//! people mark YES/NO in a Word form saved as text.
//!
//! The fixtures in `tests/data/forms/`:
//! - `seed-000_bc2e8f2f147b68b5.txt`: a government's reply as received, saved as
//!   text from Word. The ticks of YES/NO were lost.
//! - `marks-boxes.txt`, `marks-brackets.txt`, `marks-deleted.txt`: the seed with
//!   a respondent header and every recommendation answered: positions 0, 2, 4 …
//!   (counted from 0 in questionnaire order) `yes`, positions 1, 3, 5 … `no`.
//!   Each uses one family of marks:
//!   ballot boxes and ticks before or after the word (including Wingdings as Word
//!   saves them), `[X]`/`(x)` brackets and a typed `X` (some with the choices on
//!   the lines below the question), and the other word deleted.
//! - `word-export.txt` (UTF-8 with a BOM) and `word-export-utf16.txt` (UTF-16LE):
//!   the boxes form as Word writes it on Windows and as a paged document
//!   exports it: CRLF, tabs, no-break and trailing spaces, a form feed at each
//!   page break with a running header, and page numbers `- N -`.
//! - `mismatch.txt`: an edited recommendation text (a `text-mismatch`
//!   warning), a recommendation and an issue the questionnaire lacks (errors
//!   naming their lines).

use qnr::Format;
use qnr::{Choice, Code, Schema, Severity};

use crate::support::forms::{forms, seed, seed_comments};

fn load(path: &std::path::Path) -> qnr::Loaded {
    let bytes = std::fs::read(path).unwrap();
    qnr::load(Format::Txt, &bytes, &Schema::honlea())
}

#[test]
fn the_independent_reading_finds_sixteen_comments() {
    let comments = seed_comments();
    assert_eq!(comments.len(), 16);
    assert!(comments[0].starts_with("A working group comprising staff"));
    assert!(comments[15].starts_with("The Ministry of Internal Affairs routinely works"));
}

#[test]
fn the_seed_imports_every_comment_exactly() {
    let schema = Schema::honlea();
    let loaded = load(&seed());
    assert!(!loaded.lossy, "{:?}", loaded.diagnostics);
    let reply = loaded.reply.unwrap();
    let expected = seed_comments();
    for (id, want) in schema.item_ids().zip(&expected) {
        let answer = reply.answer(id).unwrap_or_else(|| panic!("{id} missing"));
        assert_eq!(answer.comments.as_deref(), Some(want.as_str()), "{id}");
        assert_eq!(answer.action_taken, None, "{id}: the seed does not say");
    }
    // Typographic characters are kept as they are.
    let i3 = reply.answer("I.3").unwrap().comments.clone().unwrap();
    assert!(i3.contains("“Investigation of illicit trafficking"));
    let ii5 = reply.answer("II.5").unwrap().comments.clone().unwrap();
    assert!(ii5.contains("Ministry’s General Administration"));
    assert_eq!(reply.questionnaire.as_deref(), Some("honlea"));
    assert!(reply.respondent.is_empty(), "the seed has no header");
}

#[test]
fn the_seed_warns_once_per_unmarked_answer_and_nothing_else() {
    let loaded = load(&seed());
    assert_eq!(loaded.diagnostics.len(), 16, "{:?}", loaded.diagnostics);
    for d in &loaded.diagnostics {
        assert_eq!(d.code, Code::UnmarkedAnswer);
        assert_eq!(d.severity, Severity::Warning);
        assert!(
            d.help
                .as_deref()
                .unwrap()
                .contains("qnr fill --only-missing")
        );
    }
    let ids: Vec<&str> = loaded
        .diagnostics
        .iter()
        .filter_map(|d| d.id.as_deref())
        .collect();
    let schema = Schema::honlea();
    assert_eq!(ids, schema.item_ids().collect::<Vec<_>>());
}

fn assert_complete(name: &str, date: &str) {
    let schema = Schema::honlea();
    let loaded = load(&forms().join(name));
    assert!(
        loaded.diagnostics.is_empty(),
        "{name}: {:?}",
        loaded.diagnostics
    );
    assert!(!loaded.lossy);
    let reply = loaded.reply.unwrap();
    let expected = seed_comments();
    for (n, id) in schema.item_ids().enumerate() {
        let answer = reply.answer(id).unwrap();
        let want = if n % 2 == 0 { Choice::Yes } else { Choice::No };
        assert_eq!(answer.action_taken, Some(want), "{name}: {id}");
        assert_eq!(
            answer.comments.as_deref(),
            Some(expected[n].as_str()),
            "{name}: {id}"
        );
    }
    assert_eq!(reply.field("country"), Some("Russian Federation"));
    assert_eq!(reply.field("date"), Some(date));
    assert_eq!(reply.field("contact"), Some("Ivan Petrov"));
    assert_eq!(
        reply.field("organization"),
        Some("Head of Division, Ministry of Internal Affairs")
    );
    assert_eq!(
        reply.field("address"),
        Some("12 Zhitnaya Street\nMoscow 119049")
    );
    assert_eq!(reply.field("telephone"), Some("+7 495 667 00 00"));
    assert_eq!(reply.field("email"), Some("honlea@mvd.example.ru"));
    assert_eq!(reply.field("publish"), Some("yes"));
}

#[test]
fn ballot_boxes_and_ticks_before_or_after_the_word() {
    assert_complete("marks-boxes.txt", "2019-05-15");
}

#[test]
fn brackets_typed_crosses_and_choices_below_the_question() {
    assert_complete("marks-brackets.txt", "2019-05-15");
}

#[test]
fn the_other_word_deleted_in_any_case() {
    assert_complete("marks-deleted.txt", "2019-05-15");
}

#[test]
fn a_paged_windows_export_with_headers_and_page_numbers() {
    assert_complete("word-export.txt", "2019-05-15");
}

#[test]
fn utf16_as_word_saves_unicode_text() {
    assert_complete("word-export-utf16.txt", "2019-05-15");
}

#[test]
fn edited_texts_and_unknown_items_are_reported_on_their_lines() {
    let path = forms().join("mismatch.txt");
    let bytes = std::fs::read(&path).unwrap();
    let report = qnr::check(
        "mismatch.txt",
        Format::Txt,
        &bytes,
        &Schema::honlea(),
        qnr::Strictness::default(),
    )
    .findings;
    let found: Vec<(&str, Option<usize>, Option<&str>)> = report
        .diagnostics
        .iter()
        .filter(|d| matches!(d.code, Code::TextMismatch | Code::UnknownAnswer))
        .map(|d| (d.code.as_str(), d.line, d.id.as_deref()))
        .collect();
    assert_eq!(
        found,
        [
            ("text-mismatch", Some(3), Some("I.1")),
            ("unknown-answer", Some(13), Some("I.4")),
            ("unknown-answer", Some(21), None),
        ]
    );
}
