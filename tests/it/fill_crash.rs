//! Crash safety of `qnr fill`: a scripted session in a real pseudo-terminal
//! is killed with SIGKILL at a random moment, over and over, and the file on
//! disk must every time be a complete reply that holds every answer confirmed
//! before the kill, and nothing that was not typed. Kills land while keys are
//! being read, while a screen is drawn and while the file is being saved.
//!
//! `QNR_KILL_RUNS` sets the number of kills (default 100); `QNR_KILL_SEED`
//! replays one sequence (the seed is printed when a run fails).
#![cfg(unix)]

use std::path::Path;
use std::process::Command;
use std::time::Duration;

use serde_json::Value;

use crate::support::fill::{IDS, read_json, write_draft};
use crate::support::pty::Pty;

/// `qnr fill ARGS` in `dir`, in a pseudo-terminal, colours off.
fn fill(dir: &Path, args: &[&str]) -> Pty {
    let mut command = Command::new(env!("CARGO_BIN_EXE_qnr"));
    command
        .current_dir(dir)
        .env("QNR_LANG", "en")
        .args(["--color", "never", "fill"])
        .args(args)
        .env("TERM", "xterm-256color")
        .env_remove("ACCESSIBLE")
        .env_remove("VISUAL")
        .env_remove("EDITOR")
        .env_remove("QNR_SCHEMA")
        .env_remove("NO_COLOR");
    Pty::spawn(command)
}

/// The line that says where the walk is, unique to one item's screen.
fn place(index: usize) -> String {
    let id = IDS[index];
    let issue = id.split_once('.').unwrap().0;
    let of = IDS
        .iter()
        .filter(|i| i.starts_with(&format!("{issue}.")))
        .count();
    let label = id.split_once('.').unwrap().1;
    format!("Issue {issue} · Recommendation {label} of {of} · {index} of 16 answered")
}

/// The answer the session gives to item `i`: YES with two paragraphs on
/// every third item, NO without a comment otherwise.
fn intended(i: usize) -> (&'static str, &'static [&'static str]) {
    const PARAGRAPHS: &[&str] = &[
        "Legislation was amended in 2018.",
        "Seizures rose by 40 per cent; the main obstacle is staffing.",
    ];
    if i.is_multiple_of(3) {
        ("yes", PARAGRAPHS)
    } else {
        ("no", &[])
    }
}

/// One step of the session: keys to send, then what the screen shows once
/// qnr has taken them. `confirms` is the item that is saved for sure when
/// the expected text appears (the next screen is drawn only after a save).
struct Step {
    keys: String,
    expect: String,
    confirms: Option<usize>,
}

/// Every step of answering all sixteen items, in order.
fn script() -> Vec<Step> {
    let mut steps = Vec::new();
    for (i, _) in IDS.iter().enumerate() {
        let (choice, paragraphs) = intended(i);
        steps.push(Step {
            keys: choice[..1].to_string(),
            expect: "¶1 (".to_string(),
            confirms: None,
        });
        for (n, paragraph) in paragraphs.iter().enumerate() {
            // The text, then Enter once it shows: text and Enter in one
            // read are a paste, which never confirms a line.
            steps.push(Step {
                keys: (*paragraph).to_string(),
                expect: (*paragraph).to_string(),
                confirms: None,
            });
            steps.push(Step {
                keys: "\r".to_string(),
                expect: format!("¶{} (", n + 2),
                confirms: None,
            });
        }
        let next = match i + 1 {
            16 => "Summary of reply.json".to_string(),
            n => place(n),
        };
        steps.push(Step {
            keys: "\r".to_string(),
            expect: next,
            confirms: Some(i),
        });
    }
    steps
}

/// A small deterministic generator (xorshift64*), so a failing sequence can
/// be replayed from its seed without a dependency.
struct Rng(u64);

impl Rng {
    /// Seeds through splitmix64, so that neighbouring seeds differ at once.
    fn new(seed: u64) -> Rng {
        let mut z = seed.wrapping_add(0x9E37_79B9_7F4A_7C15);
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        Rng((z ^ (z >> 31)).max(1))
    }

    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) % n
    }
}

/// Runs the script up to step `kill_at`, sends that step's keys, waits
/// `delay` and kills qnr. Returns how many items were confirmed.
fn run_and_kill(dir: &Path, steps: &[Step], kill_at: usize, delay: Duration) -> usize {
    let mut p = fill(dir, &["reply.json"]);
    p.expect(&place(0));
    p.expect("q save and quit");
    let mut confirmed = 0;
    for step in &steps[..kill_at] {
        p.send(&step.keys);
        p.expect(&step.expect);
        if let Some(i) = step.confirms {
            confirmed = i + 1;
            if i + 1 < IDS.len() {
                p.expect("q save and quit");
            }
        }
    }
    if let Some(step) = steps.get(kill_at) {
        p.send(&step.keys);
    }
    std::thread::sleep(delay);
    p.kill();
    confirmed
}

/// What must hold of the file after a kill.
fn check_file(path: &Path, confirmed: usize) -> Result<(), String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("unreadable: {e}"))?;
    let json: Value =
        serde_json::from_str(&text).map_err(|e| format!("not a complete JSON reply: {e}"))?;
    if json["respondent"]["country"] != "Narnia" {
        return Err("the respondent fields were lost".into());
    }
    for (i, id) in IDS.iter().enumerate() {
        let answer = &json["answers"][id];
        let (choice, paragraphs) = intended(i);
        let on_disk = answer["action_taken"].as_str();
        let comment = answer["comments"].as_str();
        let whole = (!paragraphs.is_empty()).then(|| paragraphs.join("\n\n"));
        if i < confirmed {
            if on_disk != Some(choice) || comment != whole.as_deref() {
                return Err(format!("confirmed {id} is not on disk as typed: {answer}"));
            }
            continue;
        }
        // Not confirmed: absent, or what was typed so far (the comment
        // is saved paragraph by paragraph), never anything else.
        let typed_so_far = (0..=paragraphs.len())
            .map(|n| (n > 0).then(|| paragraphs[..n].join("\n\n")))
            .any(|prefix| prefix.as_deref() == comment);
        let untouched = on_disk.is_none() && comment.is_none();
        let as_typed = on_disk == Some(choice) && typed_so_far;
        if !(untouched || as_typed) {
            return Err(format!("{id} holds what was not typed: {answer}"));
        }
    }
    Ok(())
}

#[test]
fn sigkill_at_random_moments_never_loses_a_confirmed_answer() {
    let runs: usize = std::env::var("QNR_KILL_RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100);
    let first_seed: u64 = std::env::var("QNR_KILL_SEED")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(0x5EED_F111);
    let steps = script();
    let mut kills_mid_walk = 0;
    for run in 0..runs {
        let seed = first_seed.wrapping_add(run as u64);
        let mut rng = Rng::new(seed);
        let kill_at = rng.below(steps.len() as u64 + 1) as usize;
        // Up to 3 ms after the keys: often inside the save they start.
        let delay = Duration::from_micros(rng.below(3_000));
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("reply.json");
        write_draft(&path);
        let confirmed = run_and_kill(dir.path(), &steps, kill_at, delay);
        kills_mid_walk += usize::from(confirmed < IDS.len());
        if let Err(problem) = check_file(&path, confirmed) {
            panic!(
                "run {run} (QNR_KILL_SEED={seed} QNR_KILL_RUNS=1): killed at step {kill_at} \
                 after {delay:?} with {confirmed} confirmed: {problem}"
            );
        }
    }
    assert!(
        runs < 10 || kills_mid_walk * 2 > runs,
        "most kills must land before the walk ends ({kills_mid_walk} of {runs})"
    );
    // The last file is also one qnr itself reads.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("reply.json");
    write_draft(&path);
    let confirmed = run_and_kill(dir.path(), &steps, steps.len() / 2, Duration::ZERO);
    check_file(&path, confirmed).unwrap();
    let json = read_json(&path);
    assert!(json["answers"].is_object());
    assert_cmd::Command::cargo_bin("qnr")
        .unwrap()
        .args(["validate", path.to_str().unwrap()])
        .assert()
        .code(1);
}

/// Answers I.1 with YES (and one paragraph, when the save of YES alone is
/// meant to succeed), then waits for qnr to end, and returns the screen.
fn answer_first_item_expecting_failure(p: &mut Pty, with_paragraph: bool) -> String {
    p.expect(&place(0));
    p.expect("q save and quit");
    p.send("y");
    if with_paragraph {
        p.expect("¶1 (");
        p.send("Seizures rose by 40 per cent.");
        p.expect("Seizures rose by 40 per cent.");
        p.send("\r");
    }
    let status = p.wait();
    assert_eq!(status.code(), Some(2), "{}", p.screen());
    p.screen()
}

/// What a failed save must say: why, that the file keeps what was saved,
/// the unsaved text to copy, and how to go on.
fn assert_clear_save_error(screen: &str, reason: &str, saved: usize, unsaved: &[&str]) {
    let head = [
        format!("error: cannot write `reply.json`: {reason}"),
        format!("`reply.json` still holds every answer saved before ({saved} of 16 answered)."),
        "Not saved, to copy from here:".to_string(),
        "then `qnr fill reply.json` goes on from there.".to_string(),
    ];
    for part in head
        .iter()
        .map(String::as_str)
        .chain(unsaved.iter().copied())
    {
        assert!(screen.contains(part), "{part:?} missing from:\n{screen}");
    }
    assert!(
        screen.contains("\x1b[?25h"),
        "the cursor is shown again:\n{screen}"
    );
}

#[test]
fn a_full_disk_is_a_clear_error_and_the_previous_file_stays_intact() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("reply.json");
    write_draft(&path);
    // The file-size limit makes every write past 1520 bytes fail (EFBIG), as
    // a full disk does, with no privileges needed; SIGXFSZ is ignored (the
    // disposition survives exec) so the write returns an error instead. The
    // empty reply with I.1 answered YES fits (1508 bytes); with the comment
    // it does not.
    let mut command = Command::new("sh");
    command
        .current_dir(dir.path())
        .args([
            "-c",
            "trap '' XFSZ; exec prlimit --fsize=1520 \"$0\" --color never fill reply.json",
            env!("CARGO_BIN_EXE_qnr"),
        ])
        .env("TERM", "xterm-256color")
        .env_remove("QNR_SCHEMA")
        .env_remove("EDITOR")
        .env_remove("VISUAL");
    let mut p = Pty::spawn(command);
    let screen = answer_first_item_expecting_failure(&mut p, true);
    assert_clear_save_error(
        &screen,
        "file too large",
        1,
        &["    I.1: YES\r\n      Seizures rose by 40 per cent.\r\n"],
    );
    let json = read_json(&path);
    assert_eq!(json["answers"]["I.1"]["action_taken"], "yes");
    assert_eq!(json["answers"]["I.1"]["comments"], Value::Null);
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .filter(|n| n != "reply.json")
        .collect();
    assert!(
        leftovers.is_empty(),
        "no temporary file is left: {leftovers:?}"
    );
}

#[test]
fn a_read_only_folder_is_a_clear_error_and_the_file_stays_intact() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("reply.json");
    write_draft(&path);
    let before = std::fs::read(&path).unwrap();
    // Root ignores folder permissions, so the folder is made read-only by a
    // read-only bind mount in a private user and mount namespace; anyone
    // else gets a folder without write permission.
    let root = Command::new("id").arg("-u").output().unwrap().stdout == b"0\n";
    let mut command = Command::new("sh");
    let script = if root {
        "unshare -rm sh -c 'mount --bind . . && mount -o remount,bind,ro . && cd . && \
         exec \"$0\" --color never fill reply.json' \"$0\""
    } else {
        "chmod a-w . && exec \"$0\" --color never fill reply.json"
    };
    command
        .current_dir(dir.path())
        .args(["-c", script, env!("CARGO_BIN_EXE_qnr")])
        .env("TERM", "xterm-256color")
        .env_remove("QNR_SCHEMA")
        .env_remove("EDITOR")
        .env_remove("VISUAL");
    let mut p = Pty::spawn(command);
    let screen = answer_first_item_expecting_failure(&mut p, false);
    let reason = if root {
        "the file system is read-only"
    } else {
        "permission denied"
    };
    assert_clear_save_error(&screen, reason, 0, &["    I.1: YES\r\n"]);
    assert_eq!(std::fs::read(&path).unwrap(), before, "the draft is intact");
    if !root {
        let mut perms = std::fs::metadata(dir.path()).unwrap().permissions();
        #[expect(
            clippy::permissions_set_readonly_false,
            reason = "world-writable is harmless on the test's own temporary folder, which must be writable again to be removed"
        )]
        perms.set_readonly(false);
        std::fs::set_permissions(dir.path(), perms).unwrap();
    }
}
