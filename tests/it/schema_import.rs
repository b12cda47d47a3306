//! `qnr schema import` end to end: forms in three layouts (plain text as
//! Word saves it, Markdown, Word without heading styles) and four languages,
//! blank and filled, each imported to the schema it was written from
//! (tests/import_fixtures.py writes them); the seed imported to the embedded
//! HONLEA schema; qnr's own forms imported back; what is not a form refused.

use std::path::{Path, PathBuf};

use predicates::str::contains;

use crate::support::{qnr, qnr_with};
use qnr::Schema;

fn data(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(path)
}

fn schema_file(path: &Path) -> Schema {
    let text = std::fs::read_to_string(path).unwrap();
    Schema::from_toml(&text, "expected").unwrap()
}

/// Imports `form` and checks the schema written with `qnr schema check`.
fn import(form: &Path, extra: &[&str]) -> (Schema, String) {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("imported.toml");
    let output = qnr()
        .args(["schema", "import"])
        .arg(form)
        .arg("-o")
        .arg(&out)
        .args(extra)
        .output()
        .unwrap();
    let table = String::from_utf8(output.stderr).unwrap();
    assert_eq!(output.status.code(), Some(0), "{table}");
    qnr().args(["schema", "check"]).arg(&out).assert().code(0);
    (schema_file(&out), table)
}

/// The answer line as printed. The test schemas do not say their
/// language, which the importer sets to the form's.
fn printed(schema: &Schema) -> (&str, &str, &str) {
    let answer = &schema.answer;
    (&answer.question, &answer.yes, &answer.no)
}

/// Everything a form shows of its schema, compared part by part so that a
/// failure names the part. The ids of fields and the comment rules are not
/// printed on a form.
fn assert_same_form(got: &Schema, want: &Schema, form: &str) {
    assert_eq!(got.title, want.title, "{form}: title");
    assert_eq!(got.guidance, want.guidance, "{form}: guidance");
    assert_eq!(got.headings, want.headings, "{form}: headings");
    assert_eq!(printed(got), printed(want), "{form}: answer");
    assert_eq!(
        got.comments.label, want.comments.label,
        "{form}: comment label"
    );
    assert_eq!(
        got.comments.max_words, want.comments.max_words,
        "{form}: word limit"
    );
    let fields = |s: &Schema| {
        s.respondent
            .iter()
            .map(|f| (f.label.clone(), f.kind, f.role))
            .collect::<Vec<_>>()
    };
    assert_eq!(fields(got), fields(want), "{form}: respondent fields");
    assert_eq!(
        got.issues, want.issues,
        "{form}: issues and recommendations"
    );
}

#[test]
fn forms_in_three_layouts_and_four_languages_import_to_their_schemas() {
    for (form, schema, language) in [
        (
            "import/fr-filled.txt",
            "schemas/honlea-afrique.toml",
            "French",
        ),
        (
            "import/fr-blank.md",
            "schemas/honlea-afrique.toml",
            "French",
        ),
        (
            "import/fr-blank.docx",
            "schemas/honlea-afrique.toml",
            "French",
        ),
        ("import/es-filled.docx", "schemas/honlac.toml", "Spanish"),
        ("import/es-blank.txt", "schemas/honlac.toml", "Spanish"),
        ("import/es-filled.md", "schemas/honlac.toml", "Spanish"),
        ("import/ru-blank.docx", "schemas/honlea-ru.toml", "Russian"),
        ("import/ru-filled.txt", "schemas/honlea-ru.toml", "Russian"),
        ("import/ru-blank.md", "schemas/honlea-ru.toml", "Russian"),
        ("import/en-variant.txt", "import/en-variant.toml", "English"),
    ] {
        let (got, table) = import(&data(form), &[]);
        assert_same_form(&got, &schema_file(&data(schema)), form);
        assert!(
            table.contains(&format!("({language} wording)")),
            "{form}: {table}"
        );
    }
}

#[test]
fn the_seed_imports_to_the_embedded_schema() {
    let (got, table) = import(
        &data("forms/seed-000_bc2e8f2f147b68b5.txt"),
        &["--id", "honlea", "--version", "1"],
    );
    let honlea = Schema::honlea();
    assert_eq!(got.issues, honlea.issues);
    assert_eq!(got.headings, honlea.headings);
    assert_eq!(got.answer, honlea.answer);
    assert_eq!(got.comments.label, honlea.comments.label);
    assert_eq!((got.id.as_str(), got.version.as_str()), ("honlea", "1"));
    // The seed has no title and no respondent block: both are flagged.
    assert!(table.contains("? title"), "{table}");
    assert!(table.contains("no title before its first issue"), "{table}");
    assert!(!table.contains("? id"), "{table}");
}

#[test]
fn a_word_export_with_page_headers_and_a_filled_header_imports() {
    let (got, table) = import(&data("forms/word-export.txt"), &[]);
    let honlea = Schema::honlea();
    assert_eq!(got.issues, honlea.issues);
    let labels: Vec<&str> = got.respondent.iter().map(|f| f.label.as_str()).collect();
    let want: Vec<&str> = honlea.respondent.iter().map(|f| f.label.as_str()).collect();
    assert_eq!(labels, want);
    let ids: Vec<&str> = got.respondent.iter().map(|f| f.id.as_str()).collect();
    let want: Vec<&str> = honlea.respondent.iter().map(|f| f.id.as_str()).collect();
    assert_eq!(ids, want, "the usual fields get the embedded ids");
    assert!(
        !got.title.contains("HONLEA/2019"),
        "the running header is no title: {table}"
    );
}

#[test]
fn qnr_forms_of_every_test_schema_import_back() {
    let dir = tempfile::tempdir().unwrap();
    for schema in [
        "schemas/lettered.toml",
        "schemas/honlac.toml",
        "schemas/honlea-afrique.toml",
        "schemas/honlea-ru.toml",
    ] {
        let want = schema_file(&data(schema));
        for to in ["txt", "md", "docx", "odt"] {
            let form = dir.path().join(format!("blank.{to}"));
            qnr_with(&data(schema))
                .args(["new", "--force", "-o"])
                .arg(&form)
                .assert()
                .code(0);
            let (got, _) = import(&form, &[]);
            let what = format!("{schema} as {to}");
            assert_eq!(got.issues, want.issues, "{what}");
            assert_eq!(got.headings, want.headings, "{what}");
            assert_eq!(printed(&got), printed(&want), "{what}");
            assert_eq!(got.title, want.title, "{what}");
            assert_eq!(
                (got.id.as_str(), got.version.as_str()),
                (want.id.as_str(), want.version.as_str()),
                "{what}: a form qnr wrote says its questionnaire"
            );
        }
    }
}

#[test]
fn what_is_no_form_is_refused_and_nothing_is_overwritten() {
    qnr()
        .args(["schema", "import"])
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/sample-complete.json"))
        .assert()
        .code(2)
        .stderr(contains("holds a reply, not a form"))
        .stderr(contains(".docx, .odt, .txt or .md"));
    let dir = tempfile::tempdir().unwrap();
    let prose = dir.path().join("letter.txt");
    std::fs::write(
        &prose,
        "Dear colleagues,\n\nPlease find the questionnaire attached.\n",
    )
    .unwrap();
    qnr()
        .args(["schema", "import"])
        .arg(&prose)
        .assert()
        .code(2)
        .stderr(contains("no questionnaire could be read"))
        .stderr(contains("no answer line was found"));
    let out = dir.path().join("taken.toml");
    std::fs::write(&out, "keep me").unwrap();
    qnr()
        .args(["schema", "import"])
        .arg(data("import/es-blank.txt"))
        .arg("-o")
        .arg(&out)
        .assert()
        .code(2)
        .stderr(contains("--force"));
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "keep me");
}

#[test]
fn a_pdf_or_doc_form_says_which_file_to_import_instead() {
    let dir = tempfile::tempdir().unwrap();
    let form = dir.path().join("form.docx");
    qnr().args(["new", "-o"]).arg(&form).assert().code(0);
    // LibreOffice saved a Word form as OpenDocument under the .docx name.
    let odt = dir.path().join("saved-by-libreoffice.docx");
    qnr()
        .args(["convert", "--to", "odt", "-o"])
        .arg(&odt)
        .arg(&form)
        .assert()
        .code(0);
    let (got, _) = import(&odt, &[]);
    assert_eq!(got.issues, Schema::honlea().issues);
    // A PDF is read only as a reply to a questionnaire qnr has.
    qnr()
        .args(["schema", "import"])
        .arg(data("pdf/content-control.pdf"))
        .assert()
        .code(2)
        .stderr(contains("only as the reply to a questionnaire"))
        .stderr(contains(
            "Word or OpenDocument file the PDF was printed from",
        ));
    // A .doc, and the same bytes under an unknown name, say what they are.
    for name in ["form.doc", "form.bin"] {
        let doc = dir.path().join(name);
        std::fs::copy(data("foreign/content-control.doc"), &doc).unwrap();
        qnr()
            .args(["schema", "import"])
            .arg(&doc)
            .assert()
            .code(2)
            .stderr(contains("Word 97-2003"))
            .stderr(contains("soffice --headless --convert-to docx"));
    }
}
