//! What comes before the first issue: the title, the guidance (and the word
//! limit it states), the respondent fields with the kind and role their
//! labels say, and — in a form qnr wrote — the questionnaire's id and
//! version. Header fields may stand one a line (`Name of country:`), in a
//! table (a label cell and a value cell), or with the value typed after
//! them in a filled reply.

use super::lines::{Line, choices};
use super::note::{Notes, Part};
use crate::formats::form::questionnaire_line;
use crate::i18n::t;
use crate::schema::vocabulary::{LANGUAGES, concept_of};
use crate::schema::{Field, FieldKind, Role};

/// What the preamble holds.
#[derive(Debug, Default)]
pub(super) struct Preamble {
    pub title: Option<String>,
    pub guidance: Vec<String>,
    pub fields: Vec<Field>,
    /// From `Questionnaire: ID, version N`, the line qnr writes.
    pub id_version: Option<(String, String)>,
}

/// Longest text read as a field's label (a consent to publish is long).
const MAX_LABEL_CHARS: usize = 120;
const MAX_LABEL_WORDS: usize = 18;

/// A line that may be a respondent field.
struct Candidate {
    label: String,
    /// What follows the label: empty on a blank form.
    value: String,
    yes_no: bool,
}

fn candidate(line: &Line) -> Option<Candidate> {
    if line.cells.len() >= 2 && !line.cells[0].is_empty() {
        let label = clean_label(&line.cells[0]);
        let value = line.cells[1..].join(" ");
        let yes_no = choices(&value).is_some_and(|c| c.question.is_empty());
        return fits(&label).then_some(Candidate {
            label,
            value,
            yes_no,
        });
    }
    if let Some(c) = choices(&line.text)
        && !c.question.is_empty()
    {
        return Some(Candidate {
            label: clean_label(&c.question),
            value: String::new(),
            yes_no: true,
        });
    }
    let (label, value) = match line.text.split_once(':') {
        Some((label, value)) => (label, value.trim()),
        None => {
            // `Name of country ________`
            let label = line.text.trim_end_matches(['_', '.', '…', ' ']);
            if label.len() + 3 > line.text.len() {
                return None;
            }
            (label, "")
        }
    };
    let label = clean_label(label);
    let value = value.trim_matches(['_', '.', '…', ' ']).to_string();
    fits(&label).then_some(Candidate {
        label,
        value,
        yes_no: false,
    })
}

/// Whether `label` reads as a label, not a sentence: short, and not
/// ending in punctuation (but `Telephone No.` ends in an abbreviation).
fn fits(label: &str) -> bool {
    let last = label.split_whitespace().last().unwrap_or_default();
    let abbreviation = last.ends_with('.') && last.chars().count() <= 4;
    !label.is_empty()
        && label.chars().count() <= MAX_LABEL_CHARS
        && label.split_whitespace().count() <= MAX_LABEL_WORDS
        && (!label.ends_with(['.', ';', ',']) || abbreviation)
}

/// A label without its colon and a `*` marking it required.
fn clean_label(label: &str) -> String {
    label
        .trim()
        .trim_end_matches([':', ' ', '*', '\u{a0}'])
        .trim()
        .to_string()
}

pub(super) fn read(lines: &[Line], notes: &mut Notes) -> Preamble {
    let mut out = Preamble::default();
    // Each line: a field (with its candidate), or text.
    let mut kinds: Vec<Option<Candidate>> = Vec::with_capacity(lines.len());
    for line in lines {
        if let Some(found) = questionnaire_line(&line.text) {
            out.id_version = Some(found);
            kinds.push(None);
            continue;
        }
        kinds.push(if line.is_blank() {
            None
        } else {
            candidate(line)
        });
    }
    // A candidate whose label says nothing known and that has a value is a
    // field only next to other fields: "Note: replies are due in June" is text.
    let sure = |c: &Candidate| c.yes_no || c.value.is_empty() || concept_of(&c.label).is_some();
    let is_field: Vec<bool> = (0..lines.len())
        .map(|i| {
            kinds[i].as_ref().is_some_and(|c| {
                sure(c) || neighbour(lines, &kinds, i, true) || neighbour(lines, &kinds, i, false)
            })
        })
        .collect();
    let first_field = is_field.iter().position(|&f| f);
    let last_field = is_field.iter().rposition(|&f| f);
    // The text around the fields, in paragraphs: a text file's lines
    // wrapped by hand make one, a heading stands alone.
    let mut paragraphs: Vec<(String, bool)> = Vec::new();
    let mut open = false;
    for (i, line) in lines.iter().enumerate() {
        if line.is_blank() || questionnaire_line(&line.text).is_some() {
            open = false;
            continue;
        }
        if is_field[i] {
            if let Some(c) = &kinds[i] {
                push_field(&mut out.fields, c, line, notes);
            }
            open = false;
            continue;
        }
        let inside = first_field
            .zip(last_field)
            .is_some_and(|(a, b)| a < i && i < b);
        if inside {
            // A value typed below its label in a filled reply.
            continue;
        }
        match paragraphs.last_mut() {
            Some((text, false)) if open && !line.heading => {
                text.push(' ');
                text.push_str(&line.text);
            }
            _ => paragraphs.push((line.text.clone(), line.heading)),
        }
        open = !line.heading;
    }
    let mut paragraphs = paragraphs.into_iter();
    out.title = paragraphs.next().map(|(text, _)| text);
    // Headings after the title (`## Respondent`) head sections; the rest
    // is the guidance.
    out.guidance = paragraphs
        .filter(|(_, heading)| !heading)
        .map(|(text, _)| text)
        .collect();
    roles(&mut out.fields, notes);
    out
}

/// Whether the nearest non-blank line before (or after) `i` is a sure field.
fn neighbour(lines: &[Line], kinds: &[Option<Candidate>], i: usize, before: bool) -> bool {
    let mut k = i;
    loop {
        k = if before {
            match k.checked_sub(1) {
                Some(k) => k,
                None => return false,
            }
        } else {
            k + 1
        };
        if k >= lines.len() {
            return false;
        }
        if lines[k].is_blank() {
            continue;
        }
        return kinds[k]
            .as_ref()
            .is_some_and(|c| c.yes_no || c.value.is_empty() || concept_of(&c.label).is_some());
    }
}

fn push_field(fields: &mut Vec<Field>, c: &Candidate, line: &Line, notes: &mut Notes) {
    let concept = concept_of(&c.label);
    let mut kind = concept.map_or(FieldKind::Text, |k| k.kind);
    if c.yes_no {
        kind = FieldKind::YesNo;
    } else if kind == FieldKind::YesNo {
        // "Consent to publish: ____" with no choices printed.
        notes.add(
            Part::Respondent,
            Some(line.at),
            t!("schema-import-note-yes-no-from-words", label = &c.label),
        );
    }
    let base = concept.map_or_else(|| slug(&c.label), |k| k.id.to_string());
    if concept.is_none() {
        notes.add(
            Part::Respondent,
            Some(line.at),
            t!(
                "schema-import-note-field-id-from-label",
                label = &c.label,
                id = &base
            ),
        );
    }
    let mut id = base.clone();
    let mut n = 2;
    while fields.iter().any(|f| f.id == id) {
        id = format!("{base}-{n}");
        n += 1;
    }
    fields.push(Field {
        id,
        label: c.label.clone(),
        required: line.text.contains('*') || line.cells.first().is_some_and(|c| c.contains('*')),
        kind,
        role: concept
            .and_then(|k| k.role)
            .filter(|_| kind != FieldKind::YesNo),
    });
}

/// One field per role, the first whose label says it; the State's and the
/// date's fields are required, as the report needs them.
fn roles(fields: &mut [Field], notes: &mut Notes) {
    for role in [Role::Country, Role::Date] {
        let mut first = true;
        for field in fields.iter_mut().filter(|f| f.role == Some(role)) {
            if first {
                field.required = true;
                if role == Role::Date && field.kind != FieldKind::Date {
                    field.kind = FieldKind::Date;
                }
                first = false;
            } else {
                field.role = None;
                notes.add(
                    Part::Respondent,
                    None,
                    t!(
                        "schema-import-note-role-taken",
                        label = &field.label,
                        role = role.as_str()
                    ),
                );
            }
        }
        if first {
            notes.add(
                Part::Respondent,
                None,
                match role {
                    Role::Country => t!("schema-import-note-no-country"),
                    Role::Date => t!("schema-import-note-no-date"),
                },
            );
        }
    }
}

/// An id made of a label: its words in lower case joined by `-`, at most
/// 32 characters, never empty.
pub(crate) fn slug(label: &str) -> String {
    let mut out = String::new();
    for word in label
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        let word = word.to_lowercase();
        if out.chars().count() + word.chars().count() + 1 > 32 {
            break;
        }
        if !out.is_empty() {
            out.push('-');
        }
        out.push_str(&word);
    }
    if out.is_empty() {
        "field".to_string()
    } else {
        out
    }
}

/// The word limit a text states: a number followed by "words" (`not more
/// than 200 words`, `150 mots`, `250 palabras`, `120 словах`).
pub(crate) fn word_limit(text: &str) -> Option<usize> {
    let tokens: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|t| !t.is_empty())
        .map(str::to_lowercase)
        .collect();
    tokens.windows(2).find_map(|pair| {
        let n: usize = pair[0]
            .parse()
            .ok()
            .filter(|&n| (1..=100_000).contains(&n))?;
        LANGUAGES
            .into_iter()
            .flat_map(|w| w.word)
            .any(|unit| pair[1].starts_with(unit))
            .then_some(n)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_limits_in_four_languages() {
        assert_eq!(
            word_limit("Please describe, in not more than 200 words per recommendation"),
            Some(200)
        );
        assert_eq!(word_limit("en 150 mots au plus"), Some(150));
        assert_eq!(word_limit("en no más de 250 palabras"), Some(250));
        assert_eq!(word_limit("не более чем в 120 словах"), Some(120));
        assert_eq!(word_limit("Comments (200 words max)"), Some(200));
        assert_eq!(word_limit("Adopted in 2019 in Vienna"), None);
    }

    #[test]
    fn slugs_are_ids() {
        assert_eq!(slug("Title and Organization"), "title-and-organization");
        assert_eq!(slug("Ведомство"), "ведомство");
        assert_eq!(slug("***"), "field");
        assert!(slug(&"word ".repeat(20)).chars().count() <= 32);
    }
}
