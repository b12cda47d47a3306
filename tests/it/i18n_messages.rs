//! Messages that once were English in the code, said in French end to end:
//! a Word or OpenDocument file qnr refuses, a file past the caps on answers
//! and on the length of a value, a folder entry that cannot be walked,
//! `qnr report`'s own failures; and code spans in a report, quoted « … ».

use std::io::{Cursor, Write};
use std::path::{Path, PathBuf};

use assert_cmd::Command;

/// qnr speaking French, whatever the locale of the machine.
fn qnr() -> Command {
    let mut cmd = Command::cargo_bin("qnr").unwrap();
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("QNR_SCHEMA")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .env("QNR_LANG", "fr")
        .env("NO_COLOR", "1")
        .env("COLUMNS", "400");
    cmd
}

/// What `qnr validate` says of `path`, findings and all: a file it
/// refuses (exit 1) or a folder entry it cannot read (exit 2).
fn validate(path: &Path) -> String {
    let output = qnr().arg("validate").arg(path).output().unwrap();
    assert!(matches!(output.status.code(), Some(1 | 2)), "{output:?}");
    String::from_utf8(output.stdout).unwrap()
}

fn stderr(cmd: &mut Command) -> String {
    let output = cmd.output().unwrap();
    assert_eq!(output.status.code(), Some(2), "{output:?}");
    String::from_utf8(output.stderr).unwrap()
}

fn zip(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for (name, bytes) in entries {
        zip.start_file(*name, zip::write::SimpleFileOptions::default())
            .unwrap();
        zip.write_all(bytes).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

fn docx_fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/docx")
        .join(name)
}

fn has(text: &str, expected: &str) {
    assert!(text.contains(expected), "no {expected:?} in:\n{text}");
}

#[test]
fn a_word_archive_qnr_cannot_open_is_refused_in_french() {
    let dir = tempfile::tempdir().unwrap();
    let said = validate(&docx_fixture("not-a-zip.docx"));
    has(
        &said,
        "ce n'est pas un document Word\u{a0}: un fichier .docx est une archive zip, ce que ce fichier n'est pas",
    );
    has(
        &said,
        "un formulaire enregistré en texte se lit avec `--from txt`",
    );
    let said = validate(&docx_fixture("truncated.docx"));
    has(&said, "le document est endommagé\u{a0}: ");
    has(&said, "demandez-le à nouveau, ou ouvrez-le dans Word");
    let said = validate(&docx_fixture("bomb.docx"));
    has(&said, "bombe de décompression");
    let excel = write(
        dir.path(),
        "book.docx",
        &zip(&[("xl/workbook.xml", b"<workbook/>")]),
    );
    let said = validate(&excel);
    has(
        &said,
        "ce n'est pas un document Word\u{a0}: c'est un classeur Excel",
    );
    has(
        &said,
        "enregistrez la réponse au format «\u{a0}Document Word (.docx)\u{a0}», puis réessayez",
    );
    let latin1 = write(
        dir.path(),
        "latin1.docx",
        &zip(&[("word/document.xml", b"<w:document>\xe9t\xe9</w:document>")]),
    );
    let said = validate(&latin1);
    has(
        &said,
        "`word/document.xml` n'est pas codé en UTF-8 (octet non valide à la position 12)",
    );
    has(
        &said,
        "ouvrez le document dans Word et enregistrez-le de nouveau au format «\u{a0}Document Word (.docx)\u{a0}»",
    );
}

#[test]
fn word_xml_qnr_refuses_is_explained_in_french() {
    let dir = tempfile::tempdir().unwrap();
    let said = validate(&docx_fixture("doctype.docx"));
    has(
        &said,
        "`word/document.xml` déclare un DOCTYPE, ce que Word ne fait jamais\u{a0}: les définitions d'entités sont refusées",
    );
    has(
        &said,
        "ce fichier n'a pas été enregistré par Word\u{a0}; ouvrez la réponse dans Word",
    );
    let entity = write(
        dir.path(),
        "entity.docx",
        &zip(&[("word/document.xml", b"<document>&nbsp;</document>")]),
    );
    has(
        &validate(&entity),
        "`word/document.xml` utilise l'entité non définie `&nbsp;`",
    );
    let broken = write(
        dir.path(),
        "broken.docx",
        &zip(&[("word/document.xml", b"<document></body>")]),
    );
    let said = validate(&broken);
    has(
        &said,
        "`word/document.xml` n'est pas un document XML bien formé (octet ",
    );
    has(
        &said,
        "le document est endommagé\u{a0}; ouvrez-le dans Word et enregistrez-le de nouveau",
    );
    let deep = format!("{}{}", "<a>".repeat(300), "</a>".repeat(300));
    let deep = write(
        dir.path(),
        "deep.docx",
        &zip(&[("word/document.xml", deep.as_bytes())]),
    );
    has(
        &validate(&deep),
        "`word/document.xml` imbrique des éléments sur plus de 256 niveaux",
    );
}

#[test]
fn an_open_document_text_qnr_cannot_unpack_is_refused_in_french() {
    let dir = tempfile::tempdir().unwrap();
    let odt = write(
        dir.path(),
        "latin1.odt",
        &zip(&[
            ("mimetype", b"application/vnd.oasis.opendocument.text"),
            (
                "content.xml",
                b"<office:document-content>\xe9</office:document-content>",
            ),
        ]),
    );
    let said = validate(&odt);
    has(&said, "`content.xml` n'est pas codé en UTF-8");
    has(
        &said,
        "ouvrez le document dans LibreOffice et enregistrez-le de nouveau au format «\u{a0}Texte ODF (.odt)\u{a0}»",
    );
}

#[test]
fn answers_and_values_past_the_caps_are_refused_in_french() {
    let dir = tempfile::tempdir().unwrap();
    let long = "x".repeat(1024 * 1024 + 1);
    let comment = write(
        dir.path(),
        "comment.json",
        format!(r#"{{"answers": {{"I.1": {{"action_taken": "yes", "comments": "{long}"}}}}}}"#)
            .as_bytes(),
    );
    has(
        &validate(&comment),
        " font 1048577 octets\u{a0}; qnr lit au plus 1048576 octets (1\u{a0}Mio) par valeur",
    );
    let field = write(
        dir.path(),
        "field.json",
        format!(r#"{{"respondent": {{"country": "{long}"}}, "answers": {{}}}}"#).as_bytes(),
    );
    has(
        &validate(&field),
        "le champ `country` fait 1048577 octets\u{a0}; qnr lit au plus 1048576 octets (1\u{a0}Mio) par valeur",
    );
    let answers: Vec<String> = (0..=10_000)
        .map(|i| format!("\"X.{i}\": {{\"action_taken\": \"yes\"}}"))
        .collect();
    let many = write(
        dir.path(),
        "many.json",
        format!("{{\"answers\": {{{}}}}}", answers.join(",")).as_bytes(),
    );
    has(
        &validate(&many),
        "le fichier contient 10001 réponses\u{a0}; qnr en lit au plus 10000 (un questionnaire en compte quelques dizaines)",
    );
}

#[cfg(unix)]
#[test]
fn folder_entries_that_cannot_be_walked_are_explained_in_french() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/sample-complete.json"),
        dir.path().join("a.json"),
    )
    .unwrap();
    std::fs::create_dir(dir.path().join("sub")).unwrap();
    std::os::unix::fs::symlink(dir.path(), dir.path().join("sub/loop")).unwrap();
    std::os::unix::fs::symlink(dir.path().join("gone"), dir.path().join("dangling.json")).unwrap();
    let said = validate(dir.path());
    has(
        &said,
        "impossible de lire cette entrée\u{a0}: un lien symbolique renvoie à l'un des dossiers qui le contiennent",
    );
    has(
        &said,
        "impossible de lire cette entrée\u{a0}: c'est un lien symbolique vers un élément inexistant, ou l'entrée a disparu pendant le parcours du dossier",
    );
    let output = qnr().arg("report").arg(dir.path()).output().unwrap();
    let report = String::from_utf8(output.stdout).unwrap();
    has(
        &report,
        "impossible de lire cette entrée\u{a0}: un lien symbolique renvoie",
    );
}

#[test]
fn report_failures_are_said_in_french() {
    let dir = tempfile::tempdir().unwrap();
    let said = stderr(qnr().args(["report", "tests/data/report", "-o", "report.pdf"]));
    has(
        &said,
        "impossible de déterminer le format à écrire d'après le nom `report.pdf`\u{a0}; donnez-lui l'extension .md, .html, .csv, .json ou .docx",
    );
    let nobody = write(dir.path(), "nobody.txt", b"# no State yet\n\n");
    let said = stderr(
        qnr()
            .args(["report", "tests/data/report", "--expected"])
            .arg(&nobody),
    );
    has(&said, "nobody.txt` ne mentionne aucun État");
    let latin1 = write(dir.path(), "latin1.txt", b"Autriche\nS\xe9n\xe9gal\n");
    let said = stderr(
        qnr()
            .args(["report", "tests/data/report", "--expected"])
            .arg(&latin1),
    );
    has(
        &said,
        "latin1.txt` n'est pas un fichier texte (ligne 2, colonne 2)\u{a0}: ",
    );
}

/// A validation message shown in a report loses its code spans for the
/// language's own quotation marks.
#[test]
fn a_report_quotes_code_spans_with_the_language_s_marks() {
    let dir = tempfile::tempdir().unwrap();
    let sample = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/sample-complete.json"),
    )
    .unwrap();
    let reply = sample.replacen(
        "\"respondent\": {",
        "\"respondent\": {\"colour\": \"blue\", ",
        1,
    );
    assert_ne!(reply, sample);
    write(dir.path(), "reply.json", reply.as_bytes());
    let report = |lang: &str| {
        let output = qnr()
            .env("QNR_LANG", lang)
            .arg("report")
            .arg(dir.path())
            .output()
            .unwrap();
        String::from_utf8(output.stdout).unwrap()
    };
    let fr = report("fr");
    has(
        &fr,
        "champ inconnu parmi les renseignements sur le répondant\u{a0}: «\u{a0}colour\u{a0}»",
    );
    let es = report("es");
    has(&es, "dato de identificación desconocido: «colour»");
    let ru = report("ru");
    has(&ru, "неизвестное поле сведений о респонденте: «colour»");
    let en = report("en");
    has(&en, "unknown respondent field “colour”");
}
