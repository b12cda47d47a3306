//! The walk's logic through the scripted prompter: order, resume point,
//! back/skip/goto, --only-missing, --review, --carry-forward, and a save to
//! disk after every confirmed answer.

use std::path::PathBuf;

use super::interview::{Interview, Mode, Outcome};
use super::prompt::{Nav, Origin, Response, Stop};
use super::scripted::{Scripted, Step, comment, field, nav_choice, nav_field, no, no_comment, yes};
use super::store::Store;
use crate::formats::{self, Format};
use crate::reply::{Answer, Choice, Reply};
use crate::schema::Schema;
use crate::validate::{Strictness, check};

struct Run {
    result: Result<Outcome, Stop>,
    prompter: Scripted,
    path: PathBuf,
    _dir: tempfile::TempDir,
}

impl Run {
    fn on_disk(&self) -> Reply {
        let bytes = std::fs::read(&self.path).expect("the reply file exists");
        formats::load(
            Format::from_path(&self.path).unwrap(),
            &bytes,
            &Schema::honlea(),
        )
        .reply
        .unwrap()
    }

    /// The reply on disk when the prompt `what` was shown.
    fn disk_at(&self, what: &str) -> Option<Reply> {
        let i = self
            .prompter
            .asked
            .iter()
            .position(|a| a.what == what)
            .unwrap_or_else(|| panic!("`{what}` was never asked: {:?}", self.prompter.order()));
        self.prompter.on_disk[i].clone()
    }
}

fn walk(
    name: &str,
    start: Option<Reply>,
    previous: Option<Reply>,
    mode: Mode,
    goto: Option<&str>,
    steps: Vec<Step>,
) -> Run {
    let schema = Schema::honlea();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    if let Some(reply) = &start {
        let format = Format::from_path(&path).unwrap();
        std::fs::write(&path, formats::write(format, reply, &schema)).unwrap();
    }
    let mut store = Store::open(&path, &schema).unwrap().expect_store();
    let mut prompter = Scripted::new(&schema, path.clone(), steps);
    let mut walk = Interview::new(
        &schema,
        &mut store,
        previous.as_ref(),
        false,
        "2026-05-02".into(),
    );
    let start = match goto {
        Some(id) => walk.position(id),
        None => walk.start(mode),
    };
    let result = walk.run(&mut prompter, mode, start);
    assert!(prompter.finished(), "the script was not played to its end");
    Run {
        result,
        prompter,
        path,
        _dir: dir,
    }
}

/// A reply with every respondent field and the first `n` items answered.
fn draft(n: usize) -> Reply {
    let schema = Schema::honlea();
    let mut reply = Reply::empty(&schema);
    reply.set_field("country", "Narnia");
    reply.set_field("date", "2019-05-01");
    reply.set_field("contact", "A. Focal");
    reply.set_field("organization", "Drug Law Enforcement Agency");
    reply.set_field("address", "1 Example Street");
    reply.set_field("telephone", "+1 555 0100");
    reply.set_field("email", "focal.point@example.org");
    reply.set_field("publish", "yes");
    for id in schema.item_ids().take(n) {
        reply.set_answer(id, Answer::new(Some(Choice::No), None));
    }
    reply
}

fn skip_fields(n: usize) -> Vec<Step> {
    (0..n).map(|_| nav_field(Nav::Skip)).collect()
}

#[test]
fn a_new_reply_is_asked_fields_then_every_item_in_order_and_validates() {
    let schema = Schema::honlea();
    let mut steps = vec![
        field("Narnia"),
        field("15 May 2019"),
        field("A. Focal"),
        field("Head, Drug Law Enforcement Agency"),
        field(""),
        field("+1 555 0100"),
        field("focal.point@example.org"),
        field("yes"),
    ];
    for (i, _) in schema.item_ids().enumerate() {
        if i % 2 == 0 {
            steps.push(yes());
            steps.push(Step::Typed(vec!["A first paragraph.", "A second one."]));
        } else {
            steps.push(no());
            steps.push(no_comment());
        }
    }
    steps.push(Step::Summary(false));
    let run = walk("reply.json", None, None, Mode::Resume, None, steps);
    assert_eq!(run.result.as_ref().unwrap(), &Outcome::Finished);
    let order = run.prompter.order();
    assert_eq!(
        &order[..10],
        [
            "field:country",
            "field:date",
            "field:contact",
            "field:organization",
            "field:address",
            "field:telephone",
            "field:email",
            "field:publish",
            "choice:I.1",
            "comment:I.1"
        ]
    );
    assert_eq!(
        order[order.len() - 3..],
        ["choice:IV.4", "comment:IV.4", "summary"]
    );
    let reply = run.on_disk();
    assert_eq!(
        reply.field("date"),
        Some("2019-05-15"),
        "a human date is stored as ISO"
    );
    assert_eq!(reply.field("address"), None);
    assert_eq!(
        reply.answer("I.1").unwrap().comments.as_deref(),
        Some("A first paragraph.\n\nA second one.")
    );
    let bytes = std::fs::read(&run.path).unwrap();
    let report = check("r", Format::Json, &bytes, &schema, Strictness::default()).findings;
    assert!(report.diagnostics.is_empty(), "{:?}", report.diagnostics);
    let summary = &run.prompter.summaries[0];
    assert_eq!(
        (summary.answered, summary.errors, summary.warnings),
        (16, 0, 0)
    );
}

#[test]
fn every_confirmed_answer_is_on_disk_before_the_next_question() {
    let mut steps = vec![field("Narnia"), field("2019-05-01")];
    steps.extend(skip_fields(6));
    steps.extend([
        yes(),
        Step::Typed(vec!["One.", "Two."]),
        no(),
        Step::Comment(Response::Nav(Nav::Quit)),
    ]);
    let run = walk("reply.yaml", None, None, Mode::Resume, None, steps);
    assert_eq!(run.result.as_ref().unwrap(), &Outcome::Quit);
    assert_eq!(
        run.disk_at("field:country"),
        None,
        "no file before the first answer"
    );
    assert_eq!(
        run.disk_at("field:date").unwrap().field("country"),
        Some("Narnia")
    );
    let at_comment = run.disk_at("comment:I.1").unwrap();
    assert_eq!(
        at_comment.answer("I.1"),
        Some(&Answer::new(Some(Choice::Yes), None)),
        "the choice is saved before the comment is asked"
    );
    let at_next = run.disk_at("choice:I.2").unwrap();
    assert_eq!(
        at_next.answer("I.1").unwrap().comments.as_deref(),
        Some("One.\n\nTwo.")
    );
    assert_eq!(
        run.on_disk().answer("I.2").unwrap().action_taken,
        Some(Choice::No)
    );
}

#[test]
fn an_interruption_mid_comment_keeps_the_finished_paragraphs() {
    let steps = vec![
        yes(),
        Step::TypedThenInterrupt(vec!["Typed before Ctrl-C."]),
    ];
    let run = walk(
        "reply.toml",
        Some(draft(0)),
        None,
        Mode::Resume,
        None,
        steps,
    );
    assert!(matches!(run.result, Err(Stop::Interrupted)));
    assert_eq!(
        run.on_disk().answer("I.1"),
        Some(&Answer::new(
            Some(Choice::Yes),
            Some("Typed before Ctrl-C.")
        ))
    );
}

#[test]
fn ctrl_c_at_a_question_keeps_everything_confirmed_before() {
    let steps = vec![no(), no_comment(), Step::Interrupt];
    let run = walk(
        "reply.json",
        Some(draft(0)),
        None,
        Mode::Resume,
        None,
        steps,
    );
    assert!(matches!(run.result, Err(Stop::Interrupted)));
    assert_eq!(
        run.on_disk().answer("I.1").unwrap().action_taken,
        Some(Choice::No)
    );
    assert_eq!(run.on_disk().answer("I.2"), None);
}

#[test]
fn a_draft_resumes_at_the_first_unanswered_item() {
    let run = walk(
        "reply.json",
        Some(draft(3)),
        None,
        Mode::Resume,
        None,
        vec![Step::Choice(Response::Nav(Nav::Quit))],
    );
    assert_eq!(run.prompter.order(), ["choice:II.1"]);

    let mut missing_country = draft(16);
    missing_country.set_field("country", "");
    let run = walk(
        "reply.json",
        Some(missing_country),
        None,
        Mode::Resume,
        None,
        vec![nav_field(Nav::Quit)],
    );
    assert_eq!(run.prompter.order(), ["field:country"]);
}

/// Issue 12: a draft quit at the contact field resumed at I.1; the
/// optional fields after it, the consent to publish among them, were never
/// asked again. A resume now asks each field still empty, once.
#[test]
fn a_first_resume_asks_every_field_not_yet_answered_once() {
    let schema = Schema::honlea();
    let mut start = Reply::empty(&schema);
    start.set_field("country", "Narnia");
    start.set_field("date", "2019-05-01");
    let mut steps = vec![
        field("A. Focal"),
        field(""),
        nav_field(Nav::Skip),
        field(""),
        field("focal.point@example.org"),
        field("yes"),
        // The first recommendation without an answer follows.
        nav_choice(Nav::Back),
        // Back leads to the field before, as walked.
        nav_field(Nav::Quit),
    ];
    let run = walk(
        "reply.json",
        Some(start),
        None,
        Mode::Resume,
        None,
        std::mem::take(&mut steps),
    );
    assert_eq!(
        run.prompter.order(),
        [
            "field:contact",
            "field:organization",
            "field:address",
            "field:telephone",
            "field:email",
            "field:publish",
            "choice:I.1",
            "field:publish"
        ]
    );
    assert_eq!(run.on_disk().field("publish"), Some("yes"));

    // The next resume asks only what is still empty, then goes on to the
    // recommendations; a field answered since is not asked again.
    let mut start = draft(2);
    start.set_field("telephone", "");
    let run = walk(
        "reply.json",
        Some(start),
        None,
        Mode::Resume,
        None,
        vec![field(""), nav_choice(Nav::Quit)],
    );
    assert_eq!(run.prompter.order(), ["field:telephone", "choice:I.3"]);
}

/// Issue 12: `b` under `--only-missing` went to a field that was not
/// missing; it stays among what is missing.
#[test]
fn back_under_only_missing_keeps_the_filter() {
    let mut start = draft(16);
    start.set_answer("I.2", Answer::new(Some(Choice::Yes), None));
    let run = walk(
        "reply.json",
        Some(start),
        None,
        Mode::OnlyMissing,
        None,
        vec![
            nav_choice(Nav::Back),
            Step::Choice(Response::Nav(Nav::Quit)),
        ],
    );
    assert_eq!(run.prompter.order(), ["choice:I.2", "choice:I.2"]);
    assert_eq!(
        run.prompter.notices,
        ["This is the first question; there is nothing before it."]
    );
}

/// Issue 12: a required comment left empty was noticed only in the
/// summary; it is said at once, with the offer to write it.
#[test]
fn a_required_comment_left_empty_is_said_at_once() {
    let mut schema = Schema::honlea();
    schema.comments.when_yes = crate::schema::CommentRule::Required;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("reply.json");
    std::fs::write(&path, formats::write(Format::Json, &draft(0), &schema)).unwrap();
    let mut store = Store::open(&path, &schema).unwrap().expect_store();
    let steps = vec![
        yes(),
        no_comment(),
        Step::Required(true),
        comment("Written after all."),
        yes(),
        no_comment(),
        Step::Required(false),
        nav_choice(Nav::Quit),
    ];
    let mut prompter = Scripted::new(&schema, path.clone(), steps);
    let mut walk = Interview::new(&schema, &mut store, None, false, "2026-05-02".into());
    let start = walk.start(Mode::Resume);
    walk.run(&mut prompter, Mode::Resume, start).unwrap();
    assert!(prompter.finished());
    assert_eq!(
        prompter.order(),
        [
            "choice:I.1",
            "comment:I.1",
            "required:I.1",
            "comment:I.1",
            "choice:I.2",
            "comment:I.2",
            "required:I.2",
            "choice:I.3"
        ]
    );
    assert_eq!(
        store.reply.answer("I.1"),
        Some(&Answer::new(Some(Choice::Yes), Some("Written after all.")))
    );
    assert_eq!(
        store.reply.answer("I.2"),
        Some(&Answer::new(Some(Choice::Yes), None))
    );
}

/// Issue 12: with `--editor` and an editor that fails, every comment tried
/// the editor first and said it failed again. It is tried first once.
#[test]
fn an_editor_that_failed_is_not_opened_first_again() {
    let schema = Schema::honlea();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("reply.json");
    std::fs::write(&path, formats::write(Format::Json, &draft(0), &schema)).unwrap();
    let mut store = Store::open(&path, &schema).unwrap().expect_store();
    let steps = vec![
        yes(),
        Step::Editor(None),
        comment("Typed instead."),
        yes(),
        comment("Typed at once."),
        nav_choice(Nav::Quit),
    ];
    let mut prompter = Scripted::new(&schema, path.clone(), steps);
    let mut walk = Interview::new(&schema, &mut store, None, true, "2026-05-02".into());
    let start = walk.start(Mode::Resume);
    walk.run(&mut prompter, Mode::Resume, start).unwrap();
    assert!(prompter.finished());
    assert_eq!(
        prompter.order(),
        [
            "choice:I.1",
            "editor:I.1",
            "comment:I.1",
            "choice:I.2",
            "comment:I.2",
            "choice:I.3"
        ]
    );
}

/// A required field skipped or left empty is said at once too.
#[test]
fn a_required_field_left_empty_is_said_at_once() {
    let run = walk(
        "reply.json",
        None,
        None,
        Mode::Resume,
        None,
        vec![nav_field(Nav::Skip), field(""), nav_field(Nav::Quit)],
    );
    assert_eq!(run.prompter.notices.len(), 2, "{:?}", run.prompter.notices);
    assert!(run.prompter.notices[0].starts_with("Name of country is required"));
    assert!(run.prompter.notices[1].starts_with("Date of submission is required"));
}

#[test]
fn a_complete_reply_goes_straight_to_the_summary() {
    let run = walk(
        "reply.json",
        Some(draft(16)),
        None,
        Mode::Resume,
        None,
        vec![Step::Summary(false)],
    );
    assert_eq!(run.prompter.order(), ["summary"]);
    assert_eq!(run.result.as_ref().unwrap(), &Outcome::Finished);
}

#[test]
fn back_skip_and_goto_move_as_expected() {
    let steps = vec![
        // I.1: at the first question of this walk, back goes to the item before it.
        yes(),
        no_comment(),
        nav_choice(Nav::Back),
        // I.1 again, its answer offered.
        nav_choice(Nav::Skip),
        // I.2
        nav_choice(Nav::Goto("iv.4".into())),
        // IV.4
        nav_choice(Nav::Goto("nonsense".into())),
        // IV.4 again, after a notice
        yes(),
        Step::Comment(Response::Nav(Nav::Back)),
        // back to IV.4's choice, YES offered
        no(),
        no_comment(),
        Step::Summary(false),
    ];
    let run = walk(
        "reply.json",
        Some(draft(0)),
        None,
        Mode::Resume,
        None,
        steps,
    );
    assert_eq!(
        run.prompter.order(),
        [
            "choice:I.1",
            "comment:I.1",
            "choice:I.2",
            "choice:I.1",
            "choice:I.2",
            "choice:IV.4",
            "choice:IV.4",
            "comment:IV.4",
            "choice:IV.4",
            "comment:IV.4",
            "summary"
        ]
    );
    let revisited = &run.prompter.asked[3];
    assert_eq!(revisited.default.as_deref(), Some("yes"));
    assert_eq!(revisited.origin, Some(Origin::Current));
    assert_eq!(run.prompter.asked[8].default.as_deref(), Some("yes"));
    assert!(run.prompter.notices[0].contains("There is no question `nonsense`"));
    assert_eq!(
        run.on_disk().answer("IV.4").unwrap().action_taken,
        Some(Choice::No)
    );
}

#[test]
fn back_at_the_very_first_question_says_so() {
    let steps = vec![nav_field(Nav::Back), nav_field(Nav::Quit)];
    let run = walk("reply.json", None, None, Mode::Review, None, steps);
    assert_eq!(run.prompter.order(), ["field:country", "field:country"]);
    assert!(run.prompter.notices[0].contains("first question"));
}

#[test]
fn only_missing_asks_what_validate_would_report() {
    let mut start = draft(16);
    start.set_field("country", "");
    start.set_field("email", "not an address");
    start.set_answer("II.2", Answer::new(Some(Choice::Yes), None));
    start.answers.shift_remove("III.1");
    let steps = vec![
        field("Narnia"),
        field("focal@example.org"),
        yes(),
        comment("Now explained."),
        nav_choice(Nav::Skip),
        Step::Summary(false),
    ];
    let run = walk(
        "reply.json",
        Some(start),
        None,
        Mode::OnlyMissing,
        None,
        steps,
    );
    assert_eq!(
        run.prompter.order(),
        [
            "field:country",
            "field:email",
            "choice:II.2",
            "comment:II.2",
            "choice:III.1",
            "summary"
        ]
    );
    let summary = &run.prompter.summaries[0];
    assert_eq!(summary.revisit, ["III.1"]);
}

#[test]
fn review_walks_everything_with_current_answers_as_defaults() {
    let mut steps: Vec<Step> = Vec::new();
    steps.push(Step::Field(Response::Value(Some("Narnia".into()))));
    steps.extend(skip_fields(7));
    for _ in 0..16 {
        steps.push(nav_choice(Nav::Skip));
    }
    steps.push(Step::Summary(false));
    let run = walk(
        "reply.json",
        Some(draft(16)),
        None,
        Mode::Review,
        None,
        steps,
    );
    assert_eq!(run.prompter.asked.len(), 8 + 16 + 1);
    assert_eq!(run.prompter.asked[0].default.as_deref(), Some("Narnia"));
    assert_eq!(run.prompter.asked[0].origin, Some(Origin::Current));
    assert_eq!(run.prompter.asked[8].default.as_deref(), Some("no"));
}

#[test]
fn goto_starts_at_one_item_and_goes_on_from_there() {
    let steps = vec![yes(), comment("x"), nav_choice(Nav::Quit)];
    let run = walk(
        "reply.json",
        Some(draft(16)),
        None,
        Mode::From,
        Some("III.3"),
        steps,
    );
    assert_eq!(
        run.prompter.order(),
        ["choice:III.3", "comment:III.3", "choice:IV.1"]
    );
}

#[test]
fn carry_forward_offers_last_rounds_answers_and_marks_changes() {
    let schema = Schema::honlea();
    let mut previous = Reply::empty(&schema);
    previous.set_field("country", "Narnia");
    previous.set_field("date", "2018-04-01");
    previous.set_answer(
        "I.1",
        Answer::new(Some(Choice::Yes), Some("Last year's words.")),
    );
    previous.set_answer("I.2", Answer::new(Some(Choice::No), None));
    let mut steps = vec![
        // country: Enter accepts last round's value
        Step::Field(Response::Value(Some("Narnia".into()))),
        // date: today is offered, not last round's date
        field("2026-05-02"),
    ];
    steps.extend(skip_fields(6));
    steps.extend([
        yes(),
        comment("Last year's words."),
        yes(),
        comment("Now we act."),
        nav_choice(Nav::Goto("IV.4".into())),
        nav_choice(Nav::Skip),
        Step::Summary(false),
    ]);
    let run = walk(
        "reply.json",
        None,
        Some(previous),
        Mode::Resume,
        None,
        steps,
    );
    let asked = &run.prompter.asked;
    assert_eq!(asked[0].origin, Some(Origin::LastRound));
    assert_eq!(asked[1].default.as_deref(), Some("2026-05-02"));
    assert_eq!(asked[1].origin, Some(Origin::Suggested));
    assert_eq!(asked[8].what, "choice:I.1");
    assert_eq!(asked[8].default.as_deref(), Some("yes"));
    assert_eq!(asked[8].origin, Some(Origin::LastRound));
    assert_eq!(asked[9].default.as_deref(), Some("Last year's words."));
    assert_eq!(asked[9].origin, Some(Origin::LastRound));
    let summary = &run.prompter.summaries[0];
    let change = |id: &str| summary.rows.iter().find(|r| r.id == id).unwrap().change;
    use super::summary::Change;
    assert_eq!(change("I.1"), Some(Change::Same));
    assert_eq!(change("I.2"), Some(Change::Changed));
    assert_eq!(change("I.3"), Some(Change::Same), "both unanswered");
}

#[test]
fn the_summary_offers_to_revisit_what_has_findings() {
    let mut start = draft(16);
    start.set_answer("I.2", Answer::new(Some(Choice::Yes), None));
    let steps = vec![
        Step::Summary(true),
        yes(),
        comment("Explained now."),
        Step::Summary(false),
    ];
    let run = walk("reply.json", Some(start), None, Mode::Resume, None, steps);
    assert_eq!(
        run.prompter.order(),
        ["summary", "choice:I.2", "comment:I.2", "summary"]
    );
    assert!(run.prompter.summaries[1].revisit.is_empty());
}

#[test]
fn a_bad_field_value_is_asked_again_with_the_reason() {
    let steps = vec![
        field("Narnia"),
        field("yesterday-ish"),
        field("2019-02-30"),
        field("1 May 2019"),
        nav_field(Nav::Quit),
    ];
    let run = walk("reply.json", None, None, Mode::Review, None, steps);
    assert_eq!(
        run.prompter.order(),
        [
            "field:country",
            "field:date",
            "field:date",
            "field:date",
            "field:contact"
        ]
    );
    let problems: Vec<Option<&str>> = run.prompter.asked[1..4]
        .iter()
        .map(|a| a.problem.as_deref())
        .collect();
    assert_eq!(problems[0], None);
    assert_eq!(
        problems[1],
        Some("`yesterday-ish` is not a date; write it as YYYY-MM-DD, for example 2019-05-15")
    );
    assert!(problems[2].is_some_and(|p| p.starts_with("`2019-02-30` is not a date")));
    assert_eq!(run.on_disk().field("date"), Some("2019-05-01"));
}

/// The date suggested is that of the field with `role = "date"`, whatever
/// its id; another date field is carried forward like any value.
#[test]
fn today_is_suggested_for_the_date_role_and_other_dates_carry_forward() {
    let text = format!(
        "{}\n[[respondent]]\nid = \"vigencia\"\nlabel = \"Vigente desde\"\nkind = \"date\"\n",
        include_str!("../../tests/data/schemas/honlac.toml")
            .split("[[issues]]")
            .next()
            .unwrap()
    ) + "[[issues]]\nnumeral = \"I\"\ntitle = \"T\"\n[[issues.recommendations]]\nlabel = \"a\"\ntext = \"X.\"\n";
    let schema = Schema::from_toml(&text, "honlac.toml").unwrap();
    let mut previous = Reply::empty(&schema);
    previous.set_field("pais", "Chile");
    previous.set_field("fecha", "2024-03-01");
    previous.set_field("vigencia", "2020-01-01");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("respuesta.json");
    let mut store = Store::open(&path, &schema).unwrap().expect_store();
    let mut steps = vec![field("Chile"), field("2026-05-02")];
    steps.extend(skip_fields(4));
    steps.push(field("2020-01-01"));
    steps.push(nav_choice(Nav::Quit));
    let mut prompter = Scripted::new(&schema, path.clone(), steps);
    let mut walk = Interview::new(
        &schema,
        &mut store,
        Some(&previous),
        false,
        "2026-05-02".into(),
    );
    let start = walk.start(Mode::Resume);
    walk.run(&mut prompter, Mode::Resume, start).unwrap();
    let asked = &prompter.asked;
    assert_eq!(asked[1].what, "field:fecha");
    assert_eq!(
        (asked[1].default.as_deref(), asked[1].origin),
        (Some("2026-05-02"), Some(Origin::Suggested))
    );
    assert_eq!(asked[6].what, "field:vigencia");
    assert_eq!(
        (asked[6].default.as_deref(), asked[6].origin),
        (Some("2020-01-01"), Some(Origin::LastRound))
    );
}

/// Issue 12: an invalid value was thrown away; it is offered again to
/// correct, with the reason.
#[test]
fn a_refused_value_stays_in_the_line_to_correct() {
    let mut start = draft(0);
    start.set_field("email", "");
    let run = walk(
        "reply.json",
        Some(start),
        None,
        Mode::Resume,
        Some("email"),
        vec![
            field("jean.dupont at police.ci"),
            field("jean.dupont@police.ci"),
            nav_choice(Nav::Quit),
        ],
    );
    assert_eq!(
        run.prompter.asked[1].typed.as_deref(),
        Some("jean.dupont at police.ci")
    );
    assert!(run.prompter.asked[1].problem.is_some());
    assert_eq!(run.on_disk().field("email"), Some("jean.dupont@police.ci"));
}

/// Issue 12: `05/06/2019` was taken as 5 June without a word; it is asked
/// back, and `2019/05/15` is a date.
#[test]
fn a_date_read_two_ways_is_asked_back() {
    let mut start = draft(0);
    start.set_field("date", "");
    let steps = vec![
        field("05/06/2019"),
        Step::WhichDate(None),
        field("05/06/2019"),
        Step::WhichDate(Some(2)),
        nav_field(Nav::Back),
        field("2019/05/15"),
        nav_field(Nav::Quit),
    ];
    let run = walk(
        "reply.json",
        Some(start),
        None,
        Mode::From,
        Some("date"),
        steps,
    );
    assert_eq!(
        run.prompter.order(),
        [
            "field:date",
            "date:05/06/2019",
            "field:date",
            "date:05/06/2019",
            "field:contact",
            "field:date",
            "field:contact"
        ]
    );
    assert_eq!(run.prompter.asked[2].typed.as_deref(), Some("05/06/2019"));
    assert_eq!(
        run.disk_at("field:contact").unwrap().field("date"),
        Some("2019-05-06")
    );
    assert_eq!(run.on_disk().field("date"), Some("2019-05-15"));
}
