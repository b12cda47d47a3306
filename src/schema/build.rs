//! Turns the raw TOML into a checked [`Schema`], collecting every problem
//! (with its place) rather than stopping at the first.

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use toml::Spanned;

use super::raw::{CommentRule, RawSchema, RawText, Text};
use super::{
    AnswerSpec, CommentSpec, Field, FieldKind, Headings, Issue, Recommendation, Role, Schema,
};
use crate::diagnostic::{Code, Diagnostic};
use crate::i18n::{Lang, t, t_in};

/// Longest id part (numeral, label, field id) a schema may use.
const MAX_ID_LEN: usize = 32;

pub(super) fn build(text: &str) -> Result<Schema, Vec<Diagnostic>> {
    let raw: RawSchema = toml::from_str(text).map_err(|e| vec![toml_error(&e)])?;
    let mut problems = Problems::default();
    let language = problems.languages(&raw);
    // One checked schema per language; a problem found in every pass (a
    // duplicate numeral) is reported once.
    let mut built: Vec<Schema> = problems
        .languages
        .clone()
        .into_iter()
        .map(|lang| build_in(&raw, lang, language, &mut problems))
        .collect();
    if !problems.list.is_empty() {
        return Err(problems.list);
    }
    let first = built
        .iter()
        .position(|s| s.texts_in == language)
        .unwrap_or(0);
    let mut schema = built.remove(first);
    schema.translations = built;
    Ok(schema)
}

/// The schema with its texts in `lang`.
fn build_in(raw: &RawSchema, lang: Lang, language: Lang, problems: &mut Problems) -> Schema {
    let id = problems.id_text(&raw.id, What::Key("id"));
    let version = problems.plain_text(&raw.version, What::Key("version"));
    let title = problems.text(&raw.title, What::Key("title"), lang);
    let guidance = raw
        .guidance
        .as_ref()
        .map(|g| problems.text_or_empty(g, What::Key("guidance"), lang));

    let default_issue = t_in!(lang, "schema-default-issue-heading");
    let default_recommendation = t_in!(lang, "schema-default-recommendation-heading");
    let headings = match &raw.headings {
        Some(h) => Headings {
            issue: problems.template(h.issue.as_ref(), "issue", "{numeral}", &default_issue, lang),
            recommendation: problems.template(
                h.recommendation.as_ref(),
                "recommendation",
                "{label}",
                &default_recommendation,
                lang,
            ),
        },
        None => Headings {
            issue: default_issue,
            recommendation: default_recommendation,
        },
    };

    let answer = AnswerSpec {
        question: problems.text(&raw.answer.question, What::Key("answer.question"), lang),
        yes: problems.text(&raw.answer.yes, What::Key("answer.yes"), lang),
        no: problems.text(&raw.answer.no, What::Key("answer.no"), lang),
        lang,
    };
    if answer.yes.to_lowercase() == answer.no.to_lowercase() && !answer.yes.is_empty() {
        problems.push(
            Diagnostic::error(Code::DuplicateId, t!("schema-check-choices-alike"))
                .at(raw.answer.no.span())
                .with_help(t!("schema-check-choices-alike-help")),
        );
    }

    let default_label = || t_in!(lang, "schema-default-comments-label");
    let comments = match &raw.comments {
        Some(c) => CommentSpec {
            label: c.label.as_ref().map_or_else(default_label, |l| {
                problems.text(l, What::Key("comments.label"), lang)
            }),
            when_yes: c.when_yes.unwrap_or(CommentRule::Optional),
            when_no: c.when_no.unwrap_or(CommentRule::Optional),
            max_words: c.max_words.as_ref().and_then(|m| problems.word_limit(m)),
        },
        None => CommentSpec {
            label: default_label(),
            when_yes: CommentRule::Optional,
            when_no: CommentRule::Optional,
            max_words: None,
        },
    };

    let mut field_ids: HashMap<String, Range<usize>> = HashMap::new();
    let mut roles: HashMap<String, Range<usize>> = HashMap::new();
    let mut respondent = Vec::with_capacity(raw.respondent.len());
    for field in &raw.respondent {
        let id = problems.id_text(&field.id, What::FieldId);
        problems.unique(&mut field_ids, &id, field.id.span(), What::FieldId);
        let role = field.role.as_ref().map(|r| {
            problems.unique_role(&mut roles, *r.get_ref(), r.span());
            *r.get_ref()
        });
        respondent.push(Field {
            id,
            label: problems.text(&field.label, What::FieldLabel, lang),
            required: field.required,
            kind: problems.kind_for_role(field.kind.as_ref(), field.role.as_ref()),
            role,
        });
    }

    let mut issues = Vec::with_capacity(raw.issues.get_ref().len());
    let mut numerals: HashMap<String, Range<usize>> = HashMap::new();
    if raw.issues.get_ref().is_empty() {
        problems.push(
            Diagnostic::error(Code::EmptyText, t!("schema-check-no-issues"))
                .at(raw.issues.span())
                .with_help(t!("schema-check-no-issues-help")),
        );
    }
    for raw_issue in raw.issues.get_ref() {
        let numeral = problems.id_text(&raw_issue.numeral, What::IssueNumeral);
        problems.unique(
            &mut numerals,
            &numeral,
            raw_issue.numeral.span(),
            What::IssueNumeral,
        );
        let title = problems.text(&raw_issue.title, What::IssueTitle, lang);
        if raw_issue.recommendations.get_ref().is_empty() {
            problems.push(
                Diagnostic::error(
                    Code::EmptyText,
                    t!("schema-check-no-recommendations", numeral = &numeral),
                )
                .at(raw_issue.recommendations.span())
                .with_help(t!("schema-check-no-recommendations-help")),
            );
        }
        let mut labels: HashMap<String, Range<usize>> = HashMap::new();
        let mut recommendations = Vec::new();
        for raw_rec in raw_issue.recommendations.get_ref() {
            let label = problems.id_text(&raw_rec.label, What::RecLabel);
            problems.unique(&mut labels, &label, raw_rec.label.span(), What::RecLabel);
            recommendations.push(Recommendation {
                id: format!("{numeral}.{label}"),
                label,
                text: problems.text(&raw_rec.text, What::RecText, lang),
            });
        }
        issues.push(Issue {
            numeral,
            title,
            recommendations,
        });
    }

    let mut schema = Schema::from_parts(
        id, version, title, language, guidance, headings, answer, comments, respondent, issues,
    );
    schema.texts_in = lang;
    schema
}

/// A language code qnr does not know.
fn unknown_language(code: &str) -> Diagnostic {
    Diagnostic::error(
        Code::InvalidSchema,
        t!(
            "schema-check-unknown-language",
            code = code,
            languages = Lang::ALL.map(|l| format!("`{l}`")).join(", ")
        ),
    )
    .with_help(t!("schema-check-unknown-language-help"))
}

/// A TOML or serde error, with its place and a plainer wording where we
/// can: serde's `unknown field `x`, expected one of `a`, `b`` becomes an
/// unknown key and the keys allowed there, in the run's language.
fn toml_error(error: &toml::de::Error) -> Diagnostic {
    let message = error.message().trim().to_string();
    let named = |prefix: &str| -> Option<(String, String)> {
        let rest = message.strip_prefix(prefix)?;
        let mut quoted = rest.split('`').skip(1).step_by(2);
        let name = quoted.next()?.to_string();
        let list = quoted
            .map(|q| format!("`{q}`"))
            .collect::<Vec<_>>()
            .join(", ");
        Some((name, list))
    };
    let (text, help) = if let Some((key, list)) = named("unknown field ") {
        (
            t!("schema-check-unknown-key", key = key, list = list),
            t!("schema-check-unknown-key-help"),
        )
    } else if let Some((value, list)) = named("unknown variant ") {
        (
            t!("schema-check-unknown-value", value = value, list = list),
            t!("schema-check-unknown-value-help"),
        )
    } else if let Some((key, _)) = named("missing field ") {
        (
            t!("schema-check-missing-key", key = key),
            t!("schema-check-missing-key-help"),
        )
    } else {
        // The TOML reader's own description, which it gives in English.
        (message, t!("schema-check-toml-help"))
    };
    Diagnostic::error(Code::InvalidSchema, text)
        .at_opt(error.span())
        .with_help(help)
}

/// What a text or id of the schema is, for messages: a key of the file
/// (`answer.yes`), or a key of one of its tables.
#[derive(Clone, Copy, Debug)]
enum What {
    Key(&'static str),
    FieldId,
    FieldLabel,
    IssueNumeral,
    IssueTitle,
    RecLabel,
    RecText,
}

impl What {
    /// In words, only when a message needs it (every text of the schema
    /// has a `What`; few are wrong).
    fn describe(self) -> String {
        match self {
            What::Key(key) => format!("`{key}`"),
            What::FieldId => t!("schema-what-field-id"),
            What::FieldLabel => t!("schema-what-field-label"),
            What::IssueNumeral => t!("schema-what-issue-numeral"),
            What::IssueTitle => t!("schema-what-issue-title"),
            What::RecLabel => t!("schema-what-rec-label"),
            What::RecText => t!("schema-what-rec-text"),
        }
    }

    /// Two of them alike, as a finding.
    fn duplicate(self, id: &str) -> String {
        match self {
            What::IssueNumeral => t!("schema-check-duplicate-numeral", id = id),
            What::RecLabel => t!("schema-check-duplicate-label", id = id),
            _ => t!("schema-check-duplicate-field", id = id),
        }
    }
}

#[derive(Default)]
struct Problems {
    list: Vec<Diagnostic>,
    /// Each problem once: the schema is checked once per language.
    seen: HashSet<(Option<Range<usize>>, String)>,
    /// The schema's languages, its `language` first.
    languages: Vec<Lang>,
}

impl Problems {
    fn push(&mut self, d: Diagnostic) {
        if self.seen.insert((d.span.clone(), d.message.clone())) {
            self.list.push(d);
        }
    }

    /// The schema's languages (those its `title` is given in) and its
    /// `language`, which must be one of them; sets `self.languages`.
    fn languages(&mut self, raw: &RawSchema) -> Lang {
        let declared = raw.language.as_ref().map(|l| (self.language(l), l.span()));
        let mut languages = match raw.title.get_ref() {
            RawText::One(_) => vec![declared.as_ref().map_or(Lang::En, |(l, _)| *l)],
            RawText::Many(texts) => texts
                .iter()
                .filter_map(|(code, text)| {
                    let lang = Lang::ALL.into_iter().find(|l| l.code() == code);
                    if lang.is_none() {
                        self.push(unknown_language(code).at(text.span()));
                    }
                    lang
                })
                .collect(),
        };
        if languages.is_empty() {
            languages.push(Lang::En);
        }
        let language = match declared {
            Some((lang, span)) => {
                if !languages.contains(&lang) {
                    self.push(
                        Diagnostic::error(
                            Code::InvalidSchema,
                            t!("schema-check-language-not-in-title", lang = lang.code()),
                        )
                        .at(span)
                        .with_help(t!(
                            "schema-check-language-not-in-title-help",
                            lang = lang.code()
                        )),
                    );
                }
                lang
            }
            None if languages.contains(&Lang::En) => Lang::En,
            None => languages[0],
        };
        languages.sort_by_key(|l| *l != language);
        self.languages = languages;
        language
    }

    /// The schema's languages, for messages: `` `en`, `fr` ``.
    fn language_list(&self) -> String {
        self.languages
            .iter()
            .map(|l| format!("`{l}`"))
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// A language qnr speaks, by its code: `fr`.
    fn language(&mut self, value: &Spanned<String>) -> Lang {
        let code = value.get_ref().trim();
        match Lang::ALL.into_iter().find(|l| l.code() == code) {
            Some(lang) => lang,
            None => {
                self.push(unknown_language(code).at(value.span()));
                Lang::En
            }
        }
    }

    /// A text in `lang`: the one string of a single-language schema, or
    /// its `lang` line. Missing or empty is a problem.
    fn text(&mut self, value: &Text, what: What, lang: Lang) -> String {
        let Some(text) = self.translation(value, what, lang) else {
            return String::new();
        };
        if text.is_empty() {
            let at = match value.get_ref() {
                RawText::Many(texts) => texts
                    .iter()
                    .find(|(code, _)| code == lang.code())
                    .map_or(value.span(), |(_, t)| t.span()),
                RawText::One(_) => value.span(),
            };
            self.push(
                Diagnostic::error(
                    Code::EmptyText,
                    t!("schema-check-empty", what = what.describe()),
                )
                .at(at)
                .with_help(t!("schema-check-empty-help")),
            );
        }
        text
    }

    /// A text in `lang`, trimmed, which may be empty (`guidance`).
    fn text_or_empty(&mut self, value: &Text, what: What, lang: Lang) -> String {
        self.translation(value, what, lang).unwrap_or_default()
    }

    /// A text in `lang`, trimmed; `None` (and a problem) when it has none.
    fn translation(&mut self, value: &Text, what: What, lang: Lang) -> Option<String> {
        match value.get_ref() {
            RawText::One(text) => {
                if self.languages.len() > 1 {
                    self.push(
                        Diagnostic::error(
                            Code::InvalidSchema,
                            t!(
                                "schema-check-one-language",
                                what = what.describe(),
                                languages = self.language_list()
                            ),
                        )
                        .at(value.span())
                        .with_help(t!("schema-check-one-language-help")),
                    );
                }
                Some(text.trim().to_string())
            }
            RawText::Many(texts) => {
                for (code, text) in texts {
                    if !self.languages.iter().any(|l| l.code() == code) {
                        self.push(
                            Diagnostic::error(
                                Code::InvalidSchema,
                                t!(
                                    "schema-check-not-its-language",
                                    what = what.describe(),
                                    code = code,
                                    languages = self.language_list()
                                ),
                            )
                            .at(text.span())
                            .with_help(t!("schema-check-not-its-language-help")),
                        );
                    }
                }
                match texts.iter().find(|(code, _)| code == lang.code()) {
                    Some((_, text)) => Some(text.get_ref().trim().to_string()),
                    None => {
                        self.push(
                            Diagnostic::error(
                                Code::EmptyText,
                                t!(
                                    "schema-check-no-translation",
                                    what = what.describe(),
                                    lang = lang.code()
                                ),
                            )
                            .at(value.span())
                            .with_help(t!(
                                "schema-check-no-translation-help",
                                languages = self.language_list(),
                                lang = lang.code()
                            )),
                        );
                        None
                    }
                }
            }
        }
    }

    /// A text that is the same in every language (`version`).
    fn plain_text(&mut self, value: &Spanned<String>, what: What) -> String {
        let text = value.get_ref().trim();
        if text.is_empty() {
            self.push(
                Diagnostic::error(
                    Code::EmptyText,
                    t!("schema-check-empty", what = what.describe()),
                )
                .at(value.span())
                .with_help(t!("schema-check-empty-help")),
            );
        }
        text.to_string()
    }

    /// A text that becomes part of an id: no spaces, no dots, not too long.
    fn id_text(&mut self, value: &Spanned<String>, what: What) -> String {
        let text = self.plain_text(value, what);
        let bad = text
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || c == '.' || c == '"');
        if bad || text.chars().count() > MAX_ID_LEN {
            self.push(
                Diagnostic::error(
                    Code::InvalidSchema,
                    t!("schema-check-bad-id", what = what.describe(), text = &text),
                )
                .at(value.span())
                .with_help(t!("schema-check-bad-id-help", max = MAX_ID_LEN.to_string())),
            );
        }
        text
    }

    fn unique(
        &mut self,
        seen: &mut HashMap<String, Range<usize>>,
        id: &str,
        span: Range<usize>,
        what: What,
    ) {
        if id.is_empty() {
            return;
        }
        if seen.contains_key(id) {
            self.push(
                Diagnostic::error(Code::DuplicateId, what.duplicate(id))
                    .at(span)
                    .with_help(t!("schema-check-duplicate-help")),
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
        value: Option<&Text>,
        which: &str,
        placeholder: &str,
        default: &str,
        lang: Lang,
    ) -> String {
        let Some(value) = value else {
            return default.to_string();
        };
        let key = if which == "issue" {
            "headings.issue"
        } else {
            "headings.recommendation"
        };
        let text = self.text(value, What::Key(key), lang);
        let others = text.replace(placeholder, "");
        if !text.contains(placeholder) || others.contains('{') || others.contains('}') {
            self.push(
                Diagnostic::error(
                    Code::InvalidSchema,
                    t!(
                        "schema-check-template",
                        key = key,
                        placeholder = placeholder
                    ),
                )
                .at(value.span())
                .with_help(t!("schema-check-template-help", example = default)),
            );
        }
        text
    }

    fn word_limit(&mut self, value: &Spanned<i64>) -> Option<usize> {
        match usize::try_from(*value.get_ref()) {
            Ok(n) if n > 0 => Some(n),
            _ => {
                self.push(
                    Diagnostic::error(Code::InvalidSchema, t!("schema-check-max-words"))
                        .at(value.span())
                        .with_help(t!("schema-check-max-words-help")),
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
            list[0].message.contains("unknown value `mandatory`"),
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

    const BILINGUAL: &str = r#"
id = "t"
version = "1"
language = "fr"
title.en = "Test"
title.fr = "Essai"
[answer]
question.en = "Any action taken"
question.fr = "Mesures prises"
yes.en = "YES"
yes.fr = "OUI"
no.en = "NO"
no.fr = "NON"
[[respondent]]
id = "country"
label.en = "Country"
label.fr = "Pays"
[[issues]]
numeral = "A"
title.en = "First"
title.fr = "Premier"
[[issues.recommendations]]
label = "a"
text.en = "Do it."
text.fr = "Faites-le."
"#;

    #[test]
    fn a_schema_in_two_languages_builds_one_schema_per_language() {
        let schema = build(BILINGUAL).unwrap();
        assert_eq!(schema.language, Lang::Fr);
        assert_eq!(schema.texts_in, Lang::Fr);
        assert_eq!(schema.title, "Essai");
        assert_eq!(schema.languages().collect::<Vec<_>>(), [Lang::Fr, Lang::En]);
        // Defaults come in each language.
        assert_eq!(schema.comments.label, "Observations");
        assert_eq!(schema.headings.issue, "Question {numeral}");
        let english = schema.into_language(Lang::En);
        assert_eq!(english.title, "Test");
        assert_eq!(english.answer.yes, "YES");
        assert_eq!(english.respondent[0].label, "Country");
        assert_eq!(english.comments.label, "Comments");
        assert_eq!(
            english.languages().collect::<Vec<_>>(),
            [Lang::En, Lang::Fr]
        );
        // A language the schema lacks leaves it in its own.
        assert_eq!(english.into_language(Lang::Ru).texts_in, Lang::En);
    }

    #[test]
    fn a_single_language_schema_is_in_its_language() {
        let schema =
            build(&MINIMAL.replacen("title = ", "language = \"es\"\ntitle = ", 1)).unwrap();
        assert_eq!((schema.language, schema.texts_in), (Lang::Es, Lang::Es));
        assert_eq!(schema.headings.recommendation, "Recomendación {label}");
        assert_eq!(schema.languages().count(), 1);
    }

    #[test]
    fn a_missing_translation_is_reported_once_where_it_is_missing() {
        let text = BILINGUAL.replace("text.fr = \"Faites-le.\"\n", "");
        let list = build(&text).unwrap_err();
        assert_eq!(list.len(), 1, "{list:?}");
        assert_eq!(list[0].code, Code::EmptyText);
        assert!(
            list[0].message.contains("has no `fr` text"),
            "{}",
            list[0].message
        );
    }

    #[test]
    fn a_text_in_one_language_in_a_schema_of_two_is_refused() {
        let text = BILINGUAL.replace("yes.en = \"YES\"\nyes.fr = \"OUI\"", "yes = \"OUI\"");
        let list = build(&text).unwrap_err();
        assert_eq!(list.len(), 1, "{list:?}");
        assert!(
            list[0].message.contains("is in one language"),
            "{}",
            list[0].message
        );
    }

    #[test]
    fn languages_are_known_and_consistent() {
        let text = BILINGUAL.replace(
            "text.fr = \"Faites-le.\"",
            "text.fr = \"Faites-le.\"\ntext.de = \"Tun.\"",
        );
        let list = build(&text).unwrap_err();
        assert!(
            list[0].message.contains("given in `de`"),
            "{}",
            list[0].message
        );
        let text = BILINGUAL.replace("language = \"fr\"", "language = \"es\"");
        let list = build(&text).unwrap_err();
        assert!(
            list[0].message.contains("`title` is not given in it"),
            "{}",
            list[0].message
        );
        let text = BILINGUAL.replace("title.fr = \"Essai\"", "title.xx = \"Essai\"");
        assert!(
            build(&text).unwrap_err()[0]
                .message
                .contains("unknown language `xx`")
        );
    }
}
