//! Characters a reader of a report cannot see but that change what it
//! reads (controls, bidirectional overrides; in country names, zero-width
//! characters) are written out as `\u{…}`.

use std::fmt::Write;

// Characters that change how text around them reads without being seen
// are those a terminal must not be given either.
use super::terminal::is_active as is_invisible;

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_bidi_and_zero_width_characters_are_shown() {
        assert_eq!(visible("a\u{7f}b\u{1b}"), "a\\u{7f}b\\u{1b}");
        assert_eq!(visible("é\u{9b}"), "é\\u{9b}");
        assert_eq!(visible("line\n\tnext"), "line\n\tnext");
        assert_eq!(visible("a\r\nb"), "a\nb");
        assert_eq!(name("A\u{200B}B\u{FEFF}"), "A\\u{200b}B\\u{feff}");
    }
}
