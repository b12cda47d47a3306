//! One writer per reply, between real processes and without a terminal, so
//! on every system (and under Wine in CI, where the `qnr fill` tests that
//! need a pseudo-terminal do not run): while another process holds the
//! lock `qnr fill` holds, `qnr convert -o` onto the reply stops with exit 2
//! and names that process, and writes nothing; once the holder lets go, or
//! is killed outright, the next writer goes ahead.

use std::fs;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use assert_cmd::Command as Qnr;

fn qnr(dir: &Path) -> Qnr {
    let mut cmd = Qnr::cargo_bin("qnr").unwrap();
    cmd.current_dir(dir)
        .env_remove("QNR_SCHEMA")
        .env("QNR_LANG", "en")
        .env("NO_COLOR", "1");
    cmd
}

/// A reply in `dir`, `reply.json`, with the bytes it was written with.
fn a_reply(dir: &Path) -> Vec<u8> {
    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/sample-complete.json");
    let bytes = fs::read(sample).unwrap();
    fs::write(dir.join("reply.json"), &bytes).unwrap();
    bytes
}

/// `qnr convert reply.json -o reply.json --force`: exit code and stderr.
fn convert_onto_itself(dir: &Path) -> (Option<i32>, String) {
    let output = qnr(dir)
        .args(["convert", "reply.json", "-o", "reply.json", "--force"])
        .output()
        .unwrap();
    (
        output.status.code(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

/// Checks that a writer is refused while process `pid` holds the lock.
fn refused_naming(dir: &Path, pid: u32, before: &[u8]) {
    let (code, stderr) = convert_onto_itself(dir);
    assert_eq!(code, Some(2), "{stderr}");
    assert!(
        stderr.contains(&format!(
            "error: another qnr is filling `reply.json` (process {pid}, since "
        )),
        "{stderr}"
    );
    assert!(stderr.contains("its lock is `"), "{stderr}");
    assert_eq!(
        fs::read(dir.join("reply.json")).unwrap(),
        before,
        "nothing written"
    );
}

#[test]
fn a_writer_is_refused_while_another_process_holds_the_reply() {
    let dir = tempfile::tempdir().unwrap();
    let before = a_reply(dir.path());
    let held = qnr::testing::hold_lock(&dir.path().join("reply.json")).unwrap();
    refused_naming(dir.path(), std::process::id(), &before);
    drop(held);
    let (code, stderr) = convert_onto_itself(dir.path());
    assert_eq!(code, Some(0), "free again: {stderr}");
}

/// The holder is this test program run again (`QNR_TEST_HOLD_LOCK` names
/// the reply): it takes the lock and waits to be killed.
#[test]
fn a_holder_killed_outright_never_blocks() {
    if let Some(reply) = std::env::var_os(HOLD) {
        let _held = qnr::testing::hold_lock(Path::new(&reply)).unwrap();
        std::thread::sleep(Duration::from_secs(120));
        panic!("the holder was not killed");
    }
    let dir = tempfile::tempdir().unwrap();
    let before = a_reply(dir.path());
    let mut holder = hold_in_another_process(&dir.path().join("reply.json"));
    refused_naming(dir.path(), holder.0.id(), &before);
    holder.0.kill().unwrap();
    holder.0.wait().unwrap();
    let (code, stderr) = convert_onto_itself(dir.path());
    assert_eq!(code, Some(0), "a dead holder blocks nobody: {stderr}");
}

const HOLD: &str = "QNR_TEST_HOLD_LOCK";

/// The holding process, killed when dropped (also when a check fails).
struct Holder(Child);

impl Drop for Holder {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// This test program, running the test above in holder mode, once its lock
/// file says it holds the lock.
fn hold_in_another_process(reply: &Path) -> Holder {
    let child = Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "one_writer::a_holder_killed_outright_never_blocks",
            "--test-threads=1",
        ])
        .env(HOLD, reply)
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    let mut child = Holder(child);
    let lock = reply.with_file_name(".reply.json.lock");
    let says = format!("pid {}\n", child.0.id());
    // Slow under Wine: starting a Windows program takes seconds there.
    let started = Instant::now();
    while !fs::read_to_string(&lock).is_ok_and(|text| text.starts_with(&says)) {
        if let Some(status) = child.0.try_wait().unwrap() {
            panic!("the holder ended first: {status}");
        }
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "the holder took no lock"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    child
}
