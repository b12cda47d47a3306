//! `qnr schema check FILE`: a schema is fine (a one-line summary) or its
//! problems are shown with line and column, and the exit code is 2.
//! `qnr schema json-schema`: the JSON Schema for replies to a schema.
//! `qnr schema show`: the questionnaire as a person reads it ([`show`]).

pub(crate) mod show;

use std::path::PathBuf;

use crate::console::Console;
use crate::diagnostic::Findings;
use crate::error::Error;
use crate::exit::Exit;
use crate::schema::Schema;

#[derive(Clone, Debug)]
pub(crate) struct CheckOptions {
    pub file: PathBuf,
}

#[derive(Clone, Debug)]
pub(crate) struct JsonSchemaOptions {
    pub output: crate::commands::Output,
}

/// `qnr schema show`.
pub(crate) fn show(console: &mut Console<'_>, schema: &Schema) -> Result<Exit, Error> {
    let width = crate::text::wrap_width();
    show::show(schema, width, console.palettes.out, console.out).map_err(Error::stdout)?;
    Ok(Exit::Success)
}

/// `qnr schema check FILE`.
pub(crate) fn check(console: &mut Console<'_>, options: &CheckOptions) -> Result<Exit, Error> {
    let file = &options.file;
    let schema = crate::commands::read_schema(file)?;
    let warnings = Findings {
        path: file.display().to_string().into(),
        text: None,
        diagnostics: crate::schema::advice(&schema),
        unreadable: false,
    };
    // Warnings go to stderr, like every finding; a failed write there
    // must not hide the verdict.
    let _ = crate::printer::human::write_report(console.err, &warnings, console.palettes.err);
    let count = warnings.diagnostics.len();
    writeln!(
        console.out,
        "`{}` is a valid schema: questionnaire `{}` version {}, {} issues, {} recommendations, {} respondent fields{}",
        file.display(),
        crate::escape::terminal::one_line(&schema.id),
        crate::escape::terminal::one_line(&schema.version),
        schema.issues.len(),
        schema.item_count(),
        schema.respondent.len(),
        if count == 0 {
            String::new()
        } else {
            format!(" ({})", crate::text::plural(count, "warning"))
        }
    )
    .map_err(Error::stdout)?;
    Ok(Exit::Success)
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
