//! Every word the report documents say, in the run's language, from the
//! message catalogue (`i18n/<lang>/report.ftl`): the renderers ask here for
//! headings, sentences and labels, and never spell them out, so that a
//! report speaks one language throughout. Text that came from the schema
//! or a reply is passed in, never translated.

use super::expected::Source;
use super::previous::Change;
use super::states::Group;
use super::{Headline, IsoDate, IssueStates};
use crate::i18n::{Lang, current, t};
use crate::reply::Choice;

/// The language the documents are written in, as HTML's `lang` names it.
pub(crate) fn lang() -> &'static str {
    current().code()
}

/// The language with its region, as Word's `w:lang` wants it (spelling
/// dictionaries are chosen by it); English is British, as at the UN.
pub(crate) fn lang_region() -> &'static str {
    current().region_tag()
}

/// A date as a UN document writes it: `9 August 2019`.
pub(crate) fn date(date: IsoDate) -> String {
    t!(
        "report-date",
        day = u32::from(date.day()),
        month = u32::from(date.month()),
        year = date.year().to_string()
    )
}

/// A date that may be missing.
pub(crate) fn maybe_date(d: Option<IsoDate>) -> String {
    d.map_or_else(|| t!("report-no-date"), date)
}

/// `n` of `total` as a percentage, or a dash when there is nothing to share.
pub(crate) fn percent(n: usize, total: usize) -> String {
    match super::share(n, total) {
        Some(share) => t!("report-percent", value = format!("{:.0}", share * 100.0)),
        None => "–".to_string(),
    }
}

/// The colon after a label (`Files: …`), as the language sets it: French
/// puts a no-break space before it.
pub(crate) fn colon() -> String {
    t!("report-colon")
}

/// A State's changes, one after another (`I.1 NO → YES; I.2 …`), with the
/// language's semicolon (French puts a narrow no-break space before it).
pub(crate) fn changes(changes: &[String]) -> String {
    changes.join(&format!("{} ", t!("report-semicolon")))
}

/// `Austria, Brazil and Chile`.
pub(crate) fn list(names: &[&str]) -> String {
    match names {
        [] => String::new(),
        [one] => (*one).to_string(),
        [init @ .., last] => format!("{} {} {last}", init.join(", "), t!("report-list-and")),
    }
}

// Headings and labels.

pub(crate) fn kicker() -> String {
    t!("report-kicker")
}

/// The note's title from the questionnaire's: "Questionnaire on the
/// implementation of …" becomes "Implementation of …" (and so in the other
/// languages); a title that does not start so stays as it is.
pub(crate) fn note_title(title: &str) -> String {
    const PREFIXES: [&str; 9] = [
        "questionnaire on the ",
        "questionnaire on ",
        "questionnaire: ",
        "questionnaire sur la ",
        "questionnaire sur les ",
        "questionnaire sur le ",
        "cuestionario sobre la ",
        "cuestionario sobre el ",
        "cuestionario sobre los ",
    ];
    let lower = title.to_lowercase();
    for prefix in PREFIXES {
        // Lower-casing these prefixes keeps their length, so the cut is
        // at the same place in the title.
        if lower.starts_with(prefix) && title.is_char_boundary(prefix.len()) {
            let rest = &title[prefix.len()..];
            let mut chars = rest.chars();
            if let Some(first) = chars.next() {
                return first.to_uppercase().chain(chars).collect();
            }
        }
    }
    title.to_string()
}

pub(crate) fn note_by_secretariat() -> String {
    t!("report-note-by-secretariat")
}

pub(crate) fn contents() -> String {
    t!("report-contents")
}

pub(crate) fn overview() -> String {
    t!("report-overview")
}

pub(crate) fn replies_heading() -> String {
    t!("report-replies")
}

pub(crate) fn recommendations_heading() -> String {
    t!("report-recommendations")
}

pub(crate) fn previous_heading() -> String {
    t!("report-previous")
}

pub(crate) fn problems_heading() -> String {
    t!("report-problems")
}

pub(crate) fn state() -> String {
    t!("report-state")
}

pub(crate) fn region() -> String {
    t!("report-region")
}

pub(crate) fn date_of_submission() -> String {
    t!("report-date-of-submission")
}

pub(crate) fn consent() -> String {
    t!("report-consent")
}

pub(crate) fn consent_value(consent: Option<bool>) -> String {
    match consent {
        Some(true) => t!("report-consent-yes"),
        Some(false) => t!("report-consent-no"),
        None => t!("report-consent-not-stated"),
    }
}

pub(crate) fn recommendation() -> String {
    t!("report-recommendation")
}

pub(crate) fn unanswered() -> String {
    t!("report-unanswered")
}

pub(crate) fn share_yes(yes: &str) -> String {
    t!("report-share-yes", yes = yes)
}

pub(crate) fn answer() -> String {
    t!("report-answer")
}

pub(crate) fn count_states() -> String {
    t!("report-count-states")
}

pub(crate) fn share() -> String {
    t!("report-share")
}

pub(crate) fn which_states() -> String {
    t!("report-which-states")
}

pub(crate) fn grid_caption() -> String {
    t!("report-grid-caption")
}

pub(crate) fn table_caption() -> String {
    t!("report-table-caption")
}

/// The key to the grid's marks, which read without colour.
pub(crate) fn grid_key(yes: &str, no: &str) -> String {
    t!("report-grid-key", yes = yes, no = no)
}

/// The grid's three marks (YES, NO, unanswered), looked up once for a
/// grid of thousands of cells.
pub(crate) struct Marks([String; 3]);

impl Marks {
    pub(crate) fn new() -> Marks {
        Marks([
            t!("report-mark-yes"),
            t!("report-mark-no"),
            t!("report-mark-none"),
        ])
    }

    /// The mark for an answer.
    pub(crate) fn of(&self, choice: Option<Choice>) -> &str {
        match choice {
            Some(Choice::Yes) => &self.0[0],
            Some(Choice::No) => &self.0[1],
            None => &self.0[2],
        }
    }
}

/// A reply that names no State, by its file.
pub(crate) fn unnamed_reply(file: &str) -> String {
    t!("report-unnamed-reply", file = file)
}

pub(crate) fn incomplete_counted() -> String {
    t!("report-incomplete-counted")
}

// Sentences.

/// The opening figures: who replied, by when, how many came late; the
/// part to stress first ("8 States replied"), then the rest of the sentence.
pub(crate) fn lead(headline: Headline, cutoff: Option<IsoDate>, late: usize) -> (String, String) {
    let by = cutoff.map_or_else(String::new, |c| t!("report-lead-by-cutoff", date = date(c)));
    let (strong, mut rest) = match headline {
        Headline::NoReply => (t!("report-lead-no-reply"), ".".to_string()),
        Headline::NoStateNamed {
            replies,
            no_country_field,
        } => (
            t!("report-lead-no-state", count = replies),
            if no_country_field {
                format!("{}.", t!("report-lead-no-country-field"))
            } else {
                ".".into()
            },
        ),
        Headline::States { states, unnamed } => (
            t!("report-lead-states", count = states),
            if unnamed == 0 {
                format!("{by}.")
            } else {
                format!("{by}{}.", t!("report-lead-unnamed", count = unnamed))
            },
        ),
    };
    if late > 0 {
        rest.push(' ');
        rest.push_str(&t!("report-lead-late", count = late));
    }
    (strong, rest)
}

/// The period the replies counted were dated in.
pub(crate) fn dated(earliest: Option<IsoDate>, latest: Option<IsoDate>) -> Option<String> {
    match (earliest, latest) {
        (Some(a), Some(b)) if a == b => Some(t!("report-dated-one", date = date(a))),
        (Some(a), Some(b)) => Some(t!("report-dated-range", from = date(a), to = date(b))),
        _ => None,
    }
}

pub(crate) fn as_at(day: IsoDate) -> String {
    t!("report-as-at", date = date(day))
}

/// The response against the States expected.
pub(crate) fn response(replied: usize, expected: usize) -> String {
    t!(
        "report-response",
        replied = replied,
        expected = expected,
        share = percent(replied, expected)
    )
}

pub(crate) fn expected_from(source: &Source) -> String {
    match source {
        Source::Un {
            group: None,
            members_only: false,
        } => t!("report-expected-all"),
        Source::Un {
            group: None,
            members_only: true,
        } => t!("report-expected-members"),
        Source::Un { group: Some(g), .. } => match g {
            Group::Africa => t!("report-expected-africa"),
            Group::AsiaPacific => t!("report-expected-asia-pacific"),
            Group::LatinAmericaCaribbean => t!("report-expected-latin-america-caribbean"),
            Group::Europe => t!("report-expected-europe"),
            Group::NearMiddleEast => t!("report-expected-near-middle-east"),
        },
        Source::File(_) => t!("report-expected-file"),
    }
}

pub(crate) fn not_replied(n: usize) -> String {
    t!("report-not-replied", count = n)
}

pub(crate) fn all_replied() -> String {
    t!("report-all-replied")
}

pub(crate) fn not_expected(n: usize) -> String {
    t!("report-not-expected", count = n)
}

pub(crate) fn states_expected() -> String {
    t!("report-states-expected")
}

pub(crate) fn replied() -> String {
    t!("report-replied")
}

pub(crate) fn response_rate() -> String {
    t!("report-response-rate")
}

pub(crate) fn publishable(n: usize) -> String {
    t!("report-publishable", count = n)
}

pub(crate) fn none_publishable() -> String {
    t!("report-none-publishable")
}

/// What an issue's figure counts: States, by how many of its
/// recommendations they reported action on.
pub(crate) fn issue_states(states: usize, recommendations: usize, s: IssueStates) -> String {
    t!(
        "report-issue-states",
        states = states,
        recommendations = recommendations,
        all = s.all,
        some = s.some,
        none = s.none
    )
}

/// The recommendation's figure in a sentence, as a note gives it.
pub(crate) fn reported_action(yes: usize, total: usize) -> String {
    t!(
        "report-reported-action",
        yes = yes,
        total = total,
        share = percent(yes, total)
    )
}

pub(crate) fn no_comment_from(names: &str) -> String {
    t!("report-no-comment-from", names = names)
}

pub(crate) fn no_comments() -> String {
    t!("report-no-comments")
}

/// A State with its answer, for lists: `Austria (YES)`.
pub(crate) fn with_answer(state: &str, answer: &str) -> String {
    format!("{state} ({answer})")
}

// Against the last round.

pub(crate) fn replies_then(n: usize) -> String {
    t!("report-replies-then", count = n)
}

pub(crate) fn then_now(yes: &str) -> (String, String, String) {
    (
        t!("report-yes-then", yes = yes),
        t!("report-yes-now", yes = yes),
        t!("report-change"),
    )
}

pub(crate) fn last_round(yes: usize, total: usize) -> String {
    t!(
        "report-last-round",
        yes = yes,
        total = total,
        share = percent(yes, total)
    )
}

/// `NO → YES: Austria and Chile.`
pub(crate) fn moved(from: &str, to: &str, names: &str) -> String {
    format!("{from} → {to}{} {names}.", colon())
}

pub(crate) fn changes_by_state() -> String {
    t!("report-changes-by-state")
}

pub(crate) fn no_changes() -> String {
    t!("report-no-changes")
}

pub(crate) fn change(change: Change, yes: &str, no: &str) -> String {
    let label = |c: Choice| match c {
        Choice::Yes => yes,
        Choice::No => no,
    };
    match change {
        Change::NoToYes => format!("{no} → {yes}"),
        Change::YesToNo => format!("{yes} → {no}"),
        Change::NewlyAnswered(c) => t!("report-newly-answered", answer = label(c)),
        Change::NoLongerAnswered(c) => t!("report-no-longer-answered", answer = label(c)),
    }
}

pub(crate) fn gone(n: usize) -> String {
    t!("report-gone", count = n)
}

pub(crate) fn new_states(n: usize) -> String {
    t!("report-new-states", count = n)
}

// Problems, phrased for a secretariat: the State, what is wrong in words,
// the file last.

pub(crate) fn no_problems() -> String {
    t!("report-no-problems")
}

pub(crate) fn problems_invalid() -> String {
    t!("report-problems-invalid")
}

pub(crate) fn problems_unreadable() -> String {
    t!("report-problems-unreadable")
}

pub(crate) fn problems_duplicates() -> String {
    t!("report-problems-duplicates")
}

pub(crate) fn problems_other() -> String {
    t!("report-problems-other")
}

pub(crate) fn problems_late() -> String {
    t!("report-problems-late")
}

pub(crate) fn problems_unplaced() -> String {
    t!("report-problems-unplaced")
}

pub(crate) fn invalid_counted(error: &str) -> String {
    t!("report-invalid-counted", error = error)
}

pub(crate) fn invalid_left_out(error: &str) -> String {
    t!("report-invalid-left-out", error = error)
}

pub(crate) fn unreadable(error: &str) -> String {
    t!("report-unreadable", error = error)
}

pub(crate) fn error_at(message: &str, id: Option<&str>) -> String {
    match id {
        Some(id) if !message.contains(id) => t!("report-error-at", message = message, id = id),
        _ => message.to_string(),
    }
}

pub(crate) fn duplicate(kept: Option<IsoDate>, dropped: &[Option<IsoDate>]) -> String {
    let dates: Vec<String> = dropped.iter().map(|d| maybe_date(*d)).collect();
    let refs: Vec<&str> = dates.iter().map(String::as_str).collect();
    t!(
        "report-duplicate",
        kept = maybe_date(kept),
        dropped = list(&refs),
        count = dropped.len()
    )
}

pub(crate) fn other_questionnaire(questionnaire: &str) -> String {
    t!("report-other-questionnaire", questionnaire = questionnaire)
}

pub(crate) fn a_reply() -> String {
    t!("report-a-reply")
}

pub(crate) fn late(date_of: Option<IsoDate>) -> String {
    match date_of {
        Some(d) => t!("report-late-dated", date = date(d)),
        None => t!("report-late-no-date"),
    }
}

pub(crate) fn unplaced(written: &str) -> String {
    t!("report-unplaced", name = written)
}

pub(crate) fn file(file: &str) -> String {
    t!("report-file", file = file)
}

pub(crate) fn files(files: &str) -> String {
    t!("report-files", files = files)
}

/// A message from validation, for a reader who does not read code:
/// `code spans` become quotations, marked as the report's language marks them.
pub(crate) fn plain(message: &str) -> String {
    plain_in(current(), message)
}

fn plain_in(lang: Lang, message: &str) -> String {
    let (opening, closing) = lang.quotes();
    let mut out = String::with_capacity(message.len());
    let mut open = false;
    for c in message.chars() {
        if c == '`' {
            out.push_str(if open { closing } else { opening });
            open = !open;
        } else {
            out.push(c);
        }
    }
    out
}

// What `qnr report` prints when it is done.

pub(crate) fn summary(included: usize, files: usize, output: Option<&str>) -> String {
    let left = files - included;
    let summary = t!(
        "report-summary",
        included = included,
        files = files,
        left = left,
        listed = if left > 0 { "yes" } else { "no" }
    );
    match output {
        Some(file) => t!("report-summary-into", summary = summary, file = file),
        None => summary,
    }
}

pub(crate) fn unplaced_warning(count: usize, names: &str, more: bool) -> String {
    let names = if more {
        format!("{names}, …")
    } else {
        names.to_string()
    };
    t!("report-unplaced-warning", count = count, names = names)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_lists_and_code_spans_read_as_a_document_writes_them() {
        assert_eq!(date(IsoDate::parse("2019-08-09").unwrap()), "9 August 2019");
        assert_eq!(list(&["A", "B", "C"]), "A, B and C");
        assert_eq!(list(&["A"]), "A");
        assert_eq!(
            plain("`date`: `15/05/2019` is not a real date"),
            "“date”: “15/05/2019” is not a real date"
        );
        assert_eq!(
            plain_in(Lang::Fr, "`date`\u{a0}: `15/05/2019` n'est pas une date"),
            "«\u{a0}date\u{a0}»\u{a0}: «\u{a0}15/05/2019\u{a0}» n'est pas une date"
        );
        assert_eq!(plain_in(Lang::Es, "`date`"), "«date»");
        assert_eq!(plain_in(Lang::Ru, "`date`"), "«date»");
        assert_eq!(
            note_title("Questionnaire on the implementation of the recommendations"),
            "Implementation of the recommendations"
        );
        assert_eq!(
            note_title("Cuestionario sobre la aplicación de las recomendaciones"),
            "Aplicación de las recomendaciones"
        );
        assert_eq!(note_title("Replies"), "Replies");
    }
}
