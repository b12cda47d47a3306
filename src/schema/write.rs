//! A [`Schema`] written back as the TOML it is read from (`qnr schema show
//! --format toml`, `schema import`, `schema init`) or as the same tree in
//! JSON (`--format json`). What is written reads back to an equal schema;
//! with [`Explain::Every`] each key has a comment saying what it does.

use std::fmt::Write;

use super::{FieldKind, Schema};
use crate::escape::toml::{basic, string};
use crate::i18n::{Lang, t};

/// How much the TOML explains itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Explain {
    /// A comment before each table, as in `schema/honlea.toml`.
    Tables,
    /// A comment before every key, for a skeleton to fill in.
    Every,
}

/// The schema as TOML, under `header` (comment lines, without `#`).
pub(crate) fn to_toml(schema: &Schema, header: &[String], explain: Explain) -> String {
    let mut out = String::new();
    for line in header {
        section(&mut out, line);
    }
    if !header.is_empty() {
        out.push('\n');
    }
    let every = explain == Explain::Every;
    let note = |out: &mut String, text: &str| {
        if every {
            section(out, text);
        }
    };
    note(&mut out, &t!("schema-import-key-id"));
    let _ = writeln!(out, "id = {}", basic(&schema.id));
    note(&mut out, &t!("schema-import-key-version"));
    let _ = writeln!(out, "version = {}", basic(&schema.version));
    note(&mut out, &t!("schema-import-key-title"));
    let _ = writeln!(out, "title = {}", string(&schema.title));
    if schema.language != Lang::En || every {
        note(&mut out, &t!("schema-import-key-language"));
        let _ = writeln!(out, "language = {}", basic(schema.language.code()));
    }
    if let Some(guidance) = &schema.guidance {
        note(&mut out, &t!("schema-import-key-guidance"));
        let _ = writeln!(out, "guidance = {}", string(guidance));
    }

    out.push('\n');
    section(&mut out, &t!("schema-import-table-headings"));
    let _ = writeln!(out, "[headings]");
    note(
        &mut out,
        &t!("schema-import-key-issue-heading", placeholder = "{numeral}"),
    );
    let _ = writeln!(out, "issue = {}", basic(&schema.headings.issue));
    note(
        &mut out,
        &t!("schema-import-key-rec-heading", placeholder = "{label}"),
    );
    let _ = writeln!(
        out,
        "recommendation = {}",
        basic(&schema.headings.recommendation)
    );

    out.push('\n');
    section(&mut out, &t!("schema-import-table-answer"));
    let _ = writeln!(out, "[answer]");
    note(&mut out, &t!("schema-import-key-question"));
    let _ = writeln!(out, "question = {}", basic(&schema.answer.question));
    note(&mut out, &t!("schema-import-key-choices"));
    let _ = writeln!(out, "yes = {}", basic(&schema.answer.yes));
    let _ = writeln!(out, "no = {}", basic(&schema.answer.no));

    out.push('\n');
    section(&mut out, &t!("schema-import-table-comments"));
    let _ = writeln!(out, "[comments]");
    note(&mut out, &t!("schema-import-key-comment-label"));
    let _ = writeln!(out, "label = {}", basic(&schema.comments.label));
    note(&mut out, &t!("schema-import-key-rules"));
    let _ = writeln!(
        out,
        "when_yes = {}",
        basic(schema.comments.when_yes.as_str())
    );
    let _ = writeln!(out, "when_no = {}", basic(schema.comments.when_no.as_str()));
    if let Some(max) = schema.comments.max_words {
        note(&mut out, &t!("schema-import-key-max-words"));
        let _ = writeln!(out, "max_words = {max}");
    }

    if !schema.respondent.is_empty() {
        out.push('\n');
        section(&mut out, &t!("schema-import-table-respondent"));
    }
    for (n, field) in schema.respondent.iter().enumerate() {
        if n > 0 {
            out.push('\n');
        }
        // A skeleton explains each key once, at the first field.
        let first = |out: &mut String, text: &str| {
            if n == 0 {
                note(out, text);
            }
        };
        let _ = writeln!(out, "[[respondent]]");
        first(&mut out, &t!("schema-import-key-field-id"));
        let _ = writeln!(out, "id = {}", basic(&field.id));
        first(&mut out, &t!("schema-import-key-field-label"));
        let _ = writeln!(out, "label = {}", basic(&field.label));
        if field.kind != FieldKind::Text || every {
            first(&mut out, &t!("schema-import-key-kind"));
            let _ = writeln!(out, "kind = {}", basic(kind_str(field.kind)));
        }
        if field.required || every {
            first(&mut out, &t!("schema-import-key-required"));
            let _ = writeln!(out, "required = {}", field.required);
        }
        if let Some(role) = field.role {
            if every && schema.respondent[..n].iter().all(|f| f.role.is_none()) {
                note(&mut out, &t!("schema-import-key-role"));
            }
            let _ = writeln!(out, "role = {}", basic(role.as_str()));
        }
    }

    for (n, issue) in schema.issues.iter().enumerate() {
        out.push('\n');
        if n == 0 && every {
            note(&mut out, &t!("schema-import-table-issues"));
        }
        let _ = writeln!(out, "[[issues]]");
        let _ = writeln!(out, "numeral = {}", basic(&issue.numeral));
        let _ = writeln!(out, "title = {}", string(&issue.title));
        for (r, rec) in issue.recommendations.iter().enumerate() {
            out.push('\n');
            let _ = writeln!(out, "[[issues.recommendations]]");
            if n == 0 && r == 0 {
                note(&mut out, &t!("schema-import-key-label"));
            }
            let _ = writeln!(out, "label = {}", basic(&rec.label));
            let _ = writeln!(out, "text = {}", string(&rec.text));
        }
    }
    out
}

/// The schema as JSON: the same keys as the TOML.
pub(crate) fn to_json(schema: &Schema) -> serde_json::Value {
    use serde_json::{Map, Value, json};
    let mut root = Map::new();
    root.insert("id".into(), json!(schema.id));
    root.insert("version".into(), json!(schema.version));
    root.insert("title".into(), json!(schema.title));
    if schema.language != Lang::En {
        root.insert("language".into(), json!(schema.language.code()));
    }
    if let Some(guidance) = &schema.guidance {
        root.insert("guidance".into(), json!(guidance));
    }
    root.insert(
        "headings".into(),
        json!({"issue": schema.headings.issue, "recommendation": schema.headings.recommendation}),
    );
    root.insert(
        "answer".into(),
        json!({"question": schema.answer.question, "yes": schema.answer.yes, "no": schema.answer.no}),
    );
    let mut comments = json!({
        "label": schema.comments.label,
        "when_yes": schema.comments.when_yes.as_str(),
        "when_no": schema.comments.when_no.as_str(),
    });
    if let Some(max) = schema.comments.max_words {
        comments["max_words"] = json!(max);
    }
    root.insert("comments".into(), comments);
    let respondent: Vec<Value> = schema
        .respondent
        .iter()
        .map(|f| {
            let mut field = json!({"id": f.id, "label": f.label});
            if f.kind != FieldKind::Text {
                field["kind"] = json!(kind_str(f.kind));
            }
            if f.required {
                field["required"] = json!(true);
            }
            if let Some(role) = f.role {
                field["role"] = json!(role.as_str());
            }
            field
        })
        .collect();
    root.insert("respondent".into(), Value::Array(respondent));
    let issues: Vec<Value> = schema
        .issues
        .iter()
        .map(|issue| {
            json!({
                "numeral": issue.numeral,
                "title": issue.title,
                "recommendations": issue.recommendations.iter()
                    .map(|r| json!({"label": r.label, "text": r.text}))
                    .collect::<Vec<_>>(),
            })
        })
        .collect();
    root.insert("issues".into(), Value::Array(issues));
    Value::Object(root)
}

/// The kind as the schema spells it.
fn kind_str(kind: FieldKind) -> &'static str {
    match kind {
        FieldKind::Text => "text",
        FieldKind::Date => "date",
        FieldKind::Email => "email",
        FieldKind::YesNo => "yes-no",
    }
}

/// `text` as comment lines of at most 78 columns.
fn section(out: &mut String, text: &str) {
    for line in crate::text::wrap_lines(text, 76) {
        let _ = writeln!(out, "{}", comment(&line));
    }
}

/// A comment line; a line break in `text` cannot end the comment early.
fn comment(text: &str) -> String {
    let line: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    if line.is_empty() {
        "#".into()
    } else {
        format!("# {line}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn schemas() -> Vec<Schema> {
        let mut list = vec![Schema::honlea()];
        for text in [
            include_str!("../../tests/data/schemas/lettered.toml"),
            include_str!("../../tests/data/schemas/honlac.toml"),
            include_str!("../../tests/data/schemas/honlea-afrique.toml"),
            include_str!("../../tests/data/schemas/honlea-ru.toml"),
        ] {
            list.push(Schema::from_toml(text, "test").unwrap());
        }
        let mut hostile = Schema::honlea();
        hostile.title = "Quote \" back\\slash \u{1b}[31m tab\there".into();
        hostile.guidance = Some("First paragraph.\n\nSecond \"\"\" one.".into());
        hostile.issues[0].recommendations[0].text = "Line one\n\nline two\u{202e}".into();
        hostile.respondent[0].label = "Nom du pays # pas un commentaire".into();
        hostile.language = Lang::Fr;
        list.push(hostile);
        list
    }

    #[test]
    fn toml_reads_back_to_the_same_schema_with_either_comments() {
        for schema in schemas() {
            for explain in [Explain::Tables, Explain::Every] {
                let text = to_toml(&schema, &["a header\nwith a break".into()], explain);
                let back = Schema::from_toml(&text, "written")
                    .unwrap_or_else(|e| panic!("{text}\n{:?}", e.diagnostics));
                assert!(back == schema, "{text}");
            }
        }
    }

    #[test]
    fn json_reads_back_to_the_same_schema() {
        for schema in schemas() {
            let text = to_json(&schema).to_string();
            let back = Schema::from_json(&text, "written")
                .unwrap_or_else(|e| panic!("{text}\n{:?}", e.diagnostics));
            assert!(back == schema, "{text}");
        }
    }

    #[test]
    fn comments_stay_comments_and_lines_stay_short() {
        let text = to_toml(&Schema::honlea(), &["x".repeat(10)], Explain::Every);
        for line in text.lines().filter(|l| l.starts_with('#')) {
            assert!(line.chars().count() <= 78, "{line}");
        }
        assert!(text.contains("# The key in reply files"));
    }
}
