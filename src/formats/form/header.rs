//! The respondent block at the top of the printed form: `Name of country:`,
//! `Date of submission:`, … and the consent to publish with its own YES/NO.
//! Labels are the schema's, matched in any case, with the usual variants
//! (`E-mail`, `Email`; `Organisation`).

use super::recognize::{squash, strip_prefix_ci};
use crate::schema::{FieldKind, Schema};

/// A line that gives a respondent field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct FieldLine {
    /// Index in `schema.respondent`.
    pub index: usize,
    /// What follows the label, trimmed; empty when the form leaves it blank.
    pub value: String,
}

/// The ways a label may be written.
fn aliases(label: &str, id: &str) -> Vec<String> {
    let label = squash(label);
    let mut out = vec![
        label.clone(),
        label.replace('-', ""),
        label.replace('-', " "),
        label.replace("ization", "isation"),
        id.to_string(),
    ];
    out.sort_by_key(|a| std::cmp::Reverse(a.len()));
    out.dedup();
    out
}

/// Reads `line` as `Label: value`, if its label is one of the schema's
/// respondent fields. A yes/no field may leave out the colon
/// (`Consent to publish … YES NO`); for HONLEA's consent, any line about
/// publishing the reply on the website counts, as rounds word it differently.
pub(crate) fn field_line(raw: &str, schema: &Schema) -> Option<FieldLine> {
    let line = squash(raw);
    if line.is_empty() {
        return None;
    }
    for (index, field) in schema.respondent.iter().enumerate() {
        for alias in aliases(&field.label, &field.id) {
            let Some(rest) = strip_prefix_ci(&line, &alias) else {
                continue;
            };
            let rest = rest.trim_start();
            if let Some(after) = rest.strip_prefix(':') {
                let colons = alias.matches(':').count();
                return Some(FieldLine {
                    index,
                    value: value_after_colon(raw, colons).unwrap_or_else(|| after.to_string()),
                });
            }
            if field.kind == FieldKind::YesNo
                && (rest.is_empty() || !rest.starts_with(char::is_alphanumeric))
            {
                return Some(FieldLine {
                    index,
                    value: clean(rest),
                });
            }
        }
        if field.id == "publish" && field.kind == FieldKind::YesNo {
            let lower = line.to_lowercase();
            if lower.contains("publish")
                && (lower.contains("website") || lower.contains("web site"))
            {
                let value = line.rsplit_once(':').map_or(line.as_str(), |(_, v)| v);
                return Some(FieldLine {
                    index,
                    value: clean(value),
                });
            }
        }
    }
    None
}

/// The raw text after the label's colon (the `skip`-th colon after the
/// ones inside the label), so inner spacing of the value is kept.
fn value_after_colon(raw: &str, skip: usize) -> Option<String> {
    let (at, _) = raw.match_indices(':').nth(skip)?;
    Some(clean(&raw[at + 1..]))
}

/// Trims a value; a blank to fill in (`______`, `……`) is no value.
fn clean(value: &str) -> String {
    let trimmed = value.trim();
    if trimmed
        .chars()
        .all(|c| matches!(c, '_' | '.' | '…' | ' ' | '\u{a0}' | '\t'))
    {
        String::new()
    } else {
        trimmed.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(line: &str) -> Option<(String, String)> {
        let schema = Schema::honlea();
        field_line(line, &schema).map(|f| (schema.respondent[f.index].id.clone(), f.value))
    }

    fn some(id: &str, value: &str) -> Option<(String, String)> {
        Some((id.to_string(), value.to_string()))
    }

    #[test]
    fn labels_with_colons() {
        assert_eq!(
            read("Name of country: Russian Federation"),
            some("country", "Russian Federation")
        );
        assert_eq!(
            read("Date of submission:\t15 May 2019 "),
            some("date", "15 May 2019")
        );
        assert_eq!(read("E-Mail: a@b.org"), some("email", "a@b.org"));
        assert_eq!(read("Email: a@b.org"), some("email", "a@b.org"));
        assert_eq!(read("E-mail : a@b.org"), some("email", "a@b.org"));
        assert_eq!(
            read("TITLE AND ORGANISATION: Chief"),
            some("organization", "Chief")
        );
        assert_eq!(read("Address: 1  Street"), some("address", "1  Street"));
        assert_eq!(read("Telephone: ____________"), some("telephone", ""));
        assert_eq!(read("Contact person:"), some("contact", ""));
    }

    #[test]
    fn sentences_are_not_fields() {
        assert_eq!(read("Address the obstacles encountered"), None);
        assert_eq!(read("Telephone interviews were held"), None);
        assert_eq!(read(""), None);
    }

    #[test]
    fn consent_to_publish_in_several_wordings() {
        assert_eq!(
            read("Consent to publish the reply as received on the UNODC website ☒ YES ☐ NO"),
            some("publish", "☒ YES ☐ NO")
        );
        assert_eq!(
            read("Consent to publish the reply as received on the UNODC website: YES"),
            some("publish", "YES")
        );
        assert_eq!(
            read("UNODC may publish this reply as received on its website: ☐ YES ☒ NO"),
            some("publish", "☐ YES ☒ NO")
        );
    }
}
