//! The reply: who answered, and for each recommendation YES/NO and comments.
//! Values are kept in their canonical form (docs/design.md, "The reply file"): trimmed respondent
//! values, comments as trimmed paragraphs one blank line apart, and nothing
//! stored for what is unanswered, so two replies that say the same compare equal.

mod builder;
mod places;
mod read;

use indexmap::IndexMap;

pub use crate::schema::Choice;
pub(crate) use builder::{ReplyBuilder, ReplyRead};
pub(crate) use places::{ItemPlaces, Places};
pub(crate) use read::{read_reply, read_tree};

use crate::schema::{Role, Schema};
use crate::text::{normalize_comment, normalize_value};

/// One recommendation's answer. Both parts may be missing in a draft.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Answer {
    pub action_taken: Option<Choice>,
    pub comments: Option<String>,
}

impl Answer {
    pub fn new(action_taken: Option<Choice>, comments: Option<&str>) -> Answer {
        Answer {
            action_taken,
            comments: comments.and_then(normalize_comment),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.action_taken.is_none() && self.comments.is_none()
    }
}

/// A reply to one questionnaire. Maps hold only what is given: an
/// unanswered item or an empty field is simply absent.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Reply {
    pub questionnaire: Option<String>,
    pub version: Option<String>,
    pub respondent: IndexMap<String, String>,
    pub answers: IndexMap<String, Answer>,
}

impl Reply {
    /// An empty reply to `schema`.
    pub fn empty(schema: &Schema) -> Reply {
        Reply {
            questionnaire: Some(schema.id.clone()),
            version: Some(schema.version.clone()),
            ..Reply::default()
        }
    }

    /// Sets a respondent field; an empty value removes it.
    pub fn set_field(&mut self, id: &str, value: &str) {
        match normalize_value(value) {
            Some(v) => {
                self.respondent.insert(id.to_string(), v);
            }
            None => {
                self.respondent.shift_remove(id);
            }
        }
    }

    /// Sets an answer; an empty one removes the item.
    pub fn set_answer(&mut self, id: &str, answer: Answer) {
        if answer.is_empty() {
            self.answers.shift_remove(id);
        } else {
            self.answers.insert(id.to_string(), answer);
        }
    }

    pub fn answer(&self, id: &str) -> Option<&Answer> {
        self.answers.get(id)
    }

    pub fn field(&self, id: &str) -> Option<&str> {
        self.respondent.get(id).map(String::as_str)
    }

    /// The value of the field that has `role` in `schema`: the State the
    /// reply names, its date of submission.
    pub fn field_with(&self, schema: &Schema, role: Role) -> Option<&str> {
        self.field(&schema.field_with(role)?.id)
    }

    /// Puts fields and answers in schema order, with ids the schema does not
    /// know after them in their own order. Writers use this so that diffs
    /// between versions of a reply stay small.
    pub fn sort_by_schema(&mut self, schema: &Schema) {
        let field_rank = |id: &str| {
            schema
                .respondent
                .iter()
                .position(|f| f.id == id)
                .unwrap_or(usize::MAX)
        };
        self.respondent.sort_by_cached_key(|k, _| field_rank(k));
        self.answers
            .sort_by_cached_key(|k, _| schema.item(k).map_or(usize::MAX, |i| i.ordinal));
    }

    /// How many of the schema's recommendations have an answer.
    pub fn answered_count(&self, schema: &Schema) -> usize {
        schema
            .item_ids()
            .filter(|id| self.answer(id).is_some_and(|a| a.action_taken.is_some()))
            .count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_values_are_absent() {
        let schema = Schema::honlea();
        let mut reply = Reply::empty(&schema);
        reply.set_field("country", "  ");
        reply.set_answer("I.1", Answer::new(None, Some(" \n ")));
        assert_eq!(reply, Reply::empty(&schema));
    }

    #[test]
    fn sorting_puts_schema_order_first_and_unknowns_last() {
        let schema = Schema::honlea();
        let mut reply = Reply::empty(&schema);
        for id in ["X.9", "IV.4", "I.1", "II.2"] {
            reply.set_answer(id, Answer::new(Some(Choice::No), None));
        }
        reply.set_field("email", "a@b.org");
        reply.set_field("nickname", "x");
        reply.set_field("country", "Chile");
        reply.sort_by_schema(&schema);
        assert_eq!(
            reply.answers.keys().collect::<Vec<_>>(),
            ["I.1", "II.2", "IV.4", "X.9"]
        );
        assert_eq!(
            reply.respondent.keys().collect::<Vec<_>>(),
            ["country", "email", "nickname"]
        );
    }

    #[test]
    fn choices_are_lower_case_words() {
        assert_eq!(Choice::parse("yes"), Some(Choice::Yes));
        assert_eq!(Choice::parse("YES"), None);
        assert_eq!(Choice::No.as_str(), "no");
        assert_eq!(Choice::Yes.label(&Schema::honlea()), "YES");
    }
}
