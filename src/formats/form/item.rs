//! Finishing a recommendation read from a form: its id checked against the
//! schema, its text compared, its marks turned into an answer (or a finding),
//! its comment lines put in canonical form.

use std::ops::Range;

use super::recognize::squash;
use super::{Item, Marked, Reader, is_blank};
use crate::diagnostic::{Code, Diagnostic};
use crate::i18n::t;
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
                Diagnostic::error(Code::DuplicateKey, t!("forms-item-twice", item = &name))
                    .at(item.heading.clone())
                    .with_id(&id)
                    .with_label(t!("reply-given-again"))
                    .with_help(t!("reply-merge-help")),
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
                    t!(
                        "forms-text-differs",
                        item = self.schema.item_name(id),
                        difference = difference(&text, expected)
                    ),
                )
                .at(item.heading.clone())
                .with_id(id)
                .with_help(t!("forms-check-round-help")),
            );
        }
    }

    fn unknown_item(&mut self, id: &str, span: Range<usize>) {
        let shown = crate::escape::terminal::one_line(id);
        self.out
            .unknown_item(id, &shown, span, &t!("forms-unknown-item-help"));
    }

    fn choice(&mut self, id: &str, name: &str, item: &Item) -> Option<Choice> {
        let question = self.wording.question().to_string();
        let (yes, no) = (&self.schema.answer.yes, &self.schema.answer.no);
        let finish = t!("forms-answer-later-help");
        match &item.answer {
            None => {
                self.out.diagnostics.push(
                    Diagnostic::warning(
                        Code::UnmarkedAnswer,
                        t!("forms-no-answer-line", item = name, question = &question),
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
                        t!(
                            "forms-unmarked",
                            item = name,
                            yes = yes,
                            no = no,
                            question = &question
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
                        t!(
                            "forms-both-marked",
                            item = name,
                            yes = yes,
                            no = no,
                            question = &question
                        ),
                    )
                    .at(span.clone())
                    .with_id(id)
                    .with_help(t!(
                        "forms-both-marked-help",
                        yes = yes,
                        no = no
                    )),
                );
                None
            }
            Some((Marked::Unclear(text), span)) => {
                self.out.lost(
                    Diagnostic::error(
                        Code::InvalidChoice,
                        t!(
                            "forms-unclear-mark",
                            item = name,
                            text = text,
                            yes = yes,
                            no = no
                        ),
                    )
                    .at(span.clone())
                    .with_id(id)
                    .with_help(t!(
                        "forms-unclear-mark-help",
                        question = &question,
                        yes = yes,
                        no = no
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
    t!(
        "forms-text-difference",
        found = excerpt(&found),
        expected = excerpt(&expected)
    )
}
