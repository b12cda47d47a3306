//! Every word the report documents say, in one place: the renderers ask
//! here for headings, sentences and labels, and never spell them out, so
//! that the report speaks one language throughout. Text that came from
//! the schema or a reply is passed in, never translated.

use super::IsoDate;

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A date as a UN document writes it: `9 August 2019`.
pub(crate) fn date(date: IsoDate) -> String {
    let month = MONTHS[usize::from(date.month().clamp(1, 12)) - 1];
    format!("{} {month} {}", date.day(), date.year())
}

/// A date that may be missing.
pub(crate) fn maybe_date(d: Option<IsoDate>) -> String {
    d.map_or_else(|| "no date".to_string(), date)
}

/// `n` of `total` as a percentage, or a dash when there is nothing to share.
pub(crate) fn percent(n: usize, total: usize) -> String {
    super::percent(n, total)
}

/// `Austria, Brazil and Chile`.
pub(crate) fn list(names: &[&str]) -> String {
    match names {
        [] => String::new(),
        [one] => (*one).to_string(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

fn states(n: usize) -> String {
    if n == 1 {
        "1 State".to_string()
    } else {
        format!("{n} States")
    }
}

fn replies(n: usize) -> String {
    if n == 1 {
        "1 reply".to_string()
    } else {
        format!("{n} replies")
    }
}

/// The language the documents are written in, as HTML's `lang` and
/// Word's `w:lang` name it.
pub(crate) fn lang() -> &'static str {
    "en"
}

/// The language with its region, as Word's `w:lang` wants it.
pub(crate) fn lang_region() -> &'static str {
    "en-GB"
}

// Headings and labels.

pub(crate) fn kicker() -> String {
    "Compilation of the replies to the questionnaire".into()
}

/// The note's title from the questionnaire's: "Questionnaire on the
/// implementation of …" becomes "Implementation of …"; a title that does
/// not start so stays as it is.
pub(crate) fn note_title(title: &str) -> String {
    for prefix in [
        "questionnaire on the ",
        "questionnaire on ",
        "questionnaire: ",
    ] {
        if title.len() > prefix.len()
            && title.is_char_boundary(prefix.len())
            && title[..prefix.len()].eq_ignore_ascii_case(prefix)
        {
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
    "Note by the Secretariat".into()
}

pub(crate) fn contents() -> String {
    "Contents".into()
}

pub(crate) fn overview() -> String {
    "Overview".into()
}

pub(crate) fn replies_heading() -> String {
    "Replies".into()
}

pub(crate) fn recommendations_heading() -> String {
    "Replies by recommendation".into()
}

pub(crate) fn previous_heading() -> String {
    "Against the last round".into()
}

pub(crate) fn problems_heading() -> String {
    "Problems with the replies".into()
}

pub(crate) fn state() -> String {
    "State".into()
}

pub(crate) fn region() -> String {
    "Region".into()
}

pub(crate) fn date_of_submission() -> String {
    "Date of submission".into()
}

pub(crate) fn consent() -> String {
    "Consent to publish".into()
}

pub(crate) fn consent_value(consent: Option<bool>) -> String {
    match consent {
        Some(true) => "Yes",
        Some(false) => "No",
        None => "Not stated",
    }
    .into()
}

pub(crate) fn recommendation() -> String {
    "Recommendation".into()
}

pub(crate) fn unanswered() -> String {
    "Unanswered".into()
}

pub(crate) fn share_yes(yes: &str) -> String {
    format!("Share {yes}")
}

pub(crate) fn answer() -> String {
    "Answer".into()
}

pub(crate) fn count_states() -> String {
    "States".into()
}

pub(crate) fn share() -> String {
    "Share".into()
}

pub(crate) fn which_states() -> String {
    "Which States".into()
}

pub(crate) fn grid_caption() -> String {
    "Answers by State".into()
}

pub(crate) fn table_caption() -> String {
    "Answers by recommendation (counts of States)".into()
}

/// The key to the grid's marks, which read without colour.
pub(crate) fn grid_key(yes: &str, no: &str) -> String {
    format!("Y: {yes} (action taken) · N: {no} · –: not answered")
}

/// The grid's mark for an answer.
pub(crate) fn mark(choice: Option<crate::reply::Choice>) -> &'static str {
    match choice {
        Some(crate::reply::Choice::Yes) => "Y",
        Some(crate::reply::Choice::No) => "N",
        None => "–",
    }
}

/// A reply that names no State, by its file.
pub(crate) fn unnamed_reply(file: &str) -> String {
    format!("Reply without a State name ({file})")
}

pub(crate) fn incomplete_counted() -> String {
    "incomplete, counted as received".into()
}

// Sentences.

/// The opening figures: who replied, by when, how many came late; the
/// part to stress first ("8 States replied"), then the rest of the sentence.
pub(crate) fn lead(
    headline: super::Headline,
    cutoff: Option<IsoDate>,
    late: usize,
) -> (String, String) {
    use super::Headline;
    let by = cutoff.map_or_else(String::new, |c| {
        format!(" by the cut-off date of {}", date(c))
    });
    let (strong, mut text) = match headline {
        Headline::NoReply => ("No reply counts".to_string(), ".".to_string()),
        Headline::NoStateNamed {
            replies: n,
            no_country_field,
        } => (
            format!("{}, none naming a State", replies(n)),
            if no_country_field {
                " (no respondent field of the questionnaire has the role \"country\").".into()
            } else {
                ".".into()
            },
        ),
        Headline::States { states: n, unnamed } => (
            format!("{} replied", states(n)),
            if unnamed == 0 {
                format!("{by}.")
            } else {
                format!("{by}, and {} naming none.", replies(unnamed))
            },
        ),
    };
    if late > 0 {
        text.push_str(&format!(
            " {} arrived after the cut-off date and {} not counted.",
            replies(late),
            if late == 1 { "is" } else { "are" }
        ));
    }
    (strong, text)
}

/// The period the replies counted were dated in.
pub(crate) fn dated(earliest: Option<IsoDate>, latest: Option<IsoDate>) -> Option<String> {
    match (earliest, latest) {
        (Some(a), Some(b)) if a == b => Some(format!("The replies counted are dated {}.", date(a))),
        (Some(a), Some(b)) => Some(format!(
            "The replies counted are dated from {} to {}.",
            date(a),
            date(b)
        )),
        _ => None,
    }
}

pub(crate) fn as_at(day: IsoDate) -> String {
    format!("Figures as at {}", date(day))
}

/// The response against the States expected.
pub(crate) fn response(replied: usize, expected: usize) -> String {
    format!(
        "Response: {replied} of the {} expected to reply ({}).",
        states(expected),
        percent(replied, expected)
    )
}

pub(crate) fn expected_from(source: &super::expected::Source) -> String {
    use super::expected::Source;
    use super::states::Group;
    match source {
        Source::Un {
            group: None,
            members_only: false,
        } => {
            "States expected to reply: the Member States and observer States of the United Nations."
                .into()
        }
        Source::Un {
            group: None,
            members_only: true,
        } => "States expected to reply: the Member States of the United Nations.".into(),
        Source::Un { group: Some(g), .. } => format!(
            "States expected to reply: {}.",
            match g {
                Group::Africa =>
                    "the members of HONLEA, Africa (the States members of the Economic Commission for Africa)",
                Group::AsiaPacific =>
                    "the members of HONLEA, Asia and the Pacific (the States members of the Economic and Social Commission for Asia and the Pacific)",
                Group::LatinAmericaCaribbean =>
                    "the members of HONLEA, Latin America and the Caribbean (the States members of the Economic Commission for Latin America and the Caribbean)",
                Group::Europe =>
                    "the members of HONLEA, Europe (the States members of the Economic Commission for Europe)",
                Group::NearMiddleEast =>
                    "the members of the Subcommission on Illicit Drug Traffic and Related Matters in the Near and Middle East",
            }
        ),
        Source::File(_) => "States expected to reply: the list of States invited.".into(),
    }
}

pub(crate) fn not_replied(n: usize) -> String {
    format!("States that have not replied ({n})")
}

pub(crate) fn all_replied() -> String {
    "Every State expected has replied.".into()
}

pub(crate) fn not_expected(n: usize) -> String {
    format!("Replies from States not on the list of States expected ({n})")
}

pub(crate) fn states_expected() -> String {
    "States expected".into()
}

pub(crate) fn replied() -> String {
    "Replied".into()
}

pub(crate) fn response_rate() -> String {
    "Response rate".into()
}

pub(crate) fn publishable(n: usize) -> String {
    format!("Replies that may be published as received ({n})")
}

pub(crate) fn none_publishable() -> String {
    "No State has consented to the publication of its reply as received.".into()
}

/// What an issue's figure counts: States, by how many of its
/// recommendations they reported action on.
pub(crate) fn issue_states(states_counted: usize, recs: usize, s: super::IssueStates) -> String {
    format!(
        "Of the {}: {} reported action on all {recs} recommendations, {} on some, {} on none.",
        states(states_counted),
        s.all,
        s.some,
        s.none
    )
}

/// The recommendation's figure in a sentence, as a note gives it.
pub(crate) fn reported_action(yes: usize, total: usize) -> String {
    format!(
        "{yes} of the {} ({}) reported action taken.",
        states(total),
        percent(yes, total)
    )
}

pub(crate) fn no_comment_from(names: &str) -> String {
    format!("No comment from: {names}.")
}

pub(crate) fn no_comments() -> String {
    "No State commented on this recommendation.".into()
}

/// A State with its answer, for lists: `Austria (YES)`.
pub(crate) fn with_answer(state: &str, answer: &str) -> String {
    format!("{state} ({answer})")
}

// Against the last round.

pub(crate) fn replies_then(n: usize) -> String {
    format!("The last round counted {}.", replies(n))
}

pub(crate) fn then_now(yes: &str) -> (String, String, String) {
    (format!("{yes} then"), format!("{yes} now"), "Change".into())
}

pub(crate) fn last_round(yes: usize, replies_then: usize) -> String {
    format!(
        "Last round: {yes} of the {} ({}) reported action taken.",
        states(replies_then),
        percent(yes, replies_then)
    )
}

pub(crate) fn moved(from: &str, to: &str, names: &str) -> String {
    format!("{from} → {to}: {names}.")
}

pub(crate) fn changes_by_state() -> String {
    "Changes by State".into()
}

pub(crate) fn no_changes() -> String {
    "No State that replied in both rounds changed an answer.".into()
}

pub(crate) fn change(change: super::previous::Change, yes: &str, no: &str) -> String {
    use super::previous::Change;
    let label = |c: crate::reply::Choice| match c {
        crate::reply::Choice::Yes => yes,
        crate::reply::Choice::No => no,
    };
    match change {
        Change::NoToYes => format!("{no} → {yes}"),
        Change::YesToNo => format!("{yes} → {no}"),
        Change::NewlyAnswered(c) => format!("newly answered ({})", label(c)),
        Change::NoLongerAnswered(c) => format!("no longer answered (was {})", label(c)),
    }
}

pub(crate) fn gone(n: usize) -> String {
    format!("Replied in the last round but not in this one ({n})")
}

pub(crate) fn new_states(n: usize) -> String {
    format!("Replying for the first time ({n})")
}

// Problems, phrased for a secretariat: the State, what is wrong in words,
// the file last.

pub(crate) fn no_problems() -> String {
    "None: every file read is a valid reply, one per State.".into()
}

pub(crate) fn problems_invalid() -> String {
    "Replies with errors".into()
}

pub(crate) fn problems_unreadable() -> String {
    "Files that could not be read as replies".into()
}

pub(crate) fn problems_duplicates() -> String {
    "States that sent more than one reply".into()
}

pub(crate) fn problems_other() -> String {
    "Replies to another questionnaire".into()
}

pub(crate) fn problems_late() -> String {
    "Replies received after the cut-off date".into()
}

pub(crate) fn problems_unplaced() -> String {
    "State names not in the list of States".into()
}

pub(crate) fn invalid_counted(error: &str) -> String {
    format!("the reply is incomplete or has errors ({error}); counted as received.")
}

pub(crate) fn invalid_left_out(error: &str) -> String {
    format!("the reply is not counted: {error}.")
}

pub(crate) fn unreadable(error: &str) -> String {
    format!("The file could not be read as a reply: {error}.")
}

pub(crate) fn error_at(message: &str, id: Option<&str>) -> String {
    match id {
        Some(id) if !message.contains(id) => format!("{message} (at {id})"),
        _ => message.to_string(),
    }
}

pub(crate) fn duplicate(kept: Option<IsoDate>, dropped: &[Option<IsoDate>]) -> String {
    let dropped: Vec<String> = dropped.iter().map(|d| maybe_date(*d)).collect();
    let refs: Vec<&str> = dropped.iter().map(String::as_str).collect();
    format!(
        "the reply dated {} is counted; the earlier one{} dated {} {} not.",
        maybe_date(kept),
        if dropped.len() == 1 { "" } else { "s" },
        list(&refs),
        if dropped.len() == 1 { "is" } else { "are" }
    )
}

pub(crate) fn other_questionnaire(questionnaire: &str) -> String {
    format!("a reply to another questionnaire (“{questionnaire}”); not counted.")
}

pub(crate) fn a_reply() -> String {
    "A reply".into()
}

pub(crate) fn late(date_of: Option<IsoDate>) -> String {
    match date_of {
        Some(d) => format!("dated {}, after the cut-off date; not counted.", date(d)),
        None => "the reply gives no valid date of submission, so it cannot be shown to have arrived by the cut-off date; not counted.".into(),
    }
}

pub(crate) fn unplaced(written: &str) -> String {
    format!(
        "“{written}” is not a name in the list of States; the reply is counted under this name."
    )
}

pub(crate) fn file(file: &str) -> String {
    format!("File: {file}")
}

pub(crate) fn files(files: &str) -> String {
    format!("Files: {files}")
}

/// A message from validation, for a reader who does not read code:
/// `code spans` become quotations.
pub(crate) fn plain(message: &str) -> String {
    let mut out = String::with_capacity(message.len());
    let mut open = false;
    for c in message.chars() {
        if c == '`' {
            out.push(if open { '”' } else { '“' });
            open = !open;
        } else {
            out.push(c);
        }
    }
    out
}

// The one line `qnr report` prints when it is done.

pub(crate) fn summary(included: usize, files: usize, output: Option<&str>) -> String {
    let left_out = files - included;
    let mut s = format!("compiled {included} of {files} files ({left_out} left out");
    if left_out > 0 {
        s.push_str(", listed under Problems");
    }
    s.push(')');
    if let Some(out) = output {
        s.push_str(&format!(" into `{out}`"));
    }
    s
}

pub(crate) fn unplaced_warning(count: usize, names: &str, more: bool) -> String {
    format!(
        "warning: {count} State name{} not in the list of States, counted as written: {names}{}",
        if count == 1 { "" } else { "s" },
        if more { ", …" } else { "" }
    )
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
            note_title("Questionnaire on the implementation of the recommendations"),
            "Implementation of the recommendations"
        );
        assert_eq!(note_title("Replies"), "Replies");
        assert_eq!(
            plain("`date`: `15/05/2019` is not a real date"),
            "“date”: “15/05/2019” is not a real date"
        );
    }
}
