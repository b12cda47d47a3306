//! `--format github`: GitHub Actions workflow commands, so that each finding
//! shows as an annotation on the file and line in a pull request:
//! `::error file=…,line=…,col=…,title=CODE::message`. Text from the reply is
//! escaped as the Actions toolkit does, so it cannot end the command early
//! or start a new one.

use std::io::{self, Write};

use super::{Printer, end_of};
use crate::diagnostic::Findings;
use crate::diagnostic::Severity;
use crate::diagnostic::Totals;
use crate::escape::terminal::for_terminal;
use crate::text::LineIndex;

pub(crate) struct Github<'w> {
    out: &'w mut dyn Write,
}

impl<'w> Github<'w> {
    pub(crate) fn new(out: &'w mut dyn Write) -> Self {
        Github { out }
    }
}

impl Printer for Github<'_> {
    fn file(&mut self, report: &Findings) -> io::Result<()> {
        let text = report.text.as_deref();
        let index = text.map(LineIndex::new);
        for d in &report.diagnostics {
            let command = match d.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
            };
            let mut properties = vec![("file", report.path.to_string())];
            if let (Some(line), Some(column)) = (d.line, d.column) {
                properties.push(("line", line.to_string()));
                properties.push(("col", column.to_string()));
                let end = text
                    .zip(index.as_ref())
                    .and_then(|(text, index)| end_of(d, text, index, true));
                if let Some((end_line, end_column)) = end {
                    properties.push(("endLine", end_line.to_string()));
                    properties.push(("endColumn", end_column.to_string()));
                }
            }
            properties.push(("title", d.code.as_str().to_string()));
            let properties: Vec<String> = properties
                .iter()
                .map(|(key, value)| format!("{key}={}", escape_property(value)))
                .collect();
            let message = format!("{}{}", d.message, super::help_line(d));
            writeln!(
                self.out,
                "::{command} {}::{}",
                properties.join(","),
                escape_data(&message)
            )?;
        }
        Ok(())
    }

    fn finish(&mut self, totals: &Totals) -> io::Result<()> {
        writeln!(self.out, "{}", totals.line())
    }
}

/// The message of a command: `%`, CR and LF escaped (actions/toolkit
/// `escapeData`); other control characters are shown, not obeyed.
pub(crate) fn escape_data(text: &str) -> String {
    let escaped = text
        .replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A");
    for_terminal(&escaped).into_owned()
}

/// A property value: as [`escape_data`], and `:` and `,` too (`escapeProperty`).
pub(crate) fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::{Code, Diagnostic, locate};

    fn shown(report: &Findings) -> String {
        let mut out = Vec::new();
        let mut github = Github::new(&mut out);
        github.file(report).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn each_finding_is_one_workflow_command_with_its_place() {
        let text = "{\n  \"answers\": {\"I.1\": {\"action_taken\": \"YES\"}}\n}\n";
        let at = text.find("\"YES\"").unwrap();
        let mut diagnostics = vec![
            Diagnostic::error(
                Code::InvalidChoice,
                "Issue I, Recommendation 1 (I.1): `YES` is not an answer to 'Any action taken'",
            )
            .at(at..at + 5)
            .with_help("write `yes` in lower case"),
            Diagnostic::warning(Code::MissingComment, "no comment").at(at..at + 5),
        ];
        locate(&mut diagnostics, Some(text));
        let report = Findings {
            path: "replies/a.json".into(),
            text: Some(text.into()),
            diagnostics,
            unreadable: false,
        };
        let lines: Vec<String> = shown(&report).lines().map(String::from).collect();
        assert_eq!(
            lines[0],
            "::error file=replies/a.json,line=2,col=39,endLine=2,endColumn=43,title=invalid-choice::Issue I, Recommendation 1 (I.1): `YES` is not an answer to 'Any action taken'%0Ahelp: write `yes` in lower case"
        );
        assert!(lines[1].starts_with("::warning file=replies/a.json,line=2,col=39,"));
        assert_eq!(lines.len(), 2);
    }

    #[test]
    fn text_from_the_file_cannot_break_out_of_the_command() {
        let report = Findings {
            path: "a,b:c%d.json".into(),
            text: None,
            diagnostics: vec![Diagnostic::error(
                Code::UnknownField,
                "unknown key `x\n::error file=evil::owned\r%0A` in the reply",
            )],
            unreadable: false,
        };
        let out = shown(&report);
        assert_eq!(out.lines().count(), 1, "{out}");
        assert!(
            out.starts_with("::error file=a%2Cb%3Ac%25d.json,title=unknown-field::"),
            "{out}"
        );
        assert!(
            out.contains("x%0A::error file=evil::owned%0D%250A"),
            "{out}"
        );
    }

    #[test]
    fn escaping_follows_the_actions_toolkit() {
        assert_eq!(escape_data("a%b\r\nc:d,e"), "a%25b%0D%0Ac:d,e");
        assert_eq!(escape_property("a%b\r\nc:d,e"), "a%25b%0D%0Ac%3Ad%2Ce");
        assert_eq!(escape_data("bell\u{7}"), "bell\\u{7}");
    }
}
