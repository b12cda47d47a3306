//! A form as a document, before any schema is known: its paragraphs and
//! table rows in reading order, for `qnr schema import`, which finds the
//! questionnaire in them. Plain text is split into lines with the page
//! furniture set aside, Markdown into its blocks, a Word or OpenDocument
//! document into its paragraphs and table rows; the other reply formats
//! hold no form, and a PDF is read only against a questionnaire qnr has.

use std::ops::Range;

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use super::Format;
use super::docx::{self, Block};
use super::messages::Refusal;
use super::odt;
use crate::diagnostic::{Code, Diagnostic};
use crate::i18n::t;
use crate::text::decode_text;

/// One piece of the document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Piece {
    /// A paragraph (a line of a text file): its text, and whether the
    /// source marks it as a heading (a Markdown `#`, a Word heading style).
    Para {
        text: String,
        heading: bool,
        line: usize,
    },
    /// A table row: the text of each cell.
    Row { cells: Vec<String>, line: usize },
}

impl Piece {
    /// The line (a text file, Markdown) or paragraph (Word) it starts at, from 1.
    pub(crate) fn line(&self) -> usize {
        match self {
            Piece::Para { line, .. } | Piece::Row { line, .. } => *line,
        }
    }
}

/// The pieces of a form in `format`. `is_form` tells a line of the form's
/// own wording from a running header. A file that cannot be read, or a
/// format that holds no form, is one error saying why.
pub(crate) fn pieces(
    format: Format,
    bytes: &[u8],
    is_form: &dyn Fn(&str) -> bool,
) -> Result<Vec<Piece>, Box<Diagnostic>> {
    // A `.doc` or a scan is refused by what it is; a Word or OpenDocument
    // file is read as what its bytes say, whatever its name.
    let format = match super::binary(format, bytes) {
        Some(Ok(found)) => found,
        Some(Err(foreign)) => return Err(refused(&foreign.refusal())),
        None => format,
    };
    match format {
        Format::Txt => Ok(text_pieces(&decode(bytes)?, is_form)),
        Format::Md => Ok(markdown_pieces(&decode(bytes)?)),
        Format::Docx => docx::blocks(bytes)
            .map(|blocks| word_pieces(&blocks))
            .map_err(|e| refused(&e)),
        Format::Odt => odt::blocks(bytes)
            .map(|blocks| word_pieces(&blocks))
            .map_err(|e| refused(&e)),
        // Its paragraphs are found with the questionnaire's wording, which
        // an import has yet to find.
        Format::Pdf => Err(Box::new(
            Diagnostic::error(Code::ParseError, t!("formats-pdf-import"))
                .with_help(t!("formats-pdf-import-help")),
        )),
        Format::Json | Format::Toml | Format::Yaml | Format::Csv => Err(Box::new(
            Diagnostic::error(
                Code::ParseError,
                t!("schema-import-reply-not-form", format = format.name()),
            )
            .with_help(t!("schema-import-reply-not-form-help")),
        )),
    }
}

fn refused(refusal: &Refusal) -> Box<Diagnostic> {
    Box::new(refusal.diagnostic())
}

/// Whether a line is a page number (`3`, `- 3 -`, `Page 3 of 12`, `3/12`).
pub(crate) fn is_page_number(line: &str) -> bool {
    super::txt::is_page_number(line)
}

fn decode(bytes: &[u8]) -> Result<String, Box<Diagnostic>> {
    decode_text(bytes).map_err(|e| {
        Box::new(
            Diagnostic::error(Code::ParseError, e.message)
                .at_line(e.line, e.column)
                .with_help(t!("schema-import-text-help")),
        )
    })
}

fn text_pieces(text: &str, is_form: &dyn Fn(&str) -> bool) -> Vec<Piece> {
    let starts = line_starts(text);
    super::txt::kept_lines(text, is_form)
        .into_iter()
        .map(|l| Piece::Para {
            text: text[l.span.clone()].to_string(),
            heading: false,
            line: line_at(&starts, l.span.start),
        })
        .collect()
}

/// Where each line of `text` starts, to number the pieces.
fn line_starts(text: &str) -> Vec<usize> {
    std::iter::once(0)
        .chain(text.match_indices('\n').map(|(i, _)| i + 1))
        .collect()
}

fn line_at(starts: &[usize], at: usize) -> usize {
    starts.partition_point(|&s| s <= at).max(1)
}

fn markdown_pieces(text: &str) -> Vec<Piece> {
    let starts = line_starts(text);
    let mut out = Vec::new();
    let mut current = String::new();
    let mut cells: Vec<String> = Vec::new();
    let mut start: Option<usize> = None;
    let mut in_cell = false;
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    for (event, span) in Parser::new_ext(text, options).into_offset_iter() {
        let Range { start: at, .. } = span;
        match event {
            Event::Start(Tag::TableCell) => {
                in_cell = true;
                start.get_or_insert(at);
            }
            Event::End(TagEnd::TableCell) => {
                in_cell = false;
                cells.push(std::mem::take(&mut current).trim().to_string());
            }
            Event::End(TagEnd::TableRow | TagEnd::TableHead) => {
                let line = line_at(&starts, start.take().unwrap_or(at));
                out.push(Piece::Row {
                    cells: std::mem::take(&mut cells),
                    line,
                });
            }
            Event::Start(Tag::Paragraph | Tag::Heading { .. } | Tag::Item) if !in_cell => {
                start.get_or_insert(at);
            }
            Event::End(end @ (TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::Item))
                if !in_cell =>
            {
                let text = std::mem::take(&mut current);
                let line = line_at(&starts, start.take().unwrap_or(at));
                if !text.trim().is_empty() {
                    out.push(Piece::Para {
                        text: text.trim().to_string(),
                        heading: matches!(end, TagEnd::Heading(_)),
                        line,
                    });
                }
            }
            Event::Text(t) | Event::Code(t) => {
                start.get_or_insert(at);
                current.push_str(&t);
            }
            Event::SoftBreak => current.push(' '),
            Event::HardBreak => current.push('\n'),
            _ => {}
        }
    }
    out
}

fn word_pieces(blocks: &[Block]) -> Vec<Piece> {
    let mut out = Vec::new();
    flatten(blocks, &mut out);
    out
}

fn flatten(blocks: &[Block], out: &mut Vec<Piece>) {
    for block in blocks {
        let line = out.len() + 1;
        match block {
            Block::Para(p) => out.push(Piece::Para {
                text: p.text.clone(),
                heading: p.heading,
                line,
            }),
            Block::Row(cells) => {
                // A row of one cell is a paragraph in a frame; a cell that
                // holds a table is read as its own pieces.
                if cells.len() < 2 || cells.iter().flatten().any(|b| matches!(b, Block::Row(_))) {
                    for cell in cells {
                        flatten(cell, out);
                    }
                    continue;
                }
                let cells = cells
                    .iter()
                    .map(|cell| {
                        cell.iter()
                            .filter_map(|b| match b {
                                Block::Para(p) => Some(p.text.trim()),
                                Block::Row(_) => None,
                            })
                            .filter(|t| !t.is_empty())
                            .collect::<Vec<_>>()
                            .join("\n")
                    })
                    .collect();
                out.push(Piece::Row { cells, line });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn never(_: &str) -> bool {
        false
    }

    #[test]
    fn text_lines_are_pieces_whatever_the_line_ends_and_headers_go() {
        let page = "Running header\nIssue I: Title\n";
        let text = format!("\u{feff}{page}\u{c}{page}\u{c}{page}").replace('\n', "\r\n");
        let pieces = pieces(Format::Txt, text.as_bytes(), &|l| l.starts_with("Issue")).unwrap();
        let texts: Vec<String> = pieces
            .iter()
            .filter_map(|p| match p {
                Piece::Para { text, .. } if !text.is_empty() => Some(text.clone()),
                _ => None,
            })
            .collect();
        assert_eq!(texts, ["Issue I: Title"; 3]);
    }

    #[test]
    fn markdown_blocks_lists_and_tables_are_pieces() {
        let md = "# Title\n\n- **Name of country:** Chile\n- **E-mail:**\n\nSome text\nrunning on.\n\n| Label | Value |\n| --- | --- |\n| Fax | 123 |\n";
        let pieces = pieces(Format::Md, md.as_bytes(), &never).unwrap();
        assert_eq!(
            pieces[0],
            Piece::Para {
                text: "Title".into(),
                heading: true,
                line: 1
            }
        );
        assert!(
            matches!(&pieces[1], Piece::Para { text, line: 3, .. } if text == "Name of country: Chile")
        );
        assert!(matches!(&pieces[3], Piece::Para { text, .. } if text == "Some text running on."));
        assert!(matches!(&pieces[5], Piece::Row { cells, .. } if cells == &["Fax", "123"]));
    }

    #[test]
    fn replies_are_not_forms() {
        let e = pieces(Format::Json, b"{}", &never).unwrap_err();
        assert_eq!(e.code, Code::ParseError);
        assert!(e.message.contains(".json"));
    }
}
