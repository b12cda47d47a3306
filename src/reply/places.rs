//! Where the parts of a reply stand in its file, so that rules checking the
//! model can still point at a line: the value when it is there, otherwise
//! the object that should hold it.

use std::collections::HashMap;
use std::ops::Range;

use super::Reply;
use crate::schema::Schema;

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
    /// The places of `reply` in a file as qnr writes it, as positions in
    /// that file's order (not bytes of any text): the questionnaire and
    /// version, every field of the schema and then the others, every
    /// recommendation of the schema and then the others. Findings about a
    /// reply that is not read from a file sort by them into the order a
    /// file would give.
    pub fn as_written(reply: &Reply, schema: &Schema) -> Places {
        let mut next = 0..0;
        let mut step = || {
            next = next.end..next.end + 1;
            next.clone()
        };
        let mut places = Places {
            root: step(),
            questionnaire: Some(step()),
            version: Some(step()),
            respondent: Some(step()),
            ..Places::default()
        };
        let unknown_fields = reply
            .respondent
            .keys()
            .filter(|id| schema.field(id).is_none());
        for id in schema
            .respondent
            .iter()
            .map(|f| &f.id)
            .chain(unknown_fields)
        {
            step();
            places.fields.insert(id.clone(), step());
        }
        places.answers = Some(step());
        let unknown_items = reply.answers.keys().filter(|id| !schema.has_item(id));
        for id in schema
            .item_ids()
            .map(str::to_string)
            .chain(unknown_items.cloned())
        {
            let item = ItemPlaces {
                key: step(),
                action_taken: Some(step()),
                comments: Some(step()),
            };
            places.items.insert(id, item);
        }
        places
    }

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
