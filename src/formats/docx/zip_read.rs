//! Opening a `.docx` (a zip archive) safely: the parts qnr reads are taken
//! out with caps on the number of entries, on each entry's and the total
//! uncompressed size and on the compression ratio, and every entry is read
//! through a size-limited reader, since the sizes a zip header declares may
//! lie (a zip bomb declares a small size and inflates to gigabytes).

use std::io::{Cursor, Read};

use zip::ZipArchive;
use zip::result::ZipError;

use super::DocxError;
use crate::i18n::t;

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

/// Which zipped document is read (Word's or OpenDocument's), for the words
/// of the messages: the same caps hold for both.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    Word,
    OpenDocument,
}

impl Kind {
    /// The `$doc` of the messages, which names the document, the program
    /// that saves it again and what to save it as: `word` or `odt`.
    fn doc(self) -> &'static str {
        match self {
            Kind::Word => "word",
            Kind::OpenDocument => "odt",
        }
    }

    fn limit(self, message: String) -> DocxError {
        let help = match self {
            Kind::Word => crate::diagnostic::docs::not_a_word_reply(),
            Kind::OpenDocument => crate::diagnostic::docs::not_an_odt_reply(),
        };
        DocxError::limit_exceeded(message, help)
    }
}

pub(crate) const WORD: Kind = Kind::Word;
pub(crate) const OPEN_DOCUMENT: Kind = Kind::OpenDocument;

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
        return Err(kind.limit(t!(
            "formats-pdf-zip-too-many-entries",
            entries = archive.len(),
            limit = MAX_ENTRIES,
            doc = kind.doc()
        )));
    }
    let mut declared: u64 = 0;
    for i in 0..archive.len() {
        if let Ok(entry) = archive.by_index_data(i) {
            declared = declared.saturating_add(entry.size());
        }
    }
    if declared > MAX_TOTAL_BYTES {
        return Err(kind.limit(t!(
            "formats-pdf-zip-too-big",
            bytes = declared,
            limit = MAX_TOTAL_BYTES
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
            t!("formats-pdf-zip-encrypted", part = name),
            t!("formats-pdf-zip-encrypted-help"),
        ));
    }
    let compressed = entry.compressed_size().max(1);
    // Past the cap on size or on compression, by the size the entry declares
    // or by what it has given so far (a declared size may lie).
    let refused = |size: u64| -> Option<DocxError> {
        if size > MAX_PART_BYTES {
            return Some(kind.limit(t!(
                "formats-pdf-zip-part-too-big",
                part = name,
                limit = MAX_PART_BYTES
            )));
        }
        (size > 1024 * 1024 && size / compressed > MAX_RATIO).then(|| {
            kind.limit(t!(
                "formats-pdf-zip-ratio",
                part = name,
                ratio = MAX_RATIO,
                doc = kind.doc()
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
                    t!(
                        "formats-pdf-zip-unpack",
                        part = name,
                        reason = e.to_string()
                    ),
                    t!("formats-pdf-zip-unpack-help", doc = kind.doc()),
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
            t!(
                "formats-pdf-zip-not-utf8",
                part = name,
                offset = e.utf8_error().valid_up_to()
            ),
            t!("formats-pdf-zip-resave-help", doc = kind.doc()),
        )
    })
}

/// Says what the bytes are instead, where that is easy to tell.
fn not_a_zip(bytes: &[u8]) -> DocxError {
    if bytes.is_empty() {
        return DocxError::parse(
            t!("formats-pdf-docx-empty"),
            t!("formats-pdf-docx-empty-help"),
        );
    }
    // A `.doc`, RTF or a scan never gets here: `formats::load` tells them
    // by their bytes first (`formats::sniff`).
    DocxError::parse(
        t!("formats-pdf-docx-not-zip"),
        t!("formats-pdf-docx-not-zip-help"),
    )
}

fn damaged(e: &ZipError, kind: Kind) -> DocxError {
    DocxError::parse(
        t!("formats-pdf-zip-damaged", reason = e.to_string()),
        t!("formats-pdf-zip-damaged-help", doc = kind.doc()),
    )
}

fn no_document(archive: &ZipArchive<Cursor<&[u8]>>) -> DocxError {
    let has = |name: &str| archive.index_for_name(name).is_some();
    let found = if has("content.xml") {
        "odt"
    } else if has("xl/workbook.xml") {
        "excel"
    } else if has("ppt/presentation.xml") {
        "powerpoint"
    } else {
        "zip"
    };
    DocxError::parse(
        t!("formats-pdf-docx-other", found = found),
        t!("formats-pdf-docx-other-help"),
    )
}
