//! The canonical form of what a person wrote (docs/design.md): so that two
//! replies that say the same compare equal, and a count of words is the
//! count a person makes.

use unicode_segmentation::UnicodeSegmentation;

/// The canonical form of a comment (docs/design.md, "The reply file"): line ends are `\n`, trailing
/// spaces go, paragraphs are separated by exactly one blank line and trimmed.
/// Returns `None` when nothing but whitespace is left: that is "no comment".
pub(crate) fn normalize_comment(raw: &str) -> Option<String> {
    if is_canonical_comment(raw) {
        return Some(raw.to_string());
    }
    normalize_comment_slowly(raw)
}

fn normalize_comment_slowly(raw: &str) -> Option<String> {
    let unified = raw.replace("\r\n", "\n").replace('\r', "\n");
    let mut paragraphs: Vec<String> = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    for line in unified.split('\n') {
        let line = line.trim_end();
        if line.trim().is_empty() {
            flush_paragraph(&mut current, &mut paragraphs);
        } else {
            current.push(line);
        }
    }
    flush_paragraph(&mut current, &mut paragraphs);
    if paragraphs.is_empty() {
        None
    } else {
        Some(paragraphs.join("\n\n"))
    }
}

/// Whether a comment is already in canonical form (the common case: qnr
/// wrote it), so that normalizing it needs no work: ASCII-trimmed and not
/// empty, no `\r`, no white space before a line break, no blank line that
/// is not exactly one empty line between paragraphs, no paragraph starting
/// with white space, and no white space but spaces, tabs and line breaks.
fn is_canonical_comment(text: &str) -> bool {
    let bytes = text.as_bytes();
    let (Some(&first), Some(&last)) = (bytes.first(), bytes.last()) else {
        return false;
    };
    if first.is_ascii_whitespace() || last.is_ascii_whitespace() {
        return false;
    }
    if text.is_ascii() {
        // Only line breaks need a look around them; they are few.
        return memchr::memchr3(b'\r', b'\x0b', b'\x0c', bytes).is_none()
            && memchr::memchr_iter(b'\n', bytes).all(|i| {
                let previous = bytes[i - 1];
                !matches!(previous, b' ' | b'\t')
                    && (previous != b'\n' || !bytes[i + 1].is_ascii_whitespace())
            });
    }
    for (i, &b) in bytes.iter().enumerate() {
        // Most bytes are plain text: one comparison each.
        if (0x0e..0xc0).contains(&b) {
            continue;
        }
        let previous = bytes[i.saturating_sub(1)];
        match b {
            b'\r' | b'\x0b' | b'\x0c' => return false,
            b'\n' if matches!(previous, b' ' | b'\t') => return false,
            // After "\n\n" a paragraph starts: not with white space or a third break.
            b'\n'
                if previous == b'\n'
                    && bytes.get(i + 1).is_none_or(|n| n.is_ascii_whitespace()) =>
            {
                return false;
            }
            // Non-ASCII white space (NBSP, U+2028…) needs the full rules.
            0xc0.. if text[i..].chars().next().is_none_or(char::is_whitespace) => {
                return false;
            }
            _ => {}
        }
    }
    true
}

fn flush_paragraph(lines: &mut Vec<&str>, out: &mut Vec<String>) {
    if !lines.is_empty() {
        let paragraph = lines.join("\n");
        let trimmed = paragraph.trim();
        if !trimmed.is_empty() {
            out.push(trimmed.to_string());
        }
        lines.clear();
    }
}

/// A one-line value (a respondent field): trimmed, and `None` when empty.
pub(crate) fn normalize_value(raw: &str) -> Option<String> {
    let trimmed = raw.trim();
    (!trimmed.is_empty()).then(|| trimmed.to_string())
}

/// Words as a person counts them: runs of non-whitespace (as
/// `split_whitespace` counts them, a byte at a time where the text is ASCII:
/// this runs on every comment of every file `validate` checks). A run in a
/// script written without spaces (Chinese, Japanese, Thai…) counts the
/// words Unicode's word boundaries find in it (UAX #29): each Chinese
/// character is one, so a word limit means something in every UN language.
pub(crate) fn word_count(text: &str) -> usize {
    if !text.is_ascii() {
        return text
            .split_whitespace()
            .map(|run| {
                if run.chars().any(unspaced) {
                    run.unicode_words().count().max(1)
                } else {
                    1
                }
            })
            .sum();
    }
    // A word starts at a non-space byte after a space (or at the start).
    // Counted over fixed-size blocks into a byte-wide counter, without a
    // loop-carried state, so the compiler turns it into vector code.
    let bytes = text.as_bytes();
    let space = |b: u8| u8::from(b == b' ') | u8::from(b.wrapping_sub(b'\t') < 5);
    let mut words = usize::from(bytes.first().is_some_and(|&b| space(b) == 0));
    let pairs = bytes.len().saturating_sub(1);
    let (before, after) = (&bytes[..pairs], &bytes[bytes.len() - pairs..]);
    for (a, b) in before.chunks(255).zip(after.chunks(255)) {
        let block: u8 = a
            .iter()
            .zip(b)
            .fold(0u8, |n, (&x, &y)| n + (space(x) & (space(y) ^ 1)));
        words += usize::from(block);
    }
    words
}

/// A character of a script that does not put spaces between words: Han
/// ideographs, kana, Hangul is spaced so not here, Thai, Lao, Khmer, Myanmar.
fn unspaced(c: char) -> bool {
    matches!(c,
        '\u{2E80}'..='\u{2FDF}'   // CJK radicals, Kangxi radicals
        | '\u{3040}'..='\u{30FF}' // hiragana, katakana
        | '\u{3400}'..='\u{4DBF}' // CJK extension A
        | '\u{4E00}'..='\u{9FFF}' // CJK unified ideographs
        | '\u{F900}'..='\u{FAFF}' // CJK compatibility ideographs
        | '\u{FF66}'..='\u{FF9F}' // half-width katakana
        | '\u{20000}'..='\u{3134F}' // CJK extensions B–G
        | '\u{0E00}'..='\u{0EFF}' // Thai, Lao
        | '\u{1000}'..='\u{109F}' // Myanmar
        | '\u{1780}'..='\u{17FF}' // Khmer
    )
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    proptest! {
        /// The shortcut for canonical comments changes nothing.
        #[test]
        fn the_canonical_shortcut_agrees_with_the_full_rules(
            raw in "[ab \t\n\r\u{b}\u{c}\u{a0}\u{2028}é“]{0,12}"
        ) {
            prop_assert_eq!(normalize_comment(&raw), normalize_comment_slowly(&raw));
        }

        /// The vector-friendly count agrees with `split_whitespace`, across
        /// the 255-byte blocks it counts in.
        #[test]
        fn word_count_counts_as_split_whitespace_does(
            text in "[a\u{e9} \t\n\u{b}\u{c}\r\u{a0}]{0,700}"
        ) {
            prop_assert_eq!(word_count(&text), text.split_whitespace().count());
        }
    }

    use super::*;

    #[test]
    fn scripts_without_spaces_count_their_words() {
        // One word per Chinese character: 15 of them.
        assert_eq!(word_count("我国已加强对易制毒化学品的管制"), 15);
        // Mixed: 3 + 2 Latin words + 2 + a number.
        assert_eq!(word_count("已通过 PEN Online 核查 2025"), 8);
        // Japanese: kanji and kana split at their boundaries.
        assert!(word_count("前駆体化学品の管理を強化した") > 5);
        // Spaced scripts are counted as before: Cyrillic, accented Latin.
        assert_eq!(word_count("Приняты меры по укреплению контроля"), 5);
        assert_eq!(word_count("Mesures prises : contrôle renforcé"), 5);
    }

    #[test]
    fn comments_become_trimmed_paragraphs_one_blank_line_apart() {
        let raw = "  First line\r\nsame paragraph   \r\n\r\n\r\n\n  Second.  \n\n";
        assert_eq!(
            normalize_comment(raw).unwrap(),
            "First line\nsame paragraph\n\nSecond."
        );
    }

    #[test]
    fn blank_comments_are_no_comment() {
        assert_eq!(normalize_comment(" \n\t\r\n "), None);
        assert_eq!(normalize_comment(""), None);
    }

    #[test]
    fn normalizing_twice_changes_nothing() {
        let once = normalize_comment("a\n\n\nb  \n c").unwrap();
        assert_eq!(normalize_comment(&once).unwrap(), once);
    }

    #[test]
    fn words_are_counted_across_paragraphs() {
        assert_eq!(word_count("one two\n\nthree – four"), 5);
        assert_eq!(word_count(""), 0);
        for text in [
            "  a\u{a0}b\u{2028}c  d\u{3000}",
            "é à\tü\n\n",
            "\u{85}x",
            "one",
            " a  b\t\u{b}c\u{c}\rd\n ",
        ] {
            assert_eq!(
                word_count(text),
                text.split_whitespace().count(),
                "{text:?}"
            );
        }
    }
}
