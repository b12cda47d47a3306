//! The UN form as an OpenDocument text (`.odt`), as LibreOffice saves it.
//! Reading unpacks `content.xml` under the same caps as a Word document
//! (`docx::zip_read`), reads its paragraphs, headings, lists and table cells
//! in reading order with every kind of tick made a box character
//! ([`read`]), and hands them to the form layout rules through the Word
//! reader's paragraph step, so a table row holding the answer line reads as
//! one line there too. Positions are as in a Word document: a finding's
//! line is the paragraph's number. Writing lays the reply out like the Word
//! form, with checkbox content controls that LibreOffice ticks with a click
//! ([`write`]).

mod read;
mod write;

pub(super) use write::write;

use super::Loaded;
use super::docx::zip_read::{self, OPEN_DOCUMENT};
use super::docx::{Block, blocks_to_lines};
use super::form;
use super::messages::{Odt, Refusal};
use crate::schema::Schema;

const CONTENT: &str = "content.xml";

/// Reads a reply from the bytes of an `.odt`. Never panics, whatever the bytes.
pub(super) fn load(bytes: &[u8], schema: &Schema) -> Loaded {
    match blocks(bytes) {
        Ok(blocks) => {
            let (text, lines) = blocks_to_lines(&blocks, schema);
            let read = form::read(&lines, schema);
            drop(lines);
            super::from_read(read, text)
        }
        Err(refusal) => Loaded::refused(&refusal),
    }
}

/// The document's body as the Word reader reads Word's: paragraphs (marked
/// when they are headings) and table rows in reading order, every tick a
/// box character.
pub(super) fn blocks(bytes: &[u8]) -> Result<Vec<Block>, Refusal> {
    read::read_content(&content(bytes)?)
}

/// `content.xml`, unpacked under the caps, once the archive says it holds a text.
fn content(bytes: &[u8]) -> Result<String, Refusal> {
    if !bytes.starts_with(b"PK") {
        return Err(Odt::NotZip.refusal());
    }
    let mut archive = zip_read::archive(bytes, OPEN_DOCUMENT)?;
    if let Some(index) = archive.index_for_name("mimetype")
        && let Ok(mimetype) = zip_read::read_part(&mut archive, index, "mimetype", OPEN_DOCUMENT)
    {
        let kind = mimetype
            .trim()
            .strip_prefix("application/vnd.oasis.opendocument.");
        match kind {
            Some(k) if k.starts_with("text") => {}
            // `spreadsheet-template` is a spreadsheet.
            Some(k) => {
                return Err(Odt::NotText(k.split('-').next().unwrap_or(k).to_string()).refusal());
            }
            None => {}
        }
    }
    let Some(index) = archive.index_for_name(CONTENT) else {
        return Err(Odt::NoContent.refusal());
    };
    zip_read::read_part(&mut archive, index, CONTENT, OPEN_DOCUMENT)
}

#[cfg(test)]
mod tests;
