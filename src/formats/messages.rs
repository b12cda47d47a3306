//! What qnr says about a document it cannot read, or reads only in part:
//! the formats it does not read (`.doc`, `.rtf`, `.pages`, images), a PDF
//! without a text layer or behind a password, a damaged PDF or OpenDocument
//! file. Every such sentence and its advice is chosen here, once, from the
//! message catalogue (`i18n/<lang>/formats-pdf.ftl`).

use crate::diagnostic::{Code, Diagnostic, docs};
use crate::i18n::t;

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
            Foreign::Doc => Refusal::parse_error(t!("formats-pdf-doc"), t!("formats-pdf-doc-help")),
            Foreign::Rtf => Refusal::parse_error(t!("formats-pdf-rtf"), t!("formats-pdf-rtf-help")),
            Foreign::Pages => {
                Refusal::parse_error(t!("formats-pdf-pages"), t!("formats-pdf-pages-help"))
            }
            Foreign::Image(kind) => Refusal::parse_error(
                t!("formats-pdf-image", kind = kind),
                t!("formats-pdf-image-help"),
            ),
        }
    }
}

/// A cap on what reading a PDF may cost that a file is past, with the
/// cap's value (`pdf::guard` on the raw bytes, `pdf::expansion` on the
/// content the pages draw, the page count).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum PdfLimit {
    Streams(usize),
    /// The streams unpack to more than this many megabytes.
    Unpacked(usize),
    Pixels(u64),
    /// A stream compressed as an image declares no size.
    FakeImage,
    /// The pages draw more than `megabytes` of content or `draws` forms.
    Drawn {
        megabytes: u64,
        draws: u64,
    },
    /// Forms draw each other this deep.
    Depth(usize),
    Pages {
        pages: usize,
        limit: usize,
    },
}

impl PdfLimit {
    fn message(self) -> String {
        match self {
            PdfLimit::Streams(limit) => t!("formats-pdf-too-many-streams", limit = limit),
            PdfLimit::Unpacked(megabytes) => t!("formats-pdf-bomb", megabytes = megabytes),
            PdfLimit::Pixels(limit) => t!("formats-pdf-too-many-pixels", limit = limit),
            PdfLimit::FakeImage => t!("formats-pdf-fake-image"),
            PdfLimit::Drawn { megabytes, draws } => {
                t!(
                    "formats-pdf-drawn-too-much",
                    megabytes = megabytes,
                    draws = draws
                )
            }
            PdfLimit::Depth(limit) => t!("formats-pdf-too-deep", limit = limit),
            PdfLimit::Pages { pages, limit } => {
                t!("formats-pdf-too-many-pages", pages = pages, limit = limit)
            }
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
    TooBig(PdfLimit),
}

impl Pdf {
    pub(crate) fn refusal(self) -> Refusal {
        match self {
            Pdf::Encrypted => Refusal::parse_error(
                t!("formats-pdf-encrypted"),
                t!("formats-pdf-encrypted-help"),
            ),
            Pdf::NoText { pages } => Refusal::parse_error(
                t!("formats-pdf-no-text", pages = pages),
                t!("formats-pdf-no-text-help"),
            ),
            Pdf::Damaged => {
                Refusal::parse_error(t!("formats-pdf-damaged"), t!("formats-pdf-ask-again-help"))
            }
            Pdf::NoPages => {
                Refusal::parse_error(t!("formats-pdf-no-pages"), t!("formats-pdf-ask-again-help"))
            }
            Pdf::TooBig(limit) => Refusal::limit_exceeded(
                limit.message(),
                t!("formats-pdf-too-big-help", page = docs::PDF_FORMS),
            ),
        }
    }
}

/// An OpenDocument file that cannot be read.
pub(crate) enum Odt {
    /// Not a zip archive at all.
    NotZip,
    /// An OpenDocument file, but not a text: the kind its `mimetype` names
    /// (`spreadsheet`, `presentation`, `graphics`…).
    NotText(String),
    /// A zip without `content.xml`.
    NoContent,
    /// `content.xml` is not well-formed XML (at a byte offset).
    BadXml(u64, String),
    /// A `DOCTYPE`: entity definitions are refused.
    Doctype,
    UndefinedEntity(String),
    /// Elements nested deeper than this.
    TooDeep(usize),
    /// More paragraphs than this.
    TooManyParagraphs(usize),
}

impl Odt {
    pub(crate) fn refusal(self) -> Refusal {
        let resave = || t!("formats-pdf-odt-resave-help");
        let too_big = || t!("formats-pdf-odt-too-big-help", page = docs::ODT_FORMS);
        match self {
            Odt::NotZip => Refusal::parse_error(
                t!("formats-pdf-odt-not-zip"),
                t!("formats-pdf-odt-not-zip-help"),
            ),
            Odt::NotText(kind) => Refusal::parse_error(
                t!("formats-pdf-odt-not-text", kind = kind),
                t!("formats-pdf-odt-not-text-help"),
            ),
            Odt::NoContent => Refusal::parse_error(t!("formats-pdf-odt-no-content"), resave()),
            Odt::BadXml(at, reason) => Refusal::parse_error(
                t!("formats-pdf-odt-bad-xml", at = at, reason = reason),
                resave(),
            ),
            Odt::Doctype => Refusal::parse_error(t!("formats-pdf-odt-doctype"), resave()),
            Odt::UndefinedEntity(name) => {
                Refusal::parse_error(t!("formats-pdf-odt-entity", name = name), resave())
            }
            Odt::TooDeep(limit) => {
                Refusal::limit_exceeded(t!("formats-pdf-odt-too-deep", limit = limit), too_big())
            }
            Odt::TooManyParagraphs(limit) => Refusal::limit_exceeded(
                t!("formats-pdf-odt-too-many-paragraphs", limit = limit),
                too_big(),
            ),
        }
    }
}

/// `convert -o reply.pdf`: qnr reads PDFs but does not write them.
pub(crate) fn pdf_not_written() -> String {
    t!("formats-pdf-not-written")
}
