//! The most answers and the longest text qnr takes from one file. A comment is meant to be a few
//! hundred words; one of megabytes is a mistake (a file pasted into a cell)
//! or an attack, and every step after reading (word counts, wrapping,
//! rendering) would pay for it.

use super::Loaded;
use crate::diagnostic::{Code, Diagnostic};
use crate::i18n::t;
use crate::schema::Schema;

/// Longest comment or respondent field value, in bytes of UTF-8: 1 MiB,
/// some 150,000 words.
pub(super) const MAX_TEXT_BYTES: usize = 1024 * 1024;

/// Most answers one file may hold: a questionnaire has tens of
/// recommendations. Past it the file is not read as a reply at all, rather
/// than reporting each of a hundred thousand unknown ids.
pub(crate) const MAX_ANSWERS: usize = 10_000;

/// Reports and drops every value longer than [`MAX_TEXT_BYTES`]. The reply
/// is marked lossy, so `convert` refuses it rather than writing it without
/// the value.
pub(super) fn enforce(loaded: &mut Loaded, schema: &Schema) {
    let Some(reply) = loaded.reply.as_mut() else {
        return;
    };
    if reply.answers.len() > MAX_ANSWERS {
        let count = reply.answers.len();
        loaded.reply = None;
        loaded.lossy = true;
        loaded.diagnostics = vec![
            Diagnostic::error(
                Code::LimitExceeded,
                t!("forms-too-many-answers", count = count, limit = MAX_ANSWERS),
            )
            .at_opt(loaded.places.answers.clone())
            .with_help(crate::diagnostic::docs::not_a_reply()),
        ];
        return;
    }
    let too_long = |message: String| {
        Diagnostic::error(Code::LimitExceeded, message)
            .with_help(crate::diagnostic::docs::shorten())
    };
    for (id, answer) in &mut reply.answers {
        let Some(len) = answer.comments.as_ref().map(String::len) else {
            continue;
        };
        if len > MAX_TEXT_BYTES {
            answer.comments = None;
            let span = loaded.places.items.get(id).and_then(|p| p.comments.clone());
            let name = crate::escape::terminal::one_line(&schema.item_name(id));
            loaded.diagnostics.push(
                too_long(t!(
                    "forms-comment-too-long",
                    item = name,
                    length = len,
                    limit = MAX_TEXT_BYTES
                ))
                .at_opt(span)
                .with_id(id.clone()),
            );
            loaded.lossy = true;
        }
    }
    let long_fields: Vec<String> = reply
        .respondent
        .iter()
        .filter(|(_, value)| value.len() > MAX_TEXT_BYTES)
        .map(|(id, _)| id.clone())
        .collect();
    for id in long_fields {
        let len = reply.respondent.shift_remove(&id).map_or(0, |v| v.len());
        let span = loaded.places.fields.get(&id).cloned();
        let name = crate::escape::terminal::one_line(&id);
        loaded.diagnostics.push(
            too_long(t!(
                "forms-field-too-long",
                field = name,
                length = len,
                limit = MAX_TEXT_BYTES
            ))
            .at_opt(span)
            .with_id(id),
        );
        loaded.lossy = true;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::formats::{Format, load, write};
    use crate::reply::{Answer, Choice, Reply};

    #[test]
    fn a_comment_past_the_limit_is_an_error_naming_the_item_in_every_format() {
        let schema = Schema::honlea();
        let mut reply = Reply::empty(&schema);
        let long = "word ".repeat(MAX_TEXT_BYTES / 5 + 1);
        reply.set_answer("II.3", Answer::new(Some(Choice::Yes), Some(&long)));
        reply.set_answer("I.1", Answer::new(Some(Choice::No), Some("kept")));
        for format in Format::ALL.into_iter().filter(|f| f.is_written()) {
            let loaded = load(format, &write(format, &reply, &schema), &schema);
            let d = loaded
                .diagnostics
                .iter()
                .find(|d| d.code == Code::LimitExceeded)
                .unwrap_or_else(|| panic!("{format}: {:?}", loaded.diagnostics));
            assert_eq!(d.id.as_deref(), Some("II.3"), "{format}");
            assert!(
                d.message.contains("Recommendation 3 (II.3)"),
                "{}",
                d.message
            );
            assert!(loaded.lossy, "{format}");
            let back = loaded.reply.unwrap();
            assert_eq!(back.answer("II.3").unwrap().comments, None, "{format}");
            assert_eq!(
                back.answer("I.1").unwrap().comments.as_deref(),
                Some("kept")
            );
        }
    }

    #[test]
    fn more_answers_than_the_limit_is_one_error_and_no_reply() {
        let schema = Schema::honlea();
        let rows: String = (0..=MAX_ANSWERS)
            .map(|i| format!("X.{i},,,yes,\n"))
            .collect();
        let text = format!("id,issue,recommendation,action_taken,comments\n{rows}");
        let loaded = load(Format::Csv, text.as_bytes(), &schema);
        assert_eq!(
            loaded.diagnostics.len(),
            1,
            "{:?}",
            &loaded.diagnostics[..2]
        );
        assert_eq!(loaded.diagnostics[0].code, Code::LimitExceeded);
        assert!(
            loaded.diagnostics[0]
                .message
                .contains("more than 10000 rows"),
            "{}",
            loaded.diagnostics[0].message
        );
        assert!(loaded.reply.is_none() && loaded.lossy);
        let answers: Vec<String> = (0..=MAX_ANSWERS)
            .map(|i| format!("\"X.{i}\": {{\"action_taken\": \"yes\"}}"))
            .collect();
        let json = format!("{{\"answers\": {{{}}}}}", answers.join(","));
        let loaded = load(Format::Json, json.as_bytes(), &schema);
        assert_eq!(loaded.diagnostics.len(), 1);
        assert!(loaded.diagnostics[0].message.contains("10001 answers"));
        assert!(loaded.reply.is_none() && loaded.lossy);
    }

    #[test]
    fn a_comment_at_the_limit_is_read() {
        let schema = Schema::honlea();
        let mut reply = Reply::empty(&schema);
        let exact = "x".repeat(MAX_TEXT_BYTES);
        reply.set_answer("I.1", Answer::new(Some(Choice::Yes), Some(&exact)));
        let loaded = load(Format::Json, &write(Format::Json, &reply, &schema), &schema);
        assert!(!loaded.lossy);
        assert_eq!(
            loaded.reply.unwrap().answer("I.1").unwrap().comments,
            Some(exact)
        );
    }

    #[test]
    fn a_respondent_field_past_the_limit_is_an_error_naming_the_field() {
        let schema = Schema::honlea();
        let mut reply = Reply::empty(&schema);
        reply.set_field("country", &"N".repeat(MAX_TEXT_BYTES + 1));
        let loaded = load(Format::Yaml, &write(Format::Yaml, &reply, &schema), &schema);
        let d = &loaded.diagnostics[0];
        assert_eq!(d.code, Code::LimitExceeded);
        assert!(d.message.contains("`country`"), "{}", d.message);
        assert!(loaded.lossy);
        assert_eq!(loaded.reply.unwrap().field("country"), None);
    }
}
