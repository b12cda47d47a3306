//! The report as Markdown: the same sections as the HTML report, for a
//! note drafted in a word processor or read on a forge. Reply text is
//! escaped so that it shows as written and never becomes markup.

use std::fmt::Write;

use super::problems::{self, Fragment, Markup};
use super::{Counts, Report, percent};
use crate::escape::markdown::{block as md_block, inline as md_inline};
use crate::escape::visible::name;
use crate::reply::Choice;

pub(crate) fn render(report: &Report<'_>) -> String {
    let mut out = String::with_capacity(16 * 1024 + report.included.len() * 16 * 1024);
    let _ = writeln!(
        out,
        "# Replies to the questionnaire: {}\n",
        md_inline(&report.schema.title)
    );
    replies(report, &mut out);
    figures(report, &mut out);
    comments(report, &mut out);
    problems(report, &mut out);
    out
}

fn replies(report: &Report<'_>, out: &mut String) {
    let n = report.included.len();
    let (count, more) = report.headline().text();
    let _ = write!(out, "## Replies\n\n**{count}**{more}");
    if let Some(latest) = &report.latest_date {
        let _ = write!(out, "; latest date of submission: {}", md_inline(latest));
    }
    if let Some(cutoff) = &report.options.cutoff {
        let _ = write!(out, "; cut-off date: {}", md_inline(cutoff));
    }
    let _ = writeln!(
        out,
        ". {} files read, {} left out{}.\n",
        report.files,
        report.left_out(),
        if report.has_problems() {
            " (see Problems)"
        } else {
            ""
        }
    );
    if n == 0 {
        return;
    }
    out.push_str("| State | Date of submission | File |\n| --- | --- | --- |\n");
    for inc in &report.included {
        let _ = writeln!(
            out,
            "| {}{} | {} | {} |",
            md_inline(&name(&inc.country)),
            if inc.valid {
                ""
            } else {
                " (does not validate)"
            },
            md_inline(inc.date.as_deref().unwrap_or("–")),
            md_inline(&inc.file)
        );
    }
    out.push('\n');
}

fn counts_row(label: &str, c: Counts) -> String {
    let total = c.total();
    format!(
        "| {label} | {} ({}) | {} ({}) | {} ({}) |\n",
        c.yes,
        percent(c.yes, total),
        c.no,
        percent(c.no, total),
        c.unanswered,
        percent(c.unanswered, total)
    )
}

fn figures(report: &Report<'_>, out: &mut String) {
    let schema = report.schema;
    let yes = md_inline(&schema.answer.yes);
    let no = md_inline(&schema.answer.no);
    out.push_str("## Figures\n\n");
    out.push_str(
        "Shares are of the replies counted. *Unanswered*: counted replies that give neither YES nor NO; \
         only replies that do not validate (counted with `--include-invalid`) can leave one open.\n\n",
    );
    let _ = write!(
        out,
        "### By issue\n\n| Issue | {yes} | {no} | unanswered |\n| --- | --- | --- | --- |\n"
    );
    for (issue, counts) in schema.issues.iter().zip(&report.issues) {
        let label = md_inline(&format!("{}: {}", schema.issue_heading(issue), issue.title));
        out.push_str(&counts_row(&label, *counts));
    }
    let _ = write!(
        out,
        "\n### By recommendation\n\n| Recommendation | {yes} | {no} | unanswered |\n| --- | --- | --- | --- |\n"
    );
    for (item, tally) in schema.items().zip(&report.tallies) {
        out.push_str(&counts_row(
            &md_inline(&item.recommendation.id),
            tally.counts(),
        ));
    }
    out.push('\n');
    for (item, tally) in schema.items().zip(&report.tallies) {
        let rec = item.recommendation;
        let _ = writeln!(
            out,
            "#### {}, {} ({})\n",
            md_inline(&schema.issue_heading(item.issue)),
            md_inline(&schema.recommendation_heading(rec)),
            md_inline(&rec.id)
        );
        let total = tally.counts().total();
        for (label, group) in [
            (yes.as_str(), &tally.yes),
            (no.as_str(), &tally.no),
            ("unanswered", &tally.unanswered),
        ] {
            let names: Vec<String> = group
                .iter()
                .map(|&n| md_inline(&name(&report.included[n].country)))
                .collect();
            let _ = writeln!(
                out,
                "- **{label}** {} ({}){}{}",
                group.len(),
                percent(group.len(), total),
                if names.is_empty() { "" } else { ": " },
                names.join(", ")
            );
        }
        out.push('\n');
    }
}

fn comments(report: &Report<'_>, out: &mut String) {
    let schema = report.schema;
    out.push_str("## Comments\n\n");
    let mut issue_shown = usize::MAX;
    for item in schema.items() {
        if item.issue_index != issue_shown {
            issue_shown = item.issue_index;
            let _ = writeln!(
                out,
                "### {}\n",
                md_inline(&format!(
                    "{}: {}",
                    schema.issue_heading(item.issue),
                    item.issue.title
                ))
            );
        }
        let rec = item.recommendation;
        let _ = writeln!(
            out,
            "#### {} ({})\n\n*{}*\n",
            md_inline(&schema.recommendation_heading(rec)),
            md_inline(&rec.id),
            md_inline(&rec.text)
        );
        let mut any = false;
        for inc in &report.included {
            let Some(answer) = inc.reply.answer(&rec.id) else {
                continue;
            };
            let Some(comment) = &answer.comments else {
                continue;
            };
            any = true;
            let choice = match answer.action_taken {
                Some(Choice::Yes) => schema.answer.yes.as_str(),
                Some(Choice::No) => schema.answer.no.as_str(),
                None => "unanswered",
            };
            let _ = writeln!(
                out,
                "**{}** ({})\n\n{}\n",
                md_inline(&name(&inc.country)),
                md_inline(choice),
                md_block(comment)
            );
        }
        if !any {
            out.push_str("*No comments.*\n\n");
        }
    }
}

fn problems(report: &Report<'_>, out: &mut String) {
    problems::write(report, &mut Markdown(out));
}

struct Markdown<'o>(&'o mut String);

impl Markup for Markdown<'_> {
    fn title(&mut self, text: &str, _anchor: &str) {
        let _ = writeln!(self.0, "## {}\n", md_inline(text));
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
            fragments(item, self.0);
            self.0.push('\n');
        }
        self.0.push('\n');
    }
}

fn fragments(pieces: &[Fragment<'_>], out: &mut String) {
    for fragment in pieces {
        match fragment {
            Fragment::Text(text) => out.push_str(&md_inline(text)),
            // Escaped text, not a code span: a span would need a fence longer
            // than any run of backticks in the name.
            Fragment::Code(code) => out.push_str(&md_inline(code)),
            Fragment::Country(country) => out.push_str(&md_inline(&name(country))),
            Fragment::Flag(flag) => {
                // `\-\-`: some renderers make `--` a dash.
                let rest = flag.trim_start_matches('-');
                out.push_str(&"\\-".repeat(flag.len() - rest.len()));
                out.push_str(&md_inline(rest));
            }
            Fragment::Aside(inner) => {
                out.push('(');
                fragments(inner, out);
                out.push(')');
            }
        }
    }
}
