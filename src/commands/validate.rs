//! `qnr validate PATH…`: every reply file is read and checked on all cores,
//! and a printer prints the findings in the order the files were given;
//! then a totals and the exit code.

use crate::color::Palette;
use crate::console::Console;
use crate::diagnostic::{Code, Diagnostic, FileName, Findings, Totals};
use crate::error::Error;
use crate::exit::Exit;
use crate::i18n::t;
use crate::io::Found;
use crate::parallel::{WINDOW_PER_JOB, ordered_map};
use crate::printer::{
    Printer, github::Github, human::Human, json::Json, junit::Junit, sarif::Sarif,
};
use crate::schema::Schema;
use crate::validate::{Strictness, check};

/// How the findings are printed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum FindingsFormat {
    Human,
    Json,
    Github,
    Junit,
    Sarif,
}

impl FindingsFormat {
    /// Formats that are one document, written whole even when no file was checked.
    fn is_document(self) -> bool {
        matches!(
            self,
            FindingsFormat::Json | FindingsFormat::Junit | FindingsFormat::Sarif
        )
    }

    /// Whether the printer uses the file's text (source lines, end columns).
    fn needs_text(self) -> bool {
        !matches!(self, FindingsFormat::Json | FindingsFormat::Junit)
    }
}

#[derive(Clone, Debug)]
pub(crate) struct Options {
    pub inputs: super::Inputs,
    pub strict: bool,
    pub format: FindingsFormat,
}

/// What checking one entry gave.
enum Outcome {
    /// The report, and its human rendering when that was done already
    /// (rendering is the costly part of human output: the threads do it).
    Report(Findings, Option<Vec<u8>>),
    /// The path itself is unusable; the message goes to stderr.
    Failed(String),
}

/// Where the findings go.
enum Sink<'w> {
    /// Already rendered by the thread that checked the file.
    Rendered(&'w mut dyn std::io::Write),
    Printer(Box<dyn Printer + 'w>),
}

/// Checks every reply the paths name, in parallel, printing the findings
/// in the order the files were given.
pub(crate) fn run(
    console: &mut Console<'_>,
    schema: &Schema,
    options: &Options,
) -> Result<Exit, Error> {
    let found = options.inputs.discover.expand(&options.inputs.paths);
    let palettes = console.palettes;
    let strictness = Strictness {
        strict: options.strict,
    };
    let keep_text = options.format.needs_text();
    let prerender = (options.format == FindingsFormat::Human).then_some(palettes.out);
    let err = &mut *console.err;
    let mut failed = false;
    let mut totals = Totals::default();
    // Human output is rendered by the threads and written as it comes; the
    // other formats frame a document, so a printer writes them.
    let mut target = match options.format {
        FindingsFormat::Human => Sink::Rendered(&mut *console.out),
        FindingsFormat::Json => Sink::Printer(Box::new(Json::new(console.out))),
        FindingsFormat::Github => Sink::Printer(Box::new(Github::new(console.out))),
        FindingsFormat::Junit => Sink::Printer(Box::new(Junit::new(console.out))),
        FindingsFormat::Sarif => Sink::Printer(Box::new(Sarif::new(console.out))),
    };
    let jobs = options.inputs.jobs.get();
    ordered_map(
        &found,
        jobs,
        jobs * WINDOW_PER_JOB,
        |item| check_one(item, schema, strictness, keep_text, prerender),
        |outcome| match outcome {
            Outcome::Report(report, rendered) => {
                failed |= report.unreadable;
                totals.add(&report);
                match (&mut target, rendered) {
                    (Sink::Rendered(out), Some(bytes)) => out.write_all(&bytes),
                    (Sink::Printer(printer), _) => printer.file(&report),
                    (Sink::Rendered(out), None) => {
                        crate::printer::human::write_report(*out, &report, palettes.out)
                    }
                }
                .map_err(Error::stdout)
            }
            Outcome::Failed(message) => {
                failed = true;
                // If stderr is gone there is nobody left to tell; the exit code still says it.
                let _ = writeln!(err, "{} {message}", palettes.err.error(&t!("common-error")));
                Ok(())
            }
        },
    )?;
    if totals.files > 0 || options.format.is_document() {
        match target {
            Sink::Rendered(out) => Human::new(out, palettes.out).finish(&totals),
            Sink::Printer(mut printer) => printer.finish(&totals),
        }
        .map_err(Error::stdout)?;
    }
    Ok(if failed {
        Exit::Failure
    } else if totals.invalid() > 0 {
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
            let path = target.source.name();
            match target.source.read() {
                Ok(bytes) => check(path, target.format, bytes, schema, strictness).findings,
                Err(e) => read_failure(path, &e),
            }
        }
        Found::Unreadable { path, reason } => Findings::unreadable(
            path.display().to_string(),
            Diagnostic::error(
                Code::UnreadableFile,
                t!("validate-unreadable-entry", reason = reason.as_str()),
            ),
        ),
        Found::Foreign { path, finding } => crate::formats::Loaded::foreign(finding.clone())
            .into_findings(path.display().to_string()),
        Found::Failed(e) => {
            return Outcome::Failed(
                crate::escape::terminal::for_terminal(&e.to_string()).into_owned(),
            );
        }
    };
    let rendered = prerender.map(|palette| {
        let mut bytes = Vec::new();
        // Writing to memory cannot fail.
        let _ = crate::printer::human::write_report(&mut bytes, &report, palette);
        bytes
    });
    if !keep_text || rendered.is_some() {
        report.text = None;
    }
    Outcome::Report(report, rendered)
}

/// A file that could not be read. Too large is a finding about the file
/// (exit 1); anything else means it could not be read at all (exit 2).
fn read_failure(path: FileName, error: &Error) -> Findings {
    match error {
        Error::TooLarge { size, limit, .. } => Findings {
            path,
            text: None,
            diagnostics: vec![
                Diagnostic::error(
                    Code::LimitExceeded,
                    t!("validate-too-large", size = *size, limit = *limit),
                )
                .with_help(crate::diagnostic::docs::not_a_reply()),
            ],
            unreadable: false,
        },
        // It was there when the paths were listed.
        Error::NotFound { .. } => Findings::unreadable(
            path,
            Diagnostic::error(Code::UnreadableFile, t!("validate-file-gone")),
        ),
        other => Findings::unreadable(
            path,
            Diagnostic::error(Code::UnreadableFile, other.to_string()),
        ),
    }
}
