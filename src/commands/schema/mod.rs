//! `qnr schema check FILE`: a schema is fine (a one-line summary) or its
//! problems are shown with line and column, and the exit code is 2.
//! `qnr schema json-schema`: the JSON Schema for replies to a schema.
//! `qnr schema show`: the questionnaire as a person reads it ([`show`]).

pub(crate) mod show;

use std::path::Path;

use crate::console::Console;
use crate::error::Error;
use crate::exit::Exit;
use crate::schema::Schema;

pub fn check(file: &Path, io: &mut Console<'_>) -> Result<Exit, Error> {
    let schema = crate::commands::read_schema(file)?;
    writeln!(
        io.out,
        "`{}` is a valid schema: questionnaire `{}` version {}, {} issues, {} recommendations, {} respondent fields",
        file.display(),
        crate::escape::terminal::one_line(&schema.id),
        crate::escape::terminal::one_line(&schema.version),
        schema.issues.len(),
        schema.item_count(),
        schema.respondent.len()
    )
    .map_err(Error::stdout)?;
    Ok(Exit::Success)
}

pub fn json_schema(
    schema: &Schema,
    output: Option<&Path>,
    force: bool,
    io: &mut Console<'_>,
) -> Result<Exit, Error> {
    let text = crate::schema::json_schema::to_text(schema);
    crate::commands::emit(text.as_bytes(), output, force, io.out)?;
    Ok(Exit::Success)
}
