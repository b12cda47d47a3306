//! `qnr fill` never loses or corrupts an answer (issue 12): the four ways a
//! session lost data, each driven end to end in a real pseudo-terminal with
//! the keys a person (or their terminal) sends, and the reply read from disk
//! after each step. Every one of these failed before: two sessions erased
//! each other's answers, edits made outside were overwritten, pasted text
//! answered questions, and typing at a field with a value appended to it.
#![cfg(unix)]

use std::path::Path;
use std::process::Command;

use serde_json::Value;

use crate::support::fill::{read_json, write_draft};
use crate::support::pty::Pty;

/// `qnr ARGS` in `dir`: English, colours off, nothing from the caller's
/// environment that changes the walk.
fn qnr(dir: &Path, args: &[&str]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_qnr"));
    command
        .current_dir(dir)
        .args(["--color", "never"])
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

/// `qnr fill ARGS` in a pseudo-terminal.
fn fill(dir: &Path, args: &[&str]) -> Pty {
    let mut all = vec!["fill"];
    all.extend_from_slice(args);
    Pty::spawn(qnr(dir, &all))
}

/// Types `text`, waits for it on the screen, then presses Enter.
fn type_line(p: &mut Pty, text: &str) {
    if !text.is_empty() {
        p.send(text);
        p.expect(text);
    }
    p.send("\r");
}

/// Waits for the YES/NO question of `id` with `answered` answered.
fn at_item(p: &mut Pty, id: &str, answered: usize) {
    let (issue, label) = id.split_once('.').unwrap();
    let of = match issue {
        "I" | "III" => 3,
        "II" => 6,
        _ => 4,
    };
    p.expect(&format!(
        "Issue {issue} · Recommendation {label} of {of} · {answered} of 16 answered"
    ));
    p.expect("q save and quit");
}

/// Answers the question on screen: `key`, then `comment` as one paragraph
/// (or none), then the empty line that ends the comment.
fn answer(p: &mut Pty, key: &str, comment: &str) {
    p.send(key);
    p.expect("¶1 (");
    if !comment.is_empty() {
        type_line(p, comment);
        p.expect("¶2 (");
    }
    p.send("\r");
}

/// Whether the screen said `text` (lines wrapped to the terminal joined).
fn said(p: &Pty, text: &str) -> bool {
    p.screen().replace("\r\n", " ").contains(text)
}

fn answer_of(json: &Value, id: &str) -> (Value, Value) {
    let a = &json["answers"][id];
    (a["action_taken"].clone(), a["comments"].clone())
}

fn yes(comment: &str) -> (Value, Value) {
    (Value::from("yes"), Value::from(comment))
}

/// Data loss 1: two `qnr fill` on one file each saved their own copy, and
/// the last writer erased the other's confirmed answers. Now the second
/// session stops at once (exit 2) and names the first (its process id and
/// since when); `convert -o` onto the reply is refused the same way; and a
/// session killed with `kill -9` leaves nothing that blocks the next.
#[test]
fn two_sessions_on_one_reply_never_erase_each_others_answers() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("reply.json");
    write_draft(&path);
    let mut first = fill(dir.path(), &["reply.json"]);
    at_item(&mut first, "I.1", 0);
    answer(&mut first, "y", "A: comment on I.1");
    at_item(&mut first, "I.2", 1);

    let mut second = fill(dir.path(), &["reply.json"]);
    // Before anything else (a wait that times out, not one that hangs).
    second.expect("another qnr is filling");
    let status = second.wait();
    assert_eq!(status.code(), Some(2), "{}", second.screen());
    let said = second.screen();
    assert!(
        said.contains(&format!(
            "error: another qnr is filling `reply.json` (process {}, since ",
            first.pid()
        )),
        "{said}"
    );
    assert!(said.contains("its lock is `.reply.json.lock`"), "{said}");

    let before = std::fs::read(&path).unwrap();
    let convert = qnr(
        dir.path(),
        &["convert", "reply.json", "-o", "reply.json", "--force"],
    )
    .output()
    .unwrap();
    assert_eq!(convert.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&convert.stderr);
    assert!(
        stderr.contains("another qnr is filling `reply.json`"),
        "{stderr}"
    );
    assert_eq!(
        std::fs::read(&path).unwrap(),
        before,
        "convert wrote nothing"
    );

    first.send("n");
    first.expect("¶1 (");
    first.send("\r");
    at_item(&mut first, "I.3", 2);
    first.send("q");
    assert_eq!(first.wait().code(), Some(0));
    let json = read_json(&path);
    assert_eq!(answer_of(&json, "I.1"), yes("A: comment on I.1"));
    assert_eq!(json["answers"]["I.2"]["action_taken"], "no");

    // A session killed outright: its lock dies with it.
    let mut killed = fill(dir.path(), &["reply.json"]);
    at_item(&mut killed, "I.3", 2);
    killed.kill();
    let mut next = fill(dir.path(), &["reply.json"]);
    at_item(&mut next, "I.3", 2);
    next.send("q");
    assert_eq!(next.wait().code(), Some(0));
}

/// Data loss 2: edits made to the reply outside qnr during a session were
/// overwritten at the next save, even a file qnr refuses to open. Now what
/// changed outside only is kept, a question changed in both places is asked
/// (here: the file's version kept, and the question asked again with it),
/// and a file that can no longer be read without loss is left untouched
/// while the session's answers go to a side file, as the screen says.
#[test]
fn edits_made_outside_during_a_session_are_kept() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("reply.json");
    write_draft(&path);
    let mut p = fill(dir.path(), &["reply.json"]);
    at_item(&mut p, "I.1", 0);
    answer(&mut p, "y", "Session comment I.1");
    at_item(&mut p, "I.2", 1);

    let mut json = read_json(&path);
    json["respondent"]["country"] = "Edited Outside".into();
    json["answers"]["II.3"] = serde_json::json!({"action_taken": "yes", "comments": "Edited outside qnr by a colleague."});
    std::fs::write(&path, serde_json::to_string_pretty(&json).unwrap()).unwrap();
    answer(&mut p, "n", "");
    at_item(&mut p, "I.3", 3);
    assert!(
        said(
            &p,
            "`reply.json` was changed outside qnr; kept from there: Name of country (country); Issue II, Recommendation 3 (II.3)"
        ),
        "the screen says what was kept"
    );
    let json = read_json(&path);
    assert_eq!(json["respondent"]["country"], "Edited Outside");
    assert_eq!(
        answer_of(&json, "II.3"),
        yes("Edited outside qnr by a colleague.")
    );
    assert_eq!(answer_of(&json, "I.1"), yes("Session comment I.1"));
    assert_eq!(json["answers"]["I.2"]["action_taken"], "no");

    // The same question changed in both places: asked, never guessed.
    let mut json = read_json(&path);
    json["answers"]["I.3"] =
        serde_json::json!({"action_taken": "no", "comments": "Draft from the ministry."});
    std::fs::write(&path, serde_json::to_string_pretty(&json).unwrap()).unwrap();
    p.send("y");
    p.expect("Recommendation 3 (I.3) was changed both there and");
    p.expect("2 in the file: NO, “Draft from the ministry.”");
    p.send("2");
    p.expect("now: NO (saved)");
    assert_eq!(
        answer_of(&read_json(&path), "I.3"),
        (Value::from("no"), Value::from("Draft from the ministry."))
    );

    // A version qnr cannot read without loss: left alone, answers go aside.
    let theirs = std::fs::read_to_string(&path).unwrap().replace(
        "\"no\",\n      \"comments\": \"Draft from the ministry.\"",
        "\"maybe\",\n      \"comments\": \"Draft from the ministry.\"",
    );
    assert!(theirs.contains("maybe"));
    std::fs::write(&path, &theirs).unwrap();
    p.send("y");
    // The comment kept from the file is offered: Enter keeps it.
    p.expect("Enter keeps it");
    p.send("\r");
    at_item(&mut p, "II.1", 4);
    assert!(said(
        &p,
        "was changed outside qnr and can no longer be read without losing part of it, so qnr leaves it as it is; the answers of this session are saved in `reply.fill-"
    ));
    assert!(
        said(&p, "saved in reply.fill-"),
        "the bar names the side file: {}",
        p.screen()
    );
    p.send("q");
    assert_eq!(p.wait().code(), Some(0));
    assert!(
        p.screen().contains("(`reply.json` is left as it was)"),
        "{}",
        p.screen()
    );
    assert_eq!(std::fs::read_to_string(&path).unwrap(), theirs, "untouched");
    let side: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with("reply.fill-"))
        })
        .collect();
    assert_eq!(side.len(), 1, "one side file: {side:?}");
    let saved = read_json(&side[0]);
    assert_eq!(answer_of(&saved, "I.1"), yes("Session comment I.1"));
    assert_eq!(saved["answers"]["I.3"]["action_taken"], "yes");
    assert_eq!(saved["respondent"]["country"], "Edited Outside");
}

/// Data loss 3: pasted text that reached a single-key question answered,
/// changed and deleted answers (`n` of "Not yet" answered NO, `B` went
/// back, `g` opened go-to). Bracketed paste is on for the whole walk: a
/// paste at a YES/NO question is ignored with a notice; keys that arrive
/// all at once (a paste without bracketed paste, type-ahead) are not taken
/// as keys; at a comment line a paste's line breaks stay in the comment.
#[test]
fn pasted_text_never_answers_a_question() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("reply.json");
    write_draft(&path);
    let before = std::fs::read(&path).unwrap();
    let mut p = fill(dir.path(), &["reply.json"]);
    at_item(&mut p, "I.1", 0);
    p.send("\x1b[200~Not yet: a draft law is pending.\r\rBudget approved in 2019.\x1b[201~");
    p.expect("Pasted text is not taken as keys here");
    // The same without bracketed paste: the letters arrive in one read.
    p.send("nd done. gb");
    std::thread::sleep(std::time::Duration::from_millis(300));
    assert_eq!(std::fs::read(&path).unwrap(), before, "nothing answered");
    assert!(
        !p.unseen().contains("Go to"),
        "no key was taken: {}",
        p.unseen()
    );

    // At a comment line, pasted paragraphs stay in the comment, and the
    // words after them never reach the next question.
    p.send("y");
    p.expect("¶1 (");
    p.send("Line one.\r\rAnd done.\r");
    p.expect("¶2 (");
    p.send("\r");
    at_item(&mut p, "I.2", 1);
    p.send("\x1b[200~Budget approved.\x1b[201~");
    p.expect("Pasted text is not taken as keys here");
    p.send("q");
    assert_eq!(p.wait().code(), Some(0));
    let json = read_json(&path);
    assert_eq!(answer_of(&json, "I.1"), yes("Line one.\n\nAnd done."));
    assert_eq!(json["answers"]["I.2"]["action_taken"], Value::Null);
    assert_eq!(json["answers"]["I.3"]["action_taken"], Value::Null);
}

/// Data loss 4: at a field with a saved or suggested value, `/skip` was
/// appended to the value and saved (`Narnia/skip`), a typed date was
/// appended to the suggestion, and a pasted address filled the next
/// fields. Every text prompt now uses one line editor: the value offered
/// is a default that Enter takes and typing replaces, the `/` commands
/// work, the shell's editing keys work, double-width text is drawn where
/// it is, and a paste stays in its field.
#[test]
fn every_text_prompt_edits_the_same_way_and_keeps_to_its_field() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("reply.json");
    write_draft(&path);
    let mut p = fill(dir.path(), &["reply.json", "--review"]);
    p.expect("Name of country");
    p.expect("Narnia");
    type_line(&mut p, "/skip");
    p.expect("Date of submission");
    p.expect("2019-05-01");
    type_line(&mut p, "2019-05-15");
    p.expect("Contact person");
    // Typed over the saved value, edited with arrows, Delete, End, Home.
    p.send("abc");
    p.expect("abc");
    p.send("\x1b[D\x1b[D\x1b[3~\x1b[FX\x1b[HY");
    p.expect("YacX");
    // Ctrl-W erases a word, Ctrl-U the line before the cursor, Ctrl-K after.
    p.send(" word\x17\x7f\x01\x0b");
    p.send("Z");
    p.expect("Z");
    p.send("\x05 Focal\x1b[1;5D\x0b");
    p.expect("Z ");
    p.send("Point");
    p.expect("Z Point");
    p.send("\r");
    p.expect("Title and Organization");
    p.send("\x1b[200~Chief Inspector\nNational Drug Control Agency\n1 Example Street\x1b[201~");
    p.expect("Chief Inspector, National Drug Control Agency, 1 Example Street");
    p.send("\r");
    p.expect("Address");
    p.send("\x15東京都千代田区");
    p.expect("東京都千代田区");
    p.send("\x7f\x7fAB\x1b[D\x1b[D\x1b[DZ");
    p.expect("東京都千Z代AB");
    p.send("\r");
    p.expect("Telephone");
    type_line(&mut p, "/quit");
    assert_eq!(p.wait().code(), Some(0));
    let json = read_json(&path);
    let field = |id: &str| json["respondent"][id].clone();
    assert_eq!(field("country"), "Narnia", "/skip moved on, never saved");
    assert_eq!(field("date"), "2019-05-15", "typing replaced the date");
    assert_eq!(field("contact"), "Z Point");
    assert_eq!(
        field("organization"),
        "Chief Inspector, National Drug Control Agency, 1 Example Street"
    );
    assert_eq!(field("address"), "東京都千Z代AB");
    assert_eq!(field("telephone"), "+1 555 0100", "nothing spilled into it");
}
