//! `qnr schema check` proves a schema's forms: labels that once made a
//! form ambiguous ("NOT YET", "OUI/YES", a recommendation labelled "(c)",
//! a comment label worded as the question) are read correctly in every
//! form format — a blank form reads as unanswered and a filled one reads
//! back as written — and a schema whose forms cannot read back is refused,
//! naming the key, its line and why. `schema init` and `schema show
//! --format toml|json` give schemas that check.

use std::path::{Path, PathBuf};

use predicates::str::contains;

use crate::support::{qnr, qnr_with};
use serde_json::Value;

fn honlea_with(dir: &Path, name: &str, from: &str, to: &str) -> PathBuf {
    let text = qnr::HONLEA_TOML;
    assert!(text.contains(from), "{from}");
    let path = dir.join(name);
    std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
    path
}

/// A filled reply to `schema`, as JSON: every field, YES and NO in turn.
fn filled(dir: &Path, schema: &Path) -> PathBuf {
    let blank = dir.join("blank.json");
    qnr_with(schema)
        .args(["new", "--force", "-o"])
        .arg(&blank)
        .assert()
        .code(0);
    let mut reply: Value = serde_json::from_str(&std::fs::read_to_string(&blank).unwrap()).unwrap();
    let answers = reply["answers"].as_object_mut().unwrap();
    for (n, answer) in answers.values_mut().enumerate() {
        answer["action_taken"] = if n % 2 == 0 { "yes" } else { "no" }.into();
        answer["comments"] = "Done in 2024.\n\nMore in the annex.".into();
    }
    reply["respondent"]["country"] = "Narnia".into();
    reply["respondent"]["date"] = "2024-05-15".into();
    reply["respondent"]["publish"] = "no".into();
    let path = dir.join("filled.json");
    std::fs::write(&path, reply.to_string()).unwrap();
    path
}

/// `schema check` accepts `schema`, and every form of it reads back:
/// blank as unanswered, filled as written.
fn accepted_and_read_back(dir: &Path, schema: &Path) {
    qnr().args(["schema", "check"]).arg(schema).assert().code(0);
    let reply = filled(dir, schema);
    for to in ["txt", "md", "csv", "docx"] {
        let blank = dir.join(format!("blank.{to}"));
        qnr_with(schema)
            .args(["new", "--force", "-o"])
            .arg(&blank)
            .assert()
            .code(0);
        let out = qnr_with(schema)
            .arg("convert")
            .arg(&blank)
            .args(["--to", "json"])
            .output()
            .unwrap();
        let back: Value = serde_json::from_slice(&out.stdout).unwrap();
        let answered = back["answers"]
            .as_object()
            .unwrap()
            .values()
            .filter(|a| !a["action_taken"].is_null())
            .count();
        assert_eq!(answered, 0, "a blank {to} form reads as answered: {back}");

        let form = dir.join(format!("filled.{to}"));
        qnr_with(schema)
            .arg("convert")
            .arg(&reply)
            .args(["--force", "-o"])
            .arg(&form)
            .assert()
            .code(0);
        let again = dir.join(format!("again-{to}.json"));
        qnr_with(schema)
            .arg("convert")
            .arg(&form)
            .args(["--force", "-o"])
            .arg(&again)
            .assert()
            .code(0);
        qnr_with(schema)
            .arg("diff")
            .arg(&reply)
            .arg(&again)
            .assert()
            .code(0);
    }
}

#[test]
fn a_two_word_label_is_read_in_every_form() {
    let dir = tempfile::tempdir().unwrap();
    let schema = honlea_with(dir.path(), "s.toml", "yes = \"YES\"", "yes = \"NOT YET\"");
    accepted_and_read_back(dir.path(), &schema);
}

#[test]
fn a_bilingual_label_with_a_slash_is_read_in_every_form() {
    let dir = tempfile::tempdir().unwrap();
    let once = honlea_with(dir.path(), "a.toml", "yes = \"YES\"", "yes = \"OUI/YES\"");
    let text =
        std::fs::read_to_string(&once)
            .unwrap()
            .replacen("no = \"NO\"", "no = \"NON/NO\"", 1);
    let schema = dir.path().join("s.toml");
    std::fs::write(&schema, text).unwrap();
    accepted_and_read_back(dir.path(), &schema);
}

#[test]
fn a_label_in_brackets_is_read_in_every_form() {
    let dir = tempfile::tempdir().unwrap();
    let schema = honlea_with(dir.path(), "s.toml", "label = \"3\"", "label = \"(c)\"");
    accepted_and_read_back(dir.path(), &schema);
}

#[test]
fn a_comment_label_worded_as_the_question_is_read_in_every_form() {
    let dir = tempfile::tempdir().unwrap();
    let schema = honlea_with(
        dir.path(),
        "s.toml",
        "label = \"Comments\"",
        "label = \"Any action taken\"",
    );
    accepted_and_read_back(dir.path(), &schema);
}

#[test]
fn a_schema_whose_forms_do_not_read_back_is_refused_at_its_key() {
    let dir = tempfile::tempdir().unwrap();
    // Issues headed like recommendations: no form can tell them apart.
    let schema = honlea_with(
        dir.path(),
        "s.toml",
        "issue = \"Issue {numeral}\"",
        "issue = \"Recommendation {numeral}\"",
    );
    qnr()
        .args(["schema", "check"])
        .arg(&schema)
        .assert()
        .code(2)
        .stderr(contains("error[ambiguous-label]"))
        .stderr(contains("`headings.recommendation`"))
        .stderr(contains("s.toml:15:"))
        .stderr(contains("do not read back"));
}

#[test]
fn init_writes_a_skeleton_that_checks_in_every_language() {
    let dir = tempfile::tempdir().unwrap();
    for lang in ["en", "fr", "es", "ru"] {
        let path = dir.path().join(format!("questionnaire-{lang}.toml"));
        qnr()
            .args(["schema", "init", "--lang", lang, "-o"])
            .arg(&path)
            .assert()
            .code(0);
        qnr()
            .args(["schema", "check"])
            .arg(&path)
            .assert()
            .code(0)
            .stderr("");
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(
            text.contains(&format!("id = \"questionnaire-{lang}\"")),
            "{text}"
        );
        // Every key is explained, in the language asked for.
        assert!(text.contains("[[respondent]]\n# "), "{text}");
        let explained = match lang {
            "fr" => "# La clé utilisée dans les fichiers de réponse",
            "es" => "# La clave en los archivos de respuesta",
            "ru" => "# Ключ в файлах ответов",
            _ => "# The key in reply files",
        };
        assert!(text.contains(explained), "{text}");
    }
    let path = dir.path().join("questionnaire-fr.toml");
    qnr()
        .args(["schema", "init", "--lang", "fr", "-o"])
        .arg(&path)
        .assert()
        .code(2)
        .stderr(contains("--force"));
}

#[test]
fn show_prints_the_schema_in_use_as_toml_and_json_that_load_again() {
    let dir = tempfile::tempdir().unwrap();
    for (format, ext) in [("toml", "toml"), ("json", "json")] {
        let out = qnr()
            .args(["schema", "show", "--format", format])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0));
        let path = dir.path().join(format!("honlea.{ext}"));
        std::fs::write(&path, &out.stdout).unwrap();
        qnr().args(["schema", "check"]).arg(&path).assert().code(0);
        // Loaded again, it prints the same.
        let again = qnr()
            .arg("--schema")
            .arg(&path)
            .args(["schema", "show", "--format", format])
            .output()
            .unwrap();
        assert_eq!(again.stdout, out.stdout, "{format}");
    }
    let out = qnr()
        .args(["schema", "show", "--format", "toml"])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("role = \"country\""));
    assert!(text.contains("[[issues.recommendations]]"));
}

#[test]
fn a_label_that_breaks_one_language_is_named_with_its_language() {
    let dir = tempfile::tempdir().unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(root.join("examples/schemas/multilingual.toml")).unwrap();
    let from = "label.fr = \"Consentement à la publication de la présente réponse sur le site Web de l'ONUDC\"";
    assert!(text.contains(from));
    let path = dir.path().join("bad.toml");
    std::fs::write(
        &path,
        text.replacen(from, "label.fr = \"Mesures prises\"", 1),
    )
    .unwrap();
    // The run speaks English; the French form is the one that breaks.
    qnr()
        .args(["--lang", "en", "schema", "check"])
        .arg(&path)
        .assert()
        .code(2)
        .stderr(contains("the `label.fr` of respondent field `publish`"))
        .stderr(contains("label.fr = \"Mesures prises\""));
}

/// The verdict is said in the run's language, with the counts' plural
/// forms: no English line closes a French or Russian check.
#[test]
fn the_verdict_speaks_the_chosen_language() {
    let dir = tempfile::tempdir().unwrap();
    let schema = dir.path().join("honlea.toml");
    std::fs::write(&schema, qnr::HONLEA_TOML).unwrap();
    qnr()
        .args(["--lang", "fr", "schema", "check"])
        .arg(&schema)
        .assert()
        .code(0)
        .stdout(contains(
            "est un schéma valide\u{a0}: questionnaire `honlea`, version 1, 4 questions, 16 recommandations, 8 champs d'en-tête",
        ));
    qnr()
        .args(["--lang", "ru", "schema", "check"])
        .arg(&schema)
        .assert()
        .code(0)
        .stdout(contains(
            "4 вопроса, 16 рекомендаций, 8 полей заголовочной части",
        ));
    qnr()
        .args(["schema", "check"])
        .arg(&schema)
        .assert()
        .code(0)
        .stdout(contains(
            "is a valid schema: questionnaire `honlea` version 1, 4 issues, 16 recommendations, 8 respondent fields",
        ));
}
