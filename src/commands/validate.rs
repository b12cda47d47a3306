//! `qnr validate PATH…`: every reply file is read and checked, in order, and
//! a reporter prints the findings; then a summary and the exit code.

use std::path::PathBuf;

use crate::app::{Io, Palettes};
use crate::diagnostic::{Code, Diagnostic};
use crate::error::Error;
use crate::exit::Exit;
use crate::fsio::MAX_REPLY_BYTES;
use crate::output::{Reporter, Summary, human::Human, json::Json};
use crate::schema::Schema;
use crate::validate::{FileReport, Strictness, check_bytes};
use crate::walk::{Found, Walk};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReportKind {
    Human,
    Json,
}

#[derive(Clone, Debug)]
pub struct Options {
    pub paths: Vec<PathBuf>,
    pub strict: bool,
    pub report: ReportKind,
    pub walk: Walk,
}

pub fn run(
    schema: &Schema,
    options: &Options,
    io: &mut Io<'_>,
    palettes: Palettes,
) -> Result<Exit, Error> {
    let found = options.walk.expand(&options.paths);
    let strictness = Strictness {
        strict: options.strict,
    };
    let mut failed = false;
    let mut summary = Summary::default();
    let mut reporter: Box<dyn Reporter + '_> = match options.report {
        ReportKind::Human => Box::new(Human::new(io.out, palettes.out)),
        ReportKind::Json => Box::new(Json::new(io.out)),
    };
    for item in found {
        let report = match item {
            Found::Target(target) => {
                let path = target.source.display();
                match target.source.read(MAX_REPLY_BYTES) {
                    Ok(bytes) => check_bytes(path, target.format, &bytes, schema, strictness),
                    Err(e) => read_failure(path, &e),
                }
            }
            Found::Unreadable { path, reason } => FileReport::unreadable(
                path.display().to_string(),
                Diagnostic::error(
                    Code::UnreadableFile,
                    format!("cannot read this entry: {reason}"),
                ),
            ),
            Found::Failed(e) => {
                failed = true;
                let message = crate::sanitize::for_terminal(&e.to_string()).into_owned();
                let _ = writeln!(io.err, "{} {message}", palettes.err.error("error:"));
                continue;
            }
        };
        failed |= report.unreadable;
        summary.add(&report);
        reporter.file(&report).map_err(Error::stdout)?;
    }
    if summary.files > 0 || options.report == ReportKind::Json {
        reporter.finish(&summary).map_err(Error::stdout)?;
    }
    Ok(if failed {
        Exit::Failure
    } else if summary.invalid() > 0 {
        Exit::Problems
    } else {
        Exit::Success
    })
}

/// A file that could not be read. Too large is a finding about the file
/// (exit 1); anything else means it could not be read at all (exit 2).
fn read_failure(path: String, error: &Error) -> FileReport {
    match error {
        Error::TooLarge { size, limit, .. } => FileReport {
            path,
            text: None,
            diagnostics: vec![
                Diagnostic::error(
                    Code::LimitExceeded,
                    format!(
                        "the file is {size} bytes, more than the {limit}-byte limit for a reply"
                    ),
                )
                .with_help("this is not a reply; see README.md, \"Limits\""),
            ],
            unreadable: false,
        },
        other => FileReport::unreadable(
            path,
            Diagnostic::error(Code::UnreadableFile, other.to_string()),
        ),
    }
}
