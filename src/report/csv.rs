//! The report as CSV, long form: one row per country × recommendation, for
//! pivot tables. Every text cell is defused against spreadsheet formulas.

use crate::escape::spreadsheet::spreadsheet_cell;
use crate::reply::Choice;

use super::Report;

const HEADER: [&str; 9] = [
    "country",
    "date",
    "file",
    "valid",
    "issue",
    "recommendation",
    "action_taken",
    "comments",
    "word_count",
];

pub(crate) fn render(report: &Report<'_>) -> Vec<u8> {
    let mut writer = ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::CRLF)
        .from_writer(Vec::with_capacity(report.included.len() * 16 * 512));
    // Writing to memory cannot fail.
    let _ = writer.write_record(HEADER);
    for inc in &report.included {
        for item in report.schema.items() {
            let id = &item.recommendation.id;
            let answer = inc.reply.answer(id);
            let choice = match answer.and_then(|a| a.action_taken) {
                Some(Choice::Yes) => "yes",
                Some(Choice::No) => "no",
                None => "",
            };
            let comments = answer.and_then(|a| a.comments.as_deref()).unwrap_or("");
            let words = crate::text::word_count(comments).to_string();
            let _ = writer.write_record([
                spreadsheet_cell(&inc.country).as_ref(),
                spreadsheet_cell(inc.date.as_deref().unwrap_or("")).as_ref(),
                spreadsheet_cell(&inc.file).as_ref(),
                if inc.valid { "yes" } else { "no" },
                spreadsheet_cell(&item.issue.numeral).as_ref(),
                spreadsheet_cell(id).as_ref(),
                choice,
                spreadsheet_cell(comments).as_ref(),
                &words,
            ]);
        }
    }
    writer.into_inner().unwrap_or_default()
}
