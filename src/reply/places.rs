//! Where the parts of a reply stand in its file, so that rules checking the
//! model can still point at a line: the value when it is there, otherwise
//! the object that should hold it.

use std::collections::HashMap;
use std::ops::Range;

#[derive(Clone, Debug, Default)]
pub struct Places {
    /// The start of the document (its first value).
    pub root: Range<usize>,
    pub questionnaire: Option<Range<usize>>,
    pub version: Option<Range<usize>>,
    /// The `respondent` key.
    pub respondent: Option<Range<usize>>,
    /// Each respondent field's value.
    pub fields: HashMap<String, Range<usize>>,
    /// The `answers` key.
    pub answers: Option<Range<usize>>,
    pub items: HashMap<String, ItemPlaces>,
}

#[derive(Clone, Debug, Default)]
pub struct ItemPlaces {
    /// The item's key (`"II.4"`).
    pub key: Range<usize>,
    pub action_taken: Option<Range<usize>>,
    pub comments: Option<Range<usize>>,
}

impl Places {
    /// Where a respondent field is, or the object that should hold it.
    pub fn field(&self, id: &str) -> Range<usize> {
        self.fields
            .get(id)
            .or(self.respondent.as_ref())
            .unwrap_or(&self.root)
            .clone()
    }

    /// Where an item's answer is, or the object that should hold it.
    pub fn answer(&self, id: &str) -> Range<usize> {
        match self.items.get(id) {
            Some(item) => item
                .action_taken
                .clone()
                .unwrap_or_else(|| item.key.clone()),
            None => self.answers.clone().unwrap_or_else(|| self.root.clone()),
        }
    }

    /// Where an item's comment is, or else its answer.
    pub fn comments(&self, id: &str) -> Range<usize> {
        self.items
            .get(id)
            .and_then(|item| item.comments.clone())
            .unwrap_or_else(|| self.answer(id))
    }
}
