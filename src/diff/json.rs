//! The differences for tools, as one JSON object.

use serde_json::{Value, json};

use super::Diff;
use crate::reply::Answer;

pub(crate) fn render(names: (&str, &str), diff: &Diff) -> Vec<u8> {
    let side = |a: &Answer| {
        json!({
            "action_taken": a.action_taken.map(|c| c.as_str()),
            "comments": a.comments,
        })
    };
    let value = json!({
        "a": names.0,
        "b": names.1,
        "identical": diff.is_empty(),
        "respondent": diff.respondent.iter().map(|f| json!({
            "field": f.id,
            "a": f.a,
            "b": f.b,
        })).collect::<Vec<Value>>(),
        "recommendations": diff.answers.iter().map(|c| json!({
            "id": c.id,
            "change": c.status.as_str(),
            "answer_changed": c.answer_changed,
            "comment_changed": c.comment_changed,
            "a": side(&c.a),
            "b": side(&c.b),
            "words": c.words.iter().map(|p| json!({"op": p.op.as_str(), "text": p.text})).collect::<Vec<Value>>(),
        })).collect::<Vec<Value>>(),
    });
    crate::escape::json::pretty(&value)
}
