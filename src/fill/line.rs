//! One line of a comment, read key by key in the terminal. dialoguer has no
//! multi-line input and cannot hand a key (Tab for the editor) back to the
//! caller, so this small reader does: it inserts at the cursor, moves it
//! (arrows, Home/End, Ctrl-A/Ctrl-E), erases (Backspace, Delete, Ctrl-W a
//! word, Ctrl-U to the start, Ctrl-K to the end), wraps at the terminal's
//! width, and takes pasted text whole (bracketed paste), so the blank lines
//! of a pasted comment do not end it.

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
        cursor: initial.len(),
    };
    let _keys = super::keys_mode::KeysMode::enter();
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
    /// Byte offset of the cursor in `text`, on a character boundary.
    cursor: usize,
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
                    if let Some(c) = self.text[..self.cursor].chars().next_back() {
                        let start = self.cursor - c.len_utf8();
                        self.edit(start..self.cursor, "")?;
                    }
                }
                Key::Del => {
                    if let Some(c) = self.text[self.cursor..].chars().next() {
                        self.edit(self.cursor..self.cursor + c.len_utf8(), "")?;
                    }
                }
                Key::ArrowLeft | Key::Char('\u{2}') => {
                    let to = self.text[..self.cursor]
                        .chars()
                        .next_back()
                        .map_or(self.cursor, |c| self.cursor - c.len_utf8());
                    self.move_to(to)?;
                }
                Key::ArrowRight | Key::Char('\u{6}') => {
                    let to = self.text[self.cursor..]
                        .chars()
                        .next()
                        .map_or(self.cursor, |c| self.cursor + c.len_utf8());
                    self.move_to(to)?;
                }
                Key::Home | Key::Char('\u{1}') => self.move_to(0)?,
                Key::End | Key::Char('\u{5}') => self.move_to(self.text.len())?,
                // Ctrl-U: erase to the start of the line.
                Key::Char('\u{15}') => self.edit(0..self.cursor, "")?,
                // Ctrl-K: erase to the end of the line.
                Key::Char('\u{b}') => self.edit(self.cursor..self.text.len(), "")?,
                // Ctrl-W: erase the word before the cursor.
                Key::Char('\u{17}') => {
                    let kept = self.text[..self.cursor].trim_end().len();
                    let start = self.text[..kept]
                        .rfind(char::is_whitespace)
                        .map_or(0, |i| i + 1);
                    self.edit(start..self.cursor, "")?;
                }
                Key::Char(c) if !c.is_control() => self.push(c)?,
                _ => {}
            }
        }
    }

    /// Types `c` at the cursor: at the end it is simply drawn, elsewhere the
    /// line is drawn again.
    fn push(&mut self, c: char) -> io::Result<()> {
        if self.cursor < self.text.len() {
            let mut buffer = [0u8; 4];
            return self.edit(self.cursor..self.cursor, c.encode_utf8(&mut buffer));
        }
        self.text.push(c);
        self.cursor = self.text.len();
        if c == '\n' {
            self.term
                .write_str(&format!("\r\n{}", " ".repeat(self.prompt_width)))
        } else {
            self.term
                .write_str(&crate::escape::terminal::one_line(&c.to_string()))
        }
    }

    /// The text as drawn: pasted line breaks continue under the prompt.
    fn shown(&self, text: &str) -> String {
        let indent = format!("\r\n{}", " ".repeat(self.prompt_width));
        crate::escape::terminal::for_terminal(text)
            .replace('\t', " ")
            .replace('\n', &indent)
    }

    /// Replaces `range` of the text with `with` and leaves the cursor after it.
    fn edit(&mut self, range: std::ops::Range<usize>, with: &str) -> io::Result<()> {
        let before = self.cursor_row();
        self.cursor = range.start + with.len();
        self.text.replace_range(range, with);
        self.redraw(before)
    }

    fn move_to(&mut self, cursor: usize) -> io::Result<()> {
        if cursor == self.cursor {
            return Ok(());
        }
        let before = self.cursor_row();
        self.cursor = cursor;
        self.redraw(before)
    }

    /// The row the cursor is on, counted from the prompt's row.
    fn cursor_row(&self) -> usize {
        if self.cursor == self.text.len() {
            rows_before_cursor(&self.text, self.prompt_width, self.width)
        } else {
            place_before(&self.text[..self.cursor], self.prompt_width, self.width).0
        }
    }

    /// Draws the prompt and the text from the prompt's row (the cursor is
    /// `rows_up` rows below it), then puts the cursor where it belongs.
    fn redraw(&mut self, rows_up: usize) -> io::Result<()> {
        if rows_up > 0 {
            self.term.move_cursor_up(rows_up)?;
        }
        self.term.write_str("\r\x1b[J")?;
        self.term.write_str(self.prompt)?;
        self.term.write_str(&self.shown(&self.text))?;
        if self.cursor == self.text.len() {
            return Ok(());
        }
        let end = rows_before_cursor(&self.text, self.prompt_width, self.width);
        let (row, column) = place_before(&self.text[..self.cursor], self.prompt_width, self.width);
        if end > row {
            self.term.move_cursor_up(end - row)?;
        }
        self.term.write_str("\r")?;
        if column > 0 {
            self.term.move_cursor_right(column)?;
        }
        Ok(())
    }
}

/// Row and column of the cell after `before`, drawn after a prompt
/// `prompt_width` wide on a terminal `width` wide, when more text follows
/// (so a full row has wrapped: no pending wrap).
fn place_before(before: &str, prompt_width: usize, width: usize) -> (usize, usize) {
    let width = width.max(1);
    let (done, last) = before.rsplit_once('\n').unwrap_or(("", before));
    let rows = if before.contains('\n') {
        rows_before_cursor(done, prompt_width, width) + 1
    } else {
        0
    };
    let cells = prompt_width + last.width();
    (rows + cells / width, cells % width)
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
    fn the_cursor_is_placed_in_wrapped_and_pasted_lines() {
        assert_eq!(place_before("", 4, 10), (0, 4));
        assert_eq!(place_before("ab", 4, 10), (0, 6));
        assert_eq!(
            place_before("abcdef", 4, 10),
            (1, 0),
            "a full row wraps when text follows"
        );
        assert_eq!(place_before("abcdefg", 4, 10), (1, 1));
        assert_eq!(
            place_before("ab\n", 4, 10),
            (1, 4),
            "pasted lines are indented"
        );
        assert_eq!(place_before("ab\ncd", 4, 10), (1, 6));
        assert_eq!(place_before("abcdefgh\ncd", 4, 10), (2, 6));
        assert_eq!(place_before("“é”", 0, 2), (1, 1), "counts cells, not bytes");
    }

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
