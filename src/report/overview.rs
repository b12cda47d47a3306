//! What every format's overview and sections share: the anchors links
//! point at, a recommendation's short label, a State's answer.

use super::previous::Change;
use super::{Included, Report, Tally, words};
use crate::escape::visible::name;
use crate::reply::Choice;
use crate::schema::Item;

/// The anchor of a recommendation's section: `rec-I.1`. Only letters,
/// digits, `.`, `-` and `_` (anything else a `-`), so that an id from any
/// schema is safe in an attribute and in a link.
pub(super) fn rec_anchor(id: &str) -> String {
    let safe: String = id
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_') {
                c
            } else {
                '-'
            }
        })
        .collect();
    format!("rec-{safe}")
}

/// The anchor of a State's row in the list of replies: `state-3`.
pub(super) fn state_anchor(n: usize) -> String {
    format!("state-{}", n + 1)
}

/// The State's answer to a recommendation.
pub(super) fn answer(inc: &Included, id: &str) -> Option<Choice> {
    inc.reply.answer(id).and_then(|a| a.action_taken)
}

/// A recommendation's figure as a note gives it: "5 of the 8 States (63%)
/// reported action taken.", and with the last round, its count then and
/// who moved from NO to YES or back.
pub(super) fn figures(report: &Report<'_>, item: &Item<'_>, tally: &Tally) -> String {
    let c = tally.counts();
    let mut text = words::reported_action(c.yes, c.total());
    let Some(previous) = &report.previous else {
        return text;
    };
    let (yes, no) = (
        report.schema.answer.yes.as_str(),
        report.schema.answer.no.as_str(),
    );
    let then = previous.recommendations[item.ordinal];
    text.push(' ');
    text.push_str(&words::last_round(then.yes, then.replies));
    for (from, to, change) in [(no, yes, Change::NoToYes), (yes, no, Change::YesToNo)] {
        let moved = previous.moved(&item.recommendation.id, change);
        if !moved.is_empty() {
            text.push(' ');
            text.push_str(&words::moved(from, to, &words::list(&moved)));
        }
    }
    text
}

/// The rows of a recommendation's table of answers: YES and NO always,
/// unanswered only when a draft leaves it open; each with its label and
/// its States.
pub(super) fn answer_rows<'t>(report: &Report<'_>, tally: &'t Tally) -> Vec<(String, &'t [usize])> {
    let mut rows = vec![
        (report.schema.answer.yes.clone(), &tally.yes[..]),
        (report.schema.answer.no.clone(), &tally.no[..]),
    ];
    if !tally.unanswered.is_empty() {
        rows.push((words::unanswered(), &tally.unanswered[..]));
    }
    rows
}

/// A recommendation's comments: each State that commented, with its
/// answer's label and its comment, and the sentence naming those that did
/// not (or saying nobody did), if there is one to say.
pub(super) struct Comments<'r> {
    pub said: Vec<(&'r Included, String, &'r str)>,
    pub silence: Option<String>,
}

pub(super) fn comments<'r>(report: &'r Report<'_>, id: &str) -> Comments<'r> {
    let mut said = Vec::new();
    let mut silent = Vec::new();
    for inc in &report.included {
        let answer = inc.reply.answer(id);
        let label = match answer.and_then(|a| a.action_taken) {
            Some(c) => c.label(report.schema).to_string(),
            None => words::unanswered(),
        };
        match answer.and_then(|a| a.comments.as_deref()) {
            Some(comment) => said.push((inc, label, comment)),
            None => silent.push(words::with_answer(&name(&inc.country), &label)),
        }
    }
    let silence = if said.is_empty() && !report.included.is_empty() {
        Some(words::no_comments())
    } else if silent.is_empty() {
        None
    } else {
        let refs: Vec<&str> = silent.iter().map(String::as_str).collect();
        Some(words::no_comment_from(&words::list(&refs)))
    };
    Comments { said, silence }
}

/// The most words a short label keeps.
const SHORT_WORDS: usize = 9;

/// A recommendation's text shortened to a label for the overview: the
/// words after its opening formula ("Governments should be encouraged to
/// …", which every recommendation shares), at most [`SHORT_WORDS`] of them.
pub(super) fn short(text: &str) -> String {
    let all: Vec<&str> = text.split_whitespace().collect();
    // The opening formula ends at the last "to", "should" or "must" among
    // the first eight words.
    let start = all
        .iter()
        .take(8)
        .rposition(|w| matches!(w.to_lowercase().as_str(), "to" | "should" | "must"))
        .map_or(0, |n| n + 1);
    let rest = &all[start.min(all.len())..];
    let mut label = rest
        .iter()
        .take(SHORT_WORDS)
        .copied()
        .collect::<Vec<_>>()
        .join(" ");
    if rest.len() > SHORT_WORDS {
        label = label.trim_end_matches([',', ';', ':', '.']).to_string();
        label.push('…');
    }
    let mut chars = label.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => label,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_short_label_skips_the_opening_formula() {
        assert_eq!(
            short(
                "Governments should be encouraged to ensure that their law enforcement agencies are well informed, professionally trained."
            ),
            "Ensure that their law enforcement agencies are well informed…"
        );
        assert_eq!(
            short("Governments must work together to overcome the obstacles encountered."),
            "Overcome the obstacles encountered."
        );
        assert_eq!(short("Short text."), "Short text.");
        assert_eq!(rec_anchor("I.1"), "rec-I.1");
        assert_eq!(rec_anchor("x\"><script>"), "rec-x---script-");
    }
}
