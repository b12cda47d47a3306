//! The language a run speaks, end to end: `--lang`, `QNR_LANG`, the locale
//! variables, the schema's `language`, in that order; and what a `C` or
//! unknown locale does (nothing: the schema's language, else English).

use std::path::Path;

use assert_cmd::Command;

const SAMPLE: &str = "examples/sample-complete.json";

/// qnr with no language preference at all in its environment.
fn qnr() -> Command {
    let mut cmd = Command::cargo_bin("qnr").unwrap();
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("QNR_SCHEMA")
        .env_remove("QNR_LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .env("NO_COLOR", "1");
    cmd
}

fn stdout(cmd: &mut Command) -> String {
    String::from_utf8(cmd.output().unwrap().stdout).unwrap()
}

/// The closing summary of `qnr validate`.
fn summary(cmd: &mut Command) -> String {
    stdout(cmd).lines().last().unwrap_or_default().to_string()
}

fn stderr(cmd: &mut Command) -> String {
    String::from_utf8(cmd.output().unwrap().stderr).unwrap()
}

/// The lettered demo schema, said to be written in `lang`.
fn schema_in(dir: &Path, lang: &str) -> String {
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/schemas/lettered.toml"),
    )
    .unwrap()
    .replacen(
        "version = ",
        &format!("language = \"{lang}\"\nversion = "),
        1,
    );
    let path = dir.join(format!("{lang}.toml"));
    std::fs::write(&path, text).unwrap();
    path.display().to_string()
}

#[test]
fn the_flag_and_its_variable_choose_the_language() {
    let summary = stdout(qnr().args(["--lang", "fr", "validate", SAMPLE]));
    assert_eq!(
        summary,
        "1 fichier vérifié\u{a0}: 1 valide, 0 non valide (0 erreur, 0 avertissement)\n"
    );
    let summary = stdout(qnr().env("QNR_LANG", "ru").args(["validate", SAMPLE]));
    assert_eq!(
        summary,
        "проверено файлов: 1; без ошибок: 1, с ошибками: 0 (0 ошибок, 0 предупреждений)\n"
    );
    // The flag outranks the variable, which outranks the locale.
    let summary = stdout(
        qnr()
            .env("QNR_LANG", "ru")
            .env("LANG", "fr_FR.UTF-8")
            .args(["validate", "--lang", "es", SAMPLE]),
    );
    assert!(
        summary.starts_with("se comprobó 1 archivo: 1 válido"),
        "{summary}"
    );
}

#[test]
fn a_fatal_error_is_in_the_language_too() {
    let output = qnr()
        .args(["--lang", "fr", "validate", "absent.json"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        String::from_utf8(output.stderr).unwrap(),
        "erreur\u{a0}: `absent.json` n'existe pas\n"
    );
}

#[test]
fn the_locale_names_the_language_when_nothing_else_does() {
    let summary = stdout(qnr().env("LANG", "es_MX.UTF-8").args(["validate", SAMPLE]));
    assert!(summary.starts_with("se comprobó 1 archivo"), "{summary}");
    // LC_ALL outranks LC_MESSAGES, which outranks LANG.
    let summary = stdout(
        qnr()
            .env("LC_ALL", "ru_RU.UTF-8")
            .env("LC_MESSAGES", "fr_FR.UTF-8")
            .args(["validate", SAMPLE]),
    );
    assert!(summary.starts_with("проверено"), "{summary}");
}

#[test]
fn a_c_or_unknown_locale_leaves_the_choice_to_the_schema() {
    // HONLEA is English.
    for locale in ["C", "POSIX", "C.UTF-8", "de_DE.UTF-8"] {
        let summary = stdout(qnr().env("LC_ALL", locale).args(["validate", SAMPLE]));
        assert!(summary.starts_with("checked 1 file"), "{locale}: {summary}");
    }
    // A French schema speaks French, even under `LC_ALL=C`, which says no
    // language, and over `LANG=fr` it would anyway.
    let dir = tempfile::tempdir().unwrap();
    let schema = schema_in(dir.path(), "fr");
    let reply = dir.path().join("reply.json");
    qnr()
        .args(["--schema", &schema, "new", "-o"])
        .arg(&reply)
        .assert()
        .success();
    let summary = summary(
        qnr()
            .env("LC_ALL", "C")
            .args(["--schema", &schema, "validate"])
            .arg(&reply),
    );
    assert!(summary.starts_with("1 fichier vérifié"), "{summary}");
    // An English locale is a preference: English, whatever the schema.
    let summary = self::summary(
        qnr()
            .env("LANG", "en_GB.UTF-8")
            .args(["--schema", &schema, "validate"])
            .arg(&reply),
    );
    assert!(summary.starts_with("checked 1 file"), "{summary}");
}

#[test]
fn a_language_qnr_does_not_speak_is_refused_by_name() {
    let output = qnr()
        .env("QNR_LANG", "de")
        .args(["validate", SAMPLE])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let err = String::from_utf8(output.stderr).unwrap();
    assert!(err.contains("possible values: en, fr, es, ru"), "{err}");

    let dir = tempfile::tempdir().unwrap();
    let schema = schema_in(dir.path(), "de");
    let err = stderr(qnr().args(["schema", "check", &schema]));
    assert!(err.contains("unknown language `de`"), "{err}");
}

#[test]
fn a_file_that_does_not_parse_is_explained_in_the_language() {
    let dir = tempfile::tempdir().unwrap();
    let json = dir.path().join("r.json");
    std::fs::write(&json, "{\"questionnaire\": \"honlea\",}").unwrap();
    let yaml = dir.path().join("r.yaml");
    std::fs::write(&yaml, "questionnaire: honlea\n---\nversion: '1'\n").unwrap();
    let latin1 = dir.path().join("l.json");
    std::fs::write(&latin1, b"{\"questionnaire\": \"caf\xe9\"}").unwrap();
    let said = |lang: &str, file: &Path| {
        stdout(
            qnr()
                .args(["--lang", lang, "validate"])
                .arg(file)
                .env("COLUMNS", "200"),
        )
    };
    let fr = said("fr", &json);
    assert!(
        fr.contains("attendu\u{a0}: une clé entre guillemets droits (JSON n'admet pas de virgule avant `}`)\u{202f}; trouvé\u{a0}: `}`"),
        "{fr}"
    );
    let es = said("es", &yaml);
    assert!(
        es.contains("el archivo contiene más de un documento YAML"),
        "{es}"
    );
    let ru = said("ru", &latin1);
    assert!(
        ru.contains("файл не является текстом в кодировке UTF-8: не удается декодировать байт 0xe9 (строка 1, столбец 23)"),
        "{ru}"
    );
    for text in [fr, es, ru] {
        assert!(!text.contains("expected"), "{text}");
        assert!(!text.contains("the file"), "{text}");
    }
}

#[test]
fn schema_check_speaks_the_language() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.toml");
    std::fs::write(
        &bad,
        qnr::HONLEA_TOML
            .replacen("numeral = \"II\"", "numeral = \"I\"", 1)
            .replacen("when_yes = \"expected\"", "when_yes = \"mandatory\"", 1),
    )
    .unwrap();
    let rule = stderr(qnr().args(["--lang", "es", "schema", "check"]).arg(&bad));
    assert!(
        rule.contains(
            "valor desconocido `mandatory`; valores posibles: `required`, `expected`, `optional`"
        ),
        "{rule}"
    );
    std::fs::write(
        &bad,
        qnr::HONLEA_TOML.replacen("numeral = \"II\"", "numeral = \"I\"", 1),
    )
    .unwrap();
    let twice = stderr(qnr().args(["--lang", "fr", "schema", "check"]).arg(&bad));
    assert!(
        twice.contains("deux questions portent le même numéro, `I`"),
        "{twice}"
    );
    let valid = stdout(qnr().args(["--lang", "ru", "schema", "check", "schema/honlea.toml"]));
    assert_eq!(
        valid,
        "`schema/honlea.toml` — действительная схема: вопросник `honlea`, версия 1, 4 вопроса, 16 рекомендаций, 8 полей заголовочной части\n"
    );
}

#[test]
fn a_form_too_big_to_be_a_reply_is_refused_in_the_language() {
    let dir = tempfile::tempdir().unwrap();
    let txt = dir.path().join("huge.txt");
    std::fs::write(&txt, "Recommendation 1 (I.1)\n".repeat(10_001)).unwrap();
    let ru = stdout(qnr().args(["--lang", "ru", "validate"]).arg(&txt));
    assert!(
        ru.contains(
            "число заголовков рекомендаций в форме — 10001, тогда как qnr считывает не более 10000"
        ),
        "{ru}"
    );
    let md = dir.path().join("huge.md");
    std::fs::write(&md, "## Issue I\n\n".repeat(20_001)).unwrap();
    let es = stdout(qnr().args(["--lang", "es", "validate"]).arg(&md));
    assert!(
        es.contains(
            "el archivo tiene más de 20000 títulos, y qnr lee como máximo 10000 respuestas"
        ),
        "{es}"
    );
}
