//! Markdown forms: what is written reads back exactly, whatever markup the
//! comments hold, and a form edited by hand keeps what the person typed.

use super::*;
use crate::formats::{Format, load, write as write_format};
use crate::reply::{Answer, Choice, Reply};

/// Comments full of Markdown syntax, each of which must come back as written.
const TRICKY: &[&str] = &[
    "# not a heading",
    "## neither\n### nor this",
    "* not a list\n- nor this\n+ nor this",
    "1. not numbered\n2) either\n2018. A year.",
    "> not a quote",
    "| a | b |\n|---|---|\n| c | d |",
    "`code` and ```fences```\n```\nblock\n```",
    "<b>html</b> <!-- comment --> &amp; &copy; &#65;",
    "<div>\nblock html\n</div>",
    "*stress* **strong** _under_ __score__ ~~struck~~",
    "[link](http://example.org) ![img](x.png) <http://auto.link>",
    "back\\slash at the end\\",
    "line\n    indented four\n\tand a tab",
    "Title\n=====",
    "Title\n-----",
    "---",
    "***",
    "  two leading spaces kept inside: a\n  b",
    "trailing hard break?  \nno, trimmed",
    "[ref]: http://example.org\n[ref]",
    "Any action taken ☒ YES ☐ NO\n\nComments:\n\nRecommendation 2\n\n### Recommendation 2 (I.2)",
    "“Typographic” — quotes… and Кириллица, 中文, emoji 🙂",
    "a\u{a0}no-break space and \u{200b}zero width",
    "control \u{1b}[31m and bell \u{7}",
];

fn with_comment(comment: &str) -> Reply {
    let schema = Schema::honlea();
    let mut reply = Reply::empty(&schema);
    reply.set_answer("I.1", Answer::new(Some(Choice::Yes), Some(comment)));
    reply.set_field("country", "Côte d'Ivoire *bold*");
    reply
}

#[test]
fn comments_holding_markdown_syntax_read_back_exactly() {
    let schema = Schema::honlea();
    for comment in TRICKY {
        let reply = with_comment(comment);
        let bytes = write_format(Format::Md, &reply, &schema);
        let loaded = load(Format::Md, &bytes, &schema);
        assert!(!loaded.lossy, "{comment:?}: {:?}", loaded.diagnostics);
        assert_eq!(
            loaded.reply.as_ref().and_then(|r| r.answer("I.1")),
            reply.answer("I.1"),
            "{comment:?}\n{}",
            String::from_utf8_lossy(&bytes)
        );
        assert_eq!(loaded.reply, Some(reply), "{comment:?}");
    }
}

#[test]
fn the_form_reads_as_a_printable_document() {
    let schema = Schema::honlea();
    let reply = with_comment("Done.");
    let text = String::from_utf8(write_format(Format::Md, &reply, &schema)).unwrap();
    for line in [
        "# Questionnaire on the implementation of the recommendations",
        "Questionnaire: honlea, version 1",
        "## Respondent",
        "- **Name of country:** Côte d'Ivoire \\*bold\\*",
        "- **Date of submission:**\n",
        "## Issue I: Use of the Internet for drug-related activities",
        "### Recommendation 1 (I.1)",
        "> Governments should be encouraged",
        "**Any action taken:** ☒ YES ☐ NO",
        "**Comments:**\n\nDone.",
        "### Recommendation 4 (IV.4)",
    ] {
        assert!(text.contains(line), "{line}\n{text}");
    }
}

#[test]
fn markup_typed_into_a_comment_by_hand_is_kept_as_typed() {
    let schema = Schema::honlea();
    let text = "## Issue I: Use of the Internet for drug-related activities\n\n### Recommendation 1 (I.1)\n\n**Any action taken:** ☐ YES ☒ NO\n\n**Comments:**\n\nWe *tried*, see `art. 5`.\n\n- first\n- second\n\n> a quote\n";
    let loaded = load(Format::Md, text.as_bytes(), &schema);
    let answer = loaded.reply.unwrap().answer("I.1").cloned().unwrap();
    assert_eq!(answer.action_taken, Some(Choice::No));
    assert_eq!(
        answer.comments.as_deref(),
        Some("We *tried*, see `art. 5`.\n\n- first\n- second\n\n> a quote")
    );
}

#[test]
fn respondent_fields_the_schema_lacks_are_kept_and_reported() {
    let schema = Schema::honlea();
    let mut reply = with_comment("x");
    reply.set_field("nick_name", "Focal *point*");
    let bytes = write_format(Format::Md, &reply, &schema);
    let loaded = load(Format::Md, &bytes, &schema);
    let codes: Vec<&str> = loaded.diagnostics.iter().map(|d| d.code.as_str()).collect();
    assert!(codes.contains(&"unknown-field"), "{codes:?}");
    assert_eq!(loaded.reply, Some(reply));
}

#[test]
fn multi_line_values_and_yes_no_fields() {
    let schema = Schema::honlea();
    let mut reply = with_comment("x");
    reply.set_field("address", "12 Zhitnaya Street\n  Moscow 119049\n\nRussia");
    reply.set_field("publish", "no");
    let bytes = write_format(Format::Md, &reply, &schema);
    let loaded = load(Format::Md, &bytes, &schema);
    assert_eq!(
        loaded.reply,
        Some(reply),
        "{}",
        String::from_utf8_lossy(&bytes)
    );
}

#[test]
fn more_headings_than_twice_the_answer_limit_stop_the_reading() {
    let schema = Schema::honlea();
    let text = "## Issue I\n\n".repeat(2 * crate::formats::MAX_ANSWERS + 1);
    let loaded = load(Format::Md, text.as_bytes(), &schema);
    assert_eq!(
        loaded.diagnostics.len(),
        1,
        "{:?}",
        &loaded.diagnostics[..2]
    );
    assert_eq!(loaded.diagnostics[0].code, Code::LimitExceeded);
    assert!(loaded.reply.is_none() && loaded.lossy);
}

#[test]
fn nesting_counts_the_quotes_and_list_items_a_line_opens() {
    assert_eq!(nesting("plain text"), 0);
    assert_eq!(nesting("> quoted"), 1);
    assert_eq!(nesting(">>> x"), 3);
    assert_eq!(nesting("  > - > 1. x"), 4);
    assert_eq!(nesting("- * + x"), 3);
    assert_eq!(nesting("2018. A year."), 1);
    assert_eq!(nesting("12345678901. no list"), 0);
    assert_eq!(nesting("---"), 0);
    assert_eq!(nesting("-not a list"), 0);
    assert_eq!(nesting("-"), 1);
}

#[test]
fn a_line_nested_past_the_limit_is_refused_before_it_is_parsed() {
    let schema = Schema::honlea();
    for line in [">".repeat(MAX_NESTING + 1), "- ".repeat(MAX_NESTING + 1)] {
        let read = read(&format!("# Title\n\n{line} x\n"), &schema);
        assert!(read.reply.is_none());
        assert_eq!(read.diagnostics.len(), 1, "{:?}", read.diagnostics);
        assert_eq!(read.diagnostics[0].code, Code::LimitExceeded);
        assert!(read.diagnostics[0].message.contains("3"), "the line");
    }
    let read = read(&format!("{} x\n", ">".repeat(MAX_NESTING)), &schema);
    assert!(
        read.diagnostics
            .iter()
            .all(|d| d.code != Code::LimitExceeded)
    );
}
