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

/// The schema in each of its languages, in the order of [`Lang::ALL`]: one
/// value for a schema in one language.
fn every_language(schema: &Schema) -> Vec<&Schema> {
    let mut all: Vec<&Schema> = schema.in_every_language().collect();
    all.sort_by_key(|s| s.texts_in);
    all
}

/// The language the written file declares: the schema's own when it has
/// several (the run's choice does not change the file), else that of its
/// only texts.
fn declared(all: &[&Schema]) -> Lang {
    match all {
        [one] => one.texts_in,
        _ => all[0].language,
    }
}

/// `key = "text"`, or `key.fr = "texte"` once per language, one line each
/// as a translator edits them.
fn text_lines(
    out: &mut String,
    key: &str,
    all: &[&Schema],
    get: impl Fn(&Schema) -> &str,
    quote: fn(&str) -> String,
) {
    match all {
        [one] => {
            let _ = writeln!(out, "{key} = {}", quote(get(one)));
        }
        _ => {
            for s in all {
                let _ = writeln!(out, "{key}.{} = {}", s.texts_in.code(), quote(get(s)));
            }
        }
    }
}

/// The schema as TOML, under `header` (comment lines, without `#`). A
/// schema in several languages is written in all of them.
pub(crate) fn to_toml(schema: &Schema, header: &[String], explain: Explain) -> String {
    let all = every_language(schema);
    let all = all.as_slice();
    let language = declared(all);
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
    text_lines(&mut out, "title", all, |s| &s.title, string);
    if language != Lang::En || all.len() > 1 || every {
        note(&mut out, &t!("schema-import-key-language"));
        let _ = writeln!(out, "language = {}", basic(language.code()));
    }
    if schema.guidance.is_some() {
        note(&mut out, &t!("schema-import-key-guidance"));
        text_lines(
            &mut out,
            "guidance",
            all,
            |s| s.guidance.as_deref().unwrap_or_default(),
            string,
        );
    }

    out.push('\n');
    section(&mut out, &t!("schema-import-table-headings"));
    let _ = writeln!(out, "[headings]");
    note(
        &mut out,
        &t!("schema-import-key-issue-heading", placeholder = "{numeral}"),
    );
    text_lines(&mut out, "issue", all, |s| &s.headings.issue, basic);
    note(
        &mut out,
        &t!("schema-import-key-rec-heading", placeholder = "{label}"),
    );
    text_lines(
        &mut out,
        "recommendation",
        all,
        |s| &s.headings.recommendation,
        basic,
    );

    out.push('\n');
    section(&mut out, &t!("schema-import-table-answer"));
    let _ = writeln!(out, "[answer]");
    note(&mut out, &t!("schema-import-key-question"));
    text_lines(&mut out, "question", all, |s| &s.answer.question, basic);
    note(&mut out, &t!("schema-import-key-choices"));
    text_lines(&mut out, "yes", all, |s| &s.answer.yes, basic);
    text_lines(&mut out, "no", all, |s| &s.answer.no, basic);

    out.push('\n');
    section(&mut out, &t!("schema-import-table-comments"));
    let _ = writeln!(out, "[comments]");
    note(&mut out, &t!("schema-import-key-comment-label"));
    text_lines(&mut out, "label", all, |s| &s.comments.label, basic);
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
        text_lines(&mut out, "label", all, |s| &s.respondent[n].label, basic);
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
        text_lines(&mut out, "title", all, |s| &s.issues[n].title, string);
        for (r, rec) in issue.recommendations.iter().enumerate() {
            out.push('\n');
            let _ = writeln!(out, "[[issues.recommendations]]");
            if n == 0 && r == 0 {
                note(&mut out, &t!("schema-import-key-label"));
            }
            let _ = writeln!(out, "label = {}", basic(&rec.label));
            text_lines(
                &mut out,
                "text",
                all,
                |s| &s.issues[n].recommendations[r].text,
                string,
            );
        }
    }
    out
}

/// The schema as JSON: the same keys as the TOML, a text in several
/// languages as an object (`{"en": "…", "fr": "…"}`).
pub(crate) fn to_json(schema: &Schema) -> serde_json::Value {
    use serde_json::{Map, Value, json};
    let all = every_language(schema);
    let all = all.as_slice();
    let language = declared(all);
    let text = |get: &dyn Fn(&Schema) -> &str| -> Value {
        match all {
            [one] => json!(get(one)),
            _ => Value::Object(
                all.iter()
                    .map(|s| (s.texts_in.code().to_string(), json!(get(s))))
                    .collect(),
            ),
        }
    };
    let mut root = Map::new();
    root.insert("id".into(), json!(schema.id));
    root.insert("version".into(), json!(schema.version));
    root.insert("title".into(), text(&|s| &s.title));
    if language != Lang::En || all.len() > 1 {
        root.insert("language".into(), json!(language.code()));
    }
    if schema.guidance.is_some() {
        root.insert(
            "guidance".into(),
            text(&|s| s.guidance.as_deref().unwrap_or_default()),
        );
    }
    root.insert(
        "headings".into(),
        json!({
            "issue": text(&|s| &s.headings.issue),
            "recommendation": text(&|s| &s.headings.recommendation),
        }),
    );
    root.insert(
        "answer".into(),
        json!({
            "question": text(&|s| &s.answer.question),
            "yes": text(&|s| &s.answer.yes),
            "no": text(&|s| &s.answer.no),
        }),
    );
    let mut comments = json!({
        "label": text(&|s| &s.comments.label),
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
        .enumerate()
        .map(|(n, f)| {
            let mut field = json!({"id": f.id, "label": text(&|s| &s.respondent[n].label)});
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
        .enumerate()
        .map(|(n, issue)| {
            let recommendations: Vec<Value> = issue
                .recommendations
                .iter()
                .enumerate()
                .map(|(r, rec)| {
                    json!({
                        "label": rec.label,
                        "text": text(&|s| &s.issues[n].recommendations[r].text),
                    })
                })
                .collect();
            json!({
                "numeral": issue.numeral,
                "title": text(&|s| &s.issues[n].title),
                "recommendations": recommendations,
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
        hostile.texts_in = Lang::Fr;
        hostile.answer.lang = Lang::Fr;
        list.push(hostile);
        // A schema in four languages, as loaded and as a French run reads it.
        let multilingual = Schema::from_toml(
            include_str!("../../examples/schemas/multilingual.toml"),
            "test",
        )
        .unwrap();
        list.push(multilingual.clone().into_language(Lang::Fr));
        list.push(multilingual);
        list
    }

    /// `back`, read from what was written of `schema`, in the language
    /// `schema` shows.
    fn as_shown(back: Schema, schema: &Schema) -> Schema {
        back.into_language(schema.texts_in)
    }

    #[test]
    fn toml_reads_back_to_the_same_schema_with_either_comments() {
        for schema in schemas() {
            for explain in [Explain::Tables, Explain::Every] {
                let text = to_toml(&schema, &["a header\nwith a break".into()], explain);
                let back = Schema::from_toml(&text, "written")
                    .unwrap_or_else(|e| panic!("{text}\n{:?}", e.diagnostics));
                assert!(as_shown(back, &schema) == schema, "{text}");
            }
        }
    }

    #[test]
    fn json_reads_back_to_the_same_schema() {
        for schema in schemas() {
            let text = to_json(&schema).to_string();
            let back = Schema::from_json(&text, "written")
                .unwrap_or_else(|e| panic!("{text}\n{:?}", e.diagnostics));
            assert!(as_shown(back, &schema) == schema, "{text}");
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
