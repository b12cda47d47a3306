//! TOML replies, written by hand for a layout people can edit: one table per
//! recommendation headed by its text as a comment, comments as multi-line
//! strings. TOML has no null: an empty string means "not answered yet".

use std::fmt::Write;

use super::{Layout, item_comment};
use crate::escape::toml::{basic, key, string};
use crate::schema::Schema;

pub(super) fn write(layout: &Layout<'_>, schema: &Schema) -> String {
    let mut out = super::file_header(schema);
    let _ = writeln!(out, "questionnaire = {}", basic(layout.questionnaire));
    let _ = writeln!(out, "version = {}", basic(layout.version));
    let _ = writeln!(out, "\n[respondent]");
    for (id, value) in &layout.fields {
        let _ = writeln!(out, "{} = {}", key(id), basic(value.unwrap_or("")));
    }
    for laid in &layout.items {
        let _ = writeln!(out, "\n[answers.{}]", key(laid.id));
        if let Some(item) = &laid.item {
            for line in item_comment(schema, item, 76) {
                let _ = writeln!(out, "# {line}");
            }
        }
        let choice = laid
            .answer
            .and_then(|a| a.action_taken)
            .map_or("", |c| c.as_str());
        let _ = writeln!(out, "action_taken = {}", basic(choice));
        let comments = laid
            .answer
            .and_then(|a| a.comments.as_deref())
            .unwrap_or("");
        let _ = writeln!(out, "comments = {}", string(comments));
    }
    out
}
