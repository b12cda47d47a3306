//! The UN form as plain text, as Word saves it (the seed reply is one):
//! split into lines whatever the line ends (CRLF, LF, CR, Word's vertical-tab
//! line breaks), page breaks and the running headers and page numbers around
//! them set aside, then read by the form layout rules in [`super::form`].

mod pages;
mod write;

use std::ops::Range;

pub(super) use pages::{drop_furniture, is_page_number};
pub(super) use write::{EMPTY, TICKED, field_text, marked_choices, write};

use super::form::{self, Hint, Line};
use crate::diagnostic::{Code, Diagnostic};
use crate::i18n::t;
use crate::reply::ReplyRead;
use crate::schema::Schema;

/// Most lines a form saved as text may have. The UN form is a few hundred
/// lines, a few thousand with long comments; each line costs some hundred
/// bytes to classify, so a file of nothing but line or page breaks (1 MB is
/// a million lines) is refused before it is split rather than read into
/// hundreds of megabytes.
const MAX_LINES: usize = 50_000;

/// Reads a form from decoded text.
pub(super) fn read(text: &str, schema: &Schema) -> ReplyRead {
    let breaks = memchr::memchr3_iter(b'\n', b'\r', b'\x0C', text.as_bytes()).count()
        + memchr::memchr_iter(b'\x0B', text.as_bytes()).count();
    if breaks > MAX_LINES {
        return ReplyRead::failed(
            Diagnostic::error(
                Code::LimitExceeded,
                t!("forms-too-many-lines", count = breaks, limit = MAX_LINES),
            )
            .with_help(crate::diagnostic::docs::not_a_reply()),
        );
    }
    let kept = kept_lines(text, &form::structure(schema));
    let lines: Vec<Line<'_>> = kept
        .into_iter()
        .map(|l| Line::new(&text[l.span.clone()], l.span, Hint::Guess))
        .collect();
    form::read(&lines, schema)
}

/// The lines of `text` without the page furniture around its page breaks;
/// `is_form` tells the form's own lines, which are never furniture.
pub(super) fn kept_lines(text: &str, is_form: &dyn Fn(&str) -> bool) -> Vec<RawLine> {
    pages::drop_furniture(text, &split_lines(text), is_form)
}

/// One physical line of the file, without its line end.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct RawLine {
    pub span: Range<usize>,
    /// A form feed (page break) ended this line.
    pub page_break: bool,
}

/// Splits text into lines at `\n`, `\r\n`, a lone `\r`, a vertical tab
/// (Word's manual line break) and a form feed (a page break).
pub(crate) fn split_lines(text: &str) -> Vec<RawLine> {
    let bytes = text.as_bytes();
    let mut lines = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        let end = i;
        let (next, page_break) = match bytes[i] {
            b'\n' => (i + 1, false),
            b'\r' if bytes.get(i + 1) == Some(&b'\n') => (i + 2, false),
            b'\r' | b'\x0B' => (i + 1, false),
            b'\x0C' => (i + 1, true),
            _ => {
                i += 1;
                continue;
            }
        };
        lines.push(RawLine {
            span: start..end,
            page_break,
        });
        start = next;
        i = next;
    }
    if start < bytes.len() {
        lines.push(RawLine {
            span: start..bytes.len(),
            page_break: false,
        });
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts<'t>(text: &'t str, lines: &[RawLine]) -> Vec<&'t str> {
        lines.iter().map(|l| &text[l.span.clone()]).collect()
    }

    #[test]
    fn a_file_of_line_breaks_is_refused_before_it_is_split() {
        let schema = crate::schema::Schema::honlea();
        for breaks in ["\n", "\r\n", "\u{c}", "\u{b}"] {
            let read = super::read(&breaks.repeat(MAX_LINES + 1), &schema);
            assert!(read.reply.is_none(), "{breaks:?}");
            assert_eq!(read.diagnostics.len(), 1);
            assert_eq!(read.diagnostics[0].code, Code::LimitExceeded);
        }
        let read = super::read(&"\n".repeat(MAX_LINES), &schema);
        assert!(
            read.diagnostics
                .iter()
                .all(|d| d.code != Code::LimitExceeded)
        );
    }

    #[test]
    fn every_kind_of_line_end_splits() {
        let text = "a\r\nb\nc\rd\u{b}e\u{c}f";
        let lines = split_lines(text);
        assert_eq!(texts(text, &lines), ["a", "b", "c", "d", "e", "f"]);
        assert!(lines[4].page_break);
        assert!(!lines[3].page_break);
    }

    #[test]
    fn a_final_line_end_adds_no_line() {
        assert_eq!(split_lines("a\n").len(), 1);
        assert_eq!(split_lines("").len(), 0);
        assert_eq!(split_lines("\n\n").len(), 2);
    }
}
