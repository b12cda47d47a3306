//! The format to read a reply in, for the commands that read one file
//! (`convert`, `diff`): `--from`, else the file's name, else what its first
//! bytes say. A format qnr does not read (a `.doc`, a scan) is refused with
//! the finding that says what to do.

use std::path::PathBuf;

use crate::error::{Error, Purpose, Unusable};
use crate::formats::{self, Format, Loaded};
use crate::i18n::t;
use crate::io::Source;

/// How to read `bytes` from `source` for `purpose`.
pub(crate) fn reply_format(
    source: &Source,
    from: Option<Format>,
    bytes: &[u8],
    purpose: Purpose,
) -> Result<Format, Error> {
    let unknown = match source.format(from) {
        Ok(format) => return Ok(format),
        Err(e) => e,
    };
    match formats::identify(bytes, source.path(), true) {
        Ok(format) => Ok(format),
        Err(Some(finding)) => Err(Error::Refused {
            purpose,
            path: PathBuf::from(source.display()),
            why: Unusable::Unparsed,
            findings: Box::new(Loaded::foreign(*finding).into_findings(source.display())),
        }),
        // Standard input has no name to blame: its bytes said nothing.
        Err(None) if *source == Source::Stdin => Err(Error::Usage(t!(
            "convert-stdin-format",
            formats = Format::ALL.map(Format::name).join("|")
        ))),
        Err(None) => Err(unknown),
    }
}
