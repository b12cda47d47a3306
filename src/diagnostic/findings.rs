//! What was found in a file ([`Findings`]), and over a run ([`Totals`]):
//! the result of checking, which printers, errors and commands share.

use super::{Code, Diagnostic, Severity, locate};
use crate::i18n::t;

/// Most findings reported for one file. A file with more (twenty thousand
/// copies of one heading) is not a reply gone slightly wrong; the first
/// thousand say what is wrong, and printing the rest would take seconds
/// and megabytes.
pub(crate) const MAX_FINDINGS: usize = 1000;

/// The file findings are about, as the user named it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FileName {
    /// Standard input, which has no name: messages call it `<stdin>`.
    Stdin,
    Path(String),
}

impl FileName {
    pub fn as_str(&self) -> &str {
        match self {
            FileName::Stdin => "<stdin>",
            FileName::Path(path) => path,
        }
    }

    /// The name with `/` between folders on every system, as the formats
    /// read by CI services expect (GitHub annotations, SARIF, JUnit): on
    /// Windows, its `\` become `/`; elsewhere `\` is part of a name.
    pub fn portable(&self) -> std::borrow::Cow<'_, str> {
        match self {
            FileName::Path(path) if cfg!(windows) => path.replace('\\', "/").into(),
            _ => self.as_str().into(),
        }
    }
}

impl std::fmt::Display for FileName {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<String> for FileName {
    fn from(path: String) -> Self {
        FileName::Path(path)
    }
}

impl From<&str> for FileName {
    fn from(path: &str) -> Self {
        FileName::Path(path.to_string())
    }
}

/// Everything found in one file (a reply or a schema).
#[derive(Debug)]
pub struct Findings {
    pub path: FileName,
    /// The decoded text, kept only when there is something to show from it.
    pub text: Option<String>,
    pub diagnostics: Vec<Diagnostic>,
    /// The file could not be read at all (exit code 2).
    pub unreadable: bool,
}

impl Findings {
    pub fn valid(&self) -> bool {
        !self.unreadable && !self.diagnostics.iter().any(Diagnostic::is_error)
    }

    pub fn count(&self, severity: Severity) -> usize {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == severity)
            .count()
    }

    /// A file that could not be read: one diagnostic saying why.
    pub fn unreadable(path: impl Into<FileName>, diagnostic: Diagnostic) -> Findings {
        Findings {
            path: path.into(),
            text: None,
            diagnostics: vec![diagnostic],
            unreadable: true,
        }
    }

    /// The findings of one file, located and in file order: at most
    /// [`MAX_FINDINGS`] and one more that says how many were left out; the
    /// text is kept only when a finding points into it.
    pub fn new(
        path: impl Into<FileName>,
        text: Option<String>,
        mut diagnostics: Vec<Diagnostic>,
    ) -> Findings {
        locate(&mut diagnostics, text.as_deref());
        if diagnostics.len() > MAX_FINDINGS {
            let rest = diagnostics.split_off(MAX_FINDINGS);
            let severity = if rest.iter().any(Diagnostic::is_error) {
                Severity::Error
            } else {
                Severity::Warning
            };
            diagnostics.push(
                Diagnostic::new(
                    severity,
                    Code::LimitExceeded,
                    t!(
                        "validate-more-findings",
                        count = rest.len(),
                        max = MAX_FINDINGS
                    ),
                )
                .with_help(super::docs::fix_the_first()),
            );
        }
        // Printers show the text only around a finding's span; a file
        // refused as a whole (a form of millions of lines) keeps none, so
        // no printer indexes its lines.
        let text = text.filter(|_| diagnostics.iter().any(|d| d.span.is_some()));
        Findings {
            path: path.into(),
            text,
            diagnostics,
            unreadable: false,
        }
    }
}

/// Totals over a run, for the closing summary.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Totals {
    pub files: usize,
    pub valid: usize,
    pub errors: usize,
    pub warnings: usize,
}

impl Totals {
    pub(crate) fn add(&mut self, findings: &Findings) {
        self.files += 1;
        if findings.valid() {
            self.valid += 1;
        }
        self.errors += findings.count(Severity::Error);
        self.warnings += findings.count(Severity::Warning);
    }

    pub(crate) fn invalid(&self) -> usize {
        self.files - self.valid
    }

    /// `checked 3 files: 1 valid, 2 invalid (18 errors, 1 warning)`.
    pub(crate) fn line(&self) -> String {
        format!("{} ({})", self.verdict(), self.counts())
    }

    /// `checked 3 files: 1 valid, 2 invalid`.
    pub(crate) fn verdict(&self) -> String {
        t!(
            "validate-verdict",
            files = self.files,
            valid = self.valid,
            invalid = self.invalid()
        )
    }

    /// `18 errors, 1 warning`.
    pub(crate) fn counts(&self) -> String {
        t!(
            "validate-counts",
            errors = self.errors,
            warnings = self.warnings
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn portable_names_use_slashes_where_windows_uses_backslashes() {
        let name = FileName::from(r"replies\2019\a.json");
        if cfg!(windows) {
            assert_eq!(name.portable(), "replies/2019/a.json");
        } else {
            assert_eq!(
                name.portable(),
                r"replies\2019\a.json",
                "a name may hold `\\` on Unix"
            );
        }
        assert_eq!(FileName::Stdin.portable(), "<stdin>");
    }

    #[test]
    fn the_text_is_kept_only_when_a_finding_points_into_it() {
        let text = || Some("{\n  \"a\": 1\n}".to_string());
        let whole = Diagnostic::error(Code::LimitExceeded, "refused as a whole");
        assert_eq!(
            Findings::new("r.json", text(), vec![whole.clone()]).text,
            None
        );
        assert_eq!(Findings::new("r.json", text(), Vec::new()).text, None);
        let placed = Diagnostic::error(Code::UnknownField, "here").at(4..7);
        let kept = Findings::new("r.json", text(), vec![whole, placed]);
        assert_eq!(kept.text, text());
        assert_eq!(kept.diagnostics[1].line, Some(2));
    }
}
