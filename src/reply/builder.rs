//! What every reader builds: the reply, where its parts stand, what was
//! found, and whether something could not be carried into the reply. The
//! tree, form and CSV readers share it, and the findings they share (an id
//! the questionnaire lacks) are made here, once.

use std::ops::Range;

use super::{Places, Reply};
use crate::diagnostic::{Code, Diagnostic};
use crate::i18n::t;
use crate::schema::Schema;
use crate::suggest::help;

/// A reply being read.
#[derive(Debug)]
pub(crate) struct ReplyBuilder<'s> {
    pub schema: &'s Schema,
    pub reply: Reply,
    pub places: Places,
    pub diagnostics: Vec<Diagnostic>,
    /// Something in the file could not be carried into the reply.
    pub lossy: bool,
}

/// What reading a file gave.
#[derive(Debug, Default)]
pub(crate) struct ReplyRead {
    /// `None` when the file does not read as a reply at all.
    pub reply: Option<Reply>,
    pub places: Places,
    pub diagnostics: Vec<Diagnostic>,
    pub lossy: bool,
}

impl ReplyRead {
    /// A file that does not read as a reply: one finding says why.
    pub(crate) fn failed(diagnostic: Diagnostic) -> ReplyRead {
        ReplyRead {
            diagnostics: vec![diagnostic],
            lossy: true,
            ..ReplyRead::default()
        }
    }
}

impl<'s> ReplyBuilder<'s> {
    /// Starts from `reply` (empty, or with the schema's questionnaire).
    pub(crate) fn new(schema: &'s Schema, reply: Reply) -> ReplyBuilder<'s> {
        ReplyBuilder {
            schema,
            reply,
            places: Places::default(),
            diagnostics: Vec::new(),
            lossy: false,
        }
    }

    /// A finding that loses nothing.
    pub(crate) fn push(&mut self, d: Diagnostic) {
        self.diagnostics.push(d);
    }

    /// A finding about something that cannot be kept in the reply.
    pub(crate) fn lost(&mut self, d: Diagnostic) {
        self.lossy = true;
        self.diagnostics.push(d);
    }

    /// `id` (shown as `shown`) is not a recommendation of the questionnaire:
    /// the nearest id is suggested, else `otherwise` says where to look.
    /// The answer is kept (reading loses nothing), so that `convert` can
    /// carry it and `validate` reports it.
    pub(crate) fn unknown_item(
        &mut self,
        id: &str,
        shown: &str,
        span: Range<usize>,
        otherwise: &str,
    ) {
        let d = Diagnostic::error(
            Code::UnknownAnswer,
            t!(
                "reply-unknown-answer",
                id = shown,
                questionnaire = &self.schema.id
            ),
        )
        .at(span)
        .with_id(id);
        let help = help(id, self.schema.item_ids(), || otherwise.to_string());
        self.push(d.with_help(help));
    }

    /// `id` (shown as `shown`) is not a respondent field of the
    /// questionnaire: the nearest field is suggested, else `otherwise` and
    /// the list of fields.
    pub(crate) fn unknown_field(
        &mut self,
        id: &str,
        shown: &str,
        span: Range<usize>,
        otherwise: impl FnOnce(&str) -> String,
    ) {
        let d = Diagnostic::error(Code::UnknownField, t!("reply-unknown-field", id = shown))
            .at(span)
            .with_id(id);
        let ids = self.schema.respondent.iter().map(|f| f.id.as_str());
        let help = help(id, ids.clone(), || {
            let listed: Vec<String> = ids.map(|id| format!("`{id}`")).collect();
            otherwise(&listed.join(", "))
        });
        self.push(d.with_help(help));
    }

    /// The reply read.
    pub(crate) fn finish(self) -> ReplyRead {
        ReplyRead {
            reply: Some(self.reply),
            places: self.places,
            diagnostics: self.diagnostics,
            lossy: self.lossy,
        }
    }
}
