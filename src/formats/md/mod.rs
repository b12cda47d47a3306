//! The UN form as Markdown: a readable, printable form that reads back to
//! the same reply. pulldown-cmark turns the file into blocks; each block
//! becomes a line for the form layout rules in [`super::form`], headings
//! marked as headings and paragraphs as text (so a comment that says
//! "Recommendation 2" stays a comment). Inside comments, markup a person
//! typed (`*stress*`, a list, a quote) is kept as written.

mod write;

use std::ops::Range;

use pulldown_cmark::{Event, Options, Parser, Tag};

pub(super) use write::write;

use super::form::{self, Hint, Line, Wording, squash};
use crate::diagnostic::{Code, Diagnostic};
use crate::i18n::t;
use crate::reply::ReplyRead;
use crate::schema::Schema;

type Spanned<'t> = (Event<'t>, Range<usize>);

/// How many block quotes (`>`) and list items (`-`, `*`, `+`, `1.`, `1)`)
/// a line opens before its text: what the parser nests on that line.
fn nesting(line: &str) -> usize {
    let mut depth = 0;
    let mut rest = line.trim_start_matches([' ', '\t']);
    loop {
        let after = if let Some(after) = rest.strip_prefix(['>', '-', '*', '+']) {
            after
        } else {
            let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
            match rest[digits..].strip_prefix(['.', ')']) {
                Some(after) if (1..=9).contains(&digits) => after,
                _ => return depth,
            }
        };
        // A list marker needs a space after it; `>` does not.
        if !rest.starts_with('>') && !after.is_empty() && !after.starts_with([' ', '\t']) {
            return depth;
        }
        depth += 1;
        rest = after.trim_start_matches([' ', '\t']);
    }
}

/// Deepest nesting of block quotes and list items on one line. A form
/// needs two or three (a quote in a comment, a list inside it); the
/// Markdown parser keeps some hundreds of bytes for each open one, so a
/// line of a million `>` took 460 MB before anything was read.
const MAX_NESTING: usize = 64;

/// Reads a form from decoded Markdown.
pub(super) fn read(text: &str, schema: &Schema) -> ReplyRead {
    if let Some((line, depth)) = text
        .lines()
        .enumerate()
        .map(|(i, l)| (i + 1, nesting(l)))
        .find(|&(_, depth)| depth > MAX_NESTING)
    {
        return ReplyRead::failed(
            Diagnostic::error(
                Code::LimitExceeded,
                t!(
                    "forms-md-too-deep",
                    line = line,
                    depth = depth.to_string(),
                    max = MAX_NESTING
                ),
            )
            .with_help(crate::diagnostic::docs::not_a_reply()),
        );
    }
    let mut events: Vec<Spanned<'_>> = Vec::new();
    let mut headings = 0usize;
    // Twice the limit on answers leaves room for issue headings; past it
    // this is no form, and keeping every event of 100,000 headings took
    // over 100 MB before the headings were counted.
    let most_headings = 2 * crate::formats::MAX_ANSWERS;
    for spanned in Parser::new_ext(text, Options::empty()).into_offset_iter() {
        if matches!(spanned.0, Event::Start(Tag::Heading { .. })) {
            headings += 1;
            if headings > most_headings {
                return ReplyRead::failed(
                    Diagnostic::error(
                        Code::LimitExceeded,
                        crate::i18n::t!(
                            "forms-md-too-many-headings",
                            headings = most_headings.to_string(),
                            max = crate::formats::MAX_ANSWERS.to_string()
                        ),
                    )
                    .at(spanned.1)
                    .with_help(crate::diagnostic::docs::not_a_reply()),
                );
            }
        }
        events.push(spanned);
    }
    let wording = Wording::new(schema);
    let mut blocks = Blocks {
        text,
        schema,
        wording: &wording,
        lines: Vec::new(),
        extra_fields: Vec::new(),
        in_comments: false,
        before_issues: true,
    };
    blocks.walk(&events);
    let Blocks {
        lines,
        extra_fields,
        ..
    } = blocks;
    let mut read = form::read(&lines, schema);
    if let Some(reply) = read.reply.as_mut() {
        for (id, value, span) in extra_fields {
            read.diagnostics.push(
                Diagnostic::error(
                    Code::UnknownField,
                    t!(
                        "reply-unknown-field",
                        id = crate::escape::terminal::one_line(&id)
                    ),
                )
                .at(span.clone())
                .with_id(&id)
                .with_help(t!(
                    "reply-fields-are",
                    list = schema
                        .respondent
                        .iter()
                        .map(|f| format!("'{}'", f.label))
                        .collect::<Vec<_>>()
                        .join(", ")
                )),
            );
            read.places.fields.insert(id.clone(), span);
            reply.set_field(&id, &value);
        }
        reply.sort_by_schema(schema);
    }
    read
}

struct Blocks<'t, 's> {
    text: &'t str,
    schema: &'s Schema,
    wording: &'s Wording,
    lines: Vec<Line<'t>>,
    /// Respondent list items whose label is no field of the schema: id, value, place.
    extra_fields: Vec<(String, String, Range<usize>)>,
    /// After a comment label, until the next heading.
    in_comments: bool,
    /// Before the first issue or recommendation heading: the respondent block.
    before_issues: bool,
}

impl<'t> Blocks<'t, '_> {
    fn push(&mut self, text: String, span: Range<usize>, hint: Hint) {
        let end = span.end;
        self.lines.push(Line::new(text, span, hint));
        self.lines.push(Line::new("", end..end, Hint::Text));
    }

    fn walk(&mut self, events: &[Spanned<'t>]) {
        let mut i = 0;
        while i < events.len() {
            let (event, range) = &events[i];
            // Found only for the blocks read whole: finding it for a quote
            // that is stepped into would scan to its end at every level,
            // quadratic in the nesting (`>>>>…` 50,000 deep took minutes).
            let end = || matching_end(events, i);
            match event {
                Event::Start(Tag::Heading { .. }) => {
                    let end = end();
                    let text = inline_text(&events[i + 1..end], self.text, false);
                    let line = squash(&text);
                    if self.wording.issue(&line).is_some()
                        || self.wording.recommendation(&line).is_some()
                    {
                        self.before_issues = false;
                    }
                    self.in_comments = false;
                    self.push(text, range.clone(), Hint::Heading);
                    i = end + 1;
                }
                Event::Start(Tag::Paragraph) => {
                    let end = end();
                    let text = inline_text(&events[i + 1..end], self.text, self.in_comments);
                    if !self.in_comments && self.wording.is_label_line(&squash(&text)) {
                        self.in_comments = true;
                    }
                    self.push(text, range.clone(), Hint::Text);
                    i = end + 1;
                }
                Event::Start(Tag::List(_)) if self.before_issues && !self.in_comments => {
                    let end = end();
                    self.respondent(&events[i + 1..end]);
                    i = end + 1;
                }
                // The recommendation's text is a quote: its paragraphs are read as such.
                Event::Start(Tag::BlockQuote(_)) if !self.in_comments => i += 1,
                Event::Start(_) => {
                    // Any other block (a list, a quote, code, HTML in a comment) as written.
                    let end = end();
                    let raw = self.text[range.clone()].trim_end().to_string();
                    self.push(raw, range.clone(), Hint::Text);
                    i = end + 1;
                }
                Event::Rule => {
                    self.lines
                        .push(Line::new("", range.end..range.end, Hint::Text));
                    i += 1;
                }
                _ => i += 1,
            }
        }
    }

    /// The respondent list: one line per item, `Label: value`.
    fn respondent(&mut self, events: &[Spanned<'t>]) {
        let mut i = 0;
        while i < events.len() {
            let (event, range) = &events[i];
            let end = matching_end(events, i);
            if let Event::Start(Tag::Item) = event {
                let inner = &events[i + 1..end];
                let text = item_text(inner, self.text);
                if form::field_line(&text, self.schema).is_none()
                    && let Some((label, value)) = strong_label(inner, self.text)
                {
                    self.extra_fields.push((label, value, range.clone()));
                } else {
                    self.push(text, range.clone(), Hint::Text);
                }
            }
            i = end + 1;
        }
    }
}

/// The index of the event that ends the one starting at `i` (or `i` itself
/// for an event that is not a start).
fn matching_end(events: &[Spanned<'_>], i: usize) -> usize {
    if !matches!(events[i].0, Event::Start(_)) {
        return i;
    }
    let mut depth = 0usize;
    for (k, (event, _)) in events.iter().enumerate().skip(i) {
        match event {
            Event::Start(_) => depth += 1,
            Event::End(_) => {
                depth -= 1;
                if depth == 0 {
                    return k;
                }
            }
            _ => {}
        }
    }
    events.len().saturating_sub(1)
}

/// The text of inline events. With `raw`, markup (emphasis, links, code) is
/// kept as written in the file; without, only its text is taken.
fn inline_text(events: &[Spanned<'_>], source: &str, raw: bool) -> String {
    let mut out = String::new();
    let mut i = 0;
    while i < events.len() {
        let (event, range) = &events[i];
        match event {
            Event::Text(t) => out.push_str(t),
            Event::Code(c) if raw => out.push_str(&source[range.clone()]),
            Event::Code(c) => out.push_str(c),
            Event::SoftBreak | Event::HardBreak => out.push('\n'),
            Event::Html(h) | Event::InlineHtml(h) => out.push_str(h),
            Event::Start(_) if raw => {
                out.push_str(&source[range.clone()]);
                i = matching_end(events, i);
            }
            _ => {}
        }
        i += 1;
    }
    out
}

/// The text of a list item; its paragraphs, if loose, one blank line apart.
fn item_text(events: &[Spanned<'_>], source: &str) -> String {
    let mut out = String::new();
    let mut i = 0;
    while i < events.len() {
        if let Event::Start(Tag::Paragraph) = events[i].0 {
            let end = matching_end(events, i);
            if !out.is_empty() {
                out.push_str("\n\n");
            }
            out.push_str(&inline_text(&events[i + 1..end], source, false));
            i = end + 1;
        } else {
            let end = (i..events.len())
                .find(|&k| matches!(events[k].0, Event::Start(Tag::Paragraph)))
                .unwrap_or(events.len());
            out.push_str(&inline_text(&events[i..end], source, false));
            i = end;
        }
    }
    out
}

/// `**label:** value` → (`label`, `value`), for respondent fields the schema lacks.
fn strong_label(events: &[Spanned<'_>], source: &str) -> Option<(String, String)> {
    let first = events
        .iter()
        .position(|(e, _)| matches!(e, Event::Start(Tag::Strong)))?;
    if events[..first]
        .iter()
        .any(|(e, _)| !matches!(e, Event::Start(Tag::Paragraph)))
    {
        return None;
    }
    let end = matching_end(events, first);
    let label = inline_text(&events[first + 1..end], source, false);
    let label = label.strip_suffix(':')?.to_string();
    let value = item_text(&events[end + 1..], source);
    (!label.is_empty()).then(|| (label, value.trim().to_string()))
}

#[cfg(test)]
mod tests;
