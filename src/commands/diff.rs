//! `qnr diff A B`: reads two replies in any format and prints how B differs
//! from A. Exit 0 when they say the same, 1 when they differ.

use std::path::{Path, PathBuf};

use crate::console::Console;
use crate::error::Error;
use crate::exit::Exit;
use crate::formats::{self, Format};
use crate::io::{MAX_REPLY_BYTES, Source};
use crate::reply::Reply;
use crate::schema::Schema;

#[derive(Clone, Debug)]
pub struct Options {
    pub a: PathBuf,
    pub b: PathBuf,
    pub from: Option<Format>,
    pub json: bool,
}

pub fn run(schema: &Schema, options: &Options, io: &mut Console<'_>) -> Result<Exit, Error> {
    if options.a.as_os_str() == "-" && options.b.as_os_str() == "-" {
        return Err(Error::Usage(
            "only one of the two replies can come from standard input".to_string(),
        ));
    }
    let a = load(schema, &options.a, options.from)?;
    let b = load(schema, &options.b, options.from)?;
    let names = (
        Source::from_arg(&options.a).display(),
        Source::from_arg(&options.b).display(),
    );
    let diff = crate::diff::compare(schema, &a, &b);
    if options.json {
        let bytes = crate::diff::json::render((&names.0, &names.1), &diff);
        io.out.write_all(&bytes).map_err(Error::stdout)?;
    } else {
        crate::diff::human::write(io.out, schema, (&names.0, &names.1), &diff, io.palettes.out)
            .map_err(Error::stdout)?;
    }
    io.out.flush().map_err(Error::stdout)?;
    Ok(if diff.is_empty() {
        Exit::Success
    } else {
        Exit::Problems
    })
}

/// Reads one reply whole, or says why it cannot be compared.
fn load(schema: &Schema, path: &Path, from: Option<Format>) -> Result<Reply, Error> {
    let source = Source::from_arg(path);
    let name = source.display();
    let format = match (from, &source) {
        (Some(f), _) => f,
        (None, Source::File(p)) => Format::from_path(p).ok_or_else(|| {
            Error::Usage(format!(
                "cannot tell the format of `{}` from its name; name it {} or add `--from FORMAT`",
                p.display(),
                Format::all_extensions()
            ))
        })?,
        (None, Source::Stdin) => {
            return Err(Error::Usage(format!(
                "reading standard input needs `--from {}`",
                Format::ALL.map(Format::name).join("|")
            )));
        }
    };
    let bytes = source.read(MAX_REPLY_BYTES)?;
    let mut loaded = formats::load_owned(format, bytes, schema);
    let refuse = |reason: &str, loaded: formats::Loaded| Error::Incomparable {
        path: PathBuf::from(&name),
        reason: reason.to_string(),
        report: Box::new(loaded.into_findings(name.clone())),
    };
    let Some(reply) = loaded.reply.take() else {
        return Err(refuse("it could not be read; fix the error above", loaded));
    };
    if loaded.lossy {
        return Err(refuse(
            "part of it could not be read; fix the errors above first",
            loaded,
        ));
    }
    if let Some(q) = reply.questionnaire.as_deref().filter(|q| *q != schema.id) {
        return Err(Error::Usage(format!(
            "`{name}` answers the `{}` questionnaire, not `{}`; compare it with `--schema` naming that questionnaire's schema",
            crate::escape::terminal::one_line(q),
            schema.id
        )));
    }
    Ok(reply)
}
