//! Writes a reply as the plain-text form, laid out like the seed: title,
//! respondent header, then for each recommendation its heading, text, the
//! answer line with the choice marked (`☒ YES ☐ NO`) and the comments. What
//! it writes, [`super::read`] reads back as the same reply.

use std::fmt::Write;

use crate::formats::Layout;
use crate::formats::form::{Choices, FieldValue, FormSink, lay_out};
use crate::reply::Choice;
use crate::schema::Schema;

/// The marks qnr writes: a ticked and an empty ballot box.
pub(crate) const TICKED: char = '☒';
pub(crate) const EMPTY: char = '☐';

/// `☒ YES ☐ NO`, `☐ YES ☒ NO`, or `☐ YES ☐ NO` while unanswered.
pub(crate) fn marked_choices(choices: Choices<'_>) -> String {
    let mark = |c: Choice| {
        if choices.ticked == Some(c) {
            TICKED
        } else {
            EMPTY
        }
    };
    format!(
        "{} {} {} {}",
        mark(Choice::Yes),
        choices.yes,
        mark(Choice::No),
        choices.no
    )
}

/// A respondent value as a text form shows it: yes/no fields as marked boxes.
pub(crate) fn field_text(value: FieldValue<'_>) -> String {
    match value {
        FieldValue::Choices(choices) => marked_choices(choices),
        FieldValue::Text(text) => text.to_string(),
    }
}

/// The plain-text form being written.
struct Text {
    out: String,
}

impl FormSink for Text {
    fn title(&mut self, title: &str) {
        let _ = writeln!(self.out, "{title}\n");
    }

    fn questionnaire(&mut self, line: &str) {
        let _ = writeln!(self.out, "{line}\n");
    }

    fn guidance(&mut self, guidance: &str) {
        let _ = writeln!(self.out, "{guidance}\n");
    }

    fn field(&mut self, label: &str, value: FieldValue<'_>) {
        let value = field_text(value);
        if value.is_empty() {
            let _ = writeln!(self.out, "{label}:");
        } else {
            let _ = writeln!(self.out, "{label}: {value}");
        }
    }

    fn issue(&mut self, heading: &str) {
        let _ = writeln!(self.out, "\n{heading}");
    }

    fn recommendation(&mut self, heading: &str, _id: &str, text: &str) {
        let _ = writeln!(self.out, "\n{heading}");
        let _ = writeln!(self.out, "\n{text}");
    }

    fn unknown_item(&mut self, heading: &str) {
        let _ = writeln!(self.out, "\n{heading}");
    }

    fn answer(&mut self, question: &str, choices: Choices<'_>) {
        let _ = writeln!(self.out, "\n{question} {}", marked_choices(choices));
    }

    fn comments(&mut self, label: &str, comments: Option<&str>) {
        let _ = writeln!(self.out, "\n{label}");
        if let Some(comments) = comments {
            let _ = writeln!(self.out, "\n{comments}");
        }
    }
}

pub(crate) fn write(layout: &Layout<'_>, schema: &Schema) -> String {
    let mut text = Text { out: String::new() };
    lay_out(layout, schema, &mut text);
    text.out
}
