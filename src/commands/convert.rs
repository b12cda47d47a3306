//! `qnr convert IN [-o OUT]`: reads a reply in one format and writes it in
//! another. Input that cannot be read without losing something is refused,
//! with the findings that say what to fix.

use std::path::{Path, PathBuf};

use crate::app::Io;
use crate::color::Palette;
use crate::error::Error;
use crate::exit::Exit;
use crate::formats::{self, Format};
use crate::fsio::{MAX_REPLY_BYTES, Source};
use crate::schema::Schema;
use crate::validate::FileReport;

#[derive(Clone, Debug)]
pub struct Options {
    pub input: Source,
    pub output: Option<PathBuf>,
    pub from: Option<Format>,
    pub to: Option<Format>,
    pub force: bool,
}

pub fn run(
    schema: &Schema,
    options: &Options,
    io: &mut Io<'_>,
    palette: Palette,
) -> Result<Exit, Error> {
    let output = options.output.as_deref();
    let to = output_format(output, options.to)?;
    super::refuse_binary_on_terminal(to, output, io.terminal.stdout)?;
    if let Some(path) = super::output_path(output) {
        // Say so before reading anything: the answer will not change.
        if !options.force && std::fs::symlink_metadata(path).is_ok() {
            return Err(Error::Exists {
                path: path.to_path_buf(),
            });
        }
    }
    let bytes = options.input.read(MAX_REPLY_BYTES)?;
    let from = input_format(&options.input, options.from, &bytes)?;
    let loaded = formats::load(from, &bytes, schema);
    let input_name = options.input.display();
    let refuse = |reason: &str, loaded| Error::Unconvertible {
        path: PathBuf::from(&input_name),
        reason: reason.to_string(),
        report: Box::new(FileReport::from_loaded(input_name.clone(), loaded)),
    };
    let Some(reply) = loaded.reply.clone() else {
        return Err(refuse("it could not be read; fix the error above", loaded));
    };
    if loaded.lossy {
        return Err(refuse(
            "part of it would be lost; fix the errors above first",
            loaded,
        ));
    }
    if let Some(q) = reply.questionnaire.as_deref().filter(|q| *q != schema.id) {
        return Err(Error::Usage(format!(
            "`{input_name}` answers the `{}` questionnaire, not `{}`; convert it with `--schema` naming that questionnaire's schema",
            crate::sanitize::one_line(q),
            schema.id
        )));
    }
    let written = formats::write(to, &reply, schema);
    if let Err(part) = formats::check_written(to, &reply, &written, schema) {
        return Err(Error::Usage(format!(
            "`{input_name}` cannot be written as {to} without change: {part} would not read back the same; convert it to json, toml or yaml instead"
        )));
    }
    super::emit(&written, output, options.force, io.out)?;
    // What reading found without stopping the conversion (answers left
    // open on a form, ids the questionnaire lacks) is worth reading too.
    let findings = FileReport::from_loaded(input_name.clone(), loaded);
    let open = findings
        .diagnostics
        .iter()
        .filter(|d| {
            d.code == crate::diagnostic::Code::UnmarkedAnswer
                && d.id.as_deref().is_some_and(|id| schema.has_item(id))
        })
        .count();
    if !findings.diagnostics.is_empty() {
        let _ = crate::output::human::write_report(io.err, &findings, palette);
    }
    if let Some(path) = super::output_path(output) {
        // File names are data too: one holding an escape sequence is shown,
        // not obeyed, like every other message names it.
        let shown = crate::sanitize::one_line(&path.display().to_string());
        let _ = writeln!(
            io.err,
            "converted `{}` ({from}) to `{shown}` ({to}): {} of {} recommendations answered",
            crate::sanitize::one_line(&input_name),
            reply.answered_count(schema),
            schema.item_count()
        );
        if open > 0 {
            let _ = writeln!(
                io.err,
                "{open} answers are not marked on the form; next: `qnr fill --only-missing {shown}` asks only those"
            );
        }
    }
    Ok(Exit::Success)
}

/// The format to write: `--to`, else the output's extension, else JSON for
/// standard output.
pub(crate) fn output_format(output: Option<&Path>, to: Option<Format>) -> Result<Format, Error> {
    let format = match to {
        Some(format) => Ok(format),
        None => named_output_format(output),
    }?;
    if !format.is_written() {
        return Err(Error::Usage(formats::not_written(format)));
    }
    Ok(format)
}

fn named_output_format(output: Option<&Path>) -> Result<Format, Error> {
    match super::output_path(output) {
        None => Ok(Format::Json),
        Some(path) => Format::from_path(path).ok_or_else(|| {
            Error::Usage(format!(
                "cannot tell which format to write from the name `{}`; name it {} or add `--to FORMAT`",
                path.display(),
                Format::all_extensions()
            ))
        }),
    }
}

/// The format to read: `--from`, else the input's extension, else what its
/// first bytes say (a PDF, a Word or OpenDocument file, JSON). A format qnr
/// does not read (a `.doc`, a scan) is refused with what to do.
fn input_format(input: &Source, from: Option<Format>, bytes: &[u8]) -> Result<Format, Error> {
    if let Some(format) = from.or_else(|| input.path().and_then(Format::from_path)) {
        return Ok(format);
    }
    let name = input.display();
    formats::identify(bytes, input.path(), true).map_err(|finding| match finding {
        Some(finding) => Error::Unconvertible {
            path: PathBuf::from(&name),
            reason: "qnr does not read this format; see above".to_string(),
            report: Box::new(FileReport::from_loaded(
                name.clone(),
                formats::Loaded::foreign(*finding),
            )),
        },
        None => match input {
            Source::File(path) => Error::Usage(format!(
                "cannot tell the format of `{}` from its name or its first bytes; name it {} or add `--from FORMAT`",
                path.display(),
                Format::all_extensions()
            )),
            Source::Stdin => Error::Usage(format!(
                "cannot tell the format of standard input; add `--from {}`",
                Format::ALL.map(Format::name).join("|")
            )),
        },
    })
}
