//! The report as JSON for other tools: the shape docs/design.md fixes
//! (`replies`, `countries`, `recommendations` with `id`/`yes`/`no`/
//! `unanswered`), plus the States in each group, the issues, the comments
//! and the problems. Serialized from borrowed views of the report, so the
//! comments of five thousand replies are not copied into a JSON tree first.

use serde::Serialize;

use super::{Counts, FirstError, Report};
use crate::reply::Choice;

pub(crate) fn render(report: &Report<'_>) -> Vec<u8> {
    crate::escape::json::pretty(&view(report))
}

#[derive(Serialize)]
struct View<'a> {
    questionnaire: &'a str,
    version: &'a str,
    replies: usize,
    countries: Vec<&'a str>,
    latest_date: Option<&'a str>,
    cutoff: Option<&'a str>,
    files: usize,
    included: Vec<IncludedView<'a>>,
    issues: Vec<IssueView<'a>>,
    recommendations: Vec<RecView<'a>>,
    problems: Problems<'a>,
}

#[derive(Serialize)]
struct IncludedView<'a> {
    country: &'a str,
    date: Option<&'a str>,
    file: &'a str,
    valid: bool,
}

#[derive(Serialize)]
struct IssueView<'a> {
    issue: &'a str,
    title: &'a str,
    #[serde(flatten)]
    counts: CountsView,
}

/// The answers to an issue or a recommendation, and their shares.
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
        let share = |n: usize| (c.total() > 0).then(|| n as f64 / c.total() as f64);
        CountsView {
            yes: c.yes,
            no: c.no,
            unanswered: c.unanswered,
            yes_share: share(c.yes),
            no_share: share(c.no),
            unanswered_share: share(c.unanswered),
        }
    }
}

#[derive(Serialize)]
struct RecView<'a> {
    id: &'a str,
    issue: &'a str,
    #[serde(flatten)]
    counts: CountsView,
    yes_countries: Vec<&'a str>,
    no_countries: Vec<&'a str>,
    unanswered_countries: Vec<&'a str>,
    comments: Vec<CommentView<'a>>,
}

#[derive(Serialize)]
struct CommentView<'a> {
    country: &'a str,
    action_taken: Option<&'static str>,
    comments: &'a str,
}

#[derive(Serialize)]
struct Problems<'a> {
    invalid: Vec<InvalidView<'a>>,
    duplicates: Vec<DuplicateView<'a>>,
    other_questionnaire: Vec<OtherView<'a>>,
    late: Vec<LateView<'a>>,
}

#[derive(Serialize)]
struct InvalidView<'a> {
    file: &'a str,
    error: &'a FirstError,
    included: bool,
}

#[derive(Serialize)]
struct Dated<'a> {
    file: &'a str,
    date: Option<&'a str>,
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
    questionnaire: &'a str,
}

#[derive(Serialize)]
struct LateView<'a> {
    file: &'a str,
    country: &'a str,
    date: Option<&'a str>,
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
            let c = tally.counts();
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
            RecView {
                id,
                issue: &item.issue.numeral,
                counts: c.into(),
                yes_countries: names(&tally.yes),
                no_countries: names(&tally.no),
                unanswered_countries: names(&tally.unanswered),
                comments,
            }
        })
        .collect();
    View {
        questionnaire: &schema.id,
        version: &schema.version,
        replies: report.included.len(),
        countries: report.countries().collect(),
        latest_date: report.latest_date.as_deref(),
        cutoff: report.options.cutoff.as_deref(),
        files: report.files,
        included: report
            .included
            .iter()
            .map(|inc| IncludedView {
                country: &inc.country,
                date: inc.date.as_deref(),
                file: &inc.file,
                valid: inc.valid,
            })
            .collect(),
        issues: schema
            .issues
            .iter()
            .zip(&report.issues)
            .map(|(issue, c)| IssueView {
                issue: &issue.numeral,
                title: &issue.title,
                counts: (*c).into(),
            })
            .collect(),
        recommendations,
        problems: Problems {
            invalid: report
                .invalid
                .iter()
                .map(|i| InvalidView {
                    file: &i.file,
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
                        file: &d.kept.0,
                        date: d.kept.1.as_deref(),
                    },
                    dropped: d
                        .dropped
                        .iter()
                        .map(|(file, date)| Dated {
                            file,
                            date: date.as_deref(),
                        })
                        .collect(),
                })
                .collect(),
            other_questionnaire: report
                .other
                .iter()
                .map(|o| OtherView {
                    file: &o.file,
                    questionnaire: &o.questionnaire,
                })
                .collect(),
            late: report
                .late
                .iter()
                .map(|l| LateView {
                    file: &l.file,
                    country: &l.country,
                    date: l.date.as_deref(),
                })
                .collect(),
        },
    }
}
