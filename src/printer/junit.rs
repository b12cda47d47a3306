//! `--format junit`: JUnit XML, which CI dashboards (GitLab, Jenkins, Azure)
//! show as test results. Each file is a test case in a suite of its own, with
//! a `<failure>` per error (an `<error>` when the file could not be read) and
//! its warnings in `<system-out>`. Written as files arrive, so memory stays
//! flat over thousands of files.
//!
//! Written with quick-xml's writer rather than `quick-junit`, whose model
//! holds one status per test case and so cannot give a failure per error,
//! and which needs every test case in memory before it writes.

use std::io::{self, Write};

use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};

use super::Printer;
use crate::diagnostic::Findings;
use crate::diagnostic::Totals;
use crate::diagnostic::{Code, Diagnostic, Severity};
use crate::escape::terminal::{for_terminal, one_line};

pub(crate) struct Junit<'w> {
    xml: Writer<&'w mut dyn Write>,
    started: bool,
}

impl<'w> Junit<'w> {
    pub(crate) fn new(out: &'w mut dyn Write) -> Self {
        Junit {
            xml: Writer::new_with_indent(out, b' ', 2),
            started: false,
        }
    }

    fn start(&mut self) -> io::Result<()> {
        if !self.started {
            self.started = true;
            self.xml
                .write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
            self.xml.write_event(Event::Start(
                BytesStart::new("testsuites").with_attributes([("name", "qnr validate")]),
            ))?;
        }
        Ok(())
    }

    /// `<tag message=… type=…>body</tag>`.
    fn problem(&mut self, tag: &str, path: &str, d: &Diagnostic) -> io::Result<()> {
        let message = xml_text(&one_line(&d.message));
        let start = BytesStart::new(tag)
            .with_attributes([("message", message.as_str()), ("type", d.code.as_str())]);
        self.xml.write_event(Event::Start(start))?;
        self.xml
            .write_event(Event::Text(BytesText::new(&xml_text(&line(path, d)))))?;
        self.xml.write_event(Event::End(BytesEnd::new(tag)))
    }
}

impl Printer for Junit<'_> {
    fn file(&mut self, report: &Findings) -> io::Result<()> {
        self.start()?;
        let path = xml_text(report.path.as_str());
        let errors: Vec<&Diagnostic> = report.diagnostics.iter().filter(|d| d.is_error()).collect();
        let unreadable = report.unreadable;
        let failures = if errors.is_empty() || unreadable {
            "0"
        } else {
            "1"
        };
        let suite = BytesStart::new("testsuite").with_attributes([
            ("name", path.as_str()),
            ("tests", "1"),
            ("failures", failures),
            ("errors", if unreadable { "1" } else { "0" }),
            ("skipped", "0"),
        ]);
        self.xml.write_event(Event::Start(suite))?;
        let case = BytesStart::new("testcase").with_attributes([
            ("name", path.as_str()),
            ("classname", "qnr validate"),
            ("file", path.as_str()),
        ]);
        self.xml.write_event(Event::Start(case))?;
        for d in &errors {
            let tag = if d.code == Code::UnreadableFile {
                "error"
            } else {
                "failure"
            };
            self.problem(tag, report.path.as_str(), d)?;
        }
        let warnings: Vec<String> = report
            .diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Warning)
            .map(|d| line(report.path.as_str(), d))
            .collect();
        if !warnings.is_empty() {
            self.xml
                .write_event(Event::Start(BytesStart::new("system-out")))?;
            self.xml
                .write_event(Event::Text(BytesText::new(&xml_text(&warnings.join("\n")))))?;
            self.xml
                .write_event(Event::End(BytesEnd::new("system-out")))?;
        }
        self.xml
            .write_event(Event::End(BytesEnd::new("testcase")))?;
        self.xml.write_event(Event::End(BytesEnd::new("testsuite")))
    }

    fn finish(&mut self, _summary: &Totals) -> io::Result<()> {
        self.start()?;
        self.xml
            .write_event(Event::End(BytesEnd::new("testsuites")))?;
        self.xml.get_mut().write_all(b"\n")
    }
}

/// `path:line:column: error[code]: message`, then `help: …` on its own line.
fn line(path: &str, d: &Diagnostic) -> String {
    let place = match (d.line, d.column) {
        (Some(line), Some(column)) => format!("{path}:{line}:{column}"),
        _ => path.to_string(),
    };
    let mut text = format!(
        "{place}: {}[{}]: {}",
        d.severity.as_str(),
        d.code,
        d.message
    );
    text.push_str(&super::help_line(d));
    text
}

/// Text that XML 1.0 can hold: control characters are shown as `\u{1b}`
/// (as on a terminal), and the two non-characters XML forbids likewise.
fn xml_text(text: &str) -> String {
    for_terminal(text)
        .chars()
        .map(|c| match c {
            '\u{FFFE}' | '\u{FFFF}' => format!("\\u{{{:x}}}", u32::from(c)),
            c => c.to_string(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use quick_xml::Reader;

    fn xml(reports: &[Findings]) -> String {
        let mut out = Vec::new();
        let mut junit = Junit::new(&mut out);
        for report in reports {
            junit.file(report).unwrap();
        }
        junit.finish(&Totals::default()).unwrap();
        String::from_utf8(out).unwrap()
    }

    /// Every element name and every text, in order, from a strict parse.
    fn parse(xml: &str) -> Vec<String> {
        let mut reader = Reader::from_str(xml);
        reader.config_mut().check_end_names = true;
        let mut seen = Vec::new();
        let mut text = String::new();
        loop {
            let event = reader.read_event().unwrap();
            match &event {
                Event::Text(t) => {
                    text.push_str(&t.xml10_content());
                    continue;
                }
                Event::GeneralRef(r) => {
                    text.push(match r.resolve_char_ref().unwrap() {
                        Some(c) => c,
                        None => match r.xml10_content().as_ref() {
                            "amp" => '&',
                            "lt" => '<',
                            "gt" => '>',
                            "quot" => '"',
                            "apos" => '\'',
                            other => panic!("unknown entity {other}"),
                        },
                    });
                    continue;
                }
                _ => {}
            }
            if !text.trim().is_empty() {
                seen.push(text.trim().to_string());
            }
            text.clear();
            match event {
                Event::Start(e) => seen.push(format!("<{}", e.name().into_inner())),
                Event::Eof => break,
                _ => {}
            }
        }
        seen
    }

    #[test]
    fn one_case_per_file_and_a_failure_per_error() {
        let report = Findings {
            path: "r/a.json".into(),
            text: None,
            diagnostics: vec![
                Diagnostic::error(Code::MissingAnswer, "I.1: no answer").at_line(3, 5),
                Diagnostic::error(Code::InvalidChoice, "I.2: `<b>` & \"x\"").at_line(4, 7),
                Diagnostic::warning(Code::MissingComment, "I.3: no comment").at_line(5, 9),
            ],
            unreadable: false,
        };
        let valid = Findings {
            path: "r/b.json".into(),
            text: None,
            diagnostics: vec![],
            unreadable: false,
        };
        let out = xml(&[report, valid]);
        let seen = parse(&out);
        assert_eq!(
            seen,
            [
                "<testsuites",
                "<testsuite",
                "<testcase",
                "<failure",
                "r/a.json:3:5: error[missing-answer]: I.1: no answer",
                "<failure",
                "r/a.json:4:7: error[invalid-choice]: I.2: `<b>` & \"x\"",
                "<system-out",
                "r/a.json:5:9: warning[missing-comment]: I.3: no comment",
                "<testsuite",
                "<testcase",
            ]
        );
        assert!(out.contains("type=\"missing-answer\""), "{out}");
        assert!(out.contains("failures=\"1\""), "{out}");
    }

    #[test]
    fn hostile_text_stays_well_formed() {
        let report = Findings {
            path: "a]]>&<.json".into(),
            text: None,
            diagnostics: vec![Diagnostic::error(
                Code::UnknownField,
                "key `\u{1b}[2J\u{0}\u{FFFF}</failure><x>` is unknown",
            )],
            unreadable: false,
        };
        let seen = parse(&xml(&[report]));
        assert!(
            seen.contains(&"a]]>&<.json: error[unknown-field]: key `\\u{1b}[2J\\u{0}\\u{ffff}</failure><x>` is unknown".to_string()),
            "{seen:?}"
        );
    }

    #[test]
    fn unreadable_files_are_errors_and_no_files_is_an_empty_document() {
        let report = Findings::unreadable(
            "gone.json",
            Diagnostic::error(Code::UnreadableFile, "the file is gone"),
        );
        let out = xml(&[report]);
        assert!(parse(&out).contains(&"<error".to_string()), "{out}");
        assert!(out.contains("errors=\"1\""));
        assert_eq!(parse(&xml(&[])), ["<testsuites"]);
    }
}
