//! Every rule, on small replies built in the test.

use super::*;
use crate::diagnostic::{Code, Diagnostic, MAX_FINDINGS};
use serde_json::{Value, json};

/// A complete, valid HONLEA reply as JSON.
fn complete() -> Value {
    let schema = Schema::honlea();
    let answers: serde_json::Map<String, Value> = schema
        .item_ids()
        .enumerate()
        .map(|(i, id)| {
            let answer = if i % 3 == 0 {
                json!({"action_taken": "no"})
            } else {
                json!({"action_taken": "yes", "comments": "Done, under Act No. 1 of 2018."})
            };
            (id.to_string(), answer)
        })
        .collect();
    json!({
        "questionnaire": "honlea",
        "version": "1",
        "respondent": {"country": "Narnia", "date": "2019-05-01", "email": "fp@example.org", "publish": "yes"},
        "answers": answers,
    })
}

fn check(value: &Value) -> Findings {
    check_with(value, Strictness::default())
}

fn check_with(value: &Value, strictness: Strictness) -> Findings {
    let text = serde_json::to_string_pretty(value).unwrap();
    crate::validate::check(
        "r.json",
        Format::Json,
        text.as_bytes(),
        &Schema::honlea(),
        strictness,
    )
    .findings
}

fn codes(report: &Findings) -> Vec<(&'static str, Severity)> {
    report
        .diagnostics
        .iter()
        .map(|d| (d.code.as_str(), d.severity))
        .collect()
}

#[test]
fn a_complete_reply_is_valid_without_findings() {
    let report = check(&complete());
    assert!(report.valid());
    assert!(report.diagnostics.is_empty(), "{:?}", report.diagnostics);
    assert!(
        report.text.is_none(),
        "text is dropped when there is nothing to show"
    );
}

#[test]
fn an_empty_reply_lists_sixteen_missing_answers_and_the_required_fields() {
    let schema = Schema::honlea();
    let bytes = formats::write(Format::Json, &crate::reply::Reply::empty(&schema), &schema);
    let report = crate::validate::check(
        "new.json",
        Format::Json,
        &bytes,
        &schema,
        Strictness::default(),
    )
    .findings;
    assert!(!report.valid());
    let missing: Vec<&Diagnostic> = report
        .diagnostics
        .iter()
        .filter(|d| d.code == Code::MissingAnswer)
        .collect();
    assert_eq!(missing.len(), 16);
    assert_eq!(
        missing[0].message,
        "Issue I, Recommendation 1 (I.1): no answer to 'Any action taken'"
    );
    assert_eq!(missing[15].id.as_deref(), Some("IV.4"));
    let fields: Vec<&str> = report
        .diagnostics
        .iter()
        .filter(|d| d.code == Code::MissingRespondentField)
        .filter_map(|d| d.id.as_deref())
        .collect();
    assert_eq!(fields, ["country", "date"]);
    assert!(
        report
            .diagnostics
            .iter()
            .all(|d| d.line.is_some() && d.column.is_some())
    );
}

#[test]
fn missing_answer_points_at_the_item_or_the_answers_object() {
    let mut reply = complete();
    reply["answers"]["II.4"] = json!({"action_taken": null});
    reply["answers"].as_object_mut().unwrap().remove("III.1");
    let report = check(&reply);
    let found: Vec<(&str, Option<usize>)> = report
        .diagnostics
        .iter()
        .map(|d| (d.id.as_deref().unwrap(), d.line))
        .collect();
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(found.iter().any(|(id, _)| *id == "II.4"));
    let iii1 = report
        .diagnostics
        .iter()
        .find(|d| d.id.as_deref() == Some("III.1"))
        .unwrap();
    assert_eq!(iii1.line, Some(10), "points at `\"answers\": {{`");
}

#[test]
fn yes_without_comment_is_a_warning_and_no_without_one_is_fine() {
    let mut reply = complete();
    reply["answers"]["I.2"] = json!({"action_taken": "yes"});
    reply["answers"]["I.1"] = json!({"action_taken": "no", "comments": "  "});
    let report = check(&reply);
    assert_eq!(codes(&report), [("missing-comment", Severity::Warning)]);
    assert!(report.valid(), "warnings do not invalidate");
    let strict = check_with(&reply, Strictness { strict: true });
    assert!(!strict.valid(), "--strict makes warnings errors");
    assert_eq!(codes(&strict), [("missing-comment", Severity::Error)]);
}

#[test]
fn long_comments_are_a_warning() {
    let mut reply = complete();
    reply["answers"]["I.2"]["comments"] = json!("word ".repeat(201));
    let report = check(&reply);
    assert_eq!(codes(&report), [("long-comment", Severity::Warning)]);
    assert!(report.diagnostics[0].message.contains("201 words"));
    reply["answers"]["I.2"]["comments"] = json!("word ".repeat(200));
    assert!(check(&reply).diagnostics.is_empty());
}

#[test]
fn respondent_values_are_checked() {
    let mut reply = complete();
    reply["respondent"]["date"] = json!("15/05/2019");
    reply["respondent"]["email"] = json!("not an address");
    reply["respondent"]["publish"] = json!("YES");
    let report = check(&reply);
    assert_eq!(codes(&report), [("invalid-field", Severity::Error); 3]);
    assert_eq!(
        report.diagnostics[0].help.as_deref(),
        Some("write it as \"2019-05-15\"")
    );
    assert_eq!(
        report.diagnostics[2].help.as_deref(),
        Some("write \"yes\": the file stores \"yes\" or \"no\" in lower case")
    );
    // A date that reads both ways gets both readings.
    reply["respondent"]["date"] = json!("05/06/2019");
    assert_eq!(
        check(&reply).diagnostics[0].help.as_deref(),
        Some(
            "write it as \"2019-06-05\" if the day comes first, or as \"2019-05-06\" if the month does"
        )
    );
    reply["respondent"]["date"] = json!("2019-02-30");
    reply["respondent"]["email"] = json!(null);
    reply["respondent"]["publish"] = json!("no");
    assert_eq!(codes(&check(&reply)), [("invalid-field", Severity::Error)]);
}

#[test]
fn another_questionnaire_is_reported_once() {
    let mut reply = complete();
    reply["questionnaire"] = json!("arq");
    reply["answers"] = json!({"1": {"action_taken": "maybe"}});
    let report = check(&reply);
    let mismatch: Vec<_> = report
        .diagnostics
        .iter()
        .filter(|d| d.code == Code::QuestionnaireMismatch)
        .collect();
    assert_eq!(mismatch.len(), 1);
    assert!(
        !report
            .diagnostics
            .iter()
            .any(|d| d.code == Code::MissingAnswer)
    );
}

#[test]
fn another_version_is_an_error_and_no_version_a_warning() {
    let mut reply = complete();
    reply["version"] = json!("2");
    assert_eq!(
        codes(&check(&reply)),
        [("questionnaire-mismatch", Severity::Error)]
    );
    reply.as_object_mut().unwrap().remove("version");
    assert_eq!(
        codes(&check(&reply)),
        [("questionnaire-mismatch", Severity::Warning)]
    );
    reply.as_object_mut().unwrap().remove("questionnaire");
    assert!(codes(&check(&reply)).contains(&("questionnaire-mismatch", Severity::Error)));
}

#[test]
fn an_invalid_choice_is_not_also_a_missing_answer() {
    let mut reply = complete();
    reply["answers"]["I.1"]["action_taken"] = json!("YES");
    assert_eq!(codes(&check(&reply)), [("invalid-choice", Severity::Error)]);
}

#[test]
fn findings_come_in_file_order() {
    let mut reply = complete();
    reply["answers"]["IV.4"] = json!({"action_taken": "maybe"});
    reply["respondent"]["date"] = json!("yesterday");
    let report = check(&reply);
    let lines: Vec<usize> = report.diagnostics.iter().map(|d| d.line.unwrap()).collect();
    let mut sorted = lines.clone();
    sorted.sort();
    assert_eq!(lines, sorted);
}

#[test]
fn a_required_comment_is_an_error_in_a_schema_that_says_so() {
    let text =
        crate::schema::HONLEA_TOML.replace("when_no = \"optional\"", "when_no = \"required\"");
    let schema = Schema::from_toml(&text, "t").unwrap();
    let bytes = serde_json::to_vec(&complete()).unwrap();
    let report = crate::validate::check(
        "r.json",
        Format::Json,
        &bytes,
        &schema,
        Strictness::default(),
    )
    .findings;
    // Every sixth item of `complete()` is a NO without comments: six of them.
    assert_eq!(codes(&report), [("missing-comment", Severity::Error); 6]);
}

#[test]
fn findings_past_the_limit_are_counted_not_listed() {
    let schema = Schema::honlea();
    let text = "### Recommendation 1 (I.1)\n\n".repeat(MAX_FINDINGS + 10);
    let report = crate::validate::check(
        "many.md",
        Format::Md,
        text.as_bytes(),
        &schema,
        Strictness::default(),
    )
    .findings;
    assert_eq!(report.diagnostics.len(), MAX_FINDINGS + 1);
    let last = report.diagnostics.last().unwrap();
    assert_eq!(last.code, Code::LimitExceeded);
    assert!(
        last.message.contains("more findings are not shown"),
        "{}",
        last.message
    );
    assert!(!report.valid());
}

/// `check_reply` promises what writing the reply and checking the file
/// gives, in the same order: for every format fill saves in.
mod as_written {
    use super::*;
    use crate::reply::{Answer, Choice};
    use proptest::prelude::*;

    /// The findings without their places in a file.
    fn placeless(findings: &Findings) -> Vec<Diagnostic> {
        findings
            .diagnostics
            .iter()
            .cloned()
            .map(|mut d| {
                (d.span, d.line, d.column) = (None, None, None);
                d
            })
            .collect()
    }

    fn agrees(reply: &Reply) {
        let schema = Schema::honlea();
        let held = check_reply("r", reply, &schema);
        for format in [Format::Json, Format::Toml, Format::Yaml] {
            let mut sorted = reply.clone();
            sorted.sort_by_schema(&schema);
            let bytes = formats::write(format, &sorted, &schema);
            let read = crate::validate::check("r", format, &bytes, &schema, Strictness::default())
                .findings;
            assert_eq!(placeless(&held), placeless(&read), "{format}");
        }
    }

    #[test]
    fn the_findings_of_a_reply_held_are_those_of_it_written() {
        let schema = Schema::honlea();
        let mut reply = Reply::default();
        agrees(&reply);
        reply = Reply::empty(&schema);
        reply.version = Some("0".into());
        reply.set_field("date", "15 May 2019");
        reply.set_field("email", "not an address");
        reply.set_field("publish", "YES");
        reply.set_field("nickname", "x");
        reply.set_field("contry", "Chile");
        reply.set_answer("IX.9", Answer::new(Some(Choice::No), Some("kept")));
        reply.set_answer("I.1", Answer::new(Some(Choice::Yes), None));
        reply.set_answer("II.1", Answer::new(None, Some("draft")));
        reply.set_answer(
            "III.2",
            Answer::new(Some(Choice::Yes), Some(&"word ".repeat(201))),
        );
        reply.set_answer("II.4x", Answer::new(Some(Choice::Yes), Some("near II.4")));
        agrees(&reply);
        reply.questionnaire = Some("other".into());
        agrees(&reply);
    }

    proptest! {
        #[test]
        fn any_reply_fill_can_hold_agrees(
            fields in proptest::collection::vec((0usize..10, "[a-z@. 0-9-]{0,12}"), 0..6),
            answers in proptest::collection::vec((0usize..20, 0u8..3, "[a-z ]{0,20}"), 0..20),
        ) {
            let schema = Schema::honlea();
            let ids: Vec<String> = schema.item_ids().map(str::to_string).collect();
            let field_ids: Vec<String> = schema.respondent.iter().map(|f| f.id.clone()).collect();
            let mut reply = Reply::empty(&schema);
            for (i, value) in &fields {
                let id = field_ids.get(*i).cloned().unwrap_or_else(|| format!("extra{i}"));
                reply.set_field(&id, value);
            }
            for (i, choice, comment) in &answers {
                let id = ids.get(*i).cloned().unwrap_or_else(|| format!("X.{i}"));
                let choice = [None, Some(Choice::Yes), Some(Choice::No)][usize::from(*choice)];
                reply.set_answer(&id, Answer::new(choice, Some(comment)));
            }
            agrees(&reply);
        }
    }
}
