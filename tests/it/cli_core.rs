//! End-to-end tests of the core commands: `schema`, `new`, `validate`,
//! `convert`, `completions`, `man`. Each runs the real binary and checks the
//! exit code and what a user reads.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command as StdCommand, Stdio};

use assert_cmd::Command;
use predicates::str::contains;
use serde_json::{Value, json};

fn qnr() -> Command {
    let mut cmd = Command::cargo_bin("qnr").unwrap();
    cmd.env_remove("QNR_SCHEMA")
        .env("QNR_LANG", "en")
        .env_remove("NO_COLOR")
        .env("COLUMNS", "100");
    cmd
}

fn examples() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("examples")
}

fn data(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(name)
}

fn sample() -> Value {
    serde_json::from_str(&fs::read_to_string(examples().join("sample-complete.json")).unwrap())
        .unwrap()
}

fn write_json(dir: &Path, name: &str, value: &Value) -> PathBuf {
    let path = dir.join(name);
    fs::write(&path, serde_json::to_string_pretty(value).unwrap()).unwrap();
    path
}

/// Runs `validate --format json` on one file and returns its diagnostics.
fn diagnostics(path: &Path) -> Vec<Value> {
    let output = qnr()
        .args(["validate", "--format", "json"])
        .arg(path)
        .output()
        .unwrap();
    let value: Value = serde_json::from_slice(&output.stdout).unwrap();
    value[0]["diagnostics"].as_array().unwrap().clone()
}

// ---- schema ----

#[test]
fn schema_show_prints_every_issue_and_recommendation() {
    let assert = qnr().args(["schema", "show"]).assert().success();
    let out = String::from_utf8(assert.get_output().stdout.clone()).unwrap();
    for id in ["I.1", "I.3", "II.6", "III.3", "IV.4"] {
        assert!(
            out.contains(&format!("  {id}  Recommendation")),
            "{id} in\n{out}"
        );
    }
    assert!(out.contains("Issue III: Mainstreaming gender perspectives"));
    assert!(out.contains("“Investigation") || out.contains("Governments are encouraged"));
}

#[test]
fn a_closed_pipe_ends_quietly() {
    let mut child = StdCommand::new(assert_cmd::cargo::cargo_bin("qnr"))
        .args(["schema", "show"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 16];
    child
        .stdout
        .as_mut()
        .unwrap()
        .read_exact(&mut first)
        .unwrap();
    drop(child.stdout.take());
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(0));
    assert!(
        output.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

#[test]
fn schema_check_accepts_a_good_schema() {
    qnr()
        .args(["schema", "check"])
        .arg(data("schemas/lettered.toml"))
        .assert()
        .success()
        .stdout(contains(
            "questionnaire `arq-demo` version 2021, 2 issues, 3 recommendations",
        ));
}

#[test]
fn schema_check_rejects_bad_schemas_with_line_and_column() {
    let cases = [
        ("syntax.toml", "invalid-schema", ":2:11"),
        ("duplicate-ids.toml", "duplicate-id", ":15:9"),
        ("empty-text.toml", "empty-text", ":3:9"),
        ("unknown-key.toml", "unknown key `colour`", ":8:1"),
        ("unknown-rule.toml", "unknown value `mandatory`", ":9:12"),
    ];
    for (file, what, place) in cases {
        qnr()
            .args(["schema", "check"])
            .arg(data("bad-schemas").join(file))
            .assert()
            .code(2)
            .stderr(contains(what))
            .stderr(contains(format!("{file}{place}")))
            .stderr(contains("error: the schema"));
    }
}

#[test]
fn a_bad_schema_stops_every_command_with_exit_2() {
    qnr()
        .arg("--schema")
        .arg(data("bad-schemas/unknown-rule.toml"))
        .args(["new"])
        .assert()
        .code(2)
        .stderr(contains("unknown value"));
    qnr()
        .env("QNR_SCHEMA", data("bad-schemas/missing.toml"))
        .args(["validate"])
        .arg(examples().join("sample-complete.json"))
        .assert()
        .code(2)
        .stderr(contains("does not exist"));
}

// ---- new ----

#[test]
fn new_writes_every_field_and_item_unanswered() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("reply.json");
    qnr()
        .args(["new", "-o"])
        .arg(&path)
        .assert()
        .success()
        .stderr(contains("qnr fill"));
    let value: Value = serde_json::from_str(&fs::read_to_string(&path).unwrap()).unwrap();
    assert_eq!(value["questionnaire"], "honlea");
    assert_eq!(value["version"], "1");
    assert_eq!(value["respondent"].as_object().unwrap().len(), 8);
    assert_eq!(value["respondent"]["publish"], Value::Null);
    let answers = value["answers"].as_object().unwrap();
    assert_eq!(answers.len(), 16);
    assert!(answers.values().all(|a| a["action_taken"].is_null()));
    let ids: Vec<&String> = answers.keys().collect();
    assert_eq!(ids.first().unwrap().as_str(), "I.1");
    assert_eq!(ids.last().unwrap().as_str(), "IV.4");
}

#[test]
fn new_refuses_to_overwrite_without_force() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("reply.yaml");
    fs::write(&path, "precious").unwrap();
    qnr()
        .args(["new", "-o"])
        .arg(&path)
        .assert()
        .code(2)
        .stderr(contains("already exists; add --force to replace it"));
    assert_eq!(fs::read_to_string(&path).unwrap(), "precious");
    qnr()
        .args(["new", "--force", "-o"])
        .arg(&path)
        .assert()
        .success();
    assert!(fs::read_to_string(&path).unwrap().contains("answers:"));
}

#[test]
fn new_to_stdout_in_each_format() {
    for (format, marker) in [
        ("json", "\"answers\""),
        ("toml", "[answers.\"I.1\"]"),
        ("yaml", "answers:"),
    ] {
        qnr()
            .args(["new", "--to", format])
            .assert()
            .success()
            .stdout(contains(marker));
    }
}

#[test]
fn new_refuses_an_unknown_extension() {
    let dir = tempfile::tempdir().unwrap();
    qnr()
        .args(["new", "-o"])
        .arg(dir.path().join("reply.xls"))
        .assert()
        .code(2)
        .stderr(contains("--to FORMAT"));
}

// ---- validate ----

#[test]
fn validate_an_empty_reply_lists_sixteen_unanswered_items_and_exits_1() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("reply.json");
    qnr().args(["new", "-o"]).arg(&path).assert().success();
    let assert = qnr().arg("validate").arg(&path).assert().code(1);
    let out = String::from_utf8(assert.get_output().stdout.clone()).unwrap();
    assert_eq!(out.matches("error[missing-answer]").count(), 16, "{out}");
    assert!(out.contains("Issue II, Recommendation 4 (II.4): no answer to 'Any action taken'"));
    assert!(out.contains("error[missing-respondent-field]: the respondent field 'Name of country' (`country`) is missing"));
    assert!(
        out.contains("reply.json:5:16"),
        "points at the null country: {out}"
    );
    assert!(out.contains("checked 1 file: 0 valid, 1 invalid (18 errors, 0 warnings)"));
}

#[test]
fn validate_a_complete_reply_exits_0() {
    qnr()
        .arg("validate")
        .arg(examples().join("sample-complete.json"))
        .assert()
        .success()
        .stdout("checked 1 file: 1 valid, 0 invalid (0 errors, 0 warnings)\n");
}

#[test]
fn validate_a_folder_checks_every_reply_file() {
    qnr()
        .arg("validate")
        .arg(examples())
        .assert()
        .code(1)
        .stdout(contains("draft.yaml"))
        .stdout(contains("mistakes.json"))
        // The five examples, the two rounds of replies the report's
        // examples use (San Marino's 2019 reply does not validate), and in
        // schemas/ a questionnaire in four languages and a reply to it,
        // neither of them a HONLEA reply.
        .stdout(contains("checked 25 files: 18 valid, 7 invalid"));
}

#[test]
fn validate_json_output_has_the_design_shape() {
    let output = qnr()
        .args(["validate", "--format", "json"])
        .arg(examples())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let value: Value = serde_json::from_slice(&output.stdout).unwrap();
    let files = value.as_array().unwrap();
    assert_eq!(
        files.len(),
        5 + 11 + 7 + 2,
        "five examples (complete, draft, mistakes, the seed as JSON and as \
         Markdown), the report's two rounds of replies, and the multilingual \
         schema and its reply"
    );
    let complete = files
        .iter()
        .find(|f| {
            f["file"]
                .as_str()
                .unwrap()
                .ends_with("sample-complete.json")
        })
        .unwrap();
    assert_eq!(complete["valid"], true);
    let mistakes = files
        .iter()
        .find(|f| f["file"].as_str().unwrap().ends_with("mistakes.json"))
        .unwrap();
    assert_eq!(mistakes["valid"], false);
    for d in mistakes["diagnostics"].as_array().unwrap() {
        for key in ["severity", "code", "message", "line", "column", "id"] {
            assert!(d.get(key).is_some(), "{key} missing in {d}");
        }
        assert!(d["line"].as_u64().unwrap() >= 1 && d["column"].as_u64().unwrap() >= 1);
    }
}

#[test]
fn every_diagnostic_code_is_reported_with_a_place() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let mut cases: Vec<(PathBuf, &str)> = Vec::new();

    fs::write(d.join("parse.json"), "{\n  \"answers\": {,}\n}").unwrap();
    cases.push((d.join("parse.json"), "parse-error"));
    fs::write(d.join("parse.toml"), "questionnaire = \n").unwrap();
    cases.push((d.join("parse.toml"), "parse-error"));
    fs::write(d.join("parse.yaml"), "answers: [\n").unwrap();
    cases.push((d.join("parse.yaml"), "parse-error"));

    let mut v = sample();
    v["questionnaire"] = json!("other");
    cases.push((write_json(d, "mismatch.json", &v), "questionnaire-mismatch"));

    let mut v = sample();
    v["answers"]["II.4"]["action_taken"] = Value::Null;
    cases.push((write_json(d, "missing.json", &v), "missing-answer"));

    let mut v = sample();
    v["answers"]["II.4"]["action_taken"] = json!("YES");
    cases.push((write_json(d, "choice.json", &v), "invalid-choice"));

    let mut v = sample();
    v["answers"]["II.4"]["comments"] = Value::Null;
    cases.push((write_json(d, "comment.json", &v), "missing-comment"));

    let mut v = sample();
    v["answers"]["II.7"] = json!({"action_taken": "no"});
    cases.push((write_json(d, "unknown-answer.json", &v), "unknown-answer"));

    let mut v = sample();
    v["respondent"]["country"] = Value::Null;
    cases.push((
        write_json(d, "respondent.json", &v),
        "missing-respondent-field",
    ));

    let mut v = sample();
    v["respondent"]["email"] = json!("nobody");
    cases.push((write_json(d, "field.json", &v), "invalid-field"));

    let text = serde_json::to_string_pretty(&sample()).unwrap().replacen(
        "\"version\": \"1\",",
        "\"version\": \"1\", \"version\": \"1\",",
        1,
    );
    fs::write(d.join("duplicate.json"), text).unwrap();
    cases.push((d.join("duplicate.json"), "duplicate-key"));

    let mut v = sample();
    v["answers"]["II.4"]["note"] = json!("x");
    cases.push((write_json(d, "unknown-field.json", &v), "unknown-field"));

    let mut v = sample();
    v["answers"]["II.4"]["comments"] = json!("word ".repeat(250));
    cases.push((write_json(d, "long.json", &v), "long-comment"));

    let mut v = sample();
    v["answers"] = json!([]);
    cases.push((write_json(d, "type.json", &v), "wrong-type"));

    fs::write(d.join("deep.json"), "[".repeat(10_000)).unwrap();
    cases.push((d.join("deep.json"), "limit-exceeded"));

    for (path, code) in cases {
        let found = diagnostics(&path);
        let hit = found
            .iter()
            .find(|x| x["code"] == code)
            .unwrap_or_else(|| panic!("{code} not in {}: {found:?}", path.display()));
        assert!(
            hit["line"].as_u64().is_some() && hit["column"].as_u64().is_some(),
            "{hit}"
        );
        assert!(!hit["message"].as_str().unwrap().is_empty());
    }
}

#[test]
fn messages_name_the_item_and_suggest_near_ids() {
    let dir = tempfile::tempdir().unwrap();
    let mut v = sample();
    let item = v["answers"]
        .as_object_mut()
        .unwrap()
        .shift_remove("II.4")
        .unwrap();
    v["answers"]["II-4"] = item;
    let path = write_json(dir.path(), "r.json", &v);
    qnr()
        .arg("validate")
        .arg(&path)
        .assert()
        .code(1)
        .stdout(contains(
            "Issue II, Recommendation 4 (II.4): no answer to 'Any action taken'",
        ))
        .stdout(contains("help: did you mean `II.4`?"));
}

#[test]
fn malformed_files_are_parse_errors_with_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("r.json");
    fs::write(
        &path,
        "{\n  \"questionnaire\": \"honlea\"\n  \"version\": \"1\"\n}",
    )
    .unwrap();
    qnr()
        .arg("validate")
        .arg(&path)
        .assert()
        .code(1)
        .stdout(contains(
            "error[parse-error]: expected `,` or `}` after a value in an object",
        ))
        .stdout(contains("r.json:3:3"));
}

#[test]
fn empty_and_non_utf8_files_are_parse_errors() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("empty.yaml"), "").unwrap();
    fs::write(
        dir.path().join("latin1.json"),
        b"{\"respondent\": {\"country\": \"C\xf4te d'Ivoire\"}}",
    )
    .unwrap();
    qnr()
        .arg("validate")
        .arg(dir.path())
        .assert()
        .code(1)
        .stdout(contains("the file is empty"))
        .stdout(contains("not UTF-8 text"))
        .stdout(contains("latin1.json:1:"));
}

#[test]
fn bom_and_crlf_are_accepted() {
    let dir = tempfile::tempdir().unwrap();
    let text = serde_json::to_string_pretty(&sample())
        .unwrap()
        .replace('\n', "\r\n");
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend(text.as_bytes());
    fs::write(dir.path().join("r.json"), bytes).unwrap();
    qnr()
        .arg("validate")
        .arg(dir.path().join("r.json"))
        .assert()
        .success();
    let yaml = qnr()
        .args(["convert", "--to", "yaml"])
        .arg(examples().join("sample-complete.json"))
        .output()
        .unwrap();
    let crlf = String::from_utf8(yaml.stdout)
        .unwrap()
        .replace('\n', "\r\n");
    fs::write(dir.path().join("r.yaml"), format!("\u{feff}{crlf}")).unwrap();
    qnr()
        .arg("validate")
        .arg(dir.path().join("r.yaml"))
        .assert()
        .success();
}

#[test]
fn strict_turns_warnings_into_errors() {
    let dir = tempfile::tempdir().unwrap();
    let mut v = sample();
    v["answers"]["I.1"]["comments"] = Value::Null;
    let path = write_json(dir.path(), "r.json", &v);
    qnr()
        .arg("validate")
        .arg(&path)
        .assert()
        .success()
        .stdout(contains("warning[missing-comment]"));
    qnr()
        .args(["validate", "--strict"])
        .arg(&path)
        .assert()
        .code(1)
        .stdout(contains("error[missing-comment]"));
}

#[test]
fn missing_paths_and_empty_folders_exit_2_but_the_rest_is_checked() {
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("empty");
    fs::create_dir(&empty).unwrap();
    fs::write(empty.join("notes.docx.bak"), "x").unwrap();
    qnr()
        .arg("validate")
        .arg(dir.path().join("none.json"))
        .arg(&empty)
        .arg(examples().join("sample-complete.json"))
        .assert()
        .code(2)
        .stderr(contains("none.json` does not exist"))
        .stderr(contains("no reply files in"))
        .stdout(contains("checked 1 file: 1 valid"));
}

#[test]
fn one_bad_file_does_not_stop_the_others() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.json"), "not json").unwrap();
    fs::copy(
        examples().join("sample-complete.json"),
        dir.path().join("b.json"),
    )
    .unwrap();
    qnr()
        .arg("validate")
        .arg(dir.path())
        .assert()
        .code(1)
        .stdout(contains("checked 2 files: 1 valid, 1 invalid"));
}

#[test]
fn ext_narrows_a_folder_walk() {
    qnr()
        .args(["validate", "--ext", "yaml"])
        .arg(examples())
        .assert()
        .code(1)
        .stdout(contains("draft.yaml"))
        .stdout(contains("checked 1 file"));
}

#[test]
fn validate_reads_stdin_with_from() {
    let text = fs::read(examples().join("sample-complete.json")).unwrap();
    qnr()
        .args(["validate", "-", "--from", "json"])
        .write_stdin(text.clone())
        .assert()
        .success();
    qnr()
        .args(["validate", "-"])
        .write_stdin(text)
        .assert()
        .code(2)
        .stderr(contains("--from"));
}

#[test]
fn hostile_text_is_not_sent_raw_to_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let mut v = sample();
    v["answers"]["I.1\u{1b}]0;pwned\u{7}"] = json!({"action_taken": "no"});
    let path = write_json(dir.path(), "r.json", &v);
    let output = qnr().arg("validate").arg(&path).output().unwrap();
    let out = String::from_utf8(output.stdout).unwrap();
    assert!(out.contains("unknown-answer"));
    assert!(!out.contains('\u{1b}') && !out.contains('\u{7}'), "{out:?}");
}

// ---- convert ----

#[test]
fn convert_json_yaml_toml_and_back_gives_the_same_reply() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let original = examples().join("sample-complete.json");
    qnr()
        .args(["convert"])
        .arg(&original)
        .arg("-o")
        .arg(d.join("r.yaml"))
        .assert()
        .success();
    qnr()
        .args(["convert"])
        .arg(d.join("r.yaml"))
        .arg("-o")
        .arg(d.join("r.toml"))
        .assert()
        .success();
    qnr()
        .args(["convert"])
        .arg(d.join("r.toml"))
        .arg("-o")
        .arg(d.join("r.json"))
        .assert()
        .success()
        .stderr(contains("16 of 16 recommendations answered"));
    assert_eq!(
        fs::read_to_string(d.join("r.json")).unwrap(),
        fs::read_to_string(&original).unwrap()
    );
    qnr()
        .arg("validate")
        .arg(d.join("r.yaml"))
        .arg(d.join("r.toml"))
        .assert()
        .success();
}

#[test]
fn convert_keeps_drafts() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("draft.json");
    qnr()
        .arg("convert")
        .arg(examples().join("draft.yaml"))
        .arg("-o")
        .arg(&out)
        .assert()
        .success();
    let value: Value = serde_json::from_str(&fs::read_to_string(&out).unwrap()).unwrap();
    assert!(value["answers"]["IV.4"]["action_taken"].is_null());
    assert!(
        value["answers"]["II.3"]["comments"]
            .as_str()
            .unwrap()
            .contains("Draft note")
    );
}

#[test]
fn convert_refuses_to_overwrite_and_to_lose_data() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out.yaml");
    fs::write(&out, "keep").unwrap();
    qnr()
        .arg("convert")
        .arg(examples().join("sample-complete.json"))
        .arg("-o")
        .arg(&out)
        .assert()
        .code(2)
        .stderr(contains("already exists; add --force"));
    assert_eq!(fs::read_to_string(&out).unwrap(), "keep");

    let lossy_out = dir.path().join("lossy.yaml");
    qnr()
        .arg("convert")
        .arg(examples().join("mistakes.json"))
        .arg("-o")
        .arg(&lossy_out)
        .assert()
        .code(2)
        .stderr(contains("error[duplicate-key]"))
        .stderr(contains("cannot be converted: part of it would be lost"));
    assert!(!lossy_out.exists());
}

#[test]
fn convert_between_stdin_and_stdout() {
    let text = fs::read(examples().join("sample-complete.json")).unwrap();
    let output = qnr()
        .args(["convert", "-", "--to", "yaml"])
        .write_stdin(text)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    let yaml = output.stdout;
    assert!(String::from_utf8_lossy(&yaml).contains("action_taken: \"yes\""));
    let back = qnr()
        .args(["convert", "-", "--from", "yaml"])
        .write_stdin(yaml)
        .output()
        .unwrap();
    assert_eq!(
        back.stdout,
        fs::read(examples().join("sample-complete.json")).unwrap()
    );
    qnr()
        .args(["convert", "-"])
        .write_stdin("a: 1")
        .assert()
        .code(2)
        .stderr(contains("--from"));
}

#[test]
fn convert_refuses_a_reply_to_another_questionnaire() {
    let dir = tempfile::tempdir().unwrap();
    let mut v = sample();
    v["questionnaire"] = json!("arq-demo");
    let path = write_json(dir.path(), "r.json", &v);
    qnr()
        .args(["convert", "--to", "yaml"])
        .arg(&path)
        .assert()
        .code(2)
        .stderr(contains("answers the `arq-demo` questionnaire"));
}

// ---- another schema ----

#[test]
fn a_lettered_schema_with_a_required_comment_works_end_to_end() {
    let dir = tempfile::tempdir().unwrap();
    let schema = data("schemas/lettered.toml");
    let path = dir.path().join("r.json");
    qnr()
        .arg("--schema")
        .arg(&schema)
        .args(["new", "-o"])
        .arg(&path)
        .assert()
        .success();
    let mut v: Value = serde_json::from_str(&fs::read_to_string(&path).unwrap()).unwrap();
    assert_eq!(v["questionnaire"], "arq-demo");
    let ids: Vec<&String> = v["answers"].as_object().unwrap().keys().collect();
    assert_eq!(ids, ["A.a", "A.b", "B.a"]);
    v["respondent"]["state"] = json!("Example");
    v["answers"]["A.a"] = json!({"action_taken": "yes"});
    v["answers"]["A.b"] = json!({"action_taken": "no"});
    v["answers"]["B.a"] = json!({"action_taken": "no", "comments": "Planned."});
    write_json(dir.path(), "r.json", &v);
    qnr()
        .env("QNR_SCHEMA", &schema)
        .arg("validate")
        .arg(&path)
        .assert()
        .code(1)
        .stdout(contains("error[missing-comment]: Part A, Recommendation (a) (A.a): the answer is Yes but 'Please elaborate' is empty"))
        .stdout(contains("warning[missing-comment]: Part A, Recommendation (b) (A.b)"));
    qnr()
        .env("QNR_SCHEMA", &schema)
        .args(["schema", "show"])
        .assert()
        .success()
        .stdout(contains("Has your Government acted on it? Yes / No"))
        .stdout(contains("A.a  Recommendation (a)"));
    // The same reply is a mismatch for the default questionnaire.
    qnr()
        .arg("validate")
        .arg(&path)
        .assert()
        .code(1)
        .stdout(contains("not to `honlea`"));
}

// ---- manners ----

#[test]
fn every_command_has_help_with_examples() {
    for args in [
        vec!["--help"],
        vec!["validate", "--help"],
        vec!["new", "--help"],
        vec!["convert", "--help"],
        vec!["schema", "show", "--help"],
        vec!["schema", "check", "--help"],
        vec!["completions", "--help"],
        vec!["man", "--help"],
    ] {
        qnr()
            .args(&args)
            .assert()
            .success()
            .stdout(contains("Example"));
    }
}

#[test]
fn usage_errors_exit_2() {
    qnr().assert().code(2);
    qnr().args(["validate"]).assert().code(2);
    qnr()
        .args(["convert", "a.json", "--to", "pdf"])
        .assert()
        .code(2);
}

#[test]
fn completions_and_man_page_are_generated() {
    for shell in ["bash", "zsh", "fish", "powershell"] {
        qnr()
            .args(["completions", shell])
            .assert()
            .success()
            .stdout(contains("validate"));
    }
    qnr()
        .arg("man")
        .assert()
        .success()
        .stdout(contains(".TH qnr"));
}

#[test]
fn color_follows_the_flag_and_no_color() {
    let path = examples().join("mistakes.json");
    let colored = qnr()
        .args(["validate", "--color", "always"])
        .arg(&path)
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&colored.stdout).contains('\u{1b}'));
    let auto = qnr().arg("validate").arg(&path).output().unwrap();
    assert!(
        !String::from_utf8_lossy(&auto.stdout).contains('\u{1b}'),
        "not a terminal"
    );
    let never = qnr()
        .args(["validate", "--color", "never"])
        .arg(&path)
        .output()
        .unwrap();
    assert!(!String::from_utf8_lossy(&never.stdout).contains('\u{1b}'));
}
