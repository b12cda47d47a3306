//! Turns the raw TOML into a checked [`Schema`], collecting every problem
//! (with its place) rather than stopping at the first.

use std::collections::HashMap;
use std::ops::Range;

use toml::Spanned;

use super::raw::{CommentRule, RawSchema};
use super::{
    AnswerSpec, CommentSpec, Field, FieldKind, Headings, Issue, Recommendation, Role, Schema,
};
use crate::diagnostic::{Code, Diagnostic};
use crate::i18n::{Lang, t};

/// Longest id part (numeral, label, field id) a schema may use.
const MAX_ID_LEN: usize = 32;

pub(super) fn build(text: &str) -> Result<Schema, Vec<Diagnostic>> {
    let raw: RawSchema = toml::from_str(text).map_err(|e| vec![toml_error(&e)])?;
    let mut problems = Problems::default();

    let id = problems.id_text(&raw.id, "`id`");
    let version = problems.text(&raw.version, "`version`");
    let title = problems.text(&raw.title, "`title`");
    let language = raw
        .language
        .as_ref()
        .map_or(Lang::En, |l| problems.language(l));
    let guidance = raw
        .guidance
        .as_ref()
        .map(|g| g.get_ref().trim().to_string());

    let headings = match &raw.headings {
        Some(h) => Headings {
            issue: problems.template(h.issue.as_ref(), "issue", "{numeral}", "Issue {numeral}"),
            recommendation: problems.template(
                h.recommendation.as_ref(),
                "recommendation",
                "{label}",
                "Recommendation {label}",
            ),
        },
        None => Headings {
            issue: "Issue {numeral}".into(),
            recommendation: "Recommendation {label}".into(),
        },
    };

    let answer = AnswerSpec {
        question: problems.text(&raw.answer.question, "`answer.question`"),
        yes: problems.text(&raw.answer.yes, "`answer.yes`"),
        no: problems.text(&raw.answer.no, "`answer.no`"),
    };
    if answer.yes.eq_ignore_ascii_case(&answer.no) && !answer.yes.is_empty() {
        problems.push(
            Diagnostic::error(Code::DuplicateId, "the two choices are labelled alike")
                .at(raw.answer.no.span())
                .with_help("give `answer.yes` and `answer.no` different labels"),
        );
    }

    let comments = match &raw.comments {
        Some(c) => CommentSpec {
            label: c.label.as_ref().map_or_else(
                || "Comments".to_string(),
                |l| problems.text(l, "`comments.label`"),
            ),
            when_yes: c.when_yes.unwrap_or(CommentRule::Optional),
            when_no: c.when_no.unwrap_or(CommentRule::Optional),
            max_words: c.max_words.as_ref().and_then(|m| problems.word_limit(m)),
        },
        None => CommentSpec {
            label: "Comments".into(),
            when_yes: CommentRule::Optional,
            when_no: CommentRule::Optional,
            max_words: None,
        },
    };

    let mut field_ids: HashMap<String, Range<usize>> = HashMap::new();
    let mut roles: HashMap<String, Range<usize>> = HashMap::new();
    let mut respondent = Vec::with_capacity(raw.respondent.len());
    for field in &raw.respondent {
        let id = problems.id_text(&field.id, "a respondent field `id`");
        problems.unique(&mut field_ids, &id, field.id.span(), "respondent field");
        let role = field.role.as_ref().map(|r| {
            problems.unique_role(&mut roles, *r.get_ref(), r.span());
            *r.get_ref()
        });
        respondent.push(Field {
            id,
            label: problems.text(&field.label, "a respondent field `label`"),
            required: field.required,
            kind: problems.kind_for_role(field.kind.as_ref(), field.role.as_ref()),
            role,
        });
    }

    let mut issues = Vec::with_capacity(raw.issues.get_ref().len());
    let mut numerals: HashMap<String, Range<usize>> = HashMap::new();
    if raw.issues.get_ref().is_empty() {
        problems.push(
            Diagnostic::error(Code::EmptyText, "the questionnaire has no issues")
                .at(raw.issues.span())
                .with_help("add at least one `[[issues]]` table with its recommendations"),
        );
    }
    for raw_issue in raw.issues.get_ref() {
        let numeral = problems.id_text(&raw_issue.numeral, "an issue `numeral`");
        problems.unique(
            &mut numerals,
            &numeral,
            raw_issue.numeral.span(),
            "issue numeral",
        );
        let title = problems.text(&raw_issue.title, "an issue `title`");
        if raw_issue.recommendations.get_ref().is_empty() {
            problems.push(
                Diagnostic::error(
                    Code::EmptyText,
                    format!("issue `{numeral}` has no recommendations"),
                )
                .at(raw_issue.recommendations.span())
                .with_help("add `[[issues.recommendations]]` tables with a `label` and a `text`"),
            );
        }
        let mut labels: HashMap<String, Range<usize>> = HashMap::new();
        let mut recommendations = Vec::new();
        for raw_rec in raw_issue.recommendations.get_ref() {
            let label = problems.id_text(&raw_rec.label, "a recommendation `label`");
            problems.unique(
                &mut labels,
                &label,
                raw_rec.label.span(),
                "recommendation label",
            );
            recommendations.push(Recommendation {
                id: format!("{numeral}.{label}"),
                label,
                text: problems.text(&raw_rec.text, "a recommendation `text`"),
            });
        }
        issues.push(Issue {
            numeral,
            title,
            recommendations,
        });
    }

    if problems.list.is_empty() {
        Ok(Schema::from_parts(
            id, version, title, language, guidance, headings, answer, comments, respondent, issues,
        ))
    } else {
        Err(problems.list)
    }
}

/// A TOML or serde error, with its place and a plainer wording where we can.
fn toml_error(error: &toml::de::Error) -> Diagnostic {
    let message = error.message().trim().to_string();
    let (text, help) = if message.starts_with("unknown field") {
        (
            message.replace("unknown field", "unknown key"),
            "remove the key or correct its spelling",
        )
    } else if message.starts_with("unknown variant") {
        (
            message.replace("unknown variant", "unknown rule"),
            "use one of the values listed",
        )
    } else if message.starts_with("missing field") {
        (
            message.replace("missing field", "missing key"),
            "add the key; `qnr schema show` prints the default schema to copy from",
        )
    } else {
        (message, "correct the TOML at this place")
    };
    Diagnostic::error(Code::InvalidSchema, text)
        .at_opt(error.span())
        .with_help(help)
}

#[derive(Default)]
struct Problems {
    list: Vec<Diagnostic>,
}

impl Problems {
    fn push(&mut self, d: Diagnostic) {
        self.list.push(d);
    }

    /// A language qnr speaks, by its code: `fr`.
    fn language(&mut self, value: &Spanned<String>) -> Lang {
        let code = value.get_ref().trim();
        match Lang::ALL.into_iter().find(|l| l.code() == code) {
            Some(lang) => lang,
            None => {
                self.push(
                    Diagnostic::error(
                        Code::InvalidSchema,
                        format!(
                            "unknown language `{code}`, expected one of {}",
                            Lang::ALL.map(|l| format!("`{l}`")).join(", ")
                        ),
                    )
                    .at(value.span())
                    .with_help("qnr speaks English (`en`), French (`fr`), Spanish (`es`) and Russian (`ru`)"),
                );
                Lang::En
            }
        }
    }

    /// A text that must not be empty after trimming.
    fn text(&mut self, value: &Spanned<String>, what: &str) -> String {
        let text = value.get_ref().trim();
        if text.is_empty() {
            self.push(
                Diagnostic::error(Code::EmptyText, format!("{what} is empty"))
                    .at(value.span())
                    .with_help("write the text as the printed form shows it"),
            );
        }
        text.to_string()
    }

    /// A text that becomes part of an id: no spaces, no dots, not too long.
    fn id_text(&mut self, value: &Spanned<String>, what: &str) -> String {
        let text = self.text(value, what);
        let bad = text
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || c == '.' || c == '"');
        if bad || text.chars().count() > MAX_ID_LEN {
            self.push(
                Diagnostic::error(
                    Code::InvalidSchema,
                    format!("{what} `{text}` cannot be part of an id"),
                )
                .at(value.span())
                .with_help(format!(
                    "use at most {MAX_ID_LEN} characters without spaces, dots or quotes, e.g. `II` or `4` or `a`"
                )),
            );
        }
        text
    }

    fn unique(
        &mut self,
        seen: &mut HashMap<String, Range<usize>>,
        id: &str,
        span: Range<usize>,
        what: &str,
    ) {
        if id.is_empty() {
            return;
        }
        if seen.contains_key(id) {
            self.push(
                Diagnostic::error(Code::DuplicateId, format!("duplicate {what} `{id}`"))
                    .at(span)
                    .with_help(format!(
                        "every {what} must be different; rename one of them"
                    )),
            );
        } else {
            seen.insert(id.to_string(), span);
        }
    }

    /// One field per role: two States or two dates of submission in a
    /// reply would leave `report` to guess.
    fn unique_role(
        &mut self,
        seen: &mut HashMap<String, Range<usize>>,
        role: Role,
        span: Range<usize>,
    ) {
        if seen.contains_key(role.as_str()) {
            self.push(
                Diagnostic::error(
                    Code::DuplicateId,
                    t!("schema-import-role-twice", role = role.as_str()),
                )
                .at(span)
                .with_help(t!("schema-import-role-twice-help")),
            );
        } else {
            seen.insert(role.as_str().to_string(), span);
        }
    }

    /// The field's kind: as written, else what its role implies. A State
    /// is named in text and a date of submission is a date; any other
    /// kind is refused, as `report` could not read it.
    fn kind_for_role(
        &mut self,
        kind: Option<&Spanned<FieldKind>>,
        role: Option<&Spanned<Role>>,
    ) -> FieldKind {
        let needed = role.map(|r| match r.get_ref() {
            Role::Country => FieldKind::Text,
            Role::Date => FieldKind::Date,
        });
        match (kind, needed) {
            (None, needed) => needed.unwrap_or_default(),
            (Some(k), Some(needed)) if *k.get_ref() != needed => {
                let role = role.map_or("", |r| r.get_ref().as_str());
                let want = match needed {
                    FieldKind::Date => "date",
                    _ => "text",
                };
                self.push(
                    Diagnostic::error(
                        Code::InvalidSchema,
                        t!("schema-import-role-kind", role = role, kind = want),
                    )
                    .at(k.span())
                    .with_help(t!("schema-import-role-kind-help", kind = want)),
                );
                *k.get_ref()
            }
            (Some(k), _) => *k.get_ref(),
        }
    }

    fn template(
        &mut self,
        value: Option<&Spanned<String>>,
        which: &str,
        placeholder: &str,
        default: &str,
    ) -> String {
        let Some(value) = value else {
            return default.to_string();
        };
        let text = self.text(value, &format!("`headings.{which}`"));
        let others = text.replace(placeholder, "");
        if !text.contains(placeholder) || others.contains('{') || others.contains('}') {
            self.push(
                Diagnostic::error(
                    Code::InvalidSchema,
                    format!(
                        "`headings.{which}` must hold `{placeholder}` and no other placeholder"
                    ),
                )
                .at(value.span())
                .with_help(format!("for example `{default}`")),
            );
        }
        text
    }

    fn word_limit(&mut self, value: &Spanned<i64>) -> Option<usize> {
        match usize::try_from(*value.get_ref()) {
            Ok(n) if n > 0 => Some(n),
            _ => {
                self.push(
                    Diagnostic::error(Code::InvalidSchema, "`comments.max_words` must be positive")
                        .at(value.span())
                        .with_help(
                            "give the limit in words, e.g. `max_words = 200`, or remove the key",
                        ),
                );
                None
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MINIMAL: &str = r#"
id = "t"
version = "1"
title = "Test"
[answer]
question = "Q"
yes = "Yes"
no = "No"
[[issues]]
numeral = "A"
title = "First"
[[issues.recommendations]]
label = "a"
text = "Do it."
"#;

    fn codes(text: &str) -> Vec<&'static str> {
        match build(text) {
            Ok(_) => vec![],
            Err(list) => list.iter().map(|d| d.code.as_str()).collect(),
        }
    }

    #[test]
    fn a_minimal_schema_builds_with_defaults() {
        let schema = build(MINIMAL).unwrap();
        assert_eq!(schema.item_ids().collect::<Vec<_>>(), ["A.a"]);
        assert_eq!(schema.headings.recommendation, "Recommendation {label}");
        assert_eq!(schema.comments.when_yes, CommentRule::Optional);
        assert!(schema.respondent.is_empty());
    }

    #[test]
    fn bad_toml_is_invalid_schema_with_a_place() {
        let list = build("id = \"t\"\nversion = \n").unwrap_err();
        assert_eq!(list[0].code, Code::InvalidSchema);
        assert!(list[0].span.is_some());
    }

    #[test]
    fn unknown_keys_are_named() {
        let text = MINIMAL.replace("question = \"Q\"", "question = \"Q\"\nquestoin = \"R\"");
        let list = build(&text).unwrap_err();
        assert!(
            list[0].message.contains("unknown key `questoin`"),
            "{}",
            list[0].message
        );
        assert!(list[0].span.is_some());
    }

    #[test]
    fn an_unknown_rule_is_refused() {
        let text = format!("{MINIMAL}\n[comments]\nwhen_yes = \"mandatory\"\n");
        let list = build(&text).unwrap_err();
        assert!(
            list[0].message.contains("unknown rule `mandatory`"),
            "{}",
            list[0].message
        );
    }

    #[test]
    fn duplicate_ids_and_empty_texts_are_all_reported() {
        let text = format!(
            "{MINIMAL}\n[[issues.recommendations]]\nlabel = \"a\"\ntext = \"  \"\n[[issues]]\nnumeral = \"A\"\ntitle = \"\"\n[[issues.recommendations]]\nlabel = \"b\"\ntext = \"x\"\n"
        );
        let found = codes(&text);
        assert_eq!(
            found.iter().filter(|c| **c == "duplicate-id").count(),
            2,
            "{found:?}"
        );
        assert_eq!(
            found.iter().filter(|c| **c == "empty-text").count(),
            2,
            "{found:?}"
        );
    }

    #[test]
    fn ids_cannot_hold_dots_or_spaces() {
        let text = MINIMAL.replace("label = \"a\"", "label = \"a b\"");
        assert_eq!(codes(&text), ["invalid-schema"]);
    }

    #[test]
    fn heading_templates_need_their_placeholder() {
        let text = format!("{MINIMAL}\n[headings]\nrecommendation = \"Point {{numeral}}\"\n");
        assert_eq!(codes(&text), ["invalid-schema"]);
    }

    const FIELDS: &str = r#"
[[respondent]]
id = "pays"
label = "Pays"
role = "country"
[[respondent]]
id = "fecha"
label = "Fecha"
role = "date"
"#;

    #[test]
    fn roles_name_the_state_and_the_date_whatever_the_ids() {
        let schema = build(&format!("{MINIMAL}{FIELDS}")).unwrap();
        assert_eq!(schema.field_with(Role::Country).unwrap().id, "pays");
        let date = schema.field_with(Role::Date).unwrap();
        assert_eq!(date.id, "fecha");
        assert_eq!(date.kind, FieldKind::Date, "the date role implies the kind");
        assert!(build(MINIMAL).unwrap().field_with(Role::Country).is_none());
    }

    #[test]
    fn a_role_is_given_once_and_fits_its_kind() {
        let twice = format!("{MINIMAL}{FIELDS}").replace("role = \"date\"", "role = \"country\"");
        assert_eq!(codes(&twice), ["duplicate-id"]);
        let email = format!("{MINIMAL}{FIELDS}")
            .replace("role = \"date\"", "role = \"date\"\nkind = \"email\"");
        assert_eq!(codes(&email), ["invalid-schema"]);
        let unknown =
            format!("{MINIMAL}{FIELDS}").replace("role = \"date\"", "role = \"deadline\"");
        assert_eq!(codes(&unknown), ["invalid-schema"]);
    }

    #[test]
    fn a_zero_word_limit_is_refused() {
        let text = format!("{MINIMAL}\n[comments]\nmax_words = 0\n");
        assert_eq!(codes(&text), ["invalid-schema"]);
    }
}
