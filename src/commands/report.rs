//! `qnr report PATH…`: reads and checks every reply on all cores, compiles
//! them (crate::report) and writes one document. Files that are left out
//! are listed in the document, not failures: the exit code is 0 when the
//! report was written.

use std::path::Path;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::console::Console;
use crate::diagnostic::Diagnostic;
use crate::diagnostic::Findings;
use crate::error::Error;
use crate::exit::Exit;
use crate::io::Found;
use crate::parallel::{WINDOW_PER_JOB, ordered_map};
use crate::report::{self, FirstError, Input, Read};
use crate::schema::Schema;
use crate::validate::{Checked, Strictness, check};

/// What the report is written as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ReportFormat {
    Md,
    Html,
    Csv,
    Json,
}

impl ReportFormat {
    /// The kind a file name asks for.
    fn from_path(path: &Path) -> Option<ReportFormat> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "md" | "markdown" => Some(ReportFormat::Md),
            "html" | "htm" => Some(ReportFormat::Html),
            "csv" => Some(ReportFormat::Csv),
            "json" => Some(ReportFormat::Json),
            _ => None,
        }
    }
}

#[derive(Clone, Debug)]
pub(crate) struct Options {
    pub inputs: super::Inputs,
    pub compile: report::Options,
    pub output: super::Output,
    /// `--format`; else the output's extension, else Markdown.
    pub format: Option<ReportFormat>,
}

/// Below this many files the progress bar would only flicker.
const PROGRESS_FROM: usize = 50;

pub(crate) fn run(
    console: &mut Console<'_>,
    schema: &Schema,
    options: &Options,
) -> Result<Exit, Error> {
    let output = options.output.path();
    let kind = kind(output, options.format)?;
    // Say so before reading a thousand files.
    options.output.check_free()?;
    let mut found = options.inputs.discover.expand(&options.inputs.paths);
    // A path that names nothing is a usage error (exit 2), as in every command.
    if let Some(i) = found.iter().position(|f| matches!(f, Found::Failed(_)))
        && let Found::Failed(e) = found.swap_remove(i)
    {
        return Err(e);
    }
    if let Some(path) = output {
        skip_output(&mut found, path);
    }
    let progress = progress(found.len(), console.terminal.stderr);
    let jobs = options.inputs.jobs.get();
    let mut inputs = Vec::with_capacity(found.len());
    ordered_map(
        &found,
        jobs,
        jobs * WINDOW_PER_JOB,
        |item| read_one(item, schema),
        |input| {
            progress.inc(1);
            inputs.push(input);
            Ok::<(), Error>(())
        },
    )?;
    progress.finish_and_clear();
    let compiled = report::compile(schema, inputs, options.compile.clone());
    let bytes = match kind {
        ReportFormat::Md => report::md::render(&compiled).into_bytes(),
        ReportFormat::Html => report::html::render(&compiled).into_bytes(),
        ReportFormat::Csv => report::csv::render(&compiled),
        ReportFormat::Json => report::json::render(&compiled),
    };
    options.output.write(&bytes, console.out)?;
    let mut summary = format!(
        "compiled {} of {} files ({} left out",
        compiled.included.len(),
        compiled.files,
        compiled.left_out()
    );
    if compiled.has_problems() {
        summary.push_str(", listed under Problems");
    }
    summary.push(')');
    if let Some(path) = output {
        summary.push_str(&format!(" into `{}`", path.display()));
    }
    let _ = writeln!(console.err, "{summary}");
    Ok(Exit::Success)
}

/// Leaves the report itself out of what is read: `qnr report replies/ -o
/// replies/report.json --force` run twice would otherwise count last
/// run's report as a (broken) reply.
fn skip_output(found: &mut Vec<Found>, output: &Path) {
    let Ok(target) = std::fs::canonicalize(output) else {
        return;
    };
    found.retain(|f| match f {
        Found::Target(t) => match t.source.path() {
            // Only a file of the same name can be the same file.
            Some(p) if p.file_name() == output.file_name() => {
                std::fs::canonicalize(p).map_or(true, |p| p != target)
            }
            _ => true,
        },
        _ => true,
    });
}

/// `--format`, else the output's extension, else Markdown for standard output.
fn kind(output: Option<&Path>, format: Option<ReportFormat>) -> Result<ReportFormat, Error> {
    if let Some(kind) = format {
        return Ok(kind);
    }
    match output {
        None => Ok(ReportFormat::Md),
        Some(path) => ReportFormat::from_path(path).ok_or_else(|| {
            Error::Usage(format!(
                "cannot tell which format to write from the name `{}`; name it .md, .html, .csv or .json, or add `--format md|html|csv|json`",
                path.display()
            ))
        }),
    }
}

/// A bar on stderr when it is a terminal and there are many files.
fn progress(files: usize, stderr_is_terminal: bool) -> ProgressBar {
    if !stderr_is_terminal || files < PROGRESS_FROM {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(Some(files as u64), ProgressDrawTarget::stderr());
    if let Ok(style) =
        ProgressStyle::with_template("compiling {bar:30} {pos}/{len} files ({eta} left)")
    {
        bar.set_style(style);
    }
    // Draw at once: a fast run still shows that it was counting.
    bar.tick();
    bar
}

fn read_one(item: &Found, schema: &Schema) -> Input {
    match item {
        Found::Target(target) => {
            let file = target.source.display();
            let read = match target.source.read() {
                Ok(bytes) => {
                    let Checked {
                        findings: checked,
                        reply,
                    } = check(
                        file.clone(),
                        target.format,
                        bytes,
                        schema,
                        Strictness::default(),
                    );
                    let error = first_error(&checked);
                    match reply {
                        Some(reply) => Read::Reply {
                            reply: Box::new(reply),
                            error,
                        },
                        None => Read::Unusable(error.unwrap_or(FirstError {
                            message: "the file holds no reply".to_string(),
                            line: None,
                            column: None,
                        })),
                    }
                }
                Err(e) => Read::Unusable(FirstError {
                    message: e.to_string(),
                    line: None,
                    column: None,
                }),
            };
            Input { file, read }
        }
        Found::Unreadable { path, reason } => Input {
            file: path.display().to_string(),
            read: Read::Unusable(FirstError {
                message: format!("cannot read this entry: {reason}"),
                line: None,
                column: None,
            }),
        },
        Found::Foreign { path, finding } => Input {
            file: path.display().to_string(),
            read: Read::Unusable(FirstError {
                message: finding.message.clone(),
                line: None,
                column: None,
            }),
        },
        // Failures were returned before reading.
        Found::Failed(e) => Input {
            file: String::new(),
            read: Read::Unusable(FirstError {
                message: e.to_string(),
                line: None,
                column: None,
            }),
        },
    }
}

/// The error nearest the start of the file.
fn first_error(report: &Findings) -> Option<FirstError> {
    report
        .diagnostics
        .iter()
        .filter(|d| d.is_error())
        .min_by_key(|d| (d.line.unwrap_or(usize::MAX), d.column.unwrap_or(0)))
        .map(|d: &Diagnostic| FirstError {
            message: match &d.id {
                Some(id) if !d.message.contains(id.as_str()) => format!("{id}: {}", d.message),
                _ => d.message.clone(),
            },
            line: d.line,
            column: d.column,
        })
}
