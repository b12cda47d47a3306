//! From the command line as parsed to the options each command takes: the
//! one place that knows both clap's types and the commands'. Nothing here
//! can fail or touch a file; what needs the file system or the schema is
//! checked by the command, in the order its messages promise.

use std::path::PathBuf;

use super::{
    Cli, ColorArg, Command, ConvertArgs, DiffArgs, DiffFormatArg, FillArgs, FormatArg, InputArgs,
    LangArg, NewArgs, ReportArgs, ReportFormatArg, SchemaCommand, ShowFormatArg, ValidateArgs,
    ValidateFormatArg,
};
use crate::color::ColorChoice;
use crate::commands::{self, Inputs, Output};
use crate::formats::Format;
use crate::i18n::Lang;
use crate::io::{Discover, Source};

/// What to do once the command line is parsed.
pub(crate) enum Plan {
    /// A command of qnr, run against `--schema`.
    Run {
        command: commands::Command,
        schema: Option<PathBuf>,
        /// `--lang` or `QNR_LANG`.
        lang: Option<Lang>,
    },
    /// Print a shell completion script.
    Completions(clap_complete::Shell),
    /// Print the manual page.
    Man,
}

impl Cli {
    /// What to do. (The colour choice, `self.color`, is the console's.)
    pub(crate) fn plan(self) -> Plan {
        let command = match self.command {
            Command::Completions { shell } => return Plan::Completions(shell),
            Command::Man => return Plan::Man,
            Command::Fill(args) => commands::Command::Fill(args.into()),
            Command::Validate(args) => commands::Command::Validate(args.into()),
            Command::New(args) => commands::Command::New(args.into()),
            Command::Convert(args) => commands::Command::Convert(args.into()),
            Command::Report(args) => commands::Command::Report(args.into()),
            Command::Diff(args) => commands::Command::Diff(args.into()),
            Command::Schema(SchemaCommand::Show { format }) => {
                commands::Command::SchemaShow(commands::schema::ShowOptions {
                    format: match format {
                        ShowFormatArg::Human => commands::schema::ShowFormat::Human,
                        ShowFormatArg::Toml => commands::schema::ShowFormat::Toml,
                        ShowFormatArg::Json => commands::schema::ShowFormat::Json,
                    },
                })
            }
            Command::Schema(SchemaCommand::Import {
                form,
                output,
                force,
                id,
                version,
            }) => commands::Command::SchemaImport(commands::schema::import::ImportOptions {
                form,
                output: Output::new(output, force),
                id,
                version,
            }),
            Command::Schema(SchemaCommand::Init { output, force }) => {
                commands::Command::SchemaInit(commands::schema::InitOptions {
                    output: Output::new(output, force),
                })
            }
            Command::Schema(SchemaCommand::Check { file }) => {
                commands::Command::SchemaCheck(commands::schema::CheckOptions { file })
            }
            Command::Schema(SchemaCommand::JsonSchema { output, force }) => {
                commands::Command::JsonSchema(commands::schema::JsonSchemaOptions {
                    output: Output::new(output, force),
                })
            }
        };
        Plan::Run {
            command,
            schema: self.schema,
            lang: self.lang.map(Into::into),
        }
    }
}

impl From<InputArgs> for Inputs {
    fn from(args: InputArgs) -> Self {
        Inputs {
            paths: args.paths,
            discover: Discover {
                from: args.from.map(Into::into),
                only: args.ext.into_iter().map(Into::into).collect(),
            },
            // Resolved once, here: the commands never see "one per core".
            jobs: args
                .jobs
                .and_then(|n| std::num::NonZeroUsize::new(usize::from(n)))
                .unwrap_or_else(crate::parallel::default_jobs),
        }
    }
}

impl From<ValidateArgs> for commands::validate::Options {
    fn from(args: ValidateArgs) -> Self {
        use commands::validate::FindingsFormat;
        commands::validate::Options {
            inputs: args.input.into(),
            strict: args.strict,
            format: match args.format {
                ValidateFormatArg::Human => FindingsFormat::Human,
                ValidateFormatArg::Json => FindingsFormat::Json,
                ValidateFormatArg::Github => FindingsFormat::Github,
                ValidateFormatArg::Junit => FindingsFormat::Junit,
                ValidateFormatArg::Sarif => FindingsFormat::Sarif,
            },
        }
    }
}

impl From<ReportArgs> for commands::report::Options {
    fn from(args: ReportArgs) -> Self {
        use commands::report::ReportFormat;
        commands::report::Options {
            inputs: args.input.into(),
            // Both were checked as they were parsed.
            cutoff: args
                .cutoff
                .as_deref()
                .and_then(crate::report::IsoDate::parse),
            include_invalid: args.include_invalid,
            expected: args
                .expected
                .as_deref()
                .and_then(|e| crate::report::ExpectedSpec::parse(e).ok()),
            previous: args.previous,
            output: Output::new(args.output, args.force),
            format: args.format.map(|f| match f {
                ReportFormatArg::Md => ReportFormat::Md,
                ReportFormatArg::Html => ReportFormat::Html,
                ReportFormatArg::Csv => ReportFormat::Csv,
                ReportFormatArg::Json => ReportFormat::Json,
                ReportFormatArg::Docx => ReportFormat::Docx,
            }),
        }
    }
}

impl From<NewArgs> for commands::new::Options {
    fn from(args: NewArgs) -> Self {
        commands::new::Options {
            output: Output::new(args.output, args.force),
            to: args.to.map(Into::into),
        }
    }
}

impl From<ConvertArgs> for commands::convert::Options {
    fn from(args: ConvertArgs) -> Self {
        commands::convert::Options {
            input: Source::from_arg(&args.input),
            output: Output::new(args.output, args.force),
            from: args.from.map(Into::into),
            to: args.to.map(Into::into),
        }
    }
}

impl From<DiffArgs> for commands::diff::Options {
    fn from(args: DiffArgs) -> Self {
        commands::diff::Options {
            a: Source::from_arg(&args.a),
            b: Source::from_arg(&args.b),
            from: args.from.map(Into::into),
            json: args.format == DiffFormatArg::Json,
        }
    }
}

impl From<FillArgs> for commands::fill::Options {
    fn from(args: FillArgs) -> Self {
        commands::fill::Options {
            file: args.file,
            output: args.output,
            only_missing: args.only_missing,
            review: args.review,
            goto: args.goto,
            carry_forward: args.carry_forward,
            editor: args.editor,
            plain: args.plain,
        }
    }
}

impl From<FormatArg> for Format {
    fn from(arg: FormatArg) -> Self {
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

impl From<ColorArg> for ColorChoice {
    fn from(arg: ColorArg) -> Self {
        match arg {
            ColorArg::Auto => ColorChoice::Auto,
            ColorArg::Always => ColorChoice::Always,
            ColorArg::Never => ColorChoice::Never,
        }
    }
}

impl From<LangArg> for Lang {
    fn from(arg: LangArg) -> Self {
        match arg {
            LangArg::En => Lang::En,
            LangArg::Fr => Lang::Fr,
            LangArg::Es => Lang::Es,
            LangArg::Ru => Lang::Ru,
        }
    }
}
