//! One module per command, one contract: `run(console, schema, options)`
//! returns an exit code, or an [`Error`] that stops the command. The
//! options are checked, clap-free data ([`crate::cli`] builds them); the
//! schema is loaded once, by [`Command::run`].

pub(crate) mod convert;
pub(crate) mod diff;
pub(crate) mod fill;
mod input;
pub(crate) mod new;
mod output;
pub(crate) mod report;
pub(crate) mod schema;
pub(crate) mod validate;

use std::num::NonZeroUsize;
use std::path::{Path, PathBuf};

use crate::console::Console;
use crate::diagnostic::{Code, Diagnostic, Findings};
use crate::error::Error;
use crate::exit::Exit;
use crate::io::{Discover, FileKind, read_limited};
use crate::schema::Schema;

pub(crate) use output::Output;

/// What the command line asks for, with its checked options.
#[derive(Debug)]
pub(crate) enum Command {
    Fill(fill::Options),
    Validate(validate::Options),
    New(new::Options),
    Convert(convert::Options),
    Report(report::Options),
    Diff(diff::Options),
    SchemaShow(schema::ShowOptions),
    SchemaCheck(schema::CheckOptions),
    SchemaImport(schema::import::ImportOptions),
    SchemaInit(schema::InitOptions),
    JsonSchema(schema::JsonSchemaOptions),
}

impl Command {
    /// Runs the command against the schema at `schema_path` (`--schema`),
    /// else the embedded one.
    pub(crate) fn run(
        &self,
        console: &mut Console<'_>,
        schema_path: Option<&Path>,
    ) -> Result<Exit, Error> {
        let schema = || load_schema(schema_path);
        match self {
            Command::Fill(options) => {
                fill::settle_palettes(console, options);
                // Before anything else: without a terminal, say so at once.
                fill::check_terminal(console.terminal)?;
                fill::run(console, &schema()?, options)
            }
            Command::Validate(options) => validate::run(console, &schema()?, options),
            Command::New(options) => new::run(console, &schema()?, options),
            Command::Convert(options) => convert::run(console, &schema()?, options),
            Command::Report(options) => report::run(console, &schema()?, options),
            Command::Diff(options) => diff::run(console, &schema()?, options),
            Command::SchemaShow(options) => schema::show(console, &schema()?, options),
            // Checks the file it names; `--schema` plays no part.
            Command::SchemaCheck(options) => schema::check(console, options),
            // Reads a form, not a reply: `--schema` plays no part.
            Command::SchemaImport(options) => schema::import::run(console, options),
            Command::SchemaInit(options) => schema::init(console, options),
            Command::JsonSchema(options) => schema::json_schema(console, &schema()?, options),
        }
    }
}

/// The replies `validate` and `report` read.
#[derive(Clone, Debug)]
pub(crate) struct Inputs {
    /// Files, folders, glob patterns, `-`.
    pub paths: Vec<PathBuf>,
    pub discover: Discover,
    /// Files read at once.
    pub jobs: NonZeroUsize,
}

/// The schema named by `--schema` or `QNR_SCHEMA`, else the embedded
/// HONLEA one, with its texts in the run's language when it has them. Its
/// `language` becomes the run's language unless the person chose one
/// (`i18n::choose` keeps the first choice).
pub(crate) fn load_schema(path: Option<&Path>) -> Result<Schema, Error> {
    let schema = match path {
        Some(path) => read_schema(path)?,
        None => Schema::honlea(),
    };
    crate::i18n::choose(schema.language);
    Ok(schema.into_language(crate::i18n::current()))
}

/// Reads and checks a schema file.
pub(crate) fn read_schema(path: &Path) -> Result<Schema, Error> {
    read_schema_text(path).map(|(schema, _)| schema)
}

/// [`read_schema`], with the text read (for findings that point into it).
pub(crate) fn read_schema_text(path: &Path) -> Result<(Schema, String), Error> {
    let bytes = read_limited(path, FileKind::Schema)?;
    let origin = path.display().to_string();
    let text = crate::text::decode_text(&bytes).map_err(|e| {
        Error::BadSchema(Box::new(Findings {
            path: origin.as_str().into(),
            // Nothing to show a line from.
            text: Some(String::new()),
            diagnostics: vec![Diagnostic::error(Code::InvalidSchema, e.message)],
            unreadable: false,
        }))
    })?;
    let json = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("json"));
    let schema = if json {
        Schema::from_json(&text, &origin)
    } else {
        Schema::from_toml(&text, &origin)
    };
    schema
        .map(|schema| (schema, text))
        .map_err(|e| Error::BadSchema(Box::new(e)))
}
