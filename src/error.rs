//! Failures that stop a command (as opposed to findings about a file, which
//! are [`crate::diagnostic::Diagnostic`] values). Each names the file and says
//! what to do next; all map to exit code 2.

use std::io;
use std::path::PathBuf;

use crate::diagnostic::Findings;

#[derive(Debug, thiserror::Error)]
pub(crate) enum Error {
    #[error("`{}` does not exist", path.display())]
    NotFound { path: PathBuf },

    #[error("cannot read `{}`: {}", path.display(), io_reason(source))]
    Read { path: PathBuf, source: io::Error },

    #[error("cannot write `{}`: {}", path.display(), io_reason(source))]
    Write { path: PathBuf, source: io::Error },

    #[error("`{}` already exists; add --force to replace it", path.display())]
    Exists { path: PathBuf },

    #[error("`{}` is {size} bytes, more than the limit of {limit} bytes for {what}", path.display())]
    TooLarge {
        path: PathBuf,
        size: u64,
        limit: u64,
        what: &'static str,
    },

    /// The format of a file cannot be told from its name.
    #[error(
        "cannot tell the format of `{}` from its name; name it {extensions}{}",
        path.display(),
        if *from_option { " or add `--from FORMAT`" } else { "" }
    )]
    UnknownFormat {
        path: PathBuf,
        /// The extensions qnr reads, for the message.
        extensions: String,
        /// Whether the command has `--from` to suggest.
        from_option: bool,
    },

    /// Standard input has no name to tell its format by.
    #[error("reading standard input needs `--from {formats}`")]
    NeedsFrom { formats: String },

    #[error("no reply files in `{}` (looked for {extensions}, skipping hidden ones)", path.display())]
    NoReplyFiles { path: PathBuf, extensions: String },

    #[error("no reply files match `{pattern}` (looked for {extensions}, skipping hidden ones)")]
    NoMatch { pattern: String, extensions: String },

    /// The findings say what is wrong in it.
    #[error("the schema `{}` is invalid", .0.path)]
    BadSchema(Box<Findings>),

    /// A reply that cannot be used whole for `purpose`; the findings say
    /// where it could not be read.
    #[error("`{}` cannot be {}: {}", path.display(), purpose.done(), purpose.reason(*why))]
    Refused {
        purpose: Purpose,
        path: PathBuf,
        why: Unusable,
        findings: Box<Findings>,
    },

    /// A reply to another questionnaire than the schema's.
    #[error(
        "`{}` answers the `{found}` questionnaire, not `{expected}`; {}",
        path.display(),
        purpose.other_questionnaire()
    )]
    OtherQuestionnaire {
        purpose: Purpose,
        path: PathBuf,
        /// As the file says it, made safe to show.
        found: String,
        expected: String,
    },

    /// A reply to another round of the questionnaire, which `qnr fill`
    /// would save as this round's.
    #[error(
        "`{}` answers version {found} of `{questionnaire}`, but the schema is version {expected}; fill it with `--schema` naming the schema of that round",
        path.display()
    )]
    OtherVersion {
        path: PathBuf,
        questionnaire: String,
        /// As the file says it, made safe to show.
        found: String,
        expected: String,
    },

    /// `qnr convert` would write a form that does not read back the same.
    #[error(
        "`{}` cannot be written as {format} without change: {part} would not read back the same; convert it to json, toml or yaml instead",
        path.display()
    )]
    NotWritableAs {
        path: PathBuf,
        format: &'static str,
        /// What would change: `the comments on Issue I, Recommendation 1 (I.1)`.
        part: String,
    },

    /// `qnr fill` was run without a terminal to ask in.
    #[error(
        "`qnr fill` asks its questions in a terminal, and {missing}.\n  \
         Without a terminal, start from an empty reply with `qnr new -o reply.json`, \
         fill it in with any editor, and check it with `qnr validate reply.json`;\n  \
         `qnr convert` turns a reply from TOML or YAML into JSON and back."
    )]
    NoTerminal {
        /// Which stream is not one: `standard input is not a terminal`.
        missing: &'static str,
    },

    /// The terminal failed while `qnr fill` was asking.
    #[error(
        "the terminal could not be used: {source}; every confirmed answer is saved in `{shown}`"
    )]
    TerminalLost {
        source: io::Error,
        /// The reply file, made safe to show.
        shown: String,
    },

    /// `qnr fill` could not save (a full disk, a read-only folder): the file
    /// keeps what was saved before, and what was not is shown so that the
    /// person can copy it.
    #[error(
        "{cause}\n  {}\n{unsaved}  \
         Make room on the disk or make the folder writable, then `qnr fill {}` goes on from there.",
        kept_note(path, *existed, *answered, *total),
        path.display()
    )]
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

    #[error("{0}")]
    Usage(String),

    /// Another qnr holds the lock on a reply (`io::lock`): one writer per file.
    #[error(
        "another qnr is filling `{}`{}; finish or quit that one first (its lock is `{}`)",
        path.display(),
        holder.as_ref().map(holder_note).unwrap_or_default(),
        lock.display()
    )]
    Busy {
        path: PathBuf,
        lock: PathBuf,
        holder: Option<crate::io::Holder>,
    },
}

/// What a reply that could not be saved still holds: never a claim about a
/// file that does not exist.
fn kept_note(path: &std::path::Path, existed: bool, answered: usize, total: usize) -> String {
    if existed {
        format!(
            "`{}` still holds every answer saved before ({answered} of {total} answered).",
            path.display()
        )
    } else {
        format!("Nothing was saved: `{}` was not created.", path.display())
    }
}

/// ` (process 4242, since 2026-12-01 10:02:33 +01:00)`.
fn holder_note(holder: &crate::io::Holder) -> String {
    let parts: Vec<String> = [
        holder.pid.map(|pid| format!("process {pid}")),
        holder.since.as_ref().map(|since| format!("since {since}")),
    ]
    .into_iter()
    .flatten()
    .collect();
    if parts.is_empty() {
        String::new()
    } else {
        format!(" ({})", parts.join(", "))
    }
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

    fn done(self) -> &'static str {
        match self {
            Purpose::Convert => "converted",
            Purpose::Compare => "compared",
            Purpose::Fill | Purpose::CarryForward => "filled",
        }
    }

    fn reason(self, why: Unusable) -> &'static str {
        match (self, why) {
            (Purpose::Convert | Purpose::Compare, Unusable::Unparsed) => {
                "it could not be read; fix the error above"
            }
            (Purpose::Convert, Unusable::Lossy) => {
                "part of it would be lost; fix the errors above first"
            }
            (Purpose::Compare, Unusable::Lossy) => {
                "part of it could not be read; fix the errors above first"
            }
            (Purpose::Fill, Unusable::Unparsed) => {
                "it could not be read, and saving would replace it; fix the error above or name a new file"
            }
            (Purpose::Fill, Unusable::Lossy) => {
                "saving would lose what qnr could not read in it; fix the errors above first"
            }
            (Purpose::CarryForward, _) => {
                "it could not be read as last round's reply; fix the error above"
            }
        }
    }

    fn other_questionnaire(self) -> &'static str {
        match self {
            Purpose::Convert => "convert it with `--schema` naming that questionnaire's schema",
            Purpose::Compare => "compare it with `--schema` naming that questionnaire's schema",
            Purpose::Fill => "fill it with `--schema` naming that questionnaire's schema",
            Purpose::CarryForward => "it cannot supply the answers",
        }
    }
}

/// An I/O error in words, without Rust's "(os error 13)" suffix.
fn io_reason(error: &io::Error) -> String {
    match error.kind() {
        io::ErrorKind::NotFound => "no such file or folder".into(),
        io::ErrorKind::PermissionDenied => "permission denied".into(),
        io::ErrorKind::IsADirectory => "it is a folder, not a file".into(),
        io::ErrorKind::StorageFull => "the disk is full".into(),
        io::ErrorKind::ReadOnlyFilesystem => "the file system is read-only".into(),
        _ => {
            let text = error.to_string();
            match text.find(" (os error") {
                Some(i) => text[..i].to_lowercase(),
                None => text,
            }
        }
    }
}

impl Error {
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
