//! `qnr fill`: the interactive walk through the questionnaire. The walk's
//! logic ([`walk`]) talks to a [`prompt::Prompter`]: the terminal one
//! ([`terminal`], dialoguer and single keys), the plain one for screen
//! readers ([`plain`]), or a scripted one in tests. Every confirmed answer is
//! saved at once ([`store`]); Ctrl-C leaves the terminal sane ([`interrupt`]).

mod commands;
mod comment;
mod editor;
mod interrupt;
mod keys_mode;
mod line;
mod plain;
mod prompt;
mod screen;
mod store;
mod summary;
mod terminal;
mod walk;

#[cfg(test)]
mod scripted;
#[cfg(test)]
mod tests;

use std::path::{Path, PathBuf};

use crate::app::{Io, Terminal};
use crate::color::Palette;
use crate::error::Error;
use crate::exit::Exit;
use crate::schema::Schema;

use prompt::{Prompter, Stop};
use store::Store;
use walk::{Mode, Outcome, Walk};

/// Checked options of `qnr fill`.
#[derive(Clone, Debug, Default)]
pub struct Options {
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
pub fn check_terminal(terminal: Terminal) -> Result<(), Error> {
    let missing = match (terminal.stdin, terminal.stderr) {
        (true, true) => return Ok(()),
        (false, _) => "standard input is not a terminal",
        (true, false) => "standard error is not a terminal",
    };
    Err(Error::Usage(format!(
        "`qnr fill` asks its questions in a terminal, and {missing}.\n  \
         Without a terminal, start from an empty reply with `qnr new -o reply.json`, \
         fill it in with any editor, and check it with `qnr validate reply.json`;\n  \
         `qnr convert` turns a reply from TOML or YAML into JSON and back."
    )))
}

/// Whether to use the plain prompter.
pub fn plain_wanted(flag: bool) -> bool {
    flag || std::env::var("TERM").is_ok_and(|t| t == "dumb")
        || std::env::var_os("ACCESSIBLE").is_some_and(|v| !v.is_empty())
}

/// The file to fill when none is named: `reply.json`, or the one `reply.*`
/// file of a format qnr writes in `dir`.
pub fn default_file(dir: &Path) -> Result<PathBuf, Error> {
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

/// Runs the walk in the terminal.
pub fn run(
    schema: &Schema,
    options: &Options,
    io: &mut Io<'_>,
    palette: Palette,
) -> Result<Exit, Error> {
    check_terminal(io.terminal)?;
    let path = match &options.file {
        Some(path) => path.clone(),
        None => default_file(Path::new(""))?,
    };
    let mut store = Store::open(&path, schema)?;
    let previous = match &options.carry_forward {
        Some(p) => Some(store::read_previous(p, schema)?),
        None => None,
    };
    let plain = plain_wanted(options.plain);
    let shown = crate::sanitize::one_line(&path.display().to_string());
    let farewell = format!(
        "{}\ninterrupted: every confirmed answer is saved in `{shown}`; `qnr fill {shown}` resumes\n",
        if plain { "" } else { interrupt::RESTORE }
    );
    interrupt::install(farewell.clone());

    let mode = if options.review {
        Mode::Review
    } else if options.only_missing {
        Mode::OnlyMissing
    } else {
        Mode::Resume
    };
    let existed = store.existed;
    let mut walk = Walk::new(
        schema,
        &mut store,
        previous.as_ref(),
        options.editor,
        today(),
    );
    let start = match &options.goto {
        Some(id) => Some(walk.position(id).ok_or_else(|| {
            Error::Usage(format!(
                "`--goto {}`: there is no recommendation or field with that id; `qnr schema show` lists them",
                crate::sanitize::one_line(id)
            ))
        })?),
        None => walk.start(mode),
    };
    let _ = writeln!(
        io.err,
        "{} {} ({}), {} questionnaire",
        palette.bold("qnr fill:"),
        shown,
        if existed { "resuming" } else { "new file" },
        crate::sanitize::one_line(&schema.id)
    );
    let result = if plain {
        let stdin = std::io::stdin();
        let mut prompter = plain::PlainPrompter::new(stdin.lock(), &mut *io.err, editor::command());
        walk.run(&mut prompter, mode, start)
    } else {
        let mut prompter = terminal::TerminalPrompter::new(palette, &shown);
        walk.run(&mut prompter as &mut dyn Prompter, mode, start)
    };
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
            let _ = writeln!(io.err, "{saved}; check it with `qnr validate {shown}`");
            Ok(Exit::Success)
        }
        Ok(Outcome::Quit) => {
            let _ = writeln!(io.err, "{saved}; `qnr fill {shown}` resumes");
            Ok(Exit::Success)
        }
        Err(Stop::Interrupted) => {
            interrupt::claim_ending();
            let _ = io.err.write_all(farewell.as_bytes());
            Ok(Exit::Interrupted)
        }
        Err(Stop::Save(e)) => {
            if !plain {
                let _ = io.err.write_all(interrupt::RESTORE.as_bytes());
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
                let _ = io.err.write_all(interrupt::RESTORE.as_bytes());
            }
            Err(Error::Usage(format!(
                "the terminal could not be used: {e}; every confirmed answer is saved in `{shown}`"
            )))
        }
    }
}

/// Today's date (UTC) as `YYYY-MM-DD`, offered for the date of submission.
fn today() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    civil_date(secs / 86_400)
}

/// The calendar date `days` after 1970-01-01 (H. Hinnant's algorithm).
fn civil_date(days: u64) -> String {
    let z = days as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

#[cfg(test)]
mod date_tests {
    use super::*;

    #[test]
    fn civil_dates() {
        assert_eq!(civil_date(0), "1970-01-01");
        assert_eq!(civil_date(18_017), "2019-05-01");
        assert_eq!(civil_date(11_016), "2000-02-29");
        assert!(crate::validate::is_iso_date(&today()));
    }

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
