//! What qnr says about a document it cannot read, or reads only in part:
//! the formats it does not read (`.doc`, `.rtf`, `.pages`, images), a PDF
//! without a text layer or behind a password, a damaged PDF or OpenDocument
//! file. Every such sentence and its advice is written here, once, so that a
//! message catalogue can translate them in one place.

use crate::diagnostic::{Code, Diagnostic};

/// Why a document cannot be read: a finding's code, message and help.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Refusal {
    pub(crate) code: Code,
    pub(crate) message: String,
    pub(crate) help: String,
}

impl Refusal {
    pub(crate) fn parse_error(message: impl Into<String>, help: impl Into<String>) -> Refusal {
        Refusal {
            code: Code::ParseError,
            message: message.into(),
            help: help.into(),
        }
    }

    pub(crate) fn limit_exceeded(message: impl Into<String>, help: impl Into<String>) -> Refusal {
        Refusal {
            code: Code::LimitExceeded,
            message: message.into(),
            help: help.into(),
        }
    }

    pub(crate) fn diagnostic(&self) -> Diagnostic {
        Diagnostic::error(self.code, self.message.clone()).with_help(self.help.clone())
    }
}

/// How a reply in another format becomes one qnr reads: LibreOffice converts
/// it on the command line, Word saves it.
fn convert_with_soffice(to: &str) -> String {
    format!(
        "convert it with `soffice --headless --convert-to {to} FILE` (LibreOffice), or open it in Word and save it as \"Word Document (.docx)\""
    )
}

/// A file in a format qnr does not read, told by its bytes or its name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Foreign {
    /// Word 97-2003 (`.doc`), or any other OLE2 container: an Office file
    /// saved with a password is one too.
    Doc,
    Rtf,
    /// Apple Pages.
    Pages,
    /// A picture: `PNG`, `JPEG`, `TIFF`, `GIF`, `BMP`, `WebP`, `HEIC`.
    Image(&'static str),
}

impl Foreign {
    pub(crate) fn refusal(self) -> Refusal {
        match self {
            Foreign::Doc => Refusal::parse_error(
                "this is a Word 97-2003 document (.doc), or an Office document saved with a password; qnr reads .docx, .odt and PDF",
                format!(
                    "{}; a password-protected document must be saved without one",
                    convert_with_soffice("docx")
                ),
            ),
            Foreign::Rtf => Refusal::parse_error(
                "this is an RTF document; qnr reads .docx, .odt and PDF",
                convert_with_soffice("docx"),
            ),
            Foreign::Pages => Refusal::parse_error(
                "this is an Apple Pages document; qnr reads .docx, .odt and PDF",
                "in Pages, File > Export To > Word… saves it as .docx; or ask the Government for the Word file",
            ),
            Foreign::Image(kind) => Refusal::parse_error(
                format!(
                    "this is a {kind} image (a scan or a photo of the form): it holds no text to read"
                ),
                "ask the Government for the Word file; or run OCR on it (e.g. `ocrmypdf`) and read the PDF it makes, checking every answer",
            ),
        }
    }
}

/// A PDF that cannot be read as a form.
pub(crate) enum Pdf {
    /// It needs a password to open.
    Encrypted,
    /// It has pages but not one character of text: a scan.
    NoText {
        pages: usize,
    },
    /// Not a PDF, or one too damaged to find its pages.
    Damaged,
    NoPages,
    /// Past one of the caps in `pdf::guard`.
    TooBig(String),
}

impl Pdf {
    pub(crate) fn refusal(self) -> Refusal {
        match self {
            Pdf::Encrypted => Refusal::parse_error(
                "this PDF is encrypted: it needs a password to open",
                "ask the Government for the Word file, or for the PDF saved without a password",
            ),
            Pdf::NoText { pages } => Refusal::parse_error(
                format!(
                    "this PDF has no text layer: its {pages} {} hold no text to read (a scan?)",
                    if pages == 1 { "page" } else { "pages" }
                ),
                "ask the Government for the Word file; or run OCR on it (e.g. `ocrmypdf in.pdf out.pdf`) and read that, checking every answer",
            ),
            Pdf::Damaged => Refusal::parse_error(
                "the PDF is damaged: its pages cannot be found (a truncated download or e-mail attachment?)",
                "ask for the file again, or for the Word file",
            ),
            Pdf::NoPages => Refusal::parse_error(
                "the PDF has no pages",
                "ask for the file again, or for the Word file",
            ),
            Pdf::TooBig(what) => Refusal::limit_exceeded(
                format!("{what}: it is not a reply"),
                "ask for the Word file; see docs/formats.md, \"PDF\"",
            ),
        }
    }
}

/// An OpenDocument file that cannot be read.
pub(crate) enum Odt {
    /// Not a zip archive at all.
    NotZip,
    /// An OpenDocument file, but a spreadsheet or a presentation.
    NotText(String),
    /// A zip without `content.xml`.
    NoContent,
    /// `content.xml` is not well-formed XML (at a byte offset).
    BadXml(u64, String),
    /// A `DOCTYPE`: entity definitions are refused.
    Doctype,
    UndefinedEntity(String),
    TooBig(String),
}

impl Odt {
    pub(crate) fn refusal(self) -> Refusal {
        let resave = "open it in LibreOffice and save it again as \"ODF Text Document (.odt)\"";
        match self {
            Odt::NotZip => Refusal::parse_error(
                "not an OpenDocument file: an .odt is a zip archive and this file is not one",
                "check that this is the reply as saved by LibreOffice (.odt); a form saved as text is read with `--from txt`",
            ),
            Odt::NotText(kind) => Refusal::parse_error(
                format!("this OpenDocument file is {kind}, not a text document"),
                "save the reply as a text document (.odt or .docx)",
            ),
            Odt::NoContent => Refusal::parse_error(
                "not an OpenDocument text: the zip archive has no `content.xml`",
                resave,
            ),
            Odt::BadXml(at, e) => Refusal::parse_error(
                format!("`content.xml` is not well-formed XML (at byte {at}): {e}"),
                resave,
            ),
            Odt::Doctype => Refusal::parse_error(
                "`content.xml` declares a DOCTYPE, which LibreOffice never writes: entity definitions are refused",
                resave,
            ),
            Odt::UndefinedEntity(name) => Refusal::parse_error(
                format!("`content.xml` uses the undefined entity `&{name};`"),
                resave,
            ),
            Odt::TooBig(what) => Refusal::limit_exceeded(
                format!("{what}: it is not a reply"),
                "see docs/formats.md, \"OpenDocument (odt)\"",
            ),
        }
    }
}

/// `convert -o reply.pdf`: qnr reads PDFs but does not write them.
pub(crate) fn pdf_not_written() -> String {
    "qnr reads PDF but does not write it; write `.docx` or `.odt` and print that to PDF (`soffice --headless --convert-to pdf FILE`)".to_string()
}
