//! The respondent block at the top of the printed form: `Name of country:`,
//! `Date of submission:`, … and the consent to publish with its own YES/NO.
//! Labels are the schema's, matched in any case, with the usual variants
//! (`E-mail`, `Email`; `Organisation`). Lines before the first issue are read
//! here; a value may stand on the line below its label, an address run on.

use std::ops::Range;

use super::recognize::{questionnaire_line, squash, strip_prefix_ci};
use super::{Kind, Marked, Reader, read_marks};
use crate::diagnostic::{Code, Diagnostic};
use crate::i18n::t;
use crate::schema::{FieldKind, Schema};
use crate::values::parse_human_date;

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

impl Reader<'_, '_> {
    /// Reads a line before the first issue (a header field with the value
    /// lines that belong to it, or the questionnaire line); returns the next
    /// line to read. Anything else there (the title, the guidance) is the form's.
    pub(super) fn preamble(&mut self, i: usize) -> usize {
        let lines = self.lines;
        let text = &lines[i].text;
        if !matches!(self.kinds[i], Kind::Text) {
            return i + 1;
        }
        if let Some((questionnaire, version)) = questionnaire_line(&squash(text)) {
            self.out.reply.questionnaire = Some(questionnaire);
            self.out.reply.version = Some(version);
            self.out.places.questionnaire = Some(self.lines[i].span.clone());
            self.out.places.version = Some(self.lines[i].span.clone());
            return i + 1;
        }
        let Some(found) = field_line(text, self.schema) else {
            return i + 1;
        };
        let mut value = found.value;
        let mut span = self.lines[i].span.clone();
        let mut next = i + 1;
        let is_value_line = |k: usize| {
            matches!(self.kinds[k], Kind::Text)
                && field_line(&self.lines[k].text, self.schema).is_none()
                && questionnaire_line(&squash(&self.lines[k].text)).is_none()
        };
        if value.is_empty() {
            // `Name of country:` with the answer on the next line.
            let mut k = i + 1;
            let mut blanks = 0;
            while k < self.lines.len() && matches!(self.kinds[k], Kind::Blank) && blanks < 1 {
                blanks += 1;
                k += 1;
            }
            if k < self.lines.len() && is_value_line(k) {
                value = self.lines[k].text.trim().to_string();
                span = self.lines[k].span.clone();
                next = k + 1;
            }
        }
        // An address may run on over the lines right below it.
        while !value.is_empty() && next < self.lines.len() && is_value_line(next) {
            value.push('\n');
            value.push_str(self.lines[next].text.trim());
            span.end = self.lines[next].span.end;
            next += 1;
        }
        self.field(found.index, &value, span);
        next
    }

    fn field(&mut self, index: usize, value: &str, span: Range<usize>) {
        let field = &self.schema.respondent[index];
        let id = field.id.clone();
        if self.fields_seen.insert(index, span.clone()).is_some() {
            self.out.lost(
                Diagnostic::error(
                    Code::DuplicateKey,
                    t!("forms-field-twice", label = &field.label),
                )
                .at(span.clone())
                .with_id(&id)
                .with_label(t!("reply-given-again"))
                .with_help(t!("forms-field-twice-help")),
            );
        }
        self.out.places.fields.insert(id.clone(), span.clone());
        let value = match field.kind {
            FieldKind::Date => parse_human_date(value).unwrap_or_else(|| value.to_string()),
            FieldKind::YesNo => {
                match read_marks(value, &self.schema.answer.yes, &self.schema.answer.no) {
                    Marked::Chosen(c) => c.as_str().to_string(),
                    Marked::Open => {
                        self.out.diagnostics.push(
                            Diagnostic::warning(
                                Code::UnmarkedAnswer,
                                t!(
                                    "forms-field-unmarked",
                                    label = &field.label,
                                    yes = &self.schema.answer.yes,
                                    no = &self.schema.answer.no
                                ),
                            )
                            .at(span)
                            .with_id(&id)
                            .with_help(t!("forms-field-unmarked-help", id = &id)),
                        );
                        String::new()
                    }
                    Marked::Both => {
                        self.out.lost(
                            Diagnostic::error(
                                Code::InvalidField,
                                t!(
                                    "forms-field-both-marked",
                                    label = &field.label,
                                    yes = &self.schema.answer.yes,
                                    no = &self.schema.answer.no
                                ),
                            )
                            .at(span)
                            .with_id(&id)
                            .with_help(t!("forms-field-both-marked-help")),
                        );
                        String::new()
                    }
                    Marked::Unclear(_) => value.to_string(),
                }
            }
            _ => value.to_string(),
        };
        if self.out.reply.field(&id).is_some() || !value.trim().is_empty() {
            self.out.reply.set_field(&id, &value);
        }
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
