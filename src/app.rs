//! From parsed arguments to an exit code: runs the command the command line
//! asks for, and turns a failure into a message on stderr. Nothing here touches the
//! process's real streams; `main` passes them in a [`Console`].

use std::io::{self, Write};

use crate::cli::{Cli, Plan};
use crate::color::Palette;
use crate::console::Console;
use crate::error::Error;
use crate::exit::Exit;
use crate::i18n::{self, t};
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

fn dispatch(cli: Cli, console: &mut Console<'_>) -> Result<Exit, Error> {
    match cli.plan() {
        Plan::Run {
            command,
            schema,
            lang,
        } => {
            // Settled before the schema is read, so that its errors are in
            // the person's language; without a preference, loading the
            // schema settles it (`commands::load_schema`).
            if let Some(lang) = i18n::preferred(lang, |name| std::env::var(name).ok()) {
                i18n::choose(lang);
            }
            command.run(console, schema.as_deref())
        }
        Plan::Completions(shell) => {
            let mut command = <Cli as clap::CommandFactory>::command();
            clap_complete::generate(shell, &mut command, "qnr", console.out);
            Ok(Exit::Success)
        }
        Plan::Man => {
            let command = <Cli as clap::CommandFactory>::command();
            clap_mangen::Man::new(command)
                .render(console.out)
                .map_err(Error::stdout)?;
            Ok(Exit::Success)
        }
    }
}

/// Says what went wrong, with the findings behind it when there are some.
fn report_error(error: &Error, err: &mut dyn Write, palette: Palette) -> io::Result<()> {
    match error {
        Error::BadSchema(findings)
        | Error::NotAForm(findings)
        | Error::Refused { findings, .. } => {
            human::write_report(err, findings, palette)?;
        }
        _ => {}
    }
    let message = crate::escape::terminal::for_terminal(&error.to_string()).into_owned();
    writeln!(err, "{} {message}", palette.error(&t!("common-error")))
}
