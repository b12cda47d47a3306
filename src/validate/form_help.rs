//! The help under a finding says what to do in the file at hand. The rules
//! speak of a reply's tree (`set action_taken`, `add country under
//! respondent`); in a form (plain text, Markdown, Word) or a spreadsheet
//! that advice cannot be followed, so it is said again in the form's terms.

use crate::diagnostic::{Code, Diagnostic};
use crate::formats::Format;
use crate::i18n::t;
use crate::schema::Schema;

/// Rewrites the help of the findings about missing things for `format`.
pub(crate) fn adapt(format: Format, schema: &Schema, diagnostics: &mut [Diagnostic]) {
    if format.holds_any_reply() {
        return;
    }
    for d in diagnostics {
        let help = match (d.code, format) {
            (Code::MissingAnswer, Format::Csv) => t!("validate-form-csv-answer-help"),
            (Code::MissingAnswer, _) => t!(
                "validate-form-answer-help",
                yes = &schema.answer.yes,
                no = &schema.answer.no
            ),
            (Code::MissingComment, Format::Csv) => t!("validate-form-csv-comment-help"),
            (Code::MissingComment, _) => t!(
                "validate-form-comment-help",
                label = schema.comments.label.trim_end_matches(':')
            ),
            (Code::MissingRespondentField, Format::Csv) => match &d.id {
                Some(id) => t!("validate-form-csv-field-help", id = id.as_str()),
                None => continue,
            },
            (Code::MissingRespondentField, _) => {
                let label =
                    d.id.as_deref()
                        .and_then(|id| schema.respondent.iter().find(|f| f.id == id))
                        .map(|f| f.label.clone());
                match label {
                    Some(label) => t!("validate-form-field-help", label = label),
                    None => continue,
                }
            }
            _ => continue,
        };
        d.help = Some(help);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn missing(code: Code, id: &str) -> Diagnostic {
        Diagnostic::error(code, "missing")
            .with_id(id)
            .with_help("set `action_taken`")
    }

    #[test]
    fn forms_get_advice_in_their_own_terms_and_replies_keep_theirs() {
        let schema = Schema::honlea();
        let mut found = vec![
            missing(Code::MissingAnswer, "I.1"),
            missing(Code::MissingRespondentField, "country"),
            missing(Code::MissingComment, "I.2"),
        ];
        adapt(Format::Json, &schema, &mut found);
        assert_eq!(found[0].help.as_deref(), Some("set `action_taken`"));
        adapt(Format::Txt, &schema, &mut found);
        assert!(
            found[0]
                .help
                .as_deref()
                .unwrap()
                .starts_with("mark YES or NO")
        );
        assert_eq!(
            found[1].help.as_deref(),
            Some("fill in 'Name of country:' at the top of the form")
        );
        assert_eq!(
            found[2].help.as_deref(),
            Some("write what was done under 'Comments'")
        );
        adapt(Format::Csv, &schema, &mut found);
        assert_eq!(found[1].help.as_deref(), Some("fill the `country` column"));
    }
}
