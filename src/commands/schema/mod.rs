//! `qnr schema check FILE`: a schema is fine (a one-line summary) or its
//! problems are shown with line and column, and the exit code is 2.
//! `qnr schema json-schema`: the JSON Schema for replies to a schema.
//! `qnr schema show`: the questionnaire as a person reads it ([`show`]).

pub(crate) mod import;
pub(crate) mod show;

use std::path::PathBuf;

use crate::authoring::proof::Flaw;
use crate::console::Console;
use crate::diagnostic::{Code, Diagnostic, Findings};
use crate::error::Error;
use crate::exit::Exit;
use crate::i18n::t;
use crate::schema::Schema;
use crate::schema::keys::Key;

#[derive(Clone, Debug)]
pub(crate) struct CheckOptions {
    pub file: PathBuf,
}

#[derive(Clone, Debug)]
pub(crate) struct JsonSchemaOptions {
    pub output: crate::commands::Output,
}

#[derive(Clone, Debug)]
pub(crate) struct ShowOptions {
    pub format: ShowFormat,
}

/// What `qnr schema show` prints.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ShowFormat {
    /// The questionnaire as a person reads it.
    Human,
    /// The schema as TOML, to copy and edit.
    Toml,
    /// The schema as JSON, with the keys of the TOML.
    Json,
}

/// `qnr schema show`.
pub(crate) fn show(
    console: &mut Console<'_>,
    schema: &Schema,
    options: &ShowOptions,
) -> Result<Exit, Error> {
    let text = match options.format {
        ShowFormat::Human => {
            let width = crate::text::wrap_width();
            show::show(schema, width, console.palettes.out, console.out).map_err(Error::stdout)?;
            return Ok(Exit::Success);
        }
        ShowFormat::Toml => crate::schema::write::to_toml(
            schema,
            &[t!(
                "schema-import-show-header",
                id = &schema.id,
                version = &schema.version
            )],
            crate::schema::write::Explain::Tables,
        ),
        ShowFormat::Json => {
            let mut text = serde_json::to_string_pretty(&crate::schema::write::to_json(schema))
                .unwrap_or_default();
            text.push('\n');
            text
        }
    };
    console
        .out
        .write_all(text.as_bytes())
        .map_err(Error::stdout)?;
    Ok(Exit::Success)
}

#[derive(Clone, Debug)]
pub(crate) struct InitOptions {
    pub output: crate::commands::Output,
}

/// `qnr schema init`: the skeleton, its id made of the output's name.
pub(crate) fn init(console: &mut Console<'_>, options: &InitOptions) -> Result<Exit, Error> {
    options.output.check_free()?;
    // The skeleton speaks the run's language: `--lang`, else the locale's.
    let words = crate::schema::vocabulary::words(crate::i18n::current());
    let id = options
        .output
        .path()
        .and_then(|p| p.file_stem())
        .map(|s| crate::authoring::import::slug(&s.to_string_lossy()))
        .filter(|s| s != "field")
        .unwrap_or_else(|| "questionnaire".to_string());
    let text = crate::authoring::skeleton::skeleton(words, &id);
    options.output.write(text.as_bytes(), console.out)?;
    if let Some(path) = options.output.path() {
        let _ = writeln!(
            console.err,
            "{}",
            t!("schema-import-init-wrote", path = path)
        );
    }
    Ok(Exit::Success)
}

/// `qnr schema check FILE`.
pub(crate) fn check(console: &mut Console<'_>, options: &CheckOptions) -> Result<Exit, Error> {
    let file = &options.file;
    let (schema, text) = crate::commands::read_schema_text(file)?;
    let mut diagnostics: Vec<Diagnostic> = match crate::authoring::proof::prove(&schema) {
        Ok(flaws) => flaws
            .into_iter()
            .map(|flaw| refusal(&schema, &text, &flaw))
            .collect(),
        Err(too_big) => vec![
            Diagnostic::warning(
                Code::LimitExceeded,
                t!(
                    "schema-import-not-proved",
                    size = too_big.bytes / 1024,
                    limit = too_big.limit / 1024
                ),
            )
            .with_help(t!("schema-import-not-proved-help")),
        ],
    };
    diagnostics.extend(crate::schema::advice(&schema));
    crate::diagnostic::locate(&mut diagnostics, Some(&text));
    let warnings = Findings {
        path: file.display().to_string().into(),
        text: Some(text),
        diagnostics,
        unreadable: false,
    };
    if !warnings.valid() {
        return Err(Error::BadSchema(Box::new(warnings)));
    }
    // Warnings go to stderr, like every finding; a failed write there
    // must not hide the verdict.
    let _ = crate::printer::human::write_report(console.err, &warnings, console.palettes.err);
    let count = warnings.diagnostics.len();
    writeln!(
        console.out,
        "{}",
        t!(
            "schema-import-check-valid",
            file = file.display().to_string(),
            id = crate::escape::terminal::one_line(&schema.id),
            version = crate::escape::terminal::one_line(&schema.version),
            issues = schema.issues.len(),
            recommendations = schema.item_count(),
            fields = schema.respondent.len(),
            warnings = if count == 0 {
                String::new()
            } else {
                format!(" ({})", t!("schema-import-check-warnings", count = count))
            }
        )
    )
    .map_err(Error::stdout)?;
    Ok(Exit::Success)
}

/// A form that does not read back, as a finding on the key to change; a
/// form past a limit on what qnr reads, as a warning.
fn refusal(schema: &Schema, text: &str, flaw: &Flaw) -> Diagnostic {
    // A schema in several languages has a key per language: name the one.
    let several = schema.languages().nth(1).is_some();
    let Some(key) = flaw.key else {
        return Diagnostic::warning(
            Code::LimitExceeded,
            t!(
                "schema-import-form-past-limit",
                format = flaw.format.name(),
                why = &flaw.why
            ),
        )
        .with_help(t!("schema-import-form-past-limit-help"));
    };
    let help = match key {
        Key::Yes | Key::No => t!("schema-import-ambiguous-choices-help"),
        Key::Label(..) => t!(
            "schema-import-ambiguous-label-help",
            placeholder = "{label}"
        ),
        Key::Question => t!("schema-import-ambiguous-question-help"),
        Key::CommentsLabel => t!("schema-import-ambiguous-comments-help"),
        Key::FieldLabel(_) => t!("schema-import-ambiguous-field-help"),
        Key::RecommendationHeading => t!(
            "schema-import-ambiguous-headings-help",
            numeral = "{numeral}",
            label = "{label}"
        ),
    };
    Diagnostic::error(
        Code::AmbiguousLabel,
        t!(
            "schema-import-ambiguous",
            key = key.name(schema, several.then_some(flaw.lang)),
            format = flaw.format.name(),
            why = &flaw.why
        ),
    )
    .at_opt(crate::schema::keys::span(text, key, flaw.lang))
    .with_help(help)
}

/// `qnr schema json-schema`.
pub(crate) fn json_schema(
    console: &mut Console<'_>,
    schema: &Schema,
    options: &JsonSchemaOptions,
) -> Result<Exit, Error> {
    let text = crate::schema::json_schema::to_text(schema);
    options.output.write(text.as_bytes(), console.out)?;
    Ok(Exit::Success)
}
