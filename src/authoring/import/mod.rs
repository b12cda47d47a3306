//! `qnr schema import`: the schema read out of a questionnaire as the
//! secretariat has it — a blank or a filled form, as a Word document,
//! plain text or Markdown, in English, French, Spanish or Russian. The
//! form's lines ([`lines`]) give its body ([`structure`]: issues,
//! recommendations, the answer line, the comment label) and its preamble
//! ([`preamble`]: title, guidance, respondent fields). What had to be
//! guessed is kept as [`Note`]s for the person to check. The schema is
//! written as TOML and read back, so what is returned always passes
//! `qnr schema check`.

mod lines;
mod note;
mod preamble;
mod structure;

pub(crate) use note::{Note, Part};
pub(crate) use preamble::slug;

use crate::diagnostic::{Code, Diagnostic};
use crate::formats::Format;
use crate::formats::document::pieces;
use crate::i18n::t;
use crate::schema::vocabulary::{self, LANGUAGES, Words, is_one_of};
use crate::schema::write::{Explain, to_toml};
use crate::schema::{
    AnswerSpec, CommentRule, CommentSpec, Headings, Issue, Recommendation, Schema,
};

use self::lines::{Level, choices, heading};
use self::note::Notes;

/// What the person running the import says, if anything.
#[derive(Clone, Debug, Default)]
pub(crate) struct Options {
    pub id: Option<String>,
    pub version: Option<String>,
    /// The form's file name without its extension, for an id to derive.
    pub stem: String,
}

/// The schema found in a form.
#[derive(Debug)]
pub(crate) struct Imported {
    pub schema: Schema,
    /// The schema as written: TOML that reads back to `schema`.
    pub toml: String,
    /// The language of the form's wording.
    pub language: &'static Words,
    /// Every guess to check.
    pub notes: Vec<Note>,
}

/// Reads the questionnaire in `bytes`, a form in `format`.
pub(crate) fn import(
    format: Format,
    bytes: &[u8],
    options: &Options,
) -> Result<Imported, Box<Diagnostic>> {
    let is_form = |line: &str| {
        let line = crate::formats::form::squash(line);
        heading(&line, Level::Recommendation).is_some()
            || heading(&line, Level::Issue).is_some()
            || choices(&line).is_some()
            || LANGUAGES
                .iter()
                .any(|w| is_one_of(line.trim_end_matches([':', ' ']), w.comments))
    };
    let pieces = pieces(format, bytes, &is_form)?;
    let lines = lines::lines(&pieces, format != Format::Txt);
    let mut notes = Notes::default();
    let found = structure::find(&lines, &mut notes).map_err(|why| {
        Box::new(
            Diagnostic::error(
                Code::ParseError,
                t!("schema-import-no-questionnaire", why = why),
            )
            .with_help(t!("schema-import-no-questionnaire-help")),
        )
    })?;
    let preamble = preamble::read(&lines[..found.body_start], &mut notes);
    let language = found
        .langs
        .iter()
        .max_by_key(|(code, n)| {
            (
                **n,
                std::cmp::Reverse(LANGUAGES.iter().position(|w| w.code == **code)),
            )
        })
        .and_then(|(code, _)| vocabulary::language(code))
        .unwrap_or(&vocabulary::ENGLISH);

    let (id, version) = id_and_version(options, &preamble, &mut notes);
    let title = preamble.title.clone().unwrap_or_else(|| {
        notes.add(Part::Title, None, t!("schema-import-note-no-title"));
        language.title.to_string()
    });
    let guidance = (!preamble.guidance.is_empty()).then(|| preamble.guidance.join("\n\n"));
    let max_words = found
        .comment_limit
        .or_else(|| guidance.as_deref().and_then(preamble::word_limit));
    let comments_label = found.comments.clone().unwrap_or_else(|| {
        notes.add(
            Part::Comments,
            None,
            t!(
                "schema-import-note-no-comment-label",
                label = language.comments[0]
            ),
        );
        language.comments[0].to_string()
    });
    notes.add(
        Part::Comments,
        None,
        t!(
            "schema-import-note-comment-rule",
            yes = &found.yes,
            no = &found.no
        ),
    );
    let issue_template = found.issue_template.clone().unwrap_or_else(|| {
        notes.add(Part::Headings, None, t!("schema-import-note-no-issues"));
        format!("{} {{numeral}}", language.issue[0])
    });
    let issues = issues(&found, &title, &mut notes);
    let schema = Schema::from_parts(
        id,
        version,
        title,
        language.lang(),
        guidance,
        Headings {
            issue: issue_template,
            recommendation: found.rec_template.clone(),
        },
        AnswerSpec {
            question: found.question.clone(),
            yes: found.yes.clone(),
            no: found.no.clone(),
            lang: language.lang(),
        },
        CommentSpec {
            label: comments_label,
            when_yes: CommentRule::Expected,
            when_no: CommentRule::Optional,
            max_words,
        },
        preamble.fields,
        issues,
    );
    let header: Vec<String> =
        std::iter::once(t!("schema-import-toml-header", language = language.code))
            .chain(
                notes
                    .list
                    .iter()
                    .map(|n| t!("schema-import-toml-check", note = &n.text)),
            )
            .collect();
    let toml = to_toml(&schema, &header, Explain::Tables);
    // Written and read back: what the import returns is what the file says.
    let schema = Schema::from_toml(&toml, "the imported schema").map_err(|findings| {
        let first = findings.diagnostics.into_iter().next();
        Box::new(
            Diagnostic::error(
                Code::ParseError,
                t!(
                    "schema-import-invalid",
                    reason = first.map_or_else(String::new, |d| d.message)
                ),
            )
            .with_help(t!("schema-import-invalid-help")),
        )
    })?;
    read_back(format, bytes, &schema, &mut notes);
    Ok(Imported {
        schema,
        toml,
        language,
        notes: notes.list,
    })
}

/// The form read with the schema found in it, as a reply: a recommendation
/// it does not find, or a text it reads otherwise, is a guess gone wrong.
fn read_back(format: Format, bytes: &[u8], schema: &Schema, notes: &mut Notes) {
    let loaded = crate::formats::load(format, bytes, schema);
    for d in &loaded.diagnostics {
        let wrong = matches!(
            d.code,
            Code::MissingItem | Code::UnknownAnswer | Code::TextMismatch | Code::ParseError
        );
        if wrong {
            notes.add(
                Part::Issues,
                d.line,
                t!("schema-import-note-read-back", finding = &d.message),
            );
        }
    }
}

/// The issues found, with ids a schema accepts: labels made unique within
/// an issue, numerals unique.
fn issues(found: &structure::Found, title: &str, notes: &mut Notes) -> Vec<Issue> {
    let mut out: Vec<Issue> = Vec::new();
    for issue in &found.issues {
        let mut numeral = issue.numeral.clone();
        let mut n = 2;
        while out.iter().any(|i| i.numeral.eq_ignore_ascii_case(&numeral)) {
            numeral = format!("{}-{n}", issue.numeral);
            n += 1;
        }
        if numeral != issue.numeral {
            notes.add(
                Part::Issues,
                Some(issue.at),
                t!(
                    "schema-import-note-issue-twice",
                    numeral = &issue.numeral,
                    renamed = &numeral
                ),
            );
        }
        let mut recommendations: Vec<Recommendation> = Vec::new();
        for rec in &issue.recs {
            let mut label = rec.label.clone();
            let mut n = 2;
            while recommendations
                .iter()
                .any(|r| r.label.eq_ignore_ascii_case(&label))
            {
                label = format!("{}-{n}", rec.label);
                n += 1;
            }
            if label != rec.label {
                notes.add(
                    Part::Issues,
                    Some(rec.at),
                    t!(
                        "schema-import-note-rec-twice",
                        label = &rec.label,
                        numeral = &numeral,
                        renamed = &label
                    ),
                );
            }
            recommendations.push(Recommendation {
                id: format!("{numeral}.{label}"),
                label,
                text: rec.text.clone(),
            });
        }
        let title = if issue.title.is_empty() {
            title.to_string()
        } else {
            issue.title.clone()
        };
        out.push(Issue {
            numeral,
            title,
            recommendations,
        });
    }
    out
}

/// The id and version: as given, as a form qnr wrote says, else derived
/// (and flagged).
fn id_and_version(
    options: &Options,
    preamble: &preamble::Preamble,
    notes: &mut Notes,
) -> (String, String) {
    let written = preamble.id_version.clone();
    let id = options
        .id
        .clone()
        .or_else(|| written.as_ref().map(|w| w.0.clone()))
        .unwrap_or_else(|| {
            let id = preamble::slug(&options.stem);
            let id = if id == "field" {
                "questionnaire".to_string()
            } else {
                id
            };
            notes.add(
                Part::Id,
                None,
                t!("schema-import-note-id-from-file", id = &id),
            );
            id
        });
    let version = options
        .version
        .clone()
        .or_else(|| written.map(|w| w.1))
        .unwrap_or_else(|| {
            let texts = preamble.title.iter().chain(&preamble.guidance);
            let year = texts
                .flat_map(|t| t.split(|c: char| !c.is_ascii_digit()))
                .find(|d| d.len() == 4 && (d.starts_with("19") || d.starts_with("20")));
            let version = year.unwrap_or("1").to_string();
            notes.add(
                Part::Version,
                None,
                if year.is_some() {
                    t!("schema-import-note-version-year", version = &version)
                } else {
                    t!("schema-import-note-version-placeholder", version = &version)
                },
            );
            version
        });
    (id, version)
}

#[cfg(test)]
mod tests;
