//! Writes a reply as a Word document laid out like the UN form: the title,
//! the questionnaire line, the guidance, the respondent block, then each
//! issue (Heading 1) and recommendation (Heading 2) with its text, the
//! answer as two checkbox content controls that Word and LibreOffice can
//! tick, `Comments:` and the comment paragraphs, packaged as every
//! document qnr writes is ([`super::package`]).

use std::fmt::Write as _;

use super::package::{self, Look, Package, text_run};
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
}

impl Body {
    fn para(&mut self, style: Option<&str>, runs: &[Run<'_>]) {
        self.xml.push_str("<w:p>");
        if let Some(style) = style {
            let _ = write!(self.xml, "<w:pPr><w:pStyle w:val=\"{style}\"/></w:pPr>");
        }
        for run in runs {
            match run {
                Run::Text(t) => text_run(&mut self.xml, t, Look::PLAIN),
                Run::Bold(t) => text_run(&mut self.xml, t, Look::BOLD),
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
    };
    lay_out(layout, schema, &mut body);
    body.xml
}

/// The `.docx` bytes of a reply.
pub(crate) fn write(layout: &Layout<'_>, schema: &Schema) -> Vec<u8> {
    package::write(&Package {
        title: &schema.title,
        // The form's language: its run defaults, which every run inherits,
        // tell spell-checkers and screen readers what language it is in.
        lang: schema.texts_in.region_tag(),
        body: &body(layout, schema),
        styles: "",
        footer: None,
    })
}
