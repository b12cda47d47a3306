//! The layout rules on small forms written out line by line.

use super::*;
use crate::reply::{Answer, Choice};

fn lines(text: &str) -> Vec<Line<'_>> {
    let mut at = 0;
    text.split('\n')
        .map(|l| {
            let span = at..at + l.len();
            at += l.len() + 1;
            Line::new(l, span, Hint::Guess)
        })
        .collect()
}

fn read_text(text: &str) -> ReplyRead {
    read(&lines(text), &Schema::honlea())
}

fn codes(r: &ReplyRead) -> Vec<&'static str> {
    r.diagnostics
        .iter()
        .map(|d| d.code.as_str())
        .filter(|c| *c != "missing-item")
        .collect()
}

fn answer(r: &ReplyRead, id: &str) -> Option<Answer> {
    r.reply.as_ref().and_then(|reply| reply.answer(id).cloned())
}

const I1: &str = "Governments should be encouraged to ensure that their law enforcement agencies are well informed, professionally trained and suitably resourced so as to be effective in the investigation of cyber-related offences and the related use of the Internet for illicit trafficking.";

fn form(body: &str) -> String {
    format!(
        "Issue I: Use of the Internet for drug-related activities\n\nRecommendation 1\n\n{I1}\n\n{body}"
    )
}

#[test]
fn a_recommendation_with_its_answer_and_comments() {
    let r = read_text(&form(
        "Any action taken ☒ YES ☐ NO\n\nComments:\n\nFirst paragraph,\nsame paragraph.\n\n\nSecond.\n",
    ));
    assert_eq!(codes(&r), Vec::<&str>::new(), "{:?}", r.diagnostics);
    assert!(!r.lossy);
    let a = answer(&r, "I.1").unwrap();
    assert_eq!(a.action_taken, Some(Choice::Yes));
    assert_eq!(
        a.comments.as_deref(),
        Some("First paragraph,\nsame paragraph.\n\nSecond.")
    );
    // Every other item is reported as not in the file.
    assert_eq!(r.diagnostics.len(), 15);
}

#[test]
fn comments_may_quote_the_form_itself() {
    let text = form(
        "Any action taken ☐ YES ☒ NO\n\nComments:\n\nComments:\n\nRecommendation 2\n\nIssue II: as discussed\n\nAny action taken ☒ YES\n\nRecommendation 2\n\nGovernments must work together.\n\nAny action taken YES\n\nComments:\n\nDone.",
    );
    let r = read_text(&text);
    let a = answer(&r, "I.1").unwrap();
    assert_eq!(a.action_taken, Some(Choice::No));
    assert_eq!(
        a.comments.as_deref(),
        Some("Comments:\n\nRecommendation 2\n\nIssue II: as discussed\n\nAny action taken ☒ YES")
    );
    let b = answer(&r, "I.2").unwrap();
    assert_eq!(b.action_taken, Some(Choice::Yes));
    assert_eq!(b.comments.as_deref(), Some("Done."));
    assert_eq!(codes(&r), ["text-mismatch"], "I.2's text was shortened");
}

#[test]
fn a_heading_of_the_next_issue_with_its_title_ends_a_comment() {
    let text = form(
        "Any action taken YES\n\nComments:\n\nDone.\n\nIssue II: Alternatives to imprisonment for certain offences as demand reduction strategies that promote public health and public safety\n\nRecommendation 2\n\nAny action taken NO\n\nComments:\n",
    );
    let r = read_text(&text);
    assert_eq!(
        answer(&r, "I.1").unwrap().comments.as_deref(),
        Some("Done.")
    );
    assert_eq!(
        answer(&r, "II.2").unwrap().action_taken,
        Some(Choice::No),
        "II.1 was left out, yet the heading with its title counts"
    );
}

#[test]
fn unmarked_answers_stay_open_with_a_warning() {
    let r = read_text(&form("Any action taken YES NO\n\nComments:\n\nText."));
    assert_eq!(codes(&r), ["unmarked-answer"]);
    let d = &r.diagnostics[0];
    assert_eq!(d.severity, crate::diagnostic::Severity::Warning);
    assert!(
        d.help
            .as_deref()
            .unwrap()
            .contains("qnr fill --only-missing")
    );
    assert_eq!(answer(&r, "I.1").unwrap().action_taken, None);
    assert!(!r.lossy);
    let text = form("Any action taken YES NO");
    let span = d.span.clone().unwrap();
    assert_eq!(&text[span], "Any action taken YES NO");
}

#[test]
fn an_answer_without_its_line_is_open_too() {
    let r = read_text(&form("Comments:\n\nText."));
    assert_eq!(codes(&r), ["unmarked-answer"]);
    assert!(
        r.diagnostics[0]
            .message
            .contains("no 'Any action taken' line")
    );
    assert_eq!(
        answer(&r, "I.1").unwrap().comments.as_deref(),
        Some("Text.")
    );
}

#[test]
fn choices_below_the_question_are_read() {
    let r = read_text(&form(
        "Any action taken?\n\n☐ YES\n☒ NO\n\nComments:\n\nNone.",
    ));
    let a = answer(&r, "I.1").unwrap();
    assert_eq!(a.action_taken, Some(Choice::No));
    assert_eq!(a.comments.as_deref(), Some("None."));
}

#[test]
fn comments_may_start_on_the_label_line() {
    let r = read_text(&form(
        "Any action taken: yes\nComments: In  2018,\nmore.\n\nEnd.",
    ));
    assert_eq!(
        answer(&r, "I.1").unwrap().comments.as_deref(),
        Some("In  2018,\nmore.\n\nEnd.")
    );
}

#[test]
fn contradictory_marks_are_errors_that_stop_a_conversion() {
    let r = read_text(&form("Any action taken ☒ YES ☒ NO\n\nComments:\n"));
    assert_eq!(codes(&r), ["invalid-choice"]);
    assert!(r.lossy);
    let r = read_text(&form("Any action taken: partly\n\nComments:\n"));
    assert_eq!(codes(&r), ["invalid-choice"]);
    assert!(r.diagnostics[0].message.contains("`partly`"));
}

#[test]
fn items_the_schema_lacks_are_errors_naming_the_line_and_kept() {
    let text = form(
        "Any action taken NO\n\nRecommendation 9\n\nAn extra one.\n\nAny action taken YES\n\nComments:\n\nKept.\n\nIssue IX: Another round\n\nRecommendation 1\n\nAny action taken NO\n",
    );
    let r = read_text(&text);
    assert_eq!(codes(&r), ["unknown-answer", "unknown-answer"]);
    assert!(r.diagnostics[0].message.contains("`I.9`"));
    assert!(r.diagnostics[1].message.contains("issue `IX`"));
    let span = r.diagnostics[0].span.clone().unwrap();
    assert_eq!(&text[span], "Recommendation 9");
    assert_eq!(
        answer(&r, "I.9").unwrap().comments.as_deref(),
        Some("Kept.")
    );
    assert_eq!(answer(&r, "IX.1").unwrap().action_taken, Some(Choice::No));
    assert!(!r.lossy, "kept, as JSON keeps unknown ids");
}

#[test]
fn a_recommendation_given_twice_is_an_error() {
    let r = read_text(&form(
        "Any action taken NO\n\nRecommendation 1\n\nAny action taken YES\n",
    ));
    assert_eq!(codes(&r), ["duplicate-key"]);
    assert!(r.lossy);
    assert_eq!(answer(&r, "I.1").unwrap().action_taken, Some(Choice::Yes));
}

#[test]
fn a_recommendation_before_any_issue_cannot_be_placed() {
    let r = read_text("Recommendation 1\n\nAny action taken YES\n");
    assert_eq!(codes(&r), ["unknown-answer"]);
    assert!(r.lossy);
    assert!(
        r.diagnostics[0]
            .help
            .as_deref()
            .unwrap()
            .contains("Issue I: Use of the Internet")
    );
}

#[test]
fn an_edited_text_is_a_warning_naming_the_id() {
    let r = read_text(
        "Issue I: Use of the Internet for drug-related activities\n\nRecommendation 1\n\nGovernments should ensure it.\n\nAny action taken YES\n",
    );
    assert_eq!(codes(&r), ["text-mismatch"]);
    let d = &r.diagnostics[0];
    assert_eq!(d.id.as_deref(), Some("I.1"));
    assert!(
        d.message.contains(
            "has “Governments should ensure it.…” where it reads “Governments should be encouraged"
        ),
        "{}",
        d.message
    );
    let r = read_text("Issue I: The Internet\n\nRecommendation 1\n\nAny action taken YES\n");
    assert_eq!(codes(&r), ["text-mismatch"]);
    assert!(
        r.diagnostics[0]
            .message
            .starts_with("Issue I: the title differs")
    );
}

#[test]
fn the_respondent_header_is_read() {
    let text = "QUESTIONNAIRE\n\nName of country:\n\nRussian Federation\n\nDate of submission: 15 May 2019\nContact person: ____\nAddress: 12 Zhitnaya Street\nMoscow 119049\nE-mail: a@b.org\nConsent to publish the reply as received on the UNODC website: ☐ YES ☒ NO\n\n".to_string()
        + &form("Any action taken YES\n");
    let r = read_text(&text);
    let reply = r.reply.unwrap();
    assert_eq!(reply.field("country"), Some("Russian Federation"));
    assert_eq!(reply.field("date"), Some("2019-05-15"));
    assert_eq!(reply.field("contact"), None);
    assert_eq!(
        reply.field("address"),
        Some("12 Zhitnaya Street\nMoscow 119049")
    );
    assert_eq!(reply.field("email"), Some("a@b.org"));
    assert_eq!(reply.field("publish"), Some("no"));
    let span = r.places.fields["date"].clone();
    assert_eq!(&text[span], "Date of submission: 15 May 2019");
}

#[test]
fn dates_that_cannot_be_read_are_kept_for_validate_to_report() {
    let r = read_text(
        &("Date of submission: next week\n\n".to_string() + &form("Any action taken YES\n")),
    );
    assert_eq!(r.reply.unwrap().field("date"), Some("next week"));
}

#[test]
fn the_questionnaire_line_names_the_round() {
    let r = read_text(
        &("Questionnaire: honlea, version 2\n\n".to_string() + &form("Any action taken YES\n")),
    );
    let reply = r.reply.unwrap();
    assert_eq!(reply.version.as_deref(), Some("2"));
    let r = read_text(&form("Any action taken YES\n"));
    assert_eq!(
        r.reply.unwrap().version.as_deref(),
        Some("1"),
        "the schema's, when the form does not say"
    );
}

#[test]
fn text_that_is_no_form_is_a_parse_error() {
    let r = read_text("Dear colleagues,\n\nplease find our reply attached.\n");
    assert!(r.reply.is_none());
    assert_eq!(codes(&r), ["parse-error"]);
    assert!(r.diagnostics[0].message.contains("no recommendation found"));
    let r = read_text("\n \n");
    assert_eq!(r.diagnostics[0].message, "the file is empty");
}

#[test]
fn places_point_at_the_answer_and_the_comments() {
    let text = form("Any action taken YES\n\nComments:\n\nOne.\n\nTwo.\n");
    let r = read_text(&text);
    let places = &r.places.items["I.1"];
    assert_eq!(&text[places.key.clone()], "Recommendation 1");
    assert_eq!(
        &text[places.action_taken.clone().unwrap()],
        "Any action taken YES"
    );
    assert_eq!(&text[places.comments.clone().unwrap()], "One.\n\nTwo.");
}

/// Another round's form: lettered headings, a question mark, other words.
fn other_round() -> Schema {
    let mut schema = Schema::honlea();
    schema.headings.recommendation = "Recommendation ({label})".into();
    schema.answer.question = "Any action taken?".into();
    schema.answer.yes = "Yes".into();
    schema.answer.no = "No".into();
    schema.comments.label = "Please elaborate".into();
    schema
}

#[test]
fn another_rounds_wording_is_read_and_written() {
    let schema = other_round();
    let text = "Issue I: Use of the Internet for drug-related activities\n\nRecommendation (1)\n\nAny action taken? [ ] Yes [x] No\n\nPlease elaborate:\n\nNot yet.\n\nRecommendation (2)\n\nAny action taken? Yes\n";
    let r = read(&lines(text), &schema);
    let reply = r.reply.unwrap();
    assert_eq!(reply.answer("I.1").unwrap().action_taken, Some(Choice::No));
    assert_eq!(
        reply.answer("I.1").unwrap().comments.as_deref(),
        Some("Not yet.")
    );
    assert_eq!(reply.answer("I.2").unwrap().action_taken, Some(Choice::Yes));
    for format in [crate::formats::Format::Txt, crate::formats::Format::Md] {
        let bytes = crate::formats::write(format, &reply, &schema);
        let back = crate::formats::load(format, &bytes, &schema);
        assert_eq!(
            back.reply.as_ref(),
            Some(&reply),
            "{format}\n{}",
            String::from_utf8_lossy(&bytes)
        );
    }
}

#[test]
fn more_recommendation_headings_than_the_answer_limit_are_one_error() {
    let text = "Recommendation 1 (I.1)\n".repeat(crate::formats::MAX_ANSWERS + 1);
    let read = read_text(&text);
    assert!(read.reply.is_none() && read.lossy);
    assert_eq!(read.diagnostics.len(), 1);
    assert_eq!(
        read.diagnostics[0].code,
        crate::diagnostic::Code::LimitExceeded
    );
    assert!(
        read.diagnostics[0]
            .message
            .contains("10001 recommendation headings")
    );
}
