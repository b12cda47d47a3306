//! The Word form: fixtures made outside qnr (`tests/docx_fixtures.py`, the
//! Python standard library only), one per way Word stores a tick, hostile
//! files, the command line, and LibreOffice opening what qnr writes.
//!
//! The fixtures in `tests/data/docx/` answer Issue I, Recommendation 1 YES,
//! Recommendation 2 NO and leave Recommendation 3 open; `seed-ticked.docx`
//! is the seed reply with legacy check boxes, even positions YES, odd NO;
//! `libreoffice-form.docx` was saved by LibreOffice from the `.fodt` beside it.

use std::path::{Path, PathBuf};

use predicates::prelude::*;
use qnr::{Choice, Code, Reply, Schema};
use qnr::{Format, write};

use crate::support::forms::{Office, complete_reply, examples, qnr, seed_comments};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/docx")
        .join(name)
}

fn load(name: &str) -> qnr::Loaded {
    let bytes = std::fs::read(fixture(name)).unwrap();
    qnr::load(Format::Docx, &bytes, &Schema::honlea())
}

fn answers(reply: &Reply) -> Vec<Option<Choice>> {
    ["I.1", "I.2", "I.3"]
        .iter()
        .map(|id| reply.answer(id).and_then(|a| a.action_taken))
        .collect()
}

#[test]
fn every_tick_style_gives_yes_no_and_open() {
    for name in [
        "content-control.docx",
        "legacy-checked.docx",
        "legacy-default.docx",
        "symbol.docx",
        "typed.docx",
        "deleted-word.docx",
        "table.docx",
        "tracked.docx",
        "comments-headers.docx",
    ] {
        let loaded = load(name);
        assert!(!loaded.lossy, "{name}: {:?}", loaded.diagnostics);
        let reply = loaded.reply.expect(name);
        assert_eq!(
            answers(&reply),
            [Some(Choice::Yes), Some(Choice::No), None],
            "{name}"
        );
        assert_eq!(reply.field("country"), Some("Narnia"), "{name}");
        let open = loaded
            .diagnostics
            .iter()
            .find(|d| d.code == Code::UnmarkedAnswer)
            .unwrap_or_else(|| panic!("{name}: I.3 is open"));
        assert_eq!(open.id.as_deref(), Some("I.3"), "{name}");
    }
}

#[test]
fn table_cells_hold_the_respondent_block_and_comments() {
    let reply = load("table.docx").reply.unwrap();
    assert_eq!(reply.field("date"), Some("2019-05-15"));
    assert_eq!(
        reply.field("address"),
        Some("1 Example Street\nExample City")
    );
    let comment = reply.answer("I.1").unwrap().comments.as_deref();
    assert_eq!(
        comment,
        Some("Comment on 1, first paragraph.\n\nSecond paragraph.")
    );
}

#[test]
fn tracked_changes_are_accepted_and_margin_comments_headers_ignored() {
    let reply = load("tracked.docx").reply.unwrap();
    let comment = |id: &str| reply.answer(id).unwrap().comments.clone().unwrap();
    assert_eq!(comment("I.1"), "Kept text and inserted text.");
    assert_eq!(
        comment("I.2"),
        "A paragraph whose end was deleted runs on into this one."
    );
    let loaded = load("comments-headers.docx");
    let reply = loaded.reply.unwrap();
    assert_eq!(
        reply.answer("I.1").unwrap().comments.as_deref(),
        Some("Comment on 1.")
    );
    assert!(!loaded.text.unwrap().contains("reviewer"));
}

#[test]
fn a_form_libreoffice_wrote_reads_the_same_way() {
    // Saved by LibreOffice 7.4 from `libreoffice-form.fodt`: outline headings,
    // the answer in a table row, a tracked deletion, a line break.
    let loaded = load("libreoffice-form.docx");
    assert!(!loaded.lossy, "{:?}", loaded.diagnostics);
    let reply = loaded.reply.unwrap();
    assert_eq!(answers(&reply), [Some(Choice::Yes), Some(Choice::No), None]);
    assert_eq!(reply.field("date"), Some("2019-05-15"));
    let comment = |id: &str| reply.answer(id).unwrap().comments.clone().unwrap();
    assert_eq!(
        comment("I.1"),
        "A unit was set up in 2018 with twelve investigators.\n\nIts budget doubled in 2019."
    );
    assert_eq!(comment("I.2"), "Not yet.\nA bill is drafted.");
}

#[test]
fn the_seed_as_a_ticked_word_form_imports_exactly() {
    let schema = Schema::honlea();
    let loaded = load("seed-ticked.docx");
    assert!(!loaded.lossy, "{:?}", loaded.diagnostics);
    let reply = loaded.reply.unwrap();
    for (n, (id, want)) in schema.item_ids().zip(seed_comments()).enumerate() {
        let answer = reply.answer(id).unwrap();
        let choice = if n % 2 == 0 { Choice::Yes } else { Choice::No };
        assert_eq!(answer.action_taken, Some(choice), "{id}");
        assert_eq!(answer.comments.as_deref(), Some(want.as_str()), "{id}");
    }
}

#[test]
fn hostile_files_are_refused_with_exit_2_by_convert_and_1_by_validate() {
    for (name, code, says) in [
        ("not-a-zip.docx", "parse-error", "not a Word document"),
        ("truncated.docx", "parse-error", "damaged"),
        ("bomb.docx", "limit-exceeded", "zip bomb"),
        ("doctype.docx", "parse-error", "DOCTYPE"),
        // A zip holding `content.xml` is an OpenDocument text, whatever its
        // name: read as one, this one holds nothing.
        ("no-document.docx", "parse-error", "the file is empty"),
    ] {
        qnr()
            .arg("convert")
            .arg(fixture(name))
            .assert()
            .code(2)
            .stdout("")
            .stderr(predicate::str::contains(format!("error[{code}]")))
            .stderr(predicate::str::contains(says));
        qnr()
            .args(["validate", "--format", "json"])
            .arg(fixture(name))
            .arg(examples().join("sample-complete.json"))
            .assert()
            .code(1)
            .stdout(predicate::str::contains(format!("\"code\": \"{code}\"")));
    }
}

#[test]
fn json_to_docx_to_json_on_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let docx = dir.path().join("reply.docx");
    let json = dir.path().join("back.json");
    let source = examples().join("sample-complete.json");
    qnr()
        .arg("convert")
        .arg(&source)
        .arg("-o")
        .arg(&docx)
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "16 of 16 recommendations answered",
        ));
    qnr()
        .arg("convert")
        .arg(&docx)
        .arg("-o")
        .arg(&json)
        .assert()
        .success();
    let original = qnr().arg("convert").arg(&source).output().unwrap().stdout;
    assert_eq!(std::fs::read(&json).unwrap(), original);
    qnr().arg("validate").arg(&docx).assert().success();
    // Standard input is known as a Word document by its zip signature, and
    // a pipe may take the binary.
    let bytes = std::fs::read(&docx).unwrap();
    qnr()
        .args(["convert", "-"])
        .write_stdin(bytes.clone())
        .assert()
        .success()
        .stdout(String::from_utf8(original).unwrap());
    let piped = qnr()
        .arg("convert")
        .arg(&source)
        .args(["--to", "docx"])
        .output()
        .unwrap();
    assert_eq!(piped.stdout, bytes, "the same reply gives the same bytes");
}

#[test]
fn a_blank_form_reads_back_empty() {
    let dir = tempfile::tempdir().unwrap();
    let blank = dir.path().join("blank.docx");
    qnr()
        .args(["new", "-o"])
        .arg(&blank)
        .assert()
        .success()
        .stderr(predicate::str::contains("fill it in Word"));
    let bytes = std::fs::read(&blank).unwrap();
    let schema = Schema::honlea();
    let loaded = qnr::load(Format::Docx, &bytes, &schema);
    assert!(!loaded.lossy);
    let mut reply = loaded.reply.unwrap();
    reply.respondent.retain(|_, v| !v.is_empty());
    assert_eq!(reply.answered_count(&schema), 0);
    assert!(reply.respondent.is_empty(), "{:?}", reply.respondent);
}

#[test]
fn libreoffice_opens_the_written_form_and_shows_the_answers() {
    let dir = tempfile::tempdir().unwrap();
    let Some(office) = Office::find(dir.path()) else {
        return;
    };
    let schema = Schema::honlea();
    let reply = complete_reply();
    let docx = dir.path().join("reply.docx");
    std::fs::write(&docx, write(Format::Docx, &reply, &schema)).unwrap();
    let convert = |to: &str, out: &Path| office.convert(to, out, &docx);
    convert("pdf", dir.path());
    let text = office.text(&dir.path().join("reply.pdf"));
    assert!(text.contains("Any action taken ☒ YES ☐ NO"), "{text}");
    assert!(text.contains("Any action taken ☐ YES ☒ NO"), "{text}");
    assert!(text.contains("Republic of Example"), "{text}");
    assert!(text.contains("It met twice in 2018."), "{text}");
    // LibreOffice keeps the checkboxes when it saves the form again.
    let resaved = dir.path().join("resaved");
    convert("docx:MS Word 2007 XML", &resaved);
    let bytes = std::fs::read(resaved.join("reply.docx")).unwrap();
    let loaded = qnr::load(Format::Docx, &bytes, &schema);
    assert_eq!(
        loaded.reply.as_ref(),
        Some(&reply),
        "{:?}",
        loaded.diagnostics
    );
}
