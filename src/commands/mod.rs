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

use crate::error::Error;
use crate::fsio::{Overwrite, write_atomic};

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

/// The path to write to, unless it is standard output.
pub(crate) fn output_path(output: Option<&Path>) -> Option<&Path> {
    output.filter(|p| p.as_os_str() != "-")
}
