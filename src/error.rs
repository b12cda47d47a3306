//! Failures that stop a command (as opposed to findings about a file, which
//! are [`crate::diagnostic::Diagnostic`] values). Each names the file and says
//! what to do next; all map to exit code 2.

use std::io;
use std::path::PathBuf;

use crate::diagnostic::Findings;

#[derive(Debug, thiserror::Error)]
pub enum Error {
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

    /// The input could not be read into a reply without losing something;
    /// the report says where.
    #[error("`{}` cannot be converted: {reason}", path.display())]
    Unconvertible {
        path: PathBuf,
        reason: String,
        report: Box<Findings>,
    },

    /// `qnr fill` will not overwrite a file it cannot read losslessly; the
    /// report says what is wrong in it.
    #[error("`{}` cannot be filled: {reason}", path.display())]
    NotFillable {
        path: PathBuf,
        reason: String,
        report: Box<Findings>,
    },

    /// `qnr fill` could not save (a full disk, a read-only folder): the file
    /// keeps what was saved before, and what was not is shown so that the
    /// person can copy it.
    #[error(
        "{cause}\n  `{}` still holds every answer saved before ({answered} of {total} answered).\n{unsaved}  \
         Make room on the disk or make the folder writable, then `qnr fill {}` goes on from there.",
        path.display(),
        path.display()
    )]
    NotSaved {
        cause: Box<Error>,
        path: PathBuf,
        answered: usize,
        total: usize,
        /// Indented lines, each ending in a line break; empty when nothing
        /// typed was lost.
        unsaved: String,
    },

    /// `qnr diff` compares only what it read whole; the report says what
    /// could not be read.
    #[error("`{}` cannot be compared: {reason}", path.display())]
    Incomparable {
        path: PathBuf,
        reason: String,
        report: Box<Findings>,
    },

    #[error("{0}")]
    Usage(String),
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
    pub fn is_broken_pipe(&self) -> bool {
        matches!(self, Error::Write { source, .. } if source.kind() == io::ErrorKind::BrokenPipe)
    }

    /// A write to standard output failed.
    pub fn stdout(source: io::Error) -> Error {
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
