//! The whole pipeline on the questionnaire in four languages
//! (`examples/schemas/multilingual.toml`): forms written in each language
//! by `qnr new` and `qnr convert`, read back whatever the language of the
//! run, validated, compared and compiled into one report.

use std::path::{Path, PathBuf};

use assert_cmd::Command;

const SCHEMA: &str = "examples/schemas/multilingual.toml";
const REPLY: &str = "examples/schemas/multilingual-reply.json";
const LANGS: [&str; 4] = ["en", "fr", "es", "ru"];
const FORMS: [&str; 4] = ["txt", "md", "csv", "docx"];

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// qnr on the multilingual schema, speaking `lang`.
fn qnr(lang: &str) -> Command {
    let mut cmd = Command::cargo_bin("qnr").unwrap();
    cmd.current_dir(root())
        .env_remove("QNR_SCHEMA")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .env("NO_COLOR", "1")
        .args(["--schema", SCHEMA, "--lang", lang]);
    cmd
}

fn text(cmd: &mut Command) -> (i32, String, String) {
    let output = cmd.output().unwrap();
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8(output.stdout).unwrap(),
        String::from_utf8(output.stderr).unwrap(),
    )
}

/// The reply, converted to `form` by a run in `lang`.
fn written(dir: &Path, lang: &str, form: &str) -> PathBuf {
    let path = dir.join(format!("reply-{lang}.{form}"));
    qnr(lang)
        .args(["convert", REPLY, "-o"])
        .arg(&path)
        .assert()
        .success();
    path
}

#[test]
fn a_form_written_in_any_language_reads_back_in_every_language() {
    let dir = tempfile::tempdir().unwrap();
    for written_in in LANGS {
        for form in FORMS {
            let path = written(dir.path(), written_in, form);
            for read_in in LANGS {
                let (code, out, err) = text(qnr(read_in).arg("diff").arg(REPLY).arg(&path));
                assert_eq!(
                    code, 0,
                    "{form} written in {written_in}, read in {read_in}:\n{out}{err}"
                );
            }
        }
    }
}

#[test]
fn new_writes_the_form_in_the_language_of_the_run() {
    let (_, fr, _) = text(qnr("fr").args(["new", "--to", "txt"]));
    assert!(
        fr.contains("Questionnaire\u{a0}: honlea-example, version 2026"),
        "{fr}"
    );
    assert!(
        fr.contains("Question I: Trafic de drogues synthétiques"),
        "{fr}"
    );
    assert!(fr.contains("Mesures prises ☐ OUI ☐ NON"), "{fr}");
    assert!(fr.contains("Consentement à la publication"), "{fr}");

    let (_, es, _) = text(qnr("es").args(["new", "--to", "md"]));
    assert!(
        es.contains("Cuestionario: honlea-example, versión 2026"),
        "{es}"
    );
    assert!(es.contains("## Datos de identificación"), "{es}");
    assert!(es.contains("Medidas adoptadas"), "{es}");

    let (_, ru, _) = text(qnr("ru").args(["new", "--to", "csv"]));
    let header = ru.trim_start_matches('\u{feff}').lines().next().unwrap();
    assert_eq!(
        header,
        "id,вопрос,рекомендация,приняты_меры,замечания,country,date,contact,organization,email,publish"
    );

    let (_, toml, _) = text(qnr("ru").args(["new", "--to", "toml"]));
    assert!(toml.starts_with("# Образец вопросника"), "{toml}");
    assert!(
        toml.contains("# Проверьте этот файл командой `qnr validate`"),
        "{toml}"
    );
}

#[test]
fn a_spanish_form_and_a_russian_word_form_read_back() {
    let dir = tempfile::tempdir().unwrap();
    for (lang, form) in [("es", "txt"), ("es", "docx"), ("ru", "docx")] {
        let path = written(dir.path(), lang, form);
        let back = dir.path().join(format!("back-{lang}-{form}.json"));
        qnr("en")
            .arg("convert")
            .arg(&path)
            .arg("-o")
            .arg(&back)
            .assert()
            .success();
        let want: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(root().join(REPLY)).unwrap()).unwrap();
        let got: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&back).unwrap()).unwrap();
        assert_eq!(got, want, "{lang} {form}");
    }
}

#[test]
fn yes_no_fields_show_the_schemas_labels() {
    let dir = tempfile::tempdir().unwrap();
    let csv = written(dir.path(), "fr", "csv");
    let text_of = std::fs::read_to_string(&csv).unwrap();
    assert!(
        text_of.contains("focal.point@example.org,OUI\r\n"),
        "{text_of}"
    );

    // A hand-made CSV with French column names and `non` in the yes-no column.
    let hand = dir.path().join("hand.csv");
    std::fs::write(
        &hand,
        "id;Mesures prises;Observations;country;publish\nI.1;oui;Fait.;Narnia;non\n",
    )
    .unwrap();
    let back = dir.path().join("hand.json");
    qnr("en")
        .arg("convert")
        .arg(&hand)
        .arg("-o")
        .arg(&back)
        .assert()
        .success();
    let reply: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&back).unwrap()).unwrap();
    assert_eq!(reply["respondent"]["publish"], "no");
    assert_eq!(reply["answers"]["I.1"]["action_taken"], "yes");
    assert_eq!(reply["answers"]["I.1"]["comments"], "Fait.");

    // diff shows the consent as the form prints it.
    let other = dir.path().join("other.json");
    let changed = std::fs::read_to_string(root().join(REPLY))
        .unwrap()
        .replace("\"publish\": \"yes\"", "\"publish\": \"no\"");
    std::fs::write(&other, changed).unwrap();
    let (code, out, _) = text(qnr("es").arg("diff").arg(REPLY).arg(&other));
    assert_eq!(code, 1);
    assert!(
        out.contains("Consentimiento para la publicación de esta respuesta en el sitio web de la UNODC: SÍ → NO"),
        "{out}"
    );
    assert!(
        out.contains("1 diferencia (1 en los datos de identificación, 0 en las recomendaciones)"),
        "{out}"
    );
}

#[test]
fn validate_speaks_the_language_and_keeps_its_codes() {
    let dir = tempfile::tempdir().unwrap();
    let blank = dir.path().join("vierge.txt");
    qnr("fr").args(["new", "-o"]).arg(&blank).assert().success();
    let (code, out, _) = text(qnr("fr").arg("validate").arg(&blank));
    assert_eq!(code, 1);
    assert!(
        out.lines()
            .last()
            .unwrap()
            .starts_with("1 fichier vérifié\u{a0}: 0 valide, 1 non valide"),
        "{out}"
    );
    let (_, json, _) = text(qnr("ru").args(["validate", "--format", "json"]).arg(&blank));
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    let codes: Vec<&str> = value[0]["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["code"].as_str().unwrap())
        .collect();
    assert!(codes.contains(&"missing-answer"), "{codes:?}");
    assert!(codes.contains(&"unmarked-answer"), "{codes:?}");

    // SARIF: the rules' ids stay, their descriptions and the messages,
    // help included, are in the language.
    let (_, sarif, _) = text(
        qnr("es")
            .args(["validate", "--format", "sarif"])
            .arg(&blank),
    );
    let value: serde_json::Value = serde_json::from_str(&sarif).unwrap();
    let run = &value["runs"][0];
    let rule = run["tool"]["driver"]["rules"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == "missing-answer")
        .unwrap();
    assert_eq!(
        rule["shortDescription"]["text"],
        "Una recomendación no tiene SÍ ni NO."
    );
    let message = run["results"][0]["message"]["text"].as_str().unwrap();
    assert!(message.contains("\nayuda: "), "{message}");
    let (_, github, _) = text(
        qnr("ru")
            .args(["validate", "--format", "github"])
            .arg(&blank),
    );
    assert!(github.contains("%0Aподсказка: "), "{github}");
}

#[test]
fn report_compiles_replies_from_three_languages_in_french() {
    let dir = tempfile::tempdir().unwrap();
    let replies = dir.path().join("replies");
    std::fs::create_dir(&replies).unwrap();
    for (lang, form, country) in [
        ("fr", "txt", "Bénin"),
        ("es", "docx", "Chile"),
        ("ru", "md", "Казахстан"),
    ] {
        let json = dir.path().join(format!("{lang}.json"));
        let reply = std::fs::read_to_string(root().join(REPLY))
            .unwrap()
            .replace("Narnia", country);
        std::fs::write(&json, reply).unwrap();
        qnr(lang)
            .arg("convert")
            .arg(&json)
            .arg("-o")
            .arg(replies.join(format!("{lang}.{form}")))
            .assert()
            .success();
    }
    let (code, out, err) = text(qnr("fr").arg("report").arg(&replies));
    assert_eq!(code, 0, "{err}");
    // The report names States by their short names in its language,
    // whatever language each reply wrote them in.
    for country in ["Bénin", "Chili", "Kazakhstan"] {
        assert!(out.contains(country), "{country}: {out}");
    }
    assert!(out.contains("3 États ont répondu"), "{out}");
    // The questionnaire's own words are French.
    assert!(out.contains("Trafic de drogues synthétiques"), "{out}");
    assert!(out.contains("OUI"), "{out}");
}

/// The part `name` of a Word document.
fn docx_part(path: &Path, name: &str) -> String {
    let mut archive = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    let mut part = archive.by_name(name).unwrap();
    let mut text = String::new();
    std::io::Read::read_to_string(&mut part, &mut text).unwrap();
    text
}

#[test]
fn word_forms_say_their_language() {
    let dir = tempfile::tempdir().unwrap();
    // In the run defaults of the styles, which every run inherits.
    let ru = written(dir.path(), "ru", "docx");
    assert!(docx_part(&ru, "word/styles.xml").contains("<w:lang w:val=\"ru-RU\"/>"));
    assert!(!docx_part(&ru, "word/document.xml").contains("en-GB"));
    let en = written(dir.path(), "en", "docx");
    assert!(docx_part(&en, "word/styles.xml").contains("<w:lang w:val=\"en-GB\"/>"));
}

#[test]
fn command_messages_speak_the_language() {
    let dir = tempfile::tempdir().unwrap();
    let form = dir.path().join("blank.txt");
    let (_, _, err) = text(qnr("en").args(["new", "-o"]).arg(&form));
    // A form is filled by hand: `qnr fill` takes json, toml and yaml only.
    assert!(err.contains("next: fill it in (tick the boxes)"), "{err}");
    assert!(!err.contains("qnr fill"), "{err}");
    let (_, _, err) = text(
        qnr("es")
            .arg("convert")
            .arg(REPLY)
            .arg("-o")
            .arg(dir.path().join("r.md")),
    );
    assert!(err.contains("6 de 6 recomendaciones respondidas"), "{err}");

    let bad = dir.path().join("bad.json");
    let text_of = std::fs::read_to_string(root().join(REPLY))
        .unwrap()
        .replace("\"comments\": null", "\"commentaires\": null");
    std::fs::write(&bad, text_of).unwrap();
    let (code, out, _) = text(qnr("fr").arg("validate").arg(&bad));
    assert_eq!(code, 1);
    assert!(out.contains("clé inconnue `commentaires`"), "{out}");
    assert!(
        out.contains("vouliez-vous dire `comments`\u{202f}?"),
        "{out}"
    );
}

#[test]
fn the_question_is_punctuated_as_its_own_language_writes_it() {
    let (_, fr, _) = text(qnr("fr").args(["schema", "show"]));
    assert!(fr.contains("Mesures prises\u{202f}? OUI / NON"), "{fr}");
    let (_, es, _) = text(qnr("es").args(["schema", "show"]));
    assert!(es.contains("¿Medidas adoptadas? SÍ / NO"), "{es}");
    // HONLEA is in English only: its English question keeps English
    // punctuation in a French run.
    let (_, en, _) = text(
        Command::cargo_bin("qnr")
            .unwrap()
            .current_dir(root())
            .env_remove("QNR_SCHEMA")
            .env("NO_COLOR", "1")
            .args(["--lang", "fr", "schema", "show"]),
    );
    assert!(en.contains("Any action taken? YES / NO"), "{en}");
}

#[test]
fn a_csv_help_names_the_column_as_the_language_writes_it() {
    let dir = tempfile::tempdir().unwrap();
    let csv = written(dir.path(), "es", "csv");
    let written = std::fs::read_to_string(&csv).unwrap();
    let mut lines: Vec<String> = written.lines().map(str::to_string).collect();
    assert!(lines[0].contains("medidas_adoptadas"), "{}", lines[0]);
    lines[1] = lines[1].replacen(",yes,", ",,", 1);
    std::fs::write(&csv, lines.join("\n") + "\n").unwrap();
    let (code, out, _) = text(qnr("es").arg("validate").arg(&csv));
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains(
            "escriba yes o no en la columna `medidas_adoptadas` (`action_taken`) de esta fila"
        ),
        "{out}"
    );
}

#[test]
fn new_validate_convert_report_in_each_language() {
    let said = [
        (
            "en",
            "checked 1 file: 0 valid, 1 invalid",
            "checked 1 file: 1 valid, 0 invalid",
            "1 State replied",
        ),
        (
            "fr",
            "1 fichier vérifié\u{a0}: 0 valide, 1 non valide",
            "1 fichier vérifié\u{a0}: 1 valide, 0 non valide",
            "1 État a répondu",
        ),
        (
            "es",
            "se comprobó 1 archivo: 0 válidos, 1 no válido",
            "se comprobó 1 archivo: 1 válido, 0 no válidos",
            "1 Estado respondió",
        ),
        (
            "ru",
            "проверено файлов: 1; без ошибок: 0, с ошибками: 1",
            "проверено файлов: 1; без ошибок: 1, с ошибками: 0",
            "Ответ представило 1 государство",
        ),
    ];
    for (lang, blank_verdict, filled_verdict, headline) in said {
        let dir = tempfile::tempdir().unwrap();
        // A blank form in the language: nothing answered yet.
        let blank = dir.path().join("blank.txt");
        qnr(lang).args(["new", "-o"]).arg(&blank).assert().success();
        let (code, out, _) = text(qnr(lang).arg("validate").arg(&blank));
        assert_eq!(code, 1, "{lang}: {out}");
        assert!(out.contains(blank_verdict), "{lang}: {out}");
        // The reply as a Markdown form in the language, checked and compiled.
        let replies = dir.path().join("replies");
        std::fs::create_dir(&replies).unwrap();
        let form = replies.join("reply.md");
        qnr(lang)
            .arg("convert")
            .arg(REPLY)
            .arg("-o")
            .arg(&form)
            .assert()
            .success();
        let (code, out, _) = text(qnr(lang).arg("validate").arg(&form));
        assert_eq!(code, 0, "{lang}: {out}");
        assert!(out.contains(filled_verdict), "{lang}: {out}");
        let (code, report, err) = text(qnr(lang).arg("report").arg(&replies));
        assert_eq!(code, 0, "{lang}: {err}");
        assert!(report.contains(headline), "{lang}: {report}");
    }
}
