//! The rules a complete, correct reply meets: it answers this questionnaire,
//! the required respondent fields are there and well-formed, every
//! recommendation is answered, and comments follow the schema's rule.

use std::collections::HashSet;

use crate::diagnostic::{Code, Diagnostic, Severity};
use crate::i18n::t;
use crate::reply::Choice;
use crate::reply::{Places, Reply};
use crate::schema::{CommentRule, FieldKind, Schema};
use crate::text::word_count;
use crate::values::{HumanDate, Problem};

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
            Diagnostic::error(Code::QuestionnaireMismatch, t!("validate-no-questionnaire"))
                .at(places.root.clone())
                .with_help(t!("validate-no-questionnaire-help", id = &schema.id)),
        ),
        Some(q) if q != schema.id => {
            found.push(
                Diagnostic::error(
                    Code::QuestionnaireMismatch,
                    t!(
                        "validate-other-questionnaire",
                        found = crate::escape::terminal::one_line(q),
                        expected = &schema.id
                    ),
                )
                .at(places.questionnaire.clone().unwrap_or(places.root.clone()))
                .with_help(t!("validate-other-questionnaire-help")),
            );
            return false;
        }
        Some(_) => {}
    }
    match reply.version.as_deref() {
        None => found.push(
            Diagnostic::warning(
                Code::QuestionnaireMismatch,
                t!("validate-no-version", id = &schema.id),
            )
            .at(places.root.clone())
            .with_help(t!("validate-no-version-help", version = &schema.version)),
        ),
        Some(v) if v != schema.version => found.push(
            Diagnostic::error(
                Code::QuestionnaireMismatch,
                t!(
                    "validate-other-version",
                    found = crate::escape::terminal::one_line(v),
                    id = &schema.id,
                    expected = &schema.version
                ),
            )
            .at(places.version.clone().unwrap_or(places.root.clone()))
            .with_help(t!("validate-other-version-help")),
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
                        t!(
                            "validate-missing-field",
                            label = &field.label,
                            id = &field.id
                        ),
                    )
                    .at(places.field(&field.id))
                    .with_id(&field.id)
                    .with_help(match field.kind {
                        FieldKind::Date => t!("validate-missing-date-help", id = &field.id),
                        _ => t!("validate-missing-field-help", id = &field.id),
                    }),
                );
            }
            continue;
        };
        let shown = crate::escape::terminal::one_line(value);
        let (label, id) = (&field.label, &field.id);
        let problem = field.kind.check(value).err().map(|problem| match problem {
            Problem::Date { reads_as } => (
                t!(
                    "validate-invalid-date",
                    label = label,
                    id = id,
                    value = &shown
                ),
                match reads_as {
                    Some(HumanDate::Date(date)) => {
                        t!("validate-invalid-date-help-reads-as", date = date)
                    }
                    Some(HumanDate::Ambiguous {
                        day_first,
                        month_first,
                    }) => t!(
                        "validate-invalid-date-help-ambiguous",
                        day_first = day_first,
                        month_first = month_first
                    ),
                    None => t!("validate-invalid-date-help"),
                },
            ),
            Problem::Email => (
                t!(
                    "validate-invalid-email",
                    label = label,
                    id = id,
                    value = &shown
                ),
                t!("validate-invalid-email-help"),
            ),
            Problem::YesNo { .. } => (
                t!(
                    "validate-invalid-yes-no",
                    label = label,
                    id = id,
                    value = &shown
                ),
                // `OUI`, `Sí`, `YES`: the word the schema prints, stored in lower-case English.
                match schema.yes_no(value) {
                    Some(choice) => t!(
                        "validate-invalid-yes-no-help-reads-as",
                        word = choice.as_str()
                    ),
                    None => t!("validate-invalid-yes-no-help"),
                },
            ),
        });
        if let Some((message, help)) = problem {
            found.push(
                Diagnostic::error(Code::InvalidField, message)
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
                        t!(
                            "validate-missing-answer",
                            item = name.to_string(),
                            question = question
                        ),
                    )
                    .at(places.answer(id))
                    .with_id(id)
                    .with_help(t!("validate-missing-answer-help", id = id)),
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
                let shown = choice.label(schema);
                let help = match (required, choice) {
                    (true, Choice::Yes) => t!("validate-comment-required-yes-help", choice = shown),
                    (true, Choice::No) => t!("validate-comment-required-no-help", choice = shown),
                    (false, Choice::Yes) => {
                        t!("validate-comment-expected-yes-help", choice = shown)
                    }
                    (false, Choice::No) => t!("validate-comment-expected-no-help", choice = shown),
                };
                found.push(
                    Diagnostic::new(
                        severity,
                        Code::MissingComment,
                        t!(
                            "validate-missing-comment",
                            item = name.to_string(),
                            choice = shown,
                            label = label
                        ),
                    )
                    .at(places.comments(id))
                    .with_id(id)
                    .with_help(help),
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
                        t!(
                            "validate-long-comment",
                            item = name.to_string(),
                            words = words,
                            max = max
                        ),
                    )
                    .at(places.comments(id))
                    .with_id(id)
                    .with_help(t!("validate-long-comment-help", max = max)),
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
