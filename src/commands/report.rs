//! `qnr report PATH…`: reads and checks every reply on all cores, compiles
//! them (crate::report), with the previous round's replies when asked, and
//! writes one document. Files that are left out are listed in the
//! document, not failures: the exit code is 0 when the report was written.

use std::path::{Path, PathBuf};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::console::Console;
use crate::error::Error;
use crate::exit::Exit;
use crate::i18n::{Lang, t, t_in};
use crate::io::{FileKind, Found, read_limited};
use crate::parallel::{WINDOW_PER_JOB, ordered_map};
use crate::report::{self, Comparison, Expected, ExpectedSpec, FirstError, Input, IsoDate, Read};
use crate::schema::Schema;
use crate::validate::{Checked, Strictness, check};

/// What the report is written as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ReportFormat {
    Md,
    Html,
    Csv,
    Json,
    Docx,
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
            "docx" => Some(ReportFormat::Docx),
            _ => None,
        }
    }
}

#[derive(Clone, Debug)]
pub(crate) struct Options {
    pub inputs: super::Inputs,
    /// `--cutoff`.
    pub cutoff: Option<IsoDate>,
    /// `--include-invalid`.
    pub include_invalid: bool,
    /// `--expected`: who should reply (read when the command runs).
    pub expected: Option<ExpectedSpec>,
    /// `--previous`: the last round's replies.
    pub previous: Vec<PathBuf>,
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
    if kind == ReportFormat::Docx {
        options
            .output
            .refuse_word_on_terminal(console.terminal.stdout)?;
    }
    let compile = report::Options {
        cutoff: options.cutoff,
        include_invalid: options.include_invalid,
        expected: options.expected.as_ref().map(expected).transpose()?,
    };
    let inputs = read_all(
        console,
        schema,
        &options.inputs,
        &options.inputs.paths,
        output,
    )?;
    let previous = if options.previous.is_empty() {
        None
    } else {
        Some(read_all(
            console,
            schema,
            &options.inputs,
            &options.previous,
            output,
        )?)
    };
    let mut compiled = report::compile(schema, inputs, compile.clone());
    if let Some(previous) = previous {
        // The last round as it was: no cut-off, every State that replied.
        let then = report::compile(
            schema,
            previous,
            report::Options {
                cutoff: None,
                expected: None,
                ..compile
            },
        );
        compiled.previous = Some(Comparison::between(&compiled, &then));
    }
    let bytes = match kind {
        ReportFormat::Md => report::md::render(&compiled).into_bytes(),
        ReportFormat::Html => report::html::render(&compiled).into_bytes(),
        ReportFormat::Csv => report::csv::render(&compiled),
        ReportFormat::Json => report::json::render(&compiled),
        ReportFormat::Docx => report::docx::render(&compiled),
    };
    options.output.write(&bytes, console.out)?;
    if let Some(warning) = report::unplaced_warning(&compiled) {
        let _ = writeln!(console.err, "{warning}");
    }
    let _ = writeln!(
        console.err,
        "{}",
        report::summary(
            &compiled,
            output.map(|p| p.display().to_string()).as_deref()
        )
    );
    Ok(Exit::Success)
}

/// The list of States expected to reply.
fn expected(spec: &ExpectedSpec) -> Result<Expected, Error> {
    match spec {
        ExpectedSpec::Un {
            group,
            members_only,
        } => Ok(Expected::un(*group, *members_only)),
        ExpectedSpec::File(path) => {
            let bytes = read_limited(path, FileKind::Schema)?;
            let text = crate::text::decode_text_owned(bytes).map_err(|e| {
                Error::Usage(t!(
                    "report-expected-not-text",
                    path = path.as_path(),
                    line = e.line,
                    column = e.column,
                    reason = e.message
                ))
            })?;
            let csv = path
                .extension()
                .is_some_and(|e| e.eq_ignore_ascii_case("csv"));
            Expected::from_file(&path.display().to_string(), &text, csv).map_err(Error::Usage)
        }
    }
}

/// Finds and reads every reply under `paths`, in the order given.
fn read_all(
    console: &mut Console<'_>,
    schema: &Schema,
    inputs: &super::Inputs,
    paths: &[PathBuf],
    output: Option<&Path>,
) -> Result<Vec<Input>, Error> {
    let mut found = inputs.discover.expand(paths);
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
    let jobs = inputs.jobs.get();
    let mut read = Vec::with_capacity(found.len());
    ordered_map(
        &found,
        jobs,
        jobs * WINDOW_PER_JOB,
        |item| read_one(item, schema),
        |input| {
            progress.inc(1);
            read.push(input);
            Ok::<(), Error>(())
        },
    )?;
    progress.finish_and_clear();
    Ok(read)
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
        Some(path) => ReportFormat::from_path(path)
            .ok_or_else(|| Error::Usage(t!("report-output-format", file = path))),
    }
}

/// A bar on stderr when it is a terminal and there are many files.
fn progress(files: usize, stderr_is_terminal: bool) -> ProgressBar {
    if !stderr_is_terminal || files < PROGRESS_FROM {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(Some(files as u64), ProgressDrawTarget::stderr());
    if let Ok(style) = ProgressStyle::with_template(&progress_template(crate::i18n::current())) {
        bar.set_style(style);
    }
    // Draw at once: a fast run still shows that it was counting.
    bar.tick();
    bar
}

/// The progress bar's template, in the run's language: the words around
/// indicatif's placeholders.
fn progress_template(lang: Lang) -> String {
    t_in!(
        lang,
        "report-progress",
        bar = "{bar:30}",
        pos = "{pos}",
        len = "{len}",
        eta = "{eta}"
    )
}

fn read_one(item: &Found, schema: &Schema) -> Input {
    match item {
        Found::Target(target) => {
            let file = target.source.display();
            let read = match target.source.read() {
                Ok(bytes) => {
                    let Checked { findings, reply } = check(
                        file.clone(),
                        target.format,
                        bytes,
                        schema,
                        Strictness::default(),
                    );
                    let error = FirstError::of(&findings);
                    match reply {
                        Some(reply) => Read::Reply {
                            reply: Box::new(reply),
                            error,
                        },
                        None => Read::Unusable(
                            error.unwrap_or_else(|| FirstError::whole_file(t!("report-no-reply"))),
                        ),
                    }
                }
                Err(e) => Read::Unusable(FirstError::whole_file(e.to_string())),
            };
            Input { file, read }
        }
        Found::Unreadable { path, reason } => Input {
            file: path.display().to_string(),
            read: Read::Unusable(FirstError::whole_file(t!(
                "validate-unreadable-entry",
                reason = reason
            ))),
        },
        Found::Foreign { path, finding } => Input {
            file: path.display().to_string(),
            read: Read::Unusable(FirstError::whole_file(finding.message.clone())),
        },
        // Failures were returned before reading.
        Found::Failed(e) => Input {
            file: String::new(),
            read: Read::Unusable(FirstError::whole_file(e.to_string())),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The words around the bar come from the catalogue; indicatif's
    /// placeholders come through every language whole, so the bar still draws.
    #[test]
    fn the_progress_bar_speaks_each_language_and_keeps_its_placeholders() {
        for lang in Lang::ALL {
            let template = progress_template(lang);
            for placeholder in ["{bar:30}", "{pos}", "{len}", "{eta}"] {
                assert!(template.contains(placeholder), "{lang}: {template}");
            }
            assert!(
                ProgressStyle::with_template(&template).is_ok(),
                "{lang}: {template}"
            );
        }
        assert!(progress_template(Lang::Fr).starts_with("compilation "));
    }
}
