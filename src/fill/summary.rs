//! The end of the walk: one row per recommendation (answer, words in the
//! comment, what is wrong, what changed since last round) and the result of
//! validating the reply as saved. Built as data; the prompters only render it.

use crate::color::Palette;
use crate::diagnostic::{Code, Severity};
use crate::escape::terminal::one_line;
use crate::i18n::t;
use crate::reply::{Answer, Choice, Reply};
use crate::schema::Schema;
use crate::text::word_count;
use crate::validate::check_reply;

use super::store::Store;

/// How an answer compares with last round's (`--carry-forward`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Change {
    Same,
    Changed,
    /// Last round had no answer here.
    New,
    /// Not answered yet this round (last round had an answer).
    Open,
}

impl Change {
    fn as_str(self) -> String {
        match self {
            Change::Same => t!("fill-change-same"),
            Change::Changed => t!("fill-change-changed"),
            Change::New => t!("fill-change-new"),
            Change::Open => t!("fill-change-open"),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Row {
    pub id: String,
    pub choice: Option<Choice>,
    /// The choice as the form prints it (`YES`).
    pub answer: Option<String>,
    pub words: usize,
    /// Short notes from validation: `no answer`, `no comment`, `212 words`.
    pub notes: Vec<String>,
    /// `None` without `--carry-forward`.
    pub change: Option<Change>,
}

#[derive(Clone, Debug)]
pub(crate) struct Summary {
    pub path: String,
    pub rows: Vec<Row>,
    pub answered: usize,
    pub total: usize,
    pub errors: usize,
    pub warnings: usize,
    /// Findings the table does not show (respondent fields, the
    /// questionnaire), as messages, in file order.
    pub problems: Vec<(Severity, String)>,
    /// Field and recommendation ids with a finding, to revisit.
    pub revisit: Vec<String>,
    pub carried: bool,
}

impl Summary {
    pub(crate) fn build(schema: &Schema, store: &Store, previous: Option<&Reply>) -> Summary {
        let reply = &store.reply;
        let path = store.path.display().to_string();
        let report = check_reply(path.clone(), reply, schema);
        let rows = schema
            .item_ids()
            .map(|id| {
                let answer = reply.answer(id);
                let comments = answer.and_then(|a| a.comments.as_deref());
                let notes = report
                    .diagnostics
                    .iter()
                    .filter(|d| d.id.as_deref() == Some(id))
                    .map(|d| match d.code {
                        Code::MissingAnswer => t!("fill-note-no-answer"),
                        Code::MissingComment => t!(
                            "fill-note-no-comment",
                            label = schema.comments.label.to_lowercase()
                        ),
                        Code::LongComment => t!(
                            "fill-note-over",
                            max = schema.comments.max_words.unwrap_or_default()
                        ),
                        code => code.as_str().to_string(),
                    })
                    .collect();
                // An item not answered this round has not changed: it is open.
                fn given(a: Option<&Answer>) -> Option<&Answer> {
                    a.filter(|a| a.action_taken.is_some())
                }
                let change = previous.map(|p| match (given(p.answer(id)), given(answer)) {
                    (None, None) => Change::Same,
                    (Some(_), None) => Change::Open,
                    (None, Some(_)) => Change::New,
                    (Some(before), Some(now)) if before == now => Change::Same,
                    (Some(_), Some(_)) => Change::Changed,
                });
                Row {
                    id: id.to_string(),
                    choice: answer.and_then(|a| a.action_taken),
                    answer: answer
                        .and_then(|a| a.action_taken)
                        .map(|c| one_line(c.label(schema))),
                    words: comments.map_or(0, word_count),
                    notes,
                    change,
                }
            })
            .collect();
        let mut revisit: Vec<String> = Vec::new();
        for d in &report.diagnostics {
            if let Some(id) = &d.id
                && !revisit.contains(id)
            {
                revisit.push(id.clone());
            }
        }
        Summary {
            path,
            rows,
            answered: reply.answered_count(schema),
            total: schema.item_count(),
            errors: report.count(Severity::Error),
            warnings: report.count(Severity::Warning),
            problems: report
                .diagnostics
                .iter()
                .filter(|d| d.id.as_deref().is_none_or(|id| !schema.has_item(id)))
                .map(|d| (d.severity, one_line(&d.message)))
                .collect(),
            revisit,
            carried: previous.is_some(),
        }
    }

    /// One sentence on whether the reply validates.
    pub(crate) fn verdict(&self) -> String {
        match (self.errors, self.warnings) {
            (0, 0) => t!("fill-verdict-valid"),
            (0, warnings) => t!("fill-verdict-warnings", warnings = warnings),
            (errors, warnings) => t!("fill-verdict-errors", errors = errors, warnings = warnings),
        }
    }

    /// The question asked after the table, when there is something to revisit.
    pub(crate) fn offer(&self) -> Option<String> {
        (!self.revisit.is_empty()).then(|| {
            const NAMED: usize = 5;
            let mut ids: Vec<String> = self
                .revisit
                .iter()
                .take(NAMED)
                .map(|id| one_line(id))
                .collect();
            if self.revisit.len() > NAMED {
                ids.push("…".to_string());
            }
            t!(
                "fill-revisit",
                count = self.revisit.len(),
                ids = ids.join(", ")
            )
        })
    }

    /// The table as a person reads it on a terminal.
    pub(crate) fn table(&self, palette: Palette) -> Vec<String> {
        let id_width = self
            .rows
            .iter()
            .map(|r| r.id.chars().count())
            .max()
            .unwrap_or(2)
            .max(2);
        let answer_width = self
            .rows
            .iter()
            .filter_map(|r| r.answer.as_ref().map(|a| a.chars().count()))
            .max()
            .unwrap_or(0)
            .max(6);
        let mut lines = Vec::new();
        let (id, answer, words) = (
            t!("fill-table-id"),
            t!("fill-table-answer"),
            t!("fill-table-words"),
        );
        let mut header = format!("{id:<id_width$}  {answer:<answer_width$}  {words:>5}");
        if self.carried {
            header.push_str(&format!("  {}", t!("fill-table-last-round")));
        }
        header.push_str(&format!("  {}", t!("fill-table-notes")));
        lines.push(palette.bold(&header));
        for row in &self.rows {
            let answer = row.answer.clone().unwrap_or_else(|| "—".to_string());
            let words = if row.words == 0 {
                "—".to_string()
            } else {
                row.words.to_string()
            };
            let mut line = format!(
                "{:<id_width$}  {answer:<answer_width$}  {words:>5}",
                one_line(&row.id)
            );
            if let Some(change) = row.change {
                line.push_str(&format!("  {:<10}", change.as_str()));
            }
            if !row.notes.is_empty() {
                line.push_str("  ");
                line.push_str(&palette.warning(&row.notes.join(", ")));
            }
            lines.push(line.trim_end().to_string());
        }
        lines
    }

    /// The table as sentences, one per recommendation, for screen readers.
    pub(crate) fn sentences(&self) -> Vec<String> {
        self.rows
            .iter()
            .map(|row| {
                let mut parts = vec![
                    row.answer
                        .clone()
                        .unwrap_or_else(|| t!("fill-sentence-not-answered")),
                ];
                // "not answered" says it already.
                let notes = row
                    .notes
                    .iter()
                    .filter(|n| row.answer.is_some() || **n != t!("fill-note-no-answer"));
                if row.words > 0 {
                    parts.push(super::say::words(row.words));
                }
                if let Some(change) = row.change {
                    parts.push(t!("fill-sentence-since", change = change.as_str()));
                }
                parts.extend(notes.cloned());
                format!("{}: {}.", one_line(&row.id), parts.join(", "))
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn store_with(reply: Reply) -> Store {
        let dir = tempfile::tempdir().unwrap();
        let schema = Schema::honlea();
        let mut store = Store::open(&dir.path().join("r.json"), &schema)
            .unwrap()
            .expect_store();
        store.reply = reply;
        store
    }

    #[test]
    fn rows_carry_answers_words_notes_and_changes() {
        let schema = Schema::honlea();
        let mut reply = Reply::empty(&schema);
        reply.set_answer(
            "I.1",
            Answer::new(Some(Choice::Yes), Some("One two three.")),
        );
        reply.set_answer("I.2", Answer::new(Some(Choice::Yes), None));
        reply.set_answer("I.3", Answer::new(Some(Choice::No), None));
        let mut previous = Reply::empty(&schema);
        previous.set_answer(
            "I.1",
            Answer::new(Some(Choice::Yes), Some("One two three.")),
        );
        previous.set_answer("I.3", Answer::new(Some(Choice::Yes), None));
        previous.set_answer("II.2", Answer::new(Some(Choice::No), None));
        let summary = Summary::build(&schema, &store_with(reply), Some(&previous));
        let row = |id: &str| summary.rows.iter().find(|r| r.id == id).unwrap().clone();
        assert_eq!(row("I.1").words, 3);
        assert_eq!(row("I.1").change, Some(Change::Same));
        assert_eq!(row("I.2").notes, ["no comments"]);
        assert_eq!(row("I.2").change, Some(Change::New));
        assert_eq!(row("I.3").change, Some(Change::Changed));
        assert_eq!(row("II.1").notes, ["no answer"]);
        // Issue 12: unanswered this round is never "changed": open when it
        // was answered last round, the same when it was not.
        assert_eq!(row("II.1").change, Some(Change::Same));
        assert_eq!(row("II.2").change, Some(Change::Open));
        // Plain mode says "not answered" once, not "not answered, no answer".
        let sentences = summary.sentences();
        let ii2 = sentences.iter().find(|s| s.starts_with("II.2:")).unwrap();
        assert_eq!(ii2, "II.2: not answered, open since last round.");
        assert_eq!(summary.answered, 3);
        assert!(
            summary
                .revisit
                .starts_with(&["country".to_string(), "date".to_string()])
        );
        assert!(summary.revisit.contains(&"I.2".to_string()));
        assert!(!summary.revisit.contains(&"I.1".to_string()));
        assert!(
            summary
                .verdict()
                .starts_with("The reply is not complete yet")
        );
        let table = summary.table(Palette::PLAIN);
        assert_eq!(table[0], "id     answer  words  last round  notes");
        assert_eq!(table[1], "I.1    YES         3  same");
        assert_eq!(table[2], "I.2    YES         —  new         no comments");
        assert_eq!(
            summary.sentences()[1],
            "I.2: YES, new since last round, no comments."
        );
    }

    #[test]
    fn a_complete_reply_has_nothing_to_revisit() {
        let schema = Schema::honlea();
        let mut reply = Reply::empty(&schema);
        reply.set_field("country", "Narnia");
        reply.set_field("date", "2019-05-01");
        for id in schema.item_ids() {
            reply.set_answer(id, Answer::new(Some(Choice::No), None));
        }
        let summary = Summary::build(&schema, &store_with(reply), None);
        assert_eq!(summary.verdict(), "The reply is complete and valid.");
        assert_eq!(summary.offer(), None);
    }
}
