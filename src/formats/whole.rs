//! A reply read whole, or refused: what `convert`, `diff` and `fill` need
//! before they write, compare or save anything. One rule for all four
//! readers; the refusal says it in the words of each purpose.

use std::path::PathBuf;

use super::{Format, load_owned};
use crate::diagnostic::Findings;
use crate::error::{Error, Purpose, Unusable};
use crate::escape::terminal::one_line;
use crate::reply::Reply;
use crate::schema::Schema;

/// Reads the reply in `bytes` (the file `name`, in `format`) whole for
/// `purpose`, with what reading found. Refused: a file that could not be
/// parsed; one that would lose something, unless `purpose` takes what
/// could be read; a reply to another questionnaire; to fill, one to
/// another version.
pub(crate) fn read_whole(
    name: &str,
    format: Format,
    bytes: Vec<u8>,
    schema: &Schema,
    purpose: Purpose,
) -> Result<(Reply, Findings), Error> {
    let mut loaded = load_owned(format, bytes, schema);
    let path = PathBuf::from(name);
    let reply = loaded.reply.take();
    let why = match &reply {
        None => Some(Unusable::Unparsed),
        Some(_) if loaded.lossy && !purpose.takes_partial() => Some(Unusable::Lossy),
        Some(_) => None,
    };
    let findings = loaded.into_findings(name.to_string());
    let (Some(reply), None) = (reply, why) else {
        return Err(Error::Refused {
            purpose,
            path,
            why: why.unwrap_or(Unusable::Unparsed),
            findings: Box::new(findings),
        });
    };
    if let Some(q) = reply.questionnaire.as_deref().filter(|q| *q != schema.id) {
        return Err(Error::OtherQuestionnaire {
            purpose,
            path,
            found: one_line(q),
            expected: schema.id.clone(),
        });
    }
    if purpose.needs_same_version()
        && let Some(v) = reply.version.as_deref().filter(|v| *v != schema.version)
    {
        return Err(Error::OtherVersion {
            path,
            questionnaire: schema.id.clone(),
            found: one_line(v),
            expected: schema.version.clone(),
        });
    }
    Ok((reply, findings))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str, purpose: Purpose) -> Result<(Reply, Findings), Error> {
        read_whole(
            "r.json",
            Format::Json,
            text.into(),
            &Schema::honlea(),
            purpose,
        )
    }

    #[test]
    fn each_purpose_refuses_in_its_own_words() {
        let lossy = r#"{"questionnaire": "honlea", "version": "1", "answers": {"I.1": {"action_taken": "maybe"}}}"#;
        for (purpose, says) in [
            (
                Purpose::Convert,
                "`r.json` cannot be converted: part of it would be lost",
            ),
            (
                Purpose::Compare,
                "`r.json` cannot be compared: part of it could not be read",
            ),
            (
                Purpose::Fill,
                "`r.json` cannot be filled: saving would lose",
            ),
        ] {
            let err = read(lossy, purpose).unwrap_err();
            assert!(err.to_string().starts_with(says), "{err}");
            assert!(
                matches!(err, Error::Refused { findings, .. } if !findings.diagnostics.is_empty())
            );
        }
        // Last round's reply only offers defaults: what could be read is enough.
        let (reply, findings) = read(lossy, Purpose::CarryForward).unwrap();
        assert_eq!(reply.questionnaire.as_deref(), Some("honlea"));
        assert!(!findings.diagnostics.is_empty());
        let err = read("{ not json", Purpose::CarryForward).unwrap_err();
        assert!(err.to_string().contains("as last round's reply"), "{err}");
    }

    #[test]
    fn another_questionnaire_or_round_is_refused() {
        let other = r#"{"questionnaire": "other\u001b[2J", "version": "1"}"#;
        let err = read(other, Purpose::Compare).unwrap_err().to_string();
        assert_eq!(
            err,
            "`r.json` answers the `other\\u{1b}[2J` questionnaire, not `honlea`; compare it with `--schema` naming that questionnaire's schema"
        );
        let old = r#"{"questionnaire": "honlea", "version": "0"}"#;
        assert!(read(old, Purpose::Convert).is_ok());
        let err = read(old, Purpose::Fill).unwrap_err().to_string();
        assert!(err.contains("answers version 0 of `honlea`"), "{err}");
    }
}
