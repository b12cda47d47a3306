//! One module per command. Each takes checked options and the output streams
//! and returns an exit code, or an [`crate::error::Error`] that stops it.

pub mod convert;
pub mod diff;
pub mod new;
pub mod report;
pub mod schema;
pub mod validate;

use std::io::Write;
use std::path::Path;

use crate::diagnostic::{Code, Diagnostic, Findings};
use crate::error::Error;
use crate::io::{MAX_SCHEMA_BYTES, Overwrite, read_limited, write_atomic};
use crate::schema::Schema;

/// The schema named by `--schema` or `QNR_SCHEMA`, else the embedded HONLEA one.
pub(crate) fn load_schema(path: Option<&Path>) -> Result<Schema, Error> {
    match path {
        Some(path) => read_schema(path),
        None => Ok(Schema::honlea()),
    }
}

/// Reads and checks a schema file.
pub(crate) fn read_schema(path: &Path) -> Result<Schema, Error> {
    let bytes = read_limited(path, MAX_SCHEMA_BYTES)?;
    let origin = path.display().to_string();
    let text = crate::text::decode_text(&bytes).map_err(|e| {
        Error::BadSchema(Box::new(Findings {
            path: origin.clone(),
            // Nothing to show a line from.
            text: Some(String::new()),
            diagnostics: vec![Diagnostic::error(Code::InvalidSchema, e.message)],
            unreadable: false,
        }))
    })?;
    Schema::from_toml(&text, &origin).map_err(|e| Error::BadSchema(Box::new(e)))
}

/// Writes `bytes` to `output` atomically, or to `out` when there is no output
/// path or it is `-`.
pub(crate) fn emit(
    bytes: &[u8],
    output: Option<&Path>,
    force: bool,
    out: &mut dyn Write,
) -> Result<(), Error> {
    match output.filter(|p| p.as_os_str() != "-") {
        Some(path) => write_atomic(
            path,
            bytes,
            if force {
                Overwrite::Allow
            } else {
                Overwrite::Refuse
            },
        ),
        None => {
            out.write_all(bytes).map_err(Error::stdout)?;
            out.flush().map_err(Error::stdout)
        }
    }
}

/// A Word document is binary: written to standard output only when that is
/// a file or a pipe, never onto a terminal, where it would be garbage.
pub(crate) fn refuse_binary_on_terminal(
    format: crate::formats::Format,
    output: Option<&Path>,
    stdout_is_terminal: bool,
) -> Result<(), Error> {
    if format == crate::formats::Format::Docx && output_path(output).is_none() && stdout_is_terminal
    {
        return Err(Error::Usage(
            "a Word document is binary and is not printed on the terminal; write it to a file with `-o reply.docx` (or redirect the output)".into(),
        ));
    }
    Ok(())
}

/// The path to write to, unless it is standard output.
pub(crate) fn output_path(output: Option<&Path>) -> Option<&Path> {
    output.filter(|p| p.as_os_str() != "-")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::formats::Format;

    #[test]
    fn a_word_document_is_not_printed_on_a_terminal() {
        let err = refuse_binary_on_terminal(Format::Docx, None, true).unwrap_err();
        assert!(err.to_string().contains("-o reply.docx"), "{err}");
        let dash = Path::new("-");
        assert!(refuse_binary_on_terminal(Format::Docx, Some(dash), true).is_err());
        // A pipe or a file takes it; text formats go anywhere.
        assert!(refuse_binary_on_terminal(Format::Docx, None, false).is_ok());
        let file = Path::new("reply.docx");
        assert!(refuse_binary_on_terminal(Format::Docx, Some(file), true).is_ok());
        assert!(refuse_binary_on_terminal(Format::Json, None, true).is_ok());
    }
}
