//! The UN form printed to PDF (by Word, LibreOffice or a browser), read
//! from its text layer: the raw bytes are checked against the caps first
//! ([`guard`]), then each page's glyphs are read with their places
//! ([`glyphs`]), put back into lines and paragraphs ([`layout`]), the running
//! headers, footers and page numbers set aside as in a text file, and the
//! paragraphs handed to the form layout rules in [`super::form`]. A PDF
//! without any text (a scan) or one that needs a password is refused with
//! what to do.
//!
//! **Positions.** A finding in a PDF points at a page and a line of that
//! page: `reply.pdf:3:12` is page 3, line 12, counting every line of text
//! on the page from the top (running headers too). The finding's line is
//! the page, its column the line. The text kept for a PDF is its lines, a
//! form feed before each page but the first, from which [`locate`] counts.

mod expansion;
mod glyphs;
mod guard;
mod layout;

use std::collections::HashSet;

use hayro_interpret::InterpreterCache;
use hayro_interpret::hayro_syntax::{LoadPdfError, Pdf};

use self::layout::{Placed, paragraphs};
use super::Loaded;
use super::form::{self, Hint, Line};
use super::messages::{self, PdfLimit, Refusal};
use crate::diagnostic::Diagnostic;
use crate::schema::Schema;

/// Most pages read (the form has ten or so).
pub(crate) const MAX_PAGES: usize = 2_000;

/// Reads a reply from the bytes of a PDF. Never panics, whatever the bytes.
pub(super) fn load(bytes: &[u8], schema: &Schema) -> Loaded {
    match read_lines(bytes) {
        Ok(placed) => {
            let (text, lines) = form_lines(&placed, schema);
            let read = form::read(&lines, schema);
            drop(lines);
            let mut loaded = super::from_read(read, text);
            if let Some(text) = &loaded.text {
                locate(text, &mut loaded.diagnostics);
            }
            loaded
        }
        Err(refusal) => Loaded::refused(&refusal),
    }
}

/// Every line of every page, in reading order.
fn read_lines(bytes: &[u8]) -> Result<Vec<Placed>, Refusal> {
    if let Err(e) = guard::check(bytes) {
        return Err(messages::Pdf::TooBig(e.0).refusal());
    }
    let pdf = Pdf::new(bytes.to_vec()).map_err(|e| match e {
        LoadPdfError::Decryption(_) => messages::Pdf::Encrypted.refusal(),
        LoadPdfError::Invalid => messages::Pdf::Damaged.refusal(),
    })?;
    let pages = pdf.pages();
    if pages.is_empty() {
        return Err(messages::Pdf::NoPages.refusal());
    }
    if pages.len() > MAX_PAGES {
        return Err(messages::Pdf::TooBig(PdfLimit::Pages {
            pages: pages.len(),
            limit: MAX_PAGES,
        })
        .refusal());
    }
    expansion::check(pages).map_err(|e| messages::Pdf::TooBig(e).refusal())?;
    let cache = InterpreterCache::new();
    let mut placed = Vec::new();
    let mut budget = glyphs::MAX_GLYPHS;
    for (index, page) in pages.iter().enumerate() {
        let glyphs = glyphs::read_page(page, &cache, budget);
        budget -= glyphs.len().min(budget);
        for (number, line) in layout::lines(glyphs).into_iter().enumerate() {
            placed.push(Placed {
                line,
                page: index + 1,
                number: number + 1,
            });
        }
    }
    if placed.is_empty() {
        return Err(messages::Pdf::NoText { pages: pages.len() }.refusal());
    }
    Ok(placed)
}

/// The document's text (its lines, a form feed before each new page) and
/// the paragraphs as lines for the form reader, each spanning the lines it
/// was joined from, a blank line after each.
fn form_lines(placed: &[Placed], schema: &Schema) -> (String, Vec<Line<'static>>) {
    let mut text = String::new();
    let mut spans = Vec::with_capacity(placed.len());
    for (i, p) in placed.iter().enumerate() {
        if i > 0 {
            text.push('\n');
            if placed[i - 1].page != p.page {
                text.push('\u{c}');
            }
        }
        let start = text.len();
        text.push_str(&p.line.text);
        spans.push(start..text.len());
    }
    // The form's wording and the respondent's labels start paragraphs of their own.
    let structure = form::structure(schema);
    let is_form =
        |line: &str| structure(line) || form::field_line(&form::squash(line), schema).is_some();
    let kept = without_furniture(&text, placed, &spans, &is_form);
    let mut words = HashSet::new();
    for p in placed {
        layout::words_of(&p.line.text, &mut words);
    }
    for item in schema.items() {
        layout::words_of(&item.recommendation.text, &mut words);
    }
    let mut lines = Vec::new();
    for run in kept {
        let subset: Vec<Placed> = run.iter().map(|&i| placed[i].clone()).collect();
        for paragraph in paragraphs(&subset, &is_form, &words) {
            let first = run[paragraph.lines.start];
            let last = run[paragraph.lines.end - 1];
            let span = spans[first].start..spans[last].end;
            let end = span.end;
            lines.push(Line::new(paragraph.text, span, Hint::Guess));
            lines.push(Line::new("", end..end, Hint::Text));
        }
    }
    (text, lines)
}

/// The lines that are not running headers, footers or page numbers, as
/// runs of consecutive lines (a page break or a line set aside ends a run,
/// as a blank line ends a paragraph in a text file).
fn without_furniture(
    text: &str,
    placed: &[Placed],
    spans: &[std::ops::Range<usize>],
    is_form: &dyn Fn(&str) -> bool,
) -> Vec<Vec<usize>> {
    let raw: Vec<super::txt::RawLine> = spans
        .iter()
        .enumerate()
        .map(|(i, span)| super::txt::RawLine {
            span: span.clone(),
            page_break: placed
                .get(i + 1)
                .is_some_and(|next| next.page != placed[i].page),
        })
        .collect();
    let kept = super::txt::drop_furniture(text, &raw, is_form);
    let mut runs: Vec<Vec<usize>> = vec![Vec::new()];
    let mut index = 0;
    for line in kept {
        // A page break comes back as an empty line: it ends a run. A
        // paragraph that runs on over the page is joined again below.
        if line.span.is_empty() {
            runs.push(Vec::new());
            continue;
        }
        while index < spans.len() && spans[index].start < line.span.start {
            if runs.last().is_some_and(|r| !r.is_empty()) {
                runs.push(Vec::new());
            }
            index += 1;
        }
        if let Some(run) = runs.last_mut() {
            run.push(index);
        }
        index += 1;
    }
    runs.retain(|r| !r.is_empty());
    join_over_pages(runs, placed)
}

/// Runs cut only by a page break are one run again when the text goes on
/// (the paragraph rules decide then whether the paragraph does).
fn join_over_pages(runs: Vec<Vec<usize>>, placed: &[Placed]) -> Vec<Vec<usize>> {
    let mut out: Vec<Vec<usize>> = Vec::new();
    for run in runs {
        match out.last_mut() {
            Some(last)
                if last.last().is_some_and(|&l| {
                    run.first()
                        .is_some_and(|&f| placed[f].page == placed[l].page + 1)
                }) =>
            {
                last.extend(run);
            }
            _ => out.push(run),
        }
    }
    out
}

/// Page and line of a byte offset in a PDF's text.
fn page_line(text: &str, offset: usize) -> (usize, usize) {
    let before = &text.as_bytes()[..offset.min(text.len())];
    let page_start = memchr::memrchr(b'\x0c', before).map_or(0, |i| i + 1);
    let page = memchr::memchr_iter(b'\x0c', before).count() + 1;
    let line = memchr::memchr_iter(b'\n', &before[page_start..]).count() + 1;
    (page, line)
}

/// Points findings at page and line (see the module's documentation): the
/// finding's line is the page, its column the line on that page. Their byte
/// spans are dropped, since a source line shown under them would be
/// numbered as the text is, not as the PDF.
pub(crate) fn locate(text: &str, diagnostics: &mut [Diagnostic]) {
    for d in diagnostics {
        if let Some(span) = d.span.take() {
            let (page, line) = page_line(text, span.start);
            d.line = Some(page);
            d.column = Some(line);
        }
    }
}

#[cfg(test)]
mod tests;
