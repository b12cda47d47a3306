//! `qnr validate` as CI runs it, end to end: the CI output formats read back
//! by a parser, glob patterns, many files on all cores in a stable order, and
//! bad input (a huge file, deep nesting, a file that vanishes, a symlink
//! loop, an unreadable file), each reported for its file while the rest are
//! still checked.

use std::fs;
use std::path::Path;

use assert_cmd::Command;
use quick_xml::Reader;
use quick_xml::events::Event;
use serde_json::{Value, json};

fn qnr() -> Command {
    let mut cmd = Command::cargo_bin("qnr").unwrap();
    cmd.env_remove("QNR_SCHEMA")
        .env("QNR_LANG", "en")
        .env("NO_COLOR", "1");
    cmd
}

/// A complete, valid HONLEA reply.
fn valid() -> Value {
    let ids = [
        "I.1", "I.2", "I.3", "II.1", "II.2", "II.3", "II.4", "II.5", "II.6", "III.1", "III.2",
        "III.3", "IV.1", "IV.2", "IV.3", "IV.4",
    ];
    let answers: serde_json::Map<String, Value> = ids
        .iter()
        .map(|id| {
            (
                id.to_string(),
                json!({"action_taken": "yes", "comments": "Done."}),
            )
        })
        .collect();
    json!({"questionnaire": "honlea", "version": "1",
           "respondent": {"country": "Narnia", "date": "2019-05-15"}, "answers": answers})
}

/// A reply with one error (I.1 answered "YES") on line 10, column 21.
fn invalid() -> Value {
    let mut reply = valid();
    reply["answers"]["I.1"]["action_taken"] = json!("YES");
    reply
}

fn write(path: &Path, value: &Value) {
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(path, serde_json::to_string_pretty(value).unwrap() + "\n").unwrap();
}

/// A folder with `a.json` (invalid) and `b.json` (valid).
fn folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    write(&dir.path().join("a.json"), &invalid());
    write(&dir.path().join("b.json"), &valid());
    dir
}

fn stdout(cmd: &mut Command, code: i32) -> String {
    let out = cmd.assert().code(code).get_output().stdout.clone();
    String::from_utf8(out).unwrap()
}

fn path(dir: &Path, name: &str) -> String {
    dir.join(name).display().to_string()
}

#[test]
fn github_format_annotates_each_error_at_its_line() {
    let dir = folder();
    let out = stdout(
        qnr()
            .args(["validate", "--format", "github"])
            .arg(dir.path()),
        1,
    );
    let a = path(dir.path(), "a.json");
    assert_eq!(
        out,
        format!(
            "::error file={a},line=10,col=23,endLine=10,endColumn=27,title=invalid-choice::Issue I, Recommendation 1 (I.1): `YES` is not an answer to 'Any action taken'%0Ahelp: write `yes` in lower case\n\
             checked 2 files: 1 valid, 1 invalid (1 error, 0 warnings)\n"
        )
    );
}

/// An element's name, attributes and text.
type Element = (String, Vec<(String, String)>, String);

/// Element names with their attributes, and texts, from a strict XML parse.
fn xml_elements(xml: &str) -> Vec<Element> {
    let mut reader = Reader::from_str(xml);
    reader.config_mut().check_end_names = true;
    let mut elements = Vec::new();
    loop {
        match reader.read_event().expect("well-formed XML") {
            Event::Start(e) | Event::Empty(e) => {
                let attributes = e
                    .attributes()
                    .map(|a| {
                        let a = a.unwrap();
                        (
                            a.key.as_ref().to_string(),
                            a.normalized_value(quick_xml::XmlVersion::Explicit1_0)
                                .unwrap()
                                .into_owned(),
                        )
                    })
                    .collect();
                let name = e.name().as_ref().to_string();
                elements.push((name, attributes, String::new()));
            }
            Event::Text(t) => {
                if let Some(last) = elements.last_mut() {
                    last.2.push_str(&t.xml10_content());
                }
            }
            Event::GeneralRef(r) => {
                if let Some(last) = elements.last_mut() {
                    let name = r.xml10_content();
                    last.2.push_str(match name.as_ref() {
                        "amp" => "&",
                        "lt" => "<",
                        "gt" => ">",
                        "quot" => "\"",
                        "apos" => "'",
                        other => panic!("entity {other}"),
                    });
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    elements
}

#[test]
fn junit_format_is_well_formed_with_a_case_per_file_and_a_failure_per_error() {
    let dir = folder();
    let mut reply = invalid();
    reply["answers"]["I.2"]["action_taken"] = json!(null);
    write(&dir.path().join("c.json"), &reply);
    let out = stdout(
        qnr()
            .args(["validate", "--format", "junit"])
            .arg(dir.path()),
        1,
    );
    assert!(
        out.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"),
        "{out}"
    );
    let elements = xml_elements(&out);
    let names: Vec<&str> = elements.iter().map(|e| e.0.as_str()).collect();
    assert_eq!(
        names,
        [
            "testsuites",
            "testsuite",
            "testcase",
            "failure",
            "testsuite",
            "testcase",
            "testsuite",
            "testcase",
            "failure",
            "failure"
        ]
    );
    let cases: Vec<&str> = elements
        .iter()
        .filter(|e| e.0 == "testcase")
        .map(|e| e.1.iter().find(|(k, _)| k == "name").unwrap().1.as_str())
        .collect();
    assert_eq!(
        cases,
        [
            path(dir.path(), "a.json"),
            path(dir.path(), "b.json"),
            path(dir.path(), "c.json")
        ]
    );
    let failure = &elements[3];
    assert!(
        failure
            .1
            .contains(&("type".into(), "invalid-choice".into()))
    );
    assert!(
        failure.2.starts_with(&format!(
            "{}:10:23: error[invalid-choice]: Issue I, Recommendation 1 (I.1): `YES` is not an answer to 'Any action taken'",
            path(dir.path(), "a.json")
        )),
        "{}",
        failure.2
    );
}

#[test]
fn sarif_format_is_a_sarif_log_with_a_region_for_each_result() {
    let dir = folder();
    let out = stdout(
        qnr()
            .args(["validate", "--format", "sarif"])
            .arg(dir.path()),
        1,
    );
    let log: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(log["version"], "2.1.0");
    let run = &log["runs"][0];
    assert_eq!(run["tool"]["driver"]["name"], "qnr");
    let rule_ids: Vec<&str> = run["tool"]["driver"]["rules"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    assert_eq!(rule_ids.len(), qnr::Code::ALL.len());
    for code in qnr::Code::ALL {
        assert!(rule_ids.contains(&code.as_str()), "{code}");
    }
    let results = run["results"].as_array().unwrap();
    assert_eq!(results.len(), 1);
    assert_eq!(results[0]["ruleId"], "invalid-choice");
    let location = &results[0]["locations"][0]["physicalLocation"];
    assert!(
        location["artifactLocation"]["uri"]
            .as_str()
            .unwrap()
            .ends_with("/a.json")
    );
    assert_eq!(
        location["region"],
        json!({"startLine": 10, "startColumn": 23, "endLine": 10, "endColumn": 28})
    );
}

#[test]
fn json_format_names_line_and_column_for_every_finding() {
    let dir = folder();
    let out = stdout(
        qnr().args(["validate", "--format", "json"]).arg(dir.path()),
        1,
    );
    let files: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(files[0]["valid"], false);
    assert_eq!(files[0]["diagnostics"][0]["line"], 10);
    assert_eq!(files[0]["diagnostics"][0]["column"], 23);
    assert_eq!(files[1]["valid"], true);
}

#[test]
fn glob_patterns_are_expanded_by_qnr_in_sorted_order() {
    let dir = tempfile::tempdir().unwrap();
    write(&dir.path().join("replies/2019/b.json"), &valid());
    write(&dir.path().join("replies/a.json"), &invalid());
    write(&dir.path().join("replies/c.yaml.bak"), &valid());
    write(&dir.path().join("other/d.json"), &valid());
    let out = stdout(
        qnr()
            .current_dir(dir.path())
            .args(["validate", "--format", "json", "replies/**/*.json"]),
        1,
    );
    let files: Vec<String> = serde_json::from_str::<Value>(&out)
        .unwrap()
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["file"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(files, ["replies/2019/b.json", "replies/a.json"]);
    let out = stdout(
        qnr()
            .current_dir(dir.path())
            .args(["validate", "replies/*.json"]),
        1,
    );
    assert!(
        out.ends_with("checked 1 file: 0 valid, 1 invalid (1 error, 0 warnings)\n"),
        "{out}"
    );
}

#[test]
fn a_glob_or_folder_that_matches_nothing_is_an_error_never_a_pass() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("empty")).unwrap();
    for (args, message) in [
        (
            vec!["validate", "replies/**/*.json"],
            "error: no reply files match `replies/**/*.json` (looked for .json, .toml, .yaml, .yml, .txt, .md, .markdown, .csv, .docx, .odt, .pdf, skipping hidden ones)\n",
        ),
        (
            vec!["validate", "--ext", "json", "*.json"],
            "error: no reply files match `*.json` (looked for .json, skipping hidden ones)\n",
        ),
        (
            vec!["validate", "empty"],
            "error: no reply files in `empty` (looked for .json, .toml, .yaml, .yml, .txt, .md, .markdown, .csv, .docx, .odt, .pdf, skipping hidden ones)\n",
        ),
    ] {
        for format in ["human", "github"] {
            qnr()
                .current_dir(dir.path())
                .args(&args)
                .args(["--format", format])
                .assert()
                .code(2)
                .stderr(message);
        }
    }
    let out = stdout(
        qnr()
            .current_dir(dir.path())
            .args(["validate", "--format", "sarif", "*.json"]),
        2,
    );
    let log: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(log["runs"][0]["results"], json!([]), "still a valid log");
}

#[test]
fn many_files_on_all_cores_come_out_in_input_order() {
    let dir = tempfile::tempdir().unwrap();
    let mut expected = Vec::new();
    for i in 0..300 {
        let name = format!("r{i:03}.json");
        write(
            &dir.path().join(&name),
            &if i % 3 == 0 { invalid() } else { valid() },
        );
        expected.push((path(dir.path(), &name), i % 3 != 0));
    }
    for jobs in ["1", "2", "7"] {
        let out = stdout(
            qnr()
                .args(["validate", "--format", "json", "-j", jobs])
                .arg(dir.path()),
            1,
        );
        let files: Vec<(String, bool)> = serde_json::from_str::<Value>(&out)
            .unwrap()
            .as_array()
            .unwrap()
            .iter()
            .map(|f| {
                (
                    f["file"].as_str().unwrap().to_string(),
                    f["valid"].as_bool().unwrap(),
                )
            })
            .collect();
        assert_eq!(files, expected, "-j {jobs}");
    }
}

/// The rest of each bad-input case: `good.json` beside it is still checked.
fn still_checks_the_rest(out: &str, files: usize) {
    assert!(
        out.contains(&format!(
            "checked {files} files: 1 valid, {} invalid",
            files - 1
        )),
        "{out}"
    );
}

#[test]
fn a_100_mb_file_is_refused_unread_and_the_rest_is_checked() {
    let dir = tempfile::tempdir().unwrap();
    write(&dir.path().join("good.json"), &valid());
    let big = fs::File::create(dir.path().join("big.json")).unwrap();
    big.set_len(100 * 1024 * 1024).unwrap();
    let out = stdout(qnr().args(["validate"]).arg(dir.path()), 1);
    assert!(
        out.contains("error[limit-exceeded]: the file is 104857600 bytes, more than the 33554432-byte limit for a reply"),
        "{out}"
    );
    still_checks_the_rest(&out, 2);
}

#[test]
fn json_nested_10000_deep_is_a_limit_with_its_place() {
    let dir = tempfile::tempdir().unwrap();
    write(&dir.path().join("good.json"), &valid());
    let deep = format!(
        "{{\"answers\":\n{}{}}}",
        "[".repeat(10_000),
        "]".repeat(10_000)
    );
    fs::write(dir.path().join("deep.json"), deep).unwrap();
    let out = stdout(
        qnr().args(["validate", "--format", "json"]).arg(dir.path()),
        1,
    );
    let files: Value = serde_json::from_str(&out).unwrap();
    let d = &files[0]["diagnostics"][0];
    assert_eq!(d["code"], "limit-exceeded");
    assert_eq!(
        d["message"],
        "values are nested more than 64 levels deep; a reply needs three"
    );
    assert_eq!(
        (d["line"].as_u64(), d["column"].as_u64()),
        (Some(2), Some(64))
    );
    assert_eq!(files[1]["valid"], true);
}

#[cfg(unix)]
#[test]
fn a_symlink_loop_in_a_folder_is_reported_and_the_rest_is_checked() {
    let dir = tempfile::tempdir().unwrap();
    write(&dir.path().join("good.json"), &valid());
    fs::create_dir(dir.path().join("sub")).unwrap();
    std::os::unix::fs::symlink(dir.path(), dir.path().join("sub/loop")).unwrap();
    let out = stdout(qnr().args(["validate"]).arg(dir.path()), 2);
    assert!(
        out.contains("error[unreadable-file]: cannot read this entry: a symbolic link loops back to a folder above it"),
        "{out}"
    );
    assert!(
        out.contains(&format!("--> {}", path(dir.path(), "sub/loop"))),
        "{out}"
    );
    still_checks_the_rest(&out, 2);
}

/// A file listed, then deleted before qnr reads it. qnr reads one file at a
/// time here (`-j 1`) and the first is a named pipe, so it waits there until
/// the test has deleted the second: no race.
#[cfg(unix)]
#[test]
fn a_file_that_vanishes_between_listing_and_reading_is_reported() {
    use std::io::Write;
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("first.json");
    let status = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(status.success());
    let victim = dir.path().join("victim.json");
    write(&victim, &valid());
    write(&dir.path().join("good.json"), &valid());
    let child = std::process::Command::new(assert_cmd::cargo::cargo_bin("qnr"))
        .args(["validate", "-j", "1", "--format", "json"])
        .args([&fifo, &victim, &dir.path().join("good.json")])
        .env_remove("QNR_SCHEMA")
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // Opening the pipe waits until qnr opens it: by then it has listed every path.
    let mut pipe = fs::OpenOptions::new().write(true).open(&fifo).unwrap();
    fs::remove_file(&victim).unwrap();
    pipe.write_all(serde_json::to_string(&valid()).unwrap().as_bytes())
        .unwrap();
    drop(pipe);
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    let files: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(files[0]["valid"], true, "the pipe's reply");
    assert_eq!(
        files[1]["diagnostics"][0],
        json!({"severity": "error", "code": "unreadable-file",
               "message": "the file is gone: it was moved or deleted after qnr listed it",
               "line": null, "column": null, "id": null, "help": null})
    );
    assert_eq!(files[2]["valid"], true);
}

/// A file without read permission. Root reads it anyway, so when the tests
/// run as root qnr is run as `nobody`, for whom the permission holds; if
/// even that is impossible the test says so and checks what it can.
#[cfg(unix)]
#[test]
#[expect(
    clippy::print_stderr,
    reason = "tells whoever runs the tests what could not be exercised"
)]
fn an_unreadable_file_is_reported_and_the_rest_is_checked() {
    use std::os::unix::fs::PermissionsExt;
    use std::os::unix::process::CommandExt;
    let dir = tempfile::tempdir().unwrap();
    fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o755)).unwrap();
    write(&dir.path().join("good.json"), &valid());
    let locked = dir.path().join("locked.json");
    write(&locked, &valid());
    fs::set_permissions(&locked, fs::Permissions::from_mode(0o000)).unwrap();
    let privileged = fs::File::open(&locked).is_ok();
    let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("qnr"));
    cmd.arg("validate").arg(dir.path()).env_remove("QNR_SCHEMA");
    if privileged {
        cmd.uid(65534).gid(65534);
    }
    let output = match cmd.output() {
        Ok(output) => output,
        Err(e) => {
            eprintln!(
                "note: running as a privileged user who can read any file, and cannot run qnr as `nobody` ({e}); the permission-denied path is not exercised here"
            );
            return;
        }
    };
    let out = String::from_utf8(output.stdout).unwrap();
    assert_eq!(output.status.code(), Some(2), "{out}");
    assert!(
        out.contains(&format!(
            "error[unreadable-file]: cannot read `{}`: permission denied",
            locked.display()
        )),
        "{out}"
    );
    still_checks_the_rest(&out, 2);
}

/// The pre-commit hook runs `qnr validate` on the staged reply files, once.
#[test]
fn the_pre_commit_hook_runs_qnr_validate_on_reply_files() {
    use qnr::testing::{Value as Tree, parse_yaml};
    let text = fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/.pre-commit-hooks.yaml"
    ))
    .unwrap();
    let root = parse_yaml(&text).unwrap();
    let Tree::Array(hooks) = root.value else {
        panic!("a list of hooks")
    };
    let Tree::Object(hook) = &hooks[0].value else {
        panic!("a hook is a mapping")
    };
    let get = |key: &str| {
        hook.iter()
            .find(|e| e.key == key)
            .map(|e| e.value.value.clone())
            .unwrap_or_else(|| panic!("no `{key}`"))
    };
    let text_of = |key: &str| match get(key) {
        Tree::String(s) => s,
        other => panic!("`{key}` is {other:?}"),
    };
    assert_eq!(text_of("id"), "qnr-validate");
    assert_eq!(text_of("entry"), "qnr validate");
    assert_eq!(text_of("language"), "rust");
    assert_eq!(get("require_serial"), Tree::Bool(true));
    let Tree::Array(types) = get("types_or") else {
        panic!("types_or is a list")
    };
    let types: Vec<Tree> = types.into_iter().map(|n| n.value).collect();
    assert_eq!(
        types,
        ["json", "toml", "yaml"].map(|t| Tree::String(t.into()))
    );
    // What pre-commit runs: the entry, then the file names.
    let dir = folder();
    let out = stdout(
        qnr()
            .arg("validate")
            .arg(dir.path().join("a.json"))
            .arg(dir.path().join("b.json")),
        1,
    );
    assert!(
        out.ends_with("checked 2 files: 1 valid, 1 invalid (1 error, 0 warnings)\n"),
        "{out}"
    );
}
