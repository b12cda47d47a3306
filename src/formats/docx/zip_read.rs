//! Opening a `.docx` (a zip archive) safely: the parts qnr reads are taken
//! out with caps on the number of entries, on each entry's and the total
//! uncompressed size and on the compression ratio, and every entry is read
//! through a size-limited reader, since the sizes a zip header declares may
//! lie (a zip bomb declares a small size and inflates to gigabytes).

use std::io::{Cursor, Read};

use zip::ZipArchive;
use zip::result::ZipError;

use super::DocxError;

/// Most entries a Word document may have (Word writes ~12; images add some).
pub(crate) const MAX_ENTRIES: usize = 10_000;
/// Largest uncompressed part qnr reads (`word/document.xml` of a sixteen-item
/// reply is ~100 KB).
pub(crate) const MAX_PART_BYTES: u64 = 64 * 1024 * 1024;
/// Largest uncompressed size all entries together may declare.
pub(crate) const MAX_TOTAL_BYTES: u64 = 256 * 1024 * 1024;
/// Highest compression ratio accepted for a part larger than 1 MiB: XML
/// compresses 5–30 times; a zip bomb several hundred times.
pub(crate) const MAX_RATIO: u64 = 200;

/// The parts of a Word document that qnr reads.
#[derive(Debug)]
pub(crate) struct Parts {
    pub document: String,
    /// `word/styles.xml`, to tell heading paragraphs (absent in some files).
    pub styles: Option<String>,
}

const DOCUMENT: &str = "word/document.xml";
const STYLES: &str = "word/styles.xml";

/// Which zipped document is read (Word's or OpenDocument), for the words
/// of the messages: the same caps hold for both.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Kind {
    /// "a Word document"
    pub a: &'static str,
    /// The program that saves it again.
    pub app: &'static str,
    /// What to save it as.
    pub save_as: &'static str,
    /// The help under a file past a limit: the page that says what qnr reads.
    pub not_a_reply: fn() -> String,
}

impl Kind {
    fn limit(self, message: String) -> DocxError {
        DocxError::limit_exceeded(message, (self.not_a_reply)())
    }
}

pub(crate) const WORD: Kind = Kind {
    a: "a Word document",
    app: "Word",
    save_as: "Word Document (.docx)",
    not_a_reply: crate::diagnostic::docs::not_a_word_reply,
};

pub(crate) const OPEN_DOCUMENT: Kind = Kind {
    a: "an OpenDocument text",
    app: "LibreOffice",
    save_as: "ODF Text Document (.odt)",
    not_a_reply: crate::diagnostic::docs::not_an_odt_reply,
};

/// Reads the document and style parts out of the bytes of a `.docx`.
pub(crate) fn open(bytes: &[u8]) -> Result<Parts, DocxError> {
    if !bytes.starts_with(b"PK") {
        return Err(not_a_zip(bytes));
    }
    let mut archive = archive(bytes, WORD)?;
    let Some(index) = archive.index_for_name(DOCUMENT) else {
        return Err(no_document(&archive));
    };
    let document = read_part(&mut archive, index, DOCUMENT, WORD)?;
    let styles = match archive.index_for_name(STYLES) {
        // Styles only refine which paragraphs are headings: a damaged one
        // is read around, never a reason to refuse the reply.
        Some(index) => read_part(&mut archive, index, STYLES, WORD).ok(),
        None => None,
    };
    Ok(Parts { document, styles })
}

/// Opens a zip archive under the caps on its entries and declared size.
pub(crate) fn archive(bytes: &[u8], kind: Kind) -> Result<ZipArchive<Cursor<&[u8]>>, DocxError> {
    let archive = ZipArchive::new(Cursor::new(bytes)).map_err(|e| damaged(&e, kind))?;
    if archive.len() > MAX_ENTRIES {
        return Err(kind.limit(format!(
            "the archive has {} entries, more than the {MAX_ENTRIES} {} may have",
            archive.len(),
            kind.a
        )));
    }
    let mut declared: u64 = 0;
    for i in 0..archive.len() {
        if let Ok(entry) = archive.by_index_data(i) {
            declared = declared.saturating_add(entry.size());
        }
    }
    if declared > MAX_TOTAL_BYTES {
        return Err(kind.limit(format!(
            "the archive unpacks to {declared} bytes, more than the {MAX_TOTAL_BYTES}-byte limit: it is not a reply (a zip bomb?)"
        )));
    }
    Ok(archive)
}

/// One part of the archive, read through a capped reader.
pub(crate) fn read_part(
    archive: &mut ZipArchive<Cursor<&[u8]>>,
    index: usize,
    name: &str,
    kind: Kind,
) -> Result<String, DocxError> {
    let entry = archive.by_index(index).map_err(|e| damaged(&e, kind))?;
    if entry.encrypted() {
        return Err(DocxError::parse(
            format!("`{name}` is encrypted"),
            "save the document without a password, then try again",
        ));
    }
    let compressed = entry.compressed_size().max(1);
    // Past the cap on size or on compression, by the size the entry declares
    // or by what it has given so far (a declared size may lie).
    let refused = |size: u64| -> Option<DocxError> {
        if size > MAX_PART_BYTES {
            return Some(kind.limit(format!(
                "`{name}` unpacks to more than {MAX_PART_BYTES} bytes: it is not a reply (a zip bomb?)"
            )));
        }
        (size > 1024 * 1024 && size / compressed > MAX_RATIO).then(|| {
            kind.limit(format!(
                "`{name}` is compressed more than {MAX_RATIO}:1, which {} never is: refused as a zip bomb",
                kind.a
            ))
        })
    };
    if let Some(e) = refused(entry.size()) {
        return Err(e);
    }
    let mut reader = entry.take(MAX_PART_BYTES + 1);
    let mut bytes = Vec::new();
    let mut chunk = vec![0u8; 64 * 1024];
    // Read a chunk at a time and stop as soon as the part is past a cap,
    // before a bomb's megabytes are all held.
    loop {
        let n = match reader.read(&mut chunk) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => {
                return Err(DocxError::parse(
                    format!("`{name}` cannot be unpacked: {e}"),
                    format!(
                        "the file is damaged; open it in {} and save it again",
                        kind.app
                    ),
                ));
            }
        };
        bytes.extend_from_slice(&chunk[..n]);
        if let Some(e) = refused(bytes.len() as u64) {
            return Err(e);
        }
    }
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
    }
    String::from_utf8(bytes).map_err(|e| {
        DocxError::parse(
            format!(
                "`{name}` is not UTF-8 (invalid byte at offset {})",
                e.utf8_error().valid_up_to()
            ),
            format!(
                "open the document in {} and save it again as \"{}\"",
                kind.app, kind.save_as
            ),
        )
    })
}

/// Says what the bytes are instead, where that is easy to tell.
fn not_a_zip(bytes: &[u8]) -> DocxError {
    if bytes.is_empty() {
        return DocxError::parse(
            "the file is empty",
            "`qnr new -o form.docx` writes an empty form to fill in",
        );
    }
    // A `.doc`, RTF or a scan never gets here: `formats::load` tells them
    // by their bytes first (`formats::sniff`).
    DocxError::parse(
        "not a Word document: a .docx is a zip archive and this file is not one",
        "check that this is the reply as saved by Word (.docx); a form saved as text is read with `--from txt`",
    )
}

fn damaged(e: &ZipError, kind: Kind) -> DocxError {
    DocxError::parse(
        format!("the document is damaged: {e}"),
        format!(
            "the file may be truncated (an interrupted download or e-mail attachment); ask for it again or open it in {} and save it again",
            kind.app
        ),
    )
}

fn no_document(archive: &ZipArchive<Cursor<&[u8]>>) -> DocxError {
    let has = |name: &str| archive.index_for_name(name).is_some();
    let what = if has("content.xml") {
        "it is an OpenDocument file (.odt)"
    } else if has("xl/workbook.xml") {
        "it is an Excel workbook"
    } else if has("ppt/presentation.xml") {
        "it is a PowerPoint presentation"
    } else {
        "it is a zip archive without `word/document.xml`"
    };
    DocxError::parse(
        format!("not a Word document: {what}"),
        "save the reply as \"Word Document (.docx)\" and try again",
    )
}
