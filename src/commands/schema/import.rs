//! `qnr schema import FORM [-o schema.toml]`: the schema read out of a
//! questionnaire form. The schema goes to the output (standard output by
//! default); a short table of what was found, each guess flagged `?`,
//! goes to standard error, so `qnr schema import form.docx > s.toml` works.

use std::path::PathBuf;

use crate::authoring::import::{self, Imported, Part};
use crate::commands::Output;
use crate::console::Console;
use crate::diagnostic::{Diagnostic, Findings};
use crate::error::Error;
use crate::escape::terminal::one_line;
use crate::exit::Exit;
use crate::formats::{self, Format};
use crate::i18n::t;
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
    let not_a_form = |d: Diagnostic| {
        Error::NotAForm(Box::new(Findings {
            path: path.display().to_string().into(),
            text: None,
            diagnostics: vec![d],
            unreadable: false,
        }))
    };
    // A name that says nothing: the bytes may (a `.doc` says what it is).
    let format = match Format::from_path(path) {
        Some(format) => format,
        None => formats::identify(&bytes, Some(path), true).map_err(|finding| match finding {
            Some(finding) => not_a_form(*finding),
            None => Error::UnknownFormat {
                path: path.clone(),
                extensions: ".docx, .odt, .txt, .md".into(),
                from_option: false,
            },
        })?,
    };
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
    .map_err(|d| not_a_form(*d))?;
    let table = table(&imported, &path.display().to_string());
    // The table is for the person; a failed write to stderr changes nothing.
    let _ = console.err.write_all(table.as_bytes());
    options
        .output
        .write(imported.toml.as_bytes(), console.out)?;
    if let Some(out) = options.output.path() {
        let _ = writeln!(console.err, "{}", t!("schema-import-wrote", path = out));
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
        let text = match schema.comments.max_words {
            Some(words) => t!(
                "schema-import-guidance-limit",
                paragraphs = paragraphs,
                words = words
            ),
            None => t!("schema-import-guidance", paragraphs = paragraphs),
        };
        rows.push((Part::Title, "guidance", text));
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
        t!(
            "schema-import-issues",
            count = schema.issues.len(),
            numerals = numerals.join(", "),
            recommendations = schema.item_count()
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
        rows.push((Part::Respondent, "respondent", t!("schema-import-none")));
    }
    let mut out = t!(
        "schema-import-found",
        file = one_line(file),
        language = imported.language.code
    );
    out.push('\n');
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
            "? {}\n",
            t!("schema-import-guesses", count = imported.notes.len())
        ));
        for note in &imported.notes {
            let text = one_line(&note.text);
            let line = match note.at {
                Some(line) => t!("schema-import-at-line", line = line, note = text),
                None => text,
            };
            out.push_str(&format!("  {line}\n"));
        }
    }
    out
}

/// `country (text, required, role country): Name of country`: the label
/// last, as a long one is cut.
fn field_row(field: &Field) -> String {
    let kind = match field.kind {
        FieldKind::Text => "text",
        FieldKind::Date => "date",
        FieldKind::Email => "email",
        FieldKind::YesNo => "yes-no",
    };
    let mut notes = vec![t!("schema-import-kind", kind = kind)];
    if field.required {
        notes.push(t!("schema-import-required"));
    }
    if let Some(role) = field.role {
        notes.push(t!("schema-import-role", role = role.as_str()));
    }
    t!(
        "schema-import-field-row",
        id = &field.id,
        notes = notes.join(", "),
        label = &field.label
    )
}
