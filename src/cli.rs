//! The command line, as clap structs. [`crate::app`] turns them into the
//! checked options each command takes; the core never sees clap types.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

const ABOUT: &str =
    "Fill, validate, convert and compile replies to YES/NO + comments questionnaires";

const LONG_ABOUT: &str = "\
qnr fills, validates, converts and compiles replies to questionnaires answered \
item by item with YES/NO and comments. Its default questionnaire, embedded in \
the binary, is UNODC's questionnaire on the implementation of the recommendations \
of a Meeting of Heads of National Drug Law Enforcement Agencies (HONLEA): four \
issues, sixteen recommendations. Any questionnaire of that shape can be described \
in a TOML schema and used with --schema.";

const EXAMPLES: &str = "\
Examples:
  qnr fill reply.json              answer the questionnaire in the terminal
  qnr new -o reply.json            write an empty reply to fill in
  qnr validate reply.json          check one reply
  qnr validate replies/ --strict   check every reply in a folder, warnings as errors
  qnr convert reply.json -o reply.yaml
  qnr schema show                  print the questionnaire
  qnr report replies/ -o report.html   compile every reply in a folder
  qnr diff old.json new.json       what changed between two replies

Exit codes: 0 success · 1 a file has problems (validate), replies differ (diff) · 2 usage error, missing \
or unreadable path, bad schema, refused overwrite.";

#[derive(Debug, Parser)]
#[command(name = "qnr", version, about = ABOUT, long_about = LONG_ABOUT, after_help = EXAMPLES)]
pub struct Cli {
    /// Questionnaire schema (TOML) to use instead of the embedded HONLEA one.
    #[arg(long, global = true, env = "QNR_SCHEMA", value_name = "FILE")]
    pub schema: Option<PathBuf>,

    /// When to colour output: auto colours a terminal unless NO_COLOR is set.
    #[arg(long, global = true, value_enum, default_value_t = ColorArg::Auto, value_name = "WHEN")]
    pub color: ColorArg,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Fill in a reply interactively; saves after every answer and resumes a draft.
    #[command(after_help = FILL_EXAMPLES)]
    Fill(FillArgs),

    /// Check replies for completeness and correctness.
    #[command(after_help = VALIDATE_EXAMPLES)]
    Validate(ValidateArgs),

    /// Write an empty reply: every field and every recommendation, unanswered.
    #[command(after_help = NEW_EXAMPLES)]
    New(NewArgs),

    /// Convert a reply between formats (by extension, or --from/--to).
    #[command(after_help = CONVERT_EXAMPLES)]
    Convert(ConvertArgs),

    /// Compile many replies into one report: who replied, YES/NO figures,
    /// every comment, and the files left out.
    #[command(after_help = REPORT_EXAMPLES)]
    Report(ReportArgs),

    /// Compare two replies recommendation by recommendation.
    #[command(after_help = DIFF_EXAMPLES)]
    Diff(DiffArgs),

    /// Print, check or export the questionnaire schema.
    #[command(subcommand)]
    Schema(SchemaCommand),

    /// Print a shell completion script.
    #[command(
        after_help = "Example:\n  qnr completions bash > ~/.local/share/bash-completion/completions/qnr"
    )]
    Completions {
        /// The shell to complete for.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },

    /// Print the manual page (roff).
    #[command(after_help = "Example:\n  qnr man | man -l -")]
    Man,
}

const VALIDATE_EXAMPLES: &str = "\
Examples:
  qnr validate reply.json
  qnr validate examples/                  every reply file under the folder
  qnr validate replies/ --ext json,yaml   only JSON and YAML files
  qnr validate reply.yaml --strict        warnings count as errors
  qnr validate replies/ --format json     machine-readable findings
  qnr validate 'replies/**/*.json' --format github   annotations in GitHub Actions
  qnr validate replies/ --format sarif > qnr.sarif   for code-scanning dashboards
  cat reply.json | qnr validate - --from json

Exit codes: 0 every file valid (warnings allowed unless --strict) · 1 a file has \
problems · 2 a path is missing or unreadable, or a folder or pattern has no reply files.";

const FILL_EXAMPLES: &str = "\
Examples:
  qnr fill                                  fill reply.json in this folder (created at the first answer)
  qnr fill reply.yaml                       a new reply, or resume a draft at its first unanswered item
  qnr fill reply.json --only-missing        ask only what validation would report as missing
  qnr fill reply.json --review              walk everything, current answers as defaults
  qnr fill reply.json --goto II.4           start at one recommendation (or a field: --goto email)
  qnr fill reply.json --carry-forward last-round.json
  qnr fill reply.json --editor              write every comment in $VISUAL/$EDITOR

Keys: y/n answer · Enter keeps what is shown · b back · s skip · g go to · q save and quit · ? help.
Comments: a paragraph per line, an empty line finishes, Tab opens the editor.
Plain mode (--plain, TERM=dumb or ACCESSIBLE set): numbered choices, one line per prompt.

Exit codes: 0 finished or saved and quit · 2 not a terminal, a file qnr cannot fill, \
a bad schema · 130 interrupted by Ctrl-C (every confirmed answer is saved).";

const NEW_EXAMPLES: &str = "\
Examples:
  qnr new -o reply.json
  qnr new -o reply.yaml            YAML, with each recommendation's text as a comment
  qnr new --to toml > reply.toml";

const CONVERT_EXAMPLES: &str = "\
Examples:
  qnr convert reply.json -o reply.yaml
  qnr convert reply.yaml -o reply.json --force   replace an existing reply.json
  qnr convert reply.toml --to json               to standard output
  cat reply.json | qnr convert - --from json --to yaml
  qnr convert reply.txt -o reply.json            the UN form saved as text, read into a reply
  qnr convert reply.json -o reply.md             a printable form (also .txt, .csv)

A file that cannot be read without losing something (a syntax error, a duplicate \
key, an invalid answer) is not converted: the findings say what to fix.";

const REPORT_EXAMPLES: &str = "\
Examples:
  qnr report replies/ -o report.html                  a printable report with charts
  qnr report replies/ --cutoff 2019-08-09 -o note.md  late replies left out and listed
  qnr report 'replies/**/*.json' -o figures.csv       one row per country and recommendation
  qnr report replies/ --format json | jq .recommendations
  qnr report replies/ --include-invalid -o drafts.html   count drafts too

Files that do not validate, second replies from one country (the later date \
counts), replies to another questionnaire and late replies are left out and \
listed under Problems.

Exit codes: 0 the report was written (even with files left out) · 2 usage \
error, a missing path, no reply files, a refused overwrite.";

const DIFF_EXAMPLES: &str = "\
Examples:
  qnr diff last-year.json reply.json
  qnr diff reply.docx reply.json           any two formats qnr reads
  qnr diff a.yaml b.yaml --format json     for tools

Exit codes: 0 the replies say the same · 1 they differ · 2 a file cannot be \
read whole, usage error.";

#[derive(Debug, Args)]
pub struct ReportArgs {
    /// Reply files, folders, or glob patterns qnr expands itself (quote
    /// them: 'replies/**/*.json').
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,

    /// Where to write; standard output when absent or `-`.
    #[arg(short, long, value_name = "OUT")]
    pub output: Option<PathBuf>,

    /// What to write (default: from the output's extension, else Markdown).
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub format: Option<ReportKindArg>,

    /// Leave out replies dated after this day (YYYY-MM-DD) and list them.
    #[arg(long, value_name = "DATE", value_parser = parse_cutoff)]
    pub cutoff: Option<String>,

    /// Count replies that do not validate (drafts) too; they are still listed.
    #[arg(long)]
    pub include_invalid: bool,

    /// Replace the output file if it exists.
    #[arg(short, long)]
    pub force: bool,

    /// Read every file as this format, whatever its extension.
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub from: Option<FormatArg>,

    /// In folders, only read files with these extensions (comma-separated).
    #[arg(long, value_enum, value_delimiter = ',', value_name = "EXT")]
    pub ext: Vec<FormatArg>,

    /// Files read at once (default: one per core).
    #[arg(short, long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    pub jobs: Option<u16>,
}

fn parse_cutoff(text: &str) -> Result<String, String> {
    if crate::validate::is_iso_date(text) {
        Ok(text.to_string())
    } else {
        Err("expected a date written YYYY-MM-DD, such as 2019-08-09".to_string())
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ReportKindArg {
    /// Markdown.
    #[value(alias = "markdown")]
    Md,
    /// One printable HTML file with charts.
    #[value(alias = "htm")]
    Html,
    /// One row per country and recommendation.
    Csv,
    /// The figures for other tools.
    Json,
}

#[derive(Debug, Args)]
pub struct DiffArgs {
    /// The earlier reply; `-` reads standard input (needs --from).
    #[arg(value_name = "A")]
    pub a: PathBuf,

    /// The later reply.
    #[arg(value_name = "B")]
    pub b: PathBuf,

    /// How to print the differences.
    #[arg(long, value_enum, default_value_t = DiffFormat::Human)]
    pub format: DiffFormat,

    /// Read both files as this format, whatever their extensions.
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub from: Option<FormatArg>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum DiffFormat {
    /// For people, coloured in a terminal.
    Human,
    /// One JSON object.
    Json,
}

#[derive(Debug, Args)]
pub struct ValidateArgs {
    /// Reply files, folders, or glob patterns qnr expands itself (quote
    /// them: 'replies/**/*.json'); `-` reads standard input (needs --from).
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,

    /// Count warnings as errors.
    #[arg(long)]
    pub strict: bool,

    /// How to print the findings.
    #[arg(long, value_enum, default_value_t = ReportFormat::Human)]
    pub format: ReportFormat,

    /// Read every file as this format, whatever its extension.
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub from: Option<FormatArg>,

    /// In folders, only check files with these extensions (comma-separated).
    #[arg(long, value_enum, value_delimiter = ',', value_name = "EXT")]
    pub ext: Vec<FormatArg>,

    /// Files to check at once (default: one per core).
    #[arg(short, long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    pub jobs: Option<u16>,
}

#[derive(Debug, Args)]
pub struct FillArgs {
    /// The reply to fill (.json, .toml, .yaml); default `reply.json` here, or
    /// the one `reply.*` file here.
    #[arg(value_name = "FILE")]
    pub file: Option<PathBuf>,

    /// Ask only what is missing: required fields, answers, expected comments.
    #[arg(long, conflicts_with = "review")]
    pub only_missing: bool,

    /// Walk every question from the start, current answers as defaults.
    #[arg(long)]
    pub review: bool,

    /// Start at one recommendation (`II.4`) or respondent field (`email`).
    #[arg(long, value_name = "ID")]
    pub goto: Option<String>,

    /// Last round's reply: its answers are offered as defaults, and the
    /// summary marks what changed.
    #[arg(long, value_name = "FILE")]
    pub carry_forward: Option<PathBuf>,

    /// Write every comment in $VISUAL/$EDITOR.
    #[arg(long)]
    pub editor: bool,

    /// No redraws, numbered choices, one line per prompt (also with TERM=dumb
    /// or ACCESSIBLE set), for screen readers.
    #[arg(long)]
    pub plain: bool,
}

#[derive(Debug, Args)]
pub struct NewArgs {
    /// Where to write; standard output when absent or `-`.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Format to write (default: from the output's extension, else JSON).
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub to: Option<FormatArg>,

    /// Replace the output file if it exists.
    #[arg(short, long)]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct ConvertArgs {
    /// The reply to convert; `-` reads standard input.
    #[arg(value_name = "IN")]
    pub input: PathBuf,

    /// Where to write; standard output when absent or `-`.
    #[arg(short, long, value_name = "OUT")]
    pub output: Option<PathBuf>,

    /// Format of the input (default: from its extension).
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub from: Option<FormatArg>,

    /// Format to write (default: from the output's extension, else JSON).
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub to: Option<FormatArg>,

    /// Replace the output file if it exists.
    #[arg(short, long)]
    pub force: bool,
}

#[derive(Debug, Subcommand)]
pub enum SchemaCommand {
    /// Print the questionnaire: issues, recommendations, ids and texts.
    #[command(after_help = "Examples:\n  qnr schema show\n  qnr --schema other.toml schema show")]
    Show,

    /// Check a schema file; problems are shown with line and column.
    #[command(after_help = "Example:\n  qnr schema check my-questionnaire.toml")]
    Check {
        /// The schema file (TOML).
        #[arg(value_name = "FILE")]
        file: PathBuf,
    },

    /// Write a JSON Schema (draft 2020-12) for reply files, for editors and
    /// other validators: a reply is valid for it exactly when `qnr validate`
    /// finds no error (warnings are not in it; duplicate keys cannot be).
    #[command(
        name = "json-schema",
        after_help = "Examples:\n  qnr schema json-schema > honlea.schema.json\n  qnr --schema other.toml schema json-schema -o other.schema.json"
    )]
    JsonSchema {
        /// Where to write; standard output when absent or `-`.
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,

        /// Replace the output file if it exists.
        #[arg(short, long)]
        force: bool,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ColorArg {
    Auto,
    Always,
    Never,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    /// Like a compiler: message, file:line:column, the source line and a caret.
    Human,
    /// One JSON array, an object per file.
    Json,
    /// GitHub Actions workflow commands: annotations on the file and line.
    Github,
    /// JUnit XML: a test case per file, a failure per error.
    Junit,
    /// SARIF 2.1.0, for code-scanning dashboards.
    Sarif,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    Json,
    Toml,
    #[value(alias = "yml")]
    Yaml,
    /// The UN form as plain text, laid out as the printed form.
    Txt,
    /// The UN form as printable Markdown.
    #[value(alias = "markdown")]
    Md,
    /// One row per recommendation, for spreadsheets.
    Csv,
    /// The UN form as a Word document.
    Docx,
    /// The UN form as an OpenDocument text (LibreOffice).
    Odt,
    /// The UN form printed to PDF, read from its text layer (read only).
    Pdf,
}

impl From<FormatArg> for crate::formats::Format {
    fn from(arg: FormatArg) -> Self {
        use crate::formats::Format;
        match arg {
            FormatArg::Json => Format::Json,
            FormatArg::Toml => Format::Toml,
            FormatArg::Yaml => Format::Yaml,
            FormatArg::Txt => Format::Txt,
            FormatArg::Md => Format::Md,
            FormatArg::Csv => Format::Csv,
            FormatArg::Docx => Format::Docx,
            FormatArg::Odt => Format::Odt,
            FormatArg::Pdf => Format::Pdf,
        }
    }
}

impl From<ColorArg> for crate::color::ColorChoice {
    fn from(arg: ColorArg) -> Self {
        use crate::color::ColorChoice;
        match arg {
            ColorArg::Auto => ColorChoice::Auto,
            ColorArg::Always => ColorChoice::Always,
            ColorArg::Never => ColorChoice::Never,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_command_line_is_consistent() {
        Cli::command().debug_assert();
    }
}
