//! `word/document.xml` into paragraphs and table rows in reading order, with
//! every tick Word can store turned into the box characters the form's mark
//! reader knows: a checkbox content control (`w14:checkbox`) or a legacy
//! form field (`w:ffData/w:checkBox`) becomes `☒` or `☐` by its state, a
//! symbol (`w:sym`, or text in a Wingdings font) its Unicode or Private Use
//! character. Tracked changes are read as accepted; deleted text, field
//! instructions, drawings and text boxes are skipped (margin comments,
//! headers and footers live in other parts, which are not read).

use std::collections::HashSet;

use quick_xml::NsReader;
use quick_xml::events::{BytesStart, Event};
use quick_xml::name::ResolveResult;

use super::DocxError;
use crate::formats::txt::{EMPTY, TICKED};
use crate::i18n::t;

const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const W_STRICT: &str = "http://purl.oclc.org/ooxml/wordprocessingml/main";
const W14: &str = "http://schemas.microsoft.com/office/word/2010/wordml";
const MC: &str = "http://schemas.openxmlformats.org/markup-compatibility/2006";

/// Deepest element nesting read (a document needs ~15; tables in tables more).
pub(crate) const MAX_DEPTH: usize = 256;
/// Most paragraphs read (the seed has ~100): each costs memory far beyond
/// the six bytes of an empty `<w:p/>`.
pub(crate) const MAX_PARAGRAPHS: usize = 200_000;

/// A paragraph: its text (`\n` for a line break, `\t` for a tab) and
/// whether its style is a heading.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Para {
    pub text: String,
    pub heading: bool,
}

/// What the body holds, in reading order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Block {
    Para(Para),
    /// A table row: its cells, each with the blocks inside it.
    Row(Vec<Vec<Block>>),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Ns {
    W,
    W14,
    Mc,
    Other,
}

fn ns_of(resolved: &ResolveResult<'_>) -> Ns {
    match resolved {
        ResolveResult::Bound(ns) => match ns.into_inner() {
            W | W_STRICT => Ns::W,
            W14 => Ns::W14,
            MC => Ns::Mc,
            _ => Ns::Other,
        },
        _ => Ns::Other,
    }
}

/// An attribute's raw value by its local name (`w:val` → `val`).
fn attr(e: &BytesStart<'_>, local: &str) -> Option<String> {
    e.attributes().flatten().find_map(|a| {
        let key = a.key.into_inner();
        let name = key.rsplit(':').next().unwrap_or(key);
        (name == local).then(|| a.value.to_string())
    })
}

/// An ST_OnOff value: absent means on.
fn on(value: Option<&str>) -> bool {
    !matches!(value, Some("0" | "false" | "off"))
}

/// `word/document.xml` is not well-formed XML.
fn xml_error(position: u64, e: impl std::fmt::Display) -> DocxError {
    DocxError::parse(
        t!(
            "formats-pdf-docx-bad-xml",
            at = position,
            reason = e.to_string()
        ),
        t!("formats-pdf-docx-bad-xml-help"),
    )
}

/// The style ids that are headings: named `heading N` or with an outline level.
pub(crate) fn heading_styles(styles: &str) -> HashSet<String> {
    let mut out = HashSet::new();
    let mut reader = NsReader::from_str(styles);
    let mut current: Option<(String, bool)> = None;
    loop {
        let (ns, event) = match reader.read_resolved_event() {
            Ok((r, e)) => (ns_of(&r), e),
            Err(_) => return out,
        };
        match event {
            Event::Start(e) | Event::Empty(e) if ns == Ns::W => match e.local_name().into_inner() {
                "style" => current = attr(&e, "styleId").map(|id| (id, false)),
                "name" => {
                    if let (Some((_, heading)), Some(name)) = (&mut current, attr(&e, "val")) {
                        let name = name.to_ascii_lowercase();
                        *heading |= name
                            .strip_prefix("heading ")
                            .is_some_and(|n| n.parse::<u8>().is_ok());
                    }
                }
                "outlineLvl" => {
                    if let (Some((_, heading)), Some(level)) = (&mut current, attr(&e, "val")) {
                        *heading |= level.parse::<u8>().is_ok_and(|l| l < 9);
                    }
                }
                _ => {}
            },
            Event::End(e) if ns == Ns::W && e.local_name().into_inner() == "style" => {
                if let Some((id, true)) = current.take() {
                    out.insert(id);
                }
            }
            Event::Eof => return out,
            _ => {}
        }
    }
}

fn is_heading_id(id: &str, styles: &HashSet<String>) -> bool {
    styles.contains(id)
        || id
            .to_ascii_lowercase()
            .strip_prefix("heading")
            .is_some_and(|n| n.parse::<u8>().is_ok())
}

/// Containers being filled: the body or a cell (blocks), or a table row.
enum Frame {
    Blocks(Vec<Block>),
    Row(Vec<Vec<Block>>),
}

/// The blocks of a word processor's body as its reader finds them (Word's
/// and OpenDocument's alike): paragraphs, and table rows whose cells hold
/// blocks of their own.
pub(crate) struct Blocks {
    frames: Vec<Frame>,
    /// Paragraphs added so far, for the cap.
    pub paragraphs: usize,
}

impl Blocks {
    pub(crate) fn new() -> Blocks {
        Blocks {
            frames: vec![Frame::Blocks(Vec::new())],
            paragraphs: 0,
        }
    }

    pub(crate) fn para(&mut self, para: Para) {
        self.paragraphs += 1;
        let blocks = self.frames.iter_mut().rev().find_map(|f| match f {
            Frame::Blocks(b) => Some(b),
            Frame::Row(_) => None,
        });
        if let Some(blocks) = blocks {
            blocks.push(Block::Para(para));
        }
    }

    pub(crate) fn open_row(&mut self) {
        self.frames.push(Frame::Row(Vec::new()));
    }

    pub(crate) fn open_cell(&mut self) {
        self.frames.push(Frame::Blocks(Vec::new()));
    }

    /// Closes a cell; one never opened (its start was inside something
    /// skipped) closes nothing, and the body's frame stays.
    pub(crate) fn close_cell(&mut self) {
        if self.frames.len() < 2 || !matches!(self.frames.last(), Some(Frame::Blocks(_))) {
            return;
        }
        if let Some(Frame::Blocks(cell)) = self.frames.pop() {
            match self.frames.last_mut() {
                Some(Frame::Row(row)) => row.push(cell),
                // A cell outside a row: its blocks as they come.
                Some(Frame::Blocks(blocks)) => blocks.extend(cell),
                None => self.frames.push(Frame::Blocks(cell)),
            }
        }
    }

    pub(crate) fn close_row(&mut self) {
        if !matches!(self.frames.last(), Some(Frame::Row(_))) {
            return;
        }
        if let Some(Frame::Row(row)) = self.frames.pop() {
            let blocks = self.frames.iter_mut().rev().find_map(|f| match f {
                Frame::Blocks(b) => Some(b),
                Frame::Row(_) => None,
            });
            if let Some(blocks) = blocks {
                blocks.push(Block::Row(row));
            }
        }
    }

    /// The blocks in reading order; unclosed rows and cells (a damaged
    /// file) give up theirs in order.
    pub(crate) fn finish(self) -> Vec<Block> {
        let mut out = Vec::new();
        for frame in self.frames {
            match frame {
                Frame::Blocks(blocks) => out.extend(blocks),
                Frame::Row(row) => out.push(Block::Row(row)),
            }
        }
        out
    }
}

/// The text of a character or entity reference: `None` for an entity XML
/// does not define (a file with a `DOCTYPE` defines its own, which is refused).
pub(crate) fn reference(
    r: &quick_xml::events::BytesRef<'_>,
) -> Result<Option<String>, quick_xml::Error> {
    match r.resolve_char_ref() {
        Ok(Some(c)) => Ok(Some(c.to_string())),
        Ok(None) => Ok(
            quick_xml::escape::resolve_predefined_entity(&r.xml10_content()).map(str::to_string),
        ),
        Err(e) => Err(e),
    }
}

/// A content control being read.
struct Sdt {
    /// `Some(checked)` when it is a checkbox.
    checkbox: Option<bool>,
    /// Depth of its `w:sdtContent`, while inside it.
    content: Option<usize>,
    /// It shows its placeholder ("Click or tap here to enter text."): empty.
    placeholder: bool,
}

/// A legacy form field's `w:ffData` being read.
#[derive(Default)]
struct FormField {
    checkbox: bool,
    checked: Option<bool>,
    default: Option<bool>,
    /// Depth of its `w:checkBox`, while inside it.
    in_checkbox: Option<usize>,
}

struct State<'s> {
    styles: &'s HashSet<String>,
    blocks: Blocks,
    depth: usize,
    /// Skipping everything below this depth (deleted text, drawings …).
    skip: Option<usize>,
    /// Inside a paragraph: its text so far.
    para: Option<Para>,
    /// Text of a paragraph whose mark was deleted, to be joined to the next.
    carry: Option<Para>,
    /// The current paragraph's mark is deleted (tracked change).
    mark_deleted: bool,
    ppr: Option<usize>,
    in_text: bool,
    /// The current run's font is a symbol font.
    symbol_font: Option<SymbolFont>,
    rpr: bool,
    sdts: Vec<Sdt>,
    /// Text is replaced by the box of a checkbox control, written once.
    suppress: Option<(usize, Option<char>)>,
    field: Option<FormField>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum SymbolFont {
    Wingdings,
    Wingdings2,
    Symbol,
}

pub(crate) fn symbol_font(name: &str) -> Option<SymbolFont> {
    match name.trim().to_ascii_lowercase().as_str() {
        "wingdings" => Some(SymbolFont::Wingdings),
        "wingdings 2" => Some(SymbolFont::Wingdings2),
        "symbol" => Some(SymbolFont::Symbol),
        _ => None,
    }
}

/// A character typed or inserted in a symbol font, as the mark reader knows it.
pub(crate) fn symbol_char(font: SymbolFont, code: u32) -> Option<char> {
    let code = if (0xF000..=0xF0FF).contains(&code) {
        code - 0xF000
    } else {
        code
    };
    if code > 0xFF {
        return char::from_u32(code);
    }
    match font {
        // The mark reader knows Wingdings boxes by their Private Use code.
        SymbolFont::Wingdings => char::from_u32(0xF000 + code),
        SymbolFont::Wingdings2 => Some(match code {
            0x4F => '✗',
            0x50 => '✓',
            0x51 | 0x53 | 0x54 => '☒',
            0x52 => '☑',
            0x2A | 0xA3 => '☐',
            _ => char::from_u32(0xF000 + code)?,
        }),
        SymbolFont::Symbol => match code {
            0xD6 => Some('√'),
            0xB4 => Some('×'),
            _ => char::from_u32(0xF000 + code),
        },
    }
}

impl State<'_> {
    fn push_text(&mut self, text: &str) {
        if let Some((_, pending)) = &mut self.suppress {
            if let (Some(c), Some(para)) = (pending.take(), self.para.as_mut()) {
                para.text.push(c);
            }
            return;
        }
        let Some(para) = self.para.as_mut() else {
            return;
        };
        match self.symbol_font {
            Some(font) => para.text.extend(
                text.chars()
                    .map(|c| symbol_char(font, c as u32).unwrap_or(c)),
            ),
            None => para.text.push_str(text),
        }
    }

    /// Pushes a box character (a checkbox's state), even where text is suppressed.
    fn push_box(&mut self, checked: bool) {
        if let Some(para) = self.para.as_mut() {
            para.text.push(if checked { TICKED } else { EMPTY });
        }
    }

    fn emit(&mut self, para: Para) {
        self.blocks.para(para);
    }

    fn flush_carry(&mut self) {
        if let Some(carried) = self.carry.take() {
            self.emit(carried);
        }
    }

    fn start(&mut self, ns: Ns, e: &BytesStart<'_>, empty: bool) {
        let name = e.local_name().into_inner();
        let depth = self.depth;
        match ns {
            Ns::Mc if name == "Fallback" && !empty => self.skip = Some(depth),
            Ns::W14 => self.w14(name, e),
            Ns::W => self.w(name, e, empty, depth),
            _ => {}
        }
    }

    fn w14(&mut self, name: &str, e: &BytesStart<'_>) {
        let Some(sdt) = self.sdts.last_mut() else {
            return;
        };
        match name {
            "checkbox" if sdt.content.is_none() => {
                sdt.checkbox = Some(sdt.checkbox.unwrap_or(false))
            }
            "checked" if sdt.content.is_none() => {
                sdt.checkbox = Some(on(attr(e, "val").as_deref()));
            }
            _ => {}
        }
    }

    fn w(&mut self, name: &str, e: &BytesStart<'_>, empty: bool, depth: usize) {
        if self.ppr.is_some() {
            // Inside the paragraph's properties only the style and a deleted mark count.
            match name {
                "pStyle" => {
                    if let (Some(para), Some(id)) = (self.para.as_mut(), attr(e, "val")) {
                        para.heading |= is_heading_id(&id, self.styles);
                    }
                }
                "outlineLvl" => {
                    if let Some(para) = self.para.as_mut() {
                        para.heading |= attr(e, "val")
                            .and_then(|l| l.parse::<u8>().ok())
                            .is_some_and(|l| l < 9);
                    }
                }
                "del" | "moveFrom" => self.mark_deleted = true,
                _ => {}
            }
            return;
        }
        if let Some(field) = self.field.as_mut() {
            match name {
                "checkBox" => {
                    field.checkbox = true;
                    if !empty {
                        field.in_checkbox = Some(depth);
                    }
                }
                "checked" if field.in_checkbox.is_some() => {
                    field.checked = Some(on(attr(e, "val").as_deref()));
                }
                "default" if field.in_checkbox.is_some() => {
                    field.default = Some(on(attr(e, "val").as_deref()));
                }
                _ => {}
            }
            return;
        }
        match name {
            "p" => {
                // A deleted paragraph mark joined the last paragraph to this one.
                let mut para = self.carry.take().unwrap_or(Para {
                    text: String::new(),
                    heading: false,
                });
                para.heading = false;
                if empty {
                    self.emit(para);
                } else {
                    self.para = Some(para);
                    self.mark_deleted = false;
                }
            }
            "pPr" if !empty && self.para.is_some() => self.ppr = Some(depth),
            "tr" if !empty => {
                self.flush_carry();
                self.blocks.open_row();
            }
            "tc" if !empty => {
                self.flush_carry();
                self.blocks.open_cell();
            }
            // Deleted text and what is not shown as text in the flow.
            "del" | "moveFrom" | "delText" | "instrText" | "drawing" | "pict" | "object"
            | "delInstrText"
                if !empty =>
            {
                self.skip = Some(depth);
            }
            "r" if !empty => {
                self.symbol_font = None;
            }
            "rPr" if !empty => self.rpr = true,
            "rFonts" if self.rpr => {
                if let Some(font) = attr(e, "ascii")
                    .or_else(|| attr(e, "hAnsi"))
                    .and_then(|f| symbol_font(&f))
                {
                    self.symbol_font = Some(font);
                }
            }
            "t" if !empty => self.in_text = true,
            "tab" => self.push_text("\t"),
            "br" | "cr" => self.push_text("\n"),
            "noBreakHyphen" => self.push_text("-"),
            "sym" => self.sym(e),
            "fldChar" if !empty && attr(e, "fldCharType").as_deref() == Some("begin") => {
                self.field = Some(FormField::default());
            }
            "sdt" if !empty => self.sdts.push(Sdt {
                checkbox: None,
                content: None,
                placeholder: false,
            }),
            "showingPlcHdr" => {
                if let Some(sdt) = self.sdts.last_mut()
                    && sdt.content.is_none()
                {
                    sdt.placeholder = on(attr(e, "val").as_deref());
                }
            }
            "sdtContent" if empty => {
                if let Some(checked) = self.sdts.last().and_then(|sdt| sdt.checkbox)
                    && self.suppress.is_none()
                {
                    self.push_box(checked);
                }
            }
            "sdtContent" => {
                if let Some(sdt) = self.sdts.last_mut() {
                    sdt.content = Some(depth);
                    if self.suppress.is_none() {
                        if let Some(checked) = sdt.checkbox {
                            let mark = if checked { TICKED } else { EMPTY };
                            self.suppress = Some((depth, Some(mark)));
                        } else if sdt.placeholder {
                            // The prompt is Word's, not the respondent's.
                            self.suppress = Some((depth, None));
                        }
                    }
                }
            }
            _ => {}
        }
    }

    fn sym(&mut self, e: &BytesStart<'_>) {
        let code = attr(e, "char").and_then(|c| u32::from_str_radix(c.trim(), 16).ok());
        // Without a font Word means Wingdings; in a text font the code is Unicode.
        let c = match attr(e, "font") {
            None => code.and_then(|code| symbol_char(SymbolFont::Wingdings, code)),
            Some(f) => match symbol_font(&f) {
                Some(font) => code.and_then(|code| symbol_char(font, code)),
                None => code.and_then(char::from_u32),
            },
        };
        if let Some(c) = c {
            let saved = self.symbol_font.take();
            self.push_text(&c.to_string());
            self.symbol_font = saved;
        }
    }

    fn end(&mut self, ns: Ns, name: &str) {
        let depth = self.depth;
        if let Some(ppr) = self.ppr {
            // Nothing inside the paragraph's properties is structure.
            if ppr == depth {
                self.ppr = None;
            }
            return;
        }
        if ns != Ns::W {
            return;
        }
        if let Some(field) = self.field.as_mut() {
            if field.in_checkbox == Some(depth) {
                field.in_checkbox = None;
            }
            if name == "fldChar"
                && let Some(field) = self.field.take()
                && field.checkbox
            {
                self.push_box(field.checked.or(field.default).unwrap_or(false));
            }
            return;
        }
        match name {
            "p" => {
                if let Some(para) = self.para.take() {
                    if self.mark_deleted {
                        self.carry = Some(para);
                    } else {
                        self.emit(para);
                    }
                }
            }
            "tc" => {
                self.flush_carry();
                self.blocks.close_cell();
            }
            "tr" => {
                self.flush_carry();
                self.blocks.close_row();
            }
            "t" => self.in_text = false,
            "rPr" => self.rpr = false,
            "r" => self.symbol_font = None,
            "sdtContent" => {
                if self.suppress.is_some_and(|(d, _)| d == depth)
                    && let Some((_, pending)) = self.suppress.take()
                    && let Some(mark) = pending
                {
                    self.push_box(mark == TICKED);
                }
                if let Some(sdt) = self.sdts.last_mut() {
                    sdt.content = None;
                }
            }
            "sdt" => {
                self.sdts.pop();
            }
            _ => {}
        }
    }
}

/// Reads the body of `word/document.xml`.
pub(crate) fn read_document(xml: &str, styles: &HashSet<String>) -> Result<Vec<Block>, DocxError> {
    let mut reader = NsReader::from_str(xml);
    let mut state = State {
        styles,
        blocks: Blocks::new(),
        depth: 0,
        skip: None,
        para: None,
        carry: None,
        mark_deleted: false,
        ppr: None,
        in_text: false,
        symbol_font: None,
        rpr: false,
        sdts: Vec::new(),
        suppress: None,
        field: None,
    };
    loop {
        let position = reader.buffer_position();
        let (ns, event) = match reader.read_resolved_event() {
            Ok((r, e)) => (ns_of(&r), e),
            Err(e) => return Err(xml_error(position, e)),
        };
        match event {
            Event::DocType(_) => {
                return Err(DocxError::parse(
                    t!("formats-pdf-docx-doctype"),
                    t!("formats-pdf-docx-not-word-help"),
                ));
            }
            Event::Start(e) => {
                state.depth += 1;
                if state.depth > MAX_DEPTH {
                    return Err(DocxError::limit(t!(
                        "formats-pdf-docx-too-deep",
                        limit = MAX_DEPTH
                    )));
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
            Event::Text(t) if state.in_text && state.skip.is_none() => {
                state.push_text(&t.xml10_content());
            }
            Event::CData(t) if state.in_text && state.skip.is_none() => {
                state.push_text(&t.into_inner());
            }
            Event::GeneralRef(r) => {
                let text = match reference(&r) {
                    Ok(Some(text)) => text,
                    Ok(None) => {
                        return Err(DocxError::parse(
                            t!(
                                "formats-pdf-docx-entity",
                                name = crate::escape::terminal::one_line(&r.xml10_content())
                            ),
                            t!("formats-pdf-docx-not-word-help"),
                        ));
                    }
                    Err(e) => return Err(xml_error(position, e)),
                };
                if state.in_text && state.skip.is_none() {
                    state.push_text(&text);
                }
            }
            Event::Eof => break,
            _ => {}
        }
        if state.blocks.paragraphs > MAX_PARAGRAPHS {
            return Err(DocxError::limit(t!(
                "formats-pdf-docx-too-many-paragraphs",
                limit = MAX_PARAGRAPHS
            )));
        }
    }
    state.flush_carry();
    if let Some(para) = state.para.take() {
        state.emit(para);
    }
    Ok(state.blocks.finish())
}
