//! The printed form's order, written once for every form writer: the title,
//! the questionnaire line, the guidance, the respondent fields, then for each
//! item its issue heading (when the issue changes), its heading and text, the
//! answer line and the comments. [`lay_out`] walks a reply in that order and
//! hands each piece, with its wording already chosen, to a [`FormSink`]; a
//! writer (plain text, Markdown, Word) only decides how a piece looks.

use crate::formats::Layout;
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
    sink.questionnaire(&format!(
        "Questionnaire: {}, version {}",
        layout.questionnaire, layout.version
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
