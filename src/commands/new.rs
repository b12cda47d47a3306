//! `qnr new`: an empty reply to fill in, every field and item present.

use crate::console::Console;
use crate::error::Error;
use crate::exit::Exit;
use crate::formats::{self, Format};
use crate::i18n::t;
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
        && matches!(format, Format::Docx | Format::Odt)
    {
        let _ = writeln!(
            console.err,
            "{}",
            if format == Format::Odt {
                t!(
                    "formats-pdf-new-wrote-odt",
                    questionnaire = &schema.id,
                    file = path
                )
            } else {
                t!("new-wrote-word", questionnaire = &schema.id, file = path)
            }
        );
    } else if let Some(path) = output.path() {
        let message = if format.holds_any_reply() {
            t!("new-wrote", questionnaire = &schema.id, file = path)
        } else {
            // A form is filled in by hand, where it was made for (`qnr fill`
            // fills it too; the catalogue's message may say so).
            t!("new-wrote-form", questionnaire = &schema.id, file = path)
        };
        let _ = writeln!(console.err, "{message}");
    }
    Ok(Exit::Success)
}
