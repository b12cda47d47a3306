//! The report as one self-contained, printable HTML file: no scripts, no
//! network, the styles inline, a bar chart per issue and recommendation.
//! Every piece of text from a reply or schema goes through [`html`].

use std::fmt::Write;

use super::problems::{self, Fragment, Markup};
use super::{Report, percent, svg};
use crate::escape::html::html;
use crate::escape::visible::name;
use crate::reply::Choice;

const STYLE: &str = "\
body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.45;color:#000;background:#fff}
h1{font-size:1.6rem}h2{border-bottom:1px solid #000;margin-top:2.5rem}
table{border-collapse:collapse;margin:.5rem 0}th,td{border:1px solid #444;padding:.2rem .5rem;text-align:left;vertical-align:top}
td.n{text-align:right}
svg.chart,svg.legend{display:block;margin:.3rem 0;font-size:12px}
svg .yes{fill:#000;stroke:#000}svg .no{fill:url(#hatch);stroke:#000}svg .unanswered{fill:#fff;stroke:#000}
svg.defs{position:absolute}
.rec-text{font-style:italic}
.comment{margin:.5rem 0 1rem 1rem}.comment p{margin:.3rem 0}
.states{font-size:.9rem}
section.rec,article{break-inside:avoid}
@media print{body{margin:0;max-width:none}h2{break-before:page}h2:first-of-type{break-before:auto}}
";

/// Writes the whole document.
pub(crate) fn render(report: &Report<'_>) -> String {
    let schema = report.schema;
    let mut out = String::with_capacity(64 * 1024 + report.included.len() * 16 * 1024);
    let title = format!("Replies to the questionnaire: {}", schema.title);
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"qnr {}\">\n<title>{}</title>\n<style>\n{STYLE}</style>\n</head>\n<body>\n{}\n",
        env!("CARGO_PKG_VERSION"),
        html(&title),
        svg::DEFS
    );
    let _ = writeln!(out, "<h1>{}</h1>", html(&title));
    replies(report, &mut out);
    figures(report, &mut out);
    comments(report, &mut out);
    problems(report, &mut out);
    out.push_str("</body>\n</html>\n");
    out
}

fn replies(report: &Report<'_>, out: &mut String) {
    let n = report.included.len();
    out.push_str("<h2 id=\"replies\">Replies</h2>\n<p>");
    let (count, more) = report.headline().text();
    let _ = write!(out, "<strong>{}</strong>{}", html(&count), html(&more));
    if let Some(latest) = &report.latest_date {
        let _ = write!(
            out,
            "; latest date of submission: <time>{}</time>",
            html(latest)
        );
    }
    if let Some(cutoff) = &report.options.cutoff {
        let _ = write!(out, "; cut-off date: <time>{}</time>", html(cutoff));
    }
    let _ = writeln!(
        out,
        ". {} files read, {} left out{}.</p>",
        report.files,
        report.left_out(),
        if report.has_problems() {
            " (see <a href=\"#problems\">Problems</a>)"
        } else {
            ""
        }
    );
    if n == 0 {
        return;
    }
    out.push_str(
        "<table class=\"replies\"><thead><tr><th>State</th><th>Date of submission</th><th>File</th></tr></thead><tbody>\n",
    );
    for inc in &report.included {
        let _ = writeln!(
            out,
            "<tr><td><bdi>{}</bdi>{}</td><td>{}</td><td><code>{}</code></td></tr>",
            html(&name(&inc.country)),
            if inc.valid {
                ""
            } else {
                " <em>(does not validate)</em>"
            },
            html(inc.date.as_deref().unwrap_or("–")),
            html(&inc.file)
        );
    }
    out.push_str("</tbody></table>\n");
}

fn figures(report: &Report<'_>, out: &mut String) {
    let schema = report.schema;
    out.push_str("<h2 id=\"figures\">Figures</h2>\n");
    out.push_str(&svg::legend());
    out.push_str(
        "\n<p>Shares are of the replies counted. <em>Unanswered</em>: counted replies that give neither YES nor NO; \
         only replies that do not validate (counted with <code>--include-invalid</code>) can leave one open.</p>\n",
    );
    out.push_str("<h3>By issue</h3>\n");
    for (issue, counts) in schema.issues.iter().zip(&report.issues) {
        let heading = format!("{}: {}", schema.issue_heading(issue), issue.title);
        let _ = writeln!(
            out,
            "<section class=\"issue\"><h4>{}</h4>{}</section>",
            html(&heading),
            svg::bar(&html(&issue.numeral), &html(&heading), *counts)
        );
    }
    out.push_str("<h3>By recommendation</h3>\n");
    for (item, tally) in schema.items().zip(&report.tallies) {
        let rec = item.recommendation;
        let heading = format!(
            "{}, {} ({})",
            schema.issue_heading(item.issue),
            schema.recommendation_heading(rec),
            rec.id
        );
        let counts = tally.counts();
        let _ = write!(
            out,
            "<section class=\"rec\" id=\"fig-{}\"><h4>{}</h4>\n<p class=\"rec-text\">{}</p>\n{}\n",
            html(&rec.id),
            html(&heading),
            html(&rec.text),
            svg::bar(&html(&rec.id), &html(&heading), counts)
        );
        out.push_str("<table class=\"groups\"><thead><tr><th>Answer</th><th>States</th><th>Share</th><th>Which</th></tr></thead><tbody>\n");
        for (label, group) in [
            (schema.answer.yes.as_str(), &tally.yes),
            (schema.answer.no.as_str(), &tally.no),
            ("unanswered", &tally.unanswered),
        ] {
            let names: Vec<String> = group
                .iter()
                .map(|&n| format!("<bdi>{}</bdi>", html(&name(&report.included[n].country))))
                .collect();
            let _ = writeln!(
                out,
                "<tr><th>{}</th><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"states\">{}</td></tr>",
                html(label),
                group.len(),
                percent(group.len(), counts.total()),
                names.join(", ")
            );
        }
        out.push_str("</tbody></table></section>\n");
    }
}

fn comments(report: &Report<'_>, out: &mut String) {
    let schema = report.schema;
    out.push_str("<h2 id=\"comments\">Comments</h2>\n");
    let mut issue_shown = usize::MAX;
    for (item, _) in schema.items().zip(&report.tallies) {
        if item.issue_index != issue_shown {
            issue_shown = item.issue_index;
            let _ = writeln!(
                out,
                "<h3>{}</h3>",
                html(&format!(
                    "{}: {}",
                    schema.issue_heading(item.issue),
                    item.issue.title
                ))
            );
        }
        let rec = item.recommendation;
        let _ = write!(
            out,
            "<article id=\"com-{}\"><h4>{} ({})</h4>\n<p class=\"rec-text\">{}</p>\n",
            html(&rec.id),
            html(&schema.recommendation_heading(rec)),
            html(&rec.id),
            html(&rec.text)
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
                "<div class=\"comment\"><h5><bdi>{}</bdi> ({})</h5>",
                html(&name(&inc.country)),
                html(choice)
            );
            for paragraph in comment.split("\n\n") {
                let _ = writeln!(out, "<p>{}</p>", html(paragraph).replace('\n', "<br>\n"));
            }
            out.push_str("</div>\n");
        }
        if !any {
            out.push_str("<p><em>No comments.</em></p>\n");
        }
        out.push_str("</article>\n");
    }
}

fn problems(report: &Report<'_>, out: &mut String) {
    problems::write(report, &mut Html(out));
}

struct Html<'o>(&'o mut String);

impl Markup for Html<'_> {
    fn title(&mut self, text: &str, anchor: &str) {
        let _ = writeln!(self.0, "<h2 id=\"{}\">{}</h2>", html(anchor), html(text));
    }

    fn paragraph(&mut self, text: &str) {
        let _ = writeln!(self.0, "<p>{}</p>", html(text));
    }

    fn heading(&mut self, text: &str) {
        let _ = writeln!(self.0, "<h3>{}</h3>", html(text));
    }

    fn list(&mut self, items: &[Vec<Fragment<'_>>]) {
        self.0.push_str("<ul>\n");
        for item in items {
            self.0.push_str("<li>");
            fragments(item, self.0);
            self.0.push_str("</li>\n");
        }
        self.0.push_str("</ul>\n");
    }
}

fn fragments(pieces: &[Fragment<'_>], out: &mut String) {
    for fragment in pieces {
        match fragment {
            Fragment::Text(text) => out.push_str(&html(text)),
            Fragment::Code(code) => {
                let _ = write!(out, "<code>{}</code>", html(code));
            }
            Fragment::Country(country) => {
                let _ = write!(out, "<bdi>{}</bdi>", html(&name(country)));
            }
            Fragment::Flag(flag) => out.push_str(&html(flag)),
            Fragment::Aside(inner) => {
                out.push_str("<em>(");
                fragments(inner, out);
                out.push_str(")</em>");
            }
        }
    }
}
