//! `qnr report`: many replies compiled into the figures and comments a
//! secretariat writes its note from. [`compile`] sorts what was read into
//! replies that count and problems that are listed (invalid, duplicate,
//! late, another questionnaire, a State name it cannot place), measures the
//! response against the States expected ([`expected`]) and compares with
//! the last round ([`previous`]); the renderers (`md`, `html`, `csv`,
//! `json`, `docx`) only lay the result out, in the words of [`words`].

mod compile;
pub(crate) mod csv;
mod date;
pub(crate) mod docx;
mod expected;
mod first_error;
pub(crate) mod html;
pub(crate) mod json;
pub(crate) mod md;
mod overview;
mod previous;
mod problems;
mod states;
mod svg;
mod words;

pub(crate) use compile::compile;
pub(crate) use date::IsoDate;
pub(crate) use expected::{Expected, Spec as ExpectedSpec};
pub(crate) use first_error::FirstError;
pub(crate) use previous::Comparison;

use expected::Identity;

use crate::reply::Reply;
use crate::schema::{Role, Schema};

/// What reading one file gave.
#[derive(Debug)]
pub(crate) enum Read {
    /// The file could not be read, or not parsed into a reply at all.
    Unusable(FirstError),
    /// A reply, with its first error when it does not validate.
    Reply {
        reply: Box<Reply>,
        error: Option<FirstError>,
    },
}

/// One file as read.
#[derive(Debug)]
pub(crate) struct Input {
    pub file: String,
    pub read: Read,
}

/// What to keep, and what to measure against.
#[derive(Clone, Debug, Default)]
pub(crate) struct Options {
    /// Replies dated after this day are left out and listed.
    pub cutoff: Option<IsoDate>,
    /// Replies that do not validate count too (drafts).
    pub include_invalid: bool,
    /// The States expected to reply (`--expected`).
    pub expected: Option<Expected>,
}

/// A reply that counts in the figures.
#[derive(Debug)]
pub(crate) struct Included {
    /// The State, by its official short name when the list of States (or
    /// `--expected`) knows it, else as the reply writes it.
    pub country: String,
    /// The name as the reply writes it; `None` when the reply names no State.
    pub written: Option<String>,
    pub identity: Identity,
    pub file: String,
    pub date: Option<IsoDate>,
    /// Whether it validated (only invalid ones with `--include-invalid`).
    pub valid: bool,
    /// The consent to publish the reply as received: `None` when the reply
    /// does not say (or the questionnaire does not ask).
    pub consent: Option<bool>,
    /// The State's region in the `--expected` list.
    pub region: Option<String>,
    pub reply: Reply,
}

/// A file that does not validate.
#[derive(Debug)]
pub(crate) struct Invalid {
    pub file: String,
    /// The State, when the file is a reply that names one.
    pub country: Option<String>,
    pub error: FirstError,
    /// Counted anyway (`--include-invalid` and the file held a reply).
    pub included: bool,
}

/// A reply's file and date of submission.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Dated {
    pub file: String,
    pub date: Option<IsoDate>,
}

/// Two or more replies from one State: the latest counts.
#[derive(Debug)]
pub(crate) struct Duplicate {
    pub country: String,
    /// The reply that counts.
    pub kept: Dated,
    /// Those left out, in the order they were read.
    pub dropped: Vec<Dated>,
}

/// A reply to another questionnaire.
#[derive(Debug)]
pub(crate) struct Other {
    pub file: String,
    pub country: Option<String>,
    pub questionnaire: String,
}

/// A reply dated after the cut-off (or without a date to compare).
#[derive(Debug)]
pub(crate) struct Late {
    pub file: String,
    pub country: String,
    pub date: Option<IsoDate>,
}

/// A State name neither the list of States nor `--expected` knows: the
/// reply counts under the name as written, and the reader is told.
#[derive(Debug)]
pub(crate) struct Unplaced {
    pub written: String,
    pub file: String,
}

/// YES / NO / unanswered for one recommendation, as positions in
/// [`Report::included`] (so each group's States are already sorted).
#[derive(Debug, Default)]
pub(crate) struct Tally {
    pub yes: Vec<usize>,
    pub no: Vec<usize>,
    pub unanswered: Vec<usize>,
}

/// Counts of answers.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Counts {
    pub yes: usize,
    pub no: usize,
    pub unanswered: usize,
}

impl Counts {
    pub(crate) fn total(&self) -> usize {
        self.yes + self.no + self.unanswered
    }
}

impl Tally {
    pub(crate) fn counts(&self) -> Counts {
        Counts {
            yes: self.yes.len(),
            no: self.no.len(),
            unanswered: self.unanswered.len(),
        }
    }
}

/// One issue, counted in States: how many reported action on every one
/// of its recommendations, on some, on none. The three add up to the
/// States counted, which is what a reader expects an issue's figure to be.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct IssueStates {
    pub all: usize,
    pub some: usize,
    pub none: usize,
}

/// The response against the States expected.
#[derive(Debug)]
pub(crate) struct Response {
    pub expected: usize,
    /// Replies counted from States on the list.
    pub replied: usize,
    /// The States on the list with no reply counted, in the list's order.
    pub missing: Vec<expected::ExpectedState>,
    /// Replies counted from States not on the list (by name).
    pub not_expected: Vec<String>,
    /// Per region of the list (when it gives regions): name, expected, replied.
    pub regions: Vec<(String, usize, usize)>,
}

/// The compiled report.
#[derive(Debug)]
pub(crate) struct Report<'s> {
    pub schema: &'s Schema,
    pub options: Options,
    /// Files read (every path given, problems included).
    pub files: usize,
    /// Sorted by State.
    pub included: Vec<Included>,
    pub latest_date: Option<IsoDate>,
    pub earliest_date: Option<IsoDate>,
    pub invalid: Vec<Invalid>,
    pub duplicates: Vec<Duplicate>,
    pub other: Vec<Other>,
    pub late: Vec<Late>,
    pub unplaced: Vec<Unplaced>,
    /// One per recommendation, in schema order.
    pub tallies: Vec<Tally>,
    /// Answers summed over each issue's recommendations, in schema order.
    pub issues: Vec<Counts>,
    /// Each issue counted in States, in schema order.
    pub issue_states: Vec<IssueStates>,
    pub response: Option<Response>,
    /// Against the last round (`--previous`).
    pub previous: Option<Comparison>,
    /// Whether the questionnaire asks for the consent to publish.
    pub asks_consent: bool,
}

impl Report<'_> {
    /// The included replies' State names, sorted.
    pub(crate) fn countries(&self) -> impl Iterator<Item = &str> + '_ {
        self.included.iter().map(|i| i.country.as_str())
    }

    /// The States whose replies may be published as received.
    pub(crate) fn publishable(&self) -> impl Iterator<Item = &Included> + '_ {
        self.included.iter().filter(|i| i.consent == Some(true))
    }

    /// The day the figures stand at: the cut-off, else the latest date of
    /// submission counted. (Not today: the same replies give the same
    /// document whenever it is made.)
    pub(crate) fn as_at(&self) -> Option<IsoDate> {
        self.options.cutoff.or(self.latest_date)
    }

    /// How the report counts what it compiled, for its first sentence:
    /// "0 States replied" would hide that no reply names its State.
    pub(crate) fn headline(&self) -> Headline {
        let replies = self.included.len();
        let states = self.included.iter().filter(|i| i.written.is_some()).count();
        if replies == 0 {
            Headline::NoReply
        } else if states == 0 {
            Headline::NoStateNamed {
                replies,
                no_country_field: self.schema.field_with(Role::Country).is_none(),
            }
        } else {
            Headline::States {
                states,
                unnamed: replies - states,
            }
        }
    }

    /// Whether any reply counted leaves a recommendation unanswered (only
    /// drafts can): otherwise the unanswered column is left out.
    pub(crate) fn any_unanswered(&self) -> bool {
        self.issues.iter().any(|c| c.unanswered > 0)
    }
}

/// The report's count of replies, in the cases its first sentence must
/// tell apart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Headline {
    /// No reply counts (every file left out, or none read).
    NoReply,
    /// Replies count but none names its State, for instance because the
    /// questionnaire has no field with `role = "country"`.
    NoStateNamed {
        replies: usize,
        no_country_field: bool,
    },
    /// `states` replies name their State; `unnamed` more name none.
    States { states: usize, unnamed: usize },
}

/// `n` of `total` as a fraction, `None` when there is nothing to share.
pub(crate) fn share(n: usize, total: usize) -> Option<f64> {
    (total > 0).then(|| n as f64 / total as f64)
}

/// The one line `qnr report` prints on standard error when it is done.
pub(crate) fn summary(report: &Report<'_>, output: Option<&str>) -> String {
    words::summary(report.included.len(), report.files, output)
}

/// How many of the names it cannot place `qnr report` names on standard error.
const UNPLACED_SHOWN: usize = 5;

/// A warning for the State names the report could not place, if any.
pub(crate) fn unplaced_warning(report: &Report<'_>) -> Option<String> {
    if report.unplaced.is_empty() {
        return None;
    }
    // A few names say enough; the report lists them all.
    let names: Vec<String> = report
        .unplaced
        .iter()
        .take(UNPLACED_SHOWN)
        .map(|u| crate::escape::terminal::one_line(&u.written))
        .collect();
    Some(words::unplaced_warning(
        report.unplaced.len(),
        &names.join(", "),
        report.unplaced.len() > UNPLACED_SHOWN,
    ))
}
