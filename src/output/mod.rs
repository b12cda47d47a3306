//! Reporters turn [`FileReport`]s into output: for people (`human`) or for
//! tools (`json`, and for CI `github`, `junit`, `sarif`). They write to any
//! `Write`, so tests read what users see.

pub mod github;
pub mod human;
pub mod json;
pub mod junit;
pub mod sarif;

use std::io;

use crate::diagnostic::Diagnostic;
use crate::text::LineIndex;
use crate::validate::FileReport;

/// Totals over a run, for the closing summary.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    pub files: usize,
    pub valid: usize,
    pub errors: usize,
    pub warnings: usize,
}

impl Summary {
    pub fn add(&mut self, report: &FileReport) {
        self.files += 1;
        if report.valid() {
            self.valid += 1;
        }
        self.errors += report.count(crate::diagnostic::Severity::Error);
        self.warnings += report.count(crate::diagnostic::Severity::Warning);
    }

    pub fn invalid(&self) -> usize {
        self.files - self.valid
    }

    /// `checked 3 files: 1 valid, 2 invalid (18 errors, 1 warning)`.
    pub fn line(&self) -> String {
        let plural =
            |n: usize, one: &'static str, many: &'static str| if n == 1 { one } else { many };
        format!(
            "checked {} {}: {} valid, {} invalid ({} {}, {} {})",
            self.files,
            plural(self.files, "file", "files"),
            self.valid,
            self.invalid(),
            self.errors,
            plural(self.errors, "error", "errors"),
            self.warnings,
            plural(self.warnings, "warning", "warnings")
        )
    }
}

/// Where a finding ends, as 1-based line and column: the column after its
/// last character (SARIF's `endColumn`), or with `inclusive` the column of
/// the last character itself (GitHub's `endColumn`). `None` for an empty span.
pub fn end_of(
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

/// Receives each file's report in order, then the summary.
pub trait Reporter {
    fn file(&mut self, report: &FileReport) -> io::Result<()>;
    fn finish(&mut self, summary: &Summary) -> io::Result<()>;
}
