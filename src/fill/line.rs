//! The one line editor of `qnr fill`, for every text prompt: a respondent
//! field, the go-to prompt, a line of a comment. It inserts at the cursor,
//! moves it (←/→, Ctrl-←/→ and Alt-b/f by words, Home/End, Ctrl-A/E/B/F),
//! erases (Backspace, Delete, Ctrl-W or Alt-Backspace a word, Ctrl-U to the
//! start, Ctrl-K to the end), and measures text in terminal cells, so
//! double-width text is drawn where it is.
//!
//! A value offered (a saved answer, a suggestion) is shown dimmed as a
//! default: Enter takes it, typing replaces it, → or End takes it into the
//! line to edit. Pasted text (and keys that arrive all at once) never
//! confirms the prompt: in a comment its line breaks stay, in a field they
//! join the lines into one, so a pasted address never spills into the next
//! fields. The line is drawn in rows of its own (no reliance on the
//! terminal's wrapping), at most as many as the screen has room for, the
//! cursor's row always among them.

use std::io;

use dialoguer::console::Term;
use unicode_width::UnicodeWidthChar;

use super::keys::{Input, Key, Keyboard};
use super::prompt::Stop;

/// How a line ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum End {
    /// Enter: the text (the default, when it was taken).
    Enter(String),
    /// Tab in a comment: continue in the editor with the text so far.
    Editor(String),
    /// Ctrl-D: the comment is finished, with this last line.
    Done(String),
}

/// What kind of text the line holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// One value: pasted line breaks join the lines.
    Field,
    /// A paragraph of a comment: pasted line breaks stay; Tab opens the
    /// editor, Ctrl-D finishes the comment.
    Comment,
}

/// The prompt before the text, styled, and its width in cells; made from
/// the text so far (a comment's word count follows the typing).
pub(crate) type Prompt<'a> = dyn Fn(&str) -> (String, usize) + 'a;

/// One prompt to read.
pub(crate) struct Request<'a> {
    pub prompt: &'a Prompt<'a>,
    /// Text already in the line, to edit (a refused value to correct).
    pub initial: &'a str,
    /// A value offered: shown dimmed; Enter takes it, typing replaces it.
    pub default: Option<&'a str>,
    /// The default as drawn (dimmed), same text.
    pub default_styled: Option<&'a str>,
    pub kind: Kind,
}

/// Redraws the screen above the line after a resize; returns how many rows
/// are left for the line.
pub(crate) type Repaint<'a> = dyn FnMut() -> io::Result<usize> + 'a;

/// Reads one line at the cursor. `rows` is how many rows of the screen the
/// line may take. Ctrl-C is [`Stop::Interrupted`].
pub(crate) fn read(
    term: &Term,
    keyboard: &mut Keyboard,
    request: &Request<'_>,
    rows: usize,
    repaint: &mut Repaint<'_>,
) -> Result<End, Stop> {
    let mut line = Line {
        text: request.initial.to_string(),
        cursor: request.initial.len(),
        default: request.default.filter(|_| request.initial.is_empty()),
        kind: request.kind,
    };
    let mut view = View {
        drawn_above: 0,
        rows: rows.max(1),
        width: width(keyboard),
    };
    view.draw(term, request, &line)?;
    loop {
        let input = keyboard.next()?;
        let end = match input {
            Input::Resize => {
                view.rows = repaint()?.max(1);
                view.width = width(keyboard);
                view.drawn_above = 0;
                None
            }
            Input::Paste(text) => {
                line.paste(&text);
                None
            }
            Input::Keys(keys) => {
                // Keys that came all at once with text among them are a
                // paste (a terminal without bracketed paste) or type-ahead:
                // an Enter with more keys after it breaks the line, never
                // confirms it, so the lines after it cannot spill into the
                // next prompts. A last Enter confirms, unless more keys
                // follow at once (a long paste the terminal sent in parts).
                let text = keys.iter().any(|k| matches!(k, Key::Char(_)));
                let count = keys.len();
                let mut end = None;
                for (i, key) in keys.into_iter().enumerate() {
                    let pasted = text
                        && count > 1
                        && key == Key::Enter
                        && (i + 1 < count || keyboard.more_at_once()?);
                    if pasted {
                        line.paste("\n");
                        continue;
                    }
                    end = line.key(key)?;
                    if end.is_some() {
                        break;
                    }
                }
                end
            }
        };
        if let Some(end) = end {
            line.default = None;
            view.draw(term, request, &line)?;
            view.finish(term, request, &line)?;
            return Ok(end);
        }
        view.draw(term, request, &line)?;
    }
}

fn width(keyboard: &Keyboard) -> usize {
    keyboard.size().map_or(80, |(w, _)| usize::from(w)).max(10)
}

/// The text being edited.
#[derive(Debug)]
struct Line<'a> {
    text: String,
    /// Byte offset of the cursor in `text`, on a character boundary.
    cursor: usize,
    /// The value offered, while the line is empty and untouched.
    default: Option<&'a str>,
    kind: Kind,
}

impl Line<'_> {
    /// Applies one key; `Some` when the line ends.
    fn key(&mut self, key: Key) -> Result<Option<End>, Stop> {
        let offered = self.default.take();
        match key {
            Key::Ctrl('c') => return Err(Stop::Interrupted),
            Key::Enter => {
                if let Some(default) = offered.filter(|_| self.text.is_empty()) {
                    self.text = default.to_string();
                    self.cursor = self.text.len();
                }
                return Ok(Some(End::Enter(self.text.clone())));
            }
            Key::Tab if self.kind == Kind::Comment => {
                return Ok(Some(End::Editor(self.text.clone())));
            }
            Key::Ctrl('d') if self.kind == Kind::Comment => {
                return Ok(Some(End::Done(self.text.clone())));
            }
            Key::Char(c) if !c.is_control() => self.insert(&c.to_string()),
            // Taking the offered value into the line, to edit it.
            Key::Right | Key::End | Key::Ctrl('e' | 'f') if offered.is_some() => {
                self.text = offered.unwrap_or_default().to_string();
                self.cursor = self.text.len();
            }
            // Moving keys leave it offered.
            Key::Left | Key::Home | Key::WordLeft | Key::WordRight | Key::Ctrl('a' | 'b')
                if offered.is_some() =>
            {
                self.default = offered;
            }
            // Erasing keys on an offered value drop it.
            Key::Backspace | Key::Delete | Key::Ctrl('u' | 'k' | 'w') | Key::WordBackspace
                if offered.is_some() => {}
            Key::Backspace => {
                let start = self.before(self.cursor);
                self.text.replace_range(start..self.cursor, "");
                self.cursor = start;
            }
            Key::Delete | Key::Ctrl('d') => {
                let end = self.after(self.cursor);
                self.text.replace_range(self.cursor..end, "");
            }
            Key::Left | Key::Ctrl('b') => self.cursor = self.before(self.cursor),
            Key::Right | Key::Ctrl('f') => self.cursor = self.after(self.cursor),
            Key::WordLeft => self.cursor = self.word_start(),
            Key::WordRight => self.cursor = self.word_end(),
            Key::Home | Key::Ctrl('a') => self.cursor = 0,
            Key::End | Key::Ctrl('e') => self.cursor = self.text.len(),
            Key::Ctrl('u') => {
                self.text.replace_range(..self.cursor, "");
                self.cursor = 0;
            }
            Key::Ctrl('k') => self.text.truncate(self.cursor),
            Key::Ctrl('w') | Key::WordBackspace => {
                let start = self.word_start();
                self.text.replace_range(start..self.cursor, "");
                self.cursor = start;
            }
            // Anything else keeps what was offered.
            _ => self.default = offered,
        }
        Ok(None)
    }

    /// Pasted text, at the cursor: line breaks kept in a comment, joined in
    /// a field.
    fn paste(&mut self, text: &str) {
        self.default = None;
        let text: String = text
            .chars()
            .map(|c| if c == '\t' { ' ' } else { c })
            .filter(|c| *c == '\n' || !c.is_control())
            .collect();
        match self.kind {
            Kind::Comment => self.insert(&text),
            Kind::Field => {
                let mut joined = String::new();
                let before = &self.text[..self.cursor];
                let mut after_break = text.starts_with('\n') && !before.trim().is_empty();
                for part in text.split('\n') {
                    let part = part.trim();
                    if part.is_empty() {
                        after_break = true;
                        continue;
                    }
                    if after_break {
                        let so_far = format!("{before}{joined}");
                        let so_far = so_far.trim_end();
                        if !so_far.is_empty() {
                            let last = so_far.chars().last().unwrap_or(' ');
                            joined = joined.trim_end().to_string();
                            joined.push_str(if ",;:".contains(last) { " " } else { ", " });
                        }
                    }
                    joined.push_str(part);
                    after_break = true;
                }
                self.insert(&joined);
            }
        }
    }

    fn insert(&mut self, text: &str) {
        self.text.insert_str(self.cursor, text);
        self.cursor += text.len();
    }

    fn before(&self, at: usize) -> usize {
        self.text[..at]
            .chars()
            .next_back()
            .map_or(at, |c| at - c.len_utf8())
    }

    fn after(&self, at: usize) -> usize {
        self.text[at..]
            .chars()
            .next()
            .map_or(at, |c| at + c.len_utf8())
    }

    /// The start of the word before the cursor (spaces before it skipped).
    fn word_start(&self) -> usize {
        let kept = self.text[..self.cursor].trim_end().len();
        self.text[..kept].rfind(char::is_whitespace).map_or(0, |i| {
            i + self.text[i..].chars().next().map_or(1, char::len_utf8)
        })
    }

    /// The end of the word after the cursor.
    fn word_end(&self) -> usize {
        let rest = &self.text[self.cursor..];
        let start = rest.len() - rest.trim_start().len();
        let word = &rest[start..];
        let end = word.find(char::is_whitespace).unwrap_or(word.len());
        self.cursor + start + end
    }
}

/// Where the line is on the screen.
struct View {
    /// Rows between the line's first drawn row and the cursor, as drawn last.
    drawn_above: usize,
    /// Most rows the line may take.
    rows: usize,
    width: usize,
}

/// One row of the drawn line: its text, and the cell the cursor is in when
/// it is on this row.
#[derive(Debug, PartialEq, Eq)]
struct Row {
    text: String,
    cursor: Option<usize>,
}

impl View {
    /// Draws the prompt and the line over what was drawn before, then puts
    /// the cursor where it belongs.
    fn draw(&mut self, term: &Term, request: &Request<'_>, line: &Line<'_>) -> io::Result<()> {
        let (prompt, prompt_width) = (request.prompt)(&line.text);
        let rows = layout(prompt_width, line, self.width);
        let at = rows.iter().position(|r| r.cursor.is_some()).unwrap_or(0);
        // The rows that fit, the cursor's among them.
        let first = (at + 1).saturating_sub(self.rows);
        let shown = &rows[first..rows.len().min(first + self.rows)];
        let mut out = String::new();
        if self.drawn_above > 0 {
            out.push_str(&format!("\x1b[{}A", self.drawn_above));
        }
        out.push_str("\r\x1b[J");
        for (i, row) in shown.iter().enumerate() {
            if i > 0 {
                out.push_str("\r\n");
            }
            if first == 0 && i == 0 {
                // The row starts with the prompt's width in spaces.
                out.push_str(&prompt);
                out.push_str(row.text.get(prompt_width..).unwrap_or(""));
            } else {
                out.push_str(&row.text);
            }
        }
        if let Some(default) = line.default.filter(|_| line.text.is_empty()) {
            let styled = request.default_styled.unwrap_or(default);
            // The default is shown after the prompt (its rows are not
            // counted: it is one value, cut to the row).
            let room = self.width.saturating_sub(prompt_width + 1);
            if room > 0 {
                let cut = fit(default, room);
                out.push_str(&if cut.len() == default.len() {
                    styled.to_string()
                } else {
                    cut
                });
            }
        }
        let cursor_row = at - first;
        let up = shown.len().saturating_sub(1) - cursor_row;
        if up > 0 {
            out.push_str(&format!("\x1b[{up}A"));
        }
        out.push('\r');
        let column = shown[cursor_row].cursor.unwrap_or(0);
        if column > 0 {
            out.push_str(&format!("\x1b[{column}C"));
        }
        term.write_str(&out)?;
        self.drawn_above = cursor_row;
        Ok(())
    }

    /// Leaves the cursor below the finished line.
    fn finish(&mut self, term: &Term, request: &Request<'_>, line: &Line<'_>) -> io::Result<()> {
        let rows = layout((request.prompt)(&line.text).1, line, self.width);
        let at = rows.iter().position(|r| r.cursor.is_some()).unwrap_or(0);
        let first = (at + 1).saturating_sub(self.rows);
        let shown = rows.len().min(first + self.rows) - first;
        let below = shown.saturating_sub(1) - (at - first);
        if below > 0 {
            term.write_str(&format!("\x1b[{below}B"))?;
        }
        term.write_str("\r\n")
    }
}

/// `text` cut to `cells` columns.
fn fit(text: &str, cells: usize) -> String {
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w > cells {
            break;
        }
        used += w;
        out.push(c);
    }
    out
}

/// The prompt (as spaces) and the text, cut into rows of at most `width`
/// cells: a character that does not fit starts the next row, a pasted line
/// break starts one indented under the prompt. The cursor's cell is marked.
fn layout(prompt_width: usize, line: &Line<'_>, width: usize) -> Vec<Row> {
    let width = width.max(prompt_width + 2).max(4);
    let indent = prompt_width.min(width / 2);
    let mut rows = vec![Row {
        text: " ".repeat(prompt_width),
        cursor: None,
    }];
    let mut used = prompt_width;
    // Each character is drawn made safe (an escape sequence shown, not
    // obeyed); the cursor is placed by characters, not bytes.
    let cursor_chars = line.text[..line.cursor].chars().count();
    let mut chars_seen = 0;
    let escaped: Vec<String> = line
        .text
        .chars()
        .map(|c| match c {
            '\n' => "\n".to_string(),
            c => crate::escape::terminal::one_line(&c.to_string()),
        })
        .collect();
    for piece in escaped {
        if chars_seen == cursor_chars {
            mark(&mut rows, &mut used, width);
        }
        chars_seen += 1;
        if piece == "\n" {
            rows.push(Row {
                text: " ".repeat(indent),
                cursor: None,
            });
            used = indent;
            continue;
        }
        for c in piece.chars() {
            let w = c.width().unwrap_or(0);
            if used + w > width {
                rows.push(Row {
                    text: String::new(),
                    cursor: None,
                });
                used = 0;
            }
            if let Some(row) = rows.last_mut() {
                row.text.push(c);
            }
            used += w;
        }
    }
    if chars_seen == cursor_chars {
        mark(&mut rows, &mut used, width);
    }
    rows
}

/// Marks the cursor at the end of the last row (on a new row when the last
/// is full).
fn mark(rows: &mut Vec<Row>, used: &mut usize, width: usize) {
    if *used >= width {
        rows.push(Row {
            text: String::new(),
            cursor: None,
        });
        *used = 0;
    }
    if let Some(row) = rows.last_mut() {
        row.cursor = Some(*used);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(text: &str, kind: Kind) -> Line<'static> {
        Line {
            text: text.to_string(),
            cursor: text.len(),
            default: None,
            kind,
        }
    }

    fn type_keys(line: &mut Line<'_>, keys: &[Key]) -> Option<End> {
        for key in keys {
            if let Some(end) = line.key(*key).unwrap() {
                return Some(end);
            }
        }
        None
    }

    fn chars(text: &str) -> Vec<Key> {
        text.chars().map(Key::Char).collect()
    }

    /// Issue 12, data loss 4: typing at a field with a saved or suggested
    /// value appended to it (`Republic of Example/skip`,
    /// `2026-12-022019-05-15`). Typing now replaces what is offered.
    #[test]
    fn typing_replaces_the_default_and_enter_takes_it() {
        let mut l = line("", Kind::Field);
        l.default = Some("2026-12-02");
        assert_eq!(
            type_keys(&mut l, &[Key::Enter]),
            Some(End::Enter("2026-12-02".into()))
        );
        let mut l = line("", Kind::Field);
        l.default = Some("Republic of Example");
        let mut keys = chars("/skip");
        keys.push(Key::Enter);
        assert_eq!(type_keys(&mut l, &keys), Some(End::Enter("/skip".into())));
        let mut l = line("", Kind::Field);
        l.default = Some("2026-12-02");
        let mut keys = chars("2019-05-15");
        keys.push(Key::Enter);
        assert_eq!(
            type_keys(&mut l, &keys),
            Some(End::Enter("2019-05-15".into()))
        );
    }

    #[test]
    fn the_default_can_be_taken_into_the_line_or_dropped() {
        let mut l = line("", Kind::Field);
        l.default = Some("Narnia");
        let end = type_keys(&mut l, &[Key::End, Key::Char('!'), Key::Enter]);
        assert_eq!(end, Some(End::Enter("Narnia!".into())));
        let mut l = line("", Kind::Field);
        l.default = Some("Narnia");
        let end = type_keys(&mut l, &[Key::Backspace, Key::Enter]);
        assert_eq!(end, Some(End::Enter(String::new())), "erased: empty");
        let mut l = line("", Kind::Field);
        l.default = Some("Narnia");
        let end = type_keys(&mut l, &[Key::Home, Key::Enter]);
        assert_eq!(end, Some(End::Enter("Narnia".into())), "a move keeps it");
    }

    #[test]
    fn editing_keys_work_as_in_a_shell() {
        let mut l = line("abc", Kind::Field);
        let keys = [
            Key::Left,
            Key::Left,
            Key::Delete,
            Key::End,
            Key::Char('X'),
            Key::Home,
            Key::Char('Y'),
        ];
        type_keys(&mut l, &keys);
        assert_eq!(l.text, "YacX");
        let mut l = line("alpha beta gamma", Kind::Comment);
        type_keys(&mut l, &[Key::WordLeft, Key::Ctrl('k')]);
        assert_eq!(l.text, "alpha beta ");
        type_keys(&mut l, &[Key::Ctrl('w')]);
        assert_eq!(l.text, "alpha ");
        type_keys(&mut l, &[Key::Home, Key::WordRight, Key::Char('!')]);
        assert_eq!(l.text, "alpha! ");
        type_keys(&mut l, &[Key::Ctrl('u')]);
        assert_eq!(l.text, " ");
        let mut l = line("東京都千代", Kind::Field);
        type_keys(
            &mut l,
            &[
                Key::Left,
                Key::Left,
                Key::Char('Z'),
                Key::Backspace,
                Key::Backspace,
            ],
        );
        assert_eq!(l.text, "東京千代");
    }

    #[test]
    fn a_pasted_address_joins_into_one_line_in_a_field() {
        let mut l = line("", Kind::Field);
        l.paste(
            "Chief Inspector\nNational Drug Control Agency\n\n1 Example Street, Capital City\n",
        );
        assert_eq!(
            l.text,
            "Chief Inspector, National Drug Control Agency, 1 Example Street, Capital City"
        );
        let mut l = line("Office:", Kind::Field);
        l.paste("\nRoom 4\n");
        assert_eq!(l.text, "Office: Room 4");
        let mut l = line("", Kind::Comment);
        l.paste("One.\n\nTwo.\tend");
        assert_eq!(l.text, "One.\n\nTwo. end");
    }

    #[test]
    fn rows_are_cut_in_cells_and_the_cursor_is_marked() {
        let l = line("abcdefgh", Kind::Field);
        let rows = layout(2, &l, 6);
        assert_eq!(
            rows,
            [
                Row {
                    text: "  abcd".into(),
                    cursor: None
                },
                Row {
                    text: "efgh".into(),
                    cursor: Some(4)
                },
            ]
        );
        // A full row puts the cursor on the next one.
        let rows = layout(2, &line("abcdefghij", Kind::Field), 6);
        assert_eq!(rows.len(), 3);
        assert_eq!(rows[2].cursor, Some(0));
        // A wide character that does not fit starts the next row.
        let mut l = line("ab東京", Kind::Field);
        l.cursor = 2;
        let rows = layout(2, &l, 5);
        assert_eq!(rows[0].text, "  ab");
        assert_eq!(rows[0].cursor, Some(4));
        assert_eq!(rows[1].text, "東京");
        let mut l = line("ab\ncd", Kind::Comment);
        l.cursor = 4;
        let rows = layout(2, &l, 20);
        assert_eq!(rows[1].text, "  cd");
        assert_eq!(rows[1].cursor, Some(3));
        let hostile = line("a\u{1b}[2J", Kind::Field);
        assert!(layout(2, &hostile, 40)[0].text.contains("\\u{1b}[2J"));
    }
}
