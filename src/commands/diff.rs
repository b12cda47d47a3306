//! `qnr diff A B`: reads two replies in any format and prints how B differs
//! from A. Exit 0 when they say the same, 1 when they differ.

use crate::console::Console;
use crate::error::{Error, Purpose};
use crate::exit::Exit;
use crate::formats::{self, Format};
use crate::i18n::t;
use crate::io::Source;
use crate::reply::Reply;
use crate::schema::Schema;

#[derive(Clone, Debug)]
pub(crate) struct Options {
    /// The earlier reply.
    pub a: Source,
    /// The later one.
    pub b: Source,
    pub from: Option<Format>,
    pub json: bool,
}

pub(crate) fn run(
    console: &mut Console<'_>,
    schema: &Schema,
    options: &Options,
) -> Result<Exit, Error> {
    if options.a == Source::Stdin && options.b == Source::Stdin {
        return Err(Error::Usage(t!("diff-one-stdin")));
    }
    let a = load(schema, &options.a, options.from)?;
    let b = load(schema, &options.b, options.from)?;
    let names = (options.a.display(), options.b.display());
    let diff = crate::diff::compare(schema, &a, &b);
    if options.json {
        let bytes = crate::diff::json::render((&names.0, &names.1), &diff);
        console.out.write_all(&bytes).map_err(Error::stdout)?;
    } else {
        crate::diff::human::write(
            console.out,
            schema,
            (&names.0, &names.1),
            &diff,
            console.palettes.out,
        )
        .map_err(Error::stdout)?;
    }
    console.out.flush().map_err(Error::stdout)?;
    Ok(if diff.is_empty() {
        Exit::Success
    } else {
        Exit::Problems
    })
}

/// Reads one reply whole, or says why it cannot be compared.
fn load(schema: &Schema, source: &Source, from: Option<Format>) -> Result<Reply, Error> {
    let name = source.display();
    // Standard input without `--from` is refused before waiting on it.
    if let (Source::Stdin, Err(e)) = (source, source.format(from)) {
        return Err(e);
    }
    let bytes = source.read()?;
    let format = super::input::reply_format(source, from, &bytes, Purpose::Compare)?;
    let (reply, _) = formats::read_whole(&name, format, bytes, schema, Purpose::Compare)?;
    Ok(reply)
}
