//! `qnr schema show`: the questionnaire as a person reads it, wrapped to the
//! terminal. Texts are sanitized: a schema is a file, and files are data.

use std::io::{self, Write};

use crate::color::Palette;
use crate::escape::terminal::one_line;
use crate::i18n::t;
use crate::schema::{CommentRule, FieldKind, Schema};
use crate::text::wrap_indented;

pub(crate) fn show(
    schema: &Schema,
    width: usize,
    palette: Palette,
    out: &mut dyn Write,
) -> io::Result<()> {
    writeln!(
        out,
        "{}",
        palette.bold(&wrap_indented(&one_line(&schema.title), width, ""))
    )?;
    let summary = t!(
        "schema-show-summary",
        id = one_line(&schema.id),
        version = one_line(&schema.version),
        issues = schema.issues.len(),
        recommendations = schema.item_count()
    );
    writeln!(out, "{}", palette.dim(&wrap_indented(&summary, width, "")))?;
    if let Some(guidance) = &schema.guidance {
        writeln!(out)?;
        writeln!(out, "{}", wrap_indented(&one_line(guidance), width, ""))?;
    }

    if !schema.respondent.is_empty() {
        writeln!(out)?;
        writeln!(out, "{}", palette.bold(&t!("forms-respondent-heading")))?;
        // Characters, not bytes: a Cyrillic id is as wide as its letters.
        let id_width = schema
            .respondent
            .iter()
            .map(|f| f.id.chars().count())
            .max()
            .unwrap_or(0);
        for field in &schema.respondent {
            let mut notes = Vec::new();
            if field.required {
                notes.push(t!("schema-show-required"));
            }
            match field.kind {
                FieldKind::Text => {}
                FieldKind::Date => notes.push(t!("schema-show-date")),
                FieldKind::Email => notes.push(t!("schema-show-email")),
                FieldKind::YesNo => notes.push(t!(
                    "schema-show-yes-no",
                    yes = one_line(&schema.answer.yes),
                    no = one_line(&schema.answer.no)
                )),
            }
            let notes = if notes.is_empty() {
                String::new()
            } else {
                palette.dim(&format!(" ({})", notes.join(", ")))
            };
            let line = format!(
                "  {}  {}{}",
                palette.accent(&format!("{:id_width$}", one_line(&field.id))),
                one_line(&field.label),
                notes
            );
            writeln!(out, "{}", hanging(&line, width, id_width + 4))?;
        }
    }

    writeln!(out)?;
    writeln!(
        out,
        "{}",
        palette.bold(&t!("schema-show-each-recommendation"))
    )?;
    writeln!(
        out,
        "  {} {} / {}",
        one_line(&schema.answer.question_prompt()),
        one_line(&schema.answer.yes),
        one_line(&schema.answer.no)
    )?;
    let line = format!(
        "  {}: {}",
        one_line(&schema.comments.label),
        comment_rule_text(schema)
    );
    writeln!(out, "{}", hanging(&line, width, 4))?;

    for issue in &schema.issues {
        writeln!(out)?;
        let heading = format!("{}: {}", schema.issue_heading(issue), issue.title);
        writeln!(
            out,
            "{}",
            palette.bold(&wrap_indented(&one_line(&heading), width, ""))
        )?;
        for rec in &issue.recommendations {
            writeln!(out)?;
            writeln!(
                out,
                "  {}  {}",
                palette.accent(&one_line(&rec.id)),
                one_line(&schema.recommendation_heading(rec))
            )?;
            writeln!(
                out,
                "{}",
                wrap_indented(&one_line(&rec.text), width, "      ")
            )?;
        }
    }
    Ok(())
}

/// Wraps a line whose continuation lines are indented by `indent` columns.
fn hanging(line: &str, width: usize, indent: usize) -> String {
    let pad = " ".repeat(indent);
    textwrap::fill(
        line,
        crate::text::wrap_options(width).subsequent_indent(&pad),
    )
}

fn comment_rule_text(schema: &Schema) -> String {
    let rule = |rule| match rule {
        CommentRule::Required => t!("schema-show-rule-required"),
        CommentRule::Expected => t!("schema-show-rule-expected"),
        CommentRule::Optional => t!("schema-show-rule-optional"),
    };
    let rules = t!(
        "schema-show-comment-rule",
        when_yes = rule(schema.comments.when_yes),
        yes = one_line(&schema.answer.yes),
        when_no = rule(schema.comments.when_no),
        no = one_line(&schema.answer.no)
    );
    match schema.comments.max_words {
        Some(max) => t!("schema-show-comment-limit", rules = rules, max = max),
        None => rules,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(schema: &Schema, width: usize) -> String {
        let mut out = Vec::new();
        show(schema, width, Palette::PLAIN, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn shows_every_issue_and_recommendation_with_ids() {
        let text = render(&Schema::honlea(), 80);
        for id in Schema::honlea().item_ids() {
            assert!(
                text.contains(&format!("  {id}  Recommendation")),
                "{id} missing"
            );
        }
        assert!(text.contains("Issue IV: Money-laundering, illicit financial flows and effective"));
        assert!(text.contains("Any action taken? YES / NO"));
        assert!(text.contains("expected after YES, optional after NO; at most 200 words"));
    }

    #[test]
    fn wraps_to_the_width() {
        let text = render(&Schema::honlea(), 60);
        assert!(text.lines().all(|l| l.chars().count() <= 60), "{text}");
    }

    #[test]
    fn hostile_titles_are_shown_not_obeyed() {
        let mut schema = Schema::honlea();
        schema.title = "Evil\u{1b}]0;owned\u{7}".into();
        let text = render(&schema, 80);
        assert!(!text.contains('\u{1b}'));
        assert!(text.contains("\\u{1b}"));
    }
}
