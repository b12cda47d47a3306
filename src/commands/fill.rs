//! `qnr fill [FILE]`: which file, which mode, what to say at the start and
//! the end, and the exit code; the walk itself is the engine in
//! [`crate::fill`].

use std::path::{Path, PathBuf};

use crate::console::{Console, Terminal};
use crate::error::{Error, Stream};
use crate::exit::Exit;
use crate::fill::{self, Interview, Mode, Outcome, Stop, Store};
use crate::schema::Schema;

/// Checked options of `qnr fill`.
#[derive(Clone, Debug, Default)]
pub(crate) struct Options {
    /// The reply file; `None` looks for `reply.json` (or one `reply.*`) here.
    pub file: Option<PathBuf>,
    pub only_missing: bool,
    pub review: bool,
    pub goto: Option<String>,
    pub carry_forward: Option<PathBuf>,
    pub editor: bool,
    /// `--plain`; plain mode also follows from `TERM=dumb` or `ACCESSIBLE`.
    pub plain: bool,
}

/// `qnr fill` needs a person at a terminal: stdin to read keys, stderr to
/// show the questions. Checked first, so CI fails at once instead of hanging.
pub(crate) fn check_terminal(terminal: Terminal) -> Result<(), Error> {
    let missing = match (terminal.stdin, terminal.stderr) {
        (true, true) => return Ok(()),
        (false, _) => Stream::Stdin,
        (true, false) => Stream::Stderr,
    };
    Err(Error::NoTerminal { missing })
}

/// Whether to use the plain prompter.
fn plain_wanted(flag: bool) -> bool {
    flag || std::env::var("TERM").is_ok_and(|t| t == "dumb")
        || std::env::var_os("ACCESSIBLE").is_some_and(|v| !v.is_empty())
}

/// The file to fill when none is named: `reply.json`, or the one `reply.*`
/// file of a format qnr writes in `dir`.
fn default_file(dir: &Path) -> Result<PathBuf, Error> {
    let found: Vec<PathBuf> = ["reply.json", "reply.toml", "reply.yaml", "reply.yml"]
        .iter()
        .map(|name| dir.join(name))
        .filter(|p| p.exists())
        .collect();
    match found.as_slice() {
        [] => Ok(dir.join("reply.json")),
        [one] => Ok(one.clone()),
        several => Err(Error::Usage(format!(
            "there are {} replies here ({}); name the one to fill: `qnr fill FILE`",
            several.len(),
            several
                .iter()
                .filter_map(|p| p.file_name())
                .map(|n| n.to_string_lossy().into_owned())
                .collect::<Vec<_>>()
                .join(", ")
        ))),
    }
}

/// Runs the walk in the terminal. [`super::Command::run`] has checked that
/// there is one.
pub(crate) fn run(
    console: &mut Console<'_>,
    schema: &Schema,
    options: &Options,
) -> Result<Exit, Error> {
    let palette = console.palettes.err;
    let path = match &options.file {
        Some(path) => path.clone(),
        None => default_file(Path::new(""))?,
    };
    let mut store = Store::open(&path, schema)?;
    let previous = match &options.carry_forward {
        Some(p) => Some(fill::read_previous(p, schema)?),
        None => None,
    };
    let plain = plain_wanted(options.plain);
    let shown = crate::escape::terminal::one_line(&path.display().to_string());
    let farewell = format!(
        "{}\ninterrupted: every confirmed answer is saved in `{shown}`; `qnr fill {shown}` resumes\n",
        if plain { "" } else { fill::interrupt::RESTORE }
    );
    fill::interrupt::install(farewell.clone());

    let mode = if options.review {
        Mode::Review
    } else if options.only_missing {
        Mode::OnlyMissing
    } else {
        Mode::Resume
    };
    let existed = store.existed;
    let mut walk = Interview::new(
        schema,
        &mut store,
        previous.as_ref(),
        options.editor,
        crate::values::today(),
    );
    let start = match &options.goto {
        Some(id) => Some(walk.position(id).ok_or_else(|| {
            Error::Usage(format!(
                "`--goto {}`: there is no recommendation or field with that id; `qnr schema show` lists them",
                crate::escape::terminal::one_line(id)
            ))
        })?),
        None => walk.start(mode),
    };
    let _ = writeln!(
        console.err,
        "{} {} ({}), {} questionnaire",
        palette.bold("qnr fill:"),
        shown,
        if existed { "resuming" } else { "new file" },
        crate::escape::terminal::one_line(&schema.id)
    );
    let result = fill::ask(
        &mut walk,
        mode,
        start,
        plain,
        palette,
        &shown,
        &mut *console.err,
    );
    drop(walk);
    let answered = store.reply.answered_count(schema);
    let total = schema.item_count();
    let saved = if store.saves > 0 || existed {
        format!("{answered} of {total} recommendations answered, saved in `{shown}`")
    } else {
        format!("nothing was answered, so `{shown}` was not created")
    };
    match result {
        Ok(Outcome::Finished) => {
            let _ = writeln!(console.err, "{saved}; check it with `qnr validate {shown}`");
            Ok(Exit::Success)
        }
        Ok(Outcome::Quit) => {
            let _ = writeln!(console.err, "{saved}; `qnr fill {shown}` resumes");
            Ok(Exit::Success)
        }
        Err(Stop::Interrupted) => {
            fill::interrupt::claim_ending();
            let _ = console.err.write_all(farewell.as_bytes());
            Ok(Exit::Interrupted)
        }
        Err(Stop::Save(e)) => {
            if !plain {
                let _ = console.err.write_all(fill::interrupt::RESTORE.as_bytes());
            }
            let on_disk = store.on_disk_answered(schema);
            Err(Error::NotSaved {
                cause: Box::new(e),
                path: store.path.clone(),
                answered: on_disk,
                total,
                unsaved: store.unsaved(schema),
            })
        }
        Err(Stop::Terminal(e)) => {
            if !plain {
                let _ = console.err.write_all(fill::interrupt::RESTORE.as_bytes());
            }
            Err(Error::TerminalLost { source: e, shown })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn not_a_terminal_points_to_new_and_convert() {
        let err = check_terminal(Terminal {
            stdin: false,
            stdout: true,
            stderr: true,
        })
        .unwrap_err();
        let text = err.to_string();
        assert!(text.contains("standard input is not a terminal"), "{text}");
        assert!(
            text.contains("qnr new") && text.contains("qnr convert"),
            "{text}"
        );
    }

    #[test]
    fn the_default_file_is_reply_json_or_the_one_reply_here() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(
            default_file(dir.path()).unwrap(),
            dir.path().join("reply.json")
        );
        std::fs::write(dir.path().join("reply.yaml"), "").unwrap();
        assert_eq!(
            default_file(dir.path()).unwrap(),
            dir.path().join("reply.yaml")
        );
        std::fs::write(dir.path().join("reply.toml"), "").unwrap();
        let err = default_file(dir.path()).unwrap_err().to_string();
        assert!(err.contains("reply.toml, reply.yaml"), "{err}");
    }
}
