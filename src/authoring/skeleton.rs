//! `qnr schema init`: a schema to start from, in one of the four
//! languages: every key present and explained by a comment, the texts
//! placeholders in the form's language, two issues with their
//! recommendations, the usual respondent fields with their kinds and
//! roles. It passes `qnr schema check` as it is.

use crate::i18n::t;
use crate::schema::vocabulary::{CONCEPTS, Words, concept_of};
use crate::schema::write::{Explain, to_toml};
use crate::schema::{
    AnswerSpec, CommentRule, CommentSpec, Field, Headings, Issue, Recommendation, Schema,
};

/// The skeleton as TOML, its texts in `words`' language.
pub(crate) fn skeleton(words: &Words, id: &str) -> String {
    let fields = words
        .labels
        .iter()
        .map(|label| {
            let concept = concept_of(label).unwrap_or(&CONCEPTS[0]);
            Field {
                id: concept.id.to_string(),
                label: (*label).to_string(),
                required: concept.role.is_some(),
                kind: concept.kind,
                role: concept.role,
            }
        })
        .collect();
    let issue = |numeral: &str, labels: &[&str]| Issue {
        numeral: numeral.to_string(),
        title: format!("{} {numeral}", words.issue_title),
        recommendations: labels
            .iter()
            .map(|label| Recommendation {
                id: format!("{numeral}.{label}"),
                label: (*label).to_string(),
                text: words.recommendation_text.to_string(),
            })
            .collect(),
    };
    let schema = Schema::from_parts(
        id.to_string(),
        "1".to_string(),
        words.title.to_string(),
        words.lang(),
        Some(words.guidance.to_string()),
        Headings {
            issue: format!("{} {{numeral}}", words.issue[0]),
            recommendation: format!("{} {{label}}", words.recommendation[0]),
        },
        AnswerSpec {
            question: words.question.to_string(),
            yes: words.yes[0].to_string(),
            no: words.no[0].to_string(),
            lang: words.lang(),
        },
        CommentSpec {
            label: words.comments[0].to_string(),
            when_yes: CommentRule::Expected,
            when_no: CommentRule::Optional,
            max_words: Some(200),
        },
        fields,
        vec![issue("I", &["1", "2"]), issue("II", &["1"])],
    );
    to_toml(
        &schema,
        &[
            t!("schema-import-skeleton-intro"),
            t!("schema-import-skeleton-use"),
        ],
        Explain::Every,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schema::vocabulary::LANGUAGES;

    #[test]
    fn every_skeleton_is_a_valid_schema_without_warnings() {
        for words in LANGUAGES {
            let text = skeleton(words, "my-questionnaire");
            let schema = Schema::from_toml(&text, "skeleton")
                .unwrap_or_else(|e| panic!("{}: {:?}\n{text}", words.code, e.diagnostics));
            assert_eq!(crate::schema::advice(&schema), [], "{}", words.code);
            assert_eq!(schema.answer.yes, words.yes[0]);
            assert_eq!(schema.item_count(), 3);
            assert_eq!(schema.language.code(), words.code);
            let titles: Vec<&str> = schema.issues.iter().map(|i| i.title.as_str()).collect();
            assert_eq!(
                titles,
                [
                    format!("{} I", words.issue_title),
                    format!("{} II", words.issue_title)
                ],
                "each issue's placeholder title names its own numeral"
            );
        }
    }

    #[test]
    fn every_key_is_explained_where_it_first_comes() {
        let text = skeleton(&crate::schema::vocabulary::FRENCH, "q");
        let mut seen = std::collections::HashSet::new();
        // Keys written since the last comment: a comment may explain a
        // pair (`yes` and `no`, a recommendation's `label` and `text`).
        let mut since_comment = 0;
        let mut table = "";
        for line in text.lines() {
            if line.starts_with('#') {
                since_comment = 0;
            } else if line.starts_with('[') {
                table = line;
            } else if let Some((key, _)) = line.split_once(" = ") {
                let first = seen.insert(format!("{table}{key}"));
                assert!(
                    !first || since_comment <= 1,
                    "`{table}` `{key}` is not explained:\n{text}"
                );
                since_comment += 1;
            }
        }
        assert!(text.contains("Des mesures ont-elles été prises ?"));
        assert!(text.contains("role = \"country\""));
    }
}
