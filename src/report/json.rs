//! The report as JSON for other tools: the shape docs/design.md fixes
//! (`replies`, `countries`, `recommendations` with `id`/`yes`/`no`/
//! `unanswered`), plus the overview's grid, the States in each group, the
//! issues counted in States, the consent to publish, the response against
//! the States expected, the last round, the comments and the problems.
//! Serialized from borrowed views of the report, so the comments of five
//! thousand replies are not copied into a JSON tree first.

use indexmap::IndexMap;
use serde::Serialize;

use super::expected::Identity;
use super::overview::{answer, short};
use super::previous::Change;
use super::{Counts, FirstError, IsoDate, Report, share};
use crate::reply::Choice;

pub(crate) fn render(report: &Report<'_>) -> Vec<u8> {
    // About 16 KB a reply counted (its comments, its row of the grid).
    crate::escape::json::pretty_sized(&view(report), 64 * 1024 + report.included.len() * 16 * 1024)
}

#[derive(Serialize)]
struct View<'a> {
    questionnaire: &'a str,
    version: &'a str,
    replies: usize,
    countries: Vec<&'a str>,
    as_at: Option<IsoDate>,
    earliest_date: Option<IsoDate>,
    latest_date: Option<IsoDate>,
    cutoff: Option<IsoDate>,
    files: usize,
    included: Vec<IncludedView<'a>>,
    /// The States whose replies may be published as received.
    publishable: Vec<&'a str>,
    /// The overview's grid: every State's answer to every recommendation.
    grid: Vec<GridRow<'a>>,
    issues: Vec<IssueView<'a>>,
    recommendations: Vec<RecView<'a>>,
    response: Option<ResponseView<'a>>,
    previous: Option<PreviousView<'a>>,
    problems: Problems<'a>,
}

#[derive(Serialize)]
struct IncludedView<'a> {
    /// The name shown, in the report's language.
    country: &'a str,
    as_written: Option<&'a str>,
    #[serde(flatten)]
    keys: Keys,
    region: Option<&'a str>,
    date: Option<IsoDate>,
    file: &'a str,
    valid: bool,
    publish: Option<bool>,
}

/// A State's stable keys beside the name shown: its M49 and ISO 3166-1
/// alpha-3 codes, the same whatever the report's language, so that the
/// JSON of runs in different languages joins; `null` for a name the list
/// of States does not know (it is shown as written in every language).
#[derive(Serialize)]
struct Keys {
    m49: Option<&'static str>,
    iso3: Option<&'static str>,
}

impl Keys {
    fn of(identity: &Identity) -> Keys {
        let codes = identity.codes();
        Keys {
            m49: codes.map(|(m49, _)| m49),
            iso3: codes.map(|(_, iso3)| iso3),
        }
    }
}

#[derive(Serialize)]
struct GridRow<'a> {
    country: &'a str,
    #[serde(flatten)]
    keys: Keys,
    answers: IndexMap<&'a str, Option<&'static str>>,
}

#[derive(Serialize)]
struct IssueView<'a> {
    issue: &'a str,
    title: &'a str,
    recommendations: usize,
    /// States that reported action on all, some or none of the issue's
    /// recommendations (they add up to the States counted).
    states: StatesView,
    /// Answers summed over the issue's recommendations.
    answers: CountsView,
}

#[derive(Serialize)]
struct StatesView {
    all: usize,
    some: usize,
    none: usize,
}

/// The answers to a recommendation (or an issue's), and their shares.
#[derive(Serialize)]
struct CountsView {
    yes: usize,
    no: usize,
    unanswered: usize,
    yes_share: Option<f64>,
    no_share: Option<f64>,
    unanswered_share: Option<f64>,
}

impl From<Counts> for CountsView {
    fn from(c: Counts) -> Self {
        CountsView {
            yes: c.yes,
            no: c.no,
            unanswered: c.unanswered,
            yes_share: share(c.yes, c.total()),
            no_share: share(c.no, c.total()),
            unanswered_share: share(c.unanswered, c.total()),
        }
    }
}

#[derive(Serialize)]
struct RecView<'a> {
    id: &'a str,
    issue: &'a str,
    short: String,
    #[serde(flatten)]
    counts: CountsView,
    yes_countries: Vec<&'a str>,
    no_countries: Vec<&'a str>,
    unanswered_countries: Vec<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    previous: Option<RecPrevious<'a>>,
    comments: Vec<CommentView<'a>>,
}

#[derive(Serialize)]
struct RecPrevious<'a> {
    yes: usize,
    replies: usize,
    yes_share: Option<f64>,
    no_to_yes: Vec<&'a str>,
    yes_to_no: Vec<&'a str>,
}

#[derive(Serialize)]
struct CommentView<'a> {
    country: &'a str,
    action_taken: Option<&'static str>,
    comments: &'a str,
}

#[derive(Serialize)]
struct ResponseView<'a> {
    expected: usize,
    replied: usize,
    rate: Option<f64>,
    not_replied: Vec<&'a str>,
    /// The same States with their stable keys.
    not_replied_states: Vec<StateKeyView<'a>>,
    not_expected: Vec<&'a str>,
    regions: Vec<RegionView<'a>>,
}

/// A State by the name shown and its stable keys.
#[derive(Serialize)]
struct StateKeyView<'a> {
    country: &'a str,
    #[serde(flatten)]
    keys: Keys,
}

#[derive(Serialize)]
struct RegionView<'a> {
    region: &'a str,
    expected: usize,
    replied: usize,
    rate: Option<f64>,
}

#[derive(Serialize)]
struct PreviousView<'a> {
    replies: usize,
    states: Vec<StateChangesView<'a>>,
    gone: Vec<&'a str>,
    new: Vec<&'a str>,
}

#[derive(Serialize)]
struct StateChangesView<'a> {
    country: &'a str,
    #[serde(flatten)]
    keys: Keys,
    changes: Vec<ChangeView<'a>>,
}

#[derive(Serialize)]
struct ChangeView<'a> {
    id: &'a str,
    change: &'static str,
    then: Option<&'static str>,
    now: Option<&'static str>,
}

#[derive(Serialize)]
struct Problems<'a> {
    invalid: Vec<InvalidView<'a>>,
    duplicates: Vec<DuplicateView<'a>>,
    other_questionnaire: Vec<OtherView<'a>>,
    late: Vec<LateView<'a>>,
    unplaced_names: Vec<UnplacedView<'a>>,
}

#[derive(Serialize)]
struct InvalidView<'a> {
    file: &'a str,
    country: Option<&'a str>,
    error: &'a FirstError,
    included: bool,
}

#[derive(Serialize)]
struct Dated<'a> {
    file: &'a str,
    date: Option<IsoDate>,
}

#[derive(Serialize)]
struct DuplicateView<'a> {
    country: &'a str,
    kept: Dated<'a>,
    dropped: Vec<Dated<'a>>,
}

#[derive(Serialize)]
struct OtherView<'a> {
    file: &'a str,
    country: Option<&'a str>,
    questionnaire: &'a str,
}

#[derive(Serialize)]
struct LateView<'a> {
    file: &'a str,
    country: &'a str,
    date: Option<IsoDate>,
}

#[derive(Serialize)]
struct UnplacedView<'a> {
    name: &'a str,
    file: &'a str,
}

fn change_view(id: &str, change: Change) -> ChangeView<'_> {
    let (name, then, now) = match change {
        Change::NoToYes => ("no_to_yes", Some(Choice::No), Some(Choice::Yes)),
        Change::YesToNo => ("yes_to_no", Some(Choice::Yes), Some(Choice::No)),
        Change::NewlyAnswered(c) => ("newly_answered", None, Some(c)),
        Change::NoLongerAnswered(c) => ("no_longer_answered", Some(c), None),
    };
    ChangeView {
        id,
        change: name,
        then: then.map(Choice::as_str),
        now: now.map(Choice::as_str),
    }
}

fn view<'a>(report: &'a Report<'_>) -> View<'a> {
    let schema = report.schema;
    let names = |group: &[usize]| -> Vec<&'a str> {
        group
            .iter()
            .map(|&n| report.included[n].country.as_str())
            .collect()
    };
    let recommendations = schema
        .items()
        .zip(&report.tallies)
        .map(|(item, tally)| {
            let id = item.recommendation.id.as_str();
            let comments = report
                .included
                .iter()
                .filter_map(|inc| {
                    let answer = inc.reply.answer(id)?;
                    Some(CommentView {
                        country: &inc.country,
                        action_taken: answer.action_taken.map(Choice::as_str),
                        comments: answer.comments.as_deref()?,
                    })
                })
                .collect();
            let previous = report.previous.as_ref().map(|p| {
                let then = p.recommendations[item.ordinal];
                RecPrevious {
                    yes: then.yes,
                    replies: then.replies,
                    yes_share: share(then.yes, then.replies),
                    no_to_yes: p.moved(id, Change::NoToYes),
                    yes_to_no: p.moved(id, Change::YesToNo),
                }
            });
            RecView {
                id,
                issue: &item.issue.numeral,
                short: short(&item.recommendation.text),
                counts: tally.counts().into(),
                yes_countries: names(&tally.yes),
                no_countries: names(&tally.no),
                unanswered_countries: names(&tally.unanswered),
                previous,
                comments,
            }
        })
        .collect();
    View {
        questionnaire: &schema.id,
        version: &schema.version,
        replies: report.included.len(),
        countries: report.countries().collect(),
        as_at: report.as_at(),
        earliest_date: report.earliest_date,
        latest_date: report.latest_date,
        cutoff: report.options.cutoff,
        files: report.files,
        included: report
            .included
            .iter()
            .map(|inc| IncludedView {
                country: &inc.country,
                as_written: inc.written.as_deref(),
                keys: Keys::of(&inc.identity),
                region: inc.region.as_deref(),
                date: inc.date,
                file: &inc.file,
                valid: inc.valid,
                publish: inc.consent,
            })
            .collect(),
        publishable: report.publishable().map(|i| i.country.as_str()).collect(),
        grid: report
            .included
            .iter()
            .map(|inc| GridRow {
                country: &inc.country,
                keys: Keys::of(&inc.identity),
                answers: schema
                    .items()
                    .map(|item| {
                        let id = item.recommendation.id.as_str();
                        (id, answer(inc, id).map(Choice::as_str))
                    })
                    .collect(),
            })
            .collect(),
        issues: schema
            .issues
            .iter()
            .zip(&report.issues)
            .zip(&report.issue_states)
            .map(|((issue, c), s)| IssueView {
                issue: &issue.numeral,
                title: &issue.title,
                recommendations: issue.recommendations.len(),
                states: StatesView {
                    all: s.all,
                    some: s.some,
                    none: s.none,
                },
                answers: (*c).into(),
            })
            .collect(),
        recommendations,
        response: report.response.as_ref().map(|r| ResponseView {
            expected: r.expected,
            replied: r.replied,
            rate: share(r.replied, r.expected),
            not_replied: r.missing.iter().map(|s| s.name.as_str()).collect(),
            not_replied_states: r
                .missing
                .iter()
                .map(|s| StateKeyView {
                    country: &s.name,
                    keys: Keys::of(&s.identity),
                })
                .collect(),
            not_expected: r.not_expected.iter().map(String::as_str).collect(),
            regions: r
                .regions
                .iter()
                .map(|(region, expected, replied)| RegionView {
                    region,
                    expected: *expected,
                    replied: *replied,
                    rate: share(*replied, *expected),
                })
                .collect(),
        }),
        previous: report.previous.as_ref().map(|p| PreviousView {
            replies: p.replies_then,
            states: p
                .states
                .iter()
                .map(|s| StateChangesView {
                    country: &s.country,
                    keys: Keys::of(&s.identity),
                    changes: s
                        .changes
                        .iter()
                        .map(|(id, change)| change_view(id, *change))
                        .collect(),
                })
                .collect(),
            gone: p.gone.iter().map(String::as_str).collect(),
            new: p.new.iter().map(String::as_str).collect(),
        }),
        problems: Problems {
            invalid: report
                .invalid
                .iter()
                .map(|i| InvalidView {
                    file: &i.file,
                    country: i.country.as_deref(),
                    error: &i.error,
                    included: i.included,
                })
                .collect(),
            duplicates: report
                .duplicates
                .iter()
                .map(|d| DuplicateView {
                    country: &d.country,
                    kept: Dated {
                        file: &d.kept.file,
                        date: d.kept.date,
                    },
                    dropped: d
                        .dropped
                        .iter()
                        .map(|d| Dated {
                            file: &d.file,
                            date: d.date,
                        })
                        .collect(),
                })
                .collect(),
            other_questionnaire: report
                .other
                .iter()
                .map(|o| OtherView {
                    file: &o.file,
                    country: o.country.as_deref(),
                    questionnaire: &o.questionnaire,
                })
                .collect(),
            late: report
                .late
                .iter()
                .map(|l| LateView {
                    file: &l.file,
                    country: &l.country,
                    date: l.date,
                })
                .collect(),
            unplaced_names: report
                .unplaced
                .iter()
                .map(|u| UnplacedView {
                    name: &u.written,
                    file: &u.file,
                })
                .collect(),
        },
    }
}
