//! The differences for people: one block per field or recommendation. With
//! colour, deleted words are red and inserted ones green; without it they
//! are marked `[-deleted-]` and `{+inserted+}`, as `wdiff` does. Text from
//! the files is sanitized for the terminal.

use std::io::{self, Write};

use super::{AnswerChange, Diff, Op, Status};
use crate::color::Palette;
use crate::escape::terminal::{for_terminal, one_line};
use crate::i18n::t;
use crate::reply::{Answer, Choice};
use crate::schema::Schema;

/// Writes the differences, or one line saying there are none.
pub(crate) fn write(
    out: &mut dyn Write,
    schema: &Schema,
    names: (&str, &str),
    diff: &Diff,
    palette: Palette,
) -> io::Result<()> {
    let (a, b) = (one_line(names.0), one_line(names.1));
    if diff.is_empty() {
        return writeln!(out, "{}", t!("diff-identical", a = a, b = b));
    }
    writeln!(out, "{}", palette.bold(&format!("--- {a}")))?;
    writeln!(out, "{}", palette.bold(&format!("+++ {b}")))?;
    for field in &diff.respondent {
        let show = |v: &Option<String>| {
            v.as_deref().map_or_else(
                || t!("diff-empty"),
                |v| one_line(schema.field_shown(&field.id, v)),
            )
        };
        writeln!(
            out,
            "{}: {} → {}",
            palette.accent(&one_line(&field.label)),
            show(&field.a),
            show(&field.b)
        )?;
    }
    for change in &diff.answers {
        answer(out, schema, change, palette)?;
    }
    let n = diff.respondent.len() + diff.answers.len();
    writeln!(
        out,
        "{}",
        t!(
            "diff-summary",
            total = n,
            respondent = diff.respondent.len(),
            recommendations = diff.answers.len()
        )
    )
}

fn choice(schema: &Schema, a: &Answer) -> String {
    match a.action_taken {
        Some(Choice::Yes) => schema.answer.yes.clone(),
        Some(Choice::No) => schema.answer.no.clone(),
        None => t!("diff-unanswered"),
    }
}

fn answer(
    out: &mut dyn Write,
    schema: &Schema,
    change: &AnswerChange,
    palette: Palette,
) -> io::Result<()> {
    let head = palette.bold(&schema.item_name(&one_line(&change.id)));
    let what = match change.status {
        Status::Added => palette.good(&t!("diff-added")),
        Status::Removed => palette.error(&t!("diff-removed")),
        Status::Changed => palette.warning(&t!("diff-changed")),
    };
    writeln!(out, "{head}: {what}")?;
    if change.answer_changed {
        writeln!(
            out,
            "  {}: {} → {}",
            one_line(&schema.answer.question),
            one_line(&choice(schema, &change.a)),
            one_line(&choice(schema, &change.b))
        )?;
    }
    if change.comment_changed {
        writeln!(out, "  {}:", one_line(&schema.comments.label))?;
        let mut text = String::new();
        for piece in &change.words {
            let shown = for_terminal(&piece.text);
            match (piece.op, palette.enabled) {
                (Op::Equal, _) => text.push_str(&shown),
                (Op::Delete, true) => text.push_str(&palette.error(&shown)),
                (Op::Insert, true) => text.push_str(&palette.good(&shown)),
                (Op::Delete, false) => text.push_str(&format!("[-{shown}-]")),
                (Op::Insert, false) => text.push_str(&format!("{{+{shown}+}}")),
            }
        }
        for line in text.lines() {
            writeln!(out, "    {line}")?;
        }
    }
    Ok(())
}
