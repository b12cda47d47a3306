//! The report as the note a secretariat writes for the meeting, in Word,
//! ready to edit: the title, "Note by the Secretariat", the figures in an
//! opening paragraph with the States that replied, then issue by issue and
//! recommendation by recommendation its text, a table of YES / NO (and
//! unanswered) with counts, shares and the States, and each State's
//! comments under its name; the last round, the problems, and an annex
//! with every State's answers. Real heading styles (the navigation pane
//! lists issues and recommendations), real tables (rows not split, header
//! rows repeated), A4, page numbers in the footer, the language set. The
//! package is the one the reply form uses (`formats::docx::package`), so
//! the same replies give the same bytes.

use std::fmt::Write;

use super::overview::{self, answer};
use super::{Report, words};
use crate::escape::visible::name;
use crate::formats::docx::package::{self, Look, PAGE_FIELD, Package, escape_into, text_run};

/// The width of the text on an A4 page with the package's margins, in
/// twentieths of a point.
const TEXT_WIDTH: u32 = 11906 - 2 * 1417;

/// The note's own styles: two more heading levels, the subtitle, a State's
/// name over its comments, the recommendation's text, and table text.
const STYLES: &str = "\
<w:style w:type=\"paragraph\" w:styleId=\"Heading3\"><w:name w:val=\"heading 3\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:uiPriority w:val=\"9\"/><w:qFormat/>\
<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before=\"240\" w:after=\"60\"/><w:outlineLvl w:val=\"2\"/></w:pPr><w:rPr><w:b/><w:i/><w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/></w:rPr></w:style>\
<w:style w:type=\"paragraph\" w:styleId=\"Subtitle\"><w:name w:val=\"Subtitle\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/>\
<w:pPr><w:spacing w:after=\"240\"/><w:jc w:val=\"center\"/></w:pPr><w:rPr><w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/></w:rPr></w:style>\
<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"StateName\"><w:name w:val=\"State name\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/>\
<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before=\"160\" w:after=\"40\"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>\
<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"RecommendationText\"><w:name w:val=\"Recommendation text\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/>\
<w:pPr><w:keepNext/><w:ind w:left=\"284\"/></w:pPr><w:rPr><w:i/></w:rPr></w:style>\
<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"TableText\"><w:name w:val=\"Table text\"/><w:basedOn w:val=\"Normal\"/>\
<w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr><w:rPr><w:sz w:val=\"19\"/><w:szCs w:val=\"19\"/></w:rPr></w:style>\
<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"Footer\"><w:name w:val=\"footer\"/><w:basedOn w:val=\"Normal\"/>\
<w:pPr><w:spacing w:after=\"0\"/><w:jc w:val=\"center\"/></w:pPr><w:rPr><w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/></w:rPr></w:style>";

/// The Word note's bytes.
pub(crate) fn render(report: &Report<'_>) -> Vec<u8> {
    let mut note = Note {
        // About 24 KB of XML a reply: its comments, its names in the tables,
        // its row of the annex.
        xml: String::with_capacity(64 * 1024 + report.included.len() * 24 * 1024),
    };
    note.write(report);
    let title = words::note_title(&report.schema.title);
    package::write(&Package {
        title: &title,
        lang: words::lang_region(),
        body: &note.xml,
        styles: STYLES,
        footer: Some(&format!(
            "<w:p><w:pPr><w:pStyle w:val=\"Footer\"/></w:pPr>{PAGE_FIELD}</w:p>"
        )),
    })
}

/// A table cell: its width, and its text in runs.
struct Cell {
    width: u32,
    runs: String,
}

impl Cell {
    fn text(width: u32, text: &str, look: Look) -> Cell {
        let mut runs = String::new();
        text_run(&mut runs, text, look);
        Cell { width, runs }
    }

    /// A number, right-aligned.
    fn number(width: u32, text: &str) -> Cell {
        let mut runs =
            String::from("<w:pPr><w:pStyle w:val=\"TableText\"/><w:jc w:val=\"right\"/></w:pPr>");
        text_run(&mut runs, text, Look::PLAIN);
        Cell { width, runs }
    }
}

struct Note {
    xml: String,
}

impl Note {
    fn para(&mut self, style: Option<&str>, text: &str, look: Look) {
        let mut runs = String::new();
        text_run(&mut runs, text, look);
        package::paragraph(&mut self.xml, style, &runs);
    }

    /// Text that may hold paragraphs (`\n\n`): one Word paragraph each.
    fn paragraphs(&mut self, text: &str) {
        for paragraph in text.split("\n\n") {
            self.para(None, paragraph, Look::PLAIN);
        }
    }

    /// A table with a header row repeated on every page and rows that do
    /// not break across pages.
    fn table(&mut self, header: Vec<Cell>, rows: Vec<Vec<Cell>>) {
        self.xml.push_str(
            "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/><w:tblLayout w:type=\"fixed\"/><w:tblBorders>",
        );
        for side in ["top", "left", "bottom", "right", "insideH", "insideV"] {
            let _ = write!(
                self.xml,
                "<w:{side} w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
            );
        }
        self.xml.push_str("</w:tblBorders><w:tblCellMar><w:left w:w=\"70\" w:type=\"dxa\"/><w:right w:w=\"70\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr><w:tblGrid>");
        for cell in &header {
            let _ = write!(self.xml, "<w:gridCol w:w=\"{}\"/>", cell.width);
        }
        self.xml.push_str("</w:tblGrid>");
        self.row(&header, true);
        for row in &rows {
            self.row(row, false);
        }
        self.xml.push_str("</w:tbl>");
        // Word needs a paragraph between a table and what follows.
        package::paragraph(&mut self.xml, None, "");
    }

    fn row(&mut self, cells: &[Cell], header: bool) {
        self.xml.push_str("<w:tr><w:trPr><w:cantSplit/>");
        if header {
            self.xml.push_str("<w:tblHeader/>");
        }
        self.xml.push_str("</w:trPr>");
        for cell in cells {
            let _ = write!(
                self.xml,
                "<w:tc><w:tcPr><w:tcW w:w=\"{}\" w:type=\"dxa\"/></w:tcPr><w:p>",
                cell.width
            );
            if cell.runs.starts_with("<w:pPr>") {
                self.xml.push_str(&cell.runs);
            } else {
                self.xml.push_str("<w:pPr><w:pStyle w:val=\"TableText\"/>");
                if header {
                    self.xml.push_str("<w:keepNext/>");
                }
                self.xml.push_str("</w:pPr>");
                self.xml.push_str(&cell.runs);
            }
            self.xml.push_str("</w:p></w:tc>");
        }
        self.xml.push_str("</w:tr>");
    }

    fn write(&mut self, report: &Report<'_>) {
        let schema = report.schema;
        self.para(
            Some("Title"),
            &words::note_title(&schema.title),
            Look::PLAIN,
        );
        self.para(Some("Subtitle"), &words::note_by_secretariat(), Look::PLAIN);
        if let Some(day) = report.as_at() {
            self.para(None, &words::as_at(day), Look::ITALIC);
        }
        self.replies(report);
        self.recommendations(report);
        self.previous(report);
        self.problems(report);
        self.annex(report);
    }

    fn replies(&mut self, report: &Report<'_>) {
        let n = report.included.len();
        self.para(Some("Heading1"), &words::replies_heading(), Look::PLAIN);
        let (strong, rest) =
            words::lead(report.headline(), report.options.cutoff, report.late.len());
        let mut lead = format!("{strong}{rest}");
        if let Some(response) = &report.response {
            lead.push(' ');
            lead.push_str(&words::response(response.replied, response.expected));
        }
        self.para(None, &lead, Look::PLAIN);
        if let Some(text) = words::dated(report.earliest_date, report.latest_date) {
            self.para(None, &text, Look::PLAIN);
        }
        if n > 0 {
            let regions = report
                .options
                .expected
                .as_ref()
                .is_some_and(|e| e.has_regions());
            let mut widths = vec![3800, 2200];
            if report.asks_consent {
                widths.push(1800);
            }
            if regions {
                widths.push(TEXT_WIDTH - widths.iter().sum::<u32>());
            } else {
                widths[0] += TEXT_WIDTH - widths.iter().sum::<u32>();
            }
            let mut header = vec![
                Cell::text(widths[0], &words::state(), Look::BOLD),
                Cell::text(widths[1], &words::date_of_submission(), Look::BOLD),
            ];
            if report.asks_consent {
                header.push(Cell::text(widths[2], &words::consent(), Look::BOLD));
            }
            if regions {
                header.push(Cell::text(
                    widths[widths.len() - 1],
                    &words::region(),
                    Look::BOLD,
                ));
            }
            let rows = report
                .included
                .iter()
                .map(|inc| {
                    let mut state = name(&inc.country).into_owned();
                    if !inc.valid {
                        let _ = write!(state, " ({})", words::incomplete_counted());
                    }
                    let mut row = vec![
                        Cell::text(widths[0], &state, Look::PLAIN),
                        Cell::text(widths[1], &words::maybe_date(inc.date), Look::PLAIN),
                    ];
                    if report.asks_consent {
                        row.push(Cell::text(
                            widths[2],
                            &words::consent_value(inc.consent),
                            Look::PLAIN,
                        ));
                    }
                    if regions {
                        row.push(Cell::text(
                            widths[widths.len() - 1],
                            inc.region.as_deref().unwrap_or("–"),
                            Look::PLAIN,
                        ));
                    }
                    row
                })
                .collect();
            self.table(header, rows);
        }
        if report.asks_consent && n > 0 {
            let names: Vec<String> = report
                .publishable()
                .map(|i| name(&i.country).into_owned())
                .collect();
            if names.is_empty() {
                self.para(None, &words::none_publishable(), Look::PLAIN);
            } else {
                let refs: Vec<&str> = names.iter().map(String::as_str).collect();
                self.para(
                    None,
                    &format!(
                        "{}{} {}.",
                        words::publishable(names.len()),
                        words::colon(),
                        words::list(&refs)
                    ),
                    Look::PLAIN,
                );
            }
        }
        if let (Some(response), Some(expected)) = (&report.response, &report.options.expected) {
            self.para(None, &words::expected_from(&expected.source), Look::PLAIN);
            if !response.regions.is_empty() {
                let w = TEXT_WIDTH / 4;
                let header = vec![
                    Cell::text(TEXT_WIDTH - 3 * w, &words::region(), Look::BOLD),
                    Cell::text(w, &words::states_expected(), Look::BOLD),
                    Cell::text(w, &words::replied(), Look::BOLD),
                    Cell::text(w, &words::response_rate(), Look::BOLD),
                ];
                let rows = response
                    .regions
                    .iter()
                    .map(|(region, expected, replied)| {
                        vec![
                            Cell::text(TEXT_WIDTH - 3 * w, region, Look::PLAIN),
                            Cell::number(w, &expected.to_string()),
                            Cell::number(w, &replied.to_string()),
                            Cell::number(w, &words::percent(*replied, *expected)),
                        ]
                    })
                    .collect();
                self.table(header, rows);
            }
            if response.missing.is_empty() {
                self.para(None, &words::all_replied(), Look::PLAIN);
            } else {
                let names: Vec<String> = response
                    .missing
                    .iter()
                    .map(|s| name(&s.name).into_owned())
                    .collect();
                let refs: Vec<&str> = names.iter().map(String::as_str).collect();
                self.para(
                    None,
                    &format!(
                        "{}{} {}.",
                        words::not_replied(names.len()),
                        words::colon(),
                        words::list(&refs)
                    ),
                    Look::PLAIN,
                );
            }
            if !response.not_expected.is_empty() {
                let refs: Vec<&str> = response.not_expected.iter().map(String::as_str).collect();
                self.para(
                    None,
                    &format!(
                        "{}{} {}.",
                        words::not_expected(refs.len()),
                        words::colon(),
                        words::list(&refs)
                    ),
                    Look::PLAIN,
                );
            }
        }
    }

    fn recommendations(&mut self, report: &Report<'_>) {
        let schema = report.schema;
        let n = report.included.len();
        self.para(
            Some("Heading1"),
            &words::recommendations_heading(),
            Look::PLAIN,
        );
        let mut issue_shown = usize::MAX;
        for (item, tally) in schema.items().zip(&report.tallies) {
            if item.issue_index != issue_shown {
                issue_shown = item.issue_index;
                self.para(
                    Some("Heading2"),
                    &format!("{}: {}", schema.issue_heading(item.issue), item.issue.title),
                    Look::PLAIN,
                );
                self.para(
                    None,
                    &words::issue_states(
                        n,
                        item.issue.recommendations.len(),
                        report.issue_states[item.issue_index],
                    ),
                    Look::PLAIN,
                );
            }
            let rec = item.recommendation;
            let c = tally.counts();
            self.para(
                Some("Heading3"),
                &format!("{} ({})", schema.recommendation_heading(rec), rec.id),
                Look::PLAIN,
            );
            for paragraph in rec.text.split("\n\n") {
                self.para(Some("RecommendationText"), paragraph, Look::PLAIN);
            }
            let figures = overview::figures(report, &item, tally);
            self.para(None, &figures, Look::PLAIN);
            if n > 0 {
                let (a, s, p) = (1300, 900, 900);
                let which = TEXT_WIDTH - a - s - p;
                let header = vec![
                    Cell::text(a, &words::answer(), Look::BOLD),
                    Cell::text(s, &words::count_states(), Look::BOLD),
                    Cell::text(p, &words::share(), Look::BOLD),
                    Cell::text(which, &words::which_states(), Look::BOLD),
                ];
                let rows = overview::answer_rows(report, tally)
                    .into_iter()
                    .map(|(label, group)| {
                        let names: Vec<String> = group
                            .iter()
                            .map(|&i| name(&report.included[i].country).into_owned())
                            .collect();
                        vec![
                            Cell::text(a, &label, Look::BOLD),
                            Cell::number(s, &group.len().to_string()),
                            Cell::number(p, &words::percent(group.len(), c.total())),
                            Cell::text(which, &names.join(", "), Look::PLAIN),
                        ]
                    })
                    .collect();
                self.table(header, rows);
            }
            self.comments(report, &rec.id);
        }
    }

    fn comments(&mut self, report: &Report<'_>, id: &str) {
        let comments = overview::comments(report, id);
        for (inc, label, comment) in &comments.said {
            self.para(
                Some("StateName"),
                &words::with_answer(&name(&inc.country), label),
                Look::PLAIN,
            );
            self.paragraphs(comment);
        }
        if let Some(silence) = comments.silence {
            self.para(None, &silence, Look::ITALIC);
        }
    }

    fn previous(&mut self, report: &Report<'_>) {
        let Some(previous) = &report.previous else {
            return;
        };
        let schema = report.schema;
        let (yes, no) = (schema.answer.yes.as_str(), schema.answer.no.as_str());
        self.para(Some("Heading1"), &words::previous_heading(), Look::PLAIN);
        self.para(
            None,
            &words::replies_then(previous.replies_then),
            Look::PLAIN,
        );
        let (then_label, now_label, change_label) = words::then_now(yes);
        let w = 2000;
        let first = TEXT_WIDTH - 3 * w;
        let header = vec![
            Cell::text(first, &words::recommendation(), Look::BOLD),
            Cell::text(w, &then_label, Look::BOLD),
            Cell::text(w, &now_label, Look::BOLD),
            Cell::text(w, &change_label, Look::BOLD),
        ];
        let rows = schema
            .items()
            .zip(&report.tallies)
            .zip(&previous.recommendations)
            .map(|((item, tally), then)| {
                let now = tally.counts();
                vec![
                    Cell::text(first, &item.recommendation.id, Look::PLAIN),
                    Cell::number(
                        w,
                        &format!("{} ({})", then.yes, words::percent(then.yes, then.replies)),
                    ),
                    Cell::number(
                        w,
                        &format!("{} ({})", now.yes, words::percent(now.yes, now.total())),
                    ),
                    Cell::number(w, &format!("{:+}", now.yes as i64 - then.yes as i64)),
                ]
            })
            .collect();
        self.table(header, rows);
        self.para(Some("Heading2"), &words::changes_by_state(), Look::PLAIN);
        if previous.states.is_empty() {
            self.para(None, &words::no_changes(), Look::PLAIN);
        }
        for state in &previous.states {
            let changes: Vec<String> = state
                .changes
                .iter()
                .map(|(id, change)| format!("{id} {}", words::change(*change, yes, no)))
                .collect();
            let mut runs = String::new();
            text_run(&mut runs, &name(&state.country), Look::BOLD);
            text_run(
                &mut runs,
                &format!("{} {}", words::colon(), words::changes(&changes)),
                Look::PLAIN,
            );
            package::paragraph(&mut self.xml, None, &runs);
        }
        for (heading, names) in [
            (words::gone(previous.gone.len()), &previous.gone),
            (words::new_states(previous.new.len()), &previous.new),
        ] {
            if !names.is_empty() {
                let refs: Vec<&str> = names.iter().map(String::as_str).collect();
                self.para(
                    None,
                    &format!("{heading}{} {}.", words::colon(), words::list(&refs)),
                    Look::PLAIN,
                );
            }
        }
    }

    fn problems(&mut self, report: &Report<'_>) {
        use super::problems::Fragment;
        self.para(Some("Heading1"), &words::problems_heading(), Look::PLAIN);
        let sections = super::problems::sections(report);
        if sections.is_empty() {
            self.para(None, &words::no_problems(), Look::PLAIN);
        }
        for section in sections {
            self.para(Some("Heading2"), &section.heading, Look::PLAIN);
            for item in section.items {
                let mut runs = String::new();
                for fragment in item {
                    match fragment {
                        Fragment::Text(text) => text_run(&mut runs, &text, Look::PLAIN),
                        Fragment::Country(country) => {
                            text_run(&mut runs, &name(country), Look::BOLD);
                        }
                        Fragment::File(file) => {
                            text_run(&mut runs, &format!(" {file}"), Look::ITALIC);
                        }
                    }
                }
                package::paragraph(&mut self.xml, None, &runs);
            }
        }
    }

    /// Every State's answer to every recommendation, as the overview's grid.
    fn annex(&mut self, report: &Report<'_>) {
        if report.included.is_empty() {
            return;
        }
        let schema = report.schema;
        self.xml
            .push_str("<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>");
        self.para(Some("Heading1"), &words::grid_caption(), Look::PLAIN);
        self.para(
            None,
            &words::grid_key(&schema.answer.yes, &schema.answer.no),
            Look::PLAIN,
        );
        let count = schema.items().count().max(1) as u32;
        let state_width = 2200.min(TEXT_WIDTH / 3);
        let w = (TEXT_WIDTH - state_width) / count;
        let mut header = vec![Cell::text(state_width, &words::state(), Look::BOLD)];
        header.extend(
            schema
                .items()
                .map(|item| centred(w, &item.recommendation.id, Look::BOLD)),
        );
        let marks = words::Marks::new();
        let rows = report
            .included
            .iter()
            .map(|inc| {
                let mut row = vec![Cell::text(state_width, &name(&inc.country), Look::PLAIN)];
                row.extend(schema.items().map(|item| {
                    let choice = answer(inc, &item.recommendation.id);
                    centred(w, marks.of(choice), Look::PLAIN)
                }));
                row
            })
            .collect();
        self.table(header, rows);
    }
}

/// A short, centred cell in small type (the annex's grid).
fn centred(width: u32, text: &str, look: Look) -> Cell {
    let mut runs =
        String::from("<w:pPr><w:pStyle w:val=\"TableText\"/><w:jc w:val=\"center\"/></w:pPr>");
    let mut escaped = String::new();
    escape_into(&mut escaped, text);
    let _ = write!(
        runs,
        "<w:r><w:rPr>{}<w:sz w:val=\"15\"/><w:szCs w:val=\"15\"/></w:rPr><w:t>{escaped}</w:t></w:r>",
        if look.bold { "<w:b/>" } else { "" }
    );
    Cell { width, runs }
}
