//! The proof `qnr schema check` gives that a schema's forms work: for every
//! form format qnr writes, a blank form and a filled one are written in
//! memory and read back. A blank form must read as nothing answered; a
//! filled one as exactly what was written. A label that breaks this (the
//! choices read in the wrong place, a recommendation that is not found, a
//! comment that goes astray) is a [`Flaw`] naming the key to change.

use crate::diagnostic::Code;
use crate::formats::{self, Format};
use crate::i18n::{Lang, t};
use crate::reply::{Answer, Choice, Reply};
use crate::schema::keys::Key;
use crate::schema::{FieldKind, Schema};

/// A form of the schema that does not read back, and the key to blame.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Flaw {
    /// `None` when the form is past a limit on what qnr reads (a schema of
    /// huge texts): no key is wrong, the form is only too big.
    pub key: Option<Key>,
    /// The language of the form that does not read back.
    pub lang: Lang,
    pub format: Format,
    /// What went wrong, in a sentence: `a blank form reads Issue I,
    /// Recommendation 1 (I.1) as answered YES`.
    pub why: String,
}

/// The formats that hold a form (not a reply tree) and that qnr writes: a
/// PDF is printed from one of them, so it has nothing of its own to prove.
fn form_formats() -> impl Iterator<Item = Format> {
    Format::ALL
        .into_iter()
        .filter(|f| f.is_written() && !f.holds_any_reply())
}

/// A schema whose forms are too big to prove: each form repeats the
/// question and labels for every recommendation, and a schema of huge texts
/// would take seconds to write and read twice in every form format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct TooBig {
    /// The size of the filled plain-text form.
    pub bytes: usize,
    pub limit: usize,
}

/// The largest filled form proved (HONLEA's is 30 KiB).
const MAX_FORM_BYTES: usize = 512 * 1024;

/// Every flaw found, at most one per key and language, in the order
/// found. A schema in several languages has forms in each, and each must
/// read back: a French label can break the French form alone.
pub(crate) fn prove(schema: &Schema) -> Result<Vec<Flaw>, TooBig> {
    let mut flaws = Vec::new();
    for lang in schema.languages() {
        let form = if lang == schema.texts_in {
            schema.clone()
        } else {
            schema.clone().into_language(lang)
        };
        flaws.extend(prove_in(&form)?);
    }
    Ok(flaws)
}

/// The flaws of the forms in `schema`'s own texts.
fn prove_in(schema: &Schema) -> Result<Vec<Flaw>, TooBig> {
    let mut flaws: Vec<Flaw> = Vec::new();
    let blank = Reply::empty(schema);
    let filled = filled(schema);
    let bytes = formats::write(Format::Txt, &filled, schema).len();
    if bytes > MAX_FORM_BYTES {
        return Err(TooBig {
            bytes,
            limit: MAX_FORM_BYTES,
        });
    }
    for format in form_formats() {
        for (reply, is_blank) in [(&blank, true), (&filled, false)] {
            let bytes = formats::write(format, reply, schema);
            let loaded = formats::load(format, &bytes, schema);
            let error = loaded.diagnostics.iter().find(|d| d.is_error());
            let found = match (&loaded.reply, error) {
                (_, Some(e)) if e.code == Code::LimitExceeded => vec![(None, e.message.clone())],
                (Some(back), _) => compare(schema, reply, back, is_blank)
                    .into_iter()
                    .map(|(key, why)| (Some(key), why))
                    .collect(),
                (None, _) => vec![(
                    Some(Key::RecommendationHeading),
                    t!(
                        "schema-import-proof-unreadable",
                        form = if is_blank { "blank" } else { "filled" },
                        reason = error.map_or_else(
                            || t!("schema-import-proof-no-reply"),
                            |d| d.message.clone()
                        )
                    ),
                )],
            };
            for (key, why) in found {
                if !flaws.iter().any(|f| f.key == key) {
                    flaws.push(Flaw {
                        key,
                        lang: schema.texts_in,
                        format,
                        why,
                    });
                }
            }
        }
    }
    Ok(flaws)
}

/// A reply with every field and recommendation answered: YES and NO in
/// turn, each with a comment of two paragraphs.
fn filled(schema: &Schema) -> Reply {
    let mut reply = Reply::empty(schema);
    for field in &schema.respondent {
        let value = match field.kind {
            FieldKind::Text => "Exampleland",
            FieldKind::Date => "2024-05-15",
            FieldKind::Email => "focal.point@example.org",
            FieldKind::YesNo => "yes",
        };
        reply.set_field(&field.id, value);
    }
    for item in schema.items() {
        let choice = if item.ordinal % 2 == 0 {
            Choice::Yes
        } else {
            Choice::No
        };
        reply.set_answer(
            &item.recommendation.id,
            Answer::new(
                Some(choice),
                Some("Action was taken in 2024.\n\nA second paragraph says more."),
            ),
        );
    }
    reply
}

/// What differs between the reply written and the one read, each with the
/// key most likely to blame.
fn compare(schema: &Schema, wrote: &Reply, back: &Reply, blank: bool) -> Vec<(Key, String)> {
    // The form, for messages that select on it.
    let form = if blank { "blank" } else { "filled" };
    let mut out = Vec::new();
    // No answer read at all: the answer line is not found after any heading.
    let answered = |r: &Reply| {
        r.answers
            .values()
            .filter(|a| a.action_taken.is_some())
            .count()
    };
    if !blank && answered(back) == 0 && answered(wrote) > 0 {
        out.push((Key::Question, t!("schema-import-proof-no-answer")));
        return out;
    }
    for (i, field) in schema.respondent.iter().enumerate() {
        let (a, b) = (wrote.field(&field.id), back.field(&field.id));
        if a != b {
            out.push((
                Key::FieldLabel(i),
                t!(
                    "schema-import-proof-field",
                    form = form,
                    label = &field.label,
                    got = shown(b),
                    wrote = shown(a)
                ),
            ));
        }
    }
    for item in schema.items() {
        let id = &item.recommendation.id;
        let name = schema.item_name(id);
        let (a, b) = (wrote.answer(id), back.answer(id));
        if a == b {
            continue;
        }
        let key = match (a, b) {
            (Some(_), None) => Key::Label(item.issue_index, item.index_in_issue),
            (a, b) if a.and_then(|a| a.action_taken) != b.and_then(|b| b.action_taken) => {
                match b
                    .and_then(|b| b.action_taken)
                    .or(a.and_then(|a| a.action_taken))
                {
                    Some(Choice::No) => Key::No,
                    _ => Key::Yes,
                }
            }
            _ => Key::CommentsLabel,
        };
        let why = match (a, b) {
            (Some(_), None) => t!("schema-import-proof-not-found", form = form, item = &name),
            (_, Some(b)) if a.and_then(|a| a.action_taken) != b.action_taken => t!(
                "schema-import-proof-reads-as",
                form = form,
                item = &name,
                choice = b.action_taken.map_or_else(
                    || t!("schema-import-proof-unanswered"),
                    |c| c.label(schema).to_string()
                )
            ),
            _ => t!("schema-import-proof-comments", form = form, item = &name),
        };
        out.push((key, why));
    }
    // A recommendation read under another id is blamed on its label, above.
    let missing = schema
        .item_ids()
        .any(|id| wrote.answer(id).is_some() && back.answer(id).is_none());
    for id in back
        .answers
        .keys()
        .filter(|id| !missing && !schema.has_item(id))
    {
        out.push((
            Key::RecommendationHeading,
            t!("schema-import-proof-unknown", form = form, id = id),
        ));
    }
    out
}

fn shown(value: Option<&str>) -> String {
    value.map_or_else(|| t!("schema-import-proof-empty"), |v| format!("`{v}`"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn schema(edit: impl Fn(&mut String)) -> Schema {
        let mut text = crate::schema::HONLEA_TOML.to_string();
        edit(&mut text);
        Schema::from_toml(&text, "test").unwrap()
    }

    #[test]
    fn the_embedded_and_test_schemas_read_back_in_every_form() {
        for text in [
            crate::schema::HONLEA_TOML,
            include_str!("../../tests/data/schemas/lettered.toml"),
            include_str!("../../tests/data/schemas/honlac.toml"),
            include_str!("../../tests/data/schemas/honlea-afrique.toml"),
            include_str!("../../tests/data/schemas/honlea-ru.toml"),
        ] {
            let schema = Schema::from_toml(text, "test").unwrap();
            assert_eq!(prove(&schema), Ok(vec![]), "{}", schema.id);
        }
    }

    #[test]
    fn the_forms_in_every_language_of_a_schema_are_proved() {
        let text = include_str!("../../examples/schemas/multilingual.toml");
        let schema = Schema::from_toml(text, "test").unwrap();
        assert_eq!(prove(&schema), Ok(vec![]));
        // The French consent labelled as the French question breaks the
        // French forms only, whatever language the run reads the schema in.
        let text = text.replace(
            "label.fr = \"Consentement à la publication de la présente réponse sur le site Web de l'ONUDC\"",
            "label.fr = \"Mesures prises\"",
        );
        let schema = Schema::from_toml(&text, "test").unwrap();
        for run in [Lang::En, Lang::Ru] {
            let flaws = prove(&schema.clone().into_language(run)).unwrap();
            assert!(!flaws.is_empty());
            assert!(flaws.iter().all(|f| f.lang == Lang::Fr), "{flaws:?}");
            assert_eq!(flaws[0].key, Some(Key::FieldLabel(5)), "{flaws:?}");
        }
    }

    #[test]
    fn forms_too_big_to_prove_are_not_written_in_every_format() {
        let long = "word ".repeat(120_000);
        let schema = schema(|t| *t = t.replacen("text = \"", &format!("text = \"{long}"), 1));
        let too_big = prove(&schema).unwrap_err();
        assert!(too_big.bytes > too_big.limit, "{too_big:?}");
    }

    #[test]
    fn a_flaw_names_its_key() {
        // A yes-no field labelled as the question reads as an answer line.
        let field = schema(|t| {
            *t = t.replacen(
                "label = \"Consent to publish the reply as received on the UNODC website\"",
                "label = \"Any action taken\"",
                1,
            )
        });
        let flaws = prove(&field).unwrap();
        assert_eq!(flaws.len(), 1, "{flaws:?}");
        assert_eq!(flaws[0].key, Some(Key::FieldLabel(7)));
        assert_eq!(flaws[0].format, Format::Txt);
        assert!(
            flaws[0]
                .why
                .contains("a filled form reads 'Any action taken' as empty"),
            "{flaws:?}"
        );
        // Issues headed as recommendations: no form reads at all.
        let headings =
            schema(|t| *t = t.replacen("Issue {numeral}", "Recommendation {numeral}", 1));
        assert_eq!(
            prove(&headings).unwrap()[0].key,
            Some(Key::RecommendationHeading)
        );
    }
}
