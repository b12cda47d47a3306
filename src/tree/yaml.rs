//! YAML into the [`Node`] tree, from `saphyr-parser`'s event stream, so that
//! duplicate keys and the place of every scalar survive. Scalars resolve by
//! the YAML 1.2 core schema: `yes` stays the text "yes". Aliases are expanded
//! within the node budget, so an "alias bomb" is a limit, not a hang.

use std::collections::HashMap;

use saphyr_parser::{Event, Parser, ScalarStyle, ScanError, Span};

use super::{Budget, Entry, MAX_DEPTH, Node, ParseError, Value, too_deep};
use crate::i18n::t;
use crate::text::LineIndex;

pub fn parse(text: &str) -> Result<Node, ParseError> {
    let mut builder = Builder {
        text,
        index: LineIndex::new(text),
        parser: Parser::new_from_str(text),
        anchors: HashMap::new(),
        budget: Budget::default(),
    };
    builder.document()
}

struct Builder<'a> {
    text: &'a str,
    index: LineIndex,
    parser: Parser<'a, saphyr_parser::StrInput<'a>>,
    anchors: HashMap<usize, Node>,
    budget: Budget,
}

impl<'a> Builder<'a> {
    fn next(&mut self) -> Result<(Event<'a>, Span), ParseError> {
        match self.parser.next_event() {
            Some(Ok(pair)) => Ok(pair),
            Some(Err(e)) => Err(self.scan_error(&e)),
            None => Err(ParseError::new(
                t!("tree-ends-early"),
                self.text.len()..self.text.len(),
            )),
        }
    }

    fn offset(&self, marker: &saphyr_parser::Marker) -> usize {
        self.index.offset(self.text, marker.line(), marker.col())
    }

    fn span(&self, span: &Span) -> std::ops::Range<usize> {
        let start = self.offset(&span.start);
        let end = self.offset(&span.end).max(start);
        start..end
    }

    fn scan_error(&self, e: &ScanError) -> ParseError {
        let at = self.offset(e.marker());
        let end = self.text[at..]
            .chars()
            .next()
            .map_or(at, |c| at + c.len_utf8());
        ParseError::new(format!("YAML: {}", e.info()), at..end)
    }

    fn document(&mut self) -> Result<Node, ParseError> {
        let mut root = None;
        loop {
            let (event, span) = self.next()?;
            match event {
                Event::StreamStart | Event::DocumentEnd | Event::Nothing => {}
                Event::DocumentStart(_) => {
                    if root.is_some() {
                        return Err(ParseError::new(t!("tree-yaml-documents"), self.span(&span)));
                    }
                    let (event, span) = self.next()?;
                    root = Some(self.node(event, span, 0)?);
                }
                Event::StreamEnd => break,
                _ => {
                    return Err(ParseError::new(
                        t!("tree-yaml-unexpected"),
                        self.span(&span),
                    ));
                }
            }
        }
        let root = root.ok_or_else(ParseError::empty)?;
        if matches!(root.value, Value::Null) && self.text.trim().is_empty() {
            return Err(ParseError::empty());
        }
        Ok(root)
    }

    fn node(&mut self, event: Event<'a>, span: Span, depth: usize) -> Result<Node, ParseError> {
        let range = self.span(&span);
        if depth > MAX_DEPTH {
            return Err(too_deep(range));
        }
        self.budget.take(&range)?;
        let (node, anchor) = match event {
            Event::Scalar(value, style, anchor, tag) => {
                let is_str_tag = tag.as_ref().is_some_and(|t| t.suffix == "str");
                let value = if style == ScalarStyle::Plain && !is_str_tag {
                    resolve_plain(&value)
                } else {
                    Value::String(value.into_owned())
                };
                (Node { value, span: range }, anchor)
            }
            Event::SequenceStart(anchor, _) => {
                let mut items = Vec::new();
                let end = loop {
                    let (event, span) = self.next()?;
                    if let Event::SequenceEnd = event {
                        break self.span(&span).end;
                    }
                    items.push(self.node(event, span, depth + 1)?);
                };
                let node = Node {
                    value: Value::Array(items),
                    span: range.start..end.max(range.start),
                };
                (node, anchor)
            }
            Event::MappingStart(anchor, _) => {
                let mut entries = Vec::new();
                let end = loop {
                    let (event, span) = self.next()?;
                    let key_span = self.span(&span);
                    let key = match event {
                        Event::MappingEnd => break key_span.end,
                        Event::Scalar(key, ..) => key.into_owned(),
                        Event::Alias(_) | Event::MappingStart(..) | Event::SequenceStart(..) => {
                            return Err(ParseError::new(t!("tree-yaml-key"), key_span));
                        }
                        _ => return Err(ParseError::new(t!("tree-yaml-unexpected"), key_span)),
                    };
                    let (event, span) = self.next()?;
                    let value = self.node(event, span, depth + 1)?;
                    entries.push(Entry {
                        key,
                        key_span,
                        value,
                    });
                };
                let node = Node {
                    value: Value::Object(entries),
                    span: range.start..end.max(range.start),
                };
                (node, anchor)
            }
            Event::Alias(id) => {
                let Some(target) = self.anchors.get(&id).cloned() else {
                    return Err(ParseError::new(t!("tree-yaml-alias"), range));
                };
                self.charge(&target, &range)?;
                let node = Node {
                    value: target.value,
                    span: range,
                };
                (node, 0)
            }
            _ => return Err(ParseError::new(t!("tree-yaml-unexpected"), range)),
        };
        if anchor != 0 {
            self.anchors.insert(anchor, node.clone());
        }
        Ok(node)
    }

    /// Counts every value an alias copies against the budget.
    fn charge(&mut self, node: &Node, at: &std::ops::Range<usize>) -> Result<(), ParseError> {
        self.budget.take(at)?;
        match &node.value {
            Value::Array(items) => items.iter().try_for_each(|n| self.charge(n, at)),
            Value::Object(entries) => entries.iter().try_for_each(|e| self.charge(&e.value, at)),
            _ => Ok(()),
        }
    }
}

/// The YAML 1.2 core schema for untagged plain scalars.
fn resolve_plain(text: &str) -> Value {
    match text {
        "" | "~" | "null" | "Null" | "NULL" => Value::Null,
        "true" | "True" | "TRUE" => Value::Bool(true),
        "false" | "False" | "FALSE" => Value::Bool(false),
        _ if is_number(text) => Value::Number(text.to_string()),
        _ => Value::String(text.to_string()),
    }
}

fn is_number(text: &str) -> bool {
    let t = text.strip_prefix(['+', '-']).unwrap_or(text);
    if matches!(t, ".inf" | ".Inf" | ".INF") || matches!(text, ".nan" | ".NaN" | ".NAN") {
        return true;
    }
    if let Some(hex) = t.strip_prefix("0x") {
        return !hex.is_empty()
            && hex.bytes().all(|b| b.is_ascii_hexdigit())
            && t.len() == text.len();
    }
    if let Some(oct) = t.strip_prefix("0o") {
        return !oct.is_empty()
            && oct.bytes().all(|b| (b'0'..=b'7').contains(&b))
            && t.len() == text.len();
    }
    let (mantissa, exponent) = match t.find(['e', 'E']) {
        Some(i) => (&t[..i], Some(&t[i + 1..])),
        None => (t, None),
    };
    let mut parts = mantissa.splitn(2, '.');
    let whole = parts.next().unwrap_or("");
    let fraction = parts.next();
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    let mantissa_ok = digits(whole)
        && fraction.is_none_or(digits)
        && (!whole.is_empty() || fraction.is_some_and(|f| !f.is_empty()));
    let exponent_ok = exponent.is_none_or(|e| {
        let e = e.strip_prefix(['+', '-']).unwrap_or(e);
        !e.is_empty() && digits(e)
    });
    mantissa_ok && exponent_ok
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Code;

    fn entries(node: &Node) -> &[Entry] {
        match &node.value {
            Value::Object(e) => e,
            other => panic!("not an object: {other:?}"),
        }
    }

    #[test]
    fn parses_block_mappings_with_spans() {
        let text = "questionnaire: honlea\nanswers:\n  I.1:\n    action_taken: yes\n    comments: |\n      One.\n\n      Two.\n";
        let root = parse(text).unwrap();
        let top = entries(&root);
        assert_eq!(top[0].key, "questionnaire");
        assert_eq!(&text[top[0].key_span.clone()], "questionnaire");
        assert_eq!(&text[top[0].value.span.clone()], "honlea");
        let item = entries(&entries(&top[1].value)[0].value);
        assert_eq!(
            item[0].value.value,
            Value::String("yes".into()),
            "yes is text in YAML 1.2"
        );
        assert_eq!(item[1].value.value, Value::String("One.\n\nTwo.\n".into()));
        assert_eq!(&text[entries(&top[1].value)[0].key_span.clone()], "I.1");
    }

    #[test]
    fn resolves_core_schema_scalars() {
        let root = parse("a: ~\nb: true\nc: 12\nd: '12'\ne: 2019-05-01\nf:\ng: 1.5e3\n").unwrap();
        let values: Vec<&Value> = entries(&root).iter().map(|e| &e.value.value).collect();
        assert_eq!(values[0], &Value::Null);
        assert_eq!(values[1], &Value::Bool(true));
        assert_eq!(values[2], &Value::Number("12".into()));
        assert_eq!(values[3], &Value::String("12".into()));
        assert_eq!(values[4], &Value::String("2019-05-01".into()));
        assert_eq!(values[5], &Value::Null);
        assert_eq!(values[6], &Value::Number("1.5e3".into()));
    }

    #[test]
    fn keeps_duplicate_keys() {
        let root = parse("a: 1\na: 2\n").unwrap();
        assert_eq!(entries(&root).len(), 2);
    }

    #[test]
    fn spans_are_byte_offsets_after_multibyte_text() {
        let text = "a: “é”\nb: x\n";
        let root = parse(text).unwrap();
        let b = &entries(&root)[1];
        assert_eq!(&text[b.key_span.clone()], "b");
    }

    #[test]
    fn errors_have_a_place() {
        let err = parse("a: [1, 2\nb: c\n").unwrap_err();
        assert_eq!(err.code, Code::ParseError);
        assert!(err.message.starts_with("YAML: "));
        assert_eq!(parse("").unwrap_err().message, "the file is empty");
        assert!(
            parse("a: 1\n---\nb: 2\n")
                .unwrap_err()
                .message
                .contains("more than one")
        );
    }

    #[test]
    fn alias_bombs_hit_the_budget() {
        let mut text = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for i in 1..10 {
            let prev = i - 1;
            text.push_str(&format!(
                "a{i}: &a{i} [*a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}]\n"
            ));
        }
        assert_eq!(parse(&text).unwrap_err().code, Code::LimitExceeded);
    }

    #[test]
    fn deep_nesting_is_a_limit() {
        let text = "[".repeat(5_000) + &"]".repeat(5_000);
        let result = parse(&text);
        assert!(result.is_err());
    }

    #[test]
    fn numbers_are_recognised_strictly() {
        for n in [
            "0", "-1", "+2.5", ".5", "1e3", "0x1F", "0o17", ".inf", "-.inf", ".nan",
        ] {
            assert!(is_number(n), "{n}");
        }
        for s in ["1.2.3", "II.4", "e3", "0x", "1e", "-", "."] {
            assert!(!is_number(s), "{s}");
        }
    }
}
