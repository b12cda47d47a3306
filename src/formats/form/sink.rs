//! The printed form's order, written once for every form writer: the title,
//! the questionnaire line, the guidance, the respondent fields, then for each
//! item its issue heading (when the issue changes), its heading and text, the
//! answer line and the comments. [`lay_out`] walks a reply in that order and
//! hands each piece, with its wording already chosen, to a [`FormSink`]; a
//! writer (plain text, Markdown, Word) only decides how a piece looks.

use crate::formats::Layout;
use crate::i18n::t;
use crate::reply::Choice;
use crate::schema::{FieldKind, Schema};

/// A YES/NO pair as the form shows it: its two labels and the ticked one.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Choices<'a> {
    pub yes: &'a str,
    pub no: &'a str,
    pub ticked: Option<Choice>,
}

/// A respondent field's value as the form shows it.
#[derive(Clone, Copy, Debug)]
pub(crate) enum FieldValue<'a> {
    /// A yes/no field left empty or answered yes or no: two boxes.
    Choices(Choices<'a>),
    /// Any other value, as written (empty when absent).
    Text(&'a str),
}

/// What a form writer does with each piece of the form, in the order
/// [`lay_out`] calls it.
pub(crate) trait FormSink {
    /// The questionnaire's title.
    fn title(&mut self, title: &str);
    /// `Questionnaire: honlea, version 2019`: which questionnaire the reply answers.
    fn questionnaire(&mut self, line: &str);
    /// The schema's guidance, which may hold paragraphs (`\n\n`).
    fn guidance(&mut self, guidance: &str);
    /// Before the respondent fields (called even when there are none).
    fn respondent(&mut self) {}
    /// A respondent field: its label (no colon) and value.
    fn field(&mut self, label: &str, value: FieldValue<'_>);
    /// `Issue I: Title`, before the first item of each issue.
    fn issue(&mut self, heading: &str);
    /// A recommendation of the schema: `Recommendation 1`, its id and text.
    fn recommendation(&mut self, heading: &str, id: &str, text: &str);
    /// An item the schema does not know: `Recommendation (X.9)`.
    fn unknown_item(&mut self, heading: &str);
    /// The answer line: `Any action taken` and the boxes.
    fn answer(&mut self, question: &str, choices: Choices<'_>);
    /// `Comments:` and the comments, if any (they may hold paragraphs).
    fn comments(&mut self, label: &str, comments: Option<&str>);
}

/// Walks `layout` in the form's order and hands each piece to `sink`.
pub(crate) fn lay_out(layout: &Layout<'_>, schema: &Schema, sink: &mut impl FormSink) {
    let choices = |ticked| Choices {
        yes: &schema.answer.yes,
        no: &schema.answer.no,
        ticked,
    };
    sink.title(&schema.title);
    sink.questionnaire(&t!(
        "forms-questionnaire-line",
        id = layout.questionnaire,
        version = layout.version
    ));
    if let Some(guidance) = &schema.guidance {
        sink.guidance(guidance);
    }
    sink.respondent();
    for &(id, value) in &layout.fields {
        let (label, kind) = match schema.field(id) {
            Some(f) => (f.label.as_str(), f.kind),
            None => (id, FieldKind::Text),
        };
        let ticked = value.and_then(Choice::parse);
        // A yes/no field holding something else shows it as text, so that
        // the form keeps what the reply says.
        let value = if kind == FieldKind::YesNo && (value.is_none() || ticked.is_some()) {
            FieldValue::Choices(choices(ticked))
        } else {
            FieldValue::Text(value.unwrap_or_default())
        };
        sink.field(label, value);
    }
    let comment_label = comment_label(schema);
    let mut issue_index = None;
    for laid in &layout.items {
        match &laid.item {
            Some(item) => {
                if issue_index != Some(item.issue_index) {
                    issue_index = Some(item.issue_index);
                    sink.issue(&format!(
                        "{}: {}",
                        schema.issue_heading(item.issue),
                        item.issue.title
                    ));
                }
                sink.recommendation(
                    &schema.recommendation_heading(item.recommendation),
                    laid.id,
                    &item.recommendation.text,
                );
            }
            None => sink.unknown_item(&unknown_heading(schema, laid.id)),
        }
        let answer = laid.answer;
        sink.answer(
            &schema.answer.question,
            choices(answer.and_then(|a| a.action_taken)),
        );
        sink.comments(&comment_label, answer.and_then(|a| a.comments.as_deref()));
    }
}

/// `Comments:` (the schema's label, with one colon).
fn comment_label(schema: &Schema) -> String {
    format!("{}:", schema.comments.label.trim_end_matches(':'))
}

/// The heading of an item the schema does not know: `Recommendation (X.9)`.
fn unknown_heading(schema: &Schema, id: &str) -> String {
    let template = schema.headings.recommendation.replace("{label}", "");
    format!("{} ({id})", template.trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reply::{Answer, Reply};

    /// Writes down each call, so that the order and wording can be checked.
    #[derive(Default)]
    struct Record(Vec<String>);

    impl FormSink for Record {
        fn title(&mut self, title: &str) {
            self.0.push(format!("title {title}"));
        }
        fn questionnaire(&mut self, line: &str) {
            self.0.push(line.to_string());
        }
        fn guidance(&mut self, _guidance: &str) {
            self.0.push("guidance".into());
        }
        fn respondent(&mut self) {
            self.0.push("respondent".into());
        }
        fn field(&mut self, label: &str, value: FieldValue<'_>) {
            let value = match value {
                FieldValue::Choices(c) => format!("boxes {:?}", c.ticked),
                FieldValue::Text(t) => format!("text {t:?}"),
            };
            self.0.push(format!("field {label}: {value}"));
        }
        fn issue(&mut self, heading: &str) {
            self.0.push(format!("issue {heading}"));
        }
        fn recommendation(&mut self, heading: &str, id: &str, _text: &str) {
            self.0.push(format!("recommendation {heading} {id}"));
        }
        fn unknown_item(&mut self, heading: &str) {
            self.0.push(format!("unknown {heading}"));
        }
        fn answer(&mut self, question: &str, choices: Choices<'_>) {
            self.0
                .push(format!("answer {question} {:?}", choices.ticked));
        }
        fn comments(&mut self, label: &str, comments: Option<&str>) {
            self.0.push(format!("comments {label} {comments:?}"));
        }
    }

    fn calls(reply: &Reply, schema: &Schema) -> Vec<String> {
        let mut record = Record::default();
        lay_out(&Layout::new(reply, schema), schema, &mut record);
        record.0
    }

    #[test]
    fn the_form_is_walked_in_print_order_with_its_wording_chosen() {
        let schema = Schema::honlea();
        let mut reply = Reply::empty(&schema);
        reply.set_field("extra", "kept");
        reply.set_answer("I.1", Answer::new(Some(Choice::Yes), Some("Done.")));
        reply.set_answer("X.9", Answer::new(Some(Choice::No), None));
        let calls = calls(&reply, &schema);

        assert_eq!(calls[0], format!("title {}", schema.title));
        assert_eq!(
            calls[1..4],
            ["Questionnaire: honlea, version 1", "guidance", "respondent"]
        );
        assert_eq!(calls[4], "field Name of country: text \"\"");
        let fields = schema.respondent.len();
        assert_eq!(calls[4 + fields], "field extra: text \"kept\"");
        assert_eq!(
            calls[5 + fields..9 + fields],
            [
                "issue Issue I: Use of the Internet for drug-related activities",
                "recommendation Recommendation 1 I.1",
                "answer Any action taken Some(Yes)",
                "comments Comments: Some(\"Done.\")",
            ]
        );
        let issues = calls.iter().filter(|c| c.starts_with("issue ")).count();
        assert_eq!(issues, schema.issues.len(), "one heading per issue");
        assert_eq!(
            calls[calls.len() - 3..],
            [
                "unknown Recommendation (X.9)",
                "answer Any action taken Some(No)",
                "comments Comments: None",
            ]
        );
    }

    #[test]
    fn a_yes_no_field_shows_boxes_unless_it_holds_something_else() {
        let schema = Schema::honlea();
        let label = "field Consent to publish the reply as received on the UNODC website";
        let mut reply = Reply::empty(&schema);
        assert!(calls(&reply, &schema).contains(&format!("{label}: boxes None")));
        reply.set_field("publish", "yes");
        assert!(calls(&reply, &schema).contains(&format!("{label}: boxes Some(Yes)")));
        reply.set_field("publish", "perhaps");
        assert!(calls(&reply, &schema).contains(&format!("{label}: text \"perhaps\"")));
    }
}
