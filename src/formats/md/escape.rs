//! Escaping text for Markdown so that a CommonMark reader gives back exactly
//! the text written: comments may hold `#`, `*`, `>`, `|`, backticks, HTML,
//! lines starting with numbers or spaces. Markup characters get a backslash;
//! whitespace at either end of a line and control characters become numeric
//! character references, which every CommonMark reader decodes.

use std::fmt::Write;

/// ASCII punctuation that can start or end markup anywhere in a line.
const ALWAYS: &[char] = &['\\', '`', '*', '_', '[', ']', '<', '>', '&', '|', '~', '#'];

/// Escapes one paragraph (it may hold line breaks, no blank lines).
pub(crate) fn paragraph(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    for (n, line) in text.split('\n').enumerate() {
        if n > 0 {
            out.push('\n');
        }
        escape_line(line, &mut out);
    }
    out
}

/// Escapes one line of text.
fn escape_line(line: &str, out: &mut String) {
    let body_start = line.len() - line.trim_start().len();
    let body_end = line.trim_end().len().max(body_start);
    for c in line[..body_start].chars() {
        reference(c, out);
    }
    let body = &line[body_start..body_end];
    let numbered = ordered_marker(body);
    for (i, c) in body.char_indices() {
        let starts_block = i == 0 && matches!(c, '-' | '+' | '=');
        if starts_block || Some(i) == numbered || ALWAYS.contains(&c) {
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

/// The byte index of the `.` or `)` of an ordered-list marker (`2018.`), if the line starts with one.
fn ordered_marker(body: &str) -> Option<usize> {
    let digits = body.bytes().take_while(u8::is_ascii_digit).count();
    (1..=9).contains(&digits).then_some(())?;
    matches!(body.as_bytes().get(digits), Some(b'.' | b')')).then_some(digits)
}

fn reference(c: char, out: &mut String) {
    let _ = write!(out, "&#{};", u32::from(c));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_is_escaped() {
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
    fn edge_whitespace_and_controls_become_references() {
        assert_eq!(paragraph("a\n    b"), "a\n&#32;&#32;&#32;&#32;b");
        assert_eq!(paragraph("a\tb\u{1b}"), "a&#9;b&#27;");
        assert_eq!(paragraph("\u{a0}x"), "&#160;x");
    }

    #[test]
    fn plain_text_stays_readable() {
        let text = "The Ministry’s “Hydra” case (2018): 740 publications, 100,000 views.";
        assert_eq!(paragraph(text), text);
    }
}
