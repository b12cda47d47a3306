//! The printed UN form as a sequence of lines (paragraphs): the respondent
//! header, `Issue I: …`, `Recommendation 1`, its text, `Any action taken
//! YES NO`, `Comments:` and the comment paragraphs. This module finds that
//! layout in lines from any source — a text file, Markdown, a Word
//! document — and reads a reply out of it. Which line is structure is decided
//! with context: a heading inside a comment counts only when an answer line or
//! a comment label follows it, so a comment may quote "Recommendation 2".

mod header;
mod item;
mod mark;
mod recognize;
mod sink;

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::ops::Range;

pub(crate) use header::field_line;
pub(crate) use mark::{Marked, is_choice_line, is_mark, read_marks};
pub(crate) use recognize::{Wording, questionnaire_line, squash, strip_prefix_ci};
pub(crate) use sink::{Choices, FieldValue, FormSink, lay_out};

use self::item::difference;
use self::recognize::Heading;
use crate::diagnostic::{Code, Diagnostic};
use crate::i18n::t;
use crate::reply::{Reply, ReplyBuilder, ReplyRead};
use crate::schema::Schema;

/// What the source knows about a line's role.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Hint {
    /// Plain text: the reader decides from the words and the context.
    Guess,
    /// Marked as a heading by the source (Markdown `###`): taken as one if it
    /// reads as an issue or recommendation heading.
    Heading,
    /// Marked as body text by the source: never a heading.
    Text,
}

/// One line (or paragraph) of a form and where it stands in the file.
#[derive(Clone, Debug)]
pub(crate) struct Line<'a> {
    pub text: Cow<'a, str>,
    pub span: Range<usize>,
    pub hint: Hint,
}

impl<'a> Line<'a> {
    pub(crate) fn new(text: impl Into<Cow<'a, str>>, span: Range<usize>, hint: Hint) -> Line<'a> {
        Line {
            text: text.into(),
            span,
            hint,
        }
    }
}

#[derive(Clone, Debug)]
enum Kind {
    Blank,
    Issue(Heading),
    Rec(Heading),
    /// The answer line, with what follows the question.
    Answer(String),
    Label,
    Text,
}

/// Reads the form in `lines` against `schema`.
pub(crate) fn read(lines: &[Line<'_>], schema: &Schema) -> ReplyRead {
    let wording = Wording::new(schema);
    let kinds: Vec<Kind> = lines.iter().map(|l| classify(l, &wording)).collect();
    // Past the limit on answers, the recommendations are not read one by
    // one: a hundred thousand copies of one heading would each be reported.
    let headings = kinds.iter().filter(|k| matches!(k, Kind::Rec(_))).count();
    if headings > crate::formats::MAX_ANSWERS {
        return ReplyRead::failed(
            Diagnostic::error(
                crate::diagnostic::Code::LimitExceeded,
                crate::i18n::t!(
                    "forms-too-many-headings",
                    headings = headings.to_string(),
                    max = crate::formats::MAX_ANSWERS.to_string()
                ),
            )
            .with_help(crate::diagnostic::docs::not_a_reply()),
        );
    }
    let mut reader = Reader {
        schema,
        wording,
        lines,
        kinds,
        out: ReplyBuilder::new(schema, Reply::empty(schema)),
        issue: None,
        item: None,
        seen: HashSet::new(),
        fields_seen: HashMap::new(),
        found: 0,
    };
    if let Some(first) = lines.iter().find(|l| !is_blank(&l.text)) {
        reader.out.places.root = first.span.start..first.span.start + 1;
    }
    reader.run();
    reader.finish()
}

/// Whether a line reads as part of the form's own wording (a heading, the
/// answer line, the comment label), for sources that need to tell it from
/// page furniture.
pub(crate) fn structure(schema: &Schema) -> impl Fn(&str) -> bool + use<> {
    let wording = Wording::new(schema);
    move |line: &str| {
        let line = squash(line);
        wording.issue(&line).is_some()
            || wording.recommendation(&line).is_some()
            || wording.answer(&line).is_some()
            || wording.comments_label(&line)
    }
}

fn is_blank(text: &str) -> bool {
    squash(text).is_empty()
}

fn classify(line: &Line<'_>, wording: &Wording) -> Kind {
    let text = squash(&line.text);
    if text.is_empty() {
        return Kind::Blank;
    }
    if line.text.trim().contains('\n') {
        return Kind::Text;
    }
    if line.hint != Hint::Text {
        if let Some(h) = wording.issue(&text) {
            return Kind::Issue(h);
        }
        if let Some(h) = wording.recommendation(&text) {
            return Kind::Rec(h);
        }
    }
    if wording.is_label_line(&text) {
        return Kind::Label;
    }
    if let Some(rest) = wording.answer(&text) {
        return Kind::Answer(rest.to_string());
    }
    Kind::Text
}

struct IssueContext {
    numeral: String,
    known: bool,
}

/// A recommendation being read.
struct Item {
    /// `None` when it cannot be placed (no issue heading before it).
    id: Option<String>,
    heading: Range<usize>,
    text: Vec<String>,
    answer: Option<(Marked, Range<usize>)>,
    label_seen: bool,
    /// The answer line or the comment label has been passed.
    in_comments: bool,
    comments: Vec<usize>,
    /// A comment line with text has been read (so a label now is text).
    comment_text: bool,
    /// The part of the label line after the colon, when it holds text.
    first_comment: Option<(String, Range<usize>)>,
}

struct Reader<'s, 'l> {
    schema: &'s Schema,
    wording: Wording,
    lines: &'l [Line<'l>],
    kinds: Vec<Kind>,
    out: ReplyBuilder<'s>,
    issue: Option<IssueContext>,
    item: Option<Item>,
    /// The ids read so far, to report one given twice.
    seen: HashSet<String>,
    fields_seen: HashMap<usize, Range<usize>>,
    found: usize,
}

impl Reader<'_, '_> {
    fn run(&mut self) {
        let mut i = 0;
        while i < self.lines.len() {
            match self.kinds[i].clone() {
                Kind::Issue(h) if self.accept_issue(i) => {
                    self.finish_item();
                    self.start_issue(&h, i);
                    i += 1;
                }
                Kind::Rec(h) if self.accept_rec(i) => {
                    self.finish_item();
                    self.start_item(&h, i);
                    i += 1;
                }
                _ => i = self.body(i),
            }
        }
        self.finish_item();
    }

    /// The next line after `i` that is structure (a heading, an answer line or a label).
    fn next_structure(&self, i: usize) -> Option<usize> {
        (i + 1..self.lines.len()).find(|&k| !matches!(self.kinds[k], Kind::Blank | Kind::Text))
    }

    fn in_comments(&self) -> bool {
        self.item.as_ref().is_some_and(|item| item.in_comments)
    }

    /// A recommendation heading is confirmed by an answer line or a comment
    /// label before the next heading.
    fn confirmed_rec(&self, i: usize) -> bool {
        if self.lines[i].hint == Hint::Heading {
            return true;
        }
        self.next_structure(i)
            .is_some_and(|k| matches!(self.kinds[k], Kind::Answer(_) | Kind::Label))
    }

    fn accept_rec(&self, i: usize) -> bool {
        !self.in_comments() || self.confirmed_rec(i)
    }

    /// An issue heading is followed by a confirmed recommendation heading.
    /// Inside a comment it must also name another issue than the one being
    /// read and, for an issue of the schema, carry its title or be followed
    /// by its first recommendation: a comment quoting "Issue II: …" stays text.
    fn accept_issue(&self, i: usize) -> bool {
        if self.lines[i].hint == Hint::Heading {
            return true;
        }
        let Kind::Issue(h) = &self.kinds[i] else {
            return false;
        };
        let Some(k) = self
            .next_structure(i)
            .filter(|&k| matches!(self.kinds[k], Kind::Rec(_)) && self.confirmed_rec(k))
        else {
            return false;
        };
        if !self.in_comments() {
            return true;
        }
        if self
            .issue
            .as_ref()
            .is_some_and(|issue| issue.numeral.eq_ignore_ascii_case(&h.token))
        {
            return false;
        }
        let Some(issue) = self
            .schema
            .issues
            .iter()
            .find(|issue| issue.numeral.eq_ignore_ascii_case(&h.token))
        else {
            return true;
        };
        let Kind::Rec(rec) = &self.kinds[k] else {
            return false;
        };
        let first = issue.recommendations.first();
        squash(&h.rest) == squash(&issue.title)
            || first.is_some_and(|r| {
                r.label.eq_ignore_ascii_case(&rec.token) || rec.id.as_deref() == Some(r.id.as_str())
            })
    }

    fn start_issue(&mut self, h: &Heading, i: usize) {
        let span = self.lines[i].span.clone();
        let found = self
            .schema
            .issues
            .iter()
            .find(|issue| issue.numeral.eq_ignore_ascii_case(&h.token));
        match found {
            Some(issue) => {
                if !h.rest.is_empty() && squash(&h.rest) != squash(&issue.title) {
                    let heading = self.schema.issue_heading(issue);
                    self.out.diagnostics.push(
                        Diagnostic::warning(
                            Code::TextMismatch,
                            t!(
                                "forms-title-differs",
                                heading = heading,
                                difference = difference(&h.rest, &issue.title)
                            ),
                        )
                        .at(span)
                        .with_help(t!("forms-check-round-help")),
                    );
                }
                self.issue = Some(IssueContext {
                    numeral: issue.numeral.clone(),
                    known: true,
                });
            }
            None => {
                let numerals: Vec<&str> = self
                    .schema
                    .issues
                    .iter()
                    .map(|i| i.numeral.as_str())
                    .collect();
                self.out.diagnostics.push(
                    Diagnostic::error(
                        Code::UnknownAnswer,
                        t!(
                            "forms-unknown-issue",
                            issue = crate::escape::terminal::one_line(&h.token),
                            questionnaire = &self.schema.id
                        ),
                    )
                    .at(span)
                    .with_help(t!("forms-unknown-issue-help", issues = numerals.join(", "))),
                );
                self.issue = Some(IssueContext {
                    numeral: h.token.clone(),
                    known: false,
                });
            }
        }
    }

    fn start_item(&mut self, h: &Heading, i: usize) {
        let span = self.lines[i].span.clone();
        let id = match (&h.id, &self.issue) {
            (Some(id), _) => Some(id.clone()),
            (None, Some(issue)) => {
                let label = self
                    .schema
                    .issues
                    .iter()
                    .find(|x| x.numeral == issue.numeral)
                    .and_then(|x| {
                        x.recommendations
                            .iter()
                            .find(|r| r.label.eq_ignore_ascii_case(&h.token))
                    })
                    .map_or(h.token.as_str(), |r| r.label.as_str());
                Some(format!("{}.{label}", issue.numeral))
            }
            (None, None) => {
                self.out.lost(
                    Diagnostic::error(
                        Code::UnknownAnswer,
                        t!(
                            "forms-no-issue",
                            heading =
                                crate::escape::terminal::one_line(&squash(&self.lines[i].text))
                        ),
                    )
                    .at(span.clone())
                    .with_help(t!(
                        "forms-no-issue-help",
                        example = self
                            .schema
                            .issues
                            .first()
                            .map(|x| format!("{}: {}", self.schema.issue_heading(x), x.title))
                            .unwrap_or_default()
                    )),
                );
                None
            }
        };
        self.found += 1;
        let mut text = Vec::new();
        if !h.rest.is_empty() {
            text.push(h.rest.clone());
        }
        self.item = Some(Item {
            id,
            heading: span,
            text,
            answer: None,
            label_seen: false,
            in_comments: false,
            comments: Vec::new(),
            comment_text: false,
            first_comment: None,
        });
    }

    /// Handles a line that is not a heading; returns the next line to read.
    fn body(&mut self, i: usize) -> usize {
        let lines = self.lines;
        let kind = self.kinds[i].clone();
        let Some(item) = self.item.as_mut() else {
            if self.issue.is_none() {
                return self.preamble(i);
            }
            // Between an issue heading and its first recommendation: the
            // issue's title or an introduction, which belong to the form.
            return i + 1;
        };
        if !item.in_comments {
            match kind {
                Kind::Answer(rest) => return self.answer(i, &rest),
                Kind::Label => self.label(i),
                Kind::Blank => {}
                _ => item.text.push(squash(&lines[i].text)),
            }
            return i + 1;
        }
        let open = item.answer.is_none();
        let label_free = !item.label_seen && !item.comment_text;
        match kind {
            Kind::Answer(rest) if open => return self.answer(i, &rest),
            Kind::Label if label_free => self.label(i),
            Kind::Blank => item.comments.push(i),
            _ => {
                item.comment_text = true;
                item.comments.push(i);
            }
        }
        i + 1
    }

    fn label(&mut self, i: usize) {
        let lines = self.lines;
        let line = &lines[i];
        let Some(item) = self.item.as_mut() else {
            return;
        };
        item.label_seen = true;
        item.in_comments = true;
        if let Some((at, _)) = line.text.match_indices(':').next() {
            let rest = &line.text[at + 1..];
            if !is_blank(rest) {
                let start = line.span.start + (at + 1).min(line.span.len());
                item.first_comment = Some((rest.to_string(), start..line.span.end));
            }
        }
    }

    /// Reads an answer line; when it holds only the question, the choices
    /// may stand on the next line or two (`☒ YES` / `☐ NO`).
    fn answer(&mut self, i: usize, rest: &str) -> usize {
        let (yes, no) = (&self.schema.answer.yes, &self.schema.answer.no);
        let mut text = rest.to_string();
        let mut span = self.lines[i].span.clone();
        let mut next = i + 1;
        if !mark::has_choice(&text, yes, no) {
            let mut taken = 0;
            let mut k = i + 1;
            while k < self.lines.len() && taken < 2 {
                match &self.kinds[k] {
                    Kind::Blank => k += 1,
                    Kind::Text if mark::is_choice_line(&self.lines[k].text, yes, no) => {
                        text.push(' ');
                        text.push_str(&squash(&self.lines[k].text));
                        span.end = self.lines[k].span.end;
                        taken += 1;
                        k += 1;
                        next = k;
                    }
                    _ => break,
                }
            }
        }
        let marked = read_marks(&text, yes, no);
        if let Some(item) = self.item.as_mut() {
            item.answer = Some((marked, span));
            item.in_comments = true;
        }
        next
    }

    fn finish(mut self) -> ReplyRead {
        if self.found == 0 {
            let empty = self.lines.iter().all(|l| is_blank(&l.text));
            let (message, help) = if empty {
                (t!("forms-empty"), t!("forms-empty-help"))
            } else {
                (
                    t!("forms-not-a-form", questionnaire = &self.schema.id),
                    t!(
                        "forms-not-a-form-help",
                        recommendation =
                            self.schema.headings.recommendation.replace("{label}", "1"),
                        issue = self.schema.headings.issue.replace("{numeral}", "I"),
                        question = &self.schema.answer.question
                    ),
                )
            };
            return ReplyRead::failed(
                Diagnostic::error(Code::ParseError, message)
                    .at_opt(self.lines.first().map(|l| l.span.start..l.span.start))
                    .with_help(help),
            );
        }
        let missing: Vec<String> = self
            .schema
            .item_ids()
            .filter(|id| !self.seen.contains(*id))
            .map(String::from)
            .collect();
        for id in missing {
            self.out.diagnostics.push(
                Diagnostic::warning(
                    Code::MissingItem,
                    t!("forms-missing-item", item = self.schema.item_name(&id)),
                )
                .with_id(&id)
                .with_help(t!("forms-missing-item-help")),
            );
        }
        self.out.reply.sort_by_schema(self.schema);
        self.out.finish()
    }
}

#[cfg(test)]
mod tests;
