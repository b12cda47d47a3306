//! YAML replies, written by hand: every text double-quoted (so that YAML 1.1
//! readers do not take `yes` for true), comments as literal blocks when they
//! span lines, and each recommendation headed by its text as a comment.

use std::fmt::Write;

use super::{Layout, item_comment};
use crate::schema::Schema;

pub(super) fn write(layout: &Layout<'_>, schema: &Schema) -> String {
    let mut out = super::file_header(schema);
    let _ = writeln!(out, "questionnaire: {}", quoted(layout.questionnaire));
    let _ = writeln!(out, "version: {}", quoted(layout.version));
    let _ = writeln!(out, "respondent:");
    for (id, value) in &layout.fields {
        let _ = writeln!(
            out,
            "  {}: {}",
            key(id),
            value.map_or("null".to_string(), quoted)
        );
    }
    let _ = writeln!(out, "answers:");
    for laid in &layout.items {
        if let Some(item) = &laid.item {
            for line in item_comment(schema, item, 74) {
                let _ = writeln!(out, "  # {line}");
            }
        }
        let _ = writeln!(out, "  {}:", key(laid.id));
        let choice = laid.answer.and_then(|a| a.action_taken);
        let _ = writeln!(
            out,
            "    action_taken: {}",
            choice.map_or("null".to_string(), |c| quoted(c.as_str()))
        );
        match laid.answer.and_then(|a| a.comments.as_deref()) {
            None => {
                let _ = writeln!(out, "    comments: null");
            }
            Some(text) if literal_block_ok(text) => {
                let _ = writeln!(out, "    comments: |-");
                for line in text.split('\n') {
                    if line.is_empty() {
                        out.push('\n');
                    } else {
                        let _ = writeln!(out, "      {line}");
                    }
                }
            }
            Some(text) => {
                let _ = writeln!(out, "    comments: {}", quoted(text));
            }
        }
    }
    out
}

/// Whether a literal block (`|-`) reproduces `text` exactly: several lines,
/// the first not indented, no trailing spaces, nothing YAML would not print.
fn literal_block_ok(text: &str) -> bool {
    text.contains('\n')
        && !text.starts_with([' ', '\t'])
        && !text.ends_with('\n')
        && text.split('\n').all(|l| l.trim_end() == l)
        && text.chars().all(|c| c == '\n' || !needs_escape(c))
}

/// A plain key when it cannot be read as anything but text.
fn key(text: &str) -> String {
    let plain = text.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
        && text
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b'-'))
        && !matches!(
            text.to_ascii_lowercase().as_str(),
            "yes" | "no" | "on" | "off" | "true" | "false" | "null" | "y" | "n"
        );
    let key = if plain {
        text.to_string()
    } else {
        quoted(text)
    };
    // YAML reads a key before `:` only up to 1024 characters; a longer one
    // (an id pasted by mistake) is written as an explicit key, `? key` with
    // `:` on the next line, at the two-space indent both callers use.
    if key.chars().count() > 1000 {
        format!("? {key}\n  ")
    } else {
        key
    }
}

fn needs_escape(c: char) -> bool {
    c.is_control() || matches!(c, '\u{85}' | '\u{2028}' | '\u{2029}' | '\u{feff}')
}

/// A YAML double-quoted scalar.
fn quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if needs_escape(c) => {
                let _ = write!(out, "\\u{:04X}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tree::{Value, yaml};

    fn read_back(doc: &str) -> Value {
        let root = yaml::parse(doc).unwrap();
        match root.value {
            Value::Object(mut entries) => entries.remove(0).value.value,
            other => other,
        }
    }

    #[test]
    fn quoted_strings_survive_the_yaml_parser() {
        for text in [
            "yes",
            "a: b # c",
            "q\"uote\\",
            "tab\tbell\u{7}",
            "line\u{2028}sep",
            "“typographic”",
            "",
        ] {
            let doc = format!("v: {}\n", quoted(text));
            assert_eq!(read_back(&doc), Value::String(text.into()), "{doc}");
        }
    }

    #[test]
    fn literal_blocks_survive_the_yaml_parser() {
        let text = "First: paragraph # not a comment\n  indented\n\n- dash\n\n\"quotes\" & *star";
        assert!(literal_block_ok(text));
        let mut doc = String::from("v: |-\n");
        for line in text.split('\n') {
            if line.is_empty() {
                doc.push('\n');
            } else {
                doc.push_str(&format!("  {line}\n"));
            }
        }
        assert_eq!(read_back(&doc), Value::String(text.into()), "{doc}");
    }

    #[test]
    fn keys_past_the_implicit_key_limit_read_back() {
        let schema = Schema::honlea();
        let long = "k".repeat(5000);
        let mut reply = crate::reply::Reply::empty(&schema);
        reply.set_field(&long, "v");
        reply.set_answer(&long, crate::reply::Answer::new(None, Some("c")));
        let bytes = crate::formats::write(crate::formats::Format::Yaml, &reply, &schema);
        let back = crate::formats::load(crate::formats::Format::Yaml, &bytes, &schema);
        assert_eq!(back.reply, Some(reply), "{:?}", back.diagnostics);
    }

    #[test]
    fn keys_that_look_like_other_things_are_quoted() {
        assert_eq!(key("II.4"), "II.4");
        assert_eq!(key("1.1"), "\"1.1\"");
        assert_eq!(key("yes"), "\"yes\"");
    }
}
