//! `qnr fill` without a terminal: it must fail at once with exit 2 and say
//! what to do instead, never wait for keys (CI has no person to press them).

use std::time::{Duration, Instant};

use assert_cmd::Command;
use predicates::str::contains;

#[test]
fn fill_without_a_terminal_exits_2_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let started = Instant::now();
    // stdin from /dev/null, as in CI.
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_qnr"));
    command
        .current_dir(dir.path())
        .args(["fill", "reply.json"])
        .env("QNR_LANG", "en")
        .stdin(std::process::Stdio::null());
    Command::from_std(command)
        .timeout(Duration::from_secs(60))
        .assert()
        .code(2)
        .stderr(contains(
            "error: `qnr fill` asks its questions in a terminal, and standard input is not a terminal.",
        ))
        .stderr(contains("qnr new -o reply.json"))
        .stderr(contains("qnr convert"));
    assert!(
        started.elapsed() < Duration::from_secs(30),
        "it did not wait for input"
    );
    assert!(
        !dir.path().join("reply.json").exists(),
        "nothing is written"
    );
}

#[test]
fn fill_help_names_the_options_and_exit_codes() {
    let output = Command::cargo_bin("qnr")
        .unwrap()
        .args(["fill", "--help"])
        .output()
        .unwrap();
    let help = String::from_utf8(output.stdout).unwrap();
    for option in [
        "--only-missing",
        "--review",
        "--goto",
        "--carry-forward",
        "--editor",
        "--plain",
        "130 interrupted",
    ] {
        assert!(help.contains(option), "{option} in:\n{help}");
    }
}
