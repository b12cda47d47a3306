//! Word-level differences between two comments (with `similar`'s Myers
//! diff), so a reader sees which words changed, not which lines.

use similar::{ChangeTag, TextDiff};

/// What happened to a run of text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Op {
    Equal,
    Delete,
    Insert,
}

impl Op {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Op::Equal => "equal",
            Op::Delete => "delete",
            Op::Insert => "insert",
        }
    }
}

/// A run of text (words with the spaces between them) and what happened to it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Piece {
    pub op: Op,
    pub text: String,
}

/// The word diff from `a` to `b`, adjacent runs of one kind merged.
pub(crate) fn word_diff(a: &str, b: &str) -> Vec<Piece> {
    let diff = TextDiff::configure()
        .timeout(std::time::Duration::from_millis(500))
        .diff_words(a, b);
    let mut pieces: Vec<Piece> = Vec::new();
    for change in diff.iter_all_changes() {
        let op = match change.tag() {
            ChangeTag::Equal => Op::Equal,
            ChangeTag::Delete => Op::Delete,
            ChangeTag::Insert => Op::Insert,
        };
        push(&mut pieces, op, change.value().to_string());
    }
    merge_changes(pieces)
}

/// Turns runs of changes broken only by spaces (`[-a-] [-b-]{+c+} {+d+}`)
/// into one deletion and one insertion (`[-a b-]{+c d+}`): a rewritten
/// sentence then reads as two sentences, not as word salad. A space between
/// changes is in both texts, so it goes to both sides.
fn merge_changes(pieces: Vec<Piece>) -> Vec<Piece> {
    let mut out: Vec<Piece> = Vec::with_capacity(pieces.len());
    let mut change = Change::default();
    let mut pending = String::new();
    for piece in pieces {
        match piece.op {
            Op::Equal if piece.text.trim().is_empty() && change.started() => {
                pending.push_str(&piece.text);
            }
            Op::Equal => {
                change.flush(&mut out);
                push(
                    &mut out,
                    Op::Equal,
                    std::mem::take(&mut pending) + &piece.text,
                );
            }
            op => {
                change.deleted.push_str(&pending);
                change.inserted.push_str(&pending);
                pending.clear();
                match op {
                    Op::Delete => change.deleted.push_str(&piece.text),
                    _ => change.inserted.push_str(&piece.text),
                }
                change.touched = true;
            }
        }
    }
    change.flush(&mut out);
    push(&mut out, Op::Equal, pending);
    out
}

/// A run of changes being gathered; both sides hold the spaces between.
#[derive(Default)]
struct Change {
    deleted: String,
    inserted: String,
    touched: bool,
}

impl Change {
    fn started(&self) -> bool {
        self.touched
    }

    /// Emits the run: whitespace both sides start or end with is shared text.
    fn flush(&mut self, out: &mut Vec<Piece>) {
        if !self.touched {
            return;
        }
        self.touched = false;
        let d = std::mem::take(&mut self.deleted);
        let i = std::mem::take(&mut self.inserted);
        let lead = common_space(d.chars(), i.chars());
        push(out, Op::Equal, d[..lead].to_string());
        let (d, i) = (&d[lead..], &i[lead..]);
        let trail = common_space(d.chars().rev(), i.chars().rev());
        push(out, Op::Delete, d[..d.len() - trail].to_string());
        push(out, Op::Insert, i[..i.len() - trail].to_string());
        push(out, Op::Equal, d[d.len() - trail..].to_string());
    }
}

/// Bytes of whitespace two texts share at the end the iterators start from.
fn common_space(a: impl Iterator<Item = char>, b: impl Iterator<Item = char>) -> usize {
    a.zip(b)
        .take_while(|(x, y)| x == y && x.is_whitespace())
        .map(|(x, _)| x.len_utf8())
        .sum()
}

/// Appends text, merged into the last piece when it is of the same kind.
fn push(out: &mut Vec<Piece>, op: Op, text: String) {
    if text.is_empty() {
        return;
    }
    match out.last_mut() {
        Some(last) if last.op == op => last.text.push_str(&text),
        _ => out.push(Piece { op, text }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marked(pieces: &[Piece]) -> String {
        pieces
            .iter()
            .map(|p| match p.op {
                Op::Equal => p.text.clone(),
                Op::Delete => format!("[-{}-]", p.text),
                Op::Insert => format!("{{+{}+}}", p.text),
            })
            .collect()
    }

    #[test]
    fn only_the_changed_words_are_marked() {
        let pieces = word_diff("A unit was set up in 2018.", "A unit was created in 2018.");
        assert_eq!(marked(&pieces), "A unit was [-set up-]{+created+} in 2018.");
    }

    #[test]
    fn a_rewritten_sentence_is_one_change() {
        let pieces = word_diff("The working group met.", "The new unit sat.");
        assert_eq!(
            marked(&pieces),
            "The [-working group met.-]{+new unit sat.+}"
        );
    }

    #[test]
    fn both_sides_can_be_rebuilt() {
        for (a, b) in [
            ("one two\n\nthree", "one 2\n\nthree four"),
            ("a b c d", "x b y d"),
            ("a b", " "),
            ("  lead and trail  ", "lead, trail "),
            ("", "new"),
        ] {
            rebuilds(a, b);
        }
    }

    fn rebuilds(a: &str, b: &str) {
        let pieces = word_diff(a, b);
        let side = |skip: Op| -> String {
            pieces
                .iter()
                .filter(|p| p.op != skip)
                .map(|p| p.text.as_str())
                .collect()
        };
        assert_eq!(side(Op::Insert), a);
        assert_eq!(side(Op::Delete), b);
    }
}
