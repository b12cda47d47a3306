//! Text from a reply is data in every report format: in HTML it is escaped
//! so `<script>` shows as text, in Markdown its markup characters are
//! backslashed. Control characters and bidi overrides, which would reorder
//! what a reader sees, are shown as `\u{…}` everywhere; in country names
//! zero-width characters are shown too (see [`name`]).

use std::fmt::Write;

/// Characters that change how text around them reads without being seen.
fn is_invisible(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

fn is_zero_width(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}')
}

/// A country name with zero-width characters written out, so that two
/// names that look alike in the report are alike in the files. (Comments
/// keep them: Persian writing needs the zero-width non-joiner.)
pub(crate) fn name(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.chars().any(is_zero_width) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if is_zero_width(c) {
            let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// The text with invisible characters written out as `\u{202e}`.
pub(crate) fn visible(text: &str) -> std::borrow::Cow<'_, str> {
    // Most text is ASCII, where only C0 controls and DEL can be invisible.
    let clean = if text.is_ascii() {
        !text
            .bytes()
            .any(|b| (b < 0x20 && b != b'\n' && b != b'\t') || b == 0x7f)
    } else {
        !text.chars().any(is_invisible)
    };
    if clean {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if is_invisible(c) && c != '\r' {
            let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
        } else if c != '\r' {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// Escapes text for HTML element content and quoted attribute values.
pub(crate) fn html(text: &str) -> String {
    let text = visible(text);
    let mut out = String::with_capacity(text.len() + 16);
    // Copy the runs between special characters whole: most text has none.
    let mut from = 0;
    for (i, b) in text.bytes().enumerate() {
        let entity = match b {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            b'\'' => "&#39;",
            _ => continue,
        };
        out.push_str(&text[from..i]);
        out.push_str(entity);
        from = i + 1;
    }
    out.push_str(&text[from..]);
    out
}

/// Markdown punctuation that can start or end markup anywhere in a line.
const MD_MARKUP: &[u8] = b"\\`*_[]<>&|~#!";

/// [`MD_MARKUP`] and the line breaks, as a table by byte.
const MD_SPECIAL: [bool; 256] = {
    let mut table = [false; 256];
    let mut i = 0;
    while i < MD_MARKUP.len() {
        table[MD_MARKUP[i] as usize] = true;
        i += 1;
    }
    table[b'\n' as usize] = true;
    table[b'\t' as usize] = true;
    table
};

/// Escapes one line of text for Markdown (a table cell, a list item):
/// markup is backslashed and line breaks become spaces.
pub(crate) fn md_inline(text: &str) -> String {
    let text = visible(text);
    let mut out = String::with_capacity(text.len() + 16);
    // Copy the runs between special characters whole: most text has none.
    let mut from = 0;
    for (i, b) in text.bytes().enumerate() {
        let starts_block = i == 0 && matches!(b, b'-' | b'+' | b'=');
        if !(MD_SPECIAL[usize::from(b)] || starts_block) {
            continue;
        }
        out.push_str(&text[from..i]);
        if b != b'\n' && b != b'\t' {
            out.push('\\');
            out.push(char::from(b));
        } else {
            out.push(' ');
        }
        from = i + 1;
    }
    out.push_str(&text[from..]);
    out
}

/// Escapes a comment for Markdown: paragraphs stay paragraphs, each line
/// escaped, a line that would start a list or heading defused.
pub(crate) fn md_block(text: &str) -> String {
    text.split("\n\n")
        .map(|paragraph| {
            paragraph
                .split('\n')
                .map(|line| {
                    let line = md_inline(line.trim());
                    defuse_numbered(&line)
                })
                .collect::<Vec<_>>()
                .join("  \n")
        })
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// `1. text` would become a numbered list: `1\. text`.
fn defuse_numbered(line: &str) -> String {
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    match line[digits..].chars().next() {
        Some(c @ ('.' | ')')) if digits > 0 => {
            format!("{}\\{c}{}", &line[..digits], &line[digits + 1..])
        }
        _ => line.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_markup_in_a_reply_is_text() {
        assert_eq!(
            html("<script>alert(1)</script>"),
            "&lt;script&gt;alert(1)&lt;/script&gt;"
        );
        assert_eq!(
            html("\"><svg onload=alert(1)>"),
            "&quot;&gt;&lt;svg onload=alert(1)&gt;"
        );
        assert_eq!(html("R&D 'x'"), "R&amp;D &#39;x&#39;");
    }

    #[test]
    fn bidi_and_zero_width_characters_are_shown() {
        assert_eq!(html("Ex\u{202E}ample"), "Ex\\u{202e}ample");
        assert_eq!(visible("a\u{7f}b\u{1b}"), "a\\u{7f}b\\u{1b}");
        assert_eq!(visible("é\u{9b}"), "é\\u{9b}");
        assert_eq!(visible("line\n\tnext"), "line\n\tnext");
        assert_eq!(name("A\u{200B}B\u{FEFF}"), "A\\u{200b}B\\u{feff}");
        assert_eq!(html("\u{645}\u{200C}\u{6cc}"), "\u{645}\u{200C}\u{6cc}");
        assert_eq!(md_inline("a\u{1b}[2J"), "a\\\\u{1b}\\[2J");
    }

    #[test]
    fn markdown_markup_is_defused() {
        assert_eq!(md_inline("# *bold* | <b>"), "\\# \\*bold\\* \\| \\<b\\>");
        assert_eq!(md_inline("- item"), "\\- item");
        assert_eq!(md_block("1. first\n2) second"), "1\\. first  \n2\\) second");
        assert_eq!(md_block("one\n\ntwo"), "one\n\ntwo");
    }
}
