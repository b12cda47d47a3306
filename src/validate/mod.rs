//! `qnr validate`: reads each file, applies the rules, and hands the findings
//! to a printer. One bad file never stops the others from being checked.

mod form_help;
mod rules;

use crate::diagnostic::{Findings, Severity};
use crate::formats::{self, Format, Loaded};
use crate::schema::Schema;

/// How strictly to judge.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Strictness {
    /// Warnings count as errors.
    pub strict: bool,
}

/// Reads and checks one file's bytes.
pub fn check_bytes(
    path: String,
    format: Format,
    bytes: &[u8],
    schema: &Schema,
    strictness: Strictness,
) -> Findings {
    let loaded = formats::load(format, bytes, schema);
    check_loaded_as(path, format, loaded, schema, strictness)
}

/// [`check_bytes`] for bytes that are no longer needed (saves a copy).
pub fn check_owned(
    path: String,
    format: Format,
    bytes: Vec<u8>,
    schema: &Schema,
    strictness: Strictness,
) -> Findings {
    let loaded = formats::load_owned(format, bytes, schema);
    check_loaded_as(path, format, loaded, schema, strictness)
}

/// Checks a reply already read.
pub fn check_loaded(
    path: String,
    loaded: Loaded,
    schema: &Schema,
    strictness: Strictness,
) -> Findings {
    check_loaded_as(path, Format::Json, loaded, schema, strictness)
}

/// [`check_loaded`] for a file in `format` (the help says what to do in it).
fn check_loaded_as(
    path: String,
    format: Format,
    loaded: Loaded,
    schema: &Schema,
    strictness: Strictness,
) -> Findings {
    let mut diagnostics = loaded.diagnostics;
    if let Some(reply) = &loaded.reply {
        rules::check(schema, reply, &loaded.places, &mut diagnostics);
        form_help::adapt(format, schema, &mut diagnostics);
    }
    if strictness.strict {
        for d in &mut diagnostics {
            d.severity = Severity::Error;
        }
    }
    Findings::new(path, loaded.text, diagnostics)
}

/// [`check_owned`] that also hands back the reply it read (for `report`,
/// which compiles what it checks); `None` when the file could not be parsed.
pub fn check_and_keep(
    path: String,
    format: Format,
    bytes: Vec<u8>,
    schema: &Schema,
) -> (Findings, Option<crate::reply::Reply>) {
    let mut loaded = formats::load_owned(format, bytes, schema);
    let reply = loaded.reply.take();
    let mut diagnostics = std::mem::take(&mut loaded.diagnostics);
    if let Some(reply) = &reply {
        rules::check(schema, reply, &loaded.places, &mut diagnostics);
        form_help::adapt(format, schema, &mut diagnostics);
    }
    (Findings::new(path, loaded.text, diagnostics), reply)
}

#[cfg(test)]
mod tests;
