//! From parsed arguments to an exit code: loads the schema, runs the command,
//! and turns a failure into a message on stderr. Nothing here touches the
//! process's real streams; `main` passes them in a [`Console`].

use std::io::{self, Write};

use crate::cli::{Cli, Command, DiffFormat, ReportFormat, ReportKindArg, SchemaCommand};
use crate::color::Palette;
use crate::commands;
use crate::console::Console;
use crate::error::Error;
use crate::exit::Exit;
use crate::printer::human;

/// Runs one command line to its end.
pub fn run(cli: Cli, console: &mut Console<'_>) -> Exit {
    match dispatch(cli, console) {
        Ok(exit) => exit,
        Err(e) if e.is_broken_pipe() => Exit::Success,
        Err(e) => {
            // If stderr itself is gone there is nobody left to tell.
            let _ = report_error(&e, console.err, console.palettes.err);
            Exit::Failure
        }
    }
}

fn dispatch(cli: Cli, io: &mut Console<'_>) -> Result<Exit, Error> {
    let schema_path = cli.schema.as_deref();
    match cli.command {
        Command::Validate(args) => {
            let schema = commands::load_schema(schema_path)?;
            let options = commands::validate::Options {
                paths: args.paths,
                strict: args.strict,
                report: match args.format {
                    ReportFormat::Human => commands::validate::ReportKind::Human,
                    ReportFormat::Json => commands::validate::ReportKind::Json,
                    ReportFormat::Github => commands::validate::ReportKind::Github,
                    ReportFormat::Junit => commands::validate::ReportKind::Junit,
                    ReportFormat::Sarif => commands::validate::ReportKind::Sarif,
                },
                jobs: args.jobs.map_or(0, usize::from),
                walk: crate::io::Discover {
                    from: args.from.map(Into::into),
                    only: args.ext.into_iter().map(Into::into).collect(),
                },
            };
            commands::validate::run(&schema, &options, io)
        }
        Command::New(args) => {
            let schema = commands::load_schema(schema_path)?;
            commands::new::run(
                &schema,
                args.output.as_deref(),
                args.to.map(Into::into),
                args.force,
                io,
            )
        }
        Command::Convert(args) => {
            let schema = commands::load_schema(schema_path)?;
            let options = commands::convert::Options {
                input: crate::io::Source::from_arg(&args.input),
                output: args.output,
                from: args.from.map(Into::into),
                to: args.to.map(Into::into),
                force: args.force,
            };
            commands::convert::run(&schema, &options, io)
        }
        Command::Report(args) => {
            let schema = commands::load_schema(schema_path)?;
            let options = commands::report::Options {
                paths: args.paths,
                walk: crate::io::Discover {
                    from: args.from.map(Into::into),
                    only: args.ext.into_iter().map(Into::into).collect(),
                },
                jobs: args.jobs.map_or(0, usize::from),
                compile: crate::report::Options {
                    cutoff: args.cutoff,
                    include_invalid: args.include_invalid,
                },
                output: args.output,
                format: args.format.map(|f| match f {
                    ReportKindArg::Md => commands::report::Kind::Md,
                    ReportKindArg::Html => commands::report::Kind::Html,
                    ReportKindArg::Csv => commands::report::Kind::Csv,
                    ReportKindArg::Json => commands::report::Kind::Json,
                }),
                force: args.force,
            };
            commands::report::run(&schema, &options, io)
        }
        Command::Diff(args) => {
            let schema = commands::load_schema(schema_path)?;
            let options = commands::diff::Options {
                a: args.a,
                b: args.b,
                from: args.from.map(Into::into),
                json: args.format == DiffFormat::Json,
            };
            commands::diff::run(&schema, &options, io)
        }
        Command::Fill(args) => {
            // Before anything else: without a terminal, say so at once.
            crate::fill::check_terminal(io.terminal)?;
            let schema = commands::load_schema(schema_path)?;
            let options = crate::fill::Options {
                file: args.file,
                only_missing: args.only_missing,
                review: args.review,
                goto: args.goto,
                carry_forward: args.carry_forward,
                editor: args.editor,
                plain: args.plain,
            };
            crate::fill::run(&schema, &options, io)
        }
        Command::Schema(SchemaCommand::Show) => {
            let schema = commands::load_schema(schema_path)?;
            let width = crate::text::wrap_width();
            crate::commands::schema::show::show(&schema, width, io.palettes.out, io.out)
                .map_err(Error::stdout)?;
            Ok(Exit::Success)
        }
        Command::Schema(SchemaCommand::Check { file }) => commands::schema::check(&file, io),
        Command::Schema(SchemaCommand::JsonSchema { output, force }) => {
            let schema = commands::load_schema(schema_path)?;
            commands::schema::json_schema(&schema, output.as_deref(), force, io)
        }
        Command::Completions { shell } => {
            let mut command = <Cli as clap::CommandFactory>::command();
            clap_complete::generate(shell, &mut command, "qnr", io.out);
            Ok(Exit::Success)
        }
        Command::Man => {
            let command = <Cli as clap::CommandFactory>::command();
            clap_mangen::Man::new(command)
                .render(io.out)
                .map_err(Error::stdout)?;
            Ok(Exit::Success)
        }
    }
}

/// Says what went wrong, with the findings behind it when there are some.
fn report_error(error: &Error, err: &mut dyn Write, palette: Palette) -> io::Result<()> {
    match error {
        Error::BadSchema(report)
        | Error::Unconvertible { report, .. }
        | Error::NotFillable { report, .. }
        | Error::Incomparable { report, .. } => human::write_report(err, report, palette)?,
        _ => {}
    }
    let message = crate::escape::terminal::for_terminal(&error.to_string()).into_owned();
    writeln!(err, "{} {message}", palette.error("error:"))
}
