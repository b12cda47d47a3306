//! The report as Markdown: the same sections as the HTML report (the
//! overview first), for a note drafted in a word processor or read on a
//! forge. Reply text is escaped so that it shows as written and never
//! becomes markup; links to sections use explicit anchors, which every
//! renderer keeps.

use std::fmt::Write;

use super::overview::{self, answer, rec_anchor, short};
use super::problems::{self, Fragment, Markup};
use super::{Report, words};
use crate::escape::markdown::{block as md_block, inline as md_inline};
use crate::escape::visible::name;

pub(crate) fn render(report: &Report<'_>) -> String {
    let mut out = String::with_capacity(16 * 1024 + report.included.len() * 16 * 1024);
    let _ = writeln!(out, "# {}\n", md_inline(&report.schema.title));
    let _ = write!(out, "*{}*", md_inline(&words::kicker()));
    if let Some(day) = report.as_at() {
        let _ = write!(out, " · {}", md_inline(&words::as_at(day)));
    }
    out.push_str("\n\n");
    overview(report, &mut out);
    replies(report, &mut out);
    recommendations(report, &mut out);
    previous(report, &mut out);
    problems::write(report, &mut Markdown(&mut out));
    out
}

fn names(list: &[String]) -> String {
    list.iter()
        .map(|n| md_inline(&name(n)))
        .collect::<Vec<_>>()
        .join(", ")
}

fn overview(report: &Report<'_>, out: &mut String) {
    let schema = report.schema;
    let (yes, no) = (md_inline(&schema.answer.yes), md_inline(&schema.answer.no));
    let n = report.included.len();
    let unanswered = report.any_unanswered();
    let (strong, rest) = words::lead(report.headline(), report.options.cutoff, report.late.len());
    let _ = write!(
        out,
        "## {}\n\n**{}**{}",
        md_inline(&words::overview()),
        md_inline(&strong),
        md_inline(&rest)
    );
    if let Some(response) = &report.response {
        let _ = write!(
            out,
            " {}",
            md_inline(&words::response(response.replied, response.expected))
        );
    }
    let _ = write!(
        out,
        "\n\n**{}**\n\n| {} | {yes} | {no} |",
        md_inline(&words::table_caption()),
        md_inline(&words::recommendation())
    );
    if unanswered {
        let _ = write!(out, " {} |", md_inline(&words::unanswered()));
    }
    let _ = write!(
        out,
        " {} |\n| --- | ---: | ---: |{} ---: |\n",
        md_inline(&words::share_yes(&schema.answer.yes)),
        if unanswered { " ---: |" } else { "" }
    );
    let blanks = if unanswered { " | | | |" } else { " | | |" };
    let mut issue_shown = usize::MAX;
    for (item, tally) in schema.items().zip(&report.tallies) {
        if item.issue_index != issue_shown {
            issue_shown = item.issue_index;
            let _ = writeln!(
                out,
                "| **{}** {}{blanks}",
                md_inline(&format!(
                    "{}: {}",
                    schema.issue_heading(item.issue),
                    item.issue.title
                )),
                md_inline(&words::issue_states(
                    n,
                    item.issue.recommendations.len(),
                    report.issue_states[item.issue_index]
                ))
            );
        }
        let rec = item.recommendation;
        let c = tally.counts();
        let _ = write!(
            out,
            "| [{}](#{}) {} | {} | {} |",
            md_inline(&rec.id),
            md_inline(&rec_anchor(&rec.id)),
            md_inline(&short(&rec.text)),
            c.yes,
            c.no
        );
        if unanswered {
            let _ = write!(out, " {} |", c.unanswered);
        }
        let _ = writeln!(out, " {} |", md_inline(&words::percent(c.yes, c.total())));
    }
    out.push('\n');
    if n == 0 {
        return;
    }
    let _ = write!(
        out,
        "**{}**{} {}\n\n| {} |",
        md_inline(&words::grid_caption()),
        words::colon(),
        md_inline(&words::grid_key(&schema.answer.yes, &schema.answer.no)),
        md_inline(&words::state())
    );
    for item in schema.items() {
        let id = &item.recommendation.id;
        let _ = write!(
            out,
            " [{}](#{}) |",
            md_inline(id),
            md_inline(&rec_anchor(id))
        );
    }
    out.push_str("\n| --- |");
    for _ in schema.items() {
        out.push_str(" :-: |");
    }
    out.push('\n');
    let marks = words::Marks::new();
    for inc in &report.included {
        let _ = write!(out, "| {} |", md_inline(&name(&inc.country)));
        for item in schema.items() {
            let _ = write!(
                out,
                " {} |",
                md_inline(marks.of(answer(inc, &item.recommendation.id)))
            );
        }
        out.push('\n');
    }
    out.push('\n');
}

fn replies(report: &Report<'_>, out: &mut String) {
    let _ = writeln!(out, "## {}\n", md_inline(&words::replies_heading()));
    if let Some(text) = words::dated(report.earliest_date, report.latest_date) {
        let _ = writeln!(out, "{}\n", md_inline(&text));
    }
    let regions = report
        .options
        .expected
        .as_ref()
        .is_some_and(|e| e.has_regions());
    if !report.included.is_empty() {
        let mut header = vec![words::state(), words::date_of_submission()];
        if report.asks_consent {
            header.push(words::consent());
        }
        if regions {
            header.push(words::region());
        }
        let header: Vec<String> = header.iter().map(|h| md_inline(h)).collect();
        let _ = writeln!(
            out,
            "| {} |\n|{}",
            header.join(" | "),
            " --- |".repeat(header.len())
        );
        for inc in &report.included {
            let mut cells = vec![
                format!(
                    "{}{}",
                    md_inline(&name(&inc.country)),
                    if inc.valid {
                        String::new()
                    } else {
                        format!(" *({})*", md_inline(&words::incomplete_counted()))
                    }
                ),
                md_inline(&words::maybe_date(inc.date)),
            ];
            if report.asks_consent {
                cells.push(md_inline(&words::consent_value(inc.consent)));
            }
            if regions {
                cells.push(md_inline(inc.region.as_deref().unwrap_or("–")));
            }
            let _ = writeln!(out, "| {} |", cells.join(" | "));
        }
        out.push('\n');
    }
    if report.asks_consent && !report.included.is_empty() {
        let publishable: Vec<String> = report.publishable().map(|i| i.country.clone()).collect();
        if publishable.is_empty() {
            let _ = writeln!(out, "{}\n", md_inline(&words::none_publishable()));
        } else {
            let _ = writeln!(
                out,
                "**{}**{} {}\n",
                md_inline(&words::publishable(publishable.len())),
                words::colon(),
                names(&publishable)
            );
        }
    }
    if let (Some(response), Some(expected)) = (&report.response, &report.options.expected) {
        let _ = writeln!(
            out,
            "{} {}\n",
            md_inline(&words::expected_from(&expected.source)),
            md_inline(&words::response(response.replied, response.expected))
        );
        if !response.regions.is_empty() {
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} |\n| --- | ---: | ---: | ---: |",
                md_inline(&words::region()),
                md_inline(&words::states_expected()),
                md_inline(&words::replied()),
                md_inline(&words::response_rate())
            );
            for (region, expected, replied) in &response.regions {
                let _ = writeln!(
                    out,
                    "| {} | {expected} | {replied} | {} |",
                    md_inline(region),
                    md_inline(&words::percent(*replied, *expected))
                );
            }
            out.push('\n');
        }
        if response.missing.is_empty() {
            let _ = writeln!(out, "{}\n", md_inline(&words::all_replied()));
        } else {
            let missing: Vec<String> = response.missing.iter().map(|s| s.name.clone()).collect();
            let _ = writeln!(
                out,
                "**{}**{} {}\n",
                md_inline(&words::not_replied(missing.len())),
                words::colon(),
                names(&missing)
            );
        }
        if !response.not_expected.is_empty() {
            let _ = writeln!(
                out,
                "**{}**{} {}\n",
                md_inline(&words::not_expected(response.not_expected.len())),
                words::colon(),
                names(&response.not_expected)
            );
        }
    }
}

fn recommendations(report: &Report<'_>, out: &mut String) {
    let schema = report.schema;
    let n = report.included.len();
    let _ = writeln!(out, "## {}\n", md_inline(&words::recommendations_heading()));
    let mut issue_shown = usize::MAX;
    for (item, tally) in schema.items().zip(&report.tallies) {
        if item.issue_index != issue_shown {
            issue_shown = item.issue_index;
            let _ = writeln!(
                out,
                "### {}\n\n{}\n",
                md_inline(&format!(
                    "{}: {}",
                    schema.issue_heading(item.issue),
                    item.issue.title
                )),
                md_inline(&words::issue_states(
                    n,
                    item.issue.recommendations.len(),
                    report.issue_states[item.issue_index]
                ))
            );
        }
        let rec = item.recommendation;
        let c = tally.counts();
        let _ = writeln!(
            out,
            "<a id=\"{}\"></a>\n\n#### {} ({})\n\n*{}*\n\n{}\n",
            md_inline(&rec_anchor(&rec.id)),
            md_inline(&schema.recommendation_heading(rec)),
            md_inline(&rec.id),
            md_inline(&rec.text),
            md_inline(&overview::figures(report, &item, tally))
        );
        if n > 0 {
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} |\n| --- | ---: | ---: | --- |",
                md_inline(&words::answer()),
                md_inline(&words::count_states()),
                md_inline(&words::share()),
                md_inline(&words::which_states())
            );
            for (label, group) in overview::answer_rows(report, tally) {
                let list: Vec<String> = group
                    .iter()
                    .map(|&i| report.included[i].country.clone())
                    .collect();
                let _ = writeln!(
                    out,
                    "| {} | {} | {} | {} |",
                    md_inline(&label),
                    group.len(),
                    md_inline(&words::percent(group.len(), c.total())),
                    names(&list)
                );
            }
            out.push('\n');
        }
        comments(report, &rec.id, out);
    }
}

fn comments(report: &Report<'_>, id: &str, out: &mut String) {
    let comments = overview::comments(report, id);
    for (inc, label, comment) in &comments.said {
        let _ = writeln!(
            out,
            "**{}** ({})\n\n{}\n",
            md_inline(&name(&inc.country)),
            md_inline(label),
            md_block(comment)
        );
    }
    if let Some(silence) = comments.silence {
        let _ = writeln!(out, "*{}*\n", md_inline(&silence));
    }
}

fn previous(report: &Report<'_>, out: &mut String) {
    let Some(previous) = &report.previous else {
        return;
    };
    let schema = report.schema;
    let (yes, no) = (schema.answer.yes.as_str(), schema.answer.no.as_str());
    let (then_label, now_label, change_label) = words::then_now(yes);
    let _ = writeln!(
        out,
        "## {}\n\n{}\n\n| {} | {} | {} | {} |\n| --- | ---: | ---: | ---: |",
        md_inline(&words::previous_heading()),
        md_inline(&words::replies_then(previous.replies_then)),
        md_inline(&words::recommendation()),
        md_inline(&then_label),
        md_inline(&now_label),
        md_inline(&change_label)
    );
    for ((item, tally), then) in schema
        .items()
        .zip(&report.tallies)
        .zip(&previous.recommendations)
    {
        let now = tally.counts();
        let _ = writeln!(
            out,
            "| [{}](#{}) | {} ({}) | {} ({}) | {:+} |",
            md_inline(&item.recommendation.id),
            md_inline(&rec_anchor(&item.recommendation.id)),
            then.yes,
            md_inline(&words::percent(then.yes, then.replies)),
            now.yes,
            md_inline(&words::percent(now.yes, now.total())),
            now.yes as i64 - then.yes as i64
        );
    }
    let _ = writeln!(out, "\n### {}\n", md_inline(&words::changes_by_state()));
    if previous.states.is_empty() {
        let _ = writeln!(out, "{}\n", md_inline(&words::no_changes()));
    } else {
        for state in &previous.states {
            let changes: Vec<String> = state
                .changes
                .iter()
                .map(|(id, change)| format!("{id} {}", words::change(*change, yes, no)))
                .collect();
            let _ = writeln!(
                out,
                "- {}{} {}",
                md_inline(&name(&state.country)),
                words::colon(),
                md_inline(&words::changes(&changes))
            );
        }
        out.push('\n');
    }
    for (heading, list) in [
        (words::gone(previous.gone.len()), &previous.gone),
        (words::new_states(previous.new.len()), &previous.new),
    ] {
        if !list.is_empty() {
            let _ = writeln!(
                out,
                "**{}**{} {}\n",
                md_inline(&heading),
                words::colon(),
                names(list)
            );
        }
    }
}

struct Markdown<'o>(&'o mut String);

impl Markup for Markdown<'_> {
    fn title(&mut self, text: &str, anchor: &str) {
        let _ = writeln!(
            self.0,
            "<a id=\"{}\"></a>\n\n## {}\n",
            md_inline(anchor),
            md_inline(text)
        );
    }

    fn paragraph(&mut self, text: &str) {
        let _ = writeln!(self.0, "{}", md_inline(text));
    }

    fn heading(&mut self, text: &str) {
        let _ = writeln!(self.0, "### {}\n", md_inline(text));
    }

    fn list(&mut self, items: &[Vec<Fragment<'_>>]) {
        for item in items {
            self.0.push_str("- ");
            for fragment in item {
                match fragment {
                    Fragment::Text(text) => self.0.push_str(&md_inline(text)),
                    Fragment::Country(country) => self.0.push_str(&md_inline(&name(country))),
                    Fragment::File(file) => {
                        let _ = write!(self.0, " *{}*", md_inline(file));
                    }
                }
            }
            self.0.push('\n');
        }
        self.0.push('\n');
    }
}
