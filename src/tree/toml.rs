//! TOML into the [`Node`] tree, through the `toml` crate's spanned document
//! model. TOML itself forbids duplicate keys; that error keeps its own code.

use ::toml::Spanned;
use ::toml::de::{DeTable, DeValue};

use super::{Budget, Entry, MAX_DEPTH, Node, ParseError, Value, too_deep};
use crate::diagnostic::Code;

pub(crate) fn parse(text: &str) -> Result<Node, ParseError> {
    if text.trim().is_empty() {
        return Err(ParseError::empty());
    }
    check_nesting(text)?;
    let table = DeTable::parse(text).map_err(|e| {
        let message = e.message().trim().to_string();
        let code = if message.contains("duplicate key") {
            Code::DuplicateKey
        } else {
            Code::ParseError
        };
        ParseError {
            code,
            ..ParseError::new(first_line(&message), e.span().unwrap_or(0..0))
        }
    })?;
    let mut budget = Budget::default();
    let value = table_value(table.get_ref(), &mut budget, 0)?;
    // The document has no brace: it starts at its first key, after any
    // leading comments, which is where "missing at the top" should point.
    let start = match &value {
        Value::Object(entries) => entries.iter().map(|e| e.key_span.start).min(),
        _ => None,
    };
    let span = start.unwrap_or(0)..text.len();
    Ok(Node { value, span })
}

/// The TOML parser builds inline arrays and tables recursively; refuse
/// absurd nesting before it starts, so a hostile file cannot exhaust the stack.
fn check_nesting(text: &str) -> Result<(), ParseError> {
    let mut depth = 0usize;
    let mut in_string: Option<u8> = None;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        match in_string {
            Some(q) => {
                if b == b'\\' && q == b'"' {
                    i += 1;
                } else if b == q {
                    in_string = None;
                }
            }
            None => match b {
                b'"' | b'\'' => in_string = Some(b),
                b'#' => {
                    while i < bytes.len() && bytes[i] != b'\n' {
                        i += 1;
                    }
                }
                b'[' | b'{' => {
                    depth += 1;
                    if depth > MAX_DEPTH {
                        return Err(too_deep(i..i + 1));
                    }
                }
                b']' | b'}' => depth = depth.saturating_sub(1),
                b'\n' => {}
                _ => {}
            },
        }
        i += 1;
    }
    Ok(())
}

fn first_line(message: &str) -> String {
    message.lines().next().unwrap_or(message).to_string()
}

fn table_value(
    table: &DeTable<'_>,
    budget: &mut Budget,
    depth: usize,
) -> Result<Value, ParseError> {
    let mut entries = Vec::with_capacity(table.len());
    for (key, value) in table.iter() {
        entries.push(Entry {
            key: key.get_ref().to_string(),
            key_span: key.span(),
            value: node(value, budget, depth + 1)?,
        });
    }
    Ok(Value::Object(entries))
}

fn node(
    value: &Spanned<DeValue<'_>>,
    budget: &mut Budget,
    depth: usize,
) -> Result<Node, ParseError> {
    let span = value.span();
    if depth > MAX_DEPTH {
        return Err(too_deep(span));
    }
    budget.take(&span)?;
    let value = match value.get_ref() {
        DeValue::String(s) => Value::String(s.to_string()),
        DeValue::Integer(i) => Value::Number(i.to_string()),
        DeValue::Float(f) => Value::Number(f.as_str().to_string()),
        DeValue::Boolean(b) => Value::Bool(*b),
        // `date = 2019-05-01` is a TOML date; a reply keeps it as its text.
        DeValue::Datetime(d) => Value::String(d.to_string()),
        DeValue::Array(items) => Value::Array(
            items
                .iter()
                .map(|item| node(item, budget, depth + 1))
                .collect::<Result<_, _>>()?,
        ),
        DeValue::Table(table) => table_value(table, budget, depth)?,
    };
    Ok(Node { value, span })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_tables_with_spans_and_dates_as_text() {
        let text = "questionnaire = \"honlea\"\n[respondent]\ndate = 2019-05-01\n[answers.\"I.1\"]\naction_taken = \"yes\"\n";
        let root = parse(text).unwrap();
        let Value::Object(entries) = &root.value else {
            panic!()
        };
        assert_eq!(entries[0].key, "questionnaire");
        assert_eq!(&text[entries[0].value.span.clone()], "\"honlea\"");
        let Value::Object(resp) = &entries[1].value.value else {
            panic!()
        };
        assert_eq!(resp[0].value.value, Value::String("2019-05-01".into()));
        let Value::Object(answers) = &entries[2].value.value else {
            panic!()
        };
        assert_eq!(answers[0].key, "I.1");
    }

    #[test]
    fn duplicate_keys_have_their_own_code() {
        let err = parse("a = 1\na = 2\n").unwrap_err();
        assert_eq!(err.code, Code::DuplicateKey);
        assert!(err.span.start > 0);
    }

    #[test]
    fn syntax_errors_have_a_place() {
        let err = parse("a = \n").unwrap_err();
        assert_eq!(err.code, Code::ParseError);
        assert_eq!(parse("\n \n").unwrap_err().message, "the file is empty");
    }

    #[test]
    fn deep_nesting_is_refused_before_parsing() {
        let text = format!("a = {}{}", "[".repeat(10_000), "]".repeat(10_000));
        assert_eq!(parse(&text).unwrap_err().code, Code::LimitExceeded);
        // Brackets inside strings and comments do not count.
        let text = format!("a = \"{}\" # {}\n", "[".repeat(100), "{".repeat(100));
        assert!(parse(&text).is_ok());
    }
}
