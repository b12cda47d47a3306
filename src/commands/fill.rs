//! `qnr fill [FILE]`: which file, which mode, what to say at the start and
//! the end, and the exit code; the walk itself is the engine in
//! [`crate::fill`].

use std::path::{Path, PathBuf};

use crate::color::Palette;
use crate::console::{Console, Terminal};
use crate::error::{Error, Stream};
use crate::exit::Exit;
use crate::fill::{self, Interview, Mode, Opened, Outcome, Stop, Store};
use crate::formats::Format;
use crate::i18n::t;
use crate::schema::Schema;

/// Checked options of `qnr fill`.
#[derive(Clone, Debug, Default)]
pub(crate) struct Options {
    /// The reply file; `None` looks for `reply.json` (or one `reply.*`) here.
    pub file: Option<PathBuf>,
    /// `-o NEW`: fill into this new file, starting from `file`'s answers.
    pub output: Option<PathBuf>,
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
pub(crate) fn plain_wanted(flag: bool) -> bool {
    flag || std::env::var("TERM").is_ok_and(|t| t == "dumb")
        || std::env::var_os("ACCESSIBLE").is_some_and(|v| !v.is_empty())
}

/// Plain mode sends no escape sequences at all, whatever the terminal
/// could show: its messages and errors are uncoloured too.
pub(crate) fn settle_palettes(console: &mut Console<'_>, options: &Options) {
    if plain_wanted(options.plain) {
        console.palettes.out = Palette::PLAIN;
        console.palettes.err = Palette::PLAIN;
    }
}

/// The names `qnr fill` looks for when none is given: `reply.json` first.
fn default_names() -> Vec<String> {
    Format::ALL
        .iter()
        .flat_map(|f| f.extensions())
        .map(|e| format!("reply.{e}"))
        .collect()
}

/// The file to fill when none is named: `reply.json`, or the one `reply.*`
/// file of a format qnr writes in `dir`.
fn default_file(dir: &Path) -> Result<PathBuf, Error> {
    let found: Vec<PathBuf> = default_names()
        .iter()
        .map(|name| dir.join(name))
        .filter(|p| p.exists())
        .collect();
    match found.as_slice() {
        [] => Ok(dir.join("reply.json")),
        [one] => Ok(one.clone()),
        several => Err(Error::Usage(t!(
            "fill-several-replies",
            count = several.len(),
            names = several
                .iter()
                .filter_map(|p| p.file_name())
                .map(|n| n.to_string_lossy().into_owned())
                .collect::<Vec<_>>()
                .join(", ")
        ))),
    }
}

/// The store to fill: FILE itself, or a new file (`-o NEW`, or one qnr
/// proposes for a form with a layout of its own), with what to tell first.
fn open_store(
    path: &Path,
    options: &Options,
    schema: &Schema,
) -> Result<(Store, Option<String>), Error> {
    if let Some(new) = &options.output {
        let start = fill::read_start(path, schema)?;
        return Ok((Store::create(new, start, schema)?, None));
    }
    match Store::open(path, schema)? {
        Opened::Store(store) => Ok((*store, None)),
        Opened::OwnLayout { reply } => {
            let new = fill::proposed_name(path);
            let note = fill::own_layout_note(path, &new);
            Ok((Store::create(&new, reply, schema)?, Some(note)))
        }
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
    let (mut store, note) = open_store(&path, options, schema)?;
    let previous = match &options.carry_forward {
        Some(p) => Some(fill::read_previous(p, schema)?),
        None => None,
    };
    let plain = plain_wanted(options.plain);
    let restore = if plain { "" } else { fill::interrupt::RESTORE };
    fill::interrupt::install(fill::interrupt::Farewell {
        restore,
        file: store.shown(),
        on_disk: store.on_disk(),
        lock: store.lock_file().map(Path::to_path_buf),
    });

    let mode = if options.review {
        Mode::Review
    } else if options.only_missing {
        Mode::OnlyMissing
    } else if options.goto.is_some() {
        Mode::From
    } else {
        Mode::Resume
    };
    let existed = store.existed;
    let shown = store.shown();
    let mut walk = Interview::new(
        schema,
        &mut store,
        previous.as_ref(),
        options.editor,
        crate::clock::today(),
    );
    let start = match &options.goto {
        Some(id) => Some(walk.position(id).ok_or_else(|| {
            Error::Usage(t!(
                "fill-unknown-goto",
                id = crate::escape::terminal::one_line(id)
            ))
        })?),
        None => walk.start(mode),
    };
    let _ = writeln!(
        console.err,
        "{} {}",
        palette.bold("qnr fill:"),
        t!(
            "fill-banner",
            file = shown.as_str(),
            state = if existed {
                t!("fill-banner-resuming")
            } else {
                t!("fill-banner-new")
            },
            questionnaire = crate::escape::terminal::one_line(&schema.id)
        )
    );
    if let Some(note) = &note {
        let _ = writeln!(console.err, "{note}");
    }
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
    let shown = store.shown();
    let mut saved = if store.on_disk() {
        t!(
            "fill-saved-summary",
            answered = answered,
            total = total,
            file = shown.as_str()
        )
    } else {
        t!("fill-nothing-saved", file = shown.as_str())
    };
    if let Some(left) = &store.left {
        saved.push_str(&format!(
            " {}",
            t!(
                "fill-left-as-it-was",
                file = crate::escape::terminal::one_line(&left.display().to_string())
            )
        ));
    }
    match result {
        Ok(Outcome::Finished) => {
            let _ = writeln!(
                console.err,
                "{}",
                t!("fill-then-validate", saved = saved, file = shown.as_str())
            );
            Ok(Exit::Success)
        }
        Ok(Outcome::Quit) => {
            let _ = writeln!(
                console.err,
                "{}",
                t!("fill-then-resume", saved = saved, file = shown.as_str())
            );
            Ok(Exit::Success)
        }
        Err(Stop::Interrupted) => {
            fill::interrupt::claim_ending();
            if let Some(farewell) = fill::interrupt::farewell() {
                let _ = console.err.write_all(farewell.text().as_bytes());
            }
            Ok(Exit::Interrupted)
        }
        Err(Stop::Save(e)) => {
            if !plain {
                let _ = console.err.write_all(fill::interrupt::RESTORE.as_bytes());
            }
            Err(Error::NotSaved {
                cause: Box::new(e),
                path: store.name.clone(),
                existed: store.on_disk(),
                answered: store.on_disk_answered(schema),
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
