//! What every Word document qnr writes shares: the package around
//! `word/document.xml` (content types, relationships, styles, settings,
//! document properties, an optional footer), the escaping of text into
//! WordprocessingML runs, and a zip with fixed timestamps, so that the same
//! content always gives the same bytes. The reply form ([`super::write`])
//! and the report's note (`crate::report::docx`) differ only in their
//! bodies, their extra styles and their footers.

use std::borrow::Cow;
use std::fmt::Write as _;
use std::io::{Cursor, Write};

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipWriter};

/// A document to package.
pub(crate) struct Package<'a> {
    /// The document's title, for its properties.
    pub title: &'a str,
    /// The language of its text, as `w:lang` names it (`en-GB`).
    pub lang: &'a str,
    /// The body's paragraphs and tables (what goes inside `w:body`, before
    /// the section properties).
    pub body: &'a str,
    /// Styles beyond the ones every document has (Normal, Title, Heading 1
    /// and 2), as `w:style` elements.
    pub styles: &'a str,
    /// The footer's paragraphs, when the document has one.
    pub footer: Option<&'a str>,
}

pub(crate) const DECLARATION: &str =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

const W_NS: &str = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" \
                    xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";

/// Characters XML 1.0 cannot hold (C0 controls but tab and line ends,
/// U+FFFE/U+FFFF): left out, so that the file opens; `check_written` then
/// refuses a conversion that would lose them.
fn xml_char(c: char) -> bool {
    !matches!(c, '\u{0}'..='\u{8}' | '\u{b}' | '\u{c}' | '\u{e}'..='\u{1f}' | '\u{fffe}' | '\u{ffff}')
}

/// Text as XML character data or a quoted attribute value.
pub(crate) fn escape_into(out: &mut String, text: &str) {
    for c in text.chars().filter(|&c| xml_char(c)) {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
}

/// How a run of text looks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Look {
    pub bold: bool,
    pub italic: bool,
}

impl Look {
    pub(crate) const PLAIN: Look = Look {
        bold: false,
        italic: false,
    };
    pub(crate) const BOLD: Look = Look {
        bold: true,
        italic: false,
    };
    pub(crate) const ITALIC: Look = Look {
        bold: false,
        italic: true,
    };
}

/// A run of text: line breaks as `w:br`, tabs as `w:tab`, spaces kept.
pub(crate) fn text_run(out: &mut String, text: &str, look: Look) {
    if text.is_empty() {
        return;
    }
    out.push_str("<w:r>");
    if look != Look::PLAIN {
        out.push_str("<w:rPr>");
        if look.bold {
            out.push_str("<w:b/>");
        }
        if look.italic {
            out.push_str("<w:i/>");
        }
        out.push_str("</w:rPr>");
    }
    let mut first = true;
    for line in text.split(['\n', '\r']) {
        if !first {
            out.push_str("<w:br/>");
        }
        first = false;
        let mut first_piece = true;
        for piece in line.split('\t') {
            if !first_piece {
                out.push_str("<w:tab/>");
            }
            first_piece = false;
            if !piece.is_empty() {
                out.push_str("<w:t xml:space=\"preserve\">");
                escape_into(out, piece);
                out.push_str("</w:t>");
            }
        }
    }
    out.push_str("</w:r>");
}

/// The page number as a field Word and LibreOffice update.
pub(crate) const PAGE_FIELD: &str = "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>\
<w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>\
<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>1</w:t></w:r>\
<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";

/// The A4 page, its margins, and the footer when there is one.
fn section(footer: bool) -> String {
    format!(
        "<w:sectPr>{}<w:pgSz w:w=\"11906\" w:h=\"16838\"/>\
         <w:pgMar w:top=\"1417\" w:right=\"1417\" w:bottom=\"1134\" w:left=\"1417\" w:header=\"708\" w:footer=\"708\" w:gutter=\"0\"/>\
         </w:sectPr>",
        if footer {
            "<w:footerReference w:type=\"default\" r:id=\"rId3\"/>"
        } else {
            ""
        }
    )
}

/// `word/document.xml` in three pieces, so that a body of many megabytes
/// is zipped where it stands rather than copied into one string first.
fn document<'a>(p: &Package<'a>) -> [Cow<'a, str>; 3] {
    [
        Cow::Owned(format!(
            "{DECLARATION}<w:document {W_NS} \
             xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" \
             xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\" \
             mc:Ignorable=\"w14\"><w:body>"
        )),
        Cow::Borrowed(p.body),
        Cow::Owned(format!(
            "{}</w:body></w:document>",
            section(p.footer.is_some())
        )),
    ]
}

fn content_types(footer: bool) -> String {
    format!(
        "{DECLARATION}<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\
<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>\
<Default Extension=\"xml\" ContentType=\"application/xml\"/>\
<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>\
<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>\
<Override PartName=\"/word/settings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/>\
{}<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>\
<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>\
</Types>",
        if footer {
            "<Override PartName=\"/word/footer1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml\"/>"
        } else {
            ""
        }
    )
}

const RELS: &str = "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>\
<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>\
<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties\" Target=\"docProps/app.xml\"/>\
</Relationships>";

fn document_rels(footer: bool) -> String {
    format!(
        "{DECLARATION}<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>\
<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings\" Target=\"settings.xml\"/>\
{}</Relationships>",
        if footer {
            "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer\" Target=\"footer1.xml\"/>"
        } else {
            ""
        }
    )
}

/// Compatibility mode 15 (Word 2013+): checkbox content controls work.
const SETTINGS: &str = "<w:settings xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">\
<w:defaultTabStop w:val=\"720\"/><w:characterSpacingControl w:val=\"doNotCompress\"/>\
<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>\
</w:settings>";

/// Calibri 11 pt, the document's language, and the styles every document
/// uses; headings keep with the next paragraph and carry an outline level,
/// so Word's navigation pane lists them.
fn styles(lang: &str, extra: &str) -> String {
    let mut lang_attr = String::new();
    escape_into(&mut lang_attr, lang);
    format!(
        "{DECLARATION}<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">\
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Calibri\" w:eastAsia=\"Calibri\" w:hAnsi=\"Calibri\" w:cs=\"Calibri\"/>\
<w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/><w:lang w:val=\"{lang_attr}\"/></w:rPr></w:rPrDefault>\
<w:pPrDefault><w:pPr><w:spacing w:after=\"120\" w:line=\"264\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>\
<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/></w:style>\
<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\"><w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/><w:unhideWhenUsed/></w:style>\
<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:uiPriority w:val=\"10\"/><w:qFormat/>\
<w:pPr><w:spacing w:after=\"240\"/><w:jc w:val=\"center\"/></w:pPr><w:rPr><w:b/><w:sz w:val=\"30\"/><w:szCs w:val=\"30\"/></w:rPr></w:style>\
<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:uiPriority w:val=\"9\"/><w:qFormat/>\
<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before=\"360\" w:after=\"120\"/><w:outlineLvl w:val=\"0\"/></w:pPr><w:rPr><w:b/><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/></w:rPr></w:style>\
<w:style w:type=\"paragraph\" w:styleId=\"Heading2\"><w:name w:val=\"heading 2\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:uiPriority w:val=\"9\"/><w:qFormat/>\
<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before=\"240\" w:after=\"80\"/><w:outlineLvl w:val=\"1\"/></w:pPr><w:rPr><w:b/><w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/></w:rPr></w:style>\
{extra}</w:styles>"
    )
}

fn core(title: &str) -> String {
    let mut escaped = String::new();
    escape_into(&mut escaped, title);
    format!(
        "{DECLARATION}<cp:coreProperties \
         xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" \
         xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" \
         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\
         <dc:title>{escaped}</dc:title><dc:creator>qnr</dc:creator></cp:coreProperties>"
    )
}

const APP: &str = "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\"><Application>qnr</Application></Properties>";

fn footer(paragraphs: &str) -> String {
    format!("{DECLARATION}<w:ftr {W_NS}>{paragraphs}</w:ftr>")
}

/// The `.docx` bytes. Writing to memory fails only if the zip library
/// does; the result is then empty (and a reader refuses it).
pub(crate) fn write(p: &Package<'_>) -> Vec<u8> {
    let one = |text: String| vec![Cow::Owned(text)];
    let mut parts: Vec<(&str, Vec<Cow<'_, str>>)> = vec![
        (
            "[Content_Types].xml",
            one(content_types(p.footer.is_some())),
        ),
        ("_rels/.rels", one(format!("{DECLARATION}{RELS}"))),
        ("word/document.xml", document(p).into()),
        (
            "word/_rels/document.xml.rels",
            one(document_rels(p.footer.is_some())),
        ),
        ("word/styles.xml", one(styles(p.lang, p.styles))),
        ("word/settings.xml", one(format!("{DECLARATION}{SETTINGS}"))),
    ];
    if let Some(paragraphs) = p.footer {
        parts.push(("word/footer1.xml", one(footer(paragraphs))));
    }
    parts.push(("docProps/core.xml", one(core(p.title))));
    parts.push(("docProps/app.xml", one(format!("{DECLARATION}{APP}"))));
    zip(&parts).unwrap_or_default()
}

/// The parts zipped in order, each written piece by piece.
fn zip(parts: &[(&str, Vec<Cow<'_, str>>)]) -> zip::result::ZipResult<Vec<u8>> {
    // The fastest deflate: a note of thousands of replies compresses in a
    // tenth of the time, for files a fifth larger.
    let options = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .compression_level(Some(1))
        .last_modified_time(DateTime::DEFAULT)
        .unix_permissions(0o644);
    let mut zip = ZipWriter::new(Cursor::new(Vec::with_capacity(64 * 1024)));
    for (name, pieces) in parts {
        zip.start_file(*name, options)?;
        for piece in pieces {
            zip.write_all(piece.as_bytes())?;
        }
    }
    Ok(zip.finish()?.into_inner())
}

/// A paragraph with a style and runs already written.
pub(crate) fn paragraph(out: &mut String, style: Option<&str>, runs: &str) {
    out.push_str("<w:p>");
    if let Some(style) = style {
        let _ = write!(out, "<w:pPr><w:pStyle w:val=\"{style}\"/></w:pPr>");
    }
    out.push_str(runs);
    out.push_str("</w:p>");
}
