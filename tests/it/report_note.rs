//! The Word note (`qnr report DIR -o note.docx`): its structure (heading
//! styles the navigation pane lists, real tables whose header rows repeat,
//! A4, a page number in the footer, the language set), the same bytes for
//! the same replies, and LibreOffice opening it and showing the figures
//! the JSON report gives. CI installs LibreOffice and sets
//! `QNR_REQUIRE_SOFFICE`; elsewhere that part skips when it is missing.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use serde_json::Value;

use crate::support::forms::qnr;
use crate::support::tools::{run_for, tools};

fn example() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/replies-2019")
}

fn note(dir: &Path, name: &str) -> PathBuf {
    let out = dir.join(name);
    qnr()
        .arg("report")
        .arg(example())
        .args(["--cutoff", "2019-08-09", "-o"])
        .arg(&out)
        .assert()
        .success()
        .stderr(predicates::str::contains("compiled 8 of 11 files"));
    out
}

fn part(docx: &Path, name: &str) -> String {
    let file = std::fs::File::open(docx).unwrap();
    let mut zip = zip::ZipArchive::new(file).unwrap();
    let mut text = String::new();
    zip.by_name(name)
        .unwrap()
        .read_to_string(&mut text)
        .unwrap();
    text
}

#[test]
fn the_note_has_headings_tables_a4_page_numbers_and_its_language() {
    let dir = tempfile::tempdir().unwrap();
    let docx = note(dir.path(), "note.docx");
    let again = note(dir.path(), "again.docx");
    assert_eq!(
        std::fs::read(&docx).unwrap(),
        std::fs::read(&again).unwrap(),
        "the same replies give the same bytes"
    );
    let document = part(&docx, "word/document.xml");
    // Issues and recommendations are headings with outline levels.
    // Four issues, and the three kinds of problem the example has.
    assert_eq!(
        document.matches("<w:pStyle w:val=\"Heading2\"/>").count(),
        4 + 3
    );
    assert_eq!(
        document.matches("<w:pStyle w:val=\"Heading3\"/>").count(),
        16
    );
    let styles = part(&docx, "word/styles.xml");
    for level in 0..3 {
        assert!(styles.contains(&format!("<w:outlineLvl w:val=\"{level}\"/>")));
    }
    assert!(styles.contains("<w:lang w:val=\"en-GB\"/>"), "{styles}");
    // One table of answers per recommendation, header rows repeated, rows whole.
    // One a recommendation, the replies and the annex.
    assert_eq!(document.matches("<w:tbl>").count(), 16 + 2);
    assert!(document.contains("<w:tblHeader/>"));
    assert!(document.contains("<w:cantSplit/>"));
    assert!(
        document.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"),
        "A4"
    );
    assert!(document.contains("<w:footerReference w:type=\"default\" r:id=\"rId3\"/>"));
    assert!(part(&docx, "word/footer1.xml").contains(" PAGE "));
    // The meeting's wording: the title from the schema, no paths in the body.
    assert!(document.contains("Implementation of the recommendations adopted by the Meeting"));
    assert!(document.contains("Note by the Secretariat"));
    let problems = document.find("Problems with the replies").unwrap();
    assert!(
        !document[..problems].contains(".json"),
        "file names only under Problems"
    );
    assert!(document[problems..].contains("san-marino.json"));
}

#[test]
fn libreoffice_opens_the_note_and_shows_the_figures() {
    let Some(found) = tools(&["soffice", "pdftotext"], "QNR_REQUIRE_SOFFICE") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let docx = note(dir.path(), "note.docx");
    let profile = format!(
        "-env:UserInstallation=file://{}",
        dir.path().join("profile").display()
    );
    let mut convert = Command::new(&found[0]);
    convert
        .args([
            "--headless",
            "--norestore",
            &profile,
            "--convert-to",
            "pdf",
            "--outdir",
        ])
        .arg(dir.path())
        .arg(&docx);
    let output = run_for(convert, Duration::from_secs(240));
    assert!(output.status.success(), "{output:?}");
    let text = Command::new(&found[1])
        .arg("-layout")
        .arg(dir.path().join("note.pdf"))
        .arg("-")
        .output()
        .unwrap()
        .stdout;
    let text = String::from_utf8_lossy(&text);
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains("8 States replied by the cut-off date of 9 August 2019."),
        "{flat}"
    );
    // Every recommendation's figure, as the JSON report counts it.
    let json = qnr()
        .arg("report")
        .arg(example())
        .args(["--cutoff", "2019-08-09", "--format", "json"])
        .output()
        .unwrap();
    let report: Value = serde_json::from_slice(&json.stdout).unwrap();
    for rec in report["recommendations"].as_array().unwrap() {
        let (yes, no) = (rec["yes"].as_u64().unwrap(), rec["no"].as_u64().unwrap());
        let sentence = format!(
            "{yes} of the {} States ({:.0}%) reported action taken.",
            yes + no,
            yes as f64 * 100.0 / (yes + no) as f64
        );
        assert!(flat.contains(&sentence), "{}: {sentence}", rec["id"]);
    }
    for state in report["countries"].as_array().unwrap() {
        assert!(flat.contains(state.as_str().unwrap()), "{state}");
    }
    // A page number in the footer of every page.
    let pages: Vec<&str> = text
        .split('\u{c}')
        .filter(|p| !p.trim().is_empty())
        .collect();
    assert!(pages.len() > 3);
    for (n, page) in pages.iter().enumerate() {
        let last = page.lines().rev().find(|l| !l.trim().is_empty()).unwrap();
        assert_eq!(last.trim(), (n + 1).to_string(), "page {}", n + 1);
    }
}
