//! Writes a reply as a Word document laid out like the UN form: the title,
//! the questionnaire line, the guidance, the respondent block, then each
//! issue (Heading 1) and recommendation (Heading 2) with its text, the
//! answer as two checkbox content controls that Word and LibreOffice can
//! tick, `Comments:` and the comment paragraphs. The zip has fixed
//! timestamps, so one reply always gives the same bytes.

use std::fmt::Write as _;
use std::io::{Cursor, Write};

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipWriter};

use crate::formats::Layout;
use crate::formats::form::{Choices, FieldValue, FormSink, lay_out};
use crate::reply::Choice;
use crate::schema::Schema;

/// A piece of a paragraph.
enum Run<'a> {
    Text(&'a str),
    Bold(&'a str),
    /// A checkbox content control, ticked or not.
    Check(bool),
}

/// The body of `word/document.xml` being written.
struct Body {
    xml: String,
    /// Content controls need distinct ids.
    next_id: u32,
    /// `w:lang` of every run (`fr-FR`): spell-checkers and screen readers
    /// take the form's language from it.
    lang: &'static str,
}

impl Body {
    fn para(&mut self, style: Option<&str>, runs: &[Run<'_>]) {
        self.xml.push_str("<w:p>");
        if let Some(style) = style {
            let _ = write!(self.xml, "<w:pPr><w:pStyle w:val=\"{style}\"/></w:pPr>");
        }
        for run in runs {
            match run {
                Run::Text(t) => text_run(&mut self.xml, t, false, self.lang),
                Run::Bold(t) => text_run(&mut self.xml, t, true, self.lang),
                Run::Check(checked) => {
                    self.next_id += 1;
                    checkbox(&mut self.xml, *checked, self.next_id);
                }
            }
        }
        self.xml.push_str("</w:p>");
    }

    /// Text that may hold paragraphs (`\n\n`): one Word paragraph each.
    fn paragraphs(&mut self, style: Option<&str>, text: &str) {
        for paragraph in text.split("\n\n") {
            self.para(style, &[Run::Text(paragraph)]);
        }
    }
}

/// Characters XML 1.0 cannot hold (C0 controls but tab and line ends,
/// U+FFFE/U+FFFF): left out, so that the file opens; `check_written` then
/// refuses the conversion, since the reply would not read back the same.
fn xml_char(c: char) -> bool {
    !matches!(c, '\u{0}'..='\u{8}' | '\u{b}' | '\u{c}' | '\u{e}'..='\u{1f}' | '\u{fffe}' | '\u{ffff}')
}

fn escape_into(out: &mut String, text: &str) {
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

/// A run of text: line breaks as `w:br`, tabs as `w:tab`, spaces kept.
fn text_run(out: &mut String, text: &str, bold: bool, lang: &str) {
    if text.is_empty() {
        return;
    }
    out.push_str("<w:r><w:rPr>");
    if bold {
        out.push_str("<w:b/>");
    }
    let _ = write!(out, "<w:lang w:val=\"{lang}\"/></w:rPr>");
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

const GOTHIC: &str = "<w:rFonts w:ascii=\"MS Gothic\" w:eastAsia=\"MS Gothic\" w:hAnsi=\"MS Gothic\" w:hint=\"eastAsia\"/>";

/// A checkbox content control (Word 2010+, LibreOffice 7+), with the box
/// glyph as its content so that any reader shows the state.
fn checkbox(out: &mut String, checked: bool, id: u32) {
    let (val, glyph) = if checked { ("1", '☒') } else { ("0", '☐') };
    let _ = write!(
        out,
        "<w:sdt><w:sdtPr><w:rPr>{GOTHIC}</w:rPr><w:id w:val=\"{id}\"/>\
         <w14:checkbox><w14:checked w14:val=\"{val}\"/>\
         <w14:checkedState w14:val=\"2612\" w14:font=\"MS Gothic\"/>\
         <w14:uncheckedState w14:val=\"2610\" w14:font=\"MS Gothic\"/></w14:checkbox></w:sdtPr>\
         <w:sdtContent><w:r><w:rPr>{GOTHIC}</w:rPr><w:t>{glyph}</w:t></w:r></w:sdtContent></w:sdt>"
    );
}

/// The answer: `Any action taken ☒ YES ☐ NO` with real checkboxes.
fn choices<'a>(lead: &'a str, choices: Choices<'a>) -> [Run<'a>; 9] {
    [
        Run::Bold(lead),
        Run::Text(" "),
        Run::Check(choices.ticked == Some(Choice::Yes)),
        Run::Text(" "),
        Run::Text(choices.yes),
        Run::Text(" "),
        Run::Check(choices.ticked == Some(Choice::No)),
        Run::Text(" "),
        Run::Text(choices.no),
    ]
}

impl FormSink for Body {
    fn title(&mut self, title: &str) {
        self.para(Some("Title"), &[Run::Text(title)]);
    }

    fn questionnaire(&mut self, line: &str) {
        self.para(None, &[Run::Text(line)]);
    }

    fn guidance(&mut self, guidance: &str) {
        self.paragraphs(None, guidance);
    }

    fn field(&mut self, label: &str, value: FieldValue<'_>) {
        let label = format!("{label}:");
        match value {
            FieldValue::Choices(c) => self.para(None, &choices(&label, c)),
            FieldValue::Text(value) => {
                self.para(None, &[Run::Bold(&label), Run::Text(" "), Run::Text(value)]);
            }
        }
    }

    fn issue(&mut self, heading: &str) {
        self.para(Some("Heading1"), &[Run::Text(heading)]);
    }

    fn recommendation(&mut self, heading: &str, _id: &str, text: &str) {
        self.para(Some("Heading2"), &[Run::Text(heading)]);
        self.paragraphs(None, text);
    }

    fn unknown_item(&mut self, heading: &str) {
        self.para(Some("Heading2"), &[Run::Text(heading)]);
    }

    fn answer(&mut self, question: &str, c: Choices<'_>) {
        self.para(None, &choices(question, c));
    }

    fn comments(&mut self, label: &str, comments: Option<&str>) {
        self.para(None, &[Run::Bold(label)]);
        if let Some(comments) = comments {
            self.paragraphs(None, comments);
        }
    }
}

fn body(layout: &Layout<'_>, schema: &Schema) -> String {
    let mut body = Body {
        xml: String::new(),
        next_id: 0,
        lang: schema.texts_in.region_tag(),
    };
    lay_out(layout, schema, &mut body);
    body.xml
}

const DECLARATION: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

fn document(layout: &Layout<'_>, schema: &Schema) -> String {
    format!(
        "{DECLARATION}<w:document \
         xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" \
         xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" \
         xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" \
         xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\" \
         mc:Ignorable=\"w14\"><w:body>{}\
         <w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/>\
         <w:pgMar w:top=\"1417\" w:right=\"1417\" w:bottom=\"1134\" w:left=\"1417\" w:header=\"708\" w:footer=\"708\" w:gutter=\"0\"/>\
         </w:sectPr></w:body></w:document>",
        body(layout, schema)
    )
}

const CONTENT_TYPES: &str = "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\
<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>\
<Default Extension=\"xml\" ContentType=\"application/xml\"/>\
<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>\
<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>\
<Override PartName=\"/word/settings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/>\
<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>\
<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>\
</Types>";

const RELS: &str = "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>\
<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>\
<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties\" Target=\"docProps/app.xml\"/>\
</Relationships>";

const DOCUMENT_RELS: &str = "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>\
<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings\" Target=\"settings.xml\"/>\
</Relationships>";

/// Compatibility mode 15 (Word 2013+): checkbox content controls work.
const SETTINGS: &str = "<w:settings xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">\
<w:defaultTabStop w:val=\"720\"/><w:characterSpacingControl w:val=\"doNotCompress\"/>\
<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>\
</w:settings>";

const STYLES: &str = "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">\
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Calibri\" w:eastAsia=\"Calibri\" w:hAnsi=\"Calibri\" w:cs=\"Calibri\"/>\
<w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/><w:lang w:val=\"{LANG}\"/></w:rPr></w:rPrDefault>\
<w:pPrDefault><w:pPr><w:spacing w:after=\"120\" w:line=\"264\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>\
<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/></w:style>\
<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\"><w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/><w:unhideWhenUsed/></w:style>\
<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:uiPriority w:val=\"10\"/><w:qFormat/>\
<w:pPr><w:spacing w:after=\"240\"/><w:jc w:val=\"center\"/></w:pPr><w:rPr><w:b/><w:sz w:val=\"30\"/><w:szCs w:val=\"30\"/></w:rPr></w:style>\
<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:uiPriority w:val=\"9\"/><w:qFormat/>\
<w:pPr><w:keepNext/><w:spacing w:before=\"360\" w:after=\"120\"/><w:outlineLvl w:val=\"0\"/></w:pPr><w:rPr><w:b/><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/></w:rPr></w:style>\
<w:style w:type=\"paragraph\" w:styleId=\"Heading2\"><w:name w:val=\"heading 2\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:uiPriority w:val=\"9\"/><w:qFormat/>\
<w:pPr><w:keepNext/><w:spacing w:before=\"240\" w:after=\"80\"/><w:outlineLvl w:val=\"1\"/></w:pPr><w:rPr><w:b/><w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/></w:rPr></w:style>\
</w:styles>";

fn core(schema: &Schema) -> String {
    let mut title = String::new();
    escape_into(&mut title, &schema.title);
    format!(
        "{DECLARATION}<cp:coreProperties \
         xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" \
         xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" \
         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\
         <dc:title>{title}</dc:title><dc:creator>qnr</dc:creator></cp:coreProperties>"
    )
}

const APP: &str = "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\"><Application>qnr</Application></Properties>";

/// The `.docx` bytes of a reply.
pub(crate) fn write(layout: &Layout<'_>, schema: &Schema) -> Vec<u8> {
    let parts: [(&str, String); 8] = [
        (
            "[Content_Types].xml",
            format!("{DECLARATION}{CONTENT_TYPES}"),
        ),
        ("_rels/.rels", format!("{DECLARATION}{RELS}")),
        ("word/document.xml", document(layout, schema)),
        (
            "word/_rels/document.xml.rels",
            format!("{DECLARATION}{DOCUMENT_RELS}"),
        ),
        (
            "word/styles.xml",
            format!(
                "{DECLARATION}{}",
                // The default language of the styles: the form's.
                STYLES.replace("{LANG}", schema.texts_in.region_tag())
            ),
        ),
        ("word/settings.xml", format!("{DECLARATION}{SETTINGS}")),
        ("docProps/core.xml", core(schema)),
        ("docProps/app.xml", format!("{DECLARATION}{APP}")),
    ];
    // Writing to memory fails only if the zip library does; an empty result
    // is then refused by `check_written`, which cannot read it back.
    zip(&parts).unwrap_or_default()
}

fn zip(parts: &[(&str, String)]) -> zip::result::ZipResult<Vec<u8>> {
    let options = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .last_modified_time(DateTime::DEFAULT)
        .unix_permissions(0o644);
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    for (name, content) in parts {
        zip.start_file(*name, options)?;
        zip.write_all(content.as_bytes())?;
    }
    Ok(zip.finish()?.into_inner())
}
