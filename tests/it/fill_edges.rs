//! The rough edges of `qnr fill` found by hand (issue 12), end to end in a
//! pseudo-terminal where only a terminal shows them: plain mode's escape
//! codes, the suggested date's time zone, what is claimed as saved, the
//! live word count, and filling the forms qnr writes.
#![cfg(unix)]

use std::path::Path;
use std::process::Command;

use crate::support::fill::{exit_code, keys, read_json, screen, spawn, write_draft};
use crate::support::pty::Pty;

fn qnr(dir: &Path, args: &[&str]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_qnr"));
    command
        .current_dir(dir)
        .args(args)
        .env("TERM", "xterm-256color")
        .env("QNR_LANG", "en")
        .env_remove("ACCESSIBLE")
        .env_remove("VISUAL")
        .env_remove("EDITOR")
        .env_remove("QNR_SCHEMA")
        .env_remove("NO_COLOR");
    command
}

/// Issue 12: `--plain` and `ACCESSIBLE` still sent colour codes on a colour
/// terminal (the banner, `error:`). Plain mode sends none, ever.
#[test]
fn plain_mode_sends_no_escape_codes_on_a_colour_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let mut p = Pty::spawn(qnr(dir.path(), &["fill", "--plain", "reply.json"]));
    p.expect("Name of country");
    p.send("Narnia\r");
    p.expect("Date of submission");
    p.send("/quit\r");
    assert_eq!(p.wait().code(), Some(0));
    assert!(!p.screen().contains('\u{1b}'), "{:?}", p.screen());

    let mut command = qnr(dir.path(), &["fill", "--goto", "X.9", "reply.json"]);
    command.env("ACCESSIBLE", "1");
    let mut p = Pty::spawn(command);
    p.expect("there is no recommendation or field with that id");
    assert_eq!(p.wait().code(), Some(2));
    assert!(!p.screen().contains('\u{1b}'), "{:?}", p.screen());
}

/// Issue 12: the suggested date of submission was today in UTC, so
/// tomorrow in the Americas' evening and yesterday in the Pacific's
/// morning. It is today where the person is: fourteen hours ahead of UTC
/// and twelve behind are always different days.
#[test]
fn the_suggested_date_is_today_in_the_local_time_zone() {
    let dir = tempfile::tempdir().unwrap();
    let suggested = |tz: &str| {
        let mut command = qnr(
            dir.path(),
            &["--color", "never", "fill", "--goto", "date", "r.json"],
        );
        command.env("TZ", tz);
        let mut p = Pty::spawn(command);
        p.expect("suggested: ");
        p.expect(" · Enter takes it");
        let screen = p.screen();
        let at = screen.find("suggested: ").unwrap() + "suggested: ".len();
        screen[at..at + 10].to_string()
    };
    // POSIX zones, so no time zone database is needed.
    let east = suggested("EAST-14");
    let west = suggested("WEST+12");
    assert_ne!(east, west);
    assert!(east > west, "{east} is later than {west}");
}

/// Issue 12: "saved in reply.json" was shown before the file existed, and
/// Ctrl-C on a new file claimed the answers were saved. (A terminal of its
/// own, so that Ctrl-C is the signal it is for a person.)
#[test]
fn saved_is_said_only_when_it_is_true() {
    let dir = tempfile::tempdir().unwrap();
    let mut p = spawn(dir.path(), &["reply.json"], &[("QNR_LANG", "en")]);
    p.exp_string("reply.json is created at the first answer")
        .unwrap();
    p.exp_string(&screen("› ")).unwrap();
    p.send_control('c').unwrap();
    let rest = p.exp_eof().unwrap();
    assert!(
        rest.contains("interrupted: nothing was answered, so `reply.json` was not created"),
        "{rest}"
    );
    assert_eq!(exit_code(&p), 130);
    assert!(!dir.path().join("reply.json").exists());
    assert!(
        !dir.path().join(".reply.json.lock").exists(),
        "no lock file is left behind"
    );
}

/// Issue 12: the word count changed only after a paragraph, and said
/// "1 words". It follows the typing, in the right number.
#[test]
fn the_word_count_follows_the_typing() {
    let dir = tempfile::tempdir().unwrap();
    write_draft(&dir.path().join("reply.json"));
    let mut p = spawn(dir.path(), &["reply.json"], &[("QNR_LANG", "en")]);
    p.exp_string("q save and quit").unwrap();
    keys(&mut p, "y");
    p.exp_string(&screen("¶1 (0 words) › ")).unwrap();
    keys(&mut p, "One");
    p.exp_string(&screen("¶1 (1 word) › One")).unwrap();
    keys(&mut p, " two");
    p.exp_string(&screen("¶1 (2 words) › One two")).unwrap();
    p.send_control('c').unwrap();
    p.exp_eof().unwrap();
    assert_eq!(exit_code(&p), 130);
}

/// Issue 12: `qnr new -o x.txt` said "next: `qnr fill x.txt`", which then
/// failed. Every format qnr writes is filled, and saved in its own format.
/// (What `qnr new` suggests for a form is `new.ftl`'s to say.)
#[test]
fn a_form_qnr_wrote_is_filled_in_its_own_format() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["form.txt", "form.md", "form.csv", "form.docx"] {
        let new = qnr(dir.path(), &["new", "-o", name]).output().unwrap();
        assert_eq!(new.status.code(), Some(0));
        let said = String::from_utf8_lossy(&new.stderr);
        assert!(said.contains(&format!("`{name}`")), "{said}");
        let mut p = Pty::spawn(qnr(
            dir.path(),
            &["--color", "never", "fill", "--goto", "I.1", name],
        ));
        p.expect("q save and quit");
        p.send("y");
        p.expect("¶1 (");
        p.send("Filled in the form.");
        p.expect("Filled in the form.");
        p.send("\r");
        p.expect("¶2 (");
        p.send("\r");
        p.expect("Recommendation 2 of 3");
        p.expect("q save and quit");
        p.send("q");
        assert_eq!(p.wait().code(), Some(0), "{name}: {}", p.screen());
        let json = dir.path().join(format!("{name}.json"));
        let out = qnr(dir.path(), &["convert", name, "-o", json.to_str().unwrap()])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{name} reads back");
        let reply = read_json(&json);
        assert_eq!(reply["answers"]["I.1"]["action_taken"], "yes", "{name}");
        assert_eq!(reply["answers"]["I.1"]["comments"], "Filled in the form.");
    }
}

/// Issue 12: a form with a layout of its own (a ministry's letterhead) is
/// never overwritten: the answers go to a new file, and the screen says so.
#[test]
fn a_form_laid_out_by_someone_else_is_filled_into_a_new_file() {
    let dir = tempfile::tempdir().unwrap();
    let out = qnr(dir.path(), &["new", "-o", "form.txt"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let path = dir.path().join("form.txt");
    let text = format!(
        "MINISTRY OF THE INTERIOR\nRef. 2026/113\n\n{}",
        std::fs::read_to_string(&path).unwrap()
    );
    std::fs::write(&path, &text).unwrap();
    let mut p = Pty::spawn(qnr(
        dir.path(),
        &["--color", "never", "fill", "--goto", "I.1", "form.txt"],
    ));
    p.expect("q save and quit");
    p.send("n");
    p.expect("¶1 (");
    p.send("\r");
    p.expect("Recommendation 2 of 3");
    p.expect("q save and quit");
    p.send("q");
    assert_eq!(p.wait().code(), Some(0));
    let screen = p.screen().replace("\r\n", " ");
    assert!(
        screen.contains("`form.txt` has a layout of its own, which qnr would not write back as it is: it is left untouched, and the answers are saved in the new file `form-filled.txt`"),
        "{screen}"
    );
    assert_eq!(std::fs::read_to_string(&path).unwrap(), text, "untouched");
    let json = dir.path().join("filled.json");
    let out = qnr(
        dir.path(),
        &["convert", "form-filled.txt", "-o", json.to_str().unwrap()],
    )
    .output()
    .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(read_json(&json)["answers"]["I.1"]["action_taken"], "no");
}
