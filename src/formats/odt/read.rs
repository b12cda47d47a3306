//! `content.xml` of an OpenDocument text into the paragraphs and table rows
//! the Word reader makes, in reading order, with every tick made a box
//! character: a form check box (`form:checkbox`, placed in the text by a
//! `draw:control`) by its current state, a LibreOffice checkbox content
//! control (`loext:content-control`) or a Word check box field kept by
//! LibreOffice (`field:fieldmark` of type `FORMCHECKBOX`) by its state, a
//! character in a symbol font as the mark reader knows it. Tracked changes
//! are read as accepted (the body holds the text as it is; deletions are
//! kept apart, in `text:tracked-changes`, which is skipped), as are margin
//! comments, footnotes, frames and text boxes.

use std::collections::HashMap;

use quick_xml::NsReader;
use quick_xml::events::{BytesStart, Event};
use quick_xml::name::ResolveResult;

use crate::formats::docx::xml_read::{
    Blocks, MAX_DEPTH, MAX_PARAGRAPHS, SymbolFont, reference, symbol_char, symbol_font,
};
use crate::formats::docx::{Block, Para};
use crate::formats::messages::{Odt, Refusal};
use crate::formats::txt::{EMPTY, TICKED};

const TEXT: &str = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
const TABLE: &str = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
const OFFICE: &str = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
const DRAW: &str = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0";
const FORM: &str = "urn:oasis:names:tc:opendocument:xmlns:form:1.0";
const STYLE: &str = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
const LOEXT: &str = "urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0";
const FIELD: &str = "urn:openoffice:names:experimental:ooo-ms-interop:xmlns:field:1.0";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Ns {
    Text,
    Table,
    Office,
    Draw,
    Form,
    Style,
    Loext,
    Field,
    Other,
}

fn ns_of(resolved: &ResolveResult<'_>) -> Ns {
    match resolved {
        ResolveResult::Bound(ns) => match ns.into_inner() {
            TEXT => Ns::Text,
            TABLE => Ns::Table,
            OFFICE => Ns::Office,
            DRAW => Ns::Draw,
            FORM => Ns::Form,
            STYLE => Ns::Style,
            LOEXT => Ns::Loext,
            FIELD => Ns::Field,
            _ => Ns::Other,
        },
        _ => Ns::Other,
    }
}

/// An attribute's value by its local name (`text:c` → `c`), unescaped.
fn attr(e: &BytesStart<'_>, local: &str) -> Option<String> {
    e.attributes().flatten().find_map(|a| {
        let key = a.key.into_inner();
        let name = key.rsplit(':').next().unwrap_or(key);
        (name == local).then(|| {
            a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                .map(|v| v.into_owned())
                .unwrap_or_default()
        })
    })
}

fn xml_error(position: u64, e: impl std::fmt::Display) -> Refusal {
    Odt::BadXml(position, e.to_string()).refusal()
}

struct State {
    blocks: Blocks,
    depth: usize,
    /// Skipping everything below this depth (tracked changes, notes, frames).
    skip: Option<usize>,
    para: Option<Para>,
    /// Depth of the open paragraph: a paragraph in a paragraph (a note's)
    /// is skipped, so this is the only one.
    para_depth: usize,
    /// Text styles in a symbol font, by name.
    symbol_styles: HashMap<String, SymbolFont>,
    /// The symbol font of each open span, innermost last.
    spans: Vec<(usize, Option<SymbolFont>)>,
    /// Form check boxes by control id: checked or not.
    checkboxes: HashMap<String, bool>,
    /// Inside a content control or field shown as a box: text is not read.
    suppress: Option<usize>,
    /// A `FORMCHECKBOX` field mark being read: whether it is checked.
    fieldmark: Option<(usize, bool)>,
    /// Inside `style:style` of a text style: its name.
    style: Option<String>,
}

impl State {
    fn push_text(&mut self, text: &str) {
        if self.suppress.is_some() {
            return;
        }
        let font = self.spans.iter().rev().find_map(|(_, f)| *f);
        let Some(para) = self.para.as_mut() else {
            return;
        };
        match font {
            Some(font) => para.text.extend(
                text.chars()
                    .map(|c| symbol_char(font, c as u32).unwrap_or(c)),
            ),
            None => para.text.push_str(text),
        }
    }

    fn push_box(&mut self, checked: bool) {
        if let Some(para) = self.para.as_mut() {
            para.text.push(if checked { TICKED } else { EMPTY });
        }
    }

    fn start(&mut self, ns: Ns, e: &BytesStart<'_>, empty: bool) {
        let name = e.local_name().into_inner();
        let depth = self.depth;
        match (ns, name) {
            (Ns::Style, "style") if !empty => {
                self.style =
                    attr(e, "name").filter(|_| attr(e, "family").as_deref() == Some("text"));
            }
            (Ns::Style, "text-properties") => {
                if let (Some(style), Some(font)) = (
                    &self.style,
                    attr(e, "font-name").and_then(|f| symbol_font(&f)),
                ) {
                    self.symbol_styles.insert(style.clone(), font);
                }
            }
            // What is not the reply's text in the flow: deletions kept for
            // tracked changes, margin comments, notes, frames and text boxes,
            // the forms' definitions (read before), declarations.
            (
                Ns::Text,
                "tracked-changes" | "note" | "sequence-decls" | "variable-decls"
                | "user-field-decls",
            )
            | (Ns::Office, "annotation" | "forms")
            | (Ns::Draw, "frame" | "a")
                if !empty =>
            {
                self.skip = Some(depth);
            }
            (Ns::Text, "p" | "h") => {
                if self.para.is_some() {
                    // A paragraph inside a paragraph (in something not skipped): its text joins.
                    return;
                }
                let para = Para {
                    text: String::new(),
                    heading: name == "h",
                };
                if empty {
                    self.emit(para);
                } else {
                    self.para = Some(para);
                    self.para_depth = depth;
                }
            }
            (Ns::Text, "span") if !empty => {
                let font = attr(e, "style-name").and_then(|s| self.symbol_styles.get(&s).copied());
                self.spans.push((depth, font));
            }
            (Ns::Text, "s") => {
                let count = attr(e, "c")
                    .and_then(|c| c.parse::<usize>().ok())
                    .unwrap_or(1);
                self.push_text(&" ".repeat(count.min(1000)));
            }
            (Ns::Text, "tab") => self.push_text("\t"),
            (Ns::Text, "line-break") => self.push_text("\n"),
            (Ns::Table, "table-row") if !empty => self.blocks.open_row(),
            (Ns::Table, "table-cell") if !empty => self.blocks.open_cell(),
            (Ns::Draw, "control") => {
                if let Some(&checked) = attr(e, "control").and_then(|id| self.checkboxes.get(&id)) {
                    self.push_box(checked);
                }
            }
            (Ns::Loext, "content-control") if !empty && self.suppress.is_none() => {
                if attr(e, "checkbox").as_deref() == Some("true") {
                    let checked = attr(e, "checked").as_deref() == Some("true");
                    self.push_box(checked);
                    self.suppress = Some(depth);
                } else if attr(e, "showing-place-holder").as_deref() == Some("true") {
                    // The prompt is the program's, not the respondent's.
                    self.suppress = Some(depth);
                }
            }
            (Ns::Loext, "content-control") if attr(e, "checkbox").as_deref() == Some("true") => {
                self.push_box(attr(e, "checked").as_deref() == Some("true"));
            }
            (Ns::Field, "fieldmark" | "fieldmark-start")
                if attr(e, "type").is_some_and(|t| t.ends_with("FORMCHECKBOX")) =>
            {
                if empty || name == "fieldmark-start" {
                    self.push_box(false);
                } else {
                    self.fieldmark = Some((depth, false));
                }
            }
            (Ns::Field, "param") => {
                if let Some((_, checked)) = self.fieldmark.as_mut()
                    && attr(e, "name").as_deref() == Some("Checkbox_Checked")
                {
                    *checked = attr(e, "value").as_deref() == Some("true");
                }
            }
            _ => {}
        }
    }

    fn emit(&mut self, para: Para) {
        self.blocks.para(para);
    }

    fn end(&mut self, ns: Ns, name: &str) {
        let depth = self.depth;
        if self.suppress == Some(depth) {
            self.suppress = None;
        }
        if self.spans.last().is_some_and(|(d, _)| *d == depth) {
            self.spans.pop();
        }
        match (ns, name) {
            (Ns::Style, "style") => self.style = None,
            (Ns::Text, "p" | "h") if self.para_depth == depth => {
                if let Some(para) = self.para.take() {
                    self.emit(para);
                }
            }
            (Ns::Table, "table-cell") => self.blocks.close_cell(),
            (Ns::Table, "table-row") => self.blocks.close_row(),
            (Ns::Field, "fieldmark") => {
                if let Some((d, checked)) = self.fieldmark
                    && d == depth
                {
                    self.fieldmark = None;
                    self.push_box(checked);
                }
            }
            _ => {}
        }
    }
}

/// The form check boxes of `content.xml` by control id, checked or not
/// (`form:current-state`, else `form:state`, the default).
fn checkboxes(xml: &str) -> HashMap<String, bool> {
    let mut out = HashMap::new();
    let mut reader = NsReader::from_str(xml);
    loop {
        match reader.read_resolved_event() {
            Ok((r, Event::Start(e) | Event::Empty(e)))
                if ns_of(&r) == Ns::Form && e.local_name().into_inner() == "checkbox" =>
            {
                let state = attr(&e, "current-state").or_else(|| attr(&e, "state"));
                let checked = state.as_deref() == Some("checked");
                for key in ["id", "control-id"] {
                    if let Some(id) = attr(&e, key) {
                        out.insert(id, checked);
                    }
                }
            }
            Ok((_, Event::Eof)) | Err(_) => return out,
            Ok(_) => {}
        }
        if out.len() > MAX_PARAGRAPHS {
            return out;
        }
    }
}

/// Reads the text of `content.xml` into blocks.
pub(crate) fn read_content(xml: &str) -> Result<Vec<Block>, Refusal> {
    let mut reader = NsReader::from_str(xml);
    let mut state = State {
        blocks: Blocks::new(),
        depth: 0,
        skip: None,
        para: None,
        para_depth: 0,
        symbol_styles: HashMap::new(),
        spans: Vec::new(),
        checkboxes: checkboxes(xml),
        suppress: None,
        fieldmark: None,
        style: None,
    };
    loop {
        let position = reader.buffer_position();
        let (ns, event) = match reader.read_resolved_event() {
            Ok((r, e)) => (ns_of(&r), e),
            Err(e) => return Err(xml_error(position, e)),
        };
        match event {
            Event::DocType(_) => return Err(Odt::Doctype.refusal()),
            Event::Start(e) => {
                state.depth += 1;
                if state.depth > MAX_DEPTH {
                    return Err(Odt::TooDeep(MAX_DEPTH).refusal());
                }
                if state.skip.is_none() {
                    state.start(ns, &e, false);
                }
            }
            Event::Empty(e) if state.skip.is_none() => {
                state.depth += 1;
                state.start(ns, &e, true);
                state.depth -= 1;
            }
            Event::End(e) => {
                match state.skip {
                    Some(d) if d == state.depth => state.skip = None,
                    Some(_) => {}
                    None => state.end(ns, e.local_name().into_inner()),
                }
                state.depth = state.depth.saturating_sub(1);
            }
            Event::Text(t) if state.skip.is_none() && state.para.is_some() => {
                // Line ends and runs of spaces in the XML are layout: one space.
                let raw = t.xml10_content();
                let mut text = String::with_capacity(raw.len());
                for c in raw.chars() {
                    let c = if matches!(c, '\n' | '\r' | '\t') {
                        ' '
                    } else {
                        c
                    };
                    if !(c == ' ' && text.ends_with(' ')) {
                        text.push(c);
                    }
                }
                state.push_text(&text);
            }
            Event::CData(t) if state.skip.is_none() && state.para.is_some() => {
                state.push_text(&t.into_inner());
            }
            Event::GeneralRef(r) => {
                let text = match reference(&r) {
                    Ok(Some(text)) => text,
                    Ok(None) => {
                        let name = crate::escape::terminal::one_line(&r.xml10_content());
                        return Err(Odt::UndefinedEntity(name).refusal());
                    }
                    Err(e) => return Err(xml_error(position, e)),
                };
                if state.skip.is_none() {
                    state.push_text(&text);
                }
            }
            Event::Eof => break,
            _ => {}
        }
        if state.blocks.paragraphs > MAX_PARAGRAPHS {
            return Err(Odt::TooManyParagraphs(MAX_PARAGRAPHS).refusal());
        }
    }
    if let Some(para) = state.para.take() {
        state.emit(para);
    }
    Ok(state.blocks.finish())
}
