//! What people read, byte for byte: the help of every command, the four
//! renderings of `validate` that end up in terminals, CI logs and dashboards,
//! and the empty forms of `new`. The other modules check facts with
//! `contains`; these snapshots (in `snapshots/`) also catch a reworded
//! sentence, a lost line or a shifted column.
//!
//! A change is reviewed, never taken blindly: run the tests, read the
//! `.snap.new` files insta writes beside the old ones (`cargo insta review`
//! if installed), and rename the ones that are right over the `.snap` files.
//! With `CI` or `INSTA_UPDATE=no` set, nothing is written and a difference
//! fails.

use std::process::{Command, Stdio};

use insta::assert_snapshot;

/// Runs `qnr ARGS` from the repository root in an environment of its own
/// (nothing inherited: no schema from `QNR_SCHEMA`, no colour, a dumb
/// terminal 100 columns wide) and shows the command, what it wrote to each
/// stream and its exit code. The exit code comes last because insta ignores
/// trailing blank lines: a lost final newline on either stream still shows.
fn run(args: &[&str]) -> String {
    let output = Command::new(env!("CARGO_BIN_EXE_qnr"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_clear()
        .env("TERM", "dumb")
        .env("NO_COLOR", "1")
        .env("COLUMNS", "100")
        .stdin(Stdio::null())
        .output()
        .expect("qnr runs");
    let stdout = String::from_utf8(output.stdout).expect("standard output is UTF-8");
    let stderr = String::from_utf8(output.stderr).expect("standard error is UTF-8");
    let code = output
        .status
        .code()
        .map_or_else(|| "none: killed by a signal".to_string(), |c| c.to_string());
    // The SARIF log names qnr's version: a release must not fail the test.
    let version = format!("\"{}\"", env!("CARGO_PKG_VERSION"));
    format!(
        "$ qnr {}\n----- stdout -----\n{stdout}----- stderr -----\n{stderr}----- exit code: {code}\n",
        args.join(" ")
    )
    .replace(&version, "\"[version]\"")
}

#[test]
fn help_of_qnr() {
    assert_snapshot!(run(&["--help"]));
}

#[test]
fn help_of_fill() {
    assert_snapshot!(run(&["fill", "--help"]));
}

#[test]
fn help_of_validate() {
    assert_snapshot!(run(&["validate", "--help"]));
}

#[test]
fn help_of_new() {
    assert_snapshot!(run(&["new", "--help"]));
}

#[test]
fn help_of_convert() {
    assert_snapshot!(run(&["convert", "--help"]));
}

#[test]
fn help_of_report() {
    assert_snapshot!(run(&["report", "--help"]));
}

#[test]
fn help_of_diff() {
    assert_snapshot!(run(&["diff", "--help"]));
}

#[test]
fn help_of_schema() {
    assert_snapshot!(run(&["schema", "--help"]));
}

#[test]
fn help_of_schema_show() {
    assert_snapshot!(run(&["schema", "show", "--help"]));
}

#[test]
fn help_of_schema_check() {
    assert_snapshot!(run(&["schema", "check", "--help"]));
}

#[test]
fn help_of_schema_import() {
    assert_snapshot!(run(&["schema", "import", "--help"]));
}

#[test]
fn help_of_schema_init() {
    assert_snapshot!(run(&["schema", "init", "--help"]));
}

#[test]
fn help_of_schema_json_schema() {
    assert_snapshot!(run(&["schema", "json-schema", "--help"]));
}

#[test]
fn help_of_completions() {
    assert_snapshot!(run(&["completions", "--help"]));
}

#[test]
fn help_of_man() {
    assert_snapshot!(run(&["man", "--help"]));
}

#[test]
fn validate_mistakes_human() {
    assert_snapshot!(run(&["validate", "examples/mistakes.json"]));
}

#[test]
fn validate_mistakes_github() {
    assert_snapshot!(run(&[
        "validate",
        "examples/mistakes.json",
        "--format",
        "github"
    ]));
}

#[test]
fn validate_mistakes_junit() {
    assert_snapshot!(run(&[
        "validate",
        "examples/mistakes.json",
        "--format",
        "junit"
    ]));
}

#[test]
fn validate_mistakes_sarif() {
    assert_snapshot!(run(&[
        "validate",
        "examples/mistakes.json",
        "--format",
        "sarif"
    ]));
}

#[test]
fn new_form_as_text() {
    assert_snapshot!(run(&["new", "--to", "txt"]));
}

#[test]
fn new_form_as_markdown() {
    assert_snapshot!(run(&["new", "--to", "md"]));
}
