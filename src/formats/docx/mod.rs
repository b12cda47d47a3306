//! The UN form as a Word document (`.docx`), as UNODC sends it and
//! governments return it. Reading unpacks `word/document.xml` safely
//! ([`zip_read`]), turns its paragraphs and table cells into lines in
//! reading order with every kind of tick made a box character
//! ([`xml_read`]), and hands them to the form layout rules in
//! [`super::form`] — the same rules as the plain-text form. Writing lays
//! the reply out like the UN form with real checkbox content controls
//! ([`write`]), packaged as every Word document qnr writes ([`package`]).
//!
//! A Word document has no useful line numbers: a finding's line is the
//! number of the paragraph (table cells count one paragraph each, in reading
//! order; a table row that holds an answer line counts as one), its column
//! the character in that paragraph. The text qnr shows with a finding is
//! that paragraph, to be found with Word's Find.

pub(crate) mod package;
mod write;
pub(super) mod xml_read;
pub(super) mod zip_read;

#[cfg(test)]
mod tests;

pub(super) use write::write;

pub(super) use self::xml_read::{Block, Para};
use super::Loaded;
use super::form::{self, Hint, Line, Wording, squash};
use crate::diagnostic::Code;
use crate::schema::Schema;

/// Why a `.docx` cannot be read at all (the refusal every document reader gives).
pub(crate) type DocxError = super::messages::Refusal;

impl DocxError {
    fn parse(message: impl Into<String>, help: impl Into<String>) -> DocxError {
        DocxError {
            code: Code::ParseError,
            message: message.into(),
            help: help.into(),
        }
    }

    fn limit(message: impl Into<String>) -> DocxError {
        DocxError {
            code: Code::LimitExceeded,
            message: message.into(),
            help: crate::diagnostic::docs::not_a_word_reply(),
        }
    }
}

/// Reads a reply from the bytes of a `.docx`. Never panics, whatever the bytes.
pub(super) fn load(bytes: &[u8], schema: &Schema) -> Loaded {
    match read_lines(bytes, schema) {
        Ok((text, lines)) => {
            let read = form::read(&lines, schema);
            drop(lines);
            super::from_read(read, text)
        }
        Err(e) => Loaded::refused(&e),
    }
}

/// The document's paragraphs as lines for the form reader, and the text
/// they index into: one paragraph per line.
fn read_lines(bytes: &[u8], schema: &Schema) -> Result<(String, Vec<Line<'static>>), DocxError> {
    Ok(blocks_to_lines(&blocks(bytes)?, schema))
}

/// The document's body: paragraphs (marked when their style is a heading)
/// and table rows, in reading order, every tick made a box character.
pub(super) fn blocks(bytes: &[u8]) -> Result<Vec<Block>, DocxError> {
    let parts = zip_read::open(bytes)?;
    let styles = parts
        .styles
        .as_deref()
        .map(xml_read::heading_styles)
        .unwrap_or_default();
    xml_read::read_document(&parts.document, &styles)
}

/// Paragraphs and table rows of a word processor's document (Word's or
/// OpenDocument's, read into the same blocks) as lines for the form reader,
/// and the text their spans index into.
pub(super) fn blocks_to_lines(blocks: &[Block], schema: &Schema) -> (String, Vec<Line<'static>>) {
    let wording = Wording::new(schema);
    let mut paras = Vec::new();
    flatten(blocks, schema, &wording, &mut paras);
    lines(paras, &wording)
}

/// Paragraphs in reading order: a table row that reads as the answer line
/// (`Any action taken | ☒ YES | ☐ NO`) or a label with its value
/// (`Name of country: | Narnia`) is one paragraph, its cells joined.
fn flatten(blocks: &[Block], schema: &Schema, wording: &Wording, out: &mut Vec<Para>) {
    for block in blocks {
        match block {
            Block::Para(p) => out.push(p.clone()),
            Block::Row(cells) => match joined_row(cells, schema, wording) {
                Some(para) => out.push(para),
                None => {
                    for cell in cells {
                        flatten(cell, schema, wording, out);
                    }
                }
            },
        }
    }
}

fn joined_row(cells: &[Vec<Block>], schema: &Schema, wording: &Wording) -> Option<Para> {
    if cells.len() < 2 {
        return None;
    }
    let mut texts = Vec::with_capacity(cells.len());
    for cell in cells {
        let mut lines = Vec::new();
        for block in cell {
            match block {
                Block::Para(p) if !squash(&p.text).is_empty() => lines.push(p.text.trim()),
                Block::Para(_) => {}
                Block::Row(_) => return None,
            }
        }
        texts.push(lines.join("\n"));
    }
    let joined = texts
        .iter()
        .filter(|t| !t.is_empty())
        .map(String::as_str)
        .collect::<Vec<_>>()
        .join(" ");
    let line = squash(&joined);
    let (yes, no) = (&schema.answer.yes, &schema.answer.no);
    let first = squash(&texts[0]);
    let is_answer = wording.answer(&line).is_some() || form::is_choice_line(&line, yes, no);
    let is_field = cells.len() == 2
        && !texts[0].contains('\n')
        && form::field_line(&first, schema).is_some_and(|f| f.value.is_empty());
    (is_answer || is_field).then_some(Para {
        text: joined,
        heading: false,
    })
}

/// Lines for the form reader, with a blank line after each paragraph (a
/// paragraph ends a comment paragraph), and the text their spans index.
/// When the document marks both issue and recommendation headings with
/// heading styles (as qnr writes it), only styled paragraphs are headings, so
/// a comment may hold any text; otherwise the words and the context decide,
/// as in plain text.
fn lines(paras: Vec<Para>, wording: &Wording) -> (String, Vec<Line<'static>>) {
    let styled_as =
        |is: &dyn Fn(&str) -> bool| paras.iter().any(|p| p.heading && is(&squash(&p.text)));
    let styled = styled_as(&|l| wording.issue(l).is_some())
        && styled_as(&|l| wording.recommendation(l).is_some());
    let mut text = String::new();
    let mut out = Vec::with_capacity(paras.len() * 2);
    for para in paras {
        if !text.is_empty() {
            text.push('\n');
        }
        let start = text.len();
        // One paragraph, one line: its line breaks are spaces in the shown text
        // (one byte each, so spans stay the same in both).
        text.extend(
            para.text
                .chars()
                .map(|c| if matches!(c, '\n' | '\r') { ' ' } else { c }),
        );
        let end = text.len();
        let hint = match (styled, para.heading) {
            (false, _) => Hint::Guess,
            (true, true) => Hint::Heading,
            (true, false) => Hint::Text,
        };
        // A line break (Shift+Enter) ends a line as in a text file: the
        // choices may stand below the question; in a comment the lines are
        // joined again with their breaks.
        let mut at = start;
        for piece in para.text.split(['\n', '\r']) {
            out.push(Line::new(piece.to_string(), at..at + piece.len(), hint));
            at += piece.len() + 1;
        }
        out.push(Line::new("", end..end, Hint::Text));
    }
    (text, out)
}
