//! A reply as CSV for spreadsheets: one row per recommendation with `id`,
//! `issue`, `recommendation`, `action_taken`, `comments`, then one column per
//! respondent field (the same on every row, so replies can be stacked).
//! Cells that a spreadsheet would run as a formula are defused on writing
//! and restored on reading ([`crate::escape::terminal::spreadsheet_cell`]).

use std::collections::HashMap;
use std::ops::Range;

use super::Layout;
use super::form::squash;
use crate::diagnostic::{Code, Diagnostic};
use crate::escape::spreadsheet::{from_spreadsheet_cell, spreadsheet_cell};
use crate::i18n::{Lang, t, t_in};
use crate::reply::{Answer, Choice, ItemPlaces, Reply, ReplyBuilder, ReplyRead};
use crate::schema::{FieldKind, Schema};

/// The columns before the respondent fields, after `id`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Column {
    Issue,
    Recommendation,
    ActionTaken,
    Comments,
}

impl Column {
    const ALL: [Column; 4] = [
        Column::Issue,
        Column::Recommendation,
        Column::ActionTaken,
        Column::Comments,
    ];

    /// The column's name in `lang`: `action_taken`, `mesures_prises`.
    fn name(self, lang: Lang) -> String {
        match self {
            Column::Issue => t_in!(lang, "forms-column-issue"),
            Column::Recommendation => t_in!(lang, "forms-column-recommendation"),
            Column::ActionTaken => t_in!(lang, "forms-column-action-taken"),
            Column::Comments => t_in!(lang, "forms-column-comments"),
        }
    }

    /// The column a header cell names, in any language; `_` and a space
    /// are alike (`action taken`).
    fn named(cell: &str) -> Option<Column> {
        let cell = cell.replace('_', " ");
        Column::ALL.into_iter().find(|column| {
            Lang::ALL
                .into_iter()
                .any(|lang| column.name(lang).replace('_', " ").to_lowercase() == cell)
        })
    }
}

pub(super) fn write(layout: &Layout<'_>, schema: &Schema) -> String {
    let mut writer = ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::CRLF)
        .from_writer(Vec::new());
    let lang = crate::i18n::current();
    let names: Vec<String> = Column::ALL.iter().map(|c| c.name(lang)).collect();
    let mut header: Vec<&str> = vec!["id"];
    header.extend(names.iter().map(String::as_str));
    header.extend(layout.fields.iter().map(|(id, _)| *id));
    let mut rows = vec![
        header
            .iter()
            .map(|h| spreadsheet_cell(h).into_owned())
            .collect(),
    ];
    for laid in &layout.items {
        let (issue, text) = match &laid.item {
            Some(item) => (
                format!("{}: {}", schema.issue_heading(item.issue), item.issue.title),
                item.recommendation.text.clone(),
            ),
            None => (String::new(), String::new()),
        };
        let answer = laid.answer;
        let mut row: Vec<String> = vec![
            laid.id.to_string(),
            issue,
            text,
            answer
                .and_then(|a| a.action_taken)
                .map_or("", |c| c.as_str())
                .to_string(),
            answer.and_then(|a| a.comments.clone()).unwrap_or_default(),
        ];
        row.extend(
            layout
                .fields
                .iter()
                .map(|(id, v)| schema.field_shown(id, v.unwrap_or_default()).to_string()),
        );
        rows.push(
            row.iter()
                .map(|c| spreadsheet_cell(c).into_owned())
                .collect(),
        );
    }
    for row in rows {
        let row: Vec<String> = row;
        // Writing to memory cannot fail.
        let _ = writer.write_record(&row);
    }
    let bytes = writer.into_inner().unwrap_or_default();
    // A byte-order mark, so that spreadsheets open the file as UTF-8.
    format!("\u{FEFF}{}", String::from_utf8_lossy(&bytes))
}

/// Reads a reply from decoded CSV text.
pub(super) fn read(text: &str, schema: &Schema) -> ReplyRead {
    let delimiter = sniff_delimiter(text);
    let mut reader = ::csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .has_headers(false)
        .from_reader(text.as_bytes());
    let mut read = Reading {
        schema,
        out: ReplyBuilder::new(schema, Reply::empty(schema)),
    };
    let mut records = reader.records();
    let header = loop {
        match records.next() {
            None => {
                return failed(&t!("forms-empty"), 0..0, &t!("forms-csv-empty-help"));
            }
            Some(Err(e)) => return csv_error(text, &e),
            Some(Ok(record)) if record.iter().all(|c| c.trim().is_empty()) => continue,
            Some(Ok(record)) => break record,
        }
    };
    let header_span = span_of(text, header.position());
    read.out.places.root = header_span.clone();
    let columns: Vec<String> = header
        .iter()
        .map(|h| squash(&from_spreadsheet_cell(h)).to_lowercase())
        .collect();
    let Some(id_column) = columns.iter().position(|c| c == "id") else {
        return failed(
            &t!("forms-csv-no-id"),
            header_span,
            &t!("forms-csv-no-id-help"),
        );
    };
    let named: Vec<Option<Column>> = columns.iter().map(|c| Column::named(c)).collect();
    let column = |wanted: Column| named.iter().position(|c| *c == Some(wanted));
    let (action, comments, text_column) = (
        column(Column::ActionTaken),
        column(Column::Comments),
        column(Column::Recommendation),
    );
    let field_columns: Vec<(usize, String)> = header
        .iter()
        .enumerate()
        .filter(|(i, _)| named[*i].is_none() && columns[*i] != "id" && !columns[*i].is_empty())
        .map(|(i, h)| (i, from_spreadsheet_cell(h).trim().to_string()))
        .collect();
    read.unknown_columns(&field_columns, &header_span);
    let mut values: HashMap<String, (String, Range<usize>)> = HashMap::new();
    let mut seen: HashMap<String, usize> = HashMap::new();
    for (row, record) in records.enumerate() {
        let record = match record {
            Ok(r) => r,
            Err(e) => return csv_error(text, &e),
        };
        // A row is an answer: past the limit on answers the file is not a
        // reply, and reading each row (with a finding for each unknown id)
        // would take seconds.
        if row >= crate::formats::MAX_ANSWERS {
            let mut read = failed(
                &t!("forms-csv-too-many-rows", max = crate::formats::MAX_ANSWERS),
                span_of(text, record.position()),
                &crate::diagnostic::docs::not_a_reply(),
            );
            read.diagnostics[0].code = Code::LimitExceeded;
            return read;
        }
        if record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let span = span_of(text, record.position());
        let cell = |i: Option<usize>| -> String {
            i.and_then(|i| record.get(i))
                .map(|c| from_spreadsheet_cell(c).into_owned())
                .unwrap_or_default()
        };
        for (i, id) in &field_columns {
            let value = cell(Some(*i));
            if value.trim().is_empty() {
                continue;
            }
            match values.get(id) {
                Some((first, _)) if first.trim() != value.trim() => read.out.lost(
                    Diagnostic::error(
                        Code::InvalidField,
                        t!(
                            "forms-csv-field-differs",
                            column = crate::escape::terminal::one_line(id),
                            value = crate::escape::terminal::one_line(&value),
                            first = crate::escape::terminal::one_line(first)
                        ),
                    )
                    .at(span.clone())
                    .with_id(id.as_str())
                    .with_help(t!("forms-csv-field-differs-help")),
                ),
                Some(_) => {}
                None => {
                    values.insert(id.clone(), (value, span.clone()));
                }
            }
        }
        let id = cell(Some(id_column)).trim().to_string();
        if id.is_empty() {
            read.out.lost(
                Diagnostic::error(Code::WrongType, t!("forms-csv-no-row-id"))
                    .at(span.clone())
                    .with_help(t!("forms-csv-no-row-id-help")),
            );
            continue;
        }
        read.row(
            &id,
            &cell(action),
            &cell(comments),
            &cell(text_column),
            span,
            &mut seen,
        );
    }
    for (_, id) in &field_columns {
        if let Some((mut value, span)) = values.remove(id) {
            // `OUI` in a yes-no column, as the form prints it, is `yes`.
            if schema.field(id).is_some_and(|f| f.kind == FieldKind::YesNo)
                && let Some(choice) = schema.yes_no(&value)
            {
                value = choice.as_str().to_string();
            }
            read.out.places.fields.insert(id.clone(), span);
            read.out.reply.set_field(id, &value);
        }
    }
    read.out.reply.sort_by_schema(schema);
    read.out.finish()
}

struct Reading<'s> {
    schema: &'s Schema,
    out: ReplyBuilder<'s>,
}

impl Reading<'_> {
    fn unknown_columns(&mut self, columns: &[(usize, String)], span: &Range<usize>) {
        for (_, id) in columns {
            if self.schema.field(id).is_none() {
                let shown = crate::escape::terminal::one_line(id);
                self.out.unknown_field(id, &shown, span.clone(), |list| {
                    t!("forms-csv-field-columns", list = list)
                });
            }
        }
    }

    fn row(
        &mut self,
        id: &str,
        action: &str,
        comments: &str,
        text: &str,
        span: Range<usize>,
        seen: &mut HashMap<String, usize>,
    ) {
        let name = self.schema.item_name(id);
        if seen.insert(id.to_string(), span.start).is_some() {
            self.out.lost(
                Diagnostic::error(Code::DuplicateKey, t!("forms-csv-item-twice", item = &name))
                    .at(span.clone())
                    .with_id(id)
                    .with_label(t!("reply-given-again"))
                    .with_help(t!("forms-csv-item-twice-help")),
            );
        }
        match self.schema.item(id) {
            Some(item) => {
                if !text.trim().is_empty() && squash(text) != squash(&item.recommendation.text) {
                    self.out.diagnostics.push(
                        Diagnostic::warning(
                            Code::TextMismatch,
                            // A CSV row shows no excerpt: the cell is the whole text.
                            t!("forms-text-differs", item = &name, difference = "")
                                .trim_end()
                                .to_string(),
                        )
                        .at(span.clone())
                        .with_id(id)
                        .with_help(t!("forms-check-round-help")),
                    );
                }
            }
            None => {
                let shown = crate::escape::terminal::one_line(id);
                self.out
                    .unknown_item(id, &shown, span.clone(), &t!("forms-unknown-item-help"));
            }
        }
        let choice = self.choice(id, action, &span);
        self.out.places.items.insert(
            id.to_string(),
            ItemPlaces {
                key: span.clone(),
                action_taken: Some(span.clone()),
                comments: Some(span),
            },
        );
        self.out
            .reply
            .set_answer(id, Answer::new(choice, Some(comments)));
    }

    /// `yes`/`no` in any case (spreadsheets capitalise), or the schema's labels.
    fn choice(&mut self, id: &str, cell: &str, span: &Range<usize>) -> Option<Choice> {
        let value = cell.trim();
        if value.is_empty() {
            return None;
        }
        let lower = value.to_lowercase();
        if lower == "yes" || lower == self.schema.answer.yes.to_lowercase() {
            return Some(Choice::Yes);
        }
        if lower == "no" || lower == self.schema.answer.no.to_lowercase() {
            return Some(Choice::No);
        }
        self.out.lost(
            Diagnostic::error(
                Code::InvalidChoice,
                t!(
                    "reply-invalid-choice",
                    item = self.schema.item_name(id),
                    value = crate::escape::terminal::one_line(value),
                    question = &self.schema.answer.question
                ),
            )
            .at(span.clone())
            .with_id(id)
            .with_help(t!("forms-csv-choice-help")),
        );
        None
    }
}

/// `,` unless the header row is clearly separated by `;` or tabs, as
/// spreadsheets in many locales save CSV.
fn sniff_delimiter(text: &str) -> u8 {
    let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let count = |c: char| first.matches(c).count();
    let (commas, semicolons, tabs) = (count(','), count(';'), count('\t'));
    if semicolons > commas && semicolons >= tabs {
        b';'
    } else if tabs > commas && tabs > semicolons {
        b'\t'
    } else {
        b','
    }
}

/// The span of a record: from its start to the end of its first line.
fn span_of(text: &str, position: Option<&::csv::Position>) -> Range<usize> {
    let mut start = position.map_or(0, |p| p.byte() as usize).min(text.len());
    // After a CRLF the reader may count the record from the LF.
    while text[start..].starts_with(['\r', '\n']) {
        start += 1;
    }
    let end = text[start..].find('\n').map_or(text.len(), |e| start + e);
    start..end.max(start)
}

fn failed(message: &str, span: Range<usize>, help: &str) -> ReplyRead {
    ReplyRead::failed(
        Diagnostic::error(Code::ParseError, message)
            .at(span)
            .with_help(help),
    )
}

fn csv_error(text: &str, e: &::csv::Error) -> ReplyRead {
    let span = span_of(text, e.position());
    failed(
        &t!("forms-csv-invalid", reason = e.to_string()),
        span,
        &t!("forms-csv-invalid-help"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::formats::{Format, load, write as write_format};

    #[test]
    fn formulas_are_defused_and_read_back() {
        let schema = Schema::honlea();
        let mut reply = Reply::empty(&schema);
        reply.set_field("country", "=HYPERLINK(\"http://x\")");
        reply.set_answer(
            "I.1",
            Answer::new(Some(Choice::Yes), Some("+1 more\n\n-2 less\n\n@SUM(A1)")),
        );
        let bytes = write_format(Format::Csv, &reply, &schema);
        let text = String::from_utf8(bytes.clone()).unwrap();
        assert!(text.contains("\"'=HYPERLINK(\"\"http://x\"\")\""), "{text}");
        assert!(text.contains("'+1 more"), "{text}");
        let loaded = load(Format::Csv, &bytes, &schema);
        assert_eq!(loaded.reply, Some(reply));
    }

    #[test]
    fn spreadsheet_habits_are_understood() {
        let schema = Schema::honlea();
        let text = "id;action_taken;comments;country\nI.1;YES;Done.;Chile\nI.2;No;;\n";
        let loaded = load(Format::Csv, text.as_bytes(), &schema);
        let reply = loaded.reply.unwrap();
        assert_eq!(reply.answer("I.1").unwrap().action_taken, Some(Choice::Yes));
        assert_eq!(reply.answer("I.2").unwrap().action_taken, Some(Choice::No));
        assert_eq!(reply.field("country"), Some("Chile"));
        assert!(loaded.diagnostics.is_empty(), "{:?}", loaded.diagnostics);
    }

    #[test]
    fn problems_are_reported_on_their_row() {
        let schema = Schema::honlea();
        let text = "id,action_taken,country,nickname\nI.1,maybe,Chile,x\nI.1,yes,Peru,\nV.9,no,,\n";
        let loaded = load(Format::Csv, text.as_bytes(), &schema);
        let codes: Vec<&str> = loaded.diagnostics.iter().map(|d| d.code.as_str()).collect();
        assert_eq!(
            codes,
            [
                "unknown-field",
                "invalid-choice",
                "invalid-field",
                "duplicate-key",
                "unknown-answer"
            ]
        );
        assert!(loaded.lossy);
        let report = loaded.into_findings("r.csv");
        assert_eq!(report.diagnostics[1].line, Some(2));
        assert_eq!(report.diagnostics[3].line, Some(3));
        let crlf = text.replace('\n', "\r\n");
        let loaded = load(Format::Csv, crlf.as_bytes(), &schema);
        let report = loaded.into_findings("r.csv");
        let lines: Vec<_> = report
            .diagnostics
            .iter()
            .map(|d| (d.line, d.column))
            .collect();
        assert_eq!(
            lines[1..],
            [
                (Some(2), Some(1)),
                (Some(3), Some(1)),
                (Some(3), Some(1)),
                (Some(4), Some(1))
            ]
        );
    }

    #[test]
    fn a_file_without_an_id_column_is_not_a_reply() {
        let schema = Schema::honlea();
        let loaded = load(Format::Csv, b"a,b\n1,2\n", &schema);
        assert!(loaded.reply.is_none());
        assert_eq!(loaded.diagnostics[0].code, Code::ParseError);
        let loaded = load(Format::Csv, b"", &schema);
        assert_eq!(loaded.diagnostics[0].message, "the file is empty");
    }
}
