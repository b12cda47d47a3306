//! Other validators agree with `qnr validate` on the corpus in
//! `tests/data/json-schema/` (made by `tests/json_schema_corpus.py`): valid
//! replies, and mutants of every diagnostic code a JSON Schema can express.
//! Here the `jsonschema` crate and Python's `jsonschema` (Draft 2020-12, its
//! format checker on) judge each file against the schema qnr exports;
//! `benches/peers/compare.sh` adds check-jsonschema, ajv and jsonschema-cli.
//!
//! Python's `jsonschema` is skipped when it is not installed, unless
//! `QNR_REQUIRE_PYTHON_JSONSCHEMA` is set (as `.ci/run` does after
//! installing it); `QNR_PYTHON` names the interpreter (default `python3`).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use qnr::{Format, Schema, Strictness, check, json_schema, json_schema_text};

const CORPUS: &str = "tests/data/json-schema";

/// The codes a JSON Schema can express, each of which has mutants.
const EXPRESSIBLE: [&str; 9] = [
    "questionnaire-mismatch",
    "wrong-type",
    "missing-answer",
    "invalid-choice",
    "missing-comment",
    "unknown-answer",
    "missing-respondent-field",
    "invalid-field",
    "unknown-field",
];

fn schemas() -> Vec<(&'static str, Schema)> {
    let demanding = std::fs::read_to_string(Path::new(CORPUS).join("demanding.toml")).unwrap();
    vec![
        ("honlea", Schema::honlea()),
        (
            "demanding",
            Schema::from_toml(&demanding, "demanding.toml").unwrap(),
        ),
    ]
}

fn files(folder: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(Path::new(CORPUS).join(folder))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    assert!(files.len() > 100, "{folder}: {} files", files.len());
    files
}

/// What the file's name says qnr finds: `None` for no error, else the code.
fn expected(path: &Path) -> Option<String> {
    let name = path.file_name().unwrap().to_str().unwrap();
    let (code, _) = name.split_once("--").expect("named CODE--WHAT.json");
    (code != "valid").then(|| code.to_string())
}

fn errors(schema: &Schema, path: &Path) -> Vec<&'static str> {
    let bytes = std::fs::read(path).unwrap();
    let checked = check(
        path.to_str().unwrap(),
        Format::Json,
        &bytes,
        schema,
        Strictness::default(),
    );
    checked
        .findings
        .diagnostics
        .iter()
        .filter(|d| d.is_error())
        .map(|d| d.code.as_str())
        .collect()
}

/// The files qnr finds an error in.
fn qnr_invalid(schema: &Schema, files: &[PathBuf]) -> BTreeSet<PathBuf> {
    files
        .iter()
        .filter(|f| !errors(schema, f).is_empty())
        .cloned()
        .collect()
}

#[test]
fn every_file_gets_the_finding_its_name_says() {
    let mut codes = BTreeSet::new();
    for (folder, schema) in schemas() {
        for file in files(folder) {
            let errors = errors(&schema, &file);
            match expected(&file) {
                None => assert!(errors.is_empty(), "{}: {errors:?}", file.display()),
                Some(code) => {
                    assert!(
                        errors.contains(&code.as_str()),
                        "{}: {errors:?}",
                        file.display()
                    );
                    codes.insert(code);
                }
            }
        }
    }
    let expressible: BTreeSet<String> = EXPRESSIBLE.iter().map(|c| c.to_string()).collect();
    assert_eq!(codes, expressible, "every expressible code has mutants");
}

/// The codes not in [`EXPRESSIBLE`] are the ones docs/ci.md says a JSON
/// Schema cannot express, so the two lists stay whole.
#[test]
fn the_docs_list_every_code_a_json_schema_cannot_express() {
    let docs = std::fs::read_to_string("docs/ci.md").unwrap();
    let section = docs
        .split("### What a JSON Schema cannot express")
        .nth(1)
        .expect("docs/ci.md has the section")
        .split("\n#")
        .next()
        .unwrap();
    for code in qnr::Code::ALL.map(qnr::Code::as_str) {
        let listed = section.contains(&format!("`{code}`"));
        assert_eq!(
            listed,
            !EXPRESSIBLE.contains(&code),
            "`{code}` in docs/ci.md's list of what a JSON Schema cannot express"
        );
    }
}

#[test]
fn the_jsonschema_crate_agrees_with_qnr() {
    for (folder, schema) in schemas() {
        let validator = jsonschema::options()
            .with_draft(jsonschema::Draft::Draft202012)
            .should_validate_formats(true)
            .build(&json_schema(&schema))
            .unwrap();
        let files = files(folder);
        let theirs: BTreeSet<PathBuf> = files
            .iter()
            .filter(|f| {
                let reply: serde_json::Value =
                    serde_json::from_slice(&std::fs::read(f).unwrap()).unwrap();
                !validator.is_valid(&reply)
            })
            .cloned()
            .collect();
        assert_eq!(theirs, qnr_invalid(&schema, &files), "{folder}");
    }
}

#[test]
#[expect(
    clippy::print_stderr,
    reason = "a skipped test says why in the test output"
)]
fn python_jsonschema_agrees_with_qnr() {
    let python = std::env::var("QNR_PYTHON").unwrap_or_else(|_| "python3".into());
    let required = std::env::var_os("QNR_REQUIRE_PYTHON_JSONSCHEMA").is_some();
    let dir = tempfile::tempdir().unwrap();
    for (folder, schema) in schemas() {
        let schema_file = dir.path().join(format!("{folder}.schema.json"));
        std::fs::write(&schema_file, json_schema_text(&schema)).unwrap();
        let files = files(folder);
        let run = std::process::Command::new(&python)
            .arg("tests/json_schema_python.py")
            .arg(&schema_file)
            .args(&files)
            .output();
        let output = match run {
            Ok(output) if output.status.code() != Some(3) => output,
            _ => {
                assert!(
                    !required,
                    "QNR_REQUIRE_PYTHON_JSONSCHEMA is set but {python} has no `jsonschema`"
                );
                eprintln!("skipped: Python's jsonschema is not installed for {python}");
                return;
            }
        };
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        let stdout = String::from_utf8(output.stdout).unwrap();
        let judged: Vec<(&str, &str)> = stdout
            .lines()
            .map(|line| line.split_once(' ').unwrap())
            .collect();
        assert_eq!(judged.len(), files.len(), "{folder}: a verdict per file");
        let theirs: BTreeSet<PathBuf> = judged
            .iter()
            .filter(|(verdict, _)| *verdict == "invalid")
            .map(|(_, path)| PathBuf::from(path))
            .collect();
        assert_eq!(theirs, qnr_invalid(&schema, &files), "{folder}");
    }
}
