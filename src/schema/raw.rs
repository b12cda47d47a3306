//! The schema file exactly as written: serde structs that reject unknown keys
//! and keep the place of every value, so [`super::build`] can point at it.

use serde::Deserialize;
use toml::Spanned;

use super::Role;
use crate::values::FieldKind;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawSchema {
    pub id: Spanned<String>,
    pub version: Spanned<String>,
    pub title: Spanned<String>,
    /// The language the texts are written in: `en` (the default), `fr`, `es`, `ru`.
    #[serde(default)]
    pub language: Option<Spanned<String>>,
    #[serde(default)]
    pub guidance: Option<Spanned<String>>,
    #[serde(default)]
    pub headings: Option<RawHeadings>,
    pub answer: RawAnswer,
    #[serde(default)]
    pub comments: Option<RawComments>,
    #[serde(default)]
    pub respondent: Vec<RawField>,
    pub issues: Spanned<Vec<RawIssue>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawHeadings {
    pub issue: Option<Spanned<String>>,
    pub recommendation: Option<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawAnswer {
    pub question: Spanned<String>,
    pub yes: Spanned<String>,
    pub no: Spanned<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawComments {
    pub label: Option<Spanned<String>>,
    pub when_yes: Option<CommentRule>,
    pub when_no: Option<CommentRule>,
    pub max_words: Option<Spanned<i64>>,
}

/// Whether a comment must accompany an answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum CommentRule {
    /// Missing is an error.
    Required,
    /// Missing is a warning.
    Expected,
    /// Missing is fine.
    Optional,
}

impl CommentRule {
    /// The rule in a word, as the schema spells it: `expected`.
    pub fn as_str(self) -> &'static str {
        match self {
            CommentRule::Required => "required",
            CommentRule::Expected => "expected",
            CommentRule::Optional => "optional",
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawField {
    pub id: Spanned<String>,
    pub label: Spanned<String>,
    #[serde(default)]
    pub required: bool,
    /// Left out: `text`, or `date` for the field with `role = "date"`.
    #[serde(default)]
    pub kind: Option<Spanned<FieldKind>>,
    #[serde(default)]
    pub role: Option<Spanned<Role>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawIssue {
    pub numeral: Spanned<String>,
    pub title: Spanned<String>,
    pub recommendations: Spanned<Vec<RawRecommendation>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawRecommendation {
    pub label: Spanned<String>,
    pub text: Spanned<String>,
}
