//! A prompter that plays a script, for testing the walk: it answers each
//! prompt with the next step, records what was asked and which default was
//! offered, and reads the reply file from disk at every prompt, so a test
//! can check that each confirmed answer was saved before the next question.

use std::collections::VecDeque;
use std::path::PathBuf;

use crate::formats::{self, Format};
use crate::reply::{Choice, Reply};
use crate::schema::Schema;

use super::prompt::{
    CommentAction, ConflictView, Draft, FieldView, ItemView, Keep, Nav, Origin, Prompter, Response,
    Stop,
};
use super::summary::Summary;

/// One scripted reaction.
#[derive(Clone, Debug)]
pub(crate) enum Step {
    Field(Response<Option<String>>),
    Choice(Response<Choice>),
    /// The whole comment step: what typing (or the editor) gave.
    Comment(Response<Option<String>>),
    /// What to do with the comment the reply holds (`existing:ID`); without
    /// this step a script types the comment anew.
    Existing(Response<CommentAction>),
    /// What the editor gave (`editor:ID`): `None` when it failed.
    Editor(Option<Option<String>>),
    /// Paragraphs typed one by one (each saved as a draft), then an empty line.
    Typed(Vec<&'static str>),
    /// Paragraphs typed, then Ctrl-C in the middle of the next one.
    TypedThenInterrupt(Vec<&'static str>),
    /// The answer to "revisit?" at the summary.
    Summary(bool),
    /// Ctrl-C at the next prompt.
    Interrupt,
    /// Which version to keep of a part changed here and outside.
    Conflict(Keep),
    /// A required comment left empty: whether to write it now.
    Required(bool),
    /// A date read two ways: 1, 2, or `None` to type it again.
    WhichDate(Option<u8>),
}

/// What one prompt showed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Asked {
    /// `field:country`, `choice:I.1`, `comment:I.1`, `existing:I.1`,
    /// `editor:I.1`, `summary`.
    pub what: String,
    pub default: Option<String>,
    pub origin: Option<Origin>,
    /// Why the last value was refused (fields only).
    pub problem: Option<String>,
    /// The refused value, left to correct (fields only).
    pub typed: Option<String>,
}

pub(crate) struct Scripted {
    steps: VecDeque<Step>,
    schema: Schema,
    file: PathBuf,
    pub asked: Vec<Asked>,
    /// The reply on disk when each prompt was shown (`None`: no file yet).
    pub on_disk: Vec<Option<Reply>>,
    pub notices: Vec<String>,
    pub summaries: Vec<Summary>,
    /// `(id, comment)` for every comment step that ended with a comment.
    pub confirmed: Vec<(String, Option<String>)>,
}

impl Scripted {
    pub(super) fn new(schema: &Schema, file: PathBuf, steps: Vec<Step>) -> Scripted {
        Scripted {
            steps: steps.into(),
            schema: schema.clone(),
            file,
            asked: Vec::new(),
            on_disk: Vec::new(),
            notices: Vec::new(),
            summaries: Vec::new(),
            confirmed: Vec::new(),
        }
    }

    /// The `what` of every prompt, in order.
    pub(super) fn order(&self) -> Vec<&str> {
        self.asked.iter().map(|a| a.what.as_str()).collect()
    }

    pub(super) fn finished(&self) -> bool {
        self.steps.is_empty()
    }

    /// The step that answers the prompt `what`; a scripted Ctrl-C stops here.
    fn next(
        &mut self,
        what: String,
        default: Option<String>,
        origin: Option<Origin>,
    ) -> Result<Step, Stop> {
        let on_disk = std::fs::read(&self.file).ok().map(|bytes| {
            let format = Format::from_path(&self.file).unwrap_or(Format::Json);
            let loaded = formats::load(format, &bytes, &self.schema);
            assert!(!loaded.lossy, "the saved file reads back losslessly");
            loaded.reply.unwrap_or_default()
        });
        self.on_disk.push(on_disk);
        self.asked.push(Asked {
            what: what.clone(),
            default,
            origin,
            problem: None,
            typed: None,
        });
        match self.steps.pop_front() {
            Some(Step::Interrupt) => Err(Stop::Interrupted),
            Some(step) => Ok(step),
            None => panic!("the script ended before the prompt `{what}`"),
        }
    }
}

fn unexpected(what: &str, step: &Step) -> ! {
    panic!("the prompt `{what}` met the scripted step {step:?}")
}

impl Prompter for Scripted {
    fn field(&mut self, view: &FieldView<'_>) -> Result<Response<Option<String>>, Stop> {
        let what = format!("field:{}", view.field.id);
        let step = self.next(
            what.clone(),
            view.default.map(str::to_string),
            Some(view.origin),
        );
        if let Some(asked) = self.asked.last_mut() {
            asked.problem = view.problem.clone();
            asked.typed = view.typed.clone();
        }
        match step? {
            Step::Field(response) => Ok(response),
            step => unexpected(&what, &step),
        }
    }

    fn choice(&mut self, view: &ItemView<'_>) -> Result<Response<Choice>, Stop> {
        let what = format!("choice:{}", view.id());
        let default = view.default_choice().map(|c| c.as_str().to_string());
        match self.next(what.clone(), default, Some(view.origin))? {
            Step::Choice(response) => Ok(response),
            step => unexpected(&what, &step),
        }
    }

    fn type_comment(
        &mut self,
        view: &ItemView<'_>,
        _choice: Choice,
        draft: &mut Draft<'_>,
    ) -> Result<Response<Option<String>>, Stop> {
        let what = format!("comment:{}", view.id());
        let default = view.default_comment().map(str::to_string);
        match self.next(what.clone(), default, Some(view.origin))? {
            Step::Comment(response) => Ok(response),
            Step::Typed(paragraphs) => {
                for n in 1..=paragraphs.len() {
                    draft(Some(&paragraphs[..n].join("\n\n")), self)?;
                }
                Ok(Response::Value(Some(paragraphs.join("\n\n"))).filter_empty())
            }
            Step::TypedThenInterrupt(paragraphs) => {
                for n in 1..=paragraphs.len() {
                    draft(Some(&paragraphs[..n].join("\n\n")), self)?;
                }
                Err(Stop::Interrupted)
            }
            step => unexpected(&what, &step),
        }
    }

    fn edit_comment(
        &mut self,
        view: &ItemView<'_>,
        _choice: Choice,
        start: Option<&str>,
    ) -> Result<Option<Option<String>>, Stop> {
        let what = format!("editor:{}", view.id());
        match self.next(what.clone(), start.map(str::to_string), Some(view.origin))? {
            Step::Editor(edited) => Ok(edited),
            step => unexpected(&what, &step),
        }
    }

    fn show_comment(&mut self, _view: &ItemView<'_>, _existing: &str) -> Result<(), Stop> {
        Ok(())
    }

    fn comment_action(&mut self, view: &ItemView<'_>) -> Result<Response<CommentAction>, Stop> {
        if !matches!(self.steps.front(), Some(Step::Existing(_))) {
            return Ok(Response::Value(CommentAction::Retype));
        }
        let what = format!("existing:{}", view.id());
        let default = view.default_comment().map(str::to_string);
        match self.next(what.clone(), default, Some(view.origin))? {
            Step::Existing(response) => Ok(response),
            step => unexpected(&what, &step),
        }
    }

    fn comment_confirmed(
        &mut self,
        view: &ItemView<'_>,
        _choice: Choice,
        comment: Option<&str>,
    ) -> Result<(), Stop> {
        self.confirmed
            .push((view.id().to_string(), comment.map(str::to_string)));
        Ok(())
    }

    fn notice(&mut self, text: &str) -> Result<(), Stop> {
        self.notices.push(text.to_string());
        Ok(())
    }

    fn required_empty(&mut self, view: &ItemView<'_>, _choice: Choice) -> Result<bool, Stop> {
        let what = format!("required:{}", view.id());
        match self.next(what.clone(), None, None)? {
            Step::Required(write) => Ok(write),
            step => unexpected(&what, &step),
        }
    }

    fn which_date(
        &mut self,
        typed: &str,
        first: &str,
        second: &str,
    ) -> Result<Option<String>, Stop> {
        let what = format!("date:{typed}");
        match self.next(what.clone(), Some(format!("{first} {second}")), None)? {
            Step::WhichDate(Some(1)) => Ok(Some(first.to_string())),
            Step::WhichDate(Some(_)) => Ok(Some(second.to_string())),
            Step::WhichDate(None) => Ok(None),
            step => unexpected(&what, &step),
        }
    }

    fn conflict(&mut self, view: &ConflictView) -> Result<Keep, Stop> {
        let what = format!("conflict:{}", view.what);
        match self.next(what.clone(), Some(view.theirs.clone()), None)? {
            Step::Conflict(keep) => Ok(keep),
            step => unexpected(&what, &step),
        }
    }

    fn summary(&mut self, summary: &Summary) -> Result<bool, Stop> {
        self.summaries.push(summary.clone());
        match self.next("summary".into(), None, None)? {
            Step::Summary(revisit) => Ok(revisit),
            step => unexpected("summary", &step),
        }
    }
}

impl Response<Option<String>> {
    fn filter_empty(self) -> Self {
        match self {
            Response::Value(Some(t)) if t.is_empty() => Response::Value(None),
            other => other,
        }
    }
}

/// Shorthands for scripts.
pub(crate) fn yes() -> Step {
    Step::Choice(Response::Value(Choice::Yes))
}

pub(crate) fn no() -> Step {
    Step::Choice(Response::Value(Choice::No))
}

pub(crate) fn comment(text: &str) -> Step {
    Step::Comment(Response::Value(Some(text.to_string())))
}

pub(crate) fn no_comment() -> Step {
    Step::Comment(Response::Value(None))
}

pub(crate) fn field(value: &str) -> Step {
    Step::Field(Response::Value(Some(value.to_string())))
}

pub(crate) fn nav_choice(nav: Nav) -> Step {
    Step::Choice(Response::Nav(nav))
}

pub(crate) fn nav_field(nav: Nav) -> Step {
    Step::Field(Response::Nav(nav))
}
