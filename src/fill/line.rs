//! One line of a comment, read key by key in the terminal. dialoguer has no
//! multi-line input and cannot hand a key (Tab for the editor) back to the
//! caller, so this small reader does: it appends, erases (Backspace, Ctrl-W a
//! word, Ctrl-U the line), wraps at the terminal's width, and takes pasted
//! text whole (bracketed paste), so the blank lines of a pasted comment do
//! not end it.

use std::io;

use dialoguer::console::{Key, Term};
use unicode_width::UnicodeWidthStr;

/// How a line ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum End {
    /// Enter.
    Enter,
    /// Tab: continue in the editor.
    Editor,
    /// Ctrl-D: the comment is finished.
    Done,
}

/// Bracketed paste: the terminal marks pasted text with these.
pub(crate) const PASTE_ON: &str = "\x1b[?2004h";
pub(crate) const PASTE_OFF: &str = "\x1b[?2004l";

/// Reads one line after `prompt` (already styled; `prompt_width` columns).
/// Ctrl-C returns an `Interrupted` error.
pub(crate) fn read(
    term: &Term,
    prompt: &str,
    prompt_width: usize,
    initial: &str,
) -> io::Result<(String, End)> {
    let mut line = Line {
        term,
        prompt,
        prompt_width,
        width: usize::from(term.size().1).max(20),
        text: initial.to_string(),
    };
    term.write_str(PASTE_ON)?;
    let result = line.run();
    term.write_str(PASTE_OFF)?;
    term.write_line("")?;
    result.map(|end| (line.text, end))
}

struct Line<'a> {
    term: &'a Term,
    prompt: &'a str,
    prompt_width: usize,
    width: usize,
    text: String,
}

impl Line<'_> {
    fn run(&mut self) -> io::Result<End> {
        self.term.write_str(self.prompt)?;
        self.term.write_str(&self.shown(&self.text))?;
        let mut pasting = false;
        loop {
            let key = self.term.read_key_raw()?;
            match key {
                Key::CtrlC => {
                    return Err(io::Error::new(io::ErrorKind::Interrupted, "Ctrl-C"));
                }
                Key::UnknownEscSeq(seq) if seq == ['[', '2', '0'] => {
                    // `ESC [ 2 0 0 ~` starts a paste, `ESC [ 2 0 1 ~` ends it.
                    let marker = self.term.read_key_raw()?;
                    let _tilde = self.term.read_key_raw()?;
                    pasting = marker == Key::Char('0');
                }
                Key::Enter if pasting => self.push('\n')?,
                Key::Tab if pasting => self.push(' ')?,
                Key::Enter => return Ok(End::Enter),
                Key::Tab => return Ok(End::Editor),
                Key::Char('\u{4}') => return Ok(End::Done),
                Key::Backspace => {
                    let before = self.cursor_row();
                    if self.text.pop().is_some() {
                        self.redraw(before)?;
                    }
                }
                Key::Char('\u{15}') => {
                    let before = self.cursor_row();
                    self.text.clear();
                    self.redraw(before)?;
                }
                Key::Char('\u{17}') => {
                    let before = self.cursor_row();
                    let kept = self.text.trim_end().len();
                    let start = self.text[..kept]
                        .rfind(char::is_whitespace)
                        .map_or(0, |i| i + 1);
                    self.text.truncate(start);
                    self.redraw(before)?;
                }
                Key::Char(c) if !c.is_control() => self.push(c)?,
                _ => {}
            }
        }
    }

    fn push(&mut self, c: char) -> io::Result<()> {
        self.text.push(c);
        if c == '\n' {
            self.term
                .write_str(&format!("\r\n{}", " ".repeat(self.prompt_width)))
        } else {
            self.term
                .write_str(&crate::sanitize::one_line(&c.to_string()))
        }
    }

    /// The text as drawn: pasted line breaks continue under the prompt.
    fn shown(&self, text: &str) -> String {
        let indent = format!("\r\n{}", " ".repeat(self.prompt_width));
        crate::sanitize::for_terminal(text)
            .replace('\t', " ")
            .replace('\n', &indent)
    }

    /// The row the cursor is on, counted from the prompt's row. A line that
    /// fills the last column leaves the cursor there (pending wrap), as
    /// terminals since the VT100 do.
    fn cursor_row(&self) -> usize {
        rows_before_cursor(&self.text, self.prompt_width, self.width)
    }

    fn redraw(&mut self, rows_up: usize) -> io::Result<()> {
        if rows_up > 0 {
            self.term.move_cursor_up(rows_up)?;
        }
        self.term.write_str("\r\x1b[J")?;
        self.term.write_str(self.prompt)?;
        self.term.write_str(&self.shown(&self.text))
    }
}

/// Rows between the prompt's row and the cursor after `text` is drawn after
/// a prompt `prompt_width` wide on a terminal `width` wide.
fn rows_before_cursor(text: &str, prompt_width: usize, width: usize) -> usize {
    let width = width.max(1);
    let mut rows = 0;
    let segments: Vec<&str> = text.split('\n').collect();
    for (i, segment) in segments.iter().enumerate() {
        let cells = prompt_width + segment.width();
        if i + 1 == segments.len() {
            rows += cells.saturating_sub(1) / width;
        } else {
            rows += cells.max(1).div_ceil(width);
        }
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_count_wrapping_and_pending_wrap() {
        assert_eq!(rows_before_cursor("", 4, 10), 0);
        assert_eq!(
            rows_before_cursor("abcdef", 4, 10),
            0,
            "exactly full: pending wrap"
        );
        assert_eq!(rows_before_cursor("abcdefg", 4, 10), 1);
        assert_eq!(rows_before_cursor("ab\ncd", 4, 10), 1);
        assert_eq!(rows_before_cursor(&"x".repeat(16), 4, 10), 1);
        assert_eq!(rows_before_cursor(&"x".repeat(17), 4, 10), 2);
        assert_eq!(
            rows_before_cursor("“é”", 0, 2),
            1,
            "counts cells, not bytes"
        );
    }
}
