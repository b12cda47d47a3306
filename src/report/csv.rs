//! The report as CSV, long form: one row per State × recommendation, for
//! pivot tables (the overview's grid and table are pivots of it). It starts
//! with a UTF-8 byte-order mark, as `convert --to csv` writes, so that a
//! spreadsheet opened by a double click reads "Côte d'Ivoire" right. Every
//! text cell is defused against spreadsheet formulas.

use crate::escape::spreadsheet::spreadsheet_cell;
use crate::reply::Choice;

use super::Report;
use super::overview::answer;

const HEADER: [&str; 15] = [
    "country",
    "date",
    "file",
    "valid",
    "issue",
    "recommendation",
    "action_taken",
    "comments",
    "word_count",
    "as_written",
    "m49",
    "iso3",
    "region",
    "publish",
    "previous_action_taken",
];

/// The byte-order mark of UTF-8.
const BOM: &[u8] = "\u{feff}".as_bytes();

fn choice(c: Option<Choice>) -> &'static str {
    c.map_or("", Choice::as_str)
}

pub(crate) fn render(report: &Report<'_>) -> Vec<u8> {
    let mut out = Vec::with_capacity(report.included.len() * 16 * 512);
    out.extend_from_slice(BOM);
    let mut writer = ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::CRLF)
        .from_writer(out);
    // Writing to memory cannot fail.
    let _ = writer.write_record(HEADER);
    for (n, inc) in report.included.iter().enumerate() {
        // The State's stable keys beside its name in the report's language.
        let (m49, iso3) = inc.identity.codes().unwrap_or(("", ""));
        let publish = match inc.consent {
            Some(true) => "yes",
            Some(false) => "no",
            None => "",
        };
        let before = report.previous.as_ref().and_then(|p| p.reply_then(n));
        for item in report.schema.items() {
            let id = &item.recommendation.id;
            let comments = inc
                .reply
                .answer(id)
                .and_then(|a| a.comments.as_deref())
                .unwrap_or("");
            let words = crate::text::word_count(comments).to_string();
            let previous = before.map_or("", |b| choice(b.get(item.ordinal).copied().flatten()));
            let _ = writer.write_record([
                spreadsheet_cell(&inc.country).as_ref(),
                &inc.date.map(|d| d.to_string()).unwrap_or_default(),
                spreadsheet_cell(&inc.file).as_ref(),
                if inc.valid { "yes" } else { "no" },
                spreadsheet_cell(&item.issue.numeral).as_ref(),
                spreadsheet_cell(id).as_ref(),
                choice(answer(inc, id)),
                spreadsheet_cell(comments).as_ref(),
                &words,
                spreadsheet_cell(inc.written.as_deref().unwrap_or("")).as_ref(),
                m49,
                iso3,
                spreadsheet_cell(inc.region.as_deref().unwrap_or("")).as_ref(),
                publish,
                previous,
            ]);
        }
    }
    writer.into_inner().unwrap_or_default()
}
