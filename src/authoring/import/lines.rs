//! The form's lines, and what one line may be on its own: an issue or
//! recommendation heading in any of the four languages, or the answer line
//! with its two choices. Which of them really is structure is decided with
//! the whole form in view ([`super::structure`]).

use crate::formats::document::Piece;
use crate::formats::form::{is_mark, squash, strip_prefix_ci};
use crate::schema::vocabulary::{LANGUAGES, Words, is_one_of};

/// One line of the form, its whitespace squashed.
#[derive(Clone, Debug)]
pub(super) struct Line {
    pub text: String,
    /// Marked as a heading by its source (Markdown, a Word heading style).
    pub heading: bool,
    /// The cells of a table row, else empty.
    pub cells: Vec<String>,
    /// Where it is: a line of a text file, a paragraph of a Word document.
    pub at: usize,
}

impl Line {
    pub(super) fn is_blank(&self) -> bool {
        self.text.is_empty()
    }
}

/// The pieces as lines: a paragraph's line breaks end lines, and a blank
/// line follows every paragraph of a Word or Markdown document, as it
/// does in a text file, so a paragraph ends the same way in all three.
pub(super) fn lines(pieces: &[Piece], paragraphs: bool) -> Vec<Line> {
    let mut out = Vec::with_capacity(pieces.len() * 2);
    let blank = |at| Line {
        text: String::new(),
        heading: false,
        cells: Vec::new(),
        at,
    };
    for piece in pieces {
        match piece {
            Piece::Para {
                text,
                heading,
                line,
            } => {
                for part in text.split(['\n', '\r', '\u{b}']) {
                    out.push(Line {
                        text: squash(part),
                        heading: *heading,
                        cells: Vec::new(),
                        at: *line,
                    });
                }
            }
            Piece::Row { cells, line } => {
                let cells: Vec<String> = cells.iter().map(|c| squash(c)).collect();
                out.push(Line {
                    text: cells
                        .iter()
                        .filter(|c| !c.is_empty())
                        .cloned()
                        .collect::<Vec<_>>()
                        .join(" "),
                    heading: false,
                    cells,
                    at: *line,
                });
            }
        }
        if paragraphs {
            out.push(blank(piece.line()));
        }
    }
    out
}

/// Issues or recommendations.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Level {
    Issue,
    Recommendation,
}

/// A heading as printed: `Recommendation (a)` is the word, `(`, the label
/// `a`, `)`; what follows on the line is the title or text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Heading {
    pub word: String,
    /// Between the word and the label (`(`, `No. `), and after the label.
    pub before: String,
    pub after: String,
    pub label: String,
    pub rest: String,
    pub lang: &'static str,
}

impl Heading {
    /// The schema's template: `Recommendation ({label})`.
    pub(super) fn template(&self, placeholder: &str) -> String {
        format!("{} {}{placeholder}{}", self.word, self.before, self.after)
    }
}

/// Longest label read as one (`iv`, `12`, `a`, `1bis`).
const MAX_LABEL: usize = 6;

/// Numbers written before a label: `Recommendation No. 3`.
const NUMBER_SIGNS: [&str; 6] = ["No. ", "No ", "N° ", "Nº ", "№ ", "n° "];

/// `line` as a heading of `level` in any language.
pub(super) fn heading(line: &str, level: Level) -> Option<Heading> {
    for words in LANGUAGES {
        let list = match level {
            Level::Issue => words.issue,
            Level::Recommendation => words.recommendation,
        };
        for word in list {
            if let Some(h) = heading_with(line, word, words) {
                return Some(h);
            }
        }
    }
    None
}

fn heading_with(line: &str, word: &str, words: &Words) -> Option<Heading> {
    let rest = strip_prefix_ci(line, word)?;
    let printed = &line[..line.len() - rest.len()];
    let mut rest = rest.strip_prefix(' ')?;
    let mut before = String::new();
    if let Some(sign) = NUMBER_SIGNS
        .iter()
        .find(|s| strip_prefix_ci(rest, s).is_some())
    {
        before.push_str(&rest[..sign.len()]);
        rest = &rest[sign.len()..];
    }
    let (label, after, tail) = if let Some(inner) = rest.strip_prefix('(') {
        let close = inner.find(')')?;
        (&inner[..close], ")", &inner[close + 1..])
    } else {
        let end = rest
            .find(|c: char| !c.is_alphanumeric())
            .unwrap_or(rest.len());
        let (label, tail) = rest.split_at(end);
        match tail.strip_prefix(')') {
            Some(t) => (label, ")", t),
            None => (label, "", tail),
        }
    };
    if rest.starts_with('(') {
        before.push('(');
    }
    if label.is_empty()
        || label.chars().count() > MAX_LABEL
        || !label.chars().all(char::is_alphanumeric)
    {
        return None;
    }
    let mut tail = tail.trim_start();
    // `Recommendation 4 (II.4)`: the id qnr prints after a heading.
    if let Some(inner) = tail.strip_prefix('(')
        && let Some(close) = inner.find(')')
        && inner[..close].contains('.')
    {
        tail = inner[close + 1..].trim_start();
    }
    let text = if tail.is_empty() {
        ""
    } else if let Some(t) = tail.strip_prefix([':', '.', '–', '—', '-']) {
        t.trim_start()
    } else {
        // "Recommendation 2 of the meeting": a sentence, not a heading.
        return None;
    };
    Some(Heading {
        word: printed.to_string(),
        before,
        after: after.to_string(),
        label: label.to_string(),
        rest: text.to_string(),
        lang: words.code,
    })
}

/// The answer line: the question as printed, and the two choices.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Choices {
    /// Empty when the line holds only the choices.
    pub question: String,
    pub yes: String,
    pub no: String,
    /// The languages of the two words (`OUI/YES` has two).
    pub langs: Vec<&'static str>,
}

/// A word of the line and where it starts.
struct Word<'t> {
    text: &'t str,
    start: usize,
}

/// The words of `line`, marks and the punctuation around words left out:
/// `☐ YES [X] NO.` gives `YES`, `NO`.
fn words(line: &str) -> Vec<Word<'_>> {
    let mut out = Vec::new();
    let mut start = None;
    let split = |c: char| c.is_whitespace() || is_mark(c);
    for (i, c) in line
        .char_indices()
        .chain(std::iter::once((line.len(), ' ')))
    {
        match (start, split(c)) {
            (None, false) => start = Some(i),
            (Some(s), true) => {
                let raw = &line[s..i];
                let trimmed = raw.trim_matches(|c: char| !c.is_alphanumeric());
                if !trimmed.is_empty() && !is_typed_mark(raw) {
                    let offset = raw.find(trimmed).unwrap_or(0);
                    out.push(Word {
                        text: trimmed,
                        start: s + offset,
                    });
                }
                start = None;
            }
            _ => {}
        }
    }
    out
}

/// `[X]`, `(x)`, `[ ]`: a box typed with brackets.
fn is_typed_mark(raw: &str) -> bool {
    let inner = raw
        .strip_prefix(['[', '('])
        .and_then(|r| r.strip_suffix([']', ')']));
    inner.is_some_and(|i| matches!(i.trim(), "" | "x" | "X" | "_"))
}

/// The languages `label` is a yes (or no) word of: `OUI/YES` is French
/// and English; `None` when a part is no such word.
fn choice_langs(label: &str, yes: bool) -> Option<Vec<&'static str>> {
    let mut langs = Vec::new();
    for part in label.split('/') {
        let lang = LANGUAGES.into_iter().find(|w| {
            let list = if yes { w.yes } else { w.no };
            is_one_of(part.trim(), list)
        })?;
        langs.push(lang.code);
    }
    Some(langs)
}

/// Reads `line` as the answer line: the question, then the yes and the no
/// word at its end, with only boxes and punctuation around them
/// (`Any action taken ☐ YES ☐ NO`, `Mesures prises ? OUI/NON`).
pub(super) fn choices(line: &str) -> Option<Choices> {
    let words = words(line);
    let last = words.last()?;
    // `Yes/No` written as one word.
    if let Some((y, n)) = last.text.split_once('/')
        && let (Some(mut a), Some(b)) = (choice_langs(y, true), choice_langs(n, false))
        && !y.contains('/')
        && !n.contains('/')
    {
        a.extend(b);
        return Some(Choices {
            question: question_before(line, last.start),
            yes: y.to_string(),
            no: n.to_string(),
            langs: a,
        });
    }
    let no_langs = choice_langs(last.text, false)?;
    let yes_word = words.get(words.len().checked_sub(2)?)?;
    let mut langs = choice_langs(yes_word.text, true)?;
    if !only_marks(&line[yes_word.start + yes_word.text.len()..last.start]) {
        return None;
    }
    langs.extend(no_langs);
    Some(Choices {
        question: question_before(line, yes_word.start),
        yes: yes_word.text.to_string(),
        no: last.text.to_string(),
        langs,
    })
}

/// Between and around the choices: nothing but boxes, brackets, slashes.
fn only_marks(text: &str) -> bool {
    words(text).is_empty()
}

/// The question: the line before `end`, without the boxes and the colon
/// that come before the choices (a `?` stays: it is part of the question).
fn question_before(line: &str, end: usize) -> String {
    let head = line[..end].trim_end_matches(|c: char| {
        c.is_whitespace() || is_mark(c) || matches!(c, ':' | '[' | ']' | '(' | ')' | '_' | '|')
    });
    // A typed box (`[X]`) right before the choice.
    let head = head
        .strip_suffix("[X")
        .or_else(|| head.strip_suffix("[x"))
        .unwrap_or(head)
        .trim_end_matches([' ', ':']);
    squash(head)
}

/// A line that holds one choice and its box only (`☒ YES`), as when a form
/// puts each choice on its own line: whether it is the yes, and its word.
pub(super) fn lone_choice(line: &str) -> Option<(bool, String)> {
    let words = words(line);
    let [word] = words.as_slice() else {
        return None;
    };
    if !only_marks(&line[..word.start]) || !only_marks(&line[word.start + word.text.len()..]) {
        return None;
    }
    if choice_langs(word.text, true).is_some() {
        Some((true, word.text.to_string()))
    } else if choice_langs(word.text, false).is_some() {
        Some((false, word.text.to_string()))
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rec(line: &str) -> Option<(String, String, String)> {
        heading(line, Level::Recommendation).map(|h| (h.template("{label}"), h.label, h.rest))
    }

    #[test]
    fn headings_in_four_languages_and_their_templates() {
        let r = |t: &str, l: &str, rest: &str| Some((t.into(), l.into(), rest.into()));
        assert_eq!(
            rec("Recommendation 1"),
            r("Recommendation {label}", "1", "")
        );
        assert_eq!(
            rec("Recommendation (a)"),
            r("Recommendation ({label})", "a", "")
        );
        assert_eq!(
            rec("Recommandation b) : texte"),
            r("Recommandation {label})", "b", "texte")
        );
        assert_eq!(
            rec("Recomendación (c)"),
            r("Recomendación ({label})", "c", "")
        );
        assert_eq!(rec("Рекомендация а"), r("Рекомендация {label}", "а", ""));
        assert_eq!(
            rec("RECOMMENDATION No. 3."),
            r("RECOMMENDATION No. {label}", "3", "")
        );
        assert_eq!(
            rec("Recommendation 4 (II.4)"),
            r("Recommendation {label}", "4", "")
        );
        assert_eq!(rec("Recommendation 2 of the meeting"), None);
        assert_eq!(rec("Recommendations"), None);
        let issue = heading("Issue II: Alternatives to imprisonment", Level::Issue).unwrap();
        assert_eq!(
            (
                issue.template("{numeral}").as_str(),
                issue.label.as_str(),
                issue.rest.as_str()
            ),
            ("Issue {numeral}", "II", "Alternatives to imprisonment")
        );
        assert_eq!(
            heading("Question I – Trafic", Level::Issue).unwrap().lang,
            "en"
        );
        assert_eq!(
            heading("Tema III. Lavado de activos", Level::Issue)
                .unwrap()
                .rest,
            "Lavado de activos"
        );
        assert_eq!(heading("Вопрос IV", Level::Issue).unwrap().lang, "ru");
    }

    #[test]
    fn answer_lines_and_their_choices() {
        let c = |line: &str| choices(line).map(|c| (c.question, c.yes, c.no));
        let want = |q: &str, y: &str, n: &str| Some((q.into(), y.into(), n.into()));
        assert_eq!(
            c("Any action taken YES NO"),
            want("Any action taken", "YES", "NO")
        );
        assert_eq!(
            c("Any action taken ☒ YES ☐ NO"),
            want("Any action taken", "YES", "NO")
        );
        assert_eq!(
            c("Any additional action taken: Yes / No"),
            want("Any additional action taken", "Yes", "No")
        );
        assert_eq!(
            c("Des mesures ont-elles été prises ? OUI NON"),
            want("Des mesures ont-elles été prises ?", "OUI", "NON")
        );
        assert_eq!(
            c("¿Ha adoptado medidas su Gobierno? [X] SÍ [ ] NO"),
            want("¿Ha adoptado medidas su Gobierno?", "SÍ", "NO")
        );
        assert_eq!(
            c("Приняты ли меры? ДА НЕТ"),
            want("Приняты ли меры?", "ДА", "НЕТ")
        );
        assert_eq!(
            c("Mesures prises : OUI/YES NON/NO"),
            want("Mesures prises", "OUI/YES", "NON/NO")
        );
        assert_eq!(c("Yes/No"), want("", "Yes", "No"));
        assert_eq!(c("☐ YES ☐ NO"), want("", "YES", "NO"));
        assert_eq!(c("We said yes and no"), None);
        assert_eq!(c("Any action taken YES"), None);
        assert_eq!(lone_choice("☒ YES"), Some((true, "YES".into())));
        assert_eq!(lone_choice("[ ] NON"), Some((false, "NON".into())));
        assert_eq!(lone_choice("No action"), None);
    }
}
