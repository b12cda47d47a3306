//! Writes a reply as an OpenDocument text laid out like the Word form: the
//! title, the questionnaire line, the guidance, the respondent block, then
//! each issue (Heading 1) and recommendation (Heading 2) with its text, the
//! answer as two checkbox content controls that LibreOffice ticks with a
//! click (another program shows the ☒ or ☐ they hold), `Comments:` and the
//! comment paragraphs. The zip has fixed timestamps and `mimetype` first,
//! stored, as OpenDocument asks; one reply always gives the same bytes.

use std::fmt::Write as _;
use std::io::{Cursor, Write};

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipWriter};

use crate::formats::Layout;
use crate::formats::docx::package::escape_into;
use crate::formats::form::{Choices, FieldValue, FormSink, lay_out};
use crate::reply::Choice;
use crate::schema::Schema;

const MIMETYPE: &str = "application/vnd.oasis.opendocument.text";

/// The body of `content.xml` being written.
struct Body {
    xml: String,
}

/// A piece of a paragraph.
enum Run<'a> {
    Text(&'a str),
    Bold(&'a str),
    Check(bool),
}

impl Body {
    fn para(&mut self, style: &str, runs: &[Run<'_>]) {
        let _ = write!(self.xml, "<text:p text:style-name=\"{style}\">");
        self.runs(runs);
        self.xml.push_str("</text:p>");
    }

    fn heading(&mut self, level: u8, text: &str) {
        let _ = write!(
            self.xml,
            "<text:h text:style-name=\"Heading_20_{level}\" text:outline-level=\"{level}\">"
        );
        self.runs(&[Run::Text(text)]);
        self.xml.push_str("</text:h>");
    }

    fn runs(&mut self, runs: &[Run<'_>]) {
        for run in runs {
            match run {
                Run::Text(t) => text(&mut self.xml, t),
                Run::Bold(t) => {
                    self.xml.push_str("<text:span text:style-name=\"Strong\">");
                    text(&mut self.xml, t);
                    self.xml.push_str("</text:span>");
                }
                Run::Check(checked) => checkbox(&mut self.xml, *checked),
            }
        }
    }

    /// Text that may hold paragraphs (`\n\n`): one paragraph each.
    fn paragraphs(&mut self, text: &str) {
        for paragraph in text.split("\n\n") {
            self.para("Standard", &[Run::Text(paragraph)]);
        }
    }
}

/// Text as OpenDocument keeps it exactly: spaces after the first of a run,
/// or at a line's start, as `text:s`; tabs and line breaks as elements
/// (in plain XML text they would read as one space).
fn text(out: &mut String, text: &str) {
    let mut at_start = true;
    for c in text.chars() {
        match c {
            ' ' if at_start || out.ends_with(' ') => out.push_str("<text:s/>"),
            '\t' => out.push_str("<text:tab/>"),
            '\n' | '\r' => out.push_str("<text:line-break/>"),
            c => {
                let mut buf = [0u8; 4];
                escape_into(out, c.encode_utf8(&mut buf));
            }
        }
        at_start = matches!(c, '\n' | '\r');
    }
}

/// A checkbox content control (LibreOffice 7.4+), holding the box glyph so
/// that any reader shows the state.
fn checkbox(out: &mut String, checked: bool) {
    let glyph = if checked { '☒' } else { '☐' };
    let _ = write!(
        out,
        "<loext:content-control loext:checkbox=\"true\" loext:checked=\"{checked}\" \
         loext:checked-state=\"☒\" loext:unchecked-state=\"☐\">\
         <text:span text:style-name=\"Box\">{glyph}</text:span></loext:content-control>"
    );
}

fn choices<'a>(lead: &'a str, c: Choices<'a>) -> [Run<'a>; 9] {
    [
        Run::Bold(lead),
        Run::Text(" "),
        Run::Check(c.ticked == Some(Choice::Yes)),
        Run::Text(" "),
        Run::Text(c.yes),
        Run::Text(" "),
        Run::Check(c.ticked == Some(Choice::No)),
        Run::Text(" "),
        Run::Text(c.no),
    ]
}

impl FormSink for Body {
    fn title(&mut self, title: &str) {
        self.para("Title", &[Run::Text(title)]);
    }

    fn questionnaire(&mut self, line: &str) {
        self.para("Standard", &[Run::Text(line)]);
    }

    fn guidance(&mut self, guidance: &str) {
        self.paragraphs(guidance);
    }

    fn field(&mut self, label: &str, value: FieldValue<'_>) {
        let label = format!("{label}:");
        match value {
            FieldValue::Choices(c) => self.para("Standard", &choices(&label, c)),
            FieldValue::Text(value) => {
                self.para(
                    "Standard",
                    &[Run::Bold(&label), Run::Text(" "), Run::Text(value)],
                );
            }
        }
    }

    fn issue(&mut self, heading: &str) {
        self.heading(1, heading);
    }

    fn recommendation(&mut self, heading: &str, _id: &str, text: &str) {
        self.heading(2, heading);
        self.paragraphs(text);
    }

    fn unknown_item(&mut self, heading: &str) {
        self.heading(2, heading);
    }

    fn answer(&mut self, question: &str, c: Choices<'_>) {
        self.para("Standard", &choices(question, c));
    }

    fn comments(&mut self, label: &str, comments: Option<&str>) {
        self.para("Standard", &[Run::Bold(label)]);
        if let Some(comments) = comments {
            self.paragraphs(comments);
        }
    }
}

const DECLARATION: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

const NAMESPACES: &str = "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" \
xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" \
xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" \
xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\" \
xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\" \
xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\" \
xmlns:dc=\"http://purl.org/dc/elements/1.1/\" \
xmlns:loext=\"urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0\" \
office:version=\"1.3\"";

fn content(layout: &Layout<'_>, schema: &Schema) -> String {
    let mut body = Body { xml: String::new() };
    lay_out(layout, schema, &mut body);
    format!(
        "{DECLARATION}<office:document-content {NAMESPACES}>\
         <office:font-face-decls><style:font-face style:name=\"Calibri\" svg:font-family=\"Calibri\"/>\
         <style:font-face style:name=\"Segoe UI Symbol\" svg:font-family=\"&apos;Segoe UI Symbol&apos;\"/></office:font-face-decls>\
         <office:automatic-styles/><office:body><office:text>{}</office:text></office:body></office:document-content>",
        body.xml
    )
}

/// A4, Calibri 11, the Word form's spacing; bold `Strong` for labels.
const STYLES: &str = "<office:document-styles xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" \
xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" \
xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" \
xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\" \
xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\" office:version=\"1.3\">\
<office:font-face-decls><style:font-face style:name=\"Calibri\" svg:font-family=\"Calibri\"/>\
<style:font-face style:name=\"Segoe UI Symbol\" svg:font-family=\"&apos;Segoe UI Symbol&apos;\"/></office:font-face-decls>\
<office:styles>\
<style:default-style style:family=\"paragraph\"><style:paragraph-properties fo:margin-bottom=\"0.212cm\" fo:line-height=\"110%\"/>\
<style:text-properties style:font-name=\"Calibri\" fo:font-size=\"11pt\" fo:language=\"en\" fo:country=\"GB\"/></style:default-style>\
<style:style style:name=\"Standard\" style:family=\"paragraph\" style:class=\"text\"/>\
<style:style style:name=\"Title\" style:family=\"paragraph\" style:parent-style-name=\"Standard\" style:next-style-name=\"Standard\" style:class=\"chapter\">\
<style:paragraph-properties fo:text-align=\"center\" fo:margin-bottom=\"0.423cm\"/><style:text-properties fo:font-size=\"15pt\" fo:font-weight=\"bold\"/></style:style>\
<style:style style:name=\"Heading_20_1\" style:display-name=\"Heading 1\" style:family=\"paragraph\" style:parent-style-name=\"Standard\" style:next-style-name=\"Standard\" style:default-outline-level=\"1\" style:class=\"text\">\
<style:paragraph-properties fo:margin-top=\"0.635cm\" fo:margin-bottom=\"0.212cm\" fo:keep-with-next=\"always\"/><style:text-properties fo:font-size=\"14pt\" fo:font-weight=\"bold\"/></style:style>\
<style:style style:name=\"Heading_20_2\" style:display-name=\"Heading 2\" style:family=\"paragraph\" style:parent-style-name=\"Standard\" style:next-style-name=\"Standard\" style:default-outline-level=\"2\" style:class=\"text\">\
<style:paragraph-properties fo:margin-top=\"0.423cm\" fo:margin-bottom=\"0.141cm\" fo:keep-with-next=\"always\"/><style:text-properties fo:font-size=\"12pt\" fo:font-weight=\"bold\"/></style:style>\
<style:style style:name=\"Strong\" style:family=\"text\"><style:text-properties fo:font-weight=\"bold\"/></style:style>\
<style:style style:name=\"Box\" style:family=\"text\"><style:text-properties style:font-name=\"Segoe UI Symbol\"/></style:style>\
</office:styles>\
<office:automatic-styles><style:page-layout style:name=\"A4\"><style:page-layout-properties fo:page-width=\"21.001cm\" fo:page-height=\"29.7cm\" \
fo:margin-top=\"2.5cm\" fo:margin-bottom=\"2cm\" fo:margin-left=\"2.5cm\" fo:margin-right=\"2.5cm\"/></style:page-layout></office:automatic-styles>\
<office:master-styles><style:master-page style:name=\"Standard\" style:page-layout-name=\"A4\"/></office:master-styles>\
</office:document-styles>";

fn meta(schema: &Schema) -> String {
    let mut title = String::new();
    escape_into(&mut title, &schema.title);
    format!(
        "{DECLARATION}<office:document-meta {NAMESPACES}><office:meta>\
         <meta:generator>qnr</meta:generator><dc:title>{title}</dc:title></office:meta></office:document-meta>"
    )
}

const MANIFEST: &str = "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.3\">\
<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>\
<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>\
<manifest:file-entry manifest:full-path=\"styles.xml\" manifest:media-type=\"text/xml\"/>\
<manifest:file-entry manifest:full-path=\"meta.xml\" manifest:media-type=\"text/xml\"/>\
</manifest:manifest>";

/// The `.odt` bytes of a reply.
pub(crate) fn write(layout: &Layout<'_>, schema: &Schema) -> Vec<u8> {
    let parts: [(&str, String); 4] = [
        ("content.xml", content(layout, schema)),
        ("styles.xml", format!("{DECLARATION}{STYLES}")),
        ("meta.xml", meta(schema)),
        ("META-INF/manifest.xml", format!("{DECLARATION}{MANIFEST}")),
    ];
    // Writing to memory fails only if the zip library does; an empty result
    // is then refused by `check_written`, which cannot read it back.
    zip(&parts).unwrap_or_default()
}

fn zip(parts: &[(&str, String)]) -> zip::result::ZipResult<Vec<u8>> {
    let options = SimpleFileOptions::default()
        .last_modified_time(DateTime::DEFAULT)
        .unix_permissions(0o644);
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    // First and uncompressed, so that its type can be read at a fixed place.
    zip.start_file(
        "mimetype",
        options.compression_method(CompressionMethod::Stored),
    )?;
    zip.write_all(MIMETYPE.as_bytes())?;
    for (name, content) in parts {
        zip.start_file(
            *name,
            options.compression_method(CompressionMethod::Deflated),
        )?;
        zip.write_all(content.as_bytes())?;
    }
    Ok(zip.finish()?.into_inner())
}
