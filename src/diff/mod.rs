//! `qnr diff`: two replies compared recommendation by recommendation (answer
//! changed, comment changed word by word, added, removed) and field by
//! field. [`compare`] builds the differences as data; `human` and `json`
//! lay them out.

pub(crate) mod human;
pub(crate) mod json;
mod words;

use crate::reply::{Answer, Reply};
use crate::schema::Schema;

pub(crate) use words::{Op, Piece, word_diff};

/// A respondent field that differs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct FieldChange {
    pub id: String,
    pub label: String,
    pub a: Option<String>,
    pub b: Option<String>,
}

/// How one recommendation's answer differs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Status {
    /// Only B answers it (YES/NO or a comment).
    Added,
    /// Only A answers it.
    Removed,
    /// Both do, differently.
    Changed,
}

impl Status {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Status::Added => "added",
            Status::Removed => "removed",
            Status::Changed => "changed",
        }
    }
}

/// A recommendation whose answer differs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct AnswerChange {
    pub id: String,
    pub status: Status,
    pub a: Answer,
    pub b: Answer,
    /// YES/NO differs.
    pub answer_changed: bool,
    /// The comment differs; `words` says how.
    pub comment_changed: bool,
    pub words: Vec<Piece>,
}

/// Every difference between two replies, in schema order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Diff {
    pub respondent: Vec<FieldChange>,
    pub answers: Vec<AnswerChange>,
}

impl Diff {
    pub(crate) fn is_empty(&self) -> bool {
        self.respondent.is_empty() && self.answers.is_empty()
    }
}

/// Compares A with B.
pub(crate) fn compare(schema: &Schema, a: &Reply, b: &Reply) -> Diff {
    let mut diff = Diff::default();
    let mut field_ids: Vec<(&str, &str)> = schema
        .respondent
        .iter()
        .map(|f| (f.id.as_str(), f.label.as_str()))
        .collect();
    for id in a.respondent.keys().chain(b.respondent.keys()) {
        if !field_ids.iter().any(|(f, _)| f == id) {
            field_ids.push((id, id));
        }
    }
    for (id, label) in field_ids {
        let (fa, fb) = (a.field(id), b.field(id));
        if fa != fb {
            diff.respondent.push(FieldChange {
                id: id.to_string(),
                label: label.to_string(),
                a: fa.map(str::to_string),
                b: fb.map(str::to_string),
            });
        }
    }
    let mut ids: Vec<&str> = schema.item_ids().collect();
    for id in a.answers.keys().chain(b.answers.keys()) {
        if !ids.contains(&id.as_str()) {
            ids.push(id);
        }
    }
    let empty = Answer::default();
    for id in ids {
        let aa = a.answer(id).unwrap_or(&empty);
        let ab = b.answer(id).unwrap_or(&empty);
        if aa == ab {
            continue;
        }
        let status = match (aa.is_empty(), ab.is_empty()) {
            (true, _) => Status::Added,
            (_, true) => Status::Removed,
            _ => Status::Changed,
        };
        let comment_changed = aa.comments != ab.comments;
        let words = if comment_changed {
            word_diff(
                aa.comments.as_deref().unwrap_or(""),
                ab.comments.as_deref().unwrap_or(""),
            )
        } else {
            Vec::new()
        };
        diff.answers.push(AnswerChange {
            id: id.to_string(),
            status,
            a: aa.clone(),
            b: ab.clone(),
            answer_changed: aa.action_taken != ab.action_taken,
            comment_changed,
            words,
        });
    }
    diff
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reply::Choice;

    fn reply(answers: &[(&str, Option<Choice>, Option<&str>)]) -> Reply {
        let schema = Schema::honlea();
        let mut r = Reply::empty(&schema);
        r.set_field("country", "Exampleland");
        for (id, choice, comment) in answers {
            r.set_answer(id, Answer::new(*choice, *comment));
        }
        r
    }

    #[test]
    fn identical_replies_have_no_differences() {
        let a = reply(&[("I.1", Some(Choice::Yes), Some("A unit."))]);
        assert!(compare(&Schema::honlea(), &a, &a.clone()).is_empty());
    }

    #[test]
    fn changes_are_classified_in_schema_order() {
        let schema = Schema::honlea();
        let a = reply(&[
            ("II.1", Some(Choice::Yes), Some("Set up in 2018.")),
            ("I.2", Some(Choice::No), None),
            ("I.3", Some(Choice::Yes), Some("Trained.")),
        ]);
        let mut b = reply(&[
            ("I.1", Some(Choice::Yes), None),
            ("I.3", Some(Choice::No), Some("Trained.")),
            ("II.1", Some(Choice::Yes), Some("Created in 2018.")),
        ]);
        b.set_field("date", "2019-06-01");
        let diff = compare(&schema, &a, &b);
        let summary: Vec<(&str, Status, bool, bool)> = diff
            .answers
            .iter()
            .map(|c| (c.id.as_str(), c.status, c.answer_changed, c.comment_changed))
            .collect();
        assert_eq!(
            summary,
            [
                ("I.1", Status::Added, true, false),
                ("I.2", Status::Removed, true, false),
                ("I.3", Status::Changed, true, false),
                ("II.1", Status::Changed, false, true),
            ]
        );
        assert_eq!(diff.respondent.len(), 1);
        assert_eq!(diff.respondent[0].id, "date");
        assert_eq!(diff.respondent[0].a, None);
    }
}
