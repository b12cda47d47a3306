//! `qnr diff A B`: reads two replies in any format and prints how B differs
//! from A. Exit 0 when they say the same, 1 when they differ.

use std::path::{Path, PathBuf};

use crate::app::{Io, Palettes};
use crate::error::Error;
use crate::exit::Exit;
use crate::formats::{self, Format};
use crate::fsio::{MAX_REPLY_BYTES, Source};
use crate::reply::Reply;
use crate::schema::Schema;
use crate::validate::FileReport;

#[derive(Clone, Debug)]
pub struct Options {
    pub a: PathBuf,
    pub b: PathBuf,
    pub from: Option<Format>,
    pub json: bool,
}

pub fn run(
    schema: &Schema,
    options: &Options,
    io: &mut Io<'_>,
    palettes: Palettes,
) -> Result<Exit, Error> {
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
        crate::diff::human::write(io.out, schema, (&names.0, &names.1), &diff, palettes.out)
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
    if from.is_none() && source == Source::Stdin {
        return Err(Error::Usage(format!(
            "reading standard input needs `--from {}`",
            Format::ALL.map(Format::name).join("|")
        )));
    }
    let bytes = source.read(MAX_REPLY_BYTES)?;
    let format = match from.or_else(|| source.path().and_then(Format::from_path)) {
        Some(format) => format,
        None => formats::identify(&bytes, source.path(), true).map_err(|finding| match finding {
            Some(finding) => Error::Incomparable {
                path: PathBuf::from(&name),
                reason: "qnr does not read this format; see above".to_string(),
                report: Box::new(FileReport::from_loaded(
                    name.clone(),
                    formats::Loaded::foreign(*finding),
                )),
            },
            None => Error::Usage(format!(
                "cannot tell the format of `{name}` from its name or its first bytes; name it {} or add `--from FORMAT`",
                Format::all_extensions()
            )),
        })?,
    };
    let mut loaded = formats::load_owned(format, bytes, schema);
    let refuse = |reason: &str, loaded| Error::Incomparable {
        path: PathBuf::from(&name),
        reason: reason.to_string(),
        report: Box::new(FileReport::from_loaded(name.clone(), loaded)),
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
            crate::sanitize::one_line(q),
            schema.id
        )));
    }
    Ok(reply)
}
