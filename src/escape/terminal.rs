//! Text that came from a file (a comment, a title, a key) is data: before it
//! reaches a terminal, control characters and escape sequences are shown, not
//! obeyed. Bidirectional overrides are shown too, so a line cannot be made to
//! read differently from what it holds ("Trojan Source").

use std::borrow::Cow;

/// Characters a terminal would act on, or that reorder the text around them.
pub(super) fn is_active(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t') || is_bidi_control(c)
}

pub(super) fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Escapes unsafe characters as `\u{1b}`; line breaks and tabs are kept.
pub(crate) fn for_terminal(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_active) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if is_active(c) {
            out.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Like [`for_terminal`], and line breaks become spaces: for one-line display.
pub(crate) fn one_line(text: &str) -> String {
    for_terminal(text).replace(['\n', '\t'], " ")
}

/// Replaces every unsafe character with one visible stand-in (a Control
/// Picture such as `␛`, or `�`), so the line keeps its length in characters
/// and carets drawn under it stay aligned.
pub(crate) fn same_width(line: &str) -> Cow<'_, str> {
    if !line.chars().any(|c| is_active(c) || c == '\t') {
        return Cow::Borrowed(line);
    }
    Cow::Owned(line.chars().map(stand_in).collect())
}

fn stand_in(c: char) -> char {
    match c {
        '\t' => ' ',
        '\u{0}'..='\u{1f}' => char::from_u32(0x2400 + u32::from(c)).unwrap_or('\u{FFFD}'),
        '\u{7f}' => '\u{2421}',
        c if is_active(c) => '\u{FFFD}',
        c => c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_are_shown_not_obeyed() {
        let hostile = "title\u{1b}[2J\u{1b}]0;pwned\u{7}";
        let shown = for_terminal(hostile);
        assert!(!shown.contains('\u{1b}'));
        assert!(!shown.contains('\u{7}'));
        assert_eq!(shown, "title\\u{1b}[2J\\u{1b}]0;pwned\\u{7}");
    }

    #[test]
    fn c1_controls_and_bidi_overrides_are_escaped() {
        let shown = for_terminal("a\u{9b}31mb\u{202E}c");
        assert_eq!(shown, "a\\u{9b}31mb\\u{202e}c");
    }

    #[test]
    fn ordinary_text_is_borrowed_unchanged() {
        let text = "“Tell me where they deal in death”\n\tsecond line";
        assert!(matches!(for_terminal(text), Cow::Borrowed(_)));
    }

    #[test]
    fn same_width_keeps_the_character_count() {
        let line = "x\u{1b}[31my\u{202e}\tz";
        let shown = same_width(line);
        assert_eq!(shown.chars().count(), line.chars().count());
        assert!(!shown.contains('\u{1b}'));
        assert!(shown.starts_with("x␛[31my"));
    }

    #[test]
    fn one_line_flattens_breaks() {
        assert_eq!(one_line("a\nb\tc"), "a b c");
    }
}
