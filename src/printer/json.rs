//! `--format json` (docs/design.md, "Machine-readable output"): one array, one object per file, streamed so
//! that memory stays flat over thousands of files.

use std::io::{self, Write};

use serde::Serialize;

use super::Printer;
use crate::diagnostic::Findings;
use crate::diagnostic::Totals;
use crate::escape::json::escape_unsafe;

pub(crate) struct Json<'w> {
    out: &'w mut dyn Write,
    first: bool,
}

impl<'w> Json<'w> {
    pub(crate) fn new(out: &'w mut dyn Write) -> Self {
        Json { out, first: true }
    }
}

#[derive(Serialize)]
struct FileJson<'a> {
    file: &'a str,
    valid: bool,
    diagnostics: Vec<DiagnosticJson<'a>>,
}

#[derive(Serialize)]
struct DiagnosticJson<'a> {
    severity: &'a str,
    code: &'a str,
    message: &'a str,
    line: Option<usize>,
    column: Option<usize>,
    id: Option<&'a str>,
    help: Option<&'a str>,
}

/// The JSON object for one file's report.
pub(crate) fn file_json(report: &Findings) -> serde_json::Value {
    let value = FileJson {
        file: report.path.as_str(),
        valid: report.valid(),
        diagnostics: report
            .diagnostics
            .iter()
            .map(|d| DiagnosticJson {
                severity: d.severity.as_str(),
                code: d.code.as_str(),
                message: &d.message,
                line: d.line,
                column: d.column,
                id: d.id.as_deref(),
                help: d.help.as_deref(),
            })
            .collect(),
    };
    serde_json::to_value(value).unwrap_or_default()
}

impl Printer for Json<'_> {
    fn file(&mut self, report: &Findings) -> io::Result<()> {
        let separator = if self.first { "[\n" } else { ",\n" };
        self.first = false;
        let text = serde_json::to_string_pretty(&file_json(report)).map_err(io::Error::other)?;
        write!(self.out, "{separator}{}", escape_unsafe(&text))
    }

    fn finish(&mut self, _summary: &Totals) -> io::Result<()> {
        if self.first {
            writeln!(self.out, "[]")
        } else {
            writeln!(self.out, "\n]")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::{Code, Diagnostic};

    #[test]
    fn writes_the_design_shape() {
        let report = Findings {
            path: "a.json".into(),
            text: None,
            diagnostics: vec![
                Diagnostic::error(Code::MissingAnswer, "m")
                    .with_id("I.1")
                    .at_line(4, 5),
            ],
            unreadable: false,
        };
        let mut out = Vec::new();
        let mut json = Json::new(&mut out);
        json.file(&report).unwrap();
        json.file(&report).unwrap();
        json.finish(&Totals::default()).unwrap();
        let value: serde_json::Value = serde_json::from_slice(&out).unwrap();
        assert_eq!(value.as_array().unwrap().len(), 2);
        assert_eq!(value[0]["file"], "a.json");
        assert_eq!(value[0]["valid"], false);
        let d = &value[0]["diagnostics"][0];
        assert_eq!(d["severity"], "error");
        assert_eq!(d["code"], "missing-answer");
        assert_eq!(d["line"], 4);
        assert_eq!(d["column"], 5);
        assert_eq!(d["id"], "I.1");
    }

    #[test]
    fn del_c1_and_bidi_controls_are_escaped_and_read_back_the_same() {
        let message = "a\u{7f}b\u{9b}31m\u{202e}txt\u{2066}";
        let report = Findings {
            path: "r\u{202e}.json".into(),
            text: None,
            diagnostics: vec![Diagnostic::error(Code::ParseError, message)],
            unreadable: false,
        };
        let mut out = Vec::new();
        let mut json = Json::new(&mut out);
        json.file(&report).unwrap();
        json.finish(&Totals::default()).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(
            text.contains("\\u202e") && text.contains("\\u009b"),
            "{text}"
        );
        assert!(
            !text.chars().any(|c| c.is_control() && c != '\n'),
            "{text:?}"
        );
        let value: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(value[0]["diagnostics"][0]["message"], message);
        assert_eq!(value[0]["file"], "r\u{202e}.json");
    }

    #[test]
    fn no_files_is_an_empty_array() {
        let mut out = Vec::new();
        Json::new(&mut out).finish(&Totals::default()).unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), "[]\n");
    }
}
