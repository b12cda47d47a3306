//! Printers turn [`Findings`] into output: for people (`human`) or for
//! tools (`json`, and for CI `github`, `junit`, `sarif`). They write to any
//! `Write`, so tests read what users see.

pub(crate) mod github;
pub(crate) mod human;
pub(crate) mod json;
pub(crate) mod junit;
pub(crate) mod sarif;

use std::io;

use crate::diagnostic::Findings;
use crate::diagnostic::{Diagnostic, Totals};
use crate::text::LineIndex;

/// Where a finding ends, as 1-based line and column: the column after its
/// last character (SARIF's `endColumn`), or with `inclusive` the column of
/// the last character itself (GitHub's `endColumn`). `None` for an empty span.
pub(crate) fn end_of(
    d: &Diagnostic,
    text: &str,
    index: &LineIndex,
    inclusive: bool,
) -> Option<(usize, usize)> {
    let span = d.span.as_ref()?;
    let end = span.end.min(text.len());
    if end <= span.start {
        return None;
    }
    let at = if inclusive {
        text[..end]
            .char_indices()
            .next_back()
            .map_or(end, |(i, _)| i)
    } else {
        end
    };
    Some(index.line_col(text, at))
}

/// Receives each file's report in order, then the totals.
/// A finding's help as machine formats append it to the message: on a
/// line of its own, `help:` in the run's language; empty without help.
pub(crate) fn help_line(d: &Diagnostic) -> String {
    d.help.as_ref().map_or_else(String::new, |help| {
        format!("\n{}: {help}", crate::i18n::t!("common-level-help"))
    })
}

pub(crate) trait Printer {
    fn file(&mut self, report: &Findings) -> io::Result<()>;
    fn finish(&mut self, totals: &Totals) -> io::Result<()>;
}
