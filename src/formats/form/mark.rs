//! Which of YES/NO a form marks, from the text after the question: ticked
//! and unticked boxes before or after the word (`☒ YES ☐ NO`, `YES ✓ NO`),
//! `[X]`/`[ ]`, `(x)`/`( )`, Wingdings boxes as Word saves them, a typed
//! `X`, or the other word deleted. Both words left unmarked (as in the seed,
//! where the ticks were lost) is "open", not a guess.

use crate::reply::Choice;

/// What an answer line says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Marked {
    Chosen(Choice),
    /// Nothing marked: both words left as printed, or no words at all.
    Open,
    /// Both words are marked.
    Both,
    /// Something is written that is neither word nor mark, or a mark that
    /// could belong to either word; the text is kept for the message.
    Unclear(String),
}

/// How a mark looks, which decides how it counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mark {
    Tick,
    Cross,
    Filled,
    Empty,
}

impl Mark {
    fn checked(self) -> bool {
        self != Mark::Empty
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum Token {
    Word(Choice),
    Mark(Mark),
    Other(String),
}

fn mark_of(c: char) -> Option<Mark> {
    Some(match c {
        '✓' | '✔' | '☑' | '🗸' | '✅' | '√' | '🗹' | '\u{F0FC}' | '\u{F0FE}' => {
            Mark::Tick
        }
        '☒' | '✗' | '✘' | '☓' | '⊠' | '⌧' | '✕' | '✖' | '❌' | '⮽' | '🗷' | '×' | '\u{F0FB}'
        | '\u{F0FD}' | '\u{F078}' => Mark::Cross,
        '■' | '▣' | '●' | '◉' | '⦿' | '◼' | '◾' | '▪' | '⬛' | '◙' | '⚫' | '▰' => {
            Mark::Filled
        }
        '☐' | '□' | '▢' | '◻' | '◽' | '▫' | '○' | '◯' | '❏' | '❐' | '❑' | '❒' | '⬜' | '⚪'
        | '\u{F0A8}' | '\u{F06F}' | '\u{F071}' => Mark::Empty,
        _ => return None,
    })
}

/// Whether `c` is a box, tick or cross a form marks a choice with.
pub(crate) fn is_mark(c: char) -> bool {
    mark_of(c).is_some()
}

/// The inside of `[…]` or `(…)` as a mark: empty, or one marking character.
fn bracket_mark(inner: &str) -> Option<Mark> {
    let inner = inner.trim();
    if inner.is_empty() || inner == "_" {
        return Some(Mark::Empty);
    }
    let mut chars = inner.chars();
    let c = chars.next()?;
    if chars.next().is_some() {
        return None;
    }
    match c {
        'x' | 'X' | '*' | '•' | '+' => Some(Mark::Cross),
        c => mark_of(c).map(|m| if m == Mark::Empty { Mark::Cross } else { m }),
    }
}

fn tokens(text: &str, yes: &[&str], no: &[&str]) -> Vec<Token> {
    let mut out = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    // Labels of more than one word, or with signs (`NOT YET`, `OUI/YES`),
    // are matched whole before the text is cut into words; the longest first.
    let mut phrases: Vec<(Vec<char>, Choice)> = yes
        .iter()
        .map(|l| (*l, Choice::Yes))
        .chain(no.iter().map(|l| (*l, Choice::No)))
        .filter(|(l, _)| l.trim().contains(|c: char| !c.is_alphanumeric()))
        .map(|(l, c)| (l.trim().chars().collect(), c))
        .collect();
    phrases.sort_by_key(|(l, _)| std::cmp::Reverse(l.len()));
    let mut i = 0;
    while i < chars.len() {
        let (at, c) = chars[i];
        let starts_word = i == 0 || !chars[i - 1].1.is_alphanumeric();
        if let Some((end, choice)) = phrases
            .iter()
            .filter(|_| starts_word)
            .find_map(|(label, choice)| phrase_end(&chars, i, label).map(|e| (e, *choice)))
        {
            out.push(Token::Word(choice));
            i = end;
        } else if let Some(m) = mark_of(c) {
            out.push(Token::Mark(m));
            i += 1;
        } else if c == '[' || c == '(' {
            let close = if c == '[' { ']' } else { ')' };
            let end = chars[i + 1..]
                .iter()
                .take(4)
                .position(|&(_, d)| d == close)
                .map(|p| i + 1 + p);
            match end.and_then(|e| bracket_mark(&text[at + 1..chars[e].0]).map(|m| (e, m))) {
                Some((e, m)) => {
                    out.push(Token::Mark(m));
                    i = e + 1;
                }
                None => i += 1,
            }
        } else if c.is_alphanumeric() {
            let start = at;
            while i < chars.len() && chars[i].1.is_alphanumeric() {
                i += 1;
            }
            let end = chars.get(i).map_or(text.len(), |&(e, _)| e);
            let word = &text[start..end];
            let lower = word.to_lowercase();
            let is = |labels: &[&str]| labels.iter().any(|l| l.to_lowercase() == lower);
            out.push(if is(yes) {
                Token::Word(Choice::Yes)
            } else if is(no) {
                Token::Word(Choice::No)
            } else if word == "x" || word == "X" {
                Token::Mark(Mark::Cross)
            } else {
                Token::Other(word.to_string())
            });
        } else {
            i += 1;
        }
    }
    out
}

/// Where `label` ends when it stands in `chars` from `i` (in any case, a
/// run of spaces for a space, and not followed by a letter or digit).
fn phrase_end(chars: &[(usize, char)], i: usize, label: &[char]) -> Option<usize> {
    let mut k = i;
    let mut l = 0;
    while l < label.len() {
        let want = label[l];
        let (_, got) = *chars.get(k)?;
        if want.is_whitespace() {
            if !got.is_whitespace() {
                return None;
            }
            while chars.get(k).is_some_and(|(_, c)| c.is_whitespace()) {
                k += 1;
            }
            while label.get(l).is_some_and(|c| c.is_whitespace()) {
                l += 1;
            }
            continue;
        }
        if got != want && !got.to_lowercase().eq(want.to_lowercase()) {
            return None;
        }
        k += 1;
        l += 1;
    }
    let ends_word = chars.get(k).is_none_or(|(_, c)| {
        !c.is_alphanumeric() || !label.last().is_some_and(|l| l.is_alphanumeric())
    });
    ends_word.then_some(k)
}

/// Whether `text` holds one of the two words or a mark at all.
pub(crate) fn has_choice(text: &str, yes: &str, no: &str) -> bool {
    tokens(text, &[yes, "yes"], &[no, "no"])
        .iter()
        .any(|t| !matches!(t, Token::Other(_)))
}

/// Whether a line holds only the choices and their marks (`☒ YES`, `☐ NO`),
/// as when a form puts them below the question.
pub(crate) fn is_choice_line(text: &str, yes: &str, no: &str) -> bool {
    let tokens = tokens(text, &[yes, "yes"], &[no, "no"]);
    tokens.iter().any(|t| matches!(t, Token::Word(_)))
        && tokens.iter().all(|t| !matches!(t, Token::Other(_)))
}

/// Reads the marks after the question. `yes` and `no` are the words the
/// form prints (`YES`, `NO`), matched in any case; English `yes`/`no` are
/// always understood too.
pub(crate) fn read_marks(text: &str, yes: &str, no: &str) -> Marked {
    let tokens = tokens(text, &[yes, "yes"], &[no, "no"]);
    let words: Vec<(usize, Choice)> = tokens
        .iter()
        .enumerate()
        .filter_map(|(i, t)| match t {
            Token::Word(c) => Some((i, *c)),
            _ => None,
        })
        .collect();
    let marks: Vec<(usize, Mark)> = tokens
        .iter()
        .enumerate()
        .filter_map(|(i, t)| match t {
            Token::Mark(m) => Some((i, *m)),
            _ => None,
        })
        .collect();
    let shown = || crate::escape::terminal::one_line(text.trim());
    let has_yes = words.iter().any(|(_, c)| *c == Choice::Yes);
    let has_no = words.iter().any(|(_, c)| *c == Choice::No);
    if words.is_empty() {
        let other = tokens.iter().any(|t| matches!(t, Token::Other(_)));
        return if other || marks.iter().any(|(_, m)| m.checked()) {
            Marked::Unclear(shown())
        } else {
            Marked::Open
        };
    }
    if marks.is_empty() {
        return match (has_yes, has_no) {
            (true, false) => Marked::Chosen(Choice::Yes),
            (false, true) => Marked::Chosen(Choice::No),
            _ => Marked::Open,
        };
    }
    // Marks stand on one side of their words: the side the first mark takes.
    let before = marks[0].0 < words[0].0;
    let mark_for = |word_index: usize| -> Option<Mark> {
        let at = if before {
            word_index.checked_sub(1)?
        } else {
            word_index + 1
        };
        match tokens.get(at) {
            Some(Token::Mark(m)) => Some(*m),
            _ => None,
        }
    };
    // One mark between the two words could be either's.
    if marks.len() == 1
        && marks[0].1.checked()
        && words.len() == 2
        && words[0].0 + 2 == words[1].0
        && marks[0].0 == words[0].0 + 1
    {
        return Marked::Unclear(shown());
    }
    let strongest = |choice: Choice| -> Option<Mark> {
        words
            .iter()
            .filter(|(_, c)| *c == choice)
            .filter_map(|(i, _)| mark_for(*i))
            .find(|m| m.checked())
    };
    match (strongest(Choice::Yes), strongest(Choice::No)) {
        (Some(_), None) => Marked::Chosen(Choice::Yes),
        (None, Some(_)) => Marked::Chosen(Choice::No),
        // `✓ YES ✗ NO`: the tick says yes, the cross strikes out no.
        (Some(Mark::Tick), Some(Mark::Cross)) => Marked::Chosen(Choice::Yes),
        (Some(Mark::Cross), Some(Mark::Tick)) => Marked::Chosen(Choice::No),
        (Some(_), Some(_)) => Marked::Both,
        (None, None) => {
            if marks.iter().any(|(_, m)| m.checked()) {
                Marked::Unclear(shown())
            } else {
                // Only empty boxes: one word left means the other was deleted.
                match (has_yes, has_no) {
                    (true, false) => Marked::Chosen(Choice::Yes),
                    (false, true) => Marked::Chosen(Choice::No),
                    _ => Marked::Open,
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Marked {
        read_marks(text, "YES", "NO")
    }

    const YES: Marked = Marked::Chosen(Choice::Yes);
    const NO: Marked = Marked::Chosen(Choice::No);

    #[test]
    fn boxes_before_or_after_the_word() {
        for (text, want) in [
            ("☒ YES ☐ NO", YES),
            ("☐ YES ☒ NO", NO),
            ("YES ☒ NO ☐", YES),
            ("YES ☐ NO ☑", NO),
            ("☑YES☐NO", YES),
            ("■ Yes □ No", YES),
            ("□ Yes ■ No", NO),
            ("✔ YES NO", YES),
            ("YES NO ✓", NO),
            ("● yes ○ no", YES),
            ("\u{F0FD} YES \u{F0A8} NO", YES),
            ("\u{F0A8} YES \u{F0FE} NO", NO),
        ] {
            assert_eq!(read(text), want, "{text}");
        }
    }

    #[test]
    fn brackets_and_typed_crosses() {
        for (text, want) in [
            ("[X] YES [ ] NO", YES),
            ("[ ] YES [x] NO", NO),
            ("YES [ ] NO [X]", NO),
            ("(x) Yes ( ) No", YES),
            ("( ) Yes () No", Marked::Open),
            ("X YES NO", YES),
            ("YES NO X", NO),
            ("Yes [✓] No [ ]", YES),
        ] {
            assert_eq!(read(text), want, "{text}");
        }
    }

    #[test]
    fn one_word_left_is_the_answer() {
        assert_eq!(read("YES"), YES);
        assert_eq!(read("no"), NO);
        assert_eq!(read(": Yes, see below"), YES);
        assert_eq!(read("☐ NO"), NO);
    }

    #[test]
    fn nothing_marked_stays_open() {
        assert_eq!(read("YES NO"), Marked::Open);
        assert_eq!(read("Yes / No"), Marked::Open);
        assert_eq!(read("☐ YES ☐ NO"), Marked::Open);
        assert_eq!(read(""), Marked::Open);
    }

    #[test]
    fn contradictions_and_riddles_are_not_guessed() {
        assert_eq!(read("☒ YES ☒ NO"), Marked::Both);
        assert_eq!(read("✓ YES ✗ NO"), YES, "a tick beats a cross");
        assert_eq!(read("✗ YES ✓ NO"), NO);
        assert!(matches!(read("YES ☒ NO"), Marked::Unclear(_)));
        assert!(matches!(read("partially"), Marked::Unclear(_)));
        assert!(matches!(read("☒"), Marked::Unclear(_)));
    }

    #[test]
    fn choice_lines_hold_only_words_and_marks() {
        assert!(is_choice_line("☒ YES", "YES", "NO"));
        assert!(is_choice_line("[ ] No.", "YES", "NO"));
        assert!(!is_choice_line("No action was needed", "YES", "NO"));
        assert!(!is_choice_line("☒", "YES", "NO"));
        assert!(has_choice("☐", "YES", "NO"));
        assert!(!has_choice(" : ", "YES", "NO"));
    }

    #[test]
    fn labels_of_several_words_or_with_signs_are_read_whole() {
        let read = |text| read_marks(text, "NOT YET", "NO");
        assert_eq!(
            read("☐ NOT YET ☐ NO"),
            Marked::Open,
            "a blank form is not answered"
        );
        assert_eq!(read("☒ NOT YET ☐ NO"), YES);
        assert_eq!(read("☐ NOT YET ☒ NO"), NO);
        assert_eq!(read("☐ not  yet ☒ no"), NO);
        assert_eq!(read("NOT YET"), YES);
        let read = |text| read_marks(text, "OUI/YES", "NON/NO");
        assert_eq!(read("☐ OUI/YES ☐ NON/NO"), Marked::Open);
        assert_eq!(read("☐ OUI/YES ☒ NON/NO"), NO);
        assert_eq!(read("[X] OUI/YES [ ] NON/NO"), YES);
        assert_eq!(
            read_marks("☐ No action yet ☒ NO", "No action yet", "NO"),
            NO
        );
    }

    #[test]
    fn the_schema_words_are_used() {
        assert_eq!(read_marks("☐ OUI ☒ NON", "OUI", "NON"), NO);
        assert_eq!(read_marks("oui", "OUI", "NON"), YES);
    }
}
