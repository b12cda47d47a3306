//! PDF and OpenDocument replies, and the formats qnr does not read. The
//! fixtures are made outside qnr by `tests/document_fixtures.py`: LibreOffice
//! prints and saves each Word fixture (`tests/data/docx/`) and the text form
//! as PDF and `.odt` (and one as `.doc` and RTF), Chromium prints an HTML
//! form, pdftoppm pictures a page; the hostile files are written by hand.
//! Each printed or saved form must read to the reply its source gives:
//! answers exactly, comments after whitespace normalisation.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use predicates::prelude::*;
use qnr::{Choice, Code, Format, Loaded, Reply, Schema, load, write};

use crate::support::forms::{Office, complete_reply, examples, qnr, seed};

fn data(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(path)
}

fn read(path: &Path) -> Loaded {
    let format = Format::from_path(path).unwrap();
    load(format, &std::fs::read(path).unwrap(), &Schema::honlea())
}

fn reply(path: &Path) -> Reply {
    let loaded = read(path);
    assert!(
        !loaded.lossy,
        "{}: {:?}",
        path.display(),
        loaded.diagnostics
    );
    loaded.reply.unwrap()
}

fn squashed(text: Option<&str>) -> String {
    text.unwrap_or_default()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The differences between two replies: answers exactly, comments after
/// whitespace normalisation.
fn differences(want: &Reply, got: &Reply) -> Vec<String> {
    let mut out = Vec::new();
    for id in Schema::honlea().item_ids() {
        let (a, b) = (want.answer(id), got.answer(id));
        let choice = |r: Option<&qnr::Answer>| r.and_then(|a| a.action_taken);
        if choice(a) != choice(b) {
            out.push(format!(
                "{id}: answer {:?} read as {:?}",
                choice(a),
                choice(b)
            ));
        }
        let comments = |r: Option<&qnr::Answer>| squashed(r.and_then(|a| a.comments.as_deref()));
        if comments(a) != comments(b) {
            out.push(format!(
                "{id}: comments\n  {}\n  {}",
                comments(a),
                comments(b)
            ));
        }
    }
    out
}

/// The Word fixtures that hold a reply, as `tests/document_fixtures.py` lists them.
const PRINTED: [&str; 10] = [
    "content-control",
    "legacy-checked",
    "legacy-default",
    "symbol",
    "typed",
    "deleted-word",
    "table",
    "tracked",
    "seed-ticked",
    "libreoffice-form",
];

#[test]
fn every_word_fixture_printed_to_pdf_and_saved_as_odt_reads_as_the_word_form() {
    for name in PRINTED {
        let want = reply(&data(&format!("docx/{name}.docx")));
        for (folder, ext) in [("pdf", "pdf"), ("odt", "odt")] {
            let got = reply(&data(&format!("{folder}/{name}.{ext}")));
            let diff = differences(&want, &got);
            // A box typed in the Wingdings font (`þ`), printed by LibreOffice
            // on a machine without Wingdings, is a plain `þ` in the PDF: no
            // reader can tell it from the letter (docs/formats.md says so).
            if (name, ext) == ("typed", "pdf") {
                assert_eq!(diff, ["I.2: answer Some(No) read as None"], "{name}.{ext}");
                continue;
            }
            assert!(diff.is_empty(), "{name}.{ext}:\n{}", diff.join("\n"));
            assert_eq!(want.field("country"), got.field("country"), "{name}.{ext}");
        }
    }
}

#[test]
fn the_text_form_printed_and_saved_by_libreoffice_reads_as_the_text() {
    let want = reply(&seed());
    for path in ["pdf/seed-text.pdf", "odt/seed-text.odt"] {
        let got = reply(&data(path));
        let diff = differences(&want, &got);
        assert!(diff.is_empty(), "{path}:\n{}", diff.join("\n"));
    }
}

#[test]
fn a_form_printed_to_pdf_by_a_browser_reads() {
    let want = reply(&data("docx/seed-ticked.docx"));
    let got = reply(&data("pdf/chromium-seed.pdf"));
    let diff = differences(&want, &got);
    assert!(diff.is_empty(), "{}", diff.join("\n"));
    assert_eq!(got.answered_count(&Schema::honlea()), 16);
}

#[test]
fn formats_qnr_does_not_read_each_say_what_they_are_and_what_to_do() {
    for (name, says, advice) in [
        (
            "content-control.doc",
            "Word 97-2003",
            "soffice --headless --convert-to docx",
        ),
        (
            "content-control.rtf",
            "RTF document",
            "soffice --headless --convert-to docx",
        ),
        ("scan.png", "PNG image", "OCR"),
        ("scan.pdf", "no text layer", "OCR"),
        ("encrypted.pdf", "encrypted", "without a password"),
    ] {
        let path = data(&format!("foreign/{name}"));
        qnr()
            .arg("convert")
            .arg(&path)
            .assert()
            .code(2)
            .stdout("")
            .stderr(predicate::str::contains("error[parse-error]"))
            .stderr(predicate::str::contains(says))
            .stderr(predicate::str::contains(advice));
        // A finding on that file; the other file is still checked.
        qnr()
            .args(["validate", "--format", "json"])
            .arg(&path)
            .arg(examples().join("sample-complete.json"))
            .assert()
            .code(1)
            .stdout(predicate::str::contains("\"code\": \"parse-error\""))
            .stdout(predicate::str::contains(says))
            .stdout(predicate::str::contains("\"valid\": true"));
    }
}

#[test]
fn what_qnr_cannot_read_is_said_in_the_chosen_language() {
    // A one-page scan, a .doc and a spreadsheet, in French (no-break
    // spaces before the colon and inside the quotes), Spanish and Russian.
    for (lang, scan, doc, sheet) in [
        (
            "fr",
            "ce PDF ne comporte pas de couche texte\u{a0}: sa page ne contient aucun texte lisible",
            "«\u{a0}Document Word (.docx)\u{a0}»",
            "est un classeur, et non un document texte",
        ),
        (
            "es",
            "este PDF no tiene capa de texto: su página no contiene texto legible",
            "«Documento de Word (.docx)»",
            "es una hoja de cálculo, no un documento de texto",
        ),
        (
            "ru",
            "в этом PDF нет текстового слоя: его единственная страница не содержит текста",
            "«Документ Word (.docx)»",
            "— электронная таблица, а не текстовый документ",
        ),
    ] {
        qnr()
            .args(["--lang", lang, "validate"])
            .arg(data("foreign/scan.pdf"))
            .arg(data("foreign/content-control.doc"))
            .arg(data("foreign/spreadsheet.odt"))
            .assert()
            .code(1)
            .stdout(predicate::str::contains(scan))
            .stdout(predicate::str::contains("ocrmypdf in.pdf out.pdf"))
            .stdout(predicate::str::contains(doc))
            .stdout(predicate::str::contains(
                "soffice --headless --convert-to docx FILE",
            ))
            .stdout(predicate::str::contains(sheet));
    }
}

#[test]
fn the_bytes_decide_over_the_name() {
    let dir = tempfile::tempdir().unwrap();
    let copy = |from: &str, to: &str| {
        let path = dir.path().join(to);
        std::fs::copy(data(from), &path).unwrap();
        path
    };
    // An unknown extension is sniffed: a PDF is read, a .doc is named.
    qnr()
        .arg("validate")
        .arg(copy("pdf/content-control.pdf", "reply.bin"))
        .assert()
        .stdout(predicate::str::contains("I.3"))
        .stdout(predicate::str::contains("cannot tell").not());
    qnr()
        .arg("validate")
        .arg(copy("foreign/content-control.doc", "reply.xyz"))
        .assert()
        .code(1)
        .stdout(predicate::str::contains("Word 97-2003"));
    // A Word document saved with an OpenDocument name, and the other way round.
    let odt = copy("docx/content-control.docx", "saved-as.odt");
    let docx = copy("odt/content-control.odt", "saved-as.docx");
    assert_eq!(reply(&odt), reply(&docx));
    // RTF saved with a .doc name is RTF.
    qnr()
        .arg("convert")
        .arg(copy("foreign/content-control.rtf", "really-rtf.doc"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("RTF"));
    // Text that says nothing is refused as before.
    std::fs::write(dir.path().join("notes.xyz"), "nothing here").unwrap();
    qnr()
        .arg("validate")
        .arg(dir.path().join("notes.xyz"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("cannot tell the format"));
    // Standard input: a PDF is known by its bytes.
    qnr()
        .args(["convert", "-", "--to", "json"])
        .pipe_stdin(data("pdf/content-control.pdf"))
        .unwrap()
        .assert()
        .success()
        .stdout(predicate::str::contains("\"I.1\""));
}

#[test]
fn a_folder_walk_reports_a_doc_and_skips_pictures() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        examples().join("sample-complete.json"),
        dir.path().join("a.json"),
    )
    .unwrap();
    std::fs::copy(
        data("foreign/content-control.doc"),
        dir.path().join("b.doc"),
    )
    .unwrap();
    std::fs::copy(data("foreign/scan.png"), dir.path().join("logo.png")).unwrap();
    qnr()
        .args(["validate", "--format", "json"])
        .arg(dir.path())
        .assert()
        .code(1)
        .stdout(predicate::str::contains("b.doc"))
        .stdout(predicate::str::contains("Word 97-2003"))
        .stdout(predicate::str::contains("logo.png").not());
}

#[test]
fn hostile_documents_are_refused_quickly_and_clearly() {
    let schema = Schema::honlea();
    for (name, code, says) in [
        ("truncated.pdf", Code::ParseError, "damaged"),
        ("bomb.pdf", Code::LimitExceeded, "compression bomb"),
        ("deep.pdf", Code::ParseError, "no text layer"),
        ("huge-page.pdf", Code::ParseError, "no pages"),
        (
            "invalid-font.pdf",
            Code::ParseError,
            "no recommendation found",
        ),
        ("scan.pdf", Code::ParseError, "no text layer"),
        (
            "xobject-bomb.pdf",
            Code::LimitExceeded,
            "drawn over and over",
        ),
        ("encrypted.pdf", Code::ParseError, "encrypted"),
        ("truncated.odt", Code::ParseError, "damaged"),
        ("bomb.odt", Code::LimitExceeded, "zip bomb"),
        ("deep.odt", Code::LimitExceeded, "zip bomb"),
        ("doctype.odt", Code::ParseError, "DOCTYPE"),
        ("no-content.odt", Code::ParseError, "content.xml"),
        ("spreadsheet.odt", Code::ParseError, "spreadsheet"),
    ] {
        let bytes = std::fs::read(data(&format!("foreign/{name}"))).unwrap();
        let format = Format::from_path(Path::new(name)).unwrap();
        let start = Instant::now();
        let loaded = load(format, &bytes, &schema);
        let took = start.elapsed();
        assert!(took < Duration::from_secs(1), "{name} took {took:?}");
        assert!(loaded.reply.is_none() && loaded.lossy, "{name}");
        let d = &loaded.diagnostics[0];
        assert_eq!(d.code, code, "{name}: {}", d.message);
        assert!(d.message.contains(says), "{name}: {}", d.message);
        assert!(d.help.is_some(), "{name}");
    }
}

#[test]
fn a_deeply_nested_odt_is_refused_by_its_depth() {
    let body = "<text:span>".repeat(300) + &"</text:span>".repeat(300);
    let content = format!(
        "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" \
         xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text>\
         <text:p>{body}</text:p></office:text></office:body></office:document-content>"
    );
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    zip.start_file("content.xml", zip::write::SimpleFileOptions::default())
        .unwrap();
    std::io::Write::write_all(&mut zip, content.as_bytes()).unwrap();
    let bytes = zip.finish().unwrap().into_inner();
    let loaded = load(Format::Odt, &bytes, &Schema::honlea());
    assert_eq!(loaded.diagnostics[0].code, Code::LimitExceeded);
    assert!(loaded.diagnostics[0].message.contains("256 deep"));
}

#[test]
fn findings_in_a_pdf_point_at_page_and_line() {
    // The text form as received leaves every answer unmarked: each finding
    // names the page and the line of that page where the answer line is.
    let path = data("pdf/seed-text.pdf");
    let loaded = read(&path);
    let text = loaded.text.clone().unwrap();
    let pages: Vec<Vec<&str>> = text.split('\u{c}').map(|p| p.lines().collect()).collect();
    let unmarked: Vec<_> = loaded
        .diagnostics
        .iter()
        .filter(|d| d.code == Code::UnmarkedAnswer)
        .collect();
    assert_eq!(unmarked.len(), 16);
    for d in &unmarked {
        let (page, line) = (d.line.unwrap(), d.column.unwrap());
        let shown = pages[page - 1][line - 1];
        assert!(
            shown.starts_with("Any action taken"),
            "{page}:{line} is {shown:?}"
        );
    }
    let first = unmarked[0];
    qnr()
        .arg("validate")
        .arg(&path)
        .assert()
        .code(1)
        .stdout(predicate::str::contains(format!(
            "seed-text.pdf:{}:{}",
            first.line.unwrap(),
            first.column.unwrap()
        )));
    // A finding that checking the reply adds is placed the same way.
    qnr()
        .args(["validate", "--format", "json"])
        .arg(&path)
        .assert()
        .stdout(predicate::str::contains("\"code\": \"missing-answer\""))
        .stdout(predicate::str::contains(format!(
            "\"line\": {}",
            first.line.unwrap()
        )));
}

#[test]
fn diff_and_report_take_pdf_and_odt_like_any_form() {
    qnr()
        .arg("diff")
        .arg(data("docx/seed-ticked.docx"))
        .arg(data("odt/seed-ticked.odt"))
        .assert()
        .success()
        .stdout(predicate::str::contains("give the same answers"));
    qnr()
        .arg("diff")
        .arg(data("docx/content-control.docx"))
        .arg(data("pdf/content-control.pdf"))
        .assert()
        .success()
        .stdout(predicate::str::contains("give the same answers"));
    // A PDF that is no reply stops diff as any unreadable file does.
    qnr()
        .arg("diff")
        .arg(data("pdf/seed-ticked.pdf"))
        .arg(data("foreign/scan.pdf"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no text layer"));
    let dir = tempfile::tempdir().unwrap();
    for path in ["pdf/libreoffice-form.pdf", "odt/libreoffice-form.odt"] {
        std::fs::copy(
            data(path),
            dir.path().join(Path::new(path).file_name().unwrap()),
        )
        .unwrap();
    }
    qnr()
        .args(["report", "--format", "json"])
        .arg(dir.path())
        .assert()
        .success()
        .stderr(predicate::str::contains("2 files"));
}

#[test]
fn convert_refuses_to_write_pdf_and_says_how_to_make_one() {
    qnr()
        .arg("convert")
        .arg(examples().join("sample-complete.json"))
        .args(["-o", "reply.pdf"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("does not write it"))
        .stderr(predicate::str::contains("--convert-to pdf"));
}

#[test]
fn libreoffice_opens_the_written_odt_ticks_show_and_it_reads_back() {
    let dir = tempfile::tempdir().unwrap();
    let Some(office) = Office::find(dir.path()) else {
        return;
    };
    let schema = Schema::honlea();
    let reply = complete_reply();
    let odt = dir.path().join("reply.odt");
    std::fs::write(&odt, write(Format::Odt, &reply, &schema)).unwrap();
    let convert = |to: &str, out: &Path| office.convert(to, out, &odt);
    convert("pdf", dir.path());
    let pdf = dir.path().join("reply.pdf");
    let text = office.text(&pdf);
    assert!(text.contains("Any action taken ☒ YES ☐ NO"), "{text}");
    assert!(text.contains("Any action taken ☐ YES ☒ NO"), "{text}");
    // The printed form reads back, and so does the form LibreOffice saves again.
    let printed = reply_of(&pdf);
    assert!(
        differences(&reply, &printed).is_empty(),
        "{:?}",
        differences(&reply, &printed)
    );
    for (to, file) in [
        ("odt", "reply.odt"),
        ("docx:MS Word 2007 XML", "reply.docx"),
    ] {
        let resaved = dir.path().join(to.replace(':', "-"));
        convert(to, &resaved);
        let back = reply_of(&resaved.join(file));
        assert_eq!(back, reply, "{to}");
    }
    let content = std::fs::read(dir.path().join("odt/reply.odt")).unwrap();
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(content)).unwrap();
    let mut xml = String::new();
    std::io::Read::read_to_string(&mut archive.by_name("content.xml").unwrap(), &mut xml).unwrap();
    assert!(
        xml.contains("loext:checkbox=\"true\""),
        "the checkboxes stay"
    );
}

fn reply_of(path: &Path) -> Reply {
    let loaded = read(path);
    loaded
        .reply
        .unwrap_or_else(|| panic!("{}: {:?}", path.display(), loaded.diagnostics))
}

#[test]
fn an_answer_struck_out_in_a_pdf_is_the_other_word() {
    // deleted-word.docx deletes YES as a tracked change; LibreOffice prints
    // it struck through, and the struck word is not read.
    let got = reply(&data("pdf/deleted-word.pdf"));
    assert_eq!(
        got.answer("I.2").and_then(|a| a.action_taken),
        Some(Choice::No)
    );
}

#[test]
fn a_pdf_that_only_restricts_printing_and_copying_is_read() {
    // Encrypted with an owner password only: anyone may open it.
    let bytes = std::fs::read(data("pdf/restricted.pdf")).unwrap();
    assert!(bytes.windows(8).any(|w| w == b"/Encrypt"));
    let want = reply(&data("docx/content-control.docx"));
    let got = reply(&data("pdf/restricted.pdf"));
    assert!(
        differences(&want, &got).is_empty(),
        "{:?}",
        differences(&want, &got)
    );
}

/// A PDF of uncompressed pages, each a list of `(x, y, text)` in Helvetica
/// 11 (x from the left, y from the top), written here by hand.
fn hand_made_pdf(pages: &[Vec<(f64, f64, &str)>]) -> Vec<u8> {
    let mut objects: Vec<String> = vec![
        "<< /Type /Catalog /Pages 2 0 R >>".into(),
        String::new(),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>".into(),
    ];
    let mut kids = Vec::new();
    for page in pages {
        let content: String = page
            .iter()
            .map(|(x, y, text)| format!("BT /F1 11 Tf {x} {} Td ({text}) Tj ET\n", 842.0 - y))
            .collect();
        objects.push(format!(
            "<< /Length {} >>\nstream\n{content}\nendstream",
            content.len()
        ));
        let contents = objects.len();
        objects.push(format!(
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents {contents} 0 R >>"
        ));
        kids.push(format!("{} 0 R", objects.len()));
    }
    objects[1] = format!(
        "<< /Type /Pages /Kids [{}] /Count {} >>",
        kids.join(" "),
        kids.len()
    );
    let mut out = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (i, object) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend(format!("{} 0 obj\n{object}\nendobj\n", i + 1).into_bytes());
    }
    let xref = out.len();
    out.extend(format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).into_bytes());
    for offset in offsets {
        out.extend(format!("{offset:010} 00000 n \n").into_bytes());
    }
    out.extend(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .into_bytes(),
    );
    out
}

#[test]
fn running_headers_and_page_numbers_go_and_a_paragraph_goes_on_over_the_page() {
    let page = |n: usize, body: Vec<(f64, f64, &'static str)>| {
        let mut lines = vec![(72.0, 40.0, "V.19-01234  Reply of Narnia")];
        lines.extend(body);
        lines.push((290.0, 800.0, ["1", "2", "3"][n]));
        lines
    };
    let pdf = hand_made_pdf(&[
        page(
            0,
            vec![
                (
                    72.0,
                    100.0,
                    "Issue I: Use of the Internet for drug-related activities",
                ),
                (72.0, 130.0, "Recommendation 1"),
                (72.0, 160.0, "Any action taken [X] YES [ ] NO"),
                (72.0, 190.0, "Comments:"),
                (
                    72.0,
                    760.0,
                    "A working group drew up proposals for the units of the Ministry of",
                ),
            ],
        ),
        page(
            1,
            vec![
                (72.0, 100.0, "Internal Affairs, which were adopted in 2019."),
                (72.0, 130.0, "Recommendation 2"),
                (72.0, 160.0, "Any action taken [ ] YES [X] NO"),
            ],
        ),
        page(
            2,
            vec![
                (72.0, 100.0, "Recommendation 3"),
                (72.0, 130.0, "Any action taken [ ] YES [ ] NO"),
            ],
        ),
    ]);
    let loaded = load(Format::Pdf, &pdf, &Schema::honlea());
    let got = loaded.reply.unwrap();
    let answer = |id: &str| got.answer(id).and_then(|a| a.action_taken);
    assert_eq!(answer("I.1"), Some(Choice::Yes));
    assert_eq!(answer("I.2"), Some(Choice::No));
    assert_eq!(answer("I.3"), None);
    assert_eq!(
        got.answer("I.1").and_then(|a| a.comments.as_deref()),
        Some(
            "A working group drew up proposals for the units of the Ministry of Internal Affairs, which were adopted in 2019."
        )
    );
    assert_eq!(got.answer("I.2").and_then(|a| a.comments.as_deref()), None);
}
