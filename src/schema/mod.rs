//! The questionnaire: issues, recommendations, the YES/NO question, the
//! comment rule and the respondent fields. Read from TOML (`raw`), checked
//! into a [`Schema`] (`build`). No I/O and no colour here: reading the file
//! is the commands' job, printing it `qnr schema show`'s.

mod advice;
mod build;
pub(crate) mod json_schema;
pub(crate) mod keys;
mod raw;
mod role;
pub(crate) mod vocabulary;
pub(crate) mod write;

use std::collections::HashMap;

pub use crate::values::FieldKind;
pub(crate) use advice::advice;
pub use raw::CommentRule;
pub use role::Role;

use crate::diagnostic::Findings;
use crate::i18n::Lang;

/// The embedded default: the HONLEA questionnaire.
pub const HONLEA_TOML: &str = include_str!("../../schema/honlea.toml");

/// A checked questionnaire. Every id is unique and every text non-empty.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Schema {
    pub id: String,
    pub version: String,
    pub title: String,
    /// The schema's own language (`language`, default `en`): the run's
    /// language when the person named none, and the language of its texts
    /// when the run's language is not one of the schema's.
    pub language: Lang,
    /// The language the texts of this value are in.
    pub texts_in: Lang,
    /// The same questionnaire in its other languages, for the readers of
    /// forms, which read a form written in any of them.
    translations: Vec<Schema>,
    pub guidance: Option<String>,
    pub headings: Headings,
    pub answer: AnswerSpec,
    pub comments: CommentSpec,
    pub respondent: Vec<Field>,
    pub issues: Vec<Issue>,
    index: HashMap<String, (usize, usize)>,
}

/// How the printed form heads issues and recommendations.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Headings {
    /// Holds `{numeral}`: `Issue {numeral}` prints `Issue II`.
    pub issue: String,
    /// Holds `{label}`: `Recommendation {label}` prints `Recommendation 4`.
    pub recommendation: String,
}

/// The question asked of every recommendation and its choices as printed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AnswerSpec {
    pub question: String,
    pub yes: String,
    pub no: String,
    /// The language of these texts, for their punctuation.
    pub(crate) lang: Lang,
}

impl AnswerSpec {
    /// The question as a prompt: `Any action taken?` (a question mark is
    /// added unless the printed question already ends in punctuation, as
    /// the question's language writes it: `Mesures prises ?` with a narrow
    /// no-break space, `¿Medidas adoptadas?`).
    pub fn question_prompt(&self) -> String {
        let question = &self.question;
        if question.ends_with(['?', ':', '.', '？']) {
            return question.clone();
        }
        match self.lang {
            Lang::Fr => format!("{question}\u{202f}?"),
            Lang::Es if !question.starts_with('¿') => format!("¿{question}?"),
            _ => format!("{question}?"),
        }
    }
}

/// The answer to the questionnaire's question ("Any action taken"): part
/// of its vocabulary, as [`AnswerSpec`] prints it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Choice {
    Yes,
    No,
}

impl Choice {
    pub fn as_str(self) -> &'static str {
        match self {
            Choice::Yes => "yes",
            Choice::No => "no",
        }
    }

    /// Exactly `yes` or `no`, as files store them.
    pub fn parse(text: &str) -> Option<Choice> {
        match text {
            "yes" => Some(Choice::Yes),
            "no" => Some(Choice::No),
            _ => None,
        }
    }

    /// The label the schema prints for this choice (`YES`).
    pub fn label(self, schema: &Schema) -> &str {
        match self {
            Choice::Yes => &schema.answer.yes,
            Choice::No => &schema.answer.no,
        }
    }
}

/// What goes with an answer: the comment's label, when it is needed, how long.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CommentSpec {
    pub label: String,
    pub when_yes: CommentRule,
    pub when_no: CommentRule,
    pub max_words: Option<usize>,
}

impl CommentSpec {
    pub fn rule_for(&self, choice: Choice) -> CommentRule {
        match choice {
            Choice::Yes => self.when_yes,
            Choice::No => self.when_no,
        }
    }

    /// What the comment after `choice` must be, for prompts:
    /// `expected, at most 200 words`.
    pub fn describe(&self, choice: Choice) -> String {
        let limit = self
            .max_words
            .map(|m| format!(", at most {m} words"))
            .unwrap_or_default();
        format!("{}{limit}", self.rule_for(choice).as_str())
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Field {
    pub id: String,
    pub label: String,
    pub required: bool,
    pub kind: FieldKind,
    /// What the field means to qnr: the State, the date of submission.
    pub role: Option<Role>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Issue {
    pub numeral: String,
    pub title: String,
    pub recommendations: Vec<Recommendation>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recommendation {
    /// `<issue numeral>.<label>`, e.g. `II.4`.
    pub id: String,
    pub label: String,
    pub text: String,
}

/// A recommendation together with where it stands in the questionnaire.
#[derive(Clone, Copy, Debug)]
pub struct Item<'a> {
    pub issue: &'a Issue,
    pub recommendation: &'a Recommendation,
    /// Position of the issue, from 0.
    pub issue_index: usize,
    /// Position within the issue, from 0.
    pub index_in_issue: usize,
    /// Position in the whole questionnaire, from 0.
    pub ordinal: usize,
}

impl Schema {
    /// The embedded HONLEA questionnaire.
    pub fn honlea() -> Schema {
        // The embedded file is checked by a unit test, so this cannot fail at run time.
        Schema::from_toml(HONLEA_TOML, "embedded honlea.toml")
            .unwrap_or_else(|e| unreachable!("the embedded schema is invalid: {e:?}"))
    }

    /// Parses and checks a schema; `origin` names it in messages. The
    /// findings hold every problem found in it.
    pub fn from_toml(text: &str, origin: &str) -> Result<Schema, Findings> {
        build::build(text).map_err(|mut diagnostics| {
            crate::diagnostic::locate(&mut diagnostics, Some(text));
            Findings {
                path: origin.into(),
                text: Some(text.to_string()),
                diagnostics,
                unreadable: false,
            }
        })
    }

    /// The schema with its texts in `lang` when it has them, else as it is
    /// (in its own `language`).
    pub fn into_language(mut self, lang: Lang) -> Schema {
        let Some(i) = self.translations.iter().position(|s| s.texts_in == lang) else {
            return self;
        };
        let mut chosen = self.translations.swap_remove(i);
        chosen.translations = std::mem::take(&mut self.translations);
        chosen.translations.push(self);
        chosen.translations.sort_by_key(|s| s.texts_in);
        chosen
    }

    /// The languages the schema's texts are given in, this value's first.
    pub fn languages(&self) -> impl Iterator<Item = Lang> + '_ {
        self.in_every_language().map(|s| s.texts_in)
    }

    /// This schema, then the same questionnaire in each of its other languages.
    pub fn in_every_language(&self) -> impl Iterator<Item = &Schema> + '_ {
        std::iter::once(self).chain(&self.translations)
    }

    /// A respondent value as people read it: `yes` and `no` in a yes-no
    /// field shown as the answer's labels (`OUI`, `NON`), anything else as is.
    pub fn field_shown<'a>(&'a self, id: &str, value: &'a str) -> &'a str {
        match (self.field(id), Choice::parse(value)) {
            (Some(field), Some(choice)) if field.kind == FieldKind::YesNo => choice.label(self),
            _ => value,
        }
    }

    /// YES or NO written as a person writes it in any of the schema's
    /// languages, whatever the case: `OUI`, `sí`, `Да`, `yes`.
    pub fn yes_no(&self, text: &str) -> Option<Choice> {
        let text = text.trim().to_lowercase();
        if let Some(choice) = Choice::parse(&text) {
            return Some(choice);
        }
        self.in_every_language().find_map(|s| {
            [Choice::Yes, Choice::No]
                .into_iter()
                .find(|c| c.label(s).to_lowercase() == text)
        })
    }

    /// A schema read from JSON with the keys of the TOML (`qnr schema show
    /// --format json` writes it): turned into TOML and checked as one.
    pub fn from_json(text: &str, origin: &str) -> Result<Schema, Findings> {
        let tree: Result<toml::Table, String> = serde_json::from_str::<serde_json::Value>(text)
            .map_err(|e| format!("{e}"))
            .and_then(|v| toml::Table::try_from(v).map_err(|e| format!("{e}")));
        let toml = tree.and_then(|t| toml::to_string(&t).map_err(|e| format!("{e}")));
        match toml {
            Ok(toml) => Schema::from_toml(&toml, origin),
            Err(message) => Err(Findings {
                path: origin.into(),
                text: Some(String::new()),
                diagnostics: vec![
                    crate::diagnostic::Diagnostic::error(
                        crate::diagnostic::Code::InvalidSchema,
                        message,
                    )
                    .with_help(crate::i18n::t!("schema-json-help")),
                ],
                unreadable: false,
            }),
        }
    }

    /// A schema of its parts, indexed. `build` gives it parts it has
    /// checked; the importer and `init` write theirs as TOML and read it
    /// back, which checks them.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn from_parts(
        id: String,
        version: String,
        title: String,
        language: Lang,
        guidance: Option<String>,
        headings: Headings,
        answer: AnswerSpec,
        comments: CommentSpec,
        respondent: Vec<Field>,
        issues: Vec<Issue>,
    ) -> Schema {
        let mut index = HashMap::new();
        for (i, issue) in issues.iter().enumerate() {
            for (r, rec) in issue.recommendations.iter().enumerate() {
                index.entry(rec.id.clone()).or_insert((i, r));
            }
        }
        Schema {
            id,
            version,
            title,
            language,
            texts_in: language,
            translations: Vec::new(),
            guidance,
            headings,
            answer,
            comments,
            respondent,
            issues,
            index,
        }
    }

    /// Every recommendation in questionnaire order.
    pub fn items(&self) -> impl Iterator<Item = Item<'_>> + '_ {
        self.issues
            .iter()
            .enumerate()
            .flat_map(|(issue_index, issue)| {
                issue.recommendations.iter().enumerate().map(
                    move |(index_in_issue, recommendation)| {
                        (issue_index, issue, index_in_issue, recommendation)
                    },
                )
            })
            .enumerate()
            .map(
                |(ordinal, (issue_index, issue, index_in_issue, recommendation))| Item {
                    issue,
                    recommendation,
                    issue_index,
                    index_in_issue,
                    ordinal,
                },
            )
    }

    /// The number of recommendations.
    pub fn item_count(&self) -> usize {
        self.index.len()
    }

    /// The recommendation with this id.
    pub fn item(&self, id: &str) -> Option<Item<'_>> {
        let &(issue_index, index_in_issue) = self.index.get(id)?;
        let issue = &self.issues[issue_index];
        let ordinal = self.issues[..issue_index]
            .iter()
            .map(|i| i.recommendations.len())
            .sum::<usize>()
            + index_in_issue;
        Some(Item {
            issue,
            recommendation: &issue.recommendations[index_in_issue],
            issue_index,
            index_in_issue,
            ordinal,
        })
    }

    pub fn has_item(&self, id: &str) -> bool {
        self.index.contains_key(id)
    }

    /// Recommendation ids in questionnaire order.
    pub fn item_ids(&self) -> impl Iterator<Item = &str> + '_ {
        self.items().map(|item| item.recommendation.id.as_str())
    }

    pub fn field(&self, id: &str) -> Option<&Field> {
        self.respondent.iter().find(|f| f.id == id)
    }

    /// The respondent field with this role (at most one has it): where a
    /// reply names its State or its date of submission.
    pub fn field_with(&self, role: Role) -> Option<&Field> {
        self.respondent.iter().find(|f| f.role == Some(role))
    }

    /// `Issue II`.
    pub fn issue_heading(&self, issue: &Issue) -> String {
        self.headings.issue.replace("{numeral}", &issue.numeral)
    }

    /// `Recommendation 4`.
    pub fn recommendation_heading(&self, recommendation: &Recommendation) -> String {
        self.headings
            .recommendation
            .replace("{label}", &recommendation.label)
    }

    /// `Issue II, Recommendation 4 (II.4)`: how messages name an item.
    pub fn item_name(&self, id: &str) -> String {
        match self.item(id) {
            Some(item) => format!(
                "{}, {} ({})",
                self.issue_heading(item.issue),
                self.recommendation_heading(item.recommendation),
                id
            ),
            None => format!("`{id}`"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_schema_is_valid() {
        let result = Schema::from_toml(HONLEA_TOML, "embedded");
        assert!(result.is_ok(), "{result:?}");
    }

    #[test]
    fn honlea_has_four_issues_and_sixteen_recommendations() {
        let schema = Schema::honlea();
        assert_eq!(schema.id, "honlea");
        assert_eq!(schema.issues.len(), 4);
        assert_eq!(schema.item_count(), 16);
        let ids: Vec<&str> = schema.item_ids().collect();
        assert_eq!(ids.first(), Some(&"I.1"));
        assert_eq!(ids.last(), Some(&"IV.4"));
        assert_eq!(
            ids.iter().filter(|id| id.starts_with("II.")).count(),
            6,
            "issue II has six recommendations"
        );
    }

    #[test]
    fn honlea_respondent_fields_have_the_design_ids() {
        let schema = Schema::honlea();
        let ids: Vec<&str> = schema.respondent.iter().map(|f| f.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "country",
                "date",
                "contact",
                "organization",
                "address",
                "telephone",
                "email",
                "publish"
            ]
        );
        assert!(schema.field("country").unwrap().required);
        assert!(schema.field("date").unwrap().required);
        assert_eq!(schema.field("date").unwrap().kind, FieldKind::Date);
        assert_eq!(schema.field("email").unwrap().kind, FieldKind::Email);
        assert_eq!(schema.field("publish").unwrap().kind, FieldKind::YesNo);
    }

    #[test]
    fn honlea_comment_rule_expects_a_comment_on_yes_of_at_most_200_words() {
        let schema = Schema::honlea();
        assert_eq!(schema.answer.question, "Any action taken");
        assert_eq!(
            (schema.answer.yes.as_str(), schema.answer.no.as_str()),
            ("YES", "NO")
        );
        assert_eq!(schema.comments.label, "Comments");
        assert_eq!(schema.comments.when_yes, CommentRule::Expected);
        assert_eq!(schema.comments.when_no, CommentRule::Optional);
        assert_eq!(schema.comments.max_words, Some(200));
    }

    #[test]
    fn items_are_named_by_issue_number_and_id() {
        let schema = Schema::honlea();
        assert_eq!(
            schema.item_name("II.4"),
            "Issue II, Recommendation 4 (II.4)"
        );
        let item = schema.item("III.2").unwrap();
        assert_eq!(item.ordinal, 10);
        assert_eq!(item.index_in_issue, 1);
        assert_eq!(item.issue.numeral, "III");
    }

    /// The texts are those of the seed reply, character for character.
    #[test]
    fn honlea_texts_match_the_printed_form() {
        let schema = Schema::honlea();
        let i1 = schema.item("I.1").unwrap().recommendation;
        assert!(
            i1.text
                .starts_with("Governments should be encouraged to ensure")
        );
        assert!(
            i1.text
                .ends_with("the related use of the Internet for illicit trafficking.")
        );
        let iv3 = schema.item("IV.3").unwrap().recommendation;
        assert!(iv3.text.contains("Global Programme against Money-Laundering of the United Nations Office on Drugs and Crime (UNODC)"));
        assert_eq!(
            schema.issues[1].title,
            "Alternatives to imprisonment for certain offences as demand reduction strategies that promote public health and public safety"
        );
    }
}
