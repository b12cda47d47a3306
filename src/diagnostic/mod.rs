//! Findings about a file, as data. Every reader and rule produces
//! [`Diagnostic`] values; every output format (human, JSON, …) renders them.
//! Positions are byte spans until [`locate`] turns them into line and column.

pub(crate) mod docs;
mod findings;

use std::ops::Range;

use crate::text::LineIndex;

#[cfg(test)]
pub(crate) use findings::MAX_FINDINGS;
pub(crate) use findings::Totals;
pub use findings::{FileName, Findings};

/// How bad a finding is. Warnings do not make a file invalid unless `--strict`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Error,
    Warning,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

/// Stable kebab-case codes that scripts rely on (docs/design.md, "Diagnostics").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Code {
    ParseError,
    QuestionnaireMismatch,
    MissingAnswer,
    InvalidChoice,
    MissingComment,
    UnknownAnswer,
    MissingRespondentField,
    InvalidField,
    DuplicateKey,
    UnknownField,
    LongComment,
    /// A value of the wrong kind where the reply's shape is fixed (`"answers": []`).
    WrongType,
    /// A documented limit (file size, nesting depth, node count) was passed.
    LimitExceeded,
    /// The file could not be read at all (permissions, vanished, a folder loop).
    UnreadableFile,
    /// Schema files: a TOML error, an unknown key or an unknown value.
    InvalidSchema,
    /// Schema files: two issues or recommendations with the same id.
    DuplicateId,
    /// Schema files: an empty title, text or label.
    EmptyText,
    /// Forms: a recommendation's or issue's text differs from the schema's
    /// (another round's questionnaire, or an edited text).
    TextMismatch,
    /// Forms: neither YES nor NO is marked, so the answer stays open.
    UnmarkedAnswer,
    /// Forms: a recommendation of the schema is not in the file at all.
    MissingItem,
    /// Schema files: no respondent field has the role `country` (or
    /// `date`), so `report` cannot name States (or apply `--cutoff`).
    MissingRole,
    /// Schema files: a label that makes the schema's forms read back wrong
    /// (a blank form read as answered, a recommendation not found).
    AmbiguousLabel,
}

impl Code {
    pub fn as_str(self) -> &'static str {
        match self {
            Code::ParseError => "parse-error",
            Code::QuestionnaireMismatch => "questionnaire-mismatch",
            Code::MissingAnswer => "missing-answer",
            Code::InvalidChoice => "invalid-choice",
            Code::MissingComment => "missing-comment",
            Code::UnknownAnswer => "unknown-answer",
            Code::MissingRespondentField => "missing-respondent-field",
            Code::InvalidField => "invalid-field",
            Code::DuplicateKey => "duplicate-key",
            Code::UnknownField => "unknown-field",
            Code::LongComment => "long-comment",
            Code::WrongType => "wrong-type",
            Code::LimitExceeded => "limit-exceeded",
            Code::UnreadableFile => "unreadable-file",
            Code::InvalidSchema => "invalid-schema",
            Code::DuplicateId => "duplicate-id",
            Code::EmptyText => "empty-text",
            Code::TextMismatch => "text-mismatch",
            Code::UnmarkedAnswer => "unmarked-answer",
            Code::MissingItem => "missing-item",
            Code::MissingRole => "missing-role",
            Code::AmbiguousLabel => "ambiguous-label",
        }
    }

    /// Every code, for documentation and exhaustive tests.
    pub const ALL: [Code; 22] = [
        Code::ParseError,
        Code::QuestionnaireMismatch,
        Code::MissingAnswer,
        Code::InvalidChoice,
        Code::MissingComment,
        Code::UnknownAnswer,
        Code::MissingRespondentField,
        Code::InvalidField,
        Code::DuplicateKey,
        Code::UnknownField,
        Code::LongComment,
        Code::WrongType,
        Code::LimitExceeded,
        Code::UnreadableFile,
        Code::InvalidSchema,
        Code::DuplicateId,
        Code::EmptyText,
        Code::TextMismatch,
        Code::UnmarkedAnswer,
        Code::MissingItem,
        Code::MissingRole,
        Code::AmbiguousLabel,
    ];
}

impl std::fmt::Display for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One finding: what, where, about which recommendation, and what to do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    pub code: Code,
    /// A sentence a person understands, naming the item in words.
    pub message: String,
    /// The recommendation id (`II.4`) or respondent field id, where there is one.
    pub id: Option<String>,
    /// Byte range in the decoded text of the file.
    pub span: Option<Range<usize>>,
    /// A short note shown under the caret.
    pub label: Option<String>,
    /// What to do about it.
    pub help: Option<String>,
    /// 1-based line and column (in characters), filled in by [`locate`].
    pub line: Option<usize>,
    pub column: Option<usize>,
}

impl Diagnostic {
    pub fn new(severity: Severity, code: Code, message: impl Into<String>) -> Self {
        Diagnostic {
            severity,
            code,
            message: message.into(),
            id: None,
            span: None,
            label: None,
            help: None,
            line: None,
            column: None,
        }
    }

    pub fn error(code: Code, message: impl Into<String>) -> Self {
        Self::new(Severity::Error, code, message)
    }

    pub fn warning(code: Code, message: impl Into<String>) -> Self {
        Self::new(Severity::Warning, code, message)
    }

    pub fn at(mut self, span: Range<usize>) -> Self {
        self.span = Some(span);
        self
    }

    pub fn at_opt(mut self, span: Option<Range<usize>>) -> Self {
        self.span = span;
        self
    }

    pub fn with_id(mut self, id: impl Into<String>) -> Self {
        self.id = Some(id.into());
        self
    }

    pub fn with_label(mut self, label: impl Into<String>) -> Self {
        self.label = Some(label.into());
        self
    }

    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// Sets line and column directly, for readers whose positions are not byte spans.
    pub fn at_line(mut self, line: usize, column: usize) -> Self {
        self.line = Some(line);
        self.column = Some(column);
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// Fills in line and column from the byte spans, and orders the findings by
/// place in the file (a stable sort: findings at one place keep schema order).
pub(crate) fn locate(diagnostics: &mut [Diagnostic], text: Option<&str>) {
    if let Some(text) = text
        && diagnostics.iter().any(|d| d.span.is_some())
    {
        let index = LineIndex::new(text);
        for d in diagnostics.iter_mut() {
            if let Some(span) = &d.span {
                let (line, column) = index.line_col(text, span.start);
                d.line = Some(line);
                d.column = Some(column);
            }
        }
    }
    diagnostics.sort_by_key(|d| (d.line.unwrap_or(0), d.column.unwrap_or(0)));
}
