//! `--format sarif`: SARIF 2.1.0, the format code-scanning dashboards read
//! (GitHub's `upload-sarif`, Azure DevOps, VS Code's SARIF viewer). One run;
//! the tool's rules are qnr's stable codes; each finding is a result with its
//! file, line and column. Results are streamed as files arrive.

use std::io::{self, Write};

use serde_json::{Value, json};

use super::{Printer, end_of};
use crate::diagnostic::{Code, Diagnostic, FileName, Findings, Severity, Totals};
use crate::i18n::t;
use crate::text::LineIndex;

pub(crate) struct Sarif<'w> {
    out: &'w mut dyn Write,
    started: bool,
    first_result: bool,
}

impl<'w> Sarif<'w> {
    pub(crate) fn new(out: &'w mut dyn Write) -> Self {
        Sarif {
            out,
            started: false,
            first_result: true,
        }
    }

    /// Everything before the results: the log, the run and the tool's rules.
    fn start(&mut self) -> io::Result<()> {
        if self.started {
            return Ok(());
        }
        self.started = true;
        let driver = json!({
            "name": "qnr",
            "version": env!("CARGO_PKG_VERSION"),
            "semanticVersion": env!("CARGO_PKG_VERSION"),
            "rules": Code::ALL.iter().map(|&code| rule(code)).collect::<Vec<_>>(),
        });
        let head = json!({
            "tool": {"driver": driver},
            "columnKind": "unicodeCodePoints",
        });
        let head = serde_json::to_string(&head).map_err(io::Error::other)?;
        // `head` is an object: write it without its closing brace, then the results.
        let head = head.strip_suffix('}').unwrap_or(&head);
        write!(
            self.out,
            "{{\"$schema\":\"https://json.schemastore.org/sarif-2.1.0.json\",\"version\":\"2.1.0\",\"runs\":[{head},\"results\":["
        )
    }
}

impl Printer for Sarif<'_> {
    fn file(&mut self, report: &Findings) -> io::Result<()> {
        self.start()?;
        let index = report.text.as_deref().map(LineIndex::new);
        for d in &report.diagnostics {
            let result = result(d, report, index.as_ref());
            let separator = if self.first_result { "\n" } else { ",\n" };
            self.first_result = false;
            let text = serde_json::to_string(&result).map_err(io::Error::other)?;
            // Bidi isolates and C1 controls from a file, as JSON `\u` escapes.
            let text = crate::escape::json::escape_unsafe(&text);
            write!(self.out, "{separator}{text}")?;
        }
        Ok(())
    }

    fn finish(&mut self, _summary: &Totals) -> io::Result<()> {
        self.start()?;
        writeln!(self.out, "\n]}}]}}")
    }
}

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    }
}

fn result(d: &Diagnostic, report: &Findings, index: Option<&LineIndex>) -> Value {
    let message = format!("{}{}", d.message, super::help_line(d));
    let mut result = json!({
        "ruleId": d.code.as_str(),
        "ruleIndex": Code::ALL.iter().position(|&c| c == d.code).unwrap_or(0),
        "level": level(d.severity),
        "message": {"text": message},
    });
    // Standard input has no place a dashboard could show.
    if let FileName::Path(path) = &report.path {
        let mut physical = json!({"artifactLocation": {"uri": uri(path)}});
        if let (Some(line), Some(column)) = (d.line, d.column) {
            let mut region = json!({"startLine": line, "startColumn": column});
            if let (Some(text), Some(index)) = (report.text.as_deref(), index)
                && let Some((end_line, end_column)) = end_of(d, text, index, false)
            {
                region["endLine"] = json!(end_line);
                region["endColumn"] = json!(end_column);
            }
            physical["region"] = region;
        }
        result["locations"] = json!([{"physicalLocation": physical}]);
    }
    if let Some(id) = &d.id {
        result["properties"] = json!({"id": id});
    }
    result
}

/// A path as a URI reference: relative paths stay relative (code scanning
/// resolves them against the repository), absolute ones become `file://`
/// URIs; anything but unreserved characters and `/` is percent-encoded.
pub(crate) fn uri(path: &str) -> String {
    let path = path.replace('\\', "/");
    let mut out = String::with_capacity(path.len());
    let relative = path.strip_prefix("./").unwrap_or(&path);
    if relative.starts_with('/') {
        out.push_str("file://");
    }
    for b in relative.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'/') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// One rule per code: its name, what it means, and its usual level.
fn rule(code: Code) -> Value {
    let (description, severity) = describe(code);
    let name: String = code
        .as_str()
        .split('-')
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                .unwrap_or_default()
        })
        .collect();
    json!({
        "id": code.as_str(),
        "name": name,
        "shortDescription": {"text": description},
        "defaultConfiguration": {"level": level(severity)},
    })
}

/// What a code means, in the run's language, and its usual level.
fn describe(code: Code) -> (String, Severity) {
    use Severity::{Error, Warning};
    match code {
        Code::ParseError => (t!("sarif-rule-parse-error"), Error),
        Code::QuestionnaireMismatch => (t!("sarif-rule-questionnaire-mismatch"), Error),
        Code::MissingAnswer => (t!("sarif-rule-missing-answer"), Error),
        Code::InvalidChoice => (t!("sarif-rule-invalid-choice"), Error),
        Code::MissingComment => (t!("sarif-rule-missing-comment"), Warning),
        Code::UnknownAnswer => (t!("sarif-rule-unknown-answer"), Error),
        Code::MissingRespondentField => (t!("sarif-rule-missing-respondent-field"), Error),
        Code::InvalidField => (t!("sarif-rule-invalid-field"), Error),
        Code::DuplicateKey => (t!("sarif-rule-duplicate-key"), Error),
        Code::UnknownField => (t!("sarif-rule-unknown-field"), Error),
        Code::LongComment => (t!("sarif-rule-long-comment"), Warning),
        Code::WrongType => (t!("sarif-rule-wrong-type"), Error),
        Code::LimitExceeded => (t!("sarif-rule-limit-exceeded"), Error),
        Code::UnreadableFile => (t!("sarif-rule-unreadable-file"), Error),
        Code::TextMismatch => (t!("sarif-rule-text-mismatch"), Warning),
        Code::UnmarkedAnswer => (t!("sarif-rule-unmarked-answer"), Warning),
        Code::MissingItem => (t!("sarif-rule-missing-item"), Warning),
        Code::InvalidSchema => (t!("sarif-rule-invalid-schema"), Error),
        Code::DuplicateId => (t!("sarif-rule-duplicate-id"), Error),
        Code::EmptyText => (t!("sarif-rule-empty-text"), Error),
        Code::AmbiguousLabel => (t!("sarif-rule-ambiguous-label"), Error),
        Code::MissingRole => (t!("sarif-rule-missing-role"), Warning),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::locate;

    fn sarif(reports: &[Findings]) -> Value {
        let mut out = Vec::new();
        let mut sarif = Sarif::new(&mut out);
        for report in reports {
            sarif.file(report).unwrap();
        }
        sarif.finish(&Totals::default()).unwrap();
        serde_json::from_slice(&out).unwrap()
    }

    #[test]
    fn a_log_with_rules_for_every_code_and_results_with_regions() {
        let text = "{\n  \"answers\": {\"ii.4\": {}}\n}\n";
        let at = text.find("\"ii.4\"").unwrap();
        let mut diagnostics = vec![
            Diagnostic::error(Code::UnknownAnswer, "`ii.4` is unknown")
                .at(at..at + 6)
                .with_id("ii.4")
                .with_help("did you mean `II.4`?"),
        ];
        locate(&mut diagnostics, Some(text));
        let report = Findings {
            path: "replies/my reply.json".into(),
            text: Some(text.into()),
            diagnostics,
            unreadable: false,
        };
        let log = sarif(&[report]);
        assert_eq!(log["version"], "2.1.0");
        let run = &log["runs"][0];
        let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
        assert_eq!(rules.len(), Code::ALL.len());
        assert_eq!(rules[2]["id"], "missing-answer");
        assert_eq!(rules[2]["name"], "MissingAnswer");
        assert_eq!(rules[4]["defaultConfiguration"]["level"], "warning");
        let result = &run["results"][0];
        assert_eq!(result["ruleId"], "unknown-answer");
        assert_eq!(
            rules[result["ruleIndex"].as_u64().unwrap() as usize]["id"],
            "unknown-answer"
        );
        assert_eq!(result["level"], "error");
        assert_eq!(
            result["message"]["text"],
            "`ii.4` is unknown\nhelp: did you mean `II.4`?"
        );
        let location = &result["locations"][0]["physicalLocation"];
        assert_eq!(
            location["artifactLocation"]["uri"],
            "replies/my%20reply.json"
        );
        assert_eq!(
            location["region"],
            json!({"startLine": 2, "startColumn": 15, "endLine": 2, "endColumn": 21})
        );
        assert_eq!(result["properties"]["id"], "ii.4");
    }

    #[test]
    fn no_files_is_a_valid_empty_log_and_placeless_findings_have_no_region() {
        let log = sarif(&[]);
        assert_eq!(log["runs"][0]["results"], json!([]));
        let report = Findings::unreadable(
            "/abs/gone.json",
            Diagnostic::error(Code::UnreadableFile, "gone"),
        );
        let log = sarif(&[report]);
        let location = &log["runs"][0]["results"][0]["locations"][0]["physicalLocation"];
        assert_eq!(location["artifactLocation"]["uri"], "file:///abs/gone.json");
        assert!(location.get("region").is_none());
    }

    #[test]
    fn uris_are_percent_encoded() {
        assert_eq!(uri("./a b/ü#1.json"), "a%20b/%C3%BC%231.json");
        assert_eq!(uri("r\\a.json"), "r/a.json");
    }
}
