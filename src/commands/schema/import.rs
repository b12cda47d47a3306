//! `qnr schema import FORM [-o schema.toml]`: the schema read out of a
//! questionnaire form. The schema goes to the output (standard output by
//! default); a short table of what was found, each guess flagged `?`,
//! goes to standard error, so `qnr schema import form.docx > s.toml` works.

use std::path::PathBuf;

use crate::authoring::import::{self, Imported, Part};
use crate::commands::Output;
use crate::console::Console;
use crate::diagnostic::Findings;
use crate::error::Error;
use crate::escape::terminal::one_line;
use crate::exit::Exit;
use crate::formats::Format;
use crate::io::{FileKind, read_limited};
use crate::schema::{Field, FieldKind};

#[derive(Clone, Debug)]
pub(crate) struct ImportOptions {
    pub form: PathBuf,
    pub output: Output,
    pub id: Option<String>,
    pub version: Option<String>,
}

pub(crate) fn run(console: &mut Console<'_>, options: &ImportOptions) -> Result<Exit, Error> {
    options.output.check_free()?;
    let path = &options.form;
    let bytes = read_limited(path, FileKind::Reply)?;
    let format = Format::from_path(path)
        .or_else(|| Format::sniff(&bytes))
        .ok_or_else(|| Error::UnknownFormat {
            path: path.clone(),
            extensions: ".docx, .txt, .md".into(),
            from_option: false,
        })?;
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let imported = import::import(
        format,
        &bytes,
        &import::Options {
            id: options.id.clone(),
            version: options.version.clone(),
            stem,
        },
    )
    .map_err(|d| {
        Error::NotAForm(Box::new(Findings {
            path: path.display().to_string().into(),
            text: None,
            diagnostics: vec![*d],
            unreadable: false,
        }))
    })?;
    let table = table(&imported, &path.display().to_string());
    // The table is for the person; a failed write to stderr changes nothing.
    let _ = console.err.write_all(table.as_bytes());
    options
        .output
        .write(imported.toml.as_bytes(), console.out)?;
    if let Some(out) = options.output.path() {
        let _ = writeln!(
            console.err,
            "wrote `{}`; check it with `qnr schema check {}`",
            out.display(),
            out.display()
        );
    }
    Ok(Exit::Success)
}

/// What was found, a row per part; `?` flags a part with a guess to check,
/// and the guesses follow with the line they come from.
fn table(imported: &Imported, file: &str) -> String {
    let schema = &imported.schema;
    let unsure = |part: Part| imported.notes.iter().any(|n| n.part == part);
    let mut rows: Vec<(Part, &str, String)> = vec![
        (Part::Id, "id", schema.id.clone()),
        (Part::Version, "version", schema.version.clone()),
        (Part::Title, "title", schema.title.clone()),
    ];
    if let Some(guidance) = &schema.guidance {
        let paragraphs = guidance.split("\n\n").count();
        let limit = schema
            .comments
            .max_words
            .map(|m| format!("; at most {m} words"))
            .unwrap_or_default();
        rows.push((
            Part::Title,
            "guidance",
            format!("{}{limit}", crate::text::plural(paragraphs, "paragraph")),
        ));
    }
    rows.push((
        Part::Headings,
        "headings",
        format!(
            "{} · {}",
            schema.headings.issue, schema.headings.recommendation
        ),
    ));
    let numerals: Vec<&str> = schema.issues.iter().map(|i| i.numeral.as_str()).collect();
    rows.push((
        Part::Issues,
        "issues",
        format!(
            "{} ({}), {}",
            schema.issues.len(),
            numerals.join(", "),
            crate::text::plural(schema.item_count(), "recommendation")
        ),
    ));
    rows.push((
        Part::Headings,
        "answer",
        format!(
            "{} {} / {}",
            schema.answer.question, schema.answer.yes, schema.answer.no
        ),
    ));
    rows.push((Part::Comments, "comments", schema.comments.label.clone()));
    for field in &schema.respondent {
        rows.push((Part::Respondent, "field", field_row(field)));
    }
    if schema.respondent.is_empty() {
        rows.push((Part::Respondent, "respondent", "none".into()));
    }
    let mut out = format!(
        "found in `{}` ({} wording):\n",
        one_line(file),
        imported.language.name
    );
    for (part, what, value) in rows {
        let flag = if unsure(part) { '?' } else { ' ' };
        let value = one_line(&value);
        let value = if value.chars().count() > 60 {
            format!("{}…", value.chars().take(59).collect::<String>())
        } else {
            value
        };
        out.push_str(&format!("{flag} {what:<10} {value}\n"));
    }
    if !imported.notes.is_empty() {
        out.push_str(&format!(
            "? {} to check in the schema:\n",
            if imported.notes.len() == 1 {
                "1 guess".to_string()
            } else {
                format!("{} guesses", imported.notes.len())
            }
        ));
        for note in &imported.notes {
            let at = note.at.map(|l| format!("line {l}: ")).unwrap_or_default();
            out.push_str(&format!("  {at}{}\n", one_line(&note.text)));
        }
    }
    out
}

/// `country (text, required, role country): Name of country`: the label
/// last, as a long one is cut.
fn field_row(field: &Field) -> String {
    let mut notes = vec![
        match field.kind {
            FieldKind::Text => "text",
            FieldKind::Date => "date",
            FieldKind::Email => "e-mail",
            FieldKind::YesNo => "yes or no",
        }
        .to_string(),
    ];
    if field.required {
        notes.push("required".into());
    }
    if let Some(role) = field.role {
        notes.push(format!("role {}", role.as_str()));
    }
    format!("{} ({}): {}", field.id, notes.join(", "), field.label)
}
