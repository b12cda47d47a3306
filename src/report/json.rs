//! The report as JSON for other tools: the shape DESIGN.md fixes
//! (`replies`, `countries`, `recommendations` with `id`/`yes`/`no`/
//! `unanswered`), plus the States in each group, the issues, the comments
//! and the problems.

use serde_json::{Value, json};

use super::{FirstError, Report, Tally};
use crate::reply::Choice;

pub fn render(report: &Report<'_>) -> Vec<u8> {
    let mut bytes = serde_json::to_vec_pretty(&value(report)).unwrap_or_default();
    bytes.push(b'\n');
    bytes
}

pub fn value(report: &Report<'_>) -> Value {
    let schema = report.schema;
    let names = |group: &[usize]| -> Vec<&str> {
        group
            .iter()
            .map(|&n| report.included[n].country.as_str())
            .collect()
    };
    let share = |n: usize, total: usize| {
        if total == 0 {
            Value::Null
        } else {
            json!(n as f64 / total as f64)
        }
    };
    let recommendations: Vec<Value> = schema
        .items()
        .zip(&report.tallies)
        .map(|(item, tally): (_, &Tally)| {
            let c = tally.counts();
            let id = &item.recommendation.id;
            let comments: Vec<Value> = report
                .included
                .iter()
                .filter_map(|inc| {
                    let answer = inc.reply.answer(id)?;
                    let text = answer.comments.as_deref()?;
                    Some(json!({
                        "country": inc.country,
                        "action_taken": answer.action_taken.map(Choice::as_str),
                        "comments": text,
                    }))
                })
                .collect();
            json!({
                "id": id,
                "issue": item.issue.numeral,
                "yes": c.yes,
                "no": c.no,
                "unanswered": c.unanswered,
                "yes_share": share(c.yes, c.total()),
                "no_share": share(c.no, c.total()),
                "unanswered_share": share(c.unanswered, c.total()),
                "yes_countries": names(&tally.yes),
                "no_countries": names(&tally.no),
                "unanswered_countries": names(&tally.unanswered),
                "comments": comments,
            })
        })
        .collect();
    let issues: Vec<Value> = schema
        .issues
        .iter()
        .zip(&report.issues)
        .map(|(issue, c)| {
            json!({
                "issue": issue.numeral,
                "title": issue.title,
                "yes": c.yes,
                "no": c.no,
                "unanswered": c.unanswered,
            })
        })
        .collect();
    let included: Vec<Value> = report
        .included
        .iter()
        .map(|inc| json!({"country": inc.country, "date": inc.date, "file": inc.file, "valid": inc.valid}))
        .collect();
    json!({
        "questionnaire": schema.id,
        "version": schema.version,
        "replies": report.included.len(),
        "countries": report.countries().collect::<Vec<_>>(),
        "latest_date": report.latest_date,
        "cutoff": report.options.cutoff,
        "files": report.files,
        "included": included,
        "issues": issues,
        "recommendations": recommendations,
        "problems": {
            "invalid": report.invalid.iter().map(|i| json!({
                "file": i.file,
                "error": error(&i.error),
                "included": i.included,
            })).collect::<Vec<_>>(),
            "duplicates": report.duplicates.iter().map(|d| json!({
                "country": d.country,
                "kept": {"file": d.kept.0, "date": d.kept.1},
                "dropped": d.dropped.iter().map(|(f, date)| json!({"file": f, "date": date})).collect::<Vec<_>>(),
            })).collect::<Vec<_>>(),
            "other_questionnaire": report.other.iter().map(|o| json!({
                "file": o.file,
                "questionnaire": o.questionnaire,
            })).collect::<Vec<_>>(),
            "late": report.late.iter().map(|l| json!({
                "file": l.file,
                "country": l.country,
                "date": l.date,
            })).collect::<Vec<_>>(),
        },
    })
}

fn error(e: &FirstError) -> Value {
    json!({"message": e.message, "line": e.line, "column": e.column})
}
