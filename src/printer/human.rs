//! Diagnostics as a compiler shows them: the message, `--> file:line:col`,
//! the source line with a caret, and what to do. Everything from the file is
//! sanitized, so a hostile reply cannot drive the terminal.

use std::io::{self, Write};

use annotate_snippets::{AnnotationKind, Group, Level, Origin, Renderer, Snippet};

use super::Printer;
use crate::color::Palette;
use crate::diagnostic::Findings;
use crate::diagnostic::Totals;
use crate::diagnostic::{Diagnostic, Severity};
use crate::escape::terminal::{for_terminal, same_width};
use crate::i18n::t;
use crate::text::LineIndex;

pub(crate) struct Human<'w> {
    out: &'w mut dyn Write,
    palette: Palette,
}

impl<'w> Human<'w> {
    pub(crate) fn new(out: &'w mut dyn Write, palette: Palette) -> Self {
        Human { out, palette }
    }
}

impl Printer for Human<'_> {
    fn file(&mut self, report: &Findings) -> io::Result<()> {
        write_report(self.out, report, self.palette)
    }

    fn finish(&mut self, totals: &Totals) -> io::Result<()> {
        let verdict = totals.verdict();
        let verdict = if totals.invalid() == 0 {
            self.palette.good(&verdict)
        } else {
            self.palette.error(&verdict)
        };
        writeln!(self.out, "{verdict} ({})", totals.counts())
    }
}

/// Writes every diagnostic of one file, each followed by a blank line.
pub(crate) fn write_report(
    out: &mut dyn Write,
    report: &Findings,
    palette: Palette,
) -> io::Result<()> {
    let renderer = if palette.enabled {
        Renderer::styled()
    } else {
        Renderer::plain()
    }
    .term_width(crate::text::wrap_width().max(80));
    let index = report.text.as_deref().map(LineIndex::new);
    for d in &report.diagnostics {
        let rendered = render(
            d,
            report.path.as_str(),
            report.text.as_deref(),
            index.as_ref(),
            &renderer,
        );
        writeln!(out, "{rendered}\n")?;
    }
    Ok(())
}

/// Longest source line shown under a finding, in bytes.
const MAX_SHOWN_LINE: usize = 4096;

fn render(
    d: &Diagnostic,
    path: &str,
    text: Option<&str>,
    index: Option<&LineIndex>,
    renderer: &Renderer,
) -> String {
    // The words before the code (`error[missing-answer]`), in the run's
    // language; the codes themselves stay as they are everywhere.
    let level = match d.severity {
        Severity::Error => Level::ERROR.with_name(Some(t!("common-level-error"))),
        Severity::Warning => Level::WARNING.with_name(Some(t!("common-level-warning"))),
    };
    let message = for_terminal(&d.message);
    let path = for_terminal(path);
    let title = level.primary_title(message.as_ref()).id(d.code.as_str());
    let snippet_line;
    let mut group = Group::with_title(title);
    let mut long_line = None;
    match (&d.span, text, index) {
        (Some(span), Some(text), Some(index))
            if index.line_range(text, span.start).len() > MAX_SHOWN_LINE =>
        {
            // Shown whole, a line of megabytes (minified JSON, a comment
            // pasted as one line) would be rendered again for every finding
            // on it: place and column only.
            let (line, column) = index.line_col(text, span.start);
            long_line = Some(index.line_range(text, span.start).len());
            group = group.element(Origin::path(path.as_ref()).line(line).char_column(column));
        }
        (Some(span), Some(text), Some(index)) => {
            let range = index.line_range(text, span.start);
            let line = &text[range.clone()];
            let (line_no, _) = index.line_col(text, span.start);
            snippet_line = same_width(line).into_owned();
            let caret = caret_span(
                line,
                &snippet_line,
                span.start.saturating_sub(range.start),
                span.end.min(range.end).saturating_sub(range.start),
            );
            let mut annotation = AnnotationKind::Primary.span(caret);
            if let Some(label) = &d.label {
                annotation = annotation.label(for_terminal(label).into_owned());
            }
            group = group.element(
                Snippet::source(snippet_line.as_str())
                    .line_start(line_no)
                    .path(path.as_ref())
                    .annotation(annotation),
            );
        }
        _ => {
            let mut origin = Origin::path(path.as_ref());
            if let (Some(line), Some(column)) = (d.line, d.column) {
                origin = origin.line(line).char_column(column);
            }
            group = group.element(origin);
        }
    }
    let note = long_line.map(|len| t!("common-line-too-long", bytes = len));
    if let Some(note) = &note {
        group = group.element(
            Level::NOTE
                .with_name(Some(t!("common-level-note")))
                .message(note.as_str()),
        );
    }
    let help = d.help.as_deref().map(for_terminal);
    if let Some(help) = &help {
        group = group.element(
            Level::HELP
                .with_name(Some(t!("common-level-help")))
                .message(help.as_ref()),
        );
    }
    renderer.render(&[group])
}

/// Maps a byte range in the original line to the same characters in the
/// sanitized line (stand-ins can differ in byte length); at least one
/// character wide where the line has one, so the caret is visible.
fn caret_span(original: &str, shown: &str, start: usize, end: usize) -> std::ops::Range<usize> {
    let clamp = |i: usize| {
        let mut i = i.min(original.len());
        while !original.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let (start, end) = (clamp(start), clamp(end.max(start)));
    let start_chars = original[..start].chars().count();
    let mut len_chars = original[start..end].chars().count();
    if len_chars == 0 && start < original.len() {
        len_chars = 1;
    }
    let byte_at = |chars: usize| {
        shown
            .char_indices()
            .nth(chars)
            .map_or(shown.len(), |(i, _)| i)
    };
    byte_at(start_chars)..byte_at(start_chars + len_chars)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::{Code, locate};

    fn report(text: &str, diagnostics: Vec<Diagnostic>) -> String {
        let mut diagnostics = diagnostics;
        locate(&mut diagnostics, Some(text));
        let report = Findings {
            path: "r.json".into(),
            text: Some(text.into()),
            diagnostics,
            unreadable: false,
        };
        let mut out = Vec::new();
        write_report(&mut out, &report, Palette::PLAIN).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn shows_the_line_with_a_caret_and_the_help() {
        let text = "{\n  \"answers\": {\"II.4\": {\"action_taken\": \"YES\"}}\n}";
        let start = text.find("\"YES\"").unwrap();
        let d = Diagnostic::error(
            Code::InvalidChoice,
            "Issue II, Recommendation 4 (II.4): `YES` is not an answer",
        )
        .at(start..start + 5)
        .with_help("write `yes` in lower case");
        let shown = report(text, vec![d]);
        assert!(
            shown.contains("error[invalid-choice]: Issue II, Recommendation 4 (II.4)"),
            "{shown}"
        );
        assert!(shown.contains("--> r.json:2:40"), "{shown}");
        assert!(shown.contains("\"YES\""), "{shown}");
        assert!(shown.contains("^^^^^"), "{shown}");
        assert!(shown.contains("help: write `yes` in lower case"), "{shown}");
    }

    #[test]
    fn hostile_source_lines_cannot_drive_the_terminal() {
        let text = "{\"answers\": {\"I.1\u{1b}[2J\u{1b}]0;x\u{7}\": 1}}";
        let start = text.find("\"I.1").unwrap();
        let d = Diagnostic::error(
            Code::UnknownAnswer,
            format!("`{}` is unknown", &text[start + 1..start + 15]),
        )
        .at(start..start + 16);
        let shown = report(text, vec![d]);
        assert!(!shown.contains('\u{1b}'), "{shown:?}");
        assert!(!shown.contains('\u{7}'), "{shown:?}");
        assert!(shown.contains('␛'), "{shown}");
    }

    #[test]
    fn a_line_too_long_to_show_is_named_by_place() {
        let text = format!("{{\"a\": \"{}\", \"b\": 1}}", "x".repeat(MAX_SHOWN_LINE));
        let start = text.find("\"b\"").unwrap();
        let d = Diagnostic::error(Code::UnknownField, "`b` is unknown").at(start..start + 3);
        let shown = report(&text, vec![d]);
        assert!(
            shown.contains(&format!("r.json:1:{}", start + 1)),
            "{shown}"
        );
        assert!(shown.contains("too long to show"), "{shown}");
        assert!(!shown.contains("xxxx"), "{shown}");
    }

    #[test]
    fn diagnostics_without_a_span_still_name_the_file_and_place() {
        let d = Diagnostic::error(Code::ParseError, "the file is not UTF-8 text").at_line(3, 7);
        let report = Findings {
            path: "bad.json".into(),
            text: None,
            diagnostics: vec![d],
            unreadable: false,
        };
        let mut out = Vec::new();
        write_report(&mut out, &report, Palette::PLAIN).unwrap();
        let shown = String::from_utf8(out).unwrap();
        assert!(shown.contains("bad.json:3:7"), "{shown}");
    }

    #[test]
    fn carets_map_through_multibyte_stand_ins() {
        let original = "a\u{1b}b“c”";
        let shown = same_width(original);
        let start = original.find('“').unwrap();
        let span = caret_span(original, &shown, start, start + '“'.len_utf8());
        assert_eq!(&shown[span], "“");
    }

    #[test]
    fn the_summary_counts_files_and_findings() {
        let mut out = Vec::new();
        let mut human = Human::new(&mut out, Palette::PLAIN);
        human
            .finish(&Totals {
                files: 3,
                valid: 1,
                errors: 18,
                warnings: 1,
            })
            .unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "checked 3 files: 1 valid, 2 invalid (18 errors, 1 warning)\n"
        );
    }
}
