//! Failures that stop a command (as opposed to findings about a file, which
//! are [`crate::diagnostic::Diagnostic`] values). Each names the file and says
//! what to do next; all map to exit code 2.

use std::io;
use std::path::PathBuf;

use crate::diagnostic::Findings;
use crate::i18n::t;

/// A failure; [`std::fmt::Display`] says it in the run's language.
#[derive(Debug)]
pub(crate) enum Error {
    NotFound {
        path: PathBuf,
    },

    Read {
        path: PathBuf,
        source: io::Error,
    },

    Write {
        path: PathBuf,
        source: io::Error,
    },

    Exists {
        path: PathBuf,
    },

    TooLarge {
        path: PathBuf,
        size: u64,
        limit: u64,
        what: Limited,
    },

    /// The format of a file cannot be told from its name.
    UnknownFormat {
        path: PathBuf,
        /// The extensions qnr reads, for the message.
        extensions: String,
        /// Whether the command has `--from` to suggest.
        from_option: bool,
    },

    /// Standard input has no name to tell its format by.
    NeedsFrom {
        formats: String,
    },

    NoReplyFiles {
        path: PathBuf,
        extensions: String,
    },

    NoMatch {
        pattern: String,
        extensions: String,
    },

    /// The findings say what is wrong in it.
    BadSchema(Box<Findings>),

    /// `qnr schema import` found no questionnaire in a file; the findings say why.
    NotAForm(Box<Findings>),

    /// A reply that cannot be used whole for `purpose`; the findings say
    /// where it could not be read.
    Refused {
        purpose: Purpose,
        path: PathBuf,
        why: Unusable,
        findings: Box<Findings>,
    },

    /// A reply to another questionnaire than the schema's.
    OtherQuestionnaire {
        purpose: Purpose,
        path: PathBuf,
        /// As the file says it, made safe to show.
        found: String,
        expected: String,
    },

    /// A reply to another round of the questionnaire, which `qnr fill`
    /// would save as this round's.
    OtherVersion {
        path: PathBuf,
        questionnaire: String,
        /// As the file says it, made safe to show.
        found: String,
        expected: String,
    },

    /// `qnr convert` would write a form that does not read back the same.
    NotWritableAs {
        path: PathBuf,
        format: &'static str,
        /// What would change: `the comments on Issue I, Recommendation 1 (I.1)`.
        part: String,
    },

    /// `qnr fill` was run without a terminal to ask in.
    NoTerminal {
        /// The stream that is not a terminal.
        missing: Stream,
    },

    /// The terminal failed while `qnr fill` was asking.
    TerminalLost {
        source: io::Error,
        /// The reply file, made safe to show.
        shown: String,
    },

    /// `qnr fill` could not save (a full disk, a read-only folder): the file
    /// keeps what was saved before, and what was not is shown so that the
    /// person can copy it.
    NotSaved {
        cause: Box<Error>,
        path: PathBuf,
        /// Whether the file exists (it was there, or a save succeeded).
        existed: bool,
        answered: usize,
        total: usize,
        /// Indented lines, each ending in a line break; empty when nothing
        /// typed was lost.
        unsaved: String,
    },

    /// Windows: another program keeps the file open and will not let it be
    /// replaced (a reply open in Word or a spreadsheet).
    HeldOpen {
        path: PathBuf,
    },

    Usage(String),

    /// Another qnr holds the lock on a reply (`io::lock`): one writer per file.
    Busy {
        path: PathBuf,
        lock: PathBuf,
        holder: Option<Holder>,
    },
}

/// Who holds the lock on a reply, as its lock file says (written and read
/// by `io::lock`; here because [`Error::Busy`] reports it).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Holder {
    pub pid: Option<u32>,
    /// Local time, `2026-12-01 10:02:33 +01:00`.
    pub since: Option<String>,
}

/// The kind of file a size limit is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Limited {
    Reply,
    Schema,
}

/// A standard stream that `qnr fill` needs to be a terminal.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Stream {
    Stdin,
    Stderr,
}

/// What a reply is read whole for; a refusal says it in its words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Purpose {
    /// `qnr convert`.
    Convert,
    /// `qnr diff`.
    Compare,
    /// The reply `qnr fill` saves into.
    Fill,
    /// `qnr fill --carry-forward`: last round's reply.
    CarryForward,
}

/// Why a reply cannot be used whole.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Unusable {
    /// It could not be parsed at all.
    Unparsed,
    /// Part of it could not be carried into the reply.
    Lossy,
}

impl Purpose {
    /// Last round's reply only offers defaults: what could be read is enough.
    pub(crate) fn takes_partial(self) -> bool {
        self == Purpose::CarryForward
    }

    /// `qnr fill` would save a reply to another round as this round's.
    pub(crate) fn needs_same_version(self) -> bool {
        self == Purpose::Fill
    }
}

/// An I/O error in words, without Rust's "(os error 13)" suffix.
pub(crate) fn io_reason(error: &io::Error) -> String {
    match error.kind() {
        io::ErrorKind::NotFound => t!("error-io-not-found"),
        io::ErrorKind::PermissionDenied => t!("error-io-permission-denied"),
        io::ErrorKind::IsADirectory => t!("error-io-is-a-folder"),
        io::ErrorKind::StorageFull => t!("error-io-disk-full"),
        io::ErrorKind::ReadOnlyFilesystem => t!("error-io-read-only"),
        // The system's own words, in the system's language.
        _ => {
            let text = error.to_string();
            match text.find(" (os error") {
                Some(i) => text[..i].to_lowercase(),
                None => text,
            }
        }
    }
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message())
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Read { source, .. }
            | Error::Write { source, .. }
            | Error::TerminalLost { source, .. } => Some(source),
            Error::NotSaved { cause, .. } => Some(cause.as_ref()),
            _ => None,
        }
    }
}

impl Error {
    /// The message, in the run's language.
    fn message(&self) -> String {
        match self {
            Error::NotFound { path } => t!("error-not-found", path = path.as_path()),
            Error::Read { path, source } => t!(
                "error-read",
                path = path.as_path(),
                reason = io_reason(source)
            ),
            Error::Write { path, source } => t!(
                "error-write",
                path = path.as_path(),
                reason = io_reason(source)
            ),
            Error::Exists { path } => t!("error-exists", path = path.as_path()),
            Error::HeldOpen { path } => t!("platform-held-open", path = path.as_path()),
            Error::TooLarge {
                path,
                size,
                limit,
                what,
            } => match what {
                Limited::Reply => t!(
                    "error-too-large-reply",
                    path = path.as_path(),
                    size = *size,
                    limit = *limit
                ),
                Limited::Schema => t!(
                    "error-too-large-schema",
                    path = path.as_path(),
                    size = *size,
                    limit = *limit
                ),
            },
            Error::UnknownFormat {
                path,
                extensions,
                from_option: true,
            } => t!(
                "error-unknown-format-from",
                path = path.as_path(),
                extensions = extensions
            ),
            Error::UnknownFormat {
                path, extensions, ..
            } => t!(
                "error-unknown-format",
                path = path.as_path(),
                extensions = extensions
            ),
            Error::NeedsFrom { formats } => t!("error-needs-from", formats = formats),
            Error::NoReplyFiles { path, extensions } => t!(
                "error-no-reply-files",
                path = path.as_path(),
                extensions = extensions
            ),
            Error::NoMatch {
                pattern,
                extensions,
            } => t!("error-no-match", pattern = pattern, extensions = extensions),
            Error::BadSchema(findings) => {
                t!("error-bad-schema", path = findings.path.as_str())
            }
            Error::NotAForm(findings) => {
                t!("schema-import-not-a-form", path = findings.path.as_str())
            }
            Error::Refused {
                purpose, path, why, ..
            } => {
                let path = path.as_path();
                match (purpose, why) {
                    (Purpose::Convert, Unusable::Unparsed) => {
                        t!("error-refused-convert-unparsed", path = path)
                    }
                    (Purpose::Convert, Unusable::Lossy) => {
                        t!("error-refused-convert-lossy", path = path)
                    }
                    (Purpose::Compare, Unusable::Unparsed) => {
                        t!("error-refused-compare-unparsed", path = path)
                    }
                    (Purpose::Compare, Unusable::Lossy) => {
                        t!("error-refused-compare-lossy", path = path)
                    }
                    (Purpose::Fill, Unusable::Unparsed) => {
                        t!("error-refused-fill-unparsed", path = path)
                    }
                    (Purpose::Fill, Unusable::Lossy) => {
                        t!("error-refused-fill-lossy", path = path)
                    }
                    (Purpose::CarryForward, _) => {
                        t!("error-refused-carry-forward", path = path)
                    }
                }
            }
            Error::OtherQuestionnaire {
                purpose,
                path,
                found,
                expected,
            } => {
                let path = path.as_path();
                match purpose {
                    Purpose::Convert => t!(
                        "error-other-questionnaire-convert",
                        path = path,
                        found = found,
                        expected = expected
                    ),
                    Purpose::Compare => t!(
                        "error-other-questionnaire-compare",
                        path = path,
                        found = found,
                        expected = expected
                    ),
                    Purpose::Fill => t!(
                        "error-other-questionnaire-fill",
                        path = path,
                        found = found,
                        expected = expected
                    ),
                    Purpose::CarryForward => t!(
                        "error-other-questionnaire-carry-forward",
                        path = path,
                        found = found,
                        expected = expected
                    ),
                }
            }
            Error::OtherVersion {
                path,
                questionnaire,
                found,
                expected,
            } => t!(
                "error-other-version",
                path = path.as_path(),
                questionnaire = questionnaire,
                found = found,
                expected = expected
            ),
            Error::NotWritableAs { path, format, part } => t!(
                "error-not-writable-as",
                path = path.as_path(),
                format = *format,
                part = part
            ),
            Error::NoTerminal { missing } => match missing {
                Stream::Stdin => t!("error-no-terminal-stdin"),
                Stream::Stderr => t!("error-no-terminal-stderr"),
            },
            Error::TerminalLost { source, shown } => t!(
                "error-terminal-lost",
                reason = source.to_string(),
                file = shown
            ),
            Error::NotSaved {
                cause,
                path,
                existed: false,
                unsaved,
                ..
            } => t!(
                "fill-not-saved-new",
                cause = cause.to_string(),
                path = path.as_path(),
                unsaved = unsaved
            ),
            Error::NotSaved {
                cause,
                path,
                answered,
                total,
                unsaved,
                ..
            } => t!(
                "error-not-saved",
                cause = cause.to_string(),
                path = path.as_path(),
                answered = *answered,
                total = *total,
                unsaved = unsaved
            ),
            Error::Usage(message) => message.clone(),
            Error::Busy { path, lock, holder } => {
                let holder = holder.clone().unwrap_or_default();
                t!(
                    "fill-busy",
                    path = path.as_path(),
                    lock = lock.as_path(),
                    pid = holder
                        .pid
                        .map_or_else(|| "?".to_string(), |p| p.to_string()),
                    since = holder.since.unwrap_or_else(|| "?".into())
                )
            }
        }
    }

    /// Whether this error is a closed pipe on output (`qnr … | head`), which
    /// ends the program quietly rather than as a failure.
    pub(crate) fn is_broken_pipe(&self) -> bool {
        matches!(self, Error::Write { source, .. } if source.kind() == io::ErrorKind::BrokenPipe)
    }

    /// A write to standard output failed.
    pub(crate) fn stdout(source: io::Error) -> Error {
        Error::Write {
            path: PathBuf::from("<stdout>"),
            source,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn io_errors_read_as_words() {
        let e = Error::Read {
            path: "a.json".into(),
            source: io::Error::from(io::ErrorKind::PermissionDenied),
        };
        assert_eq!(e.to_string(), "cannot read `a.json`: permission denied");
    }

    #[test]
    fn refused_overwrite_says_what_to_do() {
        let e = Error::Exists {
            path: "r.yaml".into(),
        };
        assert_eq!(
            e.to_string(),
            "`r.yaml` already exists; add --force to replace it"
        );
    }
}
