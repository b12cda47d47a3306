//! Reads a reply out of a document tree, in one pass that builds the model,
//! records where each part stands, and reports what does not fit the reply's
//! shape. What cannot be carried into the model marks the read as lossy, so
//! `convert` can refuse rather than silently drop it.

use std::collections::HashSet;
use std::ops::Range;

use super::builder::{ReplyBuilder, ReplyRead};
use super::{Answer, Choice, Places, Reply};
use crate::diagnostic::{Code, Diagnostic};
use crate::i18n::t;
use crate::schema::Schema;
use crate::suggest::help;
use crate::text::{normalize_comment, normalize_value};
use crate::tree::{Entry, Node, Value};

const TOP_KEYS: [&str; 4] = ["questionnaire", "version", "respondent", "answers"];
const ANSWER_KEYS: [&str; 2] = ["action_taken", "comments"];

/// Reads a reply out of a document tree; the reply is always there, if
/// empty.
/// What reading `reply` back from a file qnr wrote would give, without
/// writing it: the reply as written (the schema's questionnaire and version
/// where it names none), its places in the order of such a file
/// ([`Places::as_written`]), and a finding for each id the questionnaire
/// lacks. Nothing else can be wrong in a file qnr wrote.
pub(crate) fn read_reply(reply: &Reply, schema: &Schema) -> ReplyRead {
    let mut written = reply.clone();
    written
        .questionnaire
        .get_or_insert_with(|| schema.id.clone());
    written
        .version
        .get_or_insert_with(|| schema.version.clone());
    let places = Places::as_written(&written, schema);
    let mut out = ReplyBuilder::new(schema, Reply::default());
    for id in written
        .respondent
        .keys()
        .filter(|id| schema.field(id).is_none())
    {
        unknown_field(&mut out, id, places.field(id));
    }
    for id in written.answers.keys().filter(|id| !schema.has_item(id)) {
        let key = places
            .items
            .get(id)
            .map(|p| p.key.clone())
            .unwrap_or_default();
        unknown_item(&mut out, id, key);
    }
    out.reply = written;
    out.places = places;
    out.finish()
}

/// A respondent field the schema lacks, a key shown as written.
fn unknown_field(out: &mut ReplyBuilder<'_>, id: &str, span: Range<usize>) {
    out.unknown_field(id, id, span, |list| t!("reply-fields-are", list = list));
}

/// A recommendation the schema lacks, a key shown as written.
fn unknown_item(out: &mut ReplyBuilder<'_>, id: &str, span: Range<usize>) {
    let first = out.schema.item_ids().next().unwrap_or_default();
    let last = out.schema.item_ids().last().unwrap_or_default();
    let otherwise = t!("reply-ids-run", first = first, last = last);
    out.unknown_item(id, id, span, &otherwise);
}

pub(crate) fn read_tree(root: &Node, schema: &Schema) -> ReplyRead {
    let mut reader = Reader {
        schema,
        out: ReplyBuilder::new(schema, Reply::default()),
    };
    reader.out.places = Places {
        root: root.span.start..(root.span.start + 1).min(root.span.end.max(root.span.start)),
        ..Places::default()
    };
    match &root.value {
        Value::Object(entries) => reader.top(entries),
        other => reader.out.lost(
            Diagnostic::error(
                Code::WrongType,
                t!("reply-not-an-object", found = other.kind()),
            )
            .at(root.span.clone())
            .with_help(t!("reply-start-from-new")),
        ),
    }
    reader.out.finish()
}

struct Reader<'s> {
    schema: &'s Schema,
    out: ReplyBuilder<'s>,
}

impl Reader<'_> {
    /// The entries of an object, reporting repeated keys. The last of a repeated
    /// key wins, as in most JSON readers, so qnr checks what other tools see.
    /// `context` names the object in a message, and is only made when needed.
    fn unique<'e>(&mut self, entries: &'e [Entry], context: impl Fn() -> String) -> Vec<&'e Entry> {
        // Objects in a reply are small: comparing keys beats hashing them.
        const SMALL: usize = 16;
        let mut seen = HashSet::new();
        let mut kept: Vec<&Entry> = Vec::with_capacity(entries.len());
        for (i, entry) in entries.iter().enumerate() {
            let repeated = if entries.len() <= SMALL {
                entries[..i].iter().any(|e| e.key == entry.key)
            } else {
                !seen.insert(entry.key.as_str())
            };
            if repeated {
                let context = context();
                self.out.lost(
                    Diagnostic::error(
                        Code::DuplicateKey,
                        t!("reply-duplicate-key", key = &entry.key, context = context),
                    )
                    .at(entry.key_span.clone())
                    .with_label(t!("reply-given-again"))
                    .with_help(t!("reply-merge-help")),
                );
                kept.retain(|e| e.key != entry.key);
            }
            kept.push(entry);
        }
        kept
    }

    fn top(&mut self, entries: &[Entry]) {
        for entry in self.unique(entries, || t!("reply-in-reply")) {
            let value = &entry.value;
            match entry.key.as_str() {
                "questionnaire" => {
                    self.out.places.questionnaire = Some(value.span.clone());
                    let expected = &self.schema.id;
                    self.out.reply.questionnaire =
                        self.scalar_text(value, "`questionnaire`", expected);
                }
                "version" => {
                    self.out.places.version = Some(value.span.clone());
                    let expected = &self.schema.version;
                    self.out.reply.version = self.scalar_text(value, "`version`", expected);
                }
                "respondent" => {
                    self.out.places.respondent = Some(entry.key_span.clone());
                    match &value.value {
                        Value::Object(fields) => self.respondent(fields),
                        Value::Null => {}
                        other => self.out.lost(wrong_type(
                            value,
                            "`respondent`",
                            &t!("reply-expected-fields"),
                            other,
                        )),
                    }
                }
                "answers" => {
                    self.out.places.answers = Some(entry.key_span.clone());
                    match &value.value {
                        Value::Object(items) => self.answers(items),
                        Value::Null => {}
                        other => self.out.lost(wrong_type(
                            value,
                            "`answers`",
                            &t!("reply-expected-answers"),
                            other,
                        )),
                    }
                }
                key => {
                    let d =
                        Diagnostic::error(Code::UnknownField, t!("reply-unknown-key", key = key))
                            .at(entry.key_span.clone());
                    self.out
                        .lost(d.with_help(help(key, TOP_KEYS, || t!("reply-top-keys-help"))));
                }
            }
        }
    }

    /// Text, or a number taken as its text; `null` is absent. A number equal
    /// to the `expected` one reads as it (`version: 1.0` is version "1"),
    /// as a JSON Schema `const` compares numbers by value.
    fn scalar_text(&mut self, node: &Node, what: &str, expected: &str) -> Option<String> {
        match &node.value {
            Value::String(s) => normalize_value(s),
            Value::Number(n) if same_number(n, expected) => Some(expected.to_string()),
            Value::Number(n) => Some(n.clone()),
            Value::Null => None,
            other => {
                self.out
                    .lost(wrong_type(node, what, &t!("reply-expected-text"), other));
                None
            }
        }
    }

    fn respondent(&mut self, entries: &[Entry]) {
        for entry in self.unique(entries, || "`respondent`".to_string()) {
            let id = entry.key.as_str();
            self.out
                .places
                .fields
                .insert(id.to_string(), entry.value.span.clone());
            if self.schema.field(id).is_none() {
                unknown_field(&mut self.out, id, entry.key_span.clone());
            }
            match &entry.value.value {
                Value::String(s) => self.out.reply.set_field(id, s),
                // Telephone numbers and years are often written bare in YAML and TOML.
                Value::Number(n) => self.out.reply.set_field(id, n),
                Value::Null => {}
                Value::Bool(b) => {
                    let word = if *b { "yes" } else { "no" };
                    self.out.lost(
                        Diagnostic::error(
                            Code::InvalidField,
                            t!("reply-field-not-text", id = id, value = b.to_string()),
                        )
                        .at(entry.value.span.clone())
                        .with_id(id)
                        .with_help(t!("reply-field-not-text-help", word = word)),
                    );
                }
                other => {
                    let d = wrong_type(
                        &entry.value,
                        &t!("reply-what-field", id = id),
                        &t!("reply-expected-text"),
                        other,
                    )
                    .with_id(id);
                    self.out.lost(d);
                }
            }
        }
    }

    fn answers(&mut self, entries: &[Entry]) {
        for entry in self.unique(entries, || "`answers`".to_string()) {
            let id = entry.key.as_str();
            self.out.places.items.entry(id.to_string()).or_default().key = entry.key_span.clone();
            if !self.schema.has_item(id) {
                self.unknown_answer(entry);
            }
            match &entry.value.value {
                Value::Object(fields) => {
                    let answer = self.answer(id, fields);
                    self.out.reply.set_answer(id, answer);
                }
                Value::Null => {}
                other => {
                    let what = t!("reply-what-answer", item = self.schema.item_name(id));
                    let d = wrong_type(&entry.value, &what, &t!("reply-expected-answer"), other)
                        .with_id(id)
                        .with_help(t!("reply-answer-object-help", id = id));
                    self.out.lost(d);
                }
            }
        }
    }

    fn unknown_answer(&mut self, entry: &Entry) {
        unknown_item(&mut self.out, &entry.key, entry.key_span.clone());
    }

    fn answer(&mut self, id: &str, entries: &[Entry]) -> Answer {
        let mut action_taken = None;
        let mut comments = None;
        for entry in self.unique(entries, || t!("reply-in-answer", id = id)) {
            // `answers` has recorded the item's key already.
            let places = self.out.places.items.get_mut(id);
            match entry.key.as_str() {
                "action_taken" => {
                    if let Some(places) = places {
                        places.action_taken = Some(entry.value.span.clone());
                    }
                    action_taken = self.choice(id, &entry.value);
                }
                "comments" => {
                    if let Some(places) = places {
                        places.comments = Some(entry.value.span.clone());
                    }
                    comments = match &entry.value.value {
                        Value::String(s) => normalize_comment(s),
                        Value::Number(n) => Some(n.clone()),
                        Value::Null => None,
                        other => {
                            let what = t!("reply-what-comments", item = self.schema.item_name(id));
                            let d =
                                wrong_type(&entry.value, &what, &t!("reply-expected-text"), other)
                                    .with_id(id);
                            self.out.lost(d);
                            None
                        }
                    };
                }
                key => {
                    let d = Diagnostic::error(
                        Code::UnknownField,
                        t!(
                            "reply-unknown-answer-key",
                            key = key,
                            item = self.schema.item_name(id)
                        ),
                    )
                    .at(entry.key_span.clone())
                    .with_id(id);
                    self.out
                        .lost(d.with_help(help(key, ANSWER_KEYS, || t!("reply-answer-keys-help"))));
                }
            }
        }
        Answer {
            action_taken,
            comments,
        }
    }

    fn choice(&mut self, id: &str, node: &Node) -> Option<Choice> {
        let question = &self.schema.answer.question;
        let found = match &node.value {
            Value::Null => return None,
            // An empty choice is how TOML, which has no null, leaves it open.
            Value::String(s) if s.trim().is_empty() => return None,
            Value::String(s) => match Choice::parse(s) {
                Some(c) => return Some(c),
                None => s.clone(),
            },
            Value::Bool(b) => b.to_string(),
            Value::Number(n) => n.clone(),
            other => other.kind(),
        };
        let help = match &node.value {
            // `YES`, or the schema's label in any of its languages (`OUI`).
            Value::String(s) => match self.schema.yes_no(s) {
                Some(c) => t!("reply-choice-case-help", word = c.as_str()),
                None => t!("reply-choice-help"),
            },
            Value::Bool(true) => t!("reply-choice-bool-help", word = "yes", value = "true"),
            Value::Bool(false) => t!("reply-choice-bool-help", word = "no", value = "false"),
            _ => t!("reply-choice-help"),
        };
        let shown = crate::escape::terminal::one_line(&found);
        self.out.lost(
            Diagnostic::error(
                Code::InvalidChoice,
                t!(
                    "reply-invalid-choice",
                    item = self.schema.item_name(id),
                    value = shown,
                    question = question
                ),
            )
            .at(node.span.clone())
            .with_id(id)
            .with_help(help),
        );
        None
    }
}

fn wrong_type(node: &Node, what: &str, expected: &str, found: &Value) -> Diagnostic {
    Diagnostic::error(
        Code::WrongType,
        t!(
            "reply-wrong-type",
            what = what,
            expected = expected,
            found = found.kind()
        ),
    )
    .at(node.span.clone())
}

/// Whether the number written `text` equals `expected`, itself a JSON number.
fn same_number(text: &str, expected: &str) -> bool {
    let value = |t: &str| t.parse::<f64>().ok().filter(|v| v.is_finite());
    crate::schema::json_schema::json_number(expected).is_some()
        && value(text).is_some_and(|a| Some(a) == value(expected))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tree::json;

    fn read(text: &str) -> ReplyRead {
        read_tree(&json::parse(text).unwrap(), &Schema::honlea())
    }

    fn codes(r: &ReplyRead) -> Vec<&'static str> {
        r.diagnostics.iter().map(|d| d.code.as_str()).collect()
    }

    #[test]
    fn reads_a_reply_into_the_model() {
        let r = read(
            r#"{"questionnaire": "honlea", "version": "1",
                "respondent": {"country": " Chile ", "date": "2019-05-01", "email": null},
                "answers": {"I.1": {"action_taken": "yes", "comments": "One.\n\n\nTwo. "},
                            "I.2": {"action_taken": null}, "I.3": null}}"#,
        );
        assert!(r.diagnostics.is_empty(), "{:?}", r.diagnostics);
        assert!(!r.lossy);
        assert_eq!(
            r.reply.as_ref().unwrap().questionnaire.as_deref(),
            Some("honlea")
        );
        assert_eq!(r.reply.as_ref().unwrap().field("country"), Some("Chile"));
        assert_eq!(r.reply.as_ref().unwrap().field("email"), None);
        let a = r.reply.as_ref().unwrap().answer("I.1").unwrap();
        assert_eq!(a.action_taken, Some(Choice::Yes));
        assert_eq!(a.comments.as_deref(), Some("One.\n\nTwo."));
        assert!(r.reply.as_ref().unwrap().answer("I.2").is_none());
        assert!(r.places.items.contains_key("I.3"));
    }

    #[test]
    fn wrong_choices_say_what_is_allowed() {
        let r = read(
            r#"{"answers": {"I.1": {"action_taken": "YES"}, "I.2": {"action_taken": true}, "I.3": {"action_taken": "maybe"}}}"#,
        );
        assert_eq!(codes(&r), ["invalid-choice"; 3]);
        assert!(r.lossy);
        assert_eq!(
            r.diagnostics[0].help.as_deref(),
            Some("write `yes` in lower case")
        );
        assert!(
            r.diagnostics[1]
                .help
                .as_deref()
                .unwrap()
                .contains("\"yes\"")
        );
        assert!(
            r.diagnostics[2]
                .message
                .starts_with("Issue I, Recommendation 3 (I.3): `maybe`")
        );
        assert_eq!(r.diagnostics[2].id.as_deref(), Some("I.3"));
    }

    #[test]
    fn duplicate_keys_are_reported_and_the_last_wins() {
        let r =
            read(r#"{"answers": {"I.1": {"action_taken": "yes"}, "I.1": {"action_taken": "no"}}}"#);
        assert_eq!(codes(&r), ["duplicate-key"]);
        assert_eq!(
            r.reply
                .as_ref()
                .unwrap()
                .answer("I.1")
                .unwrap()
                .action_taken,
            Some(Choice::No)
        );
        assert!(r.lossy);
    }

    #[test]
    fn unknown_ids_suggest_the_near_one_and_are_kept() {
        let r = read(r#"{"answers": {"ii.4": {"action_taken": "no"}}}"#);
        assert_eq!(codes(&r), ["unknown-answer"]);
        assert_eq!(
            r.diagnostics[0].help.as_deref(),
            Some("did you mean `II.4`?")
        );
        assert!(
            r.reply.as_ref().unwrap().answer("ii.4").is_some(),
            "kept, so convert loses nothing"
        );
        assert!(!r.lossy);
    }

    #[test]
    fn unknown_keys_are_named() {
        let r = read(
            r#"{"answer": {}, "respondent": {"phone": "1"}, "answers": {"I.1": {"comment": "x"}}}"#,
        );
        assert_eq!(codes(&r), ["unknown-field"; 3]);
        assert_eq!(
            r.diagnostics[0].help.as_deref(),
            Some("did you mean `answers`?")
        );
        assert!(r.diagnostics[1].message.contains("`phone`"));
        assert_eq!(
            r.diagnostics[2].help.as_deref(),
            Some("did you mean `comments`?")
        );
    }

    #[test]
    fn wrong_types_are_reported() {
        assert_eq!(codes(&read("[]")), ["wrong-type"]);
        assert_eq!(codes(&read(r#"{"answers": []}"#)), ["wrong-type"]);
        assert_eq!(
            codes(&read(r#"{"answers": {"I.1": "yes"}}"#)),
            ["wrong-type"]
        );
        assert_eq!(
            codes(&read(r#"{"answers": {"I.1": {"comments": ["a"]}}}"#)),
            ["wrong-type"]
        );
        assert_eq!(
            codes(&read(r#"{"respondent": {"publish": true}}"#)),
            ["invalid-field"]
        );
    }

    #[test]
    fn places_point_at_values() {
        let text = r#"{"answers": {"I.1": {"action_taken": "yes"}}}"#;
        let r = read(text);
        let span = r.places.answer("I.1");
        assert_eq!(&text[span], "\"yes\"");
        let missing = r.places.answer("I.2");
        assert_eq!(&text[missing], "\"answers\"");
    }
}
