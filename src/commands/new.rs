//! `qnr new`: an empty reply to fill in, every field and item present.

use std::path::Path;

use crate::app::Io;
use crate::error::Error;
use crate::exit::Exit;
use crate::formats::{self, Format};
use crate::reply::Reply;
use crate::schema::Schema;

pub fn run(
    schema: &Schema,
    output: Option<&Path>,
    to: Option<Format>,
    force: bool,
    io: &mut Io<'_>,
) -> Result<Exit, Error> {
    let format = super::convert::output_format(output, to)?;
    super::refuse_binary_on_terminal(format, output, io.terminal.stdout)?;
    let bytes = formats::write(format, &Reply::empty(schema), schema);
    super::emit(&bytes, output, force, io.out)?;
    if let Some(path) = super::output_path(output)
        && matches!(format, Format::Docx | Format::Odt)
    {
        let program = if format == Format::Odt {
            "LibreOffice"
        } else {
            "Word"
        };
        let _ = writeln!(
            io.err,
            "wrote an empty {} form to `{}`; next: fill it in {program} (tick the boxes), then `qnr validate {}`",
            schema.id,
            path.display(),
            path.display()
        );
    } else if let Some(path) = super::output_path(output) {
        let _ = writeln!(
            io.err,
            "wrote an empty {} reply to `{}`; next: `qnr fill {}` or edit it, then `qnr validate {}`",
            schema.id,
            path.display(),
            path.display(),
            path.display()
        );
    }
    Ok(Exit::Success)
}
