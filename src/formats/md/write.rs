//! Writes a reply as a printable Markdown form: the title, the respondent
//! block as a list, `## Issue I: …`, `### Recommendation 1 (I.1)`, the
//! recommendation's text as a quote, the answer with its box ticked, and the
//! comments as paragraphs, every piece of text escaped.

use std::fmt::Write;

use crate::escape::markdown::paragraph;
use crate::formats::Layout;
use crate::formats::form::{Choices, FieldValue, FormSink, lay_out};
use crate::formats::txt::{field_text, marked_choices};
use crate::i18n::t;
use crate::schema::Schema;

/// Escapes text that may hold blank lines: each paragraph on its own.
fn paragraphs(text: &str) -> String {
    text.split("\n\n")
        .map(paragraph)
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// `Any action taken:` as the bold label before the boxes.
fn question(question: &str) -> String {
    let q = question.trim();
    if q.ends_with(['?', ':', '.']) {
        q.to_string()
    } else {
        format!("{q}:")
    }
}

/// The Markdown form being written.
struct Markdown {
    out: String,
}

impl FormSink for Markdown {
    fn title(&mut self, title: &str) {
        let _ = writeln!(self.out, "# {}\n", paragraph(title));
    }

    fn questionnaire(&mut self, line: &str) {
        let _ = writeln!(self.out, "{}\n", paragraph(line));
    }

    fn guidance(&mut self, guidance: &str) {
        let _ = writeln!(self.out, "{}\n", paragraphs(guidance));
    }

    fn respondent(&mut self) {
        let _ = writeln!(self.out, "## {}\n", t!("forms-respondent-heading"));
    }

    fn field(&mut self, label: &str, value: FieldValue<'_>) {
        // A list item: its continuation lines indented, blank lines kept blank.
        let value = paragraphs(&field_text(value)).replace('\n', "\n  ");
        let value = value.replace("\n  \n", "\n\n");
        if value.is_empty() {
            let _ = writeln!(self.out, "- **{}:**", paragraph(label));
        } else {
            let _ = writeln!(self.out, "- **{}:** {value}", paragraph(label));
        }
    }

    fn issue(&mut self, heading: &str) {
        let _ = writeln!(self.out, "\n## {}", paragraph(heading));
    }

    fn recommendation(&mut self, heading: &str, id: &str, text: &str) {
        let heading = format!("{heading} ({id})");
        let _ = writeln!(self.out, "\n### {}\n", paragraph(&heading));
        let quote = paragraphs(text)
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
        let _ = writeln!(self.out, "{quote}");
    }

    fn unknown_item(&mut self, heading: &str) {
        let _ = writeln!(self.out, "\n### {}", paragraph(heading));
    }

    fn answer(&mut self, question_text: &str, choices: Choices<'_>) {
        let _ = writeln!(
            self.out,
            "\n**{}** {}",
            paragraph(&question(question_text)),
            marked_choices(choices)
        );
    }

    fn comments(&mut self, label: &str, comments: Option<&str>) {
        let _ = writeln!(self.out, "\n**{}**", paragraph(label));
        if let Some(comments) = comments {
            let _ = writeln!(self.out, "\n{}", paragraphs(comments));
        }
    }
}

pub(crate) fn write(layout: &Layout<'_>, schema: &Schema) -> String {
    let mut markdown = Markdown { out: String::new() };
    lay_out(layout, schema, &mut markdown);
    markdown.out
}
