//! Field roles end to end: a questionnaire whose State and date of
//! submission are `pais` and `fecha` (tests/data/schemas/honlac.toml) is
//! reported by State, its duplicates found and `--cutoff` applied; a schema
//! without roles is warned about, and its report says that no reply names
//! a State instead of "0 States replied".

use std::fs;
use std::path::{Path, PathBuf};

use predicates::str::contains;

use crate::support::{qnr, qnr_with};
use serde_json::json;

fn honlac() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/schemas/honlac.toml")
}

/// Writes a valid HONLAC reply from `pais` dated `fecha`.
fn reply(dir: &Path, file: &str, pais: &str, fecha: &str) {
    let ids = [
        "I.a", "I.b", "I.c", "II.a", "II.b", "III.a", "IV.a", "IV.b", "V.a",
    ];
    let answers: serde_json::Map<String, serde_json::Value> = ids
        .iter()
        .map(|id| {
            (
                id.to_string(),
                json!({"action_taken": "no", "comments": null}),
            )
        })
        .collect();
    let reply = json!({
        "questionnaire": "honlac-32",
        "version": "2025",
        "respondent": {
            "pais": pais,
            "fecha": fecha,
            "organismo": "Ministerio",
            "correo": "enlace@example.org",
            "publicar": "yes"
        },
        "answers": answers,
    });
    fs::write(dir.join(file), reply.to_string()).unwrap();
}

fn replies() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    reply(dir.path(), "chile-1.json", "Chile", "2024-03-01");
    reply(dir.path(), "chile-2.json", "Chile", "2024-05-01");
    reply(dir.path(), "peru.json", "Perú", "2024-07-15");
    reply(dir.path(), "mexico.json", "México", "2024-06-01");
    dir
}

#[test]
fn report_names_states_finds_duplicates_and_applies_the_cutoff_by_role() {
    let dir = replies();
    let out = qnr_with(&honlac())
        .arg("report")
        .arg(dir.path())
        .args(["--cutoff", "2024-06-30"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let md = String::from_utf8(out.stdout).unwrap();
    assert!(md.contains("**2 States replied**"), "{md}");
    // By their official names, dated as UN documents date.
    assert!(md.contains("| Chile | 1 May 2024 |"), "{md}");
    assert!(md.contains("| Mexico | 1 June 2024 |"), "{md}");
    assert!(!md.contains("(no country"), "{md}");
    assert!(md.contains("chile-1.json"), "the duplicate is listed: {md}");
    assert!(md.contains("peru.json"), "the late reply is listed: {md}");
}

#[test]
fn without_roles_the_check_warns_and_the_report_does_not_count_zero_states() {
    let dir = replies();
    let schema = dir.path().join("sin-roles.toml");
    let text = fs::read_to_string(honlac())
        .unwrap()
        .replace("role = \"country\"\n", "")
        .replace("role = \"date\"\n", "");
    fs::write(&schema, text).unwrap();
    qnr()
        .args(["schema", "check"])
        .arg(&schema)
        .assert()
        .code(0)
        .stdout(contains("(2 warnings)"))
        .stderr(contains("warning[missing-role]"))
        .stderr(contains("cannot name the States"));
    qnr()
        .args(["schema", "check"])
        .arg(honlac())
        .assert()
        .code(0)
        .stderr("");

    let out = qnr_with(&schema)
        .arg("report")
        .arg(dir.path().join("chile-1.json"))
        .arg(dir.path().join("peru.json"))
        .output()
        .unwrap();
    let md = String::from_utf8(out.stdout).unwrap();
    assert!(md.contains("**2 replies, none naming a State**"), "{md}");
    assert!(md.contains("the role \"country\""), "{md}");
    assert!(!md.contains("States replied"), "{md}");
}
