//! TOML strings and keys, for the files qnr writes by hand (replies,
//! schemas): every character a TOML parser would refuse or change escaped.

use std::fmt::Write;

/// A bare key when TOML allows one, else a quoted key.
pub(crate) fn key(text: &str) -> String {
    let bare = !text.is_empty()
        && text
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
    if bare { text.to_string() } else { basic(text) }
}

/// A multi-line string for text with line breaks, else a basic string.
pub(crate) fn string(text: &str) -> String {
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

pub(crate) fn basic(text: &str) -> String {
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
