//! `qnr validate PATH…`: every reply file is read and checked on all cores,
//! and a reporter prints the findings in the order the files were given;
//! then a summary and the exit code.

use std::path::PathBuf;

use crate::app::{Io, Palettes};
use crate::color::Palette;
use crate::diagnostic::{Code, Diagnostic};
use crate::error::Error;
use crate::exit::Exit;
use crate::fsio::MAX_REPLY_BYTES;
use crate::output::{
    Reporter, Summary, github::Github, human::Human, json::Json, junit::Junit, sarif::Sarif,
};
use crate::parallel::{default_jobs, ordered_map};
use crate::schema::Schema;
use crate::validate::{FileReport, Strictness, check_owned};
use crate::walk::{Found, Walk};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReportKind {
    Human,
    Json,
    Github,
    Junit,
    Sarif,
}

impl ReportKind {
    /// Formats that are one document, written whole even when no file was checked.
    fn is_document(self) -> bool {
        matches!(
            self,
            ReportKind::Json | ReportKind::Junit | ReportKind::Sarif
        )
    }

    /// Whether the reporter uses the file's text (source lines, end columns).
    fn needs_text(self) -> bool {
        !matches!(self, ReportKind::Json | ReportKind::Junit)
    }
}

#[derive(Clone, Debug)]
pub struct Options {
    pub paths: Vec<PathBuf>,
    pub strict: bool,
    pub report: ReportKind,
    pub walk: Walk,
    /// Files checked at once; 0 means one per core.
    pub jobs: usize,
}

pub fn run(
    schema: &Schema,
    options: &Options,
    io: &mut Io<'_>,
    palettes: Palettes,
) -> Result<Exit, Error> {
    let found = options.walk.expand(&options.paths);
    check_found(schema, options, &found, io, palettes)
}

/// What checking one entry gave.
enum Outcome {
    /// The report, and its human rendering when that was done already
    /// (rendering is the costly part of human output: the threads do it).
    Report(FileReport, Option<Vec<u8>>),
    /// The path itself is unusable; the message goes to stderr.
    Failed(String),
}

/// Where reports go.
enum Target<'w> {
    /// Already rendered by the thread that checked the file.
    Rendered(&'w mut dyn std::io::Write),
    Reporter(Box<dyn Reporter + 'w>),
}

/// Finished results that may wait for a slow file, per thread.
const WINDOW_PER_JOB: usize = 64;

/// Checks entries already listed, in parallel, reporting them in order.
pub(crate) fn check_found(
    schema: &Schema,
    options: &Options,
    found: &[Found],
    io: &mut Io<'_>,
    palettes: Palettes,
) -> Result<Exit, Error> {
    let strictness = Strictness {
        strict: options.strict,
    };
    let keep_text = options.report.needs_text();
    let prerender = (options.report == ReportKind::Human).then_some(palettes.out);
    let err = &mut *io.err;
    let mut failed = false;
    let mut summary = Summary::default();
    // Human output is rendered by the threads and written as it comes; the
    // other formats frame a document, so a reporter writes them.
    let mut target = match options.report {
        ReportKind::Human => Target::Rendered(&mut *io.out),
        ReportKind::Json => Target::Reporter(Box::new(Json::new(io.out))),
        ReportKind::Github => Target::Reporter(Box::new(Github::new(io.out))),
        ReportKind::Junit => Target::Reporter(Box::new(Junit::new(io.out))),
        ReportKind::Sarif => Target::Reporter(Box::new(Sarif::new(io.out))),
    };
    let jobs = match options.jobs {
        0 => default_jobs(),
        n => n,
    };
    ordered_map(
        found,
        jobs,
        jobs * WINDOW_PER_JOB,
        |item| check_one(item, schema, strictness, keep_text, prerender),
        |outcome| match outcome {
            Outcome::Report(report, rendered) => {
                failed |= report.unreadable;
                summary.add(&report);
                match (&mut target, rendered) {
                    (Target::Rendered(out), Some(bytes)) => out.write_all(&bytes),
                    (Target::Reporter(reporter), _) => reporter.file(&report),
                    (Target::Rendered(out), None) => {
                        crate::output::human::write_report(*out, &report, palettes.out)
                    }
                }
                .map_err(Error::stdout)
            }
            Outcome::Failed(message) => {
                failed = true;
                // If stderr is gone there is nobody left to tell; the exit code still says it.
                let _ = writeln!(err, "{} {message}", palettes.err.error("error:"));
                Ok(())
            }
        },
    )?;
    if summary.files > 0 || options.report.is_document() {
        match target {
            Target::Rendered(out) => Human::new(out, palettes.out).finish(&summary),
            Target::Reporter(mut reporter) => reporter.finish(&summary),
        }
        .map_err(Error::stdout)?;
    }
    Ok(if failed {
        Exit::Failure
    } else if summary.invalid() > 0 {
        Exit::Problems
    } else {
        Exit::Success
    })
}

fn check_one(
    item: &Found,
    schema: &Schema,
    strictness: Strictness,
    keep_text: bool,
    prerender: Option<Palette>,
) -> Outcome {
    let mut report = match item {
        Found::Target(target) => {
            let path = target.source.display();
            match target.source.read(MAX_REPLY_BYTES) {
                Ok(bytes) => check_owned(path, target.format, bytes, schema, strictness),
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
        Found::Foreign { path, finding } => FileReport::from_loaded(
            path.display().to_string(),
            crate::formats::Loaded::foreign(finding.clone()),
        ),
        Found::Failed(e) => {
            return Outcome::Failed(crate::sanitize::for_terminal(&e.to_string()).into_owned());
        }
    };
    let rendered = prerender.map(|palette| {
        let mut bytes = Vec::new();
        // Writing to memory cannot fail.
        let _ = crate::output::human::write_report(&mut bytes, &report, palette);
        bytes
    });
    if !keep_text || rendered.is_some() {
        report.text = None;
    }
    Outcome::Report(report, rendered)
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
        // It was there when the paths were listed.
        Error::NotFound { .. } => FileReport::unreadable(
            path,
            Diagnostic::error(
                Code::UnreadableFile,
                "the file is gone: it was moved or deleted after qnr listed it",
            ),
        ),
        other => FileReport::unreadable(
            path,
            Diagnostic::error(Code::UnreadableFile, other.to_string()),
        ),
    }
}
