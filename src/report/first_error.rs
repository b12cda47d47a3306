//! The one error the report gives for a file that does not validate: the
//! error nearest the start of the file, which is the one its author meets
//! first and, fixed, often fixes those after it.

use crate::diagnostic::{Diagnostic, Findings};

/// The first error in a file, where it is.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub(crate) struct FirstError {
    pub message: String,
    /// The recommendation or field it concerns, when there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    pub line: Option<usize>,
    pub column: Option<usize>,
}

impl FirstError {
    /// An error that has no place in the file (it could not be read at all).
    pub(crate) fn whole_file(message: impl Into<String>) -> FirstError {
        FirstError {
            message: message.into(),
            id: None,
            line: None,
            column: None,
        }
    }

    /// The error nearest the start of the file, if the findings hold one.
    pub(crate) fn of(findings: &Findings) -> Option<FirstError> {
        findings
            .diagnostics
            .iter()
            .filter(|d| d.is_error())
            .min_by_key(|d| (d.line.unwrap_or(usize::MAX), d.column.unwrap_or(0)))
            .map(|d: &Diagnostic| FirstError {
                message: d.message.clone(),
                id: d.id.clone(),
                line: d.line,
                column: d.column,
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Code;

    #[test]
    fn the_error_nearest_the_start_wins_and_warnings_do_not_count() {
        let mut late = Diagnostic::error(Code::ParseError, "late");
        late.line = Some(9);
        let mut early = Diagnostic::error(Code::ParseError, "early");
        early.line = Some(2);
        early.id = Some("I.1".into());
        let mut warning = Diagnostic::warning(Code::ParseError, "a warning");
        warning.line = Some(1);
        let findings = Findings {
            path: "x.json".into(),
            text: None,
            diagnostics: vec![late, warning, early],
            unreadable: false,
        };
        let first = FirstError::of(&findings).unwrap();
        assert_eq!(first.message, "early");
        assert_eq!(first.id.as_deref(), Some("I.1"));
        assert_eq!(first.line, Some(2));
    }
}
