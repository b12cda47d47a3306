//! `qnr convert IN [-o OUT]`: reads a reply in one format and writes it in
//! another. Input that cannot be read without losing something is refused,
//! with the findings that say what to fix.

use std::path::PathBuf;

use crate::console::Console;
use crate::error::{Error, Purpose};
use crate::exit::Exit;
use crate::formats::{self, Format};
use crate::i18n::t;
use crate::io::Source;
use crate::schema::Schema;

#[derive(Clone, Debug)]
pub(crate) struct Options {
    pub input: Source,
    pub output: super::Output,
    pub from: Option<Format>,
    pub to: Option<Format>,
}

pub(crate) fn run(
    console: &mut Console<'_>,
    schema: &Schema,
    options: &Options,
) -> Result<Exit, Error> {
    let output = &options.output;
    let to = output.reply_format(options.to, console.terminal.stdout)?;
    output.check_free()?;
    let bytes = options.input.read()?;
    let from = super::input::reply_format(&options.input, options.from, &bytes, Purpose::Convert)?;
    let input_name = options.input.display();
    let (reply, findings) =
        formats::read_whole(&input_name, from, bytes, schema, Purpose::Convert)?;
    let written = formats::write(to, &reply, schema);
    if let Err(part) = formats::check_written(to, &reply, &written, schema) {
        return Err(Error::NotWritableAs {
            path: PathBuf::from(&input_name),
            format: to.name(),
            part,
        });
    }
    output.write(&written, console.out)?;
    // What reading found without stopping the conversion (answers left
    // open on a form, ids the questionnaire lacks) is worth reading too.
    let open = findings
        .diagnostics
        .iter()
        .filter(|d| {
            d.code == crate::diagnostic::Code::UnmarkedAnswer
                && d.id.as_deref().is_some_and(|id| schema.has_item(id))
        })
        .count();
    if !findings.diagnostics.is_empty() {
        let _ = crate::printer::human::write_report(console.err, &findings, console.palettes.err);
    }
    if let Some(path) = output.path() {
        // File names are data too: one holding an escape sequence is shown,
        // not obeyed, like every other message names it.
        let shown = crate::escape::terminal::one_line(&path.display().to_string());
        let _ = writeln!(
            console.err,
            "{}",
            t!(
                "convert-done",
                input = crate::escape::terminal::one_line(&input_name),
                from = from.name(),
                output = &shown,
                to = to.name(),
                answered = reply.answered_count(schema),
                total = schema.item_count()
            )
        );
        if open > 0 {
            let _ = writeln!(
                console.err,
                "{}",
                t!("convert-unmarked", count = open, output = &shown)
            );
        }
    }
    Ok(Exit::Success)
}
