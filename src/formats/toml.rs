//! TOML replies, written by hand for a layout people can edit: one table per
//! recommendation headed by its text as a comment, comments as multi-line
//! strings. TOML has no null: an empty string means "not answered yet".

use std::fmt::Write;

use super::{Layout, item_comment};
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

/// A bare key when TOML allows one, else a quoted key.
fn key(text: &str) -> String {
    let bare = !text.is_empty()
        && text
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
    if bare { text.to_string() } else { basic(text) }
}

/// A multi-line string for text with line breaks, else a basic string.
fn string(text: &str) -> String {
    if text.contains('\n') {
        let mut out = String::from("\"\"\"\n");
        for c in text.chars() {
            match c {
                '\n' => out.push('\n'),
                c => escape_into(&mut out, c),
            }
        }
        out.push_str("\"\"\"");
        out
    } else {
        basic(text)
    }
}

fn basic(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        escape_into(&mut out, c);
    }
    out.push('"');
    out
}

fn escape_into(out: &mut String, c: char) {
    match c {
        '"' => out.push_str("\\\""),
        '\\' => out.push_str("\\\\"),
        '\t' => out.push_str("\\t"),
        '\n' => out.push_str("\\n"),
        '\r' => out.push_str("\\r"),
        c if c.is_control() => {
            let _ = write!(out, "\\u{:04X}", u32::from(c));
        }
        c => out.push(c),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_survive_the_toml_parser() {
        for text in [
            "plain",
            "q\"uote\\",
            "tab\there",
            "bell\u{7}",
            "a\nb\n\n\"\"\"c\"",
            "end quote\"",
        ] {
            let doc = format!("v = {}\n", string(text));
            let value: ::toml::Table = ::toml::from_str(&doc).unwrap();
            assert_eq!(value["v"].as_str(), Some(text), "{doc}");
        }
    }

    #[test]
    fn keys_are_quoted_when_they_hold_dots() {
        assert_eq!(key("I.1"), "\"I.1\"");
        assert_eq!(key("country"), "country");
    }
}
