//! The engine of `qnr fill` (the command itself is `commands/fill.rs`):
//! the interactive walk through the questionnaire. The walk's
//! logic ([`interview`]) talks to a [`prompt::Prompter`]: the terminal one
//! ([`terminal`], dialoguer and single keys), the plain one for screen
//! readers ([`plain`]), or a scripted one in tests. Every confirmed answer is
//! saved at once ([`store`]); Ctrl-C leaves the terminal sane ([`interrupt`]).

mod canvas;
mod comment;
mod dates;
mod editor;
pub(crate) mod interrupt;
mod interview;
mod keymap;
mod keys;
mod keys_mode;
mod line;
mod merge;
mod plain;
mod prompt;
mod say;
mod screen;
mod slash;
mod store;
mod summary;
mod terminal;

#[cfg(test)]
mod scripted;
#[cfg(test)]
mod tests;

use std::io::Write;

use crate::color::Palette;

pub(crate) use interview::{Interview, Mode, Outcome};
pub(crate) use prompt::Stop;
pub(crate) use store::{Opened, Store, own_layout_note, proposed_name, read_previous, read_start};

use prompt::Prompter;

/// Asks the questions from `start` on: with the plain prompter (numbered
/// lines on `err`, answers read from standard input) or the terminal one.
pub(crate) fn ask(
    interview: &mut Interview<'_>,
    mode: Mode,
    start: Option<usize>,
    plain: bool,
    palette: Palette,
    shown: &str,
    err: &mut dyn Write,
) -> Result<Outcome, Stop> {
    if plain {
        let stdin = std::io::stdin();
        let examples = screen::goto_examples(interview.schema());
        let keys = keymap::Keymap::new(interview.schema());
        let mut prompter =
            plain::PlainPrompter::new(stdin.lock(), err, editor::command(), examples, keys);
        interview.run(&mut prompter, mode, start)
    } else {
        let examples = screen::goto_examples(interview.schema());
        let keys = keymap::Keymap::new(interview.schema());
        let mut prompter = terminal::TerminalPrompter::new(palette, shown, examples, keys)?;
        interview.run(&mut prompter as &mut dyn Prompter, mode, start)
    }
}
