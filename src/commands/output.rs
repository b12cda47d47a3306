//! Where a command writes its document: standard output (no `-o`, or
//! `-o -`), or a file, written atomically and replaced only with `--force`.
//! Built once from the command line, so no command tests for `-` itself.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::error::Error;
use crate::formats::Format;
use crate::i18n::t;
use crate::io::{Overwrite, resolve, while_locked, write_atomic};

#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Output {
    Stdout,
    File { path: PathBuf, overwrite: Overwrite },
}

impl Output {
    /// `-o PATH` (`-` or absent is standard output) and `--force`.
    pub(crate) fn new(path: Option<PathBuf>, force: bool) -> Output {
        match path {
            Some(path) if path.as_os_str() != "-" => Output::File {
                path,
                overwrite: if force {
                    Overwrite::Allow
                } else {
                    Overwrite::Refuse
                },
            },
            _ => Output::Stdout,
        }
    }

    /// The file to write, unless it is standard output.
    pub(crate) fn path(&self) -> Option<&Path> {
        match self {
            Output::Stdout => None,
            Output::File { path, .. } => Some(path),
        }
    }

    /// Refuses a file that exists and may not be replaced. Commands ask
    /// before reading anything: the answer will not change meanwhile (and
    /// the atomic write refuses again if the file appears after all).
    pub(crate) fn check_free(&self) -> Result<(), Error> {
        match self {
            Output::File {
                path,
                overwrite: Overwrite::Refuse,
            } if std::fs::symlink_metadata(path).is_ok() => {
                Err(Error::Exists { path: path.clone() })
            }
            _ => Ok(()),
        }
    }

    /// Writes `bytes` to the file atomically, or to `out`.
    pub(crate) fn write(&self, bytes: &[u8], out: &mut dyn Write) -> Result<(), Error> {
        match self {
            // A reply being filled is not replaced under its session's
            // feet: the writer takes the same lock `qnr fill` holds.
            Output::File { path, overwrite } => {
                while_locked(&resolve(path), || write_atomic(path, bytes, *overwrite))
            }
            Output::Stdout => {
                out.write_all(bytes).map_err(Error::stdout)?;
                out.flush().map_err(Error::stdout)
            }
        }
    }

    /// The reply format to write: `to`, else the file's extension, else
    /// JSON for standard output; refused when it is a Word document bound
    /// for a terminal.
    pub(crate) fn reply_format(
        &self,
        to: Option<Format>,
        stdout_is_terminal: bool,
    ) -> Result<Format, Error> {
        let format = self.format(to)?;
        if !format.is_written() {
            return Err(Error::Usage(crate::formats::not_written(format)));
        }
        self.refuse_binary_on_terminal(format, stdout_is_terminal)?;
        Ok(format)
    }

    fn format(&self, to: Option<Format>) -> Result<Format, Error> {
        if let Some(format) = to {
            return Ok(format);
        }
        match self.path() {
            None => Ok(Format::Json),
            Some(path) => Format::from_path(path).ok_or_else(|| {
                Error::Usage(t!(
                    "convert-output-format",
                    file = path.display().to_string(),
                    extensions = Format::all_extensions()
                ))
            }),
        }
    }

    /// A Word report is not printed on a terminal either.
    pub(crate) fn refuse_word_on_terminal(&self, stdout_is_terminal: bool) -> Result<(), Error> {
        self.refuse_binary_on_terminal(Format::Docx, stdout_is_terminal)
    }

    /// A Word document is binary: written to standard output only when that
    /// is a file or a pipe, never onto a terminal, where it would be garbage.
    fn refuse_binary_on_terminal(
        &self,
        format: Format,
        stdout_is_terminal: bool,
    ) -> Result<(), Error> {
        if matches!(format, Format::Docx | Format::Odt)
            && *self == Output::Stdout
            && stdout_is_terminal
        {
            return Err(Error::Usage(t!("convert-binary-on-terminal")));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dash_or_nothing_is_standard_output() {
        assert_eq!(Output::new(None, false), Output::Stdout);
        assert_eq!(Output::new(Some("-".into()), true), Output::Stdout);
        let file = Output::new(Some("r.json".into()), true);
        assert_eq!(file.path(), Some(Path::new("r.json")));
        assert_eq!(file.format(None).unwrap(), Format::Json);
        assert_eq!(
            Output::Stdout.format(Some(Format::Yaml)).unwrap(),
            Format::Yaml
        );
        let odd = Output::new(Some("r.xyz".into()), false);
        assert!(
            odd.format(None)
                .unwrap_err()
                .to_string()
                .contains("--to FORMAT")
        );
    }

    #[test]
    fn an_existing_file_is_refused_without_force() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r.json");
        std::fs::write(&path, "{}").unwrap();
        let refused = Output::new(Some(path.clone()), false).check_free();
        assert!(matches!(refused, Err(Error::Exists { .. })));
        assert!(Output::new(Some(path), true).check_free().is_ok());
    }

    #[test]
    fn a_word_document_is_not_printed_on_a_terminal() {
        let err = Output::Stdout
            .refuse_binary_on_terminal(Format::Docx, true)
            .unwrap_err();
        assert!(err.to_string().contains("-o reply.docx"), "{err}");
        let dash = Output::new(Some("-".into()), false);
        assert!(dash.refuse_binary_on_terminal(Format::Docx, true).is_err());
        // A pipe or a file takes it; text formats go anywhere.
        assert!(
            Output::Stdout
                .refuse_binary_on_terminal(Format::Docx, false)
                .is_ok()
        );
        let file = Output::new(Some("reply.docx".into()), false);
        assert!(file.refuse_binary_on_terminal(Format::Docx, true).is_ok());
        assert!(
            Output::Stdout
                .refuse_binary_on_terminal(Format::Json, true)
                .is_ok()
        );
    }
}
