//! Finishing a recommendation read from a form: its id checked against the
//! schema, its text compared, its marks turned into an answer (or a finding),
//! its comment lines put in canonical form.

use std::ops::Range;

use super::recognize::squash;
use super::{Item, Marked, Reader, is_blank};
use crate::diagnostic::{Code, Diagnostic};
use crate::reply::{Answer, Choice, ItemPlaces};
use crate::text::normalize_comment;

impl Reader<'_, '_> {
    pub(super) fn finish_item(&mut self) {
        let Some(item) = self.item.take() else {
            return;
        };
        let Some(id) = item.id.clone() else {
            return;
        };
        let name = self.schema.item_name(&id);
        let known = self.schema.has_item(&id);
        if self.seen.contains(&id) {
            self.out.lost(
                Diagnostic::error(
                    Code::DuplicateKey,
                    format!("{name} is given more than once; only the last one would be kept"),
                )
                .at(item.heading.clone())
                .with_id(&id)
                .with_label("given again here")
                .with_help("merge the two into one, so that nothing is lost"),
            );
        }
        self.seen.insert(id.clone());
        if known {
            self.check_text(&id, &item);
        } else if self.issue.as_ref().is_none_or(|i| i.known) {
            self.unknown_item(&id, item.heading.clone());
        }
        let choice = self.choice(&id, &name, &item);
        let (comments, comment_span) = self.comments(&item);
        self.out.places.items.insert(
            id.clone(),
            ItemPlaces {
                key: item.heading.clone(),
                action_taken: item.answer.as_ref().map(|(_, span)| span.clone()),
                comments: comment_span,
            },
        );
        self.out
            .reply
            .set_answer(&id, Answer::new(choice, comments.as_deref()));
    }

    fn check_text(&mut self, id: &str, item: &Item) {
        let Some(schema_item) = self.schema.item(id) else {
            return;
        };
        let text = item.text.join(" ");
        let expected = &schema_item.recommendation.text;
        if !text.is_empty() && squash(&text) != squash(expected) {
            self.out.diagnostics.push(
                Diagnostic::warning(
                    Code::TextMismatch,
                    format!(
                        "{}: the text of the recommendation differs from the questionnaire's {}",
                        self.schema.item_name(id),
                        difference(&text, expected)
                    ),
                )
                .at(item.heading.clone())
                .with_id(id)
                .with_help(
                    "check that the form is this round's questionnaire; `qnr schema show` prints it",
                ),
            );
        }
    }

    fn unknown_item(&mut self, id: &str, span: Range<usize>) {
        let shown = crate::escape::terminal::one_line(id);
        self.out.unknown_item(
            id,
            &shown,
            span,
            "`qnr schema show` lists the recommendations of each issue",
        );
    }

    fn choice(&mut self, id: &str, name: &str, item: &Item) -> Option<Choice> {
        let question = self.wording.question().to_string();
        let (yes, no) = (&self.schema.answer.yes, &self.schema.answer.no);
        let finish =
            "answer it after converting: `qnr fill --only-missing REPLY` asks only what is open"
                .to_string();
        match &item.answer {
            None => {
                self.out.diagnostics.push(
                    Diagnostic::warning(
                        Code::UnmarkedAnswer,
                        format!("{name}: the form has no '{question}' line; the answer stays open"),
                    )
                    .at(item.heading.clone())
                    .with_id(id)
                    .with_help(finish),
                );
                None
            }
            Some((Marked::Chosen(c), _)) => Some(*c),
            Some((Marked::Open, span)) => {
                self.out.diagnostics.push(
                    Diagnostic::warning(
                        Code::UnmarkedAnswer,
                        format!(
                            "{name}: neither {yes} nor {no} is marked after '{question}'; the answer stays open"
                        ),
                    )
                    .at(span.clone())
                    .with_id(id)
                    .with_help(finish),
                );
                None
            }
            Some((Marked::Both, span)) => {
                self.out.lost(
                    Diagnostic::error(
                        Code::InvalidChoice,
                        format!("{name}: both {yes} and {no} are marked after '{question}'"),
                    )
                    .at(span.clone())
                    .with_id(id)
                    .with_help(format!("leave only one of {yes} and {no} marked")),
                );
                None
            }
            Some((Marked::Unclear(text), span)) => {
                self.out.lost(
                    Diagnostic::error(
                        Code::InvalidChoice,
                        format!("{name}: `{text}` does not say {yes} or {no}"),
                    )
                    .at(span.clone())
                    .with_id(id)
                    .with_help(format!(
                        "mark one of them, e.g. `{question} ☒ {yes} ☐ {no}`, or delete the other word"
                    )),
                );
                None
            }
        }
    }

    /// The comment: its lines joined and put in canonical form, and its span.
    fn comments(&self, item: &Item) -> (Option<String>, Option<Range<usize>>) {
        let mut text = String::new();
        let mut span: Option<Range<usize>> = None;
        let mut extend = |s: &Range<usize>| {
            span = Some(match span.take() {
                Some(sp) => sp.start..s.end,
                None => s.clone(),
            });
        };
        if let Some((first, s)) = &item.first_comment {
            text.push_str(first);
            extend(s);
        }
        for &k in &item.comments {
            let line = &self.lines[k];
            if !text.is_empty() {
                text.push('\n');
            }
            text.push_str(&line.text);
            if !is_blank(&line.text) {
                extend(&line.span);
            }
        }
        (normalize_comment(&text), span)
    }
}

/// Where two texts part, for messages: `(the file has “…x…” where it reads “…y…”)`.
pub(super) fn difference(found: &str, expected: &str) -> String {
    let found: Vec<char> = squash(found).chars().collect();
    let expected: Vec<char> = squash(expected).chars().collect();
    let common = found
        .iter()
        .zip(&expected)
        .take_while(|(a, b)| a == b)
        .count();
    // Start at the beginning of a word a little before the difference.
    let mut start = common.saturating_sub(12);
    while start > 0 && found[start - 1] != ' ' {
        start -= 1;
    }
    let excerpt = |chars: &[char]| -> String {
        let text: String = chars.iter().skip(start).take(40).collect();
        crate::escape::terminal::one_line(&text)
    };
    format!(
        "(the file has “{}…” where it reads “{}…”)",
        excerpt(&found),
        excerpt(&expected)
    )
}
