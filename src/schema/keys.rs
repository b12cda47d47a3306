//! Keys of a schema file that findings about the schema as a whole point
//! at (`qnr schema check`'s proof that its forms read back): where each is
//! in the file, and how a person names it.

use std::ops::Range;

use super::Schema;
use super::raw::RawSchema;
use crate::i18n::t;

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
    /// recommendation I.c`.
    pub(crate) fn name(self, schema: &Schema) -> String {
        match self {
            Key::RecommendationHeading => "`headings.recommendation`".into(),
            Key::Question => "`answer.question`".into(),
            Key::Yes => "`answer.yes`".into(),
            Key::No => "`answer.no`".into(),
            Key::CommentsLabel => "`comments.label`".into(),
            Key::FieldLabel(i) => t!(
                "schema-import-key-name-field",
                id = schema.respondent.get(i).map_or("", |f| f.id.as_str())
            ),
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

/// Where `key`'s value is in `text`, the schema file it was read from.
pub(crate) fn span(text: &str, key: Key) -> Option<Range<usize>> {
    let raw: RawSchema = toml::from_str(text).ok()?;
    match key {
        Key::RecommendationHeading => raw.headings?.recommendation.map(|v| v.span()),
        Key::Question => Some(raw.answer.question.span()),
        Key::Yes => Some(raw.answer.yes.span()),
        Key::No => Some(raw.answer.no.span()),
        Key::CommentsLabel => raw.comments?.label.map(|v| v.span()),
        Key::FieldLabel(i) => raw.respondent.get(i).map(|f| f.label.span()),
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
        let at = |key| span(text, key).map(|s| &text[s]);
        assert_eq!(at(Key::Yes), Some("\"YES\""));
        assert_eq!(at(Key::Label(1, 3)), Some("\"4\""));
        assert_eq!(at(Key::FieldLabel(0)), Some("\"Name of country\""));
        assert_eq!(
            Key::Label(1, 3).name(&schema),
            "the `label` of recommendation `II.4`"
        );
        assert_eq!(span(text, Key::Label(9, 0)), None);
    }
}
