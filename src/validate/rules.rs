//! The rules a complete, correct reply meets: it answers this questionnaire,
//! the required respondent fields are there and well-formed, every
//! recommendation is answered, and comments follow the schema's rule.

use std::collections::HashSet;

use crate::diagnostic::{Code, Diagnostic, Severity};
use crate::reply::{Places, Reply};
use crate::schema::{CommentRule, FieldKind, Schema};
use crate::text::word_count;
use crate::values::Problem;

pub(super) fn check(schema: &Schema, reply: &Reply, places: &Places, found: &mut Vec<Diagnostic>) {
    if !questionnaire(schema, reply, places, found) {
        return;
    }
    respondent(schema, reply, places, found);
    answers(schema, reply, places, found);
}

/// Returns false when the reply answers another questionnaire, in which
/// case checking its items against this one would only be noise.
fn questionnaire(
    schema: &Schema,
    reply: &Reply,
    places: &Places,
    found: &mut Vec<Diagnostic>,
) -> bool {
    match reply.questionnaire.as_deref() {
        None => found.push(
            Diagnostic::error(
                Code::QuestionnaireMismatch,
                "the reply does not say which questionnaire it answers",
            )
            .at(places.root.clone())
            .with_help(format!("add \"questionnaire\": \"{}\"", schema.id)),
        ),
        Some(q) if q != schema.id => {
            found.push(
                Diagnostic::error(
                    Code::QuestionnaireMismatch,
                    format!(
                        "this is a reply to the `{}` questionnaire, not to `{}`",
                        crate::escape::terminal::one_line(q),
                        schema.id
                    ),
                )
                .at(places.questionnaire.clone().unwrap_or(places.root.clone()))
                .with_help("check it against its own schema: `qnr --schema FILE validate …`"),
            );
            return false;
        }
        Some(_) => {}
    }
    match reply.version.as_deref() {
        None => found.push(
            Diagnostic::warning(
                Code::QuestionnaireMismatch,
                format!(
                    "the reply does not say which version of `{}` it answers",
                    schema.id
                ),
            )
            .at(places.root.clone())
            .with_help(format!("add \"version\": \"{}\"", schema.version)),
        ),
        Some(v) if v != schema.version => found.push(
            Diagnostic::error(
                Code::QuestionnaireMismatch,
                format!(
                    "this is a reply to version {} of `{}`; the schema is version {}",
                    crate::escape::terminal::one_line(v),
                    schema.id,
                    schema.version
                ),
            )
            .at(places.version.clone().unwrap_or(places.root.clone()))
            .with_help("check it against the schema of that round with `--schema FILE`"),
        ),
        Some(_) => {}
    }
    true
}

fn respondent(schema: &Schema, reply: &Reply, places: &Places, found: &mut Vec<Diagnostic>) {
    for field in &schema.respondent {
        let Some(value) = reply.field(&field.id) else {
            if field.required {
                found.push(
                    Diagnostic::error(
                        Code::MissingRespondentField,
                        format!(
                            "the respondent field '{}' (`{}`) is missing",
                            field.label, field.id
                        ),
                    )
                    .at(places.field(&field.id))
                    .with_id(&field.id)
                    .with_help(match field.kind {
                        FieldKind::Date => {
                            format!("add `{}` as YYYY-MM-DD, e.g. \"2019-05-15\"", field.id)
                        }
                        _ => format!("add `{}` under `respondent`", field.id),
                    }),
                );
            }
            continue;
        };
        let problem = field.kind.check(value).err().map(|problem| match problem {
            Problem::Date { reads_as } => (
                "is not a real date in the form YYYY-MM-DD",
                match reads_as {
                    Some(iso) => format!("write it as \"{iso}\""),
                    None => "write the date as YYYY-MM-DD, e.g. \"2019-05-15\"".to_string(),
                },
            ),
            Problem::Email => (
                "is not an e-mail address",
                "write one address, like \"name@ministry.gov\"".to_string(),
            ),
            Problem::YesNo { reads_as } => (
                "is neither `yes` nor `no`",
                match reads_as {
                    Some(word) => format!("write \"{word}\" in lower case"),
                    None => "write \"yes\" or \"no\"".to_string(),
                },
            ),
        });
        if let Some((what, help)) = problem {
            found.push(
                Diagnostic::error(
                    Code::InvalidField,
                    format!(
                        "the respondent field '{}' (`{}`): `{}` {what}",
                        field.label,
                        field.id,
                        crate::escape::terminal::one_line(value)
                    ),
                )
                .at(places.field(&field.id))
                .with_id(&field.id)
                .with_help(help),
            );
        }
    }
}

fn answers(schema: &Schema, reply: &Reply, places: &Places, found: &mut Vec<Diagnostic>) {
    // An item whose answer was already reported as malformed is not "missing" too.
    let reported: HashSet<String> = found
        .iter()
        .filter(|d| matches!(d.code, Code::InvalidChoice | Code::WrongType))
        .filter_map(|d| d.id.clone())
        .collect();
    let question = &schema.answer.question;
    for item in schema.items() {
        let id = item.recommendation.id.as_str();
        let answer = reply.answer(id);
        let name = ItemName(schema, id);
        let Some(choice) = answer.and_then(|a| a.action_taken) else {
            if !reported.contains(id) {
                found.push(
                    Diagnostic::error(
                        Code::MissingAnswer,
                        format!("{name}: no answer to '{question}'"),
                    )
                    .at(places.answer(id))
                    .with_id(id)
                    .with_help(format!(
                        "set `action_taken` to \"yes\" or \"no\", or run `qnr fill --goto {id}`"
                    )),
                );
            }
            continue;
        };
        let comments = answer.and_then(|a| a.comments.as_deref());
        let label = &schema.comments.label;
        match (schema.comments.rule_for(choice), comments) {
            (CommentRule::Required, None) | (CommentRule::Expected, None) => {
                let required = schema.comments.rule_for(choice) == CommentRule::Required;
                let severity = if required {
                    Severity::Error
                } else {
                    Severity::Warning
                };
                let verb = if required { "requires" } else { "expects" };
                found.push(
                    Diagnostic::new(
                        severity,
                        Code::MissingComment,
                        format!(
                            "{name}: the answer is {} but '{label}' is empty",
                            choice.label(schema),
                        ),
                    )
                    .at(places.comments(id))
                    .with_id(id)
                    .with_help(format!(
                        "the questionnaire {verb} `comments` after {}: say what was done",
                        choice.label(schema)
                    )),
                );
            }
            _ => {}
        }
        if let (Some(max), Some(text)) = (schema.comments.max_words, comments) {
            let words = word_count(text);
            if words > max {
                found.push(
                    Diagnostic::warning(
                        Code::LongComment,
                        format!("{name}: the comment has {words} words; the form asks for at most {max}"),
                    )
                    .at(places.comments(id))
                    .with_id(id)
                    .with_help("shorten it to the main points: action taken, legislation, figures, obstacles"),
                );
            }
        }
    }
}

/// "Issue II, Recommendation 4 (II.4)", made only when a message uses it:
/// most items are fine, and `validate` may check thousands of files.
struct ItemName<'a>(&'a Schema, &'a str);

impl std::fmt::Display for ItemName<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0.item_name(self.1))
    }
}
