//! The command line, as clap structs: plain data, as parsed. [`options`]
//! turns them into the checked options each command takes (ripgrep's low
//! and high arguments); the commands never see clap types.

mod help;
mod options;

pub(crate) use options::Plan;

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use help::*;

#[derive(Debug, Parser)]
// `bin_name`: usage lines say `qnr`, also where the program is `qnr.exe`.
#[command(name = "qnr", bin_name = "qnr", version, about = ABOUT, long_about = LONG_ABOUT, after_help = EXAMPLES)]
pub struct Cli {
    /// Questionnaire schema (TOML) to use instead of the embedded HONLEA one.
    #[arg(long, global = true, env = "QNR_SCHEMA", value_name = "FILE")]
    pub schema: Option<PathBuf>,

    /// When to colour output: auto colours a terminal unless NO_COLOR is set.
    #[arg(long, global = true, value_enum, default_value_t = ColorArg::Auto, value_name = "WHEN")]
    pub color: ColorArg,

    /// Language of messages and forms (default: the locale, LC_ALL,
    /// LC_MESSAGES or LANG, else the schema's language).
    #[arg(long, global = true, env = "QNR_LANG", value_enum, value_name = "LANG")]
    pub lang: Option<LangArg>,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Fill in a reply interactively; saves after every answer and resumes a draft.
    #[command(after_help = FILL_EXAMPLES)]
    Fill(FillArgs),

    /// Check replies for completeness and correctness.
    #[command(
        after_help = VALIDATE_EXAMPLES,
        mut_arg("paths", |a| a.help(VALIDATE_PATHS)),
        mut_arg("ext", |a| a.help("In folders, only check files with these extensions (comma-separated)")),
        mut_arg("jobs", |a| a.help("Files to check at once (default: one per core)")),
    )]
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

#[derive(Debug, Args)]
pub struct ReportArgs {
    /// Where to write; standard output when absent or `-`.
    #[arg(short, long, value_name = "OUT")]
    pub output: Option<PathBuf>,

    /// What to write (default: from the output's extension, else Markdown).
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub format: Option<ReportFormatArg>,

    /// Leave out replies dated after this day (YYYY-MM-DD) and list them.
    #[arg(long, value_name = "DATE", value_parser = parse_cutoff)]
    pub cutoff: Option<String>,

    /// The States expected to reply, for the response rate and who has not
    /// replied: a file (one State a line, or CSV with a region column), or
    /// the built-in list: un:all, un:members, un:africa, un:asia-pacific,
    /// un:latin-america-caribbean, un:europe, un:near-middle-east.
    #[arg(long, value_name = "LIST", value_parser = parse_expected)]
    pub expected: Option<String>,

    /// The replies of the last round (files, folders, patterns), to compare
    /// with: YES then and now, who changed, who replied then and not now.
    #[arg(long, value_name = "PATH", num_args = 1..)]
    pub previous: Vec<PathBuf>,

    /// Count replies that do not validate (drafts) too; they are still listed.
    #[arg(long)]
    pub include_invalid: bool,

    /// Replace the output file if it exists.
    #[arg(short, long)]
    pub force: bool,

    #[command(flatten)]
    pub input: InputArgs,
}

/// The replies `validate` and `report` read: paths, the format to read them
/// as, and how many to read at once. (`validate` words three helps its own
/// way: see its `mut_arg`s.)
#[derive(Debug, Args)]
pub struct InputArgs {
    /// Reply files, folders, or glob patterns qnr expands itself (quote
    /// them: 'replies/**/*.json').
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,

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

/// A `--cutoff` that is a real date.
fn parse_cutoff(text: &str) -> Result<String, String> {
    match crate::report::IsoDate::parse(text) {
        Some(_) => Ok(text.to_string()),
        None => Err("expected a date written YYYY-MM-DD, such as 2019-08-09".to_string()),
    }
}

/// An `--expected` list: `un:GROUP` or a file name.
fn parse_expected(text: &str) -> Result<String, String> {
    crate::report::ExpectedSpec::parse(text).map(|_| text.to_string())
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ReportFormatArg {
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
    /// The note by the secretariat, in Word, ready to edit.
    Docx,
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
    #[arg(long, value_enum, default_value_t = DiffFormatArg::Human)]
    pub format: DiffFormatArg,

    /// Read both files as this format, whatever their extensions.
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub from: Option<FormatArg>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum DiffFormatArg {
    /// For people, coloured in a terminal.
    Human,
    /// One JSON object.
    Json,
}

#[derive(Debug, Args)]
pub struct ValidateArgs {
    /// Count warnings as errors.
    #[arg(long)]
    pub strict: bool,

    /// How to print the findings.
    #[arg(long, value_enum, default_value_t = ValidateFormatArg::Human)]
    pub format: ValidateFormatArg,

    #[command(flatten)]
    pub input: InputArgs,
}

#[derive(Debug, Args)]
pub struct FillArgs {
    /// The reply to fill, in any format qnr writes (.json, .toml, .yaml,
    /// .txt, .md, .csv, .docx); default `reply.json` here, or the one
    /// `reply.*` file here.
    #[arg(value_name = "FILE")]
    pub file: Option<PathBuf>,

    /// Fill into this new file instead, starting from FILE's answers (FILE
    /// is left untouched); a form with a layout of its own always is.
    #[arg(short, long, value_name = "NEW")]
    pub output: Option<PathBuf>,

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
    /// Print the questionnaire: issues, recommendations, ids and texts; or
    /// the schema in use as TOML or JSON, to copy and edit.
    #[command(
        after_help = "Examples:\n  qnr schema show\n  qnr --schema other.toml schema show\n  qnr schema show --format toml > next-round.toml"
    )]
    Show {
        /// `human` to read; `toml` (as `--schema` reads it) or `json` (the same keys).
        #[arg(long, value_enum, default_value_t = ShowFormatArg::Human)]
        format: ShowFormatArg,
    },

    /// Read the schema out of a questionnaire form (.docx, .odt, .txt or .md,
    /// blank or filled; English, French, Spanish or Russian). What was found
    /// is listed on standard error, each guess flagged `?`.
    #[command(
        after_help = "Examples:\n  qnr schema import questionnaire.docx -o next-round.toml\n  qnr schema import reply.txt --id honlea --version 2024 > honlea-2024.toml"
    )]
    Import {
        /// The form: a Word or OpenDocument file, plain text or Markdown.
        #[arg(value_name = "FORM")]
        form: PathBuf,

        /// Where to write the schema; standard output when absent or `-`.
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,

        /// Replace the output file if it exists.
        #[arg(short, long)]
        force: bool,

        /// The questionnaire's id (default: from a form qnr wrote, else the file name).
        #[arg(long, value_name = "ID")]
        id: Option<String>,

        /// The round (default: from a form qnr wrote, else a year the form names).
        #[arg(long, value_name = "VERSION")]
        version: Option<String>,
    },

    /// Write a commented schema to start from: every key explained, the
    /// texts placeholders in the language of `--lang` (or the locale's).
    #[command(
        after_help = "Examples:\n  qnr schema init -o my-questionnaire.toml\n  qnr schema init --lang fr -o questionnaire-afrique.toml"
    )]
    Init {
        /// Where to write; standard output when absent or `-`.
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,

        /// Replace the output file if it exists.
        #[arg(short, long)]
        force: bool,
    },

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
pub enum ShowFormatArg {
    /// The questionnaire as a person reads it, wrapped to the terminal.
    Human,
    /// The schema file, with a comment on each table.
    Toml,
    /// The schema's keys as JSON.
    Json,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ColorArg {
    Auto,
    Always,
    Never,
}

/// The languages qnr speaks: English, French, Spanish, Russian. (No doc
/// comment per value: clap would then list them one per line in every help.)
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    En,
    Fr,
    Es,
    Ru,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ValidateFormatArg {
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

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_command_line_is_consistent() {
        Cli::command().debug_assert();
    }
}
