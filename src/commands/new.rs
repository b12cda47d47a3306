//! `qnr new`: an empty reply to fill in, every field and item present.

use crate::console::Console;
use crate::error::Error;
use crate::exit::Exit;
use crate::formats::{self, Format};
use crate::reply::Reply;
use crate::schema::Schema;

#[derive(Clone, Debug)]
pub(crate) struct Options {
    pub output: super::Output,
    /// `--to`; else the output's extension, else JSON.
    pub to: Option<Format>,
}

pub(crate) fn run(
    console: &mut Console<'_>,
    schema: &Schema,
    options: &Options,
) -> Result<Exit, Error> {
    let output = &options.output;
    let format = output.reply_format(options.to, console.terminal.stdout)?;
    let bytes = formats::write(format, &Reply::empty(schema), schema);
    output.write(&bytes, console.out)?;
    if let Some(path) = output.path()
        && format == Format::Docx
    {
        let _ = writeln!(
            console.err,
            "wrote an empty {} form to `{}`; next: fill it in Word (tick the boxes) or with `qnr fill {}`, then `qnr validate {}`",
            schema.id,
            path.display(),
            path.display(),
            path.display()
        );
    } else if let Some(path) = output.path() {
        let _ = writeln!(
            console.err,
            "wrote an empty {} reply to `{}`; next: `qnr fill {}` or edit it, then `qnr validate {}`",
            schema.id,
            path.display(),
            path.display(),
            path.display()
        );
    }
    Ok(Exit::Success)
}
