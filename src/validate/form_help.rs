//! The help under a finding says what to do in the file at hand. The rules
//! speak of a reply's tree (`set action_taken`, `add country under
//! respondent`); in a form (plain text, Markdown, Word) or a spreadsheet
//! that advice cannot be followed, so it is said again in the form's terms.

use crate::diagnostic::{Code, Diagnostic};
use crate::formats::Format;
use crate::schema::Schema;

/// Rewrites the help of the findings about missing things for `format`.
pub(crate) fn adapt(format: Format, schema: &Schema, diagnostics: &mut [Diagnostic]) {
    if format.holds_any_reply() {
        return;
    }
    for d in diagnostics {
        let help = match (d.code, format) {
            (Code::MissingAnswer, Format::Csv) => {
                "write yes or no in the `action_taken` column of this row".to_string()
            }
            (Code::MissingAnswer, _) => format!(
                "mark {} or {} on this line (☒ {} ☐ {}, or delete the other word), \
                 or convert the form to JSON and answer with `qnr fill --only-missing`",
                schema.answer.yes, schema.answer.no, schema.answer.yes, schema.answer.no
            ),
            (Code::MissingComment, Format::Csv) => {
                "write what was done in the `comments` column of this row".to_string()
            }
            (Code::MissingComment, _) => format!(
                "write what was done under '{}'",
                schema.comments.label.trim_end_matches(':')
            ),
            (Code::MissingRespondentField, Format::Csv) => match &d.id {
                Some(id) => format!("fill the `{id}` column"),
                None => continue,
            },
            (Code::MissingRespondentField, _) => {
                let label =
                    d.id.as_deref()
                        .and_then(|id| schema.respondent.iter().find(|f| f.id == id))
                        .map(|f| f.label.clone());
                match label {
                    Some(label) => format!("fill in '{label}:' at the top of the form"),
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
