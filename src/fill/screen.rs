//! What a question screen says, as lines of text: where the person is
//! ("Issue II · Recommendation 3 of 6 · 7 of 16 answered"), a progress bar,
//! and the recommendation wrapped to the terminal. Pure functions, shared by
//! the terminal and plain prompters; everything from the schema or the
//! reply is sanitized here.

use crate::escape::terminal::one_line;
use crate::i18n::t;
use crate::text::wrap_lines;

use super::prompt::{FieldView, ItemView, Origin, Progress};

/// `Issue II · Recommendation 3 of 6 · 7 of 16 answered`.
pub(crate) fn item_place(view: &ItemView<'_>) -> String {
    let schema = view.schema;
    let item = &view.item;
    t!(
        "fill-place-item",
        issue = one_line(&schema.issue_heading(item.issue)),
        recommendation = one_line(&schema.recommendation_heading(item.recommendation)),
        count = item.issue.recommendations.len(),
        answered = answered(view.progress)
    )
}

/// `Respondent · Field 2 of 8 · 7 of 16 answered`.
pub(crate) fn field_place(view: &FieldView<'_>) -> String {
    t!(
        "fill-place-field",
        n = view.index + 1,
        count = view.count,
        answered = answered(view.progress)
    )
}

fn answered(progress: Progress) -> String {
    t!(
        "fill-answered",
        answered = progress.answered,
        total = progress.total
    )
}

/// `██████░░░░░░░░░░ 38%`, `cells` wide.
pub(crate) fn bar(progress: Progress, cells: usize) -> String {
    let total = progress.total.max(1);
    let filled = (progress.answered * cells / total).min(cells);
    format!(
        "{}{} {:>3}%",
        "█".repeat(filled),
        "░".repeat(cells - filled),
        progress.answered * 100 / total
    )
}

/// The issue's title and the recommendation, wrapped to `width`.
pub(crate) fn item_text(view: &ItemView<'_>, width: usize) -> (Vec<String>, Vec<String>) {
    let schema = view.schema;
    let item = &view.item;
    let title = format!("{}: {}", schema.issue_heading(item.issue), item.issue.title);
    let text = wrap_lines(
        &one_line(&item.recommendation.text),
        width.saturating_sub(2),
    )
    .into_iter()
    .map(|l| format!("  {l}"))
    .collect();
    (wrap_lines(&one_line(&title), width), text)
}

/// `Recommendation 3 (II.3)`.
pub(crate) fn item_heading(view: &ItemView<'_>) -> String {
    format!(
        "{} ({})",
        one_line(&view.schema.recommendation_heading(view.item.recommendation)),
        one_line(view.id())
    )
}

/// The schema's question as asked: `Any action taken?`, never `??` when
/// the schema already ends it with a question mark (`¿Ha adoptado
/// medidas?`, `Приняты ли меры?`).
pub(crate) fn question(schema: &crate::schema::Schema) -> String {
    one_line(schema.answer.question_prompt().trim_end())
}

/// Ids to give as examples of where `g` goes, from this questionnaire:
/// its fourth recommendation (or last) and its e-mail field (or last field).
pub(crate) fn goto_examples(schema: &crate::schema::Schema) -> (String, String) {
    let items: Vec<&str> = schema.item_ids().collect();
    let item = items.get(3).or(items.last()).copied().unwrap_or("");
    let field = schema
        .respondent
        .iter()
        .find(|f| f.kind == crate::schema::FieldKind::Email)
        .or(schema.respondent.last())
        .map_or("", |f| f.id.as_str());
    (one_line(item), one_line(field))
}

/// A yes-no field's stored value (`yes`, `no`) as the schema labels it.
pub(crate) fn yes_no_label(schema: &crate::schema::Schema, value: &str) -> String {
    match value {
        "yes" => one_line(&schema.answer.yes),
        "no" => one_line(&schema.answer.no),
        other => one_line(other),
    }
}

/// Where a default comes from, in words, or `None`.
pub(crate) fn origin_note(origin: Origin) -> Option<String> {
    match origin {
        Origin::None => None,
        Origin::Current => Some(t!("fill-origin-saved")),
        Origin::LastRound => Some(t!("fill-origin-last-round")),
        Origin::Suggested => Some(t!("fill-origin-suggested")),
    }
}

/// A comment indented under a bar, paragraph by paragraph, wrapped.
pub(crate) fn quoted(comment: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    for (i, paragraph) in comment.split("\n\n").enumerate() {
        if i > 0 {
            lines.push("  │".to_string());
        }
        for line in paragraph.lines() {
            for wrapped in wrap_lines(&one_line(line), width.saturating_sub(4)) {
                lines.push(format!("  │ {wrapped}"));
            }
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schema::Schema;

    #[test]
    fn the_place_line_says_issue_recommendation_and_progress() {
        let schema = Schema::honlea();
        assert_eq!(
            item_place(&ItemView::for_test(&schema, "II.3", 7)),
            "Issue II · Recommendation 3 of 6 · 7 of 16 answered"
        );
        assert_eq!(
            item_heading(&ItemView::for_test(&schema, "II.3", 7)),
            "Recommendation 3 (II.3)"
        );
    }

    /// Issue 12 and the schema review (M1): a question that already ends
    /// in `?` was shown with `??`.
    #[test]
    fn the_question_mark_is_added_only_when_missing() {
        let mut schema = Schema::honlea();
        assert_eq!(question(&schema), "Any action taken?");
        for (asked, shown) in [
            (
                "Has your Government acted on it?",
                "Has your Government acted on it?",
            ),
            (
                "¿Ha adoptado medidas su Gobierno?",
                "¿Ha adoptado medidas su Gobierno?",
            ),
            ("Mesures prises ?", "Mesures prises ?"),
            ("Приняты ли меры", "Приняты ли меры?"),
        ] {
            schema.answer.question = asked.into();
            assert_eq!(question(&schema), shown);
        }
    }

    #[test]
    fn goto_examples_come_from_the_questionnaire() {
        assert_eq!(
            goto_examples(&Schema::honlea()),
            ("II.1".to_string(), "email".to_string())
        );
    }

    #[test]
    fn the_bar_fills_in_proportion() {
        let p = |answered| Progress {
            answered,
            total: 16,
            on_disk: true,
        };
        assert_eq!(bar(p(0), 8), "░░░░░░░░   0%");
        assert_eq!(bar(p(8), 8), "████░░░░  50%");
        assert_eq!(bar(p(16), 8), "████████ 100%");
    }

    #[test]
    fn texts_are_wrapped_and_sanitized() {
        let schema = Schema::honlea();
        let (title, text) = item_text(&ItemView::for_test(&schema, "I.1", 0), 40);
        assert!(title[0].starts_with("Issue I: Use of the Internet"));
        assert!(
            text.iter()
                .all(|l| l.chars().count() <= 40 && l.starts_with("  "))
        );
        let quoted = quoted("One\u{1b}[2J.\n\nTwo.", 40);
        assert_eq!(quoted, ["  │ One\\u{1b}[2J.", "  │", "  │ Two."]);
    }
}
