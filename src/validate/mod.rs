//! `qnr validate`: reads each file, applies the rules, and hands the findings
//! to a reporter. One bad file never stops the others from being checked.

mod fields;
mod form_help;
mod rules;

use crate::diagnostic::{Diagnostic, Severity, locate};
use crate::formats::{self, Format, Loaded};
use crate::schema::Schema;

pub use fields::{is_email, is_iso_date, parse_human_date};

/// Everything found in one file.
#[derive(Debug)]
pub struct FileReport {
    /// The file as the user named it.
    pub path: String,
    /// The decoded text, kept only when there is something to show from it.
    pub text: Option<String>,
    pub diagnostics: Vec<Diagnostic>,
    /// The file could not be read at all (exit code 2).
    pub unreadable: bool,
}

impl FileReport {
    pub fn valid(&self) -> bool {
        !self.unreadable && !self.diagnostics.iter().any(Diagnostic::is_error)
    }

    pub fn count(&self, severity: Severity) -> usize {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == severity)
            .count()
    }

    /// A file that could not be read: one diagnostic saying why.
    pub fn unreadable(path: String, diagnostic: Diagnostic) -> FileReport {
        FileReport {
            path,
            text: None,
            diagnostics: vec![diagnostic],
            unreadable: true,
        }
    }

    /// A report of what reading found (for `convert`, which refuses lossy input).
    pub fn from_loaded(path: String, loaded: Loaded) -> FileReport {
        finish(path, loaded.text, loaded.diagnostics)
    }
}

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
) -> FileReport {
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
) -> FileReport {
    let loaded = formats::load_owned(format, bytes, schema);
    check_loaded_as(path, format, loaded, schema, strictness)
}

/// Checks a reply already read.
pub fn check_loaded(
    path: String,
    loaded: Loaded,
    schema: &Schema,
    strictness: Strictness,
) -> FileReport {
    check_loaded_as(path, Format::Json, loaded, schema, strictness)
}

/// [`check_loaded`] for a file in `format` (the help says what to do in it).
fn check_loaded_as(
    path: String,
    format: Format,
    loaded: Loaded,
    schema: &Schema,
    strictness: Strictness,
) -> FileReport {
    let mut diagnostics = loaded.diagnostics;
    if let Some(reply) = &loaded.reply {
        rules::check(schema, reply, &loaded.places, &mut diagnostics);
        form_help::adapt(format, schema, &mut diagnostics);
    }
    formats::locate_in_pages(format, loaded.text.as_deref(), &mut diagnostics);
    if strictness.strict {
        for d in &mut diagnostics {
            d.severity = Severity::Error;
        }
    }
    finish(path, loaded.text, diagnostics)
}

/// [`check_owned`] that also hands back the reply it read (for `report`,
/// which compiles what it checks); `None` when the file could not be parsed.
pub fn check_and_keep(
    path: String,
    format: Format,
    bytes: Vec<u8>,
    schema: &Schema,
) -> (FileReport, Option<crate::reply::Reply>) {
    let mut loaded = formats::load_owned(format, bytes, schema);
    let reply = loaded.reply.take();
    let mut diagnostics = std::mem::take(&mut loaded.diagnostics);
    if let Some(reply) = &reply {
        rules::check(schema, reply, &loaded.places, &mut diagnostics);
        form_help::adapt(format, schema, &mut diagnostics);
    }
    formats::locate_in_pages(format, loaded.text.as_deref(), &mut diagnostics);
    (finish(path, loaded.text, diagnostics), reply)
}

/// Most findings reported for one file. A file with more (twenty thousand
/// copies of one heading) is not a reply gone slightly wrong; the first
/// thousand say what is wrong, and printing the rest would take seconds
/// and megabytes.
pub const MAX_FINDINGS: usize = 1000;

fn finish(path: String, text: Option<String>, mut diagnostics: Vec<Diagnostic>) -> FileReport {
    locate(&mut diagnostics, text.as_deref());
    if diagnostics.len() > MAX_FINDINGS {
        let rest = diagnostics.split_off(MAX_FINDINGS);
        let severity = if rest.iter().any(Diagnostic::is_error) {
            Severity::Error
        } else {
            Severity::Warning
        };
        diagnostics.push(
            Diagnostic::new(
                severity,
                crate::diagnostic::Code::LimitExceeded,
                format!(
                    "{} more findings are not shown; qnr reports at most {MAX_FINDINGS} per file",
                    rest.len()
                ),
            )
            .with_help("fix the ones above and check again; see README.md, \"Limits\""),
        );
    }
    let text = if diagnostics.is_empty() { None } else { text };
    FileReport {
        path,
        text,
        diagnostics,
        unreadable: false,
    }
}

#[cfg(test)]
mod tests;
