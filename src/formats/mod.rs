//! Reply file formats: which one a path is, how to read bytes into a reply
//! (with diagnostics) and how to write a reply back. JSON is canonical; TOML
//! and YAML hold the same tree. The UN form is read and written as plain
//! text, Markdown and Word (through the layout rules in `form`), and as CSV.

mod csv;
pub(crate) mod document;
pub(crate) mod docx;
pub(crate) mod form;
mod json;
mod limits;
mod md;
mod messages;
mod odt;
mod pdf;
pub(crate) mod sniff;
mod toml;
mod txt;
mod whole;
mod yaml;

use std::path::Path;

use crate::diagnostic::{Code, Diagnostic, FileName, Findings};
use crate::i18n::t;
use crate::reply::{Answer, Places, Reply, ReplyRead, read_tree};
use crate::schema::{Item, Schema};
use crate::text::decode_text;
use crate::tree;

pub(crate) use limits::MAX_ANSWERS;
pub(crate) use whole::read_whole;

/// A reply file format.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Format {
    Json,
    Toml,
    Yaml,
    /// The UN form as plain text, laid out as the printed form.
    Txt,
    /// The UN form as a printable Markdown document.
    Md,
    /// One row per recommendation, for spreadsheets.
    Csv,
    /// The UN form as a Word document (binary: a zip of XML parts).
    Docx,
    /// The UN form as an OpenDocument text (binary: a zip of XML parts).
    Odt,
    /// The UN form printed to PDF: read from its text layer, never written.
    Pdf,
}

impl Format {
    pub const ALL: [Format; 9] = [
        Format::Json,
        Format::Toml,
        Format::Yaml,
        Format::Txt,
        Format::Md,
        Format::Csv,
        Format::Docx,
        Format::Odt,
        Format::Pdf,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::Toml => "toml",
            Format::Yaml => "yaml",
            Format::Txt => "txt",
            Format::Md => "md",
            Format::Csv => "csv",
            Format::Docx => "docx",
            Format::Odt => "odt",
            Format::Pdf => "pdf",
        }
    }

    /// Whether qnr writes the format: every one but PDF, which it only reads.
    pub fn is_written(self) -> bool {
        self != Format::Pdf
    }

    /// Binary documents: read from their bytes, which decide between them.
    fn is_document(self) -> bool {
        matches!(self, Format::Docx | Format::Odt | Format::Pdf)
    }

    /// Whether the format holds any reply exactly, whatever its text. The
    /// forms cannot (a comment line that reads as a heading, a form feed),
    /// so `fill`, which saves after every answer, writes only these.
    pub fn holds_any_reply(self) -> bool {
        matches!(self, Format::Json | Format::Toml | Format::Yaml)
    }

    /// File extensions, the first being the one qnr writes.
    pub fn extensions(self) -> &'static [&'static str] {
        match self {
            Format::Json => &["json"],
            Format::Toml => &["toml"],
            Format::Yaml => &["yaml", "yml"],
            Format::Txt => &["txt"],
            Format::Md => &["md", "markdown"],
            Format::Csv => &["csv"],
            Format::Docx => &["docx"],
            Format::Odt => &["odt"],
            Format::Pdf => &["pdf"],
        }
    }

    /// A format by its name or one of its extensions (`yml` is YAML).
    pub fn from_name(name: &str) -> Option<Format> {
        let name = name.trim_start_matches('.').to_ascii_lowercase();
        Format::ALL
            .into_iter()
            .find(|f| f.name() == name || f.extensions().contains(&name.as_str()))
    }

    /// The format a path's extension names.
    pub fn from_path(path: &Path) -> Option<Format> {
        path.extension()
            .and_then(|e| e.to_str())
            .and_then(Format::from_name)
    }

    /// Every extension qnr reads, for messages: `.json, .toml, .yaml, .yml`.
    pub fn all_extensions() -> String {
        Format::ALL
            .iter()
            .flat_map(|f| f.extensions())
            .map(|e| format!(".{e}"))
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// Guesses the format of bytes that came without a name (standard input):
    /// a PDF, Word or OpenDocument file by its signature, JSON if it starts
    /// with `{`.
    pub fn sniff(bytes: &[u8]) -> Option<Format> {
        match sniff::sniff(bytes, None, true) {
            sniff::Sniffed::Reads(format) => Some(format),
            _ => None,
        }
    }
}

/// What a file is, when neither `--from` nor its name say (an unknown
/// extension, standard input, a `.doc`): told by its first bytes, failing
/// them by its name. `named` is whether the person named the file (images
/// count then; in a folder they are letterheads). `Err(Some(finding))` for
/// a format qnr does not read, saying what to do; `Err(None)` when nothing
/// tells.
pub(crate) fn identify(
    head: &[u8],
    path: Option<&Path>,
    named: bool,
) -> Result<Format, Option<Box<Diagnostic>>> {
    let extension = path.and_then(|p| p.extension()).and_then(|e| e.to_str());
    match sniff::sniff(head, extension, named) {
        sniff::Sniffed::Reads(format) => Ok(format),
        sniff::Sniffed::Foreign(foreign) => Err(Some(Box::new(foreign.refusal().diagnostic()))),
        sniff::Sniffed::Unknown => Err(None),
    }
}

/// Whether the walk of a folder should look inside a file qnr does not read
/// by name: a `.doc`, `.rtf` or `.pages` is reported, not skipped.
pub(crate) fn is_known_document(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| sniff::foreign_extension(e, false).is_some())
}

/// Why qnr does not write `format` (PDF), and what to do instead.
pub(crate) fn not_written(format: Format) -> String {
    debug_assert!(!format.is_written());
    messages::pdf_not_written()
}

/// How many bytes [`identify`] needs from the start of a file.
pub(crate) const SNIFF_BYTES: usize = sniff::HEAD;

impl std::fmt::Display for Format {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// A reply read from a file, with everything found while reading it.
#[derive(Debug, Default)]
pub struct Loaded {
    /// The decoded text, for positions and source snippets.
    pub text: Option<String>,
    /// `None` when the file could not be parsed at all.
    pub reply: Option<Reply>,
    pub places: Places,
    pub diagnostics: Vec<Diagnostic>,
    /// Something in the file could not be carried into the reply.
    pub lossy: bool,
}

impl Loaded {
    /// A document that could not be read at all, with why and what to do.
    pub(crate) fn refused(refusal: &messages::Refusal) -> Loaded {
        Loaded::failed(None, refusal.diagnostic())
    }

    /// A file in a format qnr does not read: only the finding that says so
    /// (see [`identify`]).
    pub(crate) fn foreign(finding: Diagnostic) -> Loaded {
        Loaded::failed(None, finding)
    }

    /// `reply` as if read back from a file qnr wrote in a format that holds
    /// any reply: what [`crate::reply::read_reply`] gives, under the same
    /// limits as a file. There is no text: the places only order findings.
    pub fn as_written(reply: &Reply, schema: &Schema) -> Loaded {
        let read = crate::reply::read_reply(reply, schema);
        let mut loaded = Loaded {
            text: None,
            reply: read.reply,
            places: read.places,
            diagnostics: read.diagnostics,
            lossy: read.lossy,
        };
        limits::enforce(&mut loaded, schema);
        loaded
    }

    /// What reading found, as the findings of the file `path`.
    pub fn into_findings(self, path: impl Into<FileName>) -> Findings {
        Findings::new(path, self.text, self.diagnostics)
    }

    fn failed(text: Option<String>, diagnostic: Diagnostic) -> Loaded {
        Loaded {
            text,
            diagnostics: vec![diagnostic],
            lossy: true,
            ..Loaded::default()
        }
    }
}

/// Reads a reply from the bytes of a file in `format`. Never panics,
/// whatever the bytes (this is the entry point for fuzzing).
///
/// A form (txt, md, csv, docx, odt, pdf) may be written in any language of the
/// schema: it is read in the run's language first, and when that leaves
/// findings, in each other language too; the reading with the fewest
/// errors, then findings, wins. The reply is the same whatever the language.
pub fn load(format: Format, bytes: &[u8], schema: &Schema) -> Loaded {
    let mut best = load_in(format, bytes, schema);
    // A file past a limit is so in every language: not read again.
    if format.holds_any_reply()
        || best
            .diagnostics
            .iter()
            .any(|d| d.code == Code::LimitExceeded)
    {
        return best;
    }
    for translation in schema.in_every_language().skip(1) {
        if best.diagnostics.is_empty() {
            break;
        }
        let other = load_in(format, bytes, translation);
        if reading_rank(&other) < reading_rank(&best) {
            best = other;
        }
    }
    best
}

/// Fewer errors, then fewer findings, is the better reading.
fn reading_rank(loaded: &Loaded) -> (bool, usize, usize) {
    let errors = loaded.diagnostics.iter().filter(|d| d.is_error()).count();
    (loaded.reply.is_none(), errors, loaded.diagnostics.len())
}

/// [`load`] with the schema's texts in one language.
fn load_in(format: Format, bytes: &[u8], schema: &Schema) -> Loaded {
    let loaded = match binary(format, bytes) {
        Some(binary) => load_binary(binary, bytes, schema),
        None => load_text(format, decode_text(bytes), schema),
    };
    limited(loaded, schema)
}

/// [`load`] for bytes that are no longer needed (saves copying the text).
pub(crate) fn load_owned(format: Format, bytes: Vec<u8>, schema: &Schema) -> Loaded {
    match format {
        _ if !format.holds_any_reply() => load(format, &bytes, schema),
        _ => limited(
            load_text(format, crate::text::decode_text_owned(bytes), schema),
            schema,
        ),
    }
}

/// How to read bytes that are not text: a format qnr does not read (a
/// `.doc`, a scan) is refused by what it is, whatever the name or `--from`
/// said; a PDF, Word or OpenDocument file is read as what its bytes say
/// (LibreOffice may save `.docx` as OpenDocument, a server may name a PDF
/// `.docx`). A text format stays text unless the bytes start like a PDF.
fn binary(format: Format, bytes: &[u8]) -> Option<Result<Format, messages::Foreign>> {
    if let Some(foreign) = sniff::foreign(bytes) {
        return Some(Err(foreign));
    }
    match sniff::document(bytes) {
        Some(found)
            if format.is_document() || found == Format::Pdf && bytes.starts_with(b"%PDF-") =>
        {
            Some(Ok(found))
        }
        _ if format.is_document() => Some(Ok(format)),
        _ => None,
    }
}

/// A binary document, by what its bytes say.
fn load_binary(format: Result<Format, messages::Foreign>, bytes: &[u8], schema: &Schema) -> Loaded {
    match format {
        Ok(Format::Pdf) => pdf::load(bytes, schema),
        Ok(Format::Odt) => odt::load(bytes, schema),
        Ok(_) => docx::load(bytes, schema),
        Err(foreign) => Loaded::refused(&foreign.refusal()),
    }
}

/// Every format under the same limits.
fn limited(mut loaded: Loaded, schema: &Schema) -> Loaded {
    limits::enforce(&mut loaded, schema);
    loaded
}

fn load_text(
    format: Format,
    decoded: Result<String, crate::text::DecodeError>,
    schema: &Schema,
) -> Loaded {
    let text = match decoded {
        Ok(text) => text,
        Err(e) => {
            return Loaded::failed(
                None,
                Diagnostic::error(Code::ParseError, e.message)
                    .at_line(e.line, e.column)
                    .with_help(t!("forms-save-as-utf8")),
            );
        }
    };
    let parsed = match format {
        Format::Json => tree::json::parse(&text),
        Format::Toml => tree::toml::parse(&text),
        Format::Yaml => tree::yaml::parse(&text),
        Format::Txt => return from_read(txt::read(&text, schema), text),
        Format::Md => return from_read(md::read(&text, schema), text),
        Format::Csv => return from_read(csv::read(&text, schema), text),
        // Never reached: `load` reads binary documents before decoding.
        Format::Docx | Format::Odt | Format::Pdf => {
            return load_binary(Ok(format), text.as_bytes(), schema);
        }
    };
    let root = match parsed {
        Ok(root) => root,
        Err(e) => {
            let help = match e.code {
                Code::LimitExceeded => crate::diagnostic::docs::not_a_reply(),
                _ if e.empty => t!("forms-empty-reply-help"),
                _ => t!("forms-fix-syntax", format = format.name().to_uppercase()),
            };
            return Loaded::failed(
                Some(text),
                Diagnostic::error(e.code, e.message)
                    .at(e.span)
                    .with_help(help),
            );
        }
    };
    from_read(read_tree(&root, schema), text)
}

/// Points findings on a PDF at page and line, as the PDF reader does for
/// its own (see `pdf`): for those that checking the reply adds.
pub(crate) fn locate_in_pages(format: Format, text: Option<&str>, diagnostics: &mut [Diagnostic]) {
    if let (Format::Pdf, Some(text)) = (format, text) {
        pdf::locate(text, diagnostics);
    }
}

fn from_read(read: ReplyRead, text: String) -> Loaded {
    Loaded {
        text: Some(text),
        reply: read.reply,
        places: read.places,
        diagnostics: read.diagnostics,
        lossy: read.lossy,
    }
}

/// The comment lines that head a TOML or YAML reply: the questionnaire's
/// title and what to do with the file.
fn file_header(schema: &Schema) -> String {
    let mut out = String::new();
    for line in crate::text::wrap_lines(&crate::escape::terminal::one_line(&schema.title), 76) {
        out.push_str(&format!("# {line}\n"));
    }
    out.push_str(&format!("# {}\n", crate::i18n::t!("forms-file-hint")));
    out
}

/// Writes a reply in `format`, in schema order, every field and item present.
pub fn write(format: Format, reply: &Reply, schema: &Schema) -> Vec<u8> {
    let layout = Layout::new(reply, schema);
    let text = match format {
        Format::Json => json::write(&layout),
        Format::Toml => toml::write(&layout, schema),
        Format::Yaml => yaml::write(&layout, schema),
        Format::Txt => txt::write(&layout, schema),
        Format::Md => md::write(&layout, schema),
        Format::Csv => csv::write(&layout, schema),
        Format::Docx => return docx::write(&layout, schema),
        Format::Odt => return odt::write(&layout, schema),
        // Refused before writing (`commands::convert::output_format`): a
        // PDF is printed from a written `.docx` or `.odt`, not made by qnr.
        Format::Pdf => return Vec::new(),
    };
    text.into_bytes()
}

/// Checks that `bytes`, written in `format` from `reply`, read back as the
/// same reply. A form cannot hold everything JSON can (a respondent field the
/// schema lacks in plain text, a form feed inside a comment); this says what
/// would change, so that nothing is written that loses data.
pub fn check_written(
    format: Format,
    reply: &Reply,
    bytes: &[u8],
    schema: &Schema,
) -> Result<(), String> {
    let back = load(format, bytes, schema).reply.unwrap_or_default();
    let part = |a: &Option<String>, default: &str| a.clone().unwrap_or_else(|| default.to_string());
    if part(&back.questionnaire, &schema.id) != part(&reply.questionnaire, &schema.id) {
        return Err(t!("forms-part-questionnaire"));
    }
    if part(&back.version, &schema.version) != part(&reply.version, &schema.version) {
        return Err(t!(
            "forms-part-version",
            version = crate::escape::terminal::one_line(&part(&reply.version, &schema.version))
        ));
    }
    // A date written `15 May 2019` comes back as `2019-05-15`: the same date.
    let same_field = |id: &str| {
        let (a, b) = (reply.field(id), back.field(id));
        a == b
            || schema
                .field(id)
                .is_some_and(|f| f.kind == crate::schema::FieldKind::Date)
                && a.and_then(crate::values::parse_human_date).as_deref() == b
    };
    let mut fields = reply.respondent.keys().chain(back.respondent.keys());
    if let Some(id) = fields.find(|id| !same_field(id)) {
        return Err(t!(
            "forms-part-field",
            id = crate::escape::terminal::one_line(id)
        ));
    }
    let ids = reply.answers.keys().chain(back.answers.keys());
    if let Some(id) = ids
        .into_iter()
        .find(|id| reply.answer(id) != back.answer(id))
    {
        let item = crate::escape::terminal::one_line(&schema.item_name(id));
        return Err(match (reply.answer(id), back.answer(id)) {
            (Some(a), Some(b)) if a.action_taken == b.action_taken => {
                t!("forms-part-comments", item = item)
            }
            _ => t!("forms-part-answer", item = item),
        });
    }
    Ok(())
}

/// A reply laid out for writing: the schema's fields and items in order
/// (absent ones as `None`), then anything the schema does not know.
pub(crate) struct Layout<'a> {
    pub questionnaire: &'a str,
    pub version: &'a str,
    pub fields: Vec<(&'a str, Option<&'a str>)>,
    pub items: Vec<LaidItem<'a>>,
}

pub(crate) struct LaidItem<'a> {
    pub id: &'a str,
    pub answer: Option<&'a Answer>,
    /// `None` for an id the schema does not know.
    pub item: Option<Item<'a>>,
}

impl<'a> Layout<'a> {
    pub(crate) fn new(reply: &'a Reply, schema: &'a Schema) -> Layout<'a> {
        let mut fields: Vec<(&str, Option<&str>)> = schema
            .respondent
            .iter()
            .map(|f| (f.id.as_str(), reply.field(&f.id)))
            .collect();
        fields.extend(
            reply
                .respondent
                .iter()
                .filter(|(id, _)| schema.field(id).is_none())
                .map(|(id, v)| (id.as_str(), Some(v.as_str()))),
        );
        let mut items: Vec<LaidItem> = schema
            .items()
            .map(|item| LaidItem {
                id: item.recommendation.id.as_str(),
                answer: reply.answer(&item.recommendation.id),
                item: Some(item),
            })
            .collect();
        items.extend(
            reply
                .answers
                .iter()
                .filter(|(id, _)| !schema.has_item(id))
                .map(|(id, answer)| LaidItem {
                    id: id.as_str(),
                    answer: Some(answer),
                    item: None,
                }),
        );
        Layout {
            questionnaire: reply.questionnaire.as_deref().unwrap_or(&schema.id),
            version: reply.version.as_deref().unwrap_or(&schema.version),
            fields,
            items,
        }
    }
}

/// `Issue I, Recommendation 1: Governments should …` for comments in files
/// people edit by hand, wrapped and made safe for any comment syntax.
pub(crate) fn item_comment(schema: &Schema, item: &Item<'_>, width: usize) -> Vec<String> {
    let heading = format!(
        "{}, {}: {}",
        schema.issue_heading(item.issue),
        schema.recommendation_heading(item.recommendation),
        item.recommendation.text
    );
    crate::text::wrap_lines(&crate::escape::terminal::one_line(&heading), width)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reply::Choice;

    pub(crate) fn sample() -> Reply {
        let schema = Schema::honlea();
        let mut reply = Reply::empty(&schema);
        reply.set_field("country", "Narnia");
        reply.set_field("date", "2019-05-01");
        reply.set_field("email", "focal.point@example.org");
        reply.set_field("publish", "yes");
        reply.set_answer(
            "I.1",
            Answer::new(
                Some(Choice::Yes),
                Some("A working group was set up.\n\nIt drew up “specific proposals”: # not a comment \"quoted\" \\ back\\slash"),
            ),
        );
        reply.set_answer("I.2", Answer::new(Some(Choice::No), None));
        reply.set_answer("II.1", Answer::new(None, Some("Draft: to be decided. yes")));
        reply.set_answer(
            "III.3",
            Answer::new(
                Some(Choice::Yes),
                Some("Line one\n  indented line two\n\n- a list?\n\n'quoted' ~ null: true"),
            ),
        );
        reply.set_answer(
            "IX.9",
            Answer::new(Some(Choice::No), Some("unknown id kept")),
        );
        reply
    }

    #[test]
    fn formats_by_name_and_extension() {
        assert_eq!(Format::from_name("YML"), Some(Format::Yaml));
        assert_eq!(Format::from_path(Path::new("a/b.Json")), Some(Format::Json));
        assert_eq!(Format::from_path(Path::new("a/b")), None);
        assert_eq!(
            Format::all_extensions(),
            ".json, .toml, .yaml, .yml, .txt, .md, .markdown, .csv, .docx, .odt, .pdf"
        );
        assert_eq!(Format::sniff(b"%PDF-1.7"), Some(Format::Pdf));
        assert_eq!(Format::sniff(b"PK\x03\x04rest"), Some(Format::Docx));
        assert_eq!(Format::from_name("markdown"), Some(Format::Md));
        assert_eq!(Format::sniff(b"\xEF\xBB\xBF  {"), Some(Format::Json));
        assert_eq!(Format::sniff(b"a: 1"), None);
    }

    #[test]
    fn every_format_reads_back_what_it_wrote() {
        let schema = Schema::honlea();
        let reply = sample();
        for format in Format::ALL.into_iter().filter(|f| f.is_written()) {
            let bytes = write(format, &reply, &schema);
            let loaded = load(format, &bytes, &schema);
            let text = String::from_utf8_lossy(&bytes);
            let unexpected: Vec<_> = loaded
                .diagnostics
                .iter()
                // Forms also say which answers are left open.
                .filter(|d| !matches!(d.code, Code::UnknownAnswer | Code::UnmarkedAnswer))
                .collect();
            assert!(unexpected.is_empty(), "{format}: {unexpected:?}\n{text}");
            assert!(!loaded.lossy, "{format}");
            assert_eq!(loaded.reply.as_ref(), Some(&reply), "{format}:\n{text}");
        }
    }

    #[test]
    fn writing_lists_every_field_and_item() {
        let schema = Schema::honlea();
        let json = String::from_utf8(write(Format::Json, &Reply::empty(&schema), &schema)).unwrap();
        for id in schema.item_ids() {
            assert!(json.contains(&format!("\"{id}\"")), "{id}");
        }
        assert!(json.contains("\"telephone\": null"));
    }

    #[test]
    fn bad_text_is_a_parse_error_with_a_place() {
        let schema = Schema::honlea();
        let loaded = load(Format::Json, b"{\n\"a\": \xff}", &schema);
        assert_eq!(loaded.diagnostics[0].code, Code::ParseError);
        assert_eq!(loaded.diagnostics[0].line, Some(2));
        assert!(loaded.reply.is_none());
        let loaded = load(Format::Yaml, b"", &schema);
        assert_eq!(loaded.diagnostics[0].message, "the file is empty");
    }
}
