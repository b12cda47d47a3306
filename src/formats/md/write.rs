//! Writes a reply as a printable Markdown form: the title, the respondent
//! block as a list, `## Issue I: …`, `### Recommendation 1 (I.1)`, the
//! recommendation's text as a quote, the answer with its box ticked, and the
//! comments as paragraphs, every piece of text escaped.

use std::fmt::Write;

use crate::escape::markdown::paragraph;
use crate::formats::Layout;
use crate::formats::txt::{comment_label, field_value, marked_choices, unknown_heading};
use crate::schema::{FieldKind, Schema};

/// Escapes text that may hold blank lines: each paragraph on its own.
fn paragraphs(text: &str) -> String {
    text.split("\n\n")
        .map(paragraph)
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// `Any action taken:` as the bold label before the boxes.
fn question(schema: &Schema) -> String {
    let q = schema.answer.question.trim();
    if q.ends_with(['?', ':', '.']) {
        q.to_string()
    } else {
        format!("{q}:")
    }
}

pub(crate) fn write(layout: &Layout<'_>, schema: &Schema) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", paragraph(&schema.title));
    let _ = writeln!(
        out,
        "{}\n",
        paragraph(&format!(
            "Questionnaire: {}, version {}",
            layout.questionnaire, layout.version
        ))
    );
    if let Some(guidance) = &schema.guidance {
        let _ = writeln!(out, "{}\n", paragraphs(guidance));
    }
    let _ = writeln!(out, "## Respondent\n");
    for (id, value) in &layout.fields {
        let (label, kind) = match schema.field(id) {
            Some(f) => (f.label.as_str(), f.kind),
            None => (*id, FieldKind::Text),
        };
        let value = field_value(schema, kind, *value);
        let value = paragraphs(&value).replace('\n', "\n  ");
        let value = value.replace("\n  \n", "\n\n");
        if value.is_empty() {
            let _ = writeln!(out, "- **{}:**", paragraph(label));
        } else {
            let _ = writeln!(out, "- **{}:** {value}", paragraph(label));
        }
    }
    let mut issue_index = None;
    for laid in &layout.items {
        match &laid.item {
            Some(item) => {
                if issue_index != Some(item.issue_index) {
                    issue_index = Some(item.issue_index);
                    let heading =
                        format!("{}: {}", schema.issue_heading(item.issue), item.issue.title);
                    let _ = writeln!(out, "\n## {}", paragraph(&heading));
                }
                let heading = format!(
                    "{} ({})",
                    schema.recommendation_heading(item.recommendation),
                    laid.id
                );
                let _ = writeln!(out, "\n### {}\n", paragraph(&heading));
                let quote = paragraphs(&item.recommendation.text)
                    .lines()
                    .map(|l| {
                        if l.is_empty() {
                            ">".to_string()
                        } else {
                            format!("> {l}")
                        }
                    })
                    .collect::<Vec<_>>()
                    .join("\n");
                let _ = writeln!(out, "{quote}");
            }
            None => {
                let _ = writeln!(
                    out,
                    "\n### {}",
                    paragraph(&unknown_heading(schema, laid.id))
                );
            }
        }
        let answer = laid.answer;
        let _ = writeln!(
            out,
            "\n**{}** {}",
            paragraph(&question(schema)),
            marked_choices(schema, answer.and_then(|a| a.action_taken))
        );
        let _ = writeln!(out, "\n**{}**", paragraph(&comment_label(schema)));
        if let Some(comments) = answer.and_then(|a| a.comments.as_deref()) {
            let _ = writeln!(out, "\n{}", paragraphs(comments));
        }
    }
    out
}
