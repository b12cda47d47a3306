//! Recognisers for the lines that give the printed form its shape: issue and
//! recommendation headings, the answer line and the comment label, built from
//! the schema's own wording (so another round's "Any action taken?" or
//! "Please elaborate:" works too). They look at one line at a time; which
//! line really is structure is decided by the reader, which sees the context.

use std::sync::OnceLock;

use crate::i18n::{Lang, t_in};
use crate::schema::Schema;

/// A line with runs of any whitespace (tabs, no-break spaces) made one
/// space, invisible characters dropped and both ends trimmed: the form of a
/// line that structure is matched against. Comments keep their own text.
pub(crate) fn squash(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars() {
        if c.is_whitespace() {
            space = true;
        } else if is_invisible(c) {
            continue;
        } else {
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.push(c);
        }
    }
    out
}

/// Characters Word and PDF exports leave in text that take no room.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{AD}'
    )
}

/// `text` without `prefix`, compared case-insensitively; `None` if it does not start so.
pub(crate) fn strip_prefix_ci<'t>(text: &'t str, prefix: &str) -> Option<&'t str> {
    let mut rest = text.char_indices();
    for p in prefix.chars() {
        let (_, t) = rest.next()?;
        if t != p && !t.to_lowercase().eq(p.to_lowercase()) {
            return None;
        }
    }
    Some(rest.next().map_or("", |(i, _)| &text[i..]))
}

/// A heading the form prints: `Issue II: title` or `Recommendation 4`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Heading {
    /// The numeral or label (`II`, `4`); empty when only an id is given.
    pub token: String,
    /// An id written after it in parentheses: `Recommendation 4 (II.4)`.
    pub id: Option<String>,
    /// What follows on the same line: an issue's title, a recommendation's text.
    pub rest: String,
}

/// The parts of the schema's printed wording that lines are matched against.
#[derive(Clone, Debug)]
pub(crate) struct Wording {
    issue: (String, String),
    recommendation: (String, String),
    question: String,
    yes: String,
    no: String,
    comments: String,
    /// Numerals and labels with signs a heading's token would stop at
    /// (`(c)`, `1:2`), matched whole.
    signed: Vec<String>,
}

/// What ends a heading's token: after it come the title or an id.
fn ends_token(c: char) -> bool {
    c.is_whitespace() || matches!(c, ':' | ';' | ',' | '(' | ')' | '.' | '–' | '—')
}

impl Wording {
    pub(crate) fn new(schema: &Schema) -> Wording {
        let split = |template: &str, placeholder: &str| match template.split_once(placeholder) {
            Some((before, after)) => (squash(before) + spacer(before), squash(after)),
            None => (squash(template), String::new()),
        };
        Wording {
            issue: split(&schema.headings.issue, "{numeral}"),
            recommendation: split(&schema.headings.recommendation, "{label}"),
            question: squash(&schema.answer.question)
                .trim_end_matches(['?', ':', '.'])
                .to_string(),
            yes: schema.answer.yes.clone(),
            no: schema.answer.no.clone(),
            comments: squash(&schema.comments.label)
                .trim_end_matches([':', '.'])
                .to_string(),
            signed: {
                let mut signed: Vec<String> = schema
                    .issues
                    .iter()
                    .flat_map(|i| {
                        std::iter::once(&i.numeral)
                            .chain(i.recommendations.iter().map(|r| &r.label))
                    })
                    .filter(|t| t.contains(ends_token))
                    .cloned()
                    .collect();
                signed.sort_by_key(|t| std::cmp::Reverse(t.len()));
                signed.dedup();
                signed
            },
        }
    }

    /// `Issue II: title` (or `Issue II.`, `Issue II – title`, `Issue II`).
    pub(crate) fn issue(&self, line: &str) -> Option<Heading> {
        let heading = heading(line, &self.issue.0, &self.issue.1, &self.signed)?;
        (!heading.token.is_empty() && heading.id.is_none()).then_some(heading)
    }

    /// `Recommendation 4`, `Recommendation 4 (II.4)`, `Recommendation 4: text`,
    /// or `Recommendation (X.9)` for an item known only by its id.
    pub(crate) fn recommendation(&self, line: &str) -> Option<Heading> {
        let heading = heading(
            line,
            &self.recommendation.0,
            &self.recommendation.1,
            &self.signed,
        )?;
        (!heading.token.is_empty() || heading.id.is_some()).then_some(heading)
    }

    /// The answer line: what follows the question (`☒ YES ☐ NO`), if `line` is one.
    pub(crate) fn answer<'l>(&self, line: &'l str) -> Option<&'l str> {
        let rest = strip_prefix_ci(line, &self.question)?;
        let after = rest.trim_start();
        // "Any action taken by the ministry…" is a sentence, not the question:
        // after the question come punctuation, the choices, or nothing.
        let punctuated = after.is_empty() || after.starts_with(['?', ':', '.']);
        if rest.starts_with(char::is_alphanumeric)
            || !(punctuated || super::mark::has_choice(after, &self.yes, &self.no))
        {
            return None;
        }
        Some(rest.trim_start_matches(['?', ':', ' ', '.']))
    }

    /// Whether `line` is the comment label (`Comments:`, `Comments (200 words):`).
    pub(crate) fn comments_label(&self, line: &str) -> bool {
        let Some(rest) = strip_prefix_ci(line, &self.comments) else {
            return false;
        };
        let rest = rest.trim_start();
        rest.is_empty()
            || rest.starts_with(':')
            || (rest.starts_with('(') && rest.contains("):"))
            || rest == "."
    }

    /// Whether `line` is the comment label and not the answer line: when
    /// the label is worded as the question (`Any action taken:`), the
    /// answer line is the one with the choices after it.
    pub(crate) fn is_label_line(&self, line: &str) -> bool {
        self.comments_label(line) && self.answer(line).is_none_or(|rest| rest.trim().is_empty())
    }

    /// The label text of the schema's question, for messages.
    pub(crate) fn question(&self) -> &str {
        &self.question
    }
}

/// The space that separates a template's words from the placeholder, kept
/// when squashing would drop it (`Issue {numeral}` → `Issue `).
fn spacer(before: &str) -> &'static str {
    if before.ends_with(char::is_whitespace) {
        " "
    } else {
        ""
    }
}

fn heading(line: &str, before: &str, after: &str, signed: &[String]) -> Option<Heading> {
    let rest = strip_prefix_ci(line, before)?;
    let known = signed.iter().find_map(|label| {
        let tail = strip_prefix_ci(rest, label)?;
        let whole = !tail.starts_with(char::is_alphanumeric);
        whole.then(|| (&rest[..rest.len() - tail.len()], tail))
    });
    let (token, rest) = if let Some(known) = known.filter(|_| after.is_empty()) {
        known
    } else if after.is_empty() {
        let end = rest.find(ends_token).unwrap_or(rest.len());
        (&rest[..end], &rest[end..])
    } else {
        let end = rest.find(after)?;
        (&rest[..end], &rest[end + after.len()..])
    };
    if token
        .chars()
        .any(|c| c.is_whitespace() || c == '.' || c == '"')
    {
        return None;
    }
    let mut rest = rest.trim_start();
    let mut id = None;
    if let Some(inner) = rest.strip_prefix('(')
        && let Some(close) = closing_paren(inner)
    {
        let candidate = &inner[..close];
        // `Recommendation 4 (a)`-style text is not an id: ids hold a dot or are bare labels.
        if !candidate.is_empty() && (token.is_empty() || candidate.contains('.')) {
            id = Some(candidate.to_string());
            rest = inner[close + 1..].trim_start();
        }
    }
    // After the heading comes nothing, or punctuation and then a title or text:
    // "Recommendation 2 of the meeting said …" is a sentence, not a heading.
    let text = if rest.is_empty() {
        ""
    } else if let Some(t) = rest.strip_prefix([':', '.', '–', '—', '-', ')']) {
        t.trim_start()
    } else {
        return None;
    };
    Some(Heading {
        token: token.to_string(),
        id,
        rest: text.to_string(),
    })
}

/// Where the `)` that closes an opened `(` is in `inner` (what follows the
/// `(`), so that an id holding brackets (`I.(c)`) is read whole.
fn closing_paren(inner: &str) -> Option<usize> {
    let mut depth = 0usize;
    for (i, c) in inner.char_indices() {
        match c {
            '(' => depth += 1,
            ')' if depth == 0 => return Some(i),
            ')' => depth -= 1,
            _ => {}
        }
    }
    None
}

/// `Questionnaire: honlea, version 1`, the line qnr writes to say which
/// questionnaire and round a form answers.
pub(crate) fn questionnaire_line(line: &str) -> Option<(String, String)> {
    let line = colon_tight(line);
    questionnaire_patterns()
        .iter()
        .find_map(|(prefix, middle)| {
            let rest = strip_prefix_ci(&line, prefix)?.trim();
            let (id, version) = rest.split_once(',')?;
            let version = strip_prefix_ci(version.trim(), middle)?.trim();
            let id = id.trim();
            (!id.is_empty() && !version.is_empty() && !id.contains(char::is_whitespace))
                .then(|| (id.to_string(), version.to_string()))
        })
}

/// The questionnaire line's words in every language qnr writes it in:
/// what comes before the id (`questionnaire:`) and before the version
/// (`version `), taken from the catalogue.
fn questionnaire_patterns() -> &'static [(String, String)] {
    static PATTERNS: OnceLock<Vec<(String, String)>> = OnceLock::new();
    PATTERNS.get_or_init(|| {
        Lang::ALL
            .into_iter()
            .filter_map(|lang| {
                let line = t_in!(
                    lang,
                    "forms-questionnaire-line",
                    id = "\u{1}",
                    version = "\u{2}"
                );
                let line = colon_tight(&squash(&line));
                let (prefix, rest) = line.split_once('\u{1}')?;
                let (middle, _) = rest.split_once('\u{2}')?;
                let middle = middle.trim_start_matches([',', ' ']);
                Some((prefix.trim_end().to_string(), format!("{} ", middle.trim())))
            })
            .collect()
    })
}

/// `Questionnaire : x` as `Questionnaire: x`: French puts a space before a colon.
fn colon_tight(line: &str) -> String {
    line.replace(" :", ":")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wording() -> Wording {
        Wording::new(&Schema::honlea())
    }

    #[test]
    fn squash_makes_any_whitespace_one_space() {
        assert_eq!(
            squash("\t Any\u{a0}action  taken\u{200b} YES \r"),
            "Any action taken YES"
        );
        assert_eq!(squash(" \u{a0}\t"), "");
    }

    #[test]
    fn prefixes_match_in_any_case() {
        assert_eq!(strip_prefix_ci("ISSUE II: x", "issue "), Some("II: x"));
        assert_eq!(strip_prefix_ci("Iss", "issue "), None);
        assert_eq!(strip_prefix_ci("Éta", "éT"), Some("a"));
    }

    #[test]
    fn issue_headings_in_their_usual_shapes() {
        let w = wording();
        let h = w.issue("Issue II: Alternatives to imprisonment").unwrap();
        assert_eq!(
            (h.token.as_str(), h.rest.as_str()),
            ("II", "Alternatives to imprisonment")
        );
        assert_eq!(w.issue("ISSUE IV").unwrap().token, "IV");
        assert_eq!(w.issue("Issue III. Gender").unwrap().rest, "Gender");
        assert_eq!(w.issue("Issue I – Internet").unwrap().rest, "Internet");
        assert!(w.issue("Issue 5 of the bulletin says").is_none());
        assert!(w.issue("Issues remain").is_none());
        assert!(w.issue("Recommendation 1").is_none());
    }

    #[test]
    fn recommendation_headings_with_ids_and_text() {
        let w = wording();
        let h = w.recommendation("Recommendation 4").unwrap();
        assert_eq!((h.token.as_str(), h.id.as_deref()), ("4", None));
        let h = w.recommendation("Recommendation 4 (II.4)").unwrap();
        assert_eq!(h.id.as_deref(), Some("II.4"));
        let h = w
            .recommendation("Recommendation 1: Governments should")
            .unwrap();
        assert_eq!(h.rest, "Governments should");
        assert_eq!(w.recommendation("Recommendation 2.").unwrap().token, "2");
        let h = w.recommendation("Recommendation (X.9)").unwrap();
        assert_eq!((h.token.as_str(), h.id.as_deref()), ("", Some("X.9")));
        assert!(
            w.recommendation("Recommendation 2 of the meeting")
                .is_none()
        );
        assert!(w.recommendation("Recommendation").is_none());
        assert!(w.recommendation("Recommendations 1 and 2").is_none());
    }

    #[test]
    fn a_label_with_brackets_is_read_whole() {
        let mut schema = Schema::honlea();
        schema.issues[0].recommendations[2].label = "(c)".into();
        let w = Wording::new(&schema);
        let h = w.recommendation("Recommendation (c)").unwrap();
        assert_eq!((h.token.as_str(), h.id.as_deref()), ("(c)", None));
        let h = w.recommendation("Recommendation (c) (I.(c))").unwrap();
        assert_eq!((h.token.as_str(), h.id.as_deref()), ("(c)", Some("I.(c)")));
        assert_eq!(
            w.recommendation("Recommendation (X.9)")
                .unwrap()
                .id
                .as_deref(),
            Some("X.9")
        );
    }

    #[test]
    fn lettered_headings_from_another_template() {
        let mut schema = Schema::honlea();
        schema.headings.recommendation = "Recommendation ({label})".into();
        let w = Wording::new(&schema);
        assert_eq!(w.recommendation("Recommendation (b)").unwrap().token, "b");
        assert_eq!(
            w.recommendation("recommendation (c): text").unwrap().rest,
            "text"
        );
    }

    #[test]
    fn answer_lines_in_their_variants() {
        let w = wording();
        assert_eq!(w.answer("Any action taken YES NO"), Some("YES NO"));
        assert_eq!(w.answer("Any action taken? ☒ Yes ☐ No"), Some("☒ Yes ☐ No"));
        assert_eq!(w.answer("ANY ACTION TAKEN: no"), Some("no"));
        assert_eq!(w.answer("Any action taken"), Some(""));
        assert_eq!(w.answer("Any action taken by the ministry"), None);
        assert_eq!(w.answer("No action"), None);
    }

    #[test]
    fn comment_labels() {
        let w = wording();
        for yes in [
            "Comments:",
            "Comments",
            "COMMENTS :",
            "Comments (200 words max):",
        ] {
            assert!(w.comments_label(yes), "{yes}");
        }
        for no in ["Comments were made", "Comment:"] {
            assert!(!w.comments_label(no), "{no}");
        }
    }

    #[test]
    fn questionnaire_lines() {
        assert_eq!(
            questionnaire_line("Questionnaire: honlea, version 1"),
            Some(("honlea".into(), "1".into()))
        );
        assert_eq!(
            questionnaire_line("Questionnaire on the implementation"),
            None
        );
    }
}
