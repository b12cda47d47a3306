//! Helpers for the `qnr fill` end-to-end tests: a `qnr fill` in a real
//! pseudo-terminal, keys sent as a person types them, and the reply on disk.
//! Every wait is an `expect` on what the screen shows, with a generous
//! timeout, never a sleep: the tests must not flake on a loaded machine.

use std::path::{Path, PathBuf};
use std::process::Command;

use rexpect::process::WaitStatus;
use rexpect::reader::Options;
use rexpect::session::{PtySession, spawn_with_options};

/// How long one expected screen may take to appear.
pub(crate) const TIMEOUT_MS: u64 = 60_000;

/// The HONLEA ids in order, and how many recommendations each issue has.
pub(crate) const IDS: [&str; 16] = [
    "I.1", "I.2", "I.3", "II.1", "II.2", "II.3", "II.4", "II.5", "II.6", "III.1", "III.2", "III.3",
    "IV.1", "IV.2", "IV.3", "IV.4",
];

/// `Issue II · Recommendation 3 of 6 · 7 of 16 answered`: unique to one
/// item's screen at one point of the walk.
pub(crate) fn place(id: &str, answered: usize) -> String {
    let (issue, label) = id.split_once('.').expect("an id has a dot");
    let of = IDS
        .iter()
        .filter(|i| i.starts_with(&format!("{issue}.")))
        .count();
    screen(&format!(
        "Issue {issue} · Recommendation {label} of {of} · {answered} of 16 answered"
    ))
}

/// Text as rexpect reads it: it turns each byte into one `char`, so text
/// with `·` or `¶` is matched in that form.
pub(crate) fn screen(text: &str) -> String {
    text.bytes().map(char::from).collect()
}

/// Starts `qnr fill ARGS` in `dir` in a pseudo-terminal. The environment is
/// cleared of what would change the walk, and colours are off so the text
/// can be matched; `env` adds to it.
pub(crate) fn spawn(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> PtySession {
    let mut command = Command::new(env!("CARGO_BIN_EXE_qnr"));
    command
        .current_dir(dir)
        .env("QNR_LANG", "en")
        .arg("--color")
        .arg("never")
        .arg("fill")
        .args(args)
        .env("TERM", "xterm-256color")
        .env("QNR_LANG", "en")
        .env_remove("ACCESSIBLE")
        .env_remove("VISUAL")
        .env_remove("EDITOR")
        .env_remove("QNR_SCHEMA")
        .env_remove("NO_COLOR");
    for (key, value) in env {
        command.env(key, value);
    }
    let options = Options::new()
        .timeout_ms(Some(TIMEOUT_MS))
        .strip_ansi_escape_codes(false);
    spawn_with_options(command, options).expect("qnr fill starts in a pseudo-terminal")
}

/// Types `keys` without Enter. rexpect buffers what is sent until a line
/// ends, so this flushes.
pub(crate) fn keys(session: &mut PtySession, keys: &str) {
    session.send(keys).expect("keys are sent");
    session.flush().expect("keys are flushed");
}

/// Types `text`, waits until qnr shows it, then presses Enter: text and
/// Enter that arrive in one read are a paste, which never confirms a
/// prompt (a person's Enter comes after the echo).
pub(crate) fn type_line(session: &mut PtySession, text: &str) {
    if !text.is_empty() {
        keys(session, text);
        session
            .exp_string(&screen(text))
            .unwrap_or_else(|e| panic!("`{text}` is shown as typed: {e}"));
    }
    keys(session, "\r");
}

/// Waits for the process to end and returns its exit code.
pub(crate) fn exit_code(session: &PtySession) -> i32 {
    match session.process().wait().expect("qnr fill ends") {
        WaitStatus::Exited(_, code) => code,
        other => panic!("qnr fill did not exit normally: {other:?}"),
    }
}

/// A shell script that acts as `$EDITOR`: it puts two paragraphs above
/// what qnr wrote (the guidance lines, which qnr strips again).
pub(crate) fn fake_editor(dir: &Path) -> PathBuf {
    let path = dir.join("fake-editor.sh");
    std::fs::write(
        &path,
        "#!/bin/sh\n\
         { printf 'Written in the editor.\\n\\nIts second paragraph.\\n'; cat \"$1\"; } > \"$1.new\" && mv \"$1.new\" \"$1\"\n",
    )
    .expect("the fake editor is written");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755))
            .expect("the fake editor is executable");
    }
    path
}

/// The reply file as JSON.
pub(crate) fn read_json(path: &Path) -> serde_json::Value {
    let text = std::fs::read_to_string(path).expect("the reply file exists");
    serde_json::from_str(&text).expect("the reply file is JSON")
}

/// A reply with every respondent field filled and nothing answered.
pub(crate) fn write_draft(path: &Path) {
    std::fs::write(
        path,
        r#"{
  "questionnaire": "honlea",
  "version": "1",
  "respondent": { "country": "Narnia", "date": "2019-05-01", "contact": "A. Focal Point", "organization": "Drug Law Enforcement Agency", "address": "1 Example Street", "telephone": "+1 555 0100", "email": "focal.point@example.org", "publish": "yes" },
  "answers": {}
}
"#,
    )
    .expect("the draft is written");
}

/// How to answer one item in the terminal.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Reply<'a> {
    /// `y`, then these paragraphs typed one per line, then an empty line.
    Yes(&'a [&'a str]),
    /// `n`, then an empty line: no comment.
    No,
    /// `y`, then Tab: the comment is written in `$EDITOR`.
    YesInEditor,
}

/// Waits for `id`'s screen (with `answered` answered before it) and answers.
pub(crate) fn answer(session: &mut PtySession, id: &str, answered: usize, reply: Reply<'_>) {
    session
        .exp_string(&place(id, answered))
        .unwrap_or_else(|e| panic!("the screen of {id} appears: {e}"));
    session
        .exp_string("q save and quit")
        .unwrap_or_else(|e| panic!("the keys of {id} are shown: {e}"));
    match reply {
        Reply::Yes(paragraphs) => {
            keys(session, "y");
            for (i, paragraph) in paragraphs.iter().enumerate() {
                session
                    .exp_string(&screen(&format!("¶{} (", i + 1)))
                    .unwrap_or_else(|e| panic!("{id} asks for paragraph {}: {e}", i + 1));
                type_line(session, paragraph);
            }
            session
                .exp_string(&screen(&format!("¶{} (", paragraphs.len() + 1)))
                .unwrap_or_else(|e| panic!("{id} asks for more: {e}"));
            type_line(session, "");
        }
        Reply::No => {
            keys(session, "n");
            session
                .exp_string(&screen("¶1 ("))
                .unwrap_or_else(|e| panic!("{id} asks for a comment: {e}"));
            type_line(session, "");
        }
        Reply::YesInEditor => {
            keys(session, "y");
            session
                .exp_string(&screen("¶1 ("))
                .unwrap_or_else(|e| panic!("{id} asks for a comment: {e}"));
            keys(session, "\t");
        }
    }
}
