//! What the walk asks and what it gets back, as a trait: the walk's logic
//! (order, resume point, back, skip, autosave) never touches a terminal, so a
//! scripted prompter can test it, and the terminal and plain prompters only
//! show and read.

use std::io;

use crate::reply::{Answer, Choice};
use crate::schema::{Field, Item, Schema};

pub(crate) use super::merge::Keep;
use super::summary::Summary;

/// Where the person wants to go instead of answering.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Nav {
    /// To the question seen before this one.
    Back,
    /// On, leaving this question as it is.
    Skip,
    /// To a recommendation id (`II.4`) or respondent field id (`email`).
    Goto(String),
    /// Stop here; everything confirmed is already saved.
    Quit,
}

/// An answer, or a move elsewhere.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Response<T> {
    Value(T),
    Nav(Nav),
}

/// Why the walk stopped before its end.
#[derive(Debug)]
pub(crate) enum Stop {
    /// Ctrl-C.
    Interrupted,
    /// The terminal could not be read or written.
    Terminal(io::Error),
    /// An answer could not be saved.
    Save(crate::error::Error),
}

impl From<io::Error> for Stop {
    fn from(error: io::Error) -> Self {
        if error.kind() == io::ErrorKind::Interrupted {
            Stop::Interrupted
        } else {
            Stop::Terminal(error)
        }
    }
}

impl From<dialoguer::Error> for Stop {
    fn from(error: dialoguer::Error) -> Self {
        match error {
            dialoguer::Error::IO(e) => Stop::from(e),
        }
    }
}

/// Where the default offered at a prompt comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Origin {
    /// Nothing to offer.
    None,
    /// The reply being filled already holds it.
    Current,
    /// The previous round's reply (`--carry-forward`).
    LastRound,
    /// qnr suggests it (today's date).
    Suggested,
}

/// How far the reply has come: shown on every screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Progress {
    pub answered: usize,
    pub total: usize,
    /// Whether the reply file exists yet (it is created at the first save).
    pub on_disk: bool,
}

/// One respondent field to ask.
pub(crate) struct FieldView<'a> {
    pub schema: &'a Schema,
    pub field: &'a Field,
    /// Position among the respondent fields, from 0.
    pub index: usize,
    pub count: usize,
    /// The value offered: Enter keeps it.
    pub default: Option<&'a str>,
    pub origin: Origin,
    /// Why the value typed last was refused, to show with the prompt again.
    pub problem: Option<String>,
    /// The value refused, left in the line to correct.
    pub typed: Option<String>,
    pub progress: Progress,
}

/// One recommendation to ask.
pub(crate) struct ItemView<'a> {
    pub schema: &'a Schema,
    pub item: Item<'a>,
    /// The answer offered: its choice and comment are the defaults.
    pub default: Option<&'a Answer>,
    pub origin: Origin,
    pub progress: Progress,
    /// `--editor`: comments are written in `$VISUAL`/`$EDITOR` at once.
    pub editor_first: bool,
}

impl ItemView<'_> {
    pub(crate) fn id(&self) -> &str {
        &self.item.recommendation.id
    }

    pub(crate) fn default_choice(&self) -> Option<Choice> {
        self.default.and_then(|a| a.action_taken)
    }

    pub(crate) fn default_comment(&self) -> Option<&str> {
        self.default.and_then(|a| a.comments.as_deref())
    }
}

#[cfg(test)]
impl<'a> ItemView<'a> {
    /// The recommendation `id` asked with nothing offered, `answered` of
    /// the schema's recommendations answered.
    pub(crate) fn for_test(schema: &'a Schema, id: &str, answered: usize) -> ItemView<'a> {
        ItemView {
            schema,
            item: schema.item(id).expect("the schema has the item"),
            default: None,
            origin: Origin::None,
            progress: Progress {
                answered,
                total: schema.item_count(),
                on_disk: false,
            },
            editor_first: false,
        }
    }
}

/// What to do with a comment the reply already holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum CommentAction {
    Keep,
    /// Open it in the editor.
    Edit,
    /// Type a new one in its place.
    Retype,
    Delete,
}

/// Saves a comment while it is being written (each finished paragraph), so
/// that an interruption loses at most the line being typed. The prompter
/// passes itself, to be asked about edits made outside meanwhile.
pub(crate) type Draft<'a> = dyn FnMut(Option<&str>, &mut dyn Prompter) -> Result<(), Stop> + 'a;

/// A part of the reply changed both here and outside qnr: which to keep.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct ConflictView {
    /// The reply file, made safe to show.
    pub file: String,
    /// `Issue I, Recommendation 3 (I.3)`, `Name of country (country)`.
    pub what: String,
    /// This session's version and the file's, in words.
    pub ours: String,
    pub theirs: String,
}

/// Everything the walk asks of a person.
pub(crate) trait Prompter {
    /// A respondent field: its value (`None` leaves it empty).
    fn field(&mut self, view: &FieldView<'_>) -> Result<Response<Option<String>>, Stop>;

    /// "Any action taken?" for one recommendation.
    fn choice(&mut self, view: &ItemView<'_>) -> Result<Response<Choice>, Stop>;

    /// A new comment for `choice`, typed here (`None`: no comment), each
    /// finished paragraph saved through `draft`. `Back` returns to the
    /// choice of the same recommendation.
    fn type_comment(
        &mut self,
        view: &ItemView<'_>,
        choice: Choice,
        draft: &mut Draft<'_>,
    ) -> Result<Response<Option<String>>, Stop>;

    /// The comment written in `$VISUAL`/`$EDITOR`, starting from `start`:
    /// `Some` with what was saved, or `None` when the editor failed (and the
    /// person was told).
    fn edit_comment(
        &mut self,
        view: &ItemView<'_>,
        choice: Choice,
        start: Option<&str>,
    ) -> Result<Option<Option<String>>, Stop>;

    /// Shows the comment the reply already holds, before
    /// [`Prompter::comment_action`] asks what to do with it.
    fn show_comment(&mut self, view: &ItemView<'_>, existing: &str) -> Result<(), Stop>;

    /// What to do with the comment shown: asked again when the editor fails.
    fn comment_action(&mut self, view: &ItemView<'_>) -> Result<Response<CommentAction>, Stop>;

    /// A comment the form requires was left empty: says so, and returns
    /// whether the person writes it now.
    fn required_empty(&mut self, view: &ItemView<'_>, choice: Choice) -> Result<bool, Stop>;

    /// The comment step ended with `comment`, which the walk saves next.
    fn comment_confirmed(
        &mut self,
        _view: &ItemView<'_>,
        _choice: Choice,
        _comment: Option<&str>,
    ) -> Result<(), Stop> {
        Ok(())
    }

    /// Something to tell between questions (an unknown id, the first question).
    fn notice(&mut self, text: &str) -> Result<(), Stop>;

    /// A typed date (`05/06/2019`) reads as `first` (day first) or `second`
    /// (month first): which is meant; `None` to type it again.
    fn which_date(
        &mut self,
        typed: &str,
        first: &str,
        second: &str,
    ) -> Result<Option<String>, Stop>;

    /// The answers are saved in another file from now on (a side file).
    fn saving_in(&mut self, _file: &str) {}

    /// The same part was changed here and outside qnr: which to keep.
    fn conflict(&mut self, view: &ConflictView) -> Result<Keep, Stop>;

    /// The table at the end; returns whether to revisit what it lists as
    /// missing or warned.
    fn summary(&mut self, summary: &Summary) -> Result<bool, Stop>;
}
