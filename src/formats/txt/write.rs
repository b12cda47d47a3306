//! Writes a reply as the plain-text form, laid out like the seed: title,
//! respondent header, then for each recommendation its heading, text, the
//! answer line with the choice marked (`☒ YES ☐ NO`) and the comments. What
//! it writes, [`super::read`] reads back as the same reply.

use std::fmt::Write;

use crate::formats::Layout;
use crate::reply::Choice;
use crate::schema::{FieldKind, Schema};

/// The marks qnr writes: a ticked and an empty ballot box.
pub(crate) const TICKED: char = '☒';
pub(crate) const EMPTY: char = '☐';

/// `☒ YES ☐ NO`, `☐ YES ☒ NO`, or `☐ YES ☐ NO` while unanswered.
pub(crate) fn marked_choices(schema: &Schema, choice: Option<Choice>) -> String {
    let mark = |c: Choice| {
        if choice == Some(c) { TICKED } else { EMPTY }
    };
    format!(
        "{} {} {} {}",
        mark(Choice::Yes),
        schema.answer.yes,
        mark(Choice::No),
        schema.answer.no
    )
}

/// `Comments:` (the schema's label, with one colon).
pub(crate) fn comment_label(schema: &Schema) -> String {
    format!("{}:", schema.comments.label.trim_end_matches(':'))
}

/// The heading of an item the schema does not know: `Recommendation (X.9)`.
pub(crate) fn unknown_heading(schema: &Schema, id: &str) -> String {
    let template = schema.headings.recommendation.replace("{label}", "");
    format!("{} ({id})", template.trim_end())
}

/// A respondent value as the form shows it: yes/no fields as marked boxes.
pub(crate) fn field_value(schema: &Schema, kind: FieldKind, value: Option<&str>) -> String {
    match (kind, value) {
        (FieldKind::YesNo, None) => marked_choices(schema, None),
        (FieldKind::YesNo, Some(v)) if Choice::parse(v).is_some() => {
            marked_choices(schema, Choice::parse(v))
        }
        (_, v) => v.unwrap_or_default().to_string(),
    }
}

pub(crate) fn write(layout: &Layout<'_>, schema: &Schema) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}\n", schema.title);
    let _ = writeln!(
        out,
        "Questionnaire: {}, version {}\n",
        layout.questionnaire, layout.version
    );
    if let Some(guidance) = &schema.guidance {
        let _ = writeln!(out, "{guidance}\n");
    }
    for (id, value) in &layout.fields {
        let (label, kind) = match schema.field(id) {
            Some(f) => (f.label.as_str(), f.kind),
            None => (*id, FieldKind::Text),
        };
        let value = field_value(schema, kind, *value);
        if value.is_empty() {
            let _ = writeln!(out, "{label}:");
        } else {
            let _ = writeln!(out, "{label}: {value}");
        }
    }
    let mut issue_index = None;
    for laid in &layout.items {
        match &laid.item {
            Some(item) => {
                if issue_index != Some(item.issue_index) {
                    issue_index = Some(item.issue_index);
                    let _ = writeln!(
                        out,
                        "\n{}: {}",
                        schema.issue_heading(item.issue),
                        item.issue.title
                    );
                }
                let _ = writeln!(
                    out,
                    "\n{}",
                    schema.recommendation_heading(item.recommendation)
                );
                let _ = writeln!(out, "\n{}", item.recommendation.text);
            }
            None => {
                let _ = writeln!(out, "\n{}", unknown_heading(schema, laid.id));
            }
        }
        let answer = laid.answer;
        let _ = writeln!(
            out,
            "\n{} {}",
            schema.answer.question,
            marked_choices(schema, answer.and_then(|a| a.action_taken))
        );
        let _ = writeln!(out, "\n{}", comment_label(schema));
        if let Some(comments) = answer.and_then(|a| a.comments.as_deref()) {
            let _ = writeln!(out, "\n{comments}");
        }
    }
    out
}
