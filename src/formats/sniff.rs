//! What a file holds, told by its first bytes rather than its name. A reply
//! comes back as a Government can send it: a `.doc` that is really RTF, a
//! `.docx` saved by LibreOffice as OpenDocument, a scan. A format qnr cannot
//! read is refused by what it is, whatever its name or `--from` say, with
//! what to do ([`foreign`]); a binary document qnr reads is read as what it
//! is ([`document`]); a file whose name says nothing is read as what its
//! bytes say ([`sniff`]).

use std::io::Cursor;

use super::Format;
use super::messages::Foreign;

/// How many bytes [`sniff`] looks at: the signatures all sit in the first few.
pub(crate) const HEAD: usize = 8 * 1024;

/// What a file's bytes (or, failing them, its extension) say it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Sniffed {
    Reads(Format),
    Foreign(Foreign),
    Unknown,
}

/// Extensions of documents qnr does not read but knows, so that a folder's
/// `.doc` is reported rather than skipped. Images are known only when named
/// on the command line: a folder holds letterheads and signatures.
pub(crate) fn foreign_extension(ext: &str, named: bool) -> Option<Foreign> {
    match ext.to_ascii_lowercase().as_str() {
        "doc" | "dot" => Some(Foreign::Doc),
        "rtf" => Some(Foreign::Rtf),
        "pages" => Some(Foreign::Pages),
        "png" if named => Some(Foreign::Image("PNG")),
        "jpg" | "jpeg" if named => Some(Foreign::Image("JPEG")),
        "tif" | "tiff" if named => Some(Foreign::Image("TIFF")),
        "gif" if named => Some(Foreign::Image("GIF")),
        "bmp" if named => Some(Foreign::Image("BMP")),
        "webp" if named => Some(Foreign::Image("WebP")),
        "heic" | "heif" if named => Some(Foreign::Image("HEIC")),
        _ => None,
    }
}

/// A format qnr does not read, told by its signature.
pub(crate) fn foreign(bytes: &[u8]) -> Option<Foreign> {
    let starts = |sig: &[u8]| bytes.starts_with(sig);
    // OLE2, the container of Word 97-2003 and of password-protected Office files.
    if starts(b"\xD0\xCF\x11\xE0") {
        return Some(Foreign::Doc);
    }
    if starts(b"{\\rtf") {
        return Some(Foreign::Rtf);
    }
    let image = if starts(b"\x89PNG\r\n\x1a\n") {
        "PNG"
    } else if starts(b"\xFF\xD8\xFF") {
        "JPEG"
    } else if starts(b"II*\0") || starts(b"MM\0*") {
        "TIFF"
    } else if starts(b"GIF87a") || starts(b"GIF89a") {
        "GIF"
    } else if starts(b"BM") && bytes.get(6..10) == Some(b"\0\0\0\0") {
        "BMP"
    } else if starts(b"RIFF") && bytes.get(8..12) == Some(b"WEBP") {
        "WebP"
    } else if bytes.get(4..8) == Some(b"ftyp")
        && matches!(
            bytes.get(8..12),
            Some(b"heic" | b"heix" | b"mif1" | b"heif")
        )
    {
        "HEIC"
    } else {
        return is_pages(bytes).then_some(Foreign::Pages);
    };
    Some(Foreign::Image(image))
}

/// A binary document qnr reads (PDF, Word, OpenDocument), told by its bytes.
pub(crate) fn document(bytes: &[u8]) -> Option<Format> {
    if is_pdf(bytes) {
        return Some(Format::Pdf);
    }
    if bytes.starts_with(b"PK\x03\x04") {
        return Some(if is_odt(bytes) {
            Format::Odt
        } else {
            Format::Docx
        });
    }
    None
}

/// What a file whose name does not give its format holds: a document by its
/// signature, a JSON reply by its `{`, a format qnr does not read by its
/// signature or, failing that, by its extension.
pub(crate) fn sniff(head: &[u8], extension: Option<&str>, named: bool) -> Sniffed {
    if let Some(foreign) = foreign(head) {
        return Sniffed::Foreign(foreign);
    }
    if let Some(format) = document(head) {
        return Sniffed::Reads(format);
    }
    if let Some(foreign) = extension.and_then(|e| foreign_extension(e, named)) {
        return Sniffed::Foreign(foreign);
    }
    let text = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    match text.iter().find(|b| !b.is_ascii_whitespace()) {
        Some(b'{') => Sniffed::Reads(Format::Json),
        _ => Sniffed::Unknown,
    }
}

/// `%PDF-` in the first kilobyte, where readers look for it (mail programs
/// and web servers sometimes put a few bytes before it).
fn is_pdf(bytes: &[u8]) -> bool {
    memchr::memmem::find(&bytes[..bytes.len().min(1024)], b"%PDF-").is_some()
}

/// OpenDocument puts an uncompressed `mimetype` entry first in the zip, so
/// its type is readable at a fixed offset: 30 bytes of local header, the
/// 8-byte name, then the type.
const ODT_MIMETYPE: &[u8] = b"application/vnd.oasis.opendocument.text";

fn is_odt(bytes: &[u8]) -> bool {
    if bytes.get(30..38) == Some(b"mimetype")
        && bytes.get(38..).is_some_and(|b| b.starts_with(ODT_MIMETYPE))
    {
        return true;
    }
    // A zip written by another tool may put `mimetype` elsewhere or compress it.
    has_entry(bytes, "content.xml") && !has_entry(bytes, "word/document.xml")
}

/// Apple Pages: a zip holding `Index/Document.iwa` (Pages 5 and later) or
/// `index.xml` (Pages '09).
fn is_pages(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04")
        && (has_entry(bytes, "Index/Document.iwa") || has_entry(bytes, "index.xml"))
}

/// Whether a zip archive has an entry of this name (read from its directory
/// at the end; a truncated archive has none).
fn has_entry(bytes: &[u8], name: &str) -> bool {
    zip::ZipArchive::new(Cursor::new(bytes)).is_ok_and(|a| a.index_for_name(name).is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_qnr_does_not_read_are_told_by_their_signature() {
        assert_eq!(
            foreign(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1rest"),
            Some(Foreign::Doc)
        );
        assert_eq!(foreign(b"{\\rtf1\\ansi"), Some(Foreign::Rtf));
        assert_eq!(
            foreign(b"\x89PNG\r\n\x1a\nIHDR"),
            Some(Foreign::Image("PNG"))
        );
        assert_eq!(
            foreign(b"\xFF\xD8\xFF\xE0JFIF"),
            Some(Foreign::Image("JPEG"))
        );
        assert_eq!(foreign(b"II*\0\x08\0"), Some(Foreign::Image("TIFF")));
        assert_eq!(foreign(b"MM\0*"), Some(Foreign::Image("TIFF")));
        assert_eq!(foreign(b"{\"a\": 1}"), None);
        assert_eq!(foreign(b"BMW is a car"), None);
        assert_eq!(foreign(b"%PDF-1.7"), None);
    }

    #[test]
    fn documents_are_told_by_their_bytes() {
        assert_eq!(document(b"%PDF-1.4\n"), Some(Format::Pdf));
        assert_eq!(
            document(b"Content-Type: x\r\n\r\n%PDF-1.4\n"),
            Some(Format::Pdf)
        );
        let mut odt = b"PK\x03\x04".to_vec();
        odt.resize(30, 0);
        odt.extend_from_slice(b"mimetype");
        odt.extend_from_slice(ODT_MIMETYPE);
        assert_eq!(document(&odt), Some(Format::Odt));
        assert_eq!(document(b"PK\x03\x04truncated"), Some(Format::Docx));
        assert_eq!(document(b"Issue I"), None);
    }

    #[test]
    fn an_unknown_name_is_read_as_its_bytes_say() {
        assert_eq!(
            sniff(b"%PDF-1.4", Some("bin"), true),
            Sniffed::Reads(Format::Pdf)
        );
        assert_eq!(
            sniff(b" {\"answers\": {}}", Some("txt2"), true),
            Sniffed::Reads(Format::Json)
        );
        assert_eq!(sniff(b"plain words", Some("xyz"), true), Sniffed::Unknown);
        assert_eq!(
            sniff(b"plain words", Some("DOC"), true),
            Sniffed::Foreign(Foreign::Doc)
        );
        assert_eq!(
            sniff(b"", Some("jpg"), true),
            Sniffed::Foreign(Foreign::Image("JPEG"))
        );
        assert_eq!(
            sniff(b"", Some("jpg"), false),
            Sniffed::Unknown,
            "images in folders are not replies"
        );
        // The bytes win over the name: a `.doc` that is RTF is RTF.
        assert_eq!(
            sniff(b"{\\rtf1", Some("doc"), true),
            Sniffed::Foreign(Foreign::Rtf)
        );
    }
}
