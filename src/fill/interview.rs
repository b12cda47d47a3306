//! The walk through the questionnaire: the respondent fields, then every
//! recommendation in order. Decides where to start (resume point,
//! `--only-missing`, `--review`, `--goto`), where back, skip and go-to lead,
//! which defaults to offer, and saves after every confirmed answer.

use std::collections::BTreeSet;

use crate::i18n::t;
use crate::reply::{Answer, Reply};
use crate::schema::{CommentRule, Field, FieldKind, Role, Schema};
use crate::values::Problem;

use super::comment;
use super::prompt::{FieldView, ItemView, Nav, Origin, Progress, Prompter, Response, Stop};
use super::store::Store;
use super::summary::Summary;

/// Which questions the walk asks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Mode {
    /// Every question without an answer yet, once each, from the first
    /// (optional fields included), while the reply is incomplete.
    Resume,
    /// From `--goto ID` on, through everything after it.
    From,
    /// Only what is missing: required fields, answers, expected comments.
    OnlyMissing,
    /// Everything from the start, the current answers as defaults.
    Review,
}

/// How the walk ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Outcome {
    /// The person reached the end and left the summary.
    Finished,
    /// "Save and quit" before the end.
    Quit,
}

/// Which positions the walk visits after the one it is at.
#[derive(Clone, Debug)]
enum Filter {
    All,
    /// Without an answer (at the time the walk gets there).
    Unanswered,
    Missing,
    Only(BTreeSet<usize>),
}

/// One question of the walk: a respondent field or a recommendation.
#[derive(Clone, Copy, Debug)]
enum Slot<'a> {
    Field(usize, &'a Field),
    Item(&'a str),
}

pub(crate) struct Interview<'a> {
    schema: &'a Schema,
    store: &'a mut Store,
    previous: Option<&'a Reply>,
    editor_first: bool,
    today: String,
    slots: Vec<Slot<'a>>,
}

impl<'a> Interview<'a> {
    pub(crate) fn new(
        schema: &'a Schema,
        store: &'a mut Store,
        previous: Option<&'a Reply>,
        editor_first: bool,
        today: String,
    ) -> Interview<'a> {
        let mut slots: Vec<Slot<'a>> = schema
            .respondent
            .iter()
            .enumerate()
            .map(|(i, f)| Slot::Field(i, f))
            .collect();
        slots.extend(schema.item_ids().map(Slot::Item));
        Interview {
            schema,
            store,
            previous,
            editor_first,
            today,
            slots,
        }
    }

    pub(crate) fn schema(&self) -> &'a Schema {
        self.schema
    }

    /// The position of a recommendation or field id; ids are matched without
    /// regard to case (`ii.4` is `II.4`).
    pub(crate) fn position(&self, id: &str) -> Option<usize> {
        let id = id.trim();
        let exact = self.slots.iter().position(|s| self.slot_id(*s) == id);
        exact.or_else(|| {
            self.slots
                .iter()
                .position(|s| self.slot_id(*s).eq_ignore_ascii_case(id))
        })
    }

    fn slot_id(&self, slot: Slot<'a>) -> &'a str {
        match slot {
            Slot::Field(_, f) => &f.id,
            Slot::Item(id) => id,
        }
    }

    /// Where a walk in `mode` starts; `None` when there is nothing to ask.
    pub(crate) fn start(&self, mode: Mode) -> Option<usize> {
        match mode {
            Mode::Review => Some(0).filter(|_| !self.slots.is_empty()),
            Mode::OnlyMissing => (0..self.slots.len()).find(|&p| self.is_missing(p)),
            Mode::Resume => {
                // A complete reply goes to the summary; an incomplete one
                // asks, once, everything still without an answer, the
                // optional fields among it (the consent to publish).
                (0..self.slots.len()).find(|&p| self.is_unanswered(p))?;
                (0..self.slots.len()).find(|&p| self.is_empty(p))
            }
            Mode::From => Some(0).filter(|_| !self.slots.is_empty()),
        }
    }

    /// Runs the walk from `start` (`None`: straight to the summary).
    pub(crate) fn run(
        &mut self,
        prompter: &mut dyn Prompter,
        mode: Mode,
        start: Option<usize>,
    ) -> Result<Outcome, Stop> {
        let mut filter = match mode {
            Mode::OnlyMissing => Filter::Missing,
            Mode::Resume => Filter::Unanswered,
            Mode::Review | Mode::From => Filter::All,
        };
        let mut cursor = start;
        let mut history: Vec<usize> = Vec::new();
        loop {
            let Some(pos) = cursor else {
                let summary = Summary::build(self.schema, self.store, self.previous);
                let revisit: BTreeSet<usize> = summary
                    .revisit
                    .iter()
                    .filter_map(|id| self.position(id))
                    .collect();
                if prompter.summary(&summary)? && !revisit.is_empty() {
                    cursor = revisit.first().copied();
                    filter = Filter::Only(revisit);
                    history.clear();
                    continue;
                }
                return Ok(Outcome::Finished);
            };
            let nav = match self.slots[pos] {
                Slot::Field(index, field) => self.ask_field(prompter, index, field)?,
                Slot::Item(id) => self.ask_item(prompter, id)?,
            };
            match nav {
                None | Some(Nav::Skip) => {
                    history.push(pos);
                    cursor = self.next_after(pos, &filter);
                }
                Some(Nav::Back) => match history.pop().or_else(|| self.before(pos, &filter)) {
                    Some(previous) => cursor = Some(previous),
                    None => prompter.notice(&t!("fill-first-question"))?,
                },
                Some(Nav::Goto(id)) => match self.position(&id) {
                    Some(target) => {
                        history.push(pos);
                        cursor = Some(target);
                    }
                    None => prompter.notice(&self.unknown_id(&id))?,
                },
                Some(Nav::Quit) => return Ok(Outcome::Quit),
            }
        }
    }

    fn next_after(&self, pos: usize, filter: &Filter) -> Option<usize> {
        (pos + 1..self.slots.len()).find(|&p| self.passes(p, filter))
    }

    /// The question before `pos` that `filter` lets through: where `back`
    /// leads when the walk has no history yet (it started at `pos`).
    fn before(&self, pos: usize, filter: &Filter) -> Option<usize> {
        (0..pos).rev().find(|&p| match filter {
            // Back from the resume point is the question before it.
            Filter::Unanswered => true,
            _ => self.passes(p, filter),
        })
    }

    fn passes(&self, p: usize, filter: &Filter) -> bool {
        match filter {
            Filter::All => true,
            Filter::Unanswered => self.is_empty(p),
            Filter::Missing => self.is_missing(p),
            Filter::Only(set) => set.contains(&p),
        }
    }

    fn unknown_id(&self, id: &str) -> String {
        let items: Vec<&str> = self.schema.item_ids().collect();
        let fields: Vec<&str> = self
            .schema
            .respondent
            .iter()
            .map(|f| f.id.as_str())
            .collect();
        t!(
            "fill-no-such-question",
            id = crate::escape::terminal::one_line(id),
            first = *items.first().unwrap_or(&""),
            last = *items.last().unwrap_or(&""),
            fields = fields.join(", ")
        )
    }

    /// Without any value: a field left empty, an item without YES/NO.
    fn is_empty(&self, pos: usize) -> bool {
        let reply = &self.store.reply;
        match self.slots[pos] {
            Slot::Field(_, f) => reply.field(&f.id).is_none(),
            Slot::Item(id) => reply.answer(id).and_then(|a| a.action_taken).is_none(),
        }
    }

    /// Missing for the reply to be complete: what keeps a draft a draft.
    fn is_unanswered(&self, pos: usize) -> bool {
        let reply = &self.store.reply;
        match self.slots[pos] {
            Slot::Field(_, f) => f.required && reply.field(&f.id).is_none(),
            Slot::Item(id) => reply.answer(id).and_then(|a| a.action_taken).is_none(),
        }
    }

    /// What `validate` would call missing or wrong: a required field absent,
    /// a field value of the wrong kind, no answer, or no comment where one is
    /// required or expected.
    pub(crate) fn is_missing(&self, pos: usize) -> bool {
        let reply = &self.store.reply;
        match self.slots[pos] {
            Slot::Field(_, f) => match reply.field(&f.id) {
                None => f.required,
                Some(value) => {
                    check_field(self.schema, f, Some(value)).ok() != Some(Some(value.to_string()))
                }
            },
            Slot::Item(id) => match reply.answer(id) {
                Some(Answer {
                    action_taken: Some(choice),
                    comments,
                }) => {
                    comments.is_none()
                        && self.schema.comments.rule_for(*choice) != CommentRule::Optional
                }
                _ => true,
            },
        }
    }

    fn progress(&self) -> Progress {
        Progress {
            answered: self.store.reply.answered_count(self.schema),
            total: self.schema.item_count(),
            on_disk: self.store.on_disk(),
        }
    }

    fn save(&mut self, prompter: &mut dyn Prompter) -> Result<(), Stop> {
        self.store.save(self.schema, prompter)
    }

    fn ask_field(
        &mut self,
        prompter: &mut dyn Prompter,
        index: usize,
        field: &Field,
    ) -> Result<Option<Nav>, Stop> {
        let mut problem = None;
        let mut typed = None;
        loop {
            let current = self.store.reply.field(&field.id).map(str::to_string);
            // The date of submission is today's, not last round's: it is
            // suggested, never carried forward.
            let carried = self
                .previous
                .filter(|_| field.role != Some(Role::Date))
                .and_then(|p| p.field(&field.id))
                .map(str::to_string);
            let (default, origin) = match (&current, &carried) {
                (Some(v), _) => (Some(v.clone()), Origin::Current),
                (None, Some(v)) => (Some(v.clone()), Origin::LastRound),
                (None, None) if field.role == Some(Role::Date) => {
                    (Some(self.today.clone()), Origin::Suggested)
                }
                (None, None) => (None, Origin::None),
            };
            let view = FieldView {
                schema: self.schema,
                field,
                index,
                count: self.schema.respondent.len(),
                default: default.as_deref(),
                origin,
                problem: problem.take(),
                typed: typed.take(),
                progress: self.progress(),
            };
            let value = match prompter.field(&view)? {
                Response::Nav(nav) => {
                    if field.required && current.is_none() && nav == Nav::Skip {
                        prompter.notice(&super::say::required_left_empty(&field.label))?;
                    }
                    return Ok(Some(nav));
                }
                Response::Value(value) => value,
            };
            let value = match settle_date(prompter, field, value)? {
                Ok(value) => value,
                // A date read two ways and not settled: typed again.
                Err(again) => {
                    typed = Some(again);
                    continue;
                }
            };
            match check_field(self.schema, field, value.as_deref()) {
                Ok(checked) => {
                    if field.required && checked.is_none() {
                        prompter.notice(&super::say::required_left_empty(&field.label))?;
                    }
                    self.store.set_field(&field.id, checked.as_deref());
                    self.save(prompter)?;
                    return Ok(None);
                }
                Err(why) => {
                    problem = Some(why);
                    // Kept in the line, to correct rather than retype.
                    typed = value;
                }
            }
        }
    }

    fn ask_item(&mut self, prompter: &mut dyn Prompter, id: &str) -> Result<Option<Nav>, Stop> {
        let Some(item) = self.schema.item(id) else {
            return Ok(None);
        };
        loop {
            let current = self.store.reply.answer(id).cloned();
            let carried = self.previous.and_then(|p| p.answer(id)).cloned();
            let (default, origin) = match (&current, &carried) {
                (Some(a), _) if a.action_taken.is_some() => (Some(a.clone()), Origin::Current),
                (_, Some(a)) => (
                    Some(Answer {
                        action_taken: a.action_taken,
                        comments: current
                            .as_ref()
                            .and_then(|c| c.comments.clone())
                            .or(a.comments.clone()),
                    }),
                    Origin::LastRound,
                ),
                (Some(a), None) => (Some(a.clone()), Origin::Current),
                (None, None) => (None, Origin::None),
            };
            let view = ItemView {
                schema: self.schema,
                item,
                default: default.as_ref(),
                origin,
                progress: self.progress(),
                editor_first: self.editor_first,
            };
            let choice = match prompter.choice(&view)? {
                Response::Nav(nav) => return Ok(Some(nav)),
                Response::Value(choice) => choice,
            };
            // The choice is confirmed: on disk before the comment is asked.
            let kept = current.as_ref().and_then(|a| a.comments.clone());
            self.store
                .set_answer(id, Answer::new(Some(choice), kept.as_deref()));
            self.save(prompter)?;
            if self.store.reply.answer(id).and_then(|a| a.action_taken) != Some(choice) {
                // The file's own answer, changed outside, was kept instead:
                // ask again, with it offered.
                continue;
            }

            let (comment, comment_origin) = match (&kept, carried.and_then(|a| a.comments)) {
                (Some(c), _) => (Some(c.clone()), Origin::Current),
                (None, Some(c)) => (Some(c), Origin::LastRound),
                (None, None) => (None, Origin::None),
            };
            let offered = Answer {
                action_taken: Some(choice),
                comments: comment,
            };
            let view = ItemView {
                default: Some(&offered),
                origin: comment_origin,
                progress: self.progress(),
                ..view
            };
            let schema = self.schema;
            let store = &mut *self.store;
            let mut draft = |text: Option<&str>, prompter: &mut dyn Prompter| {
                store.set_answer(id, Answer::new(Some(choice), text));
                store.save(schema, prompter)
            };
            let mut editor_failed = false;
            let response = comment::step(prompter, &view, choice, &mut draft, &mut editor_failed)?;
            if editor_failed {
                // Said once; the next comments are typed (Tab still tries).
                self.editor_first = false;
            }
            match response {
                Response::Value(text) => {
                    self.store
                        .set_answer(id, Answer::new(Some(choice), text.as_deref()));
                    self.save(prompter)?;
                    return Ok(None);
                }
                Response::Nav(Nav::Back) => continue,
                Response::Nav(Nav::Skip) => return Ok(None),
                Response::Nav(nav) => return Ok(Some(nav)),
            }
        }
    }
}

/// A typed date that could be read two ways (`05/06/2019`) is asked back:
/// `Ok` with the date chosen (or the value as typed, for other fields and
/// other dates), `Err` with the typed text when the person did not choose.
fn settle_date(
    prompter: &mut dyn Prompter,
    field: &Field,
    value: Option<String>,
) -> Result<Result<Option<String>, String>, Stop> {
    let Some(text) = value.as_deref().filter(|_| field.kind == FieldKind::Date) else {
        return Ok(Ok(value));
    };
    match super::dates::read(text) {
        super::dates::Reading::Two(first, second) => {
            match prompter.which_date(text, &first, &second)? {
                Some(date) => Ok(Ok(Some(date))),
                None => Ok(Err(text.to_string())),
            }
        }
        super::dates::Reading::One(date) => Ok(Ok(Some(date))),
        super::dates::Reading::None => Ok(Ok(value)),
    }
}

/// Checks and normalizes a respondent value: dates become `YYYY-MM-DD`
/// (`15 May 2019` is understood), e-mails must be addresses, yes/no fields
/// take `yes`, `no`, `y` or `n`. An empty value leaves the field empty.
pub(crate) fn check_field(
    schema: &Schema,
    field: &Field,
    value: Option<&str>,
) -> Result<Option<String>, String> {
    let Some(value) = value.map(str::trim).filter(|v| !v.is_empty()) else {
        return Ok(None);
    };
    // A yes-no field takes the schema's labels (`oui`) and their keys too.
    let keys = super::keymap::Keymap::new(schema);
    if field.kind == FieldKind::YesNo
        && let Some(choice) = keys.typed(value)
    {
        return Ok(Some(choice.as_str().to_string()));
    }
    field.kind.normalize(value).map(Some).map_err(|problem| {
        let shown = crate::escape::terminal::one_line(value);
        match problem {
            Problem::Date { .. } => t!("fill-not-a-date", value = shown),
            Problem::Email => t!("fill-not-an-email", value = shown),
            Problem::YesNo { .. } => t!(
                "fill-not-yes-no",
                value = shown,
                yes = keys.label(crate::reply::Choice::Yes).to_string(),
                no = keys.label(crate::reply::Choice::No).to_string()
            ),
        }
    })
}
