//! The schema file exactly as written: serde structs that reject unknown keys
//! and keep the place of every value, so [`super::build`] can point at it.

use serde::Deserialize;
use serde::de::{Deserializer, MapAccess, Visitor};
use toml::Spanned;

use super::Role;
use crate::values::FieldKind;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawSchema {
    pub id: Spanned<String>,
    pub version: Spanned<String>,
    pub title: Text,
    /// The language the texts are written in: `en` (the default), `fr`, `es`, `ru`.
    #[serde(default)]
    pub language: Option<Spanned<String>>,
    #[serde(default)]
    pub guidance: Option<Text>,
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
    pub issue: Option<Text>,
    pub recommendation: Option<Text>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawAnswer {
    pub question: Text,
    pub yes: Text,
    pub no: Text,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawComments {
    pub label: Option<Text>,
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
    pub label: Text,
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
    pub title: Text,
    pub recommendations: Spanned<Vec<RawRecommendation>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawRecommendation {
    pub label: Spanned<String>,
    pub text: Text,
}

/// A text of the schema, where it stands in the file.
pub(crate) type Text = Spanned<RawText>;

/// A text as written: one string, in the schema's `language`, or one per
/// language, written as dotted keys (`title.fr = "…"`), which TOML reads
/// as a table. One line per language keeps a translation's diff to its line.
#[derive(Debug)]
pub(crate) enum RawText {
    One(String),
    /// Language code and text, in file order.
    Many(Vec<(String, Spanned<String>)>),
}

impl<'de> Deserialize<'de> for RawText {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(TextVisitor)
    }
}

struct TextVisitor;

impl<'de> Visitor<'de> for TextVisitor {
    type Value = RawText;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a string, or one string per language (`fr = \"…\"`)")
    }

    fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<RawText, E> {
        Ok(RawText::One(text.to_string()))
    }

    fn visit_string<E: serde::de::Error>(self, text: String) -> Result<RawText, E> {
        Ok(RawText::One(text))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RawText, A::Error> {
        let mut texts = Vec::new();
        while let Some(lang) = map.next_key::<String>()? {
            texts.push((lang, map.next_value::<Spanned<String>>()?));
        }
        Ok(RawText::Many(texts))
    }
}
