//! `qnr fill` end to end in a real pseudo-terminal: keys in, screens out,
//! the reply on disk. Unix only (pseudo-terminals).
#![cfg(unix)]

use assert_cmd::Command;

use crate::support::fill::{
    IDS, Reply, answer, exit_code, fake_editor, keys, place, read_json, screen, spawn, type_line,
    write_draft,
};

/// How the walk answers item `i` in these tests: YES with two paragraphs,
/// or NO without a comment, in turn; one comment is written in the editor.
fn reply_for(i: usize) -> Reply<'static> {
    const PARAGRAPHS: &[&str] = &[
        "A working group was set up in 2018.",
        "It trained 300 officers; the main obstacle is servers abroad.",
    ];
    match i {
        5 => Reply::YesInEditor,
        i if i % 2 == 0 => Reply::Yes(PARAGRAPHS),
        _ => Reply::No,
    }
}

#[test]
fn a_whole_reply_is_answered_in_the_terminal_and_validates() {
    let dir = tempfile::tempdir().unwrap();
    let editor = fake_editor(dir.path());
    let editor = editor.to_str().unwrap();
    let mut p = spawn(dir.path(), &["reply.json"], &[("EDITOR", editor)]);

    let field = |p: &mut rexpect::session::PtySession, label: &str| {
        p.exp_string(label).unwrap();
        p.exp_string(&screen("› ")).unwrap();
    };
    field(&mut p, "Name of country");
    type_line(&mut p, "Narnia");
    // Today's date is offered: Enter takes it.
    field(&mut p, "Date of submission");
    type_line(&mut p, "");
    field(&mut p, "Contact person");
    type_line(&mut p, "A. Focal Point");
    for label in ["Title and Organization", "Address", "Telephone"] {
        field(&mut p, label);
        type_line(&mut p, "");
    }
    field(&mut p, "E-Mail");
    type_line(&mut p, "focal.point@example.org");
    p.exp_string("Consent to publish").unwrap();
    p.exp_string("q save and quit").unwrap();
    keys(&mut p, "y");

    for (i, id) in IDS.iter().enumerate() {
        answer(&mut p, id, i, reply_for(i));
    }
    p.exp_string(&screen("Summary of reply.json · 16 of 16 answered"))
        .unwrap();
    p.exp_string("The reply is complete and valid.").unwrap();
    p.exp_eof().unwrap();
    assert_eq!(exit_code(&p), 0);

    let path = dir.path().join("reply.json");
    let json = read_json(&path);
    let date = json["respondent"]["date"].as_str().unwrap();
    assert!(
        date.len() == 10 && date.as_bytes()[4] == b'-' && date.as_bytes()[7] == b'-',
        "today's date, as YYYY-MM-DD: {date}"
    );
    assert_eq!(json["respondent"]["publish"], "yes");
    assert_eq!(json["respondent"]["organization"], serde_json::Value::Null);
    assert_eq!(
        json["answers"]["I.1"]["comments"],
        "A working group was set up in 2018.\n\nIt trained 300 officers; the main obstacle is servers abroad."
    );
    assert_eq!(json["answers"]["I.2"]["action_taken"], "no");
    assert_eq!(json["answers"]["I.2"]["comments"], serde_json::Value::Null);
    assert_eq!(
        json["answers"]["II.3"]["comments"], "Written in the editor.\n\nIts second paragraph.",
        "the editor's guidance lines are stripped"
    );
    Command::cargo_bin("qnr")
        .unwrap()
        .args(["validate", path.to_str().unwrap()])
        .assert()
        .code(0);
}

#[test]
fn ctrl_c_halfway_keeps_every_confirmed_answer_and_the_walk_resumes() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("reply.json");
    write_draft(&path);
    let editor = fake_editor(dir.path());
    let editor = editor.to_str().unwrap();

    let mut p = spawn(dir.path(), &["reply.json"], &[("EDITOR", editor)]);
    for (i, id) in IDS.iter().enumerate().take(8) {
        answer(&mut p, id, i, reply_for(i));
    }
    // The ninth screen is drawn only after the eighth answer was saved.
    p.exp_string(&place(IDS[8], 8)).unwrap();
    p.exp_string("q save and quit").unwrap();
    p.send_control('c').unwrap();
    let rest = p.exp_eof().unwrap();
    assert!(
        rest.contains("\x1b[?25h"),
        "the cursor is shown again: {rest:?}"
    );
    assert!(
        rest.contains("interrupted: every confirmed answer is saved in `reply.json`"),
        "{rest:?}"
    );
    assert_eq!(exit_code(&p), 130);

    let json = read_json(&path);
    for (i, id) in IDS.iter().enumerate() {
        let answered = !json["answers"][id]["action_taken"].is_null();
        assert_eq!(answered, i < 8, "{id} on disk after Ctrl-C");
    }
    assert_eq!(
        json["answers"]["II.3"]["comments"],
        "Written in the editor.\n\nIts second paragraph."
    );

    // Resume: the walk starts at the first unanswered item and finishes.
    let mut p = spawn(dir.path(), &["reply.json"], &[("EDITOR", editor)]);
    p.exp_string("resuming").unwrap();
    for (i, id) in IDS.iter().enumerate().skip(8) {
        answer(&mut p, id, i, reply_for(i));
    }
    p.exp_string("The reply is complete and valid.").unwrap();
    p.exp_eof().unwrap();
    assert_eq!(exit_code(&p), 0);
    Command::cargo_bin("qnr")
        .unwrap()
        .args(["validate", path.to_str().unwrap()])
        .assert()
        .code(0);
}

#[test]
fn ctrl_c_while_typing_a_comment_keeps_the_finished_paragraphs() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("reply.yaml");
    write_draft(&dir.path().join("start.json"));
    Command::cargo_bin("qnr")
        .unwrap()
        .current_dir(dir.path())
        .args(["convert", "start.json", "-o", "reply.yaml"])
        .assert()
        .code(0);

    let mut p = spawn(dir.path(), &["reply.yaml"], &[]);
    p.exp_string(&place("I.1", 0)).unwrap();
    p.exp_string("q save and quit").unwrap();
    keys(&mut p, "y");
    p.exp_string(&screen("¶1 (")).unwrap();
    type_line(&mut p, "Finished paragraph.");
    p.exp_string(&screen("¶2 (")).unwrap();
    keys(&mut p, "half a paragr");
    p.send_control('c').unwrap();
    let rest = p.exp_eof().unwrap();
    assert!(rest.contains("\x1b[?25h"), "{rest:?}");
    assert_eq!(exit_code(&p), 130);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("action_taken: \"yes\""), "{text}");
    assert!(text.contains("Finished paragraph."), "{text}");
    assert!(!text.contains("half a paragr"), "{text}");
}

#[test]
fn a_file_qnr_cannot_read_losslessly_is_refused_and_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("reply.json");
    let original = r#"{"questionnaire": "honlea", "version": "1", "answers": {"I.1": {"action_taken": "maybe"}}}"#;
    std::fs::write(&path, original).unwrap();
    let mut p = spawn(dir.path(), &["reply.json"], &[]);
    let out = p.exp_eof().unwrap();
    assert!(
        out.contains(
            "error: `reply.json` cannot be filled: saving would lose what qnr could not read in it"
        ),
        "{out}"
    );
    assert!(
        out.contains("invalid-choice") || out.contains("maybe"),
        "{out}"
    );
    assert_eq!(exit_code(&p), 2);
    assert_eq!(std::fs::read_to_string(&path).unwrap(), original);
}

#[test]
fn the_cursor_moves_inside_a_comment_line_and_edits_in_place() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("reply.json");
    write_draft(&path);
    let mut p = spawn(dir.path(), &["reply.json"], &[]);
    p.exp_string(&place("I.1", 0)).unwrap();
    p.exp_string("q save and quit").unwrap();
    keys(&mut p, "y");
    p.exp_string(&screen("¶1 (")).unwrap();
    // "wrld", three times Left, "o": "world"; Ctrl-A, "Hello "; Ctrl-E, "!";
    // Home, Delete (drops "H"), "J"; End, Backspace, "?"; then " extra",
    // erased with Ctrl-W and one Backspace. All typed ahead in one burst,
    // as a fast typist or a held key does: no Backspace may be lost to the
    // terminal's own line editing between two keys.
    keys(
        &mut p,
        "wrld\x1b[D\x1b[D\x1b[Do\x01Hello \x05!\x1b[H\x1b[3~J\x1b[F\x7f? extra\x17\x7f",
    );
    p.exp_string(&screen("Jello world?")).unwrap();
    // Keys one by one, each in its own write, as a held Backspace sends them.
    for key in " abcdefghijklmnopqrstuvwxyz".chars().chain(['\x7f'; 27]) {
        keys(&mut p, &key.to_string());
    }
    type_line(&mut p, "");
    p.exp_string(&screen("¶2 (")).unwrap();
    p.send_control('c').unwrap();
    p.exp_eof().unwrap();
    assert_eq!(
        read_json(&path)["answers"]["I.1"]["comments"],
        "Jello world?"
    );
}
