//! What every format's overview and sections share: the anchors links
//! point at, a recommendation's short label, a State's answer.

use super::Included;
use crate::reply::Choice;

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
