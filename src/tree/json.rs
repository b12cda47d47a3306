//! A strict JSON parser (RFC 8259) that builds a [`Node`] tree with byte spans,
//! keeps duplicate keys, caps depth and size, and says in words what it
//! expected where it stopped.

use super::{Budget, Entry, MAX_DEPTH, Node, ParseError, Value, too_deep};
use crate::i18n::t;

pub(crate) fn parse(text: &str) -> Result<Node, ParseError> {
    let mut parser = Parser {
        text,
        bytes: text.as_bytes(),
        pos: 0,
        depth: 0,
        budget: Budget::default(),
    };
    parser.skip_ws();
    if parser.pos == parser.bytes.len() {
        return Err(ParseError::empty());
    }
    let node = parser.value()?;
    parser.skip_ws();
    if parser.pos < parser.bytes.len() {
        return Err(ParseError::new(
            t!("tree-json-after-end"),
            parser.pos..parser.char_end(parser.pos),
        ));
    }
    Ok(node)
}

struct Parser<'a> {
    text: &'a str,
    bytes: &'a [u8],
    pos: usize,
    depth: usize,
    budget: Budget,
}

impl Parser<'_> {
    fn skip_ws(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.bytes.get(self.pos) {
            self.pos += 1;
        }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    /// End of the character starting at `pos`, for one-character spans.
    fn char_end(&self, pos: usize) -> usize {
        self.text[pos..]
            .chars()
            .next()
            .map_or(pos, |c| pos + c.len_utf8())
    }

    /// What was expected here, in words (a `tree-json-…` message), and
    /// what was found instead.
    fn error_here(&self, expected: String) -> ParseError {
        match self.text[self.pos..].chars().next() {
            None => ParseError::new(
                t!("tree-ends-early-expected", expected = expected),
                self.pos..self.pos,
            ),
            Some(c) => ParseError::new(
                t!(
                    "tree-expected-found",
                    expected = expected,
                    found = describe(c)
                ),
                self.pos..self.pos + c.len_utf8(),
            ),
        }
    }

    fn value(&mut self) -> Result<Node, ParseError> {
        let start = self.pos;
        let value = match self.peek() {
            Some(b'{') => self.object()?,
            Some(b'[') => self.array()?,
            Some(b'"') => Value::String(self.string()?),
            Some(b't') => self.literal("true", Value::Bool(true))?,
            Some(b'f') => self.literal("false", Value::Bool(false))?,
            Some(b'n') => self.literal("null", Value::Null)?,
            Some(b'-' | b'0'..=b'9') => self.number()?,
            Some(c) if c.is_ascii_alphabetic() => return Err(self.bareword()),
            _ => {
                return Err(self.error_here(t!("tree-json-value")));
            }
        };
        let span = start..self.pos;
        self.budget.take(&span)?;
        Ok(Node { value, span })
    }

    fn enter(&mut self) -> Result<(), ParseError> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            Err(too_deep(self.pos..self.pos + 1))
        } else {
            Ok(())
        }
    }

    fn object(&mut self) -> Result<Value, ParseError> {
        self.enter()?;
        self.pos += 1;
        let mut entries = Vec::new();
        self.skip_ws();
        if self.peek() == Some(b'}') {
            self.pos += 1;
            self.depth -= 1;
            return Ok(Value::Object(entries));
        }
        loop {
            self.skip_ws();
            if self.peek() != Some(b'"') {
                let what = if self.peek() == Some(b'}') {
                    t!("tree-json-key-no-comma")
                } else {
                    t!("tree-json-key")
                };
                return Err(self.error_here(what));
            }
            let key_start = self.pos;
            let key = self.string()?;
            let key_span = key_start..self.pos;
            self.skip_ws();
            if self.peek() != Some(b':') {
                return Err(self.error_here(t!("tree-json-colon")));
            }
            self.pos += 1;
            self.skip_ws();
            let value = self.value()?;
            entries.push(Entry {
                key,
                key_span,
                value,
            });
            self.skip_ws();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b'}') => {
                    self.pos += 1;
                    break;
                }
                _ => return Err(self.error_here(t!("tree-json-after-object-value"))),
            }
        }
        self.depth -= 1;
        Ok(Value::Object(entries))
    }

    fn array(&mut self) -> Result<Value, ParseError> {
        self.enter()?;
        self.pos += 1;
        let mut items = Vec::new();
        self.skip_ws();
        if self.peek() == Some(b']') {
            self.pos += 1;
            self.depth -= 1;
            return Ok(Value::Array(items));
        }
        loop {
            self.skip_ws();
            if self.peek() == Some(b']') {
                return Err(self.error_here(t!("tree-json-value-no-comma")));
            }
            items.push(self.value()?);
            self.skip_ws();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b']') => {
                    self.pos += 1;
                    break;
                }
                _ => return Err(self.error_here(t!("tree-json-after-list-value"))),
            }
        }
        self.depth -= 1;
        Ok(Value::Array(items))
    }

    fn literal(&mut self, word: &str, value: Value) -> Result<Value, ParseError> {
        if self.text[self.pos..].starts_with(word) {
            self.pos += word.len();
            Ok(value)
        } else {
            Err(self.bareword())
        }
    }

    /// A word where a value should be: most often text without its quotes.
    fn bareword(&self) -> ParseError {
        let end = self.text[self.pos..]
            .find(|c: char| !c.is_alphanumeric())
            .map_or(self.text.len(), |i| self.pos + i);
        let found = &self.text[self.pos..end];
        ParseError::new(
            t!(
                "tree-json-bareword",
                word = crate::escape::terminal::one_line(found)
            ),
            self.pos..end.max(self.pos + 1),
        )
    }

    fn number(&mut self) -> Result<Value, ParseError> {
        let start = self.pos;
        if self.peek() == Some(b'-') {
            self.pos += 1;
        }
        match self.peek() {
            Some(b'0') => self.pos += 1,
            Some(b'1'..=b'9') => self.digits(),
            _ => return Err(self.error_here(t!("tree-json-digit"))),
        }
        if self.peek() == Some(b'.') {
            self.pos += 1;
            if !matches!(self.peek(), Some(b'0'..=b'9')) {
                return Err(self.error_here(t!("tree-json-digit-fraction")));
            }
            self.digits();
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.pos += 1;
            if let Some(b'+' | b'-') = self.peek() {
                self.pos += 1;
            }
            if !matches!(self.peek(), Some(b'0'..=b'9')) {
                return Err(self.error_here(t!("tree-json-digit-exponent")));
            }
            self.digits();
        }
        Ok(Value::Number(self.text[start..self.pos].to_string()))
    }

    fn digits(&mut self) {
        while let Some(b'0'..=b'9') = self.peek() {
            self.pos += 1;
        }
    }

    /// A string starting at the opening quote; returns its decoded text.
    fn string(&mut self) -> Result<String, ParseError> {
        let open = self.pos;
        self.pos += 1;
        let mut out = String::new();
        loop {
            // Copy the run of plain characters in one go.
            let run_start = self.pos;
            let rest = &self.bytes[self.pos..];
            let run = memchr::memchr2(b'"', b'\\', rest).unwrap_or(rest.len());
            // A control character inside the run stops it there.
            let run = first_control(&rest[..run]).unwrap_or(run);
            self.pos += run;
            out.push_str(&self.text[run_start..self.pos]);
            match self.peek() {
                None => {
                    return Err(ParseError::new(t!("tree-json-unclosed"), open..open + 1));
                }
                Some(b'"') => {
                    self.pos += 1;
                    return Ok(out);
                }
                Some(b'\\') => self.escape(&mut out)?,
                Some(b'\n') => {
                    return Err(ParseError::new(
                        t!("tree-json-line-break"),
                        self.pos..self.pos + 1,
                    ));
                }
                Some(b) => {
                    return Err(ParseError::new(
                        t!(
                            "tree-json-control",
                            byte = format!("0x{b:02x}"),
                            escape = format!("\\u{b:04x}")
                        ),
                        self.pos..self.pos + 1,
                    ));
                }
            }
        }
    }

    fn escape(&mut self, out: &mut String) -> Result<(), ParseError> {
        let start = self.pos;
        self.pos += 1;
        let c = match self.peek() {
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => {
                self.pos += 1;
                let first = self.hex4(start)?;
                let c = if (0xD800..0xDC00).contains(&first) {
                    if !self.text[self.pos..].starts_with("\\u") {
                        return Err(bad_unicode(start..self.pos));
                    }
                    self.pos += 2;
                    let second = self.hex4(start)?;
                    if !(0xDC00..0xE000).contains(&second) {
                        return Err(bad_unicode(start..self.pos));
                    }
                    0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
                } else if (0xDC00..0xE000).contains(&first) {
                    return Err(bad_unicode(start..self.pos));
                } else {
                    first
                };
                out.push(char::from_u32(c).ok_or_else(|| bad_unicode(start..self.pos))?);
                return Ok(());
            }
            _ => {
                let end = self.char_end(self.pos.min(self.bytes.len()));
                return Err(ParseError::new(
                    t!("tree-json-unknown-escape"),
                    start..end.max(start + 1),
                ));
            }
        };
        self.pos += 1;
        out.push(c);
        Ok(())
    }

    fn hex4(&mut self, escape_start: usize) -> Result<u32, ParseError> {
        let digits = self.text.get(self.pos..self.pos + 4).unwrap_or("");
        if digits.len() != 4 || !digits.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(ParseError::new(
                t!("tree-json-hex"),
                escape_start..(self.pos + 1).min(self.text.len()),
            ));
        }
        self.pos += 4;
        Ok(u32::from_str_radix(digits, 16).unwrap_or(0xFFFD))
    }
}

/// Where the first control character is: a check of whole blocks that the
/// compiler vectorizes, then a search in the block that has one.
fn first_control(bytes: &[u8]) -> Option<usize> {
    const BLOCK: usize = 64;
    bytes.chunks(BLOCK).enumerate().find_map(|(k, block)| {
        block
            .iter()
            .fold(false, |seen, &b| seen | (b < 0x20))
            .then(|| block.iter().position(|&b| b < 0x20).map(|i| k * BLOCK + i))
            .flatten()
    })
}

fn bad_unicode(span: std::ops::Range<usize>) -> ParseError {
    ParseError::new(t!("tree-json-surrogate"), span)
}

fn describe(c: char) -> String {
    if c.is_control() || c.is_whitespace() {
        t!("tree-character", code = format!("U+{:04X}", u32::from(c)))
    } else {
        format!("`{c}`")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn object(node: &Node) -> &[Entry] {
        match &node.value {
            Value::Object(e) => e,
            other => panic!("not an object: {other:?}"),
        }
    }

    #[test]
    fn parses_a_reply_shape_with_spans() {
        let text = r#"{"a": {"b": "x\ny"}, "n": null, "t": true, "num": -1.5e3, "l": [1, 2]}"#;
        let root = parse(text).unwrap();
        let entries = object(&root);
        assert_eq!(entries[0].key, "a");
        assert_eq!(&text[entries[0].key_span.clone()], "\"a\"");
        let inner = object(&entries[0].value);
        assert_eq!(inner[0].value.value, Value::String("x\ny".into()));
        assert_eq!(&text[inner[0].value.span.clone()], "\"x\\ny\"");
        assert_eq!(entries[1].value.value, Value::Null);
        assert_eq!(entries[2].value.value, Value::Bool(true));
        assert_eq!(entries[3].value.value, Value::Number("-1.5e3".into()));
    }

    #[test]
    fn control_characters_are_found_in_any_block() {
        let mut text = vec![b'a'; 200];
        assert_eq!(first_control(&text), None);
        text[130] = b'\n';
        text[150] = 0x01;
        assert_eq!(first_control(&text), Some(130));
        assert_eq!(first_control(&text[131..]), Some(19));
    }

    #[test]
    fn keeps_duplicate_keys() {
        let root = parse(r#"{"k": 1, "k": 2}"#).unwrap();
        assert_eq!(object(&root).len(), 2);
    }

    #[test]
    fn decodes_escapes_and_surrogate_pairs() {
        let root = parse(r#""\u00e9\ud83d\ude00\"\\\/\t""#).unwrap();
        assert_eq!(root.value, Value::String("é😀\"\\/\t".into()));
    }

    #[test]
    fn errors_say_what_was_expected_and_where() {
        let err = parse("{\"a\": 1,}").unwrap_err();
        assert!(
            err.message.contains("no comma before `}`"),
            "{}",
            err.message
        );
        assert_eq!(err.span, 8..9);

        let err = parse("{\"a\" 1}").unwrap_err();
        assert!(err.message.contains("expected `:`"), "{}", err.message);

        let err = parse("{\"a\": yes}").unwrap_err();
        assert!(
            err.message.contains("`yes` is not a JSON value"),
            "{}",
            err.message
        );

        let err = parse("{\"a\": \"open").unwrap_err();
        assert!(err.message.contains("never closed"), "{}", err.message);

        assert_eq!(parse("  \n").unwrap_err().message, "the file is empty");
        assert!(parse("{} x").unwrap_err().message.contains("after the end"));
        assert!(parse("\"\\ud800\"").is_err());
        assert!(parse("01").is_err());
        assert!(parse("[1,]").is_err());
        assert!(parse("\"a\u{1}\"").is_err());
    }

    #[test]
    fn deep_nesting_is_a_limit_not_a_stack_overflow() {
        let text = "[".repeat(10_000) + &"]".repeat(10_000);
        let err = parse(&text).unwrap_err();
        assert_eq!(err.code, crate::diagnostic::Code::LimitExceeded);
    }

    #[test]
    fn too_many_values_is_a_limit() {
        let text = format!("[{}0]", "0,".repeat(super::super::MAX_NODES));
        assert_eq!(
            parse(&text).unwrap_err().code,
            crate::diagnostic::Code::LimitExceeded
        );
    }

    #[test]
    fn agrees_with_serde_json_on_valid_documents() {
        let text = r#"{"x": [1, 2.5, "s\u0041", {"y": null}], "z": false}"#;
        let ours = parse(text).unwrap();
        let theirs: serde_json::Value = serde_json::from_str(text).unwrap();
        fn same(n: &Node, v: &serde_json::Value) -> bool {
            match (&n.value, v) {
                (Value::Null, serde_json::Value::Null) => true,
                (Value::Bool(a), serde_json::Value::Bool(b)) => a == b,
                (Value::Number(a), serde_json::Value::Number(b)) => {
                    a.parse::<f64>().ok() == b.as_f64()
                }
                (Value::String(a), serde_json::Value::String(b)) => a == b,
                (Value::Array(a), serde_json::Value::Array(b)) => {
                    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| same(x, y))
                }
                (Value::Object(a), serde_json::Value::Object(b)) => {
                    a.len() == b.len()
                        && a.iter()
                            .all(|e| b.get(&e.key).is_some_and(|v| same(&e.value, v)))
                }
                _ => false,
            }
        }
        assert!(same(&ours, &theirs));
    }
}
