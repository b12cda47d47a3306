//! The questionnaire's structure in a form's lines: the answer line that
//! follows every recommendation (found first, as what repeats), then the
//! recommendation headings it confirms, the issue headings above them, each
//! recommendation's text (what stands between its heading and the answer
//! line), and the comment label. A heading a comment quotes is no heading:
//! it is not followed by an answer line before the next heading, as in the
//! form reader. What the form says after the answer (a filled reply's
//! comments) is never taken as recommendation text.

use std::collections::HashMap;

use super::lines::{Heading, Level, Line, choices, heading, lone_choice};
use super::note::{Notes, Part};
use crate::formats::document::is_page_number;
use crate::formats::form::strip_prefix_ci;
use crate::i18n::t;
use crate::schema::vocabulary::{LANGUAGES, is_one_of};

/// What the form's body holds.
#[derive(Debug)]
pub(super) struct Found {
    pub issues: Vec<FoundIssue>,
    /// `Issue {numeral}`; `None` when the form has no issue headings.
    pub issue_template: Option<String>,
    pub rec_template: String,
    pub question: String,
    pub yes: String,
    pub no: String,
    /// The comment label as printed, without its colon.
    pub comments: Option<String>,
    /// A word limit the comment label states (`Comments (200 words max)`).
    pub comment_limit: Option<usize>,
    /// The first line of the body: what comes before is the preamble.
    pub body_start: usize,
    /// The language each part of the wording is in, counted.
    pub langs: HashMap<&'static str, usize>,
}

#[derive(Debug)]
pub(super) struct FoundIssue {
    pub numeral: String,
    pub title: String,
    pub at: usize,
    pub recs: Vec<FoundRec>,
}

#[derive(Debug)]
pub(super) struct FoundRec {
    pub label: String,
    pub text: String,
    pub at: usize,
}

/// Why no questionnaire was found.
pub(super) type Missing = String;

pub(super) fn find(lines: &[Line], notes: &mut Notes) -> Result<Found, Missing> {
    let recs: Vec<Option<Heading>> = lines
        .iter()
        .map(|l| heading(&l.text, Level::Recommendation))
        .collect();
    let issues: Vec<Option<Heading>> = lines
        .iter()
        .map(|l| heading(&l.text, Level::Issue))
        .collect();
    let answer = Answer::find(lines, &recs)?;
    let candidates: Vec<usize> = (0..lines.len())
        .filter(|&i| recs[i].is_some() || issues[i].is_some())
        .collect();
    let next_candidate = |i: usize| candidates.iter().copied().find(|&c| c > i);
    let end_of = |i: usize| next_candidate(i).unwrap_or(lines.len());
    // A recommendation heading is followed by the answer line before the next heading.
    let confirmed: Vec<usize> = candidates
        .iter()
        .copied()
        .filter(|&i| recs[i].is_some() && (i + 1..end_of(i)).any(|j| answer.at(lines, j).is_some()))
        .collect();
    if confirmed.is_empty() {
        return Err(t!("schema-import-no-heading", question = &answer.question));
    }
    let rec_template = majority(confirmed.iter().map(|&i| {
        let h = recs[i]
            .as_ref()
            .map_or_else(String::new, |h| h.template("{label}"));
        (h.to_lowercase(), h)
    }))
    .unwrap_or_default();
    // An issue heading is followed by a confirmed recommendation heading.
    let issue_candidates: Vec<usize> = candidates
        .iter()
        .copied()
        .filter(|&i| {
            issues[i].is_some()
                && recs[i].is_none()
                && next_candidate(i).is_some_and(|n| confirmed.contains(&n))
        })
        .collect();
    let issue_template = majority(issue_candidates.iter().map(|&i| {
        let h = issues[i]
            .as_ref()
            .map_or_else(String::new, |h| h.template("{numeral}"));
        (h.to_lowercase(), h)
    }));
    let issue_key = issue_template.as_deref().map(str::to_lowercase);
    let mut accepted_issues: Vec<usize> = Vec::new();
    let mut numeral: Option<String> = None;
    for &i in &issue_candidates {
        let Some(h) = &issues[i] else { continue };
        if Some(h.template("{numeral}").to_lowercase()) != issue_key {
            notes.add(
                Part::Headings,
                Some(lines[i].at),
                t!(
                    "schema-import-note-heading-worded-otherwise",
                    heading = &lines[i].text,
                    template = issue_template.as_deref().unwrap_or_default()
                ),
            );
            continue;
        }
        if numeral
            .as_deref()
            .is_some_and(|n| n.eq_ignore_ascii_case(&h.label))
        {
            continue;
        }
        numeral = Some(h.label.clone());
        accepted_issues.push(i);
    }

    let furniture = Furniture::new(lines, &answer);
    let mut langs: HashMap<&'static str, usize> = HashMap::new();
    for lang in &answer.langs {
        *langs.entry(lang).or_default() += 1;
    }
    let structure: Vec<usize> = {
        let mut all: Vec<usize> = confirmed.iter().chain(&accepted_issues).copied().collect();
        all.sort_unstable();
        all
    };
    let next_structure = |i: usize| {
        structure
            .iter()
            .copied()
            .find(|&s| s > i)
            .unwrap_or(lines.len())
    };
    let body_start = structure[0];
    let mut found_issues: Vec<FoundIssue> = Vec::new();
    let mut label_candidates: Vec<(String, usize)> = Vec::new();
    let mut variants = 0;
    for &i in &structure {
        if accepted_issues.contains(&i) {
            let Some(h) = &issues[i] else { continue };
            *langs.entry(h.lang).or_default() += 1;
            let mut title = h.rest.clone();
            let between = paragraphs(&lines[i + 1..next_structure(i)], &furniture);
            if title.is_empty() {
                let mut rest = between.into_iter();
                title = rest.next().unwrap_or_default();
                if rest.next().is_some() {
                    notes.add(
                        Part::Issues,
                        Some(lines[i].at),
                        t!(
                            "schema-import-note-issue-intro-left-out",
                            heading = &lines[i].text
                        ),
                    );
                }
            } else if !between.is_empty() {
                notes.add(
                    Part::Issues,
                    Some(lines[i].at),
                    t!(
                        "schema-import-note-issue-text-left-out",
                        heading = &lines[i].text
                    ),
                );
            }
            if title.is_empty() {
                title = lines[i].text.clone();
                notes.add(
                    Part::Issues,
                    Some(lines[i].at),
                    t!(
                        "schema-import-note-issue-no-title",
                        heading = &lines[i].text
                    ),
                );
            }
            found_issues.push(FoundIssue {
                numeral: h.label.clone(),
                title,
                at: lines[i].at,
                recs: Vec::new(),
            });
            continue;
        }
        let Some(h) = &recs[i] else { continue };
        *langs.entry(h.lang).or_default() += 2;
        if h.template("{label}") != rec_template {
            variants += 1;
        }
        let end = next_structure(i);
        let Some((start, stop)) = (i + 1..end).find_map(|j| answer.at(lines, j).map(|e| (j, e)))
        else {
            continue;
        };
        let mut text = paragraphs(&lines[i + 1..start], &furniture);
        if !h.rest.is_empty() {
            text.insert(0, h.rest.clone());
        }
        if text.is_empty() {
            notes.add(
                Part::Issues,
                Some(lines[i].at),
                t!("schema-import-note-rec-no-text", heading = &lines[i].text),
            );
            text.push(lines[i].text.clone());
        }
        if let Some(label) = (stop + 1..end).find(|&k| !lines[k].is_blank()) {
            label_candidates.push((lines[label].text.clone(), lines[label].at));
        }
        if found_issues.is_empty() {
            found_issues.push(FoundIssue {
                numeral: "I".into(),
                title: String::new(),
                at: lines[i].at,
                recs: Vec::new(),
            });
        }
        if let Some(issue) = found_issues.last_mut() {
            issue.recs.push(FoundRec {
                label: h.label.clone(),
                text: text.join("\n\n"),
                at: lines[i].at,
            });
        }
    }
    if variants > 0 {
        notes.add(
            Part::Headings,
            None,
            t!(
                "schema-import-note-heading-variants",
                count = variants,
                template = &rec_template
            ),
        );
    }
    let recs_found: usize = found_issues.iter().map(|i| i.recs.len()).sum();
    let (comments, comment_limit) = comment_label(&label_candidates, recs_found, &mut langs);
    Ok(Found {
        issues: found_issues,
        issue_template,
        rec_template,
        question: answer.question,
        yes: answer.yes,
        no: answer.no,
        comments,
        comment_limit,
        body_start,
        langs,
    })
}

/// The entry most often given, as first printed; `(key, printed)` pairs.
fn majority(entries: impl Iterator<Item = (String, String)>) -> Option<String> {
    let mut counts: Vec<(String, String, usize)> = Vec::new();
    for (key, printed) in entries {
        match counts.iter_mut().find(|(k, _, _)| *k == key) {
            Some(entry) => entry.2 += 1,
            None => counts.push((key, printed, 1)),
        }
    }
    // The first of the most frequent: `max_by_key` would take the last.
    let most = counts.iter().map(|c| c.2).max()?;
    counts.into_iter().find(|c| c.2 == most).map(|c| c.1)
}

/// The answer line as the form prints it.
struct Answer {
    question: String,
    /// The question as lines start with it: without its closing `?` or `:`.
    stem: String,
    yes: String,
    no: String,
    langs: Vec<&'static str>,
}

impl Answer {
    /// The question that comes back most often with both choices after it.
    fn find(lines: &[Line], recs: &[Option<Heading>]) -> Result<Answer, Missing> {
        let mut seen: Vec<(String, String, String, Vec<&'static str>)> = Vec::new();
        for (i, line) in lines.iter().enumerate() {
            if recs[i].is_some() {
                continue;
            }
            let previous = || {
                (0..i)
                    .rev()
                    .take(3)
                    .find(|&k| !lines[k].is_blank())
                    .filter(|&k| recs[k].is_none())
                    .map(|k| lines[k].text.clone())
            };
            if let Some(c) = choices(&line.text) {
                let question = if c.question.is_empty() {
                    match previous() {
                        Some(q) => q,
                        None => continue,
                    }
                } else {
                    c.question
                };
                seen.push((question, c.yes, c.no, c.langs));
            } else if let Some((true, yes)) = lone_choice(&line.text) {
                let next = (i + 1..lines.len()).take(2).find(|&k| !lines[k].is_blank());
                if let Some((false, no)) = next.and_then(|k| lone_choice(&lines[k].text))
                    && let Some(question) = previous()
                {
                    seen.push((question, yes, no, Vec::new()));
                }
            }
        }
        let key = |q: &str| stem(q).to_lowercase();
        let question = majority(seen.iter().map(|s| (key(&s.0), s.0.clone())))
            .ok_or_else(|| t!("schema-import-no-answer-line"))?;
        let with = |s: &&(String, String, String, Vec<&'static str>)| key(&s.0) == key(&question);
        let pair = majority(seen.iter().filter(with).map(|s| {
            (
                format!("{}\u{0}{}", s.1, s.2),
                format!("{}\u{0}{}", s.1, s.2),
            )
        }))
        .unwrap_or_default();
        let (yes, no) = pair.split_once('\u{0}').unwrap_or_default();
        let langs = seen
            .iter()
            .filter(with)
            .find(|s| s.1 == yes && s.2 == no)
            .map(|s| s.3.clone())
            .unwrap_or_default();
        Ok(Answer {
            stem: stem(&question).to_string(),
            question,
            yes: yes.to_string(),
            no: no.to_string(),
            langs,
        })
    }

    /// Whether line `i` starts the answer line; the last line it takes
    /// (the choices may stand on the lines below the question).
    fn at(&self, lines: &[Line], i: usize) -> Option<usize> {
        let rest = strip_prefix_ci(&lines[i].text, &self.stem)?;
        if rest.starts_with(char::is_alphanumeric) {
            // "Any action taken by the ministry …" is a sentence.
            return None;
        }
        let rest = rest.trim_start_matches(['?', ':', '.', ' ', '¿']);
        if !rest.is_empty() {
            return self.only_choices(rest).then_some(i);
        }
        let mut last = i;
        for k in (i + 1..lines.len()).take(4) {
            if lines[k].is_blank() {
                continue;
            }
            if self.only_choices(&lines[k].text) {
                last = k;
            } else {
                break;
            }
        }
        Some(last)
    }

    /// Whether `text` holds nothing but the choices and their marks.
    fn only_choices(&self, text: &str) -> bool {
        let words: Vec<&str> = text
            .split(|c: char| c.is_whitespace() || c == '/' || crate::formats::form::is_mark(c))
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .filter(|w| !w.is_empty())
            .collect();
        let choice = |w: &str| {
            self.yes.split('/').any(|y| y.eq_ignore_ascii_case(w))
                || self.no.split('/').any(|n| n.eq_ignore_ascii_case(w))
                || matches!(w, "x" | "X")
        };
        !words.is_empty() && words.iter().all(|w| choice(w))
    }
}

/// A question without the punctuation that may close it.
fn stem(question: &str) -> &str {
    question.trim_end_matches(['?', ':', '.', ' '])
}

/// Lines that are the page's, not the questionnaire's: page numbers, and
/// short lines that come back three times or more (a running header).
struct Furniture {
    repeated: Vec<String>,
}

impl Furniture {
    fn new(lines: &[Line], answer: &Answer) -> Furniture {
        let mut counts: HashMap<&str, usize> = HashMap::new();
        for line in lines {
            if !line.is_blank() && line.text.chars().count() <= 80 {
                *counts.entry(line.text.as_str()).or_default() += 1;
            }
        }
        let repeated = counts
            .into_iter()
            .filter(|&(text, n)| {
                n >= 3
                    && strip_prefix_ci(text, &answer.stem).is_none()
                    && heading(text, Level::Recommendation).is_none()
                    && heading(text, Level::Issue).is_none()
            })
            .map(|(text, _)| text.to_string())
            .collect();
        Furniture { repeated }
    }

    fn is(&self, line: &Line) -> bool {
        is_page_number(&line.text) || self.repeated.contains(&line.text)
    }
}

/// The paragraphs of `lines`: a blank line ends one; the lines of one
/// paragraph (a text file wrapped by hand) are joined with a space.
fn paragraphs(lines: &[Line], furniture: &Furniture) -> Vec<String> {
    let mut out = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    for line in lines {
        if line.is_blank() {
            if !current.is_empty() {
                out.push(current.join(" "));
                current.clear();
            }
        } else if !furniture.is(line) {
            current.push(&line.text);
        }
    }
    if !current.is_empty() {
        out.push(current.join(" "));
    }
    out
}

/// The comment label: the line after the answer line that most
/// recommendations share (a filled form's first comment line differs
/// each time), and the word limit it may state.
fn comment_label(
    candidates: &[(String, usize)],
    recs: usize,
    langs: &mut HashMap<&'static str, usize>,
) -> (Option<String>, Option<usize>) {
    let label_of = |text: &str| -> Option<String> {
        let head = match text.split_once(':') {
            Some((head, _)) => head,
            None => text,
        };
        let head = head.trim();
        (!head.is_empty() && head.chars().count() <= 60).then(|| head.to_string())
    };
    let bare = |label: &str| match label.split_once('(') {
        Some((before, _)) if !before.trim().is_empty() => before.trim().to_string(),
        _ => label.to_string(),
    };
    let labels: Vec<String> = candidates.iter().filter_map(|(t, _)| label_of(t)).collect();
    let Some(best) = majority(labels.iter().map(|l| (bare(l).to_lowercase(), l.clone()))) else {
        return (None, None);
    };
    let count = labels
        .iter()
        .filter(|l| bare(l).eq_ignore_ascii_case(&bare(&best)))
        .count();
    let known = LANGUAGES
        .into_iter()
        .find(|w| is_one_of(&bare(&best), w.comments));
    if count * 2 < recs && known.is_none() {
        return (None, None);
    }
    if let Some(w) = known {
        *langs.entry(w.code).or_default() += 1;
    }
    let limit = super::preamble::word_limit(&best);
    (Some(bare(&best)), limit)
}
