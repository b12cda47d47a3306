//! `qnr validate`: reads each file, applies the rules, and hands the findings
//! to a printer. One bad file never stops the others from being checked.

mod form_help;
mod rules;

use std::borrow::Cow;

use crate::diagnostic::{Diagnostic, FileName, Findings, Severity};
use crate::formats::{self, Format, Loaded};
use crate::reply::Reply;
use crate::schema::Schema;

/// How strictly to judge.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Strictness {
    /// Warnings count as errors.
    pub strict: bool,
}

impl Strictness {
    fn apply(self, diagnostics: &mut [Diagnostic]) {
        if self.strict {
            for d in diagnostics {
                d.severity = Severity::Error;
            }
        }
    }
}

/// What checking a file gave.
#[derive(Debug)]
pub struct Checked {
    pub findings: Findings,
    /// The reply read from the file; `None` when it could not be parsed.
    pub reply: Option<Reply>,
}

/// Reads and checks one file's bytes in `format`. Bytes handed over owned
/// are decoded without a copy.
pub fn check<'b>(
    path: impl Into<FileName>,
    format: Format,
    bytes: impl Into<Cow<'b, [u8]>>,
    schema: &Schema,
    strictness: Strictness,
) -> Checked {
    let mut loaded = match bytes.into() {
        Cow::Borrowed(bytes) => formats::load(format, bytes, schema),
        Cow::Owned(bytes) => formats::load_owned(format, bytes, schema),
    };
    let reply = loaded.reply.take();
    let mut diagnostics = std::mem::take(&mut loaded.diagnostics);
    if let Some(reply) = &reply {
        rules::check(schema, reply, &loaded.places, &mut diagnostics);
        form_help::adapt(format, schema, &mut diagnostics);
    }
    formats::locate_in_pages(format, loaded.text.as_deref(), &mut diagnostics);
    strictness.apply(&mut diagnostics);
    Checked {
        findings: Findings::new(path, loaded.text, diagnostics),
        reply,
    }
}

/// Checks a reply held in memory as if qnr had written it to `path` and
/// read it back (`qnr fill`'s summary): the same findings in the same
/// order, without writing or parsing anything.
pub(crate) fn check_reply(path: impl Into<FileName>, reply: &Reply, schema: &Schema) -> Findings {
    let loaded = Loaded::as_written(reply, schema);
    let mut diagnostics = loaded.diagnostics;
    if let Some(reply) = &loaded.reply {
        rules::check(schema, reply, &loaded.places, &mut diagnostics);
    }
    // In the order of the file; there is no text for the places to point into.
    diagnostics.sort_by_key(|d| d.span.as_ref().map_or(0, |s| s.start));
    for d in &mut diagnostics {
        d.span = None;
    }
    Findings::new(path, None, diagnostics)
}

#[cfg(test)]
mod tests;
