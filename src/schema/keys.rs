//! Keys of a schema file that findings about the schema as a whole point
//! at (`qnr schema check`'s proof that its forms read back): where each is
//! in the file, and how a person names it.

use std::ops::Range;

use super::Schema;
use super::raw::{RawSchema, RawText, Text};
use crate::i18n::{Lang, t};

/// A key whose text the printed form shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Key {
    RecommendationHeading,
    Question,
    Yes,
    No,
    CommentsLabel,
    /// The label of the respondent field at this position.
    FieldLabel(usize),
    /// The label of a recommendation: issue and recommendation positions.
    Label(usize, usize),
}

impl Key {
    /// How a person finds it in the file: `answer.yes`, `the label of
    /// recommendation I.c`. `lang` is the language of the text at fault,
    /// named when the schema has several (`answer.yes.fr`).
    pub(crate) fn name(self, schema: &Schema, lang: Option<Lang>) -> String {
        let key = |key: &str| match lang {
            Some(lang) => format!("{key}.{}", lang.code()),
            None => key.to_string(),
        };
        match self {
            Key::RecommendationHeading => format!("`{}`", key("headings.recommendation")),
            Key::Question => format!("`{}`", key("answer.question")),
            Key::Yes => format!("`{}`", key("answer.yes")),
            Key::No => format!("`{}`", key("answer.no")),
            Key::CommentsLabel => format!("`{}`", key("comments.label")),
            Key::FieldLabel(i) => t!(
                "schema-import-key-name-field",
                key = key("label"),
                id = schema.respondent.get(i).map_or("", |f| f.id.as_str())
            ),
            // A recommendation's label is an id, the same in every language.
            Key::Label(i, r) => t!(
                "schema-import-key-name-rec",
                id = schema
                    .issues
                    .get(i)
                    .and_then(|issue| issue.recommendations.get(r))
                    .map_or("", |rec| rec.id.as_str())
            ),
        }
    }
}

/// Where `key`'s value is in `text`, the schema file it was read from: the
/// text in `lang` when the key gives one per language.
pub(crate) fn span(text: &str, key: Key, lang: Lang) -> Option<Range<usize>> {
    let raw: RawSchema = toml::from_str(text).ok()?;
    let at = |value: &Text| match value.get_ref() {
        RawText::Many(texts) => texts
            .iter()
            .find(|(code, _)| code == lang.code())
            .map_or(value.span(), |(_, t)| t.span()),
        RawText::One(_) => value.span(),
    };
    match key {
        Key::RecommendationHeading => raw.headings?.recommendation.as_ref().map(at),
        Key::Question => Some(at(&raw.answer.question)),
        Key::Yes => Some(at(&raw.answer.yes)),
        Key::No => Some(at(&raw.answer.no)),
        Key::CommentsLabel => raw.comments?.label.as_ref().map(at),
        Key::FieldLabel(i) => raw.respondent.get(i).map(|f| at(&f.label)),
        Key::Label(i, r) => raw
            .issues
            .get_ref()
            .get(i)?
            .recommendations
            .get_ref()
            .get(r)
            .map(|rec| rec.label.span()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_found_and_named() {
        let text = super::super::HONLEA_TOML;
        let schema = Schema::honlea();
        let at = |key| span(text, key, Lang::En).map(|s| &text[s]);
        assert_eq!(at(Key::Yes), Some("\"YES\""));
        assert_eq!(at(Key::Label(1, 3)), Some("\"4\""));
        assert_eq!(at(Key::FieldLabel(0)), Some("\"Name of country\""));
        assert_eq!(
            Key::Label(1, 3).name(&schema, None),
            "the `label` of recommendation `II.4`"
        );
        assert_eq!(span(text, Key::Label(9, 0), Lang::En), None);
    }

    #[test]
    fn a_text_in_several_languages_is_found_and_named_in_one() {
        let text = include_str!("../../examples/schemas/multilingual.toml");
        let schema = Schema::from_toml(text, "test").unwrap();
        let at = |key, lang| span(text, key, lang).map(|s| &text[s]);
        assert_eq!(at(Key::Yes, Lang::Fr), Some("\"OUI\""));
        assert_eq!(at(Key::No, Lang::Ru), Some("\"НЕТ\""));
        assert_eq!(Key::Yes.name(&schema, Some(Lang::Es)), "`answer.yes.es`");
        assert_eq!(
            Key::FieldLabel(0).name(&schema, Some(Lang::Fr)),
            "the `label.fr` of respondent field `country`"
        );
    }
}
