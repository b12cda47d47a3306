//! Text as Markdown that reads back as the text: comments may hold `#`,
//! `*`, `>`, `|`, backticks, HTML, lines starting with numbers or spaces.
//! Markup characters get a backslash, and a line that would start a list,
//! a heading or a setext underline is defused. Two readers:
//! - the Markdown form ([`paragraph`]) must read back exactly, so
//!   whitespace at either end of a line and control characters become
//!   numeric character references, which every CommonMark reader decodes;
//! - a report ([`inline`], [`block`]) is read by people, so invisible
//!   characters are written out as `\u{…}` ([`super::visible`]).

use std::fmt::Write;

use super::visible::visible;
use super::{Replacement, replace_ascii};

/// ASCII punctuation that can start or end markup anywhere in a line.
const MARKUP: &[u8] = b"\\`*_[]<>&|~#";

/// What a report backslashes or replaces: [`MARKUP`], `!` (not needed once
/// `[` is escaped; reports have always escaped it), and the line breaks and
/// tabs that become spaces.
const REPORT_SPECIAL: [bool; 256] = {
    let mut table = [false; 256];
    let mut i = 0;
    while i < MARKUP.len() {
        table[MARKUP[i] as usize] = true;
        i += 1;
    }
    table[b'!' as usize] = true;
    table[b'\n' as usize] = true;
    table[b'\t' as usize] = true;
    table
};

fn is_markup(c: char) -> bool {
    c.is_ascii() && MARKUP.contains(&(c as u8))
}

/// A `-`, `+` or `=` that starts a line would start a list or underline a heading.
fn starts_block(c: char) -> bool {
    matches!(c, '-' | '+' | '=')
}

/// The byte index of the `.` or `)` of an ordered-list marker (`2018.`)
/// that starts `body`, if it has at most `max_digits` digits.
fn ordered_marker(body: &str, max_digits: usize) -> Option<usize> {
    let digits = body.bytes().take_while(u8::is_ascii_digit).count();
    (1..=max_digits).contains(&digits).then_some(())?;
    matches!(body.as_bytes().get(digits), Some(b'.' | b')')).then_some(digits)
}

/// CommonMark reads at most nine digits as a list number.
const LIST_NUMBER_DIGITS: usize = 9;

/// Escapes one paragraph of a form (it may hold line breaks, no blank lines).
pub(crate) fn paragraph(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    for (n, line) in text.split('\n').enumerate() {
        if n > 0 {
            out.push('\n');
        }
        form_line(line, &mut out);
    }
    out
}

/// Escapes one line of a form.
fn form_line(line: &str, out: &mut String) {
    let body_start = line.len() - line.trim_start().len();
    let body_end = line.trim_end().len().max(body_start);
    for c in line[..body_start].chars() {
        reference(c, out);
    }
    let body = &line[body_start..body_end];
    let numbered = ordered_marker(body, LIST_NUMBER_DIGITS);
    for (i, c) in body.char_indices() {
        if (i == 0 && starts_block(c)) || Some(i) == numbered || is_markup(c) {
            out.push('\\');
            out.push(c);
        } else if c.is_control() {
            reference(c, out);
        } else {
            out.push(c);
        }
    }
    for c in line[body_end..].chars() {
        reference(c, out);
    }
}

fn reference(c: char, out: &mut String) {
    let _ = write!(out, "&#{};", u32::from(c));
}

/// Escapes one line of text for a report (a table cell, a list item):
/// markup is backslashed and line breaks become spaces.
pub(crate) fn inline(text: &str) -> String {
    report_line(text, false)
}

/// Escapes a comment for a report: paragraphs stay paragraphs, each line
/// escaped and ending in a hard break, a line that would start a list or
/// heading defused.
pub(crate) fn block(text: &str) -> String {
    text.split("\n\n")
        .map(|paragraph| {
            paragraph
                .split('\n')
                .map(|line| report_line(line.trim(), true))
                .collect::<Vec<_>>()
                .join("  \n")
        })
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// One line for a report; with `numbered`, a leading `1.` is defused too
/// (any number of digits: reports have always done so).
fn report_line(text: &str, numbered: bool) -> String {
    let text = visible(text);
    let marker = if numbered {
        ordered_marker(&text, usize::MAX)
    } else {
        None
    };
    replace_ascii(&text, |i, b| {
        let special = REPORT_SPECIAL[usize::from(b)]
            || (i == 0 && starts_block(char::from(b)))
            || Some(i) == marker;
        match b {
            _ if !special => None,
            b'\n' | b'\t' => Some(Replacement::With(" ")),
            _ => Some(Replacement::Backslashed),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn form_markup_is_escaped() {
        assert_eq!(
            paragraph("a *b* `c` <d> & e|f"),
            "a \\*b\\* \\`c\\` \\<d\\> \\& e\\|f"
        );
        assert_eq!(paragraph("# not a heading"), "\\# not a heading");
        assert_eq!(paragraph("2018. A year"), "2018\\. A year");
        assert_eq!(paragraph("1) first"), "1\\) first");
        assert_eq!(
            paragraph("- item\n+ item\n=== "),
            "\\- item\n\\+ item\n\\===&#32;"
        );
    }

    #[test]
    fn form_edge_whitespace_and_controls_become_references() {
        assert_eq!(paragraph("a\n    b"), "a\n&#32;&#32;&#32;&#32;b");
        assert_eq!(paragraph("a\tb\u{1b}"), "a&#9;b&#27;");
        assert_eq!(paragraph("\u{a0}x"), "&#160;x");
    }

    #[test]
    fn form_plain_text_stays_readable() {
        let text = "The Ministry’s “Hydra” case (2018): 740 publications, 100,000 views.";
        assert_eq!(paragraph(text), text);
    }

    #[test]
    fn report_markup_is_defused() {
        assert_eq!(inline("# *bold* | <b>"), "\\# \\*bold\\* \\| \\<b\\>");
        assert_eq!(inline("- item"), "\\- item");
        assert_eq!(inline("1. not a list in a cell"), "1. not a list in a cell");
        assert_eq!(block("1. first\n2) second"), "1\\. first  \n2\\) second");
        assert_eq!(block("12345678901. long"), "12345678901\\. long");
        assert_eq!(block("one\n\ntwo"), "one\n\ntwo");
        assert_eq!(inline("a\u{1b}[2J"), "a\\\\u{1b}\\[2J");
    }
}
