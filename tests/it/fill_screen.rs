//! What a person sees of `qnr fill` on a small terminal, checked on a
//! screen emulated in memory (vt100) from the bytes qnr sends to a real
//! pseudo-terminal (issue 12's display bugs): at 40 × 15 the position line
//! stays on top, lines wrap between words, a paragraph taller than the
//! screen is edited in sight, and a resize while typing leaves the hint
//! lines and the line itself whole.
#![cfg(unix)]

use std::num::NonZeroU16;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use crate::support::fill::{read_json, write_draft};
use crate::support::pty::{Pty, TIMEOUT};

/// `qnr fill reply.json` in `dir`, in a terminal of `cols` × `rows`.
fn fill(dir: &Path, cols: u16, rows: u16) -> Screen {
    let mut command = Command::new(env!("CARGO_BIN_EXE_qnr"));
    command
        .current_dir(dir)
        .args(["--color", "never", "fill", "reply.json"])
        .env("TERM", "xterm-256color")
        .env("QNR_LANG", "en")
        .env_remove("ACCESSIBLE")
        .env_remove("VISUAL")
        .env_remove("EDITOR")
        .env_remove("QNR_SCHEMA")
        .env_remove("NO_COLOR");
    Screen {
        pty: Pty::spawn_sized(command, cols, rows),
        parser: vt100::Parser::new(size(rows), size(cols), 0),
        fed: 0,
    }
}

/// The pseudo-terminal and the screen its output draws.
struct Screen {
    pty: Pty,
    parser: vt100::Parser,
    fed: usize,
}

impl Screen {
    fn feed(&mut self) {
        let bytes = self.pty.bytes();
        self.parser.process(&bytes[self.fed..]);
        self.fed = bytes.len();
    }

    /// The rows of the screen as they are now.
    fn rows(&mut self) -> Vec<String> {
        self.feed();
        let (_, cols) = self.parser.screen().size();
        self.parser.screen().rows(0, cols.get()).collect()
    }

    /// Waits until the screen shows `text` (on one row, or over full rows
    /// as the line editor cuts them).
    fn wait(&mut self, text: &str) {
        let deadline = Instant::now() + TIMEOUT;
        loop {
            if self.rows().concat().contains(text) {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "`{text}` is not on the screen:\n{}",
                self.rows().join("\n")
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// The row the cursor is on, and the text before the cursor on it.
    fn at_cursor(&mut self) -> (String, String) {
        self.feed();
        let (row, col) = self.parser.screen().cursor_position();
        let line = self.rows()[usize::from(row)].clone();
        let before: String = line.chars().take(usize::from(col)).collect();
        (line, before)
    }

    fn resize(&mut self, cols: u16, rows: u16) {
        self.feed();
        self.pty.resize(cols, rows);
        self.parser.set_size(size(rows), size(cols));
    }
}

fn size(n: u16) -> NonZeroU16 {
    NonZeroU16::new(n).expect("a terminal has rows and columns")
}

/// 120 short words: a paragraph of more rows than a 40 × 15 screen has.
fn long_paragraph() -> String {
    (1..=120)
        .map(|i| format!("w{i:03}"))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Issue 12: at 15 rows the position line scrolled away, and a paragraph
/// taller than the screen was edited out of sight (the cursor drawn on a
/// row that showed other words). At 40 columns lines were cut mid-word.
#[test]
fn a_paragraph_taller_than_a_small_screen_is_edited_in_sight() {
    let dir = tempfile::tempdir().unwrap();
    write_draft(&dir.path().join("reply.json"));
    let mut s = fill(dir.path(), 40, 15);
    s.wait("y YES");
    let rows = s.rows();
    assert!(
        rows[0].starts_with("Issue I · Recommendation 1 of 3"),
        "{rows:#?}"
    );
    for row in &rows {
        for cut in ["reply.js", "Recommendatio", "answere"] {
            assert!(
                !row.trim_end().ends_with(cut),
                "`{row}` is cut inside a word:\n{rows:#?}"
            );
        }
    }
    s.pty.send("y");
    s.wait("¶1 (0 words)");
    s.pty.send(&long_paragraph());
    s.wait("w120");
    // Home, then text at the start of the paragraph: the cursor is shown
    // right after it, on the screen, with the head still on top.
    s.pty.send("\x1b[H");
    s.pty.send("START X");
    s.wait("START X");
    let (row, before) = s.at_cursor();
    assert!(
        before.ends_with("› START X"),
        "cursor on `{row}` after `{before}`"
    );
    let rows = s.rows();
    assert!(
        rows[0].starts_with("Issue I · Recommendation 1 of 3"),
        "{rows:#?}"
    );
    // End, and the last words are in sight with the cursor after them.
    s.pty.send("\x1b[F");
    s.pty.send("Z");
    s.wait("w120Z");
    let (row, before) = s.at_cursor();
    assert!(
        before.ends_with("w120Z"),
        "cursor on `{row}` after `{before}`"
    );
    // The paragraph joins the screen, and the head stays on top.
    s.pty.send("\r");
    s.wait("¶2 (121 words)");
    let rows = s.rows();
    assert!(
        rows[0].starts_with("Issue I · Recommendation 1 of 3"),
        "{rows:#?}"
    );
    s.pty.send("\r");
    s.wait("✓ I.1 saved");
    let json = read_json(&dir.path().join("reply.json"));
    let comment = json["answers"]["I.1"]["comments"].as_str().unwrap();
    assert!(comment.starts_with("START Xw001 w002"), "{comment}");
    assert!(comment.ends_with("w119 w120Z"), "{comment}");
}

/// Issue 12: a resize while a comment line was typed overwrote the hint
/// lines above it (each redraw moved up by the rows of the old width).
/// Now the screen is drawn again at the new size, and the line with it.
#[cfg(target_os = "linux")]
#[test]
fn a_resize_while_typing_draws_the_screen_again_at_the_new_size() {
    let dir = tempfile::tempdir().unwrap();
    write_draft(&dir.path().join("reply.json"));
    let mut s = fill(dir.path(), 40, 20);
    s.wait("y YES");
    s.pty.send("y");
    s.wait("¶1 (0 words)");
    let text = "A paragraph long enough to wrap over several rows of a narrow terminal.";
    s.pty.send(text);
    s.wait("terminal.");
    s.resize(60, 20);
    s.pty.send("\x1b[H");
    s.pty.send("X");
    s.wait("› XA paragraph");
    s.pty.send("\x1b[F");
    s.pty.send("Z");
    s.wait("terminal.Z");
    let rows = s.rows();
    let screen = rows.join("\n");
    // Drawn again at 60 columns: the position line fits on one row now.
    assert!(
        screen.contains("Issue I · Recommendation 1 of 3 · 0 of 16 answered"),
        "{screen}"
    );
    for kept in [
        "Comments (expected, at most 200 words)",
        "Type a paragraph and press Enter.",
        "Tab: write it in",
    ] {
        assert!(
            screen.contains(kept),
            "`{kept}` is still on the screen:\n{screen}"
        );
    }
    // The line itself is laid out at the new width.
    let (row, before) = s.at_cursor();
    assert!(
        before.ends_with("terminal.Z"),
        "cursor on `{row}` after `{before}`"
    );
    assert!(
        rows.iter()
            .any(|r| r.chars().count() > 40 && r.contains("paragraph")),
        "{screen}"
    );
    s.pty.send("\r");
    s.wait("¶2 (");
    s.pty.send("\r");
    s.wait("✓ I.1 saved");
    let json = read_json(&dir.path().join("reply.json"));
    assert_eq!(
        json["answers"]["I.1"]["comments"],
        format!("X{text}Z").as_str()
    );
}
