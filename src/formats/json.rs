//! The canonical JSON form (docs/design.md, "The reply file"): two-space indentation, `null` for
//! what is not answered yet.

use serde_json::{Map, Value, json};

use super::Layout;

pub(super) fn write(layout: &Layout<'_>) -> String {
    let respondent: Map<String, Value> = layout
        .fields
        .iter()
        .map(|(id, value)| ((*id).to_string(), json!(value)))
        .collect();
    let answers: Map<String, Value> = layout
        .items
        .iter()
        .map(|laid| {
            let answer = laid.answer;
            (
                laid.id.to_string(),
                json!({
                    "action_taken": answer.and_then(|a| a.action_taken).map(|c| c.as_str()),
                    "comments": answer.and_then(|a| a.comments.as_deref()),
                }),
            )
        })
        .collect();
    let document = json!({
        "questionnaire": layout.questionnaire,
        "version": layout.version,
        "respondent": respondent,
        "answers": answers,
    });
    let mut text = serde_json::to_string_pretty(&document).unwrap_or_default();
    text.push('\n');
    text
}
