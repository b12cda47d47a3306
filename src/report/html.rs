//! The report as one self-contained HTML file: no scripts, no network,
//! the styles inline. It opens on a one-page overview (the figures per
//! recommendation, and every State's answers in a grid), then the replies,
//! each recommendation's figures and comments, the last round, and the
//! problems. It fits a phone (nothing wider than the screen: bars scale,
//! long words break, only the grid scrolls in its own box) and prints on
//! A4 with page numbers, headings kept with what follows, rows whole.
//! Every piece of text from a reply or schema goes through [`html`].

use std::fmt::Write;

use super::overview::{self, answer, rec_anchor, short, state_anchor};
use super::problems::{self, Fragment, Markup};
use super::{Report, svg, words};
use crate::escape::html::html;
use crate::escape::visible::name;
use crate::reply::Choice;

// On a phone a table's header words (Recommandation, представления) and a
// State's long name may break, hyphenated where the browser knows the page's
// language, rather than widen the page; figures, dates and consent never
// break inside a word, and a header has room for a short word (YES, Доля)
// whole. Desktop and print keep their words whole.
const STYLE: &str = "\
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{font-family:system-ui,'Segoe UI',Roboto,'DejaVu Sans',sans-serif;max-width:52rem;margin:0 auto;padding:1rem;line-height:1.45;color:#000;background:#fff;overflow-wrap:break-word}
.comment,td{overflow-wrap:anywhere}
td.n,td.date,td.consent{overflow-wrap:normal}
.kicker{margin:0;font-size:.95rem}
h1{font-size:1.45rem;line-height:1.25;margin:.3rem 0 .4rem}
h2{font-size:1.3rem;border-bottom:1px solid #000;margin:2rem 0 .6rem;padding-bottom:.1rem}
h3{font-size:1.12rem;margin:1.6rem 0 .4rem}
h4{font-size:1.03rem;margin:1.3rem 0 .3rem}
h5{font-size:1rem;margin:.8rem 0 .15rem}
.asat{margin:0 0 1rem}
nav ol{margin:.3rem 0;padding-left:1.3rem}nav .recs a{display:inline-block;margin-right:.5rem}
table{border-collapse:collapse;margin:.4rem 0 1rem;width:100%}
th,td{border:1px solid #555;padding:.25rem .4rem;text-align:left;vertical-align:top}
thead th{vertical-align:bottom}
.n{text-align:right;font-variant-numeric:tabular-nums}
caption{text-align:left;font-weight:bold;padding:.2rem 0;caption-side:top}
tr.issue th{font-weight:bold;border-top:2px solid #000}
tr.issue td{font-size:.9rem}
.short{font-size:.85rem;font-weight:normal}
tr.issue .short{display:block}
td.barcell{width:24%;min-width:5rem}
.share{display:flex;align-items:center;gap:.35rem}.share span{min-width:2.6rem;text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
svg.bar{display:block;flex:1;min-width:2rem;height:auto}
svg .yes{fill:#000;stroke:#000;stroke-width:.6}svg .no{fill:url(#hatch);stroke:#000;stroke-width:.6}svg .unanswered{fill:#fff;stroke:#000;stroke-width:.6}
svg.defs{position:absolute}
.legend{font-size:.9rem;margin:.3rem 0}.legend span{white-space:nowrap;margin-right:1rem}.legend svg{vertical-align:-1px}
.scroll{overflow-x:auto;max-width:100%}
table.grid{width:auto;font-size:.85rem}
table.grid th,table.grid td{padding:.1rem .3rem}
table.grid thead th{overflow-wrap:normal;white-space:nowrap}
table.grid td{text-align:center;font-family:ui-monospace,'DejaVu Sans Mono',monospace}
table.grid td.y{font-weight:bold}
table.grid th[scope=row]{font-weight:normal;min-width:8rem;max-width:16rem}
.rec-text{font-style:italic}
.comment p{margin:.15rem 0 .5rem}
.answer{font-weight:normal}
.file{font-size:.85rem}
@media (max-width:30rem){body{padding:.6rem}th,td{padding:.2rem .25rem}
th{hyphens:auto;-webkit-hyphens:auto;overflow-wrap:anywhere}thead th{font-size:.8rem;min-width:3.2em}
td.barcell{min-width:4rem}.share{display:block}.share span{display:block;text-align:left}}
@page{size:A4;margin:14mm 14mm 16mm;@bottom-center{content:counter(page) ' / ' counter(pages);font-size:9pt}}
@media print{
body{max-width:none;padding:0;font-size:9.5pt;line-height:1.3}
h4{margin-top:.9rem}h5{margin-top:.5rem}
nav{display:none}
a{color:inherit;text-decoration:none}
h1,h2,h3,h4,h5,caption{break-after:avoid;page-break-after:avoid}
h2{margin-top:1.2rem}
#recommendations>h2,#problems{break-before:page}
tr,.legend,svg.bar{break-inside:avoid}
tr.issue{break-after:avoid;page-break-after:avoid}
table.grid{width:100%}
thead{display:table-header-group}
.scroll{overflow:visible}
}
";

/// Writes the whole document.
pub(crate) fn render(report: &Report<'_>) -> String {
    let schema = report.schema;
    let mut out = String::with_capacity(64 * 1024 + report.included.len() * 16 * 1024);
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"qnr {}\">\n<title>{}</title>\n<style>\n{STYLE}</style>\n</head>\n<body>\n{}\n",
        words::lang(),
        env!("CARGO_PKG_VERSION"),
        html(&schema.title),
        svg::DEFS
    );
    let _ = write!(
        out,
        "<header><p class=\"kicker\">{}</p>\n<h1>{}</h1>\n",
        html(&words::kicker()),
        html(&schema.title)
    );
    if let Some(day) = report.as_at() {
        let _ = writeln!(
            out,
            "<p class=\"asat\"><time datetime=\"{day}\">{}</time></p>",
            html(&words::as_at(day))
        );
    }
    out.push_str("</header>\n");
    contents(report, &mut out);
    overview(report, &mut out);
    replies(report, &mut out);
    recommendations(report, &mut out);
    previous(report, &mut out);
    problems::write(report, &mut Html(&mut out));
    out.push_str("</section>\n</body>\n</html>\n");
    out
}

fn contents(report: &Report<'_>, out: &mut String) {
    let _ = write!(
        out,
        "<nav aria-label=\"{0}\"><h2>{0}</h2><ol>\n<li><a href=\"#overview\">{1}</a></li>\n<li><a href=\"#replies\">{2}</a></li>\n<li><a href=\"#recommendations\">{3}</a><br><span class=\"recs\">",
        html(&words::contents()),
        html(&words::overview()),
        html(&words::replies_heading()),
        html(&words::recommendations_heading()),
    );
    for item in report.schema.items() {
        let id = &item.recommendation.id;
        let _ = write!(
            out,
            "<a href=\"#{}\">{}</a> ",
            html(&rec_anchor(id)),
            html(id)
        );
    }
    out.push_str("</span></li>\n");
    if report.previous.is_some() {
        let _ = writeln!(
            out,
            "<li><a href=\"#previous\">{}</a></li>",
            html(&words::previous_heading())
        );
    }
    let _ = writeln!(
        out,
        "<li><a href=\"#{}\">{}</a></li>\n</ol></nav>",
        problems::ANCHOR,
        html(&words::problems_heading())
    );
}

fn overview(report: &Report<'_>, out: &mut String) {
    let schema = report.schema;
    let (yes, no) = (schema.answer.yes.as_str(), schema.answer.no.as_str());
    let n = report.included.len();
    let unanswered = report.any_unanswered();
    let (strong, rest) = words::lead(report.headline(), report.options.cutoff, report.late.len());
    let _ = write!(
        out,
        "<section id=\"overview\">\n<h2>{}</h2>\n<p class=\"lead\"><strong>{}</strong>{}",
        html(&words::overview()),
        html(&strong),
        html(&rest)
    );
    if let Some(response) = &report.response {
        let _ = write!(
            out,
            " {}",
            html(&words::response(response.replied, response.expected))
        );
    }
    out.push_str("</p>\n");
    let unanswered_label = words::unanswered();
    out.push_str(&svg::legend(
        &html(yes),
        &html(no),
        unanswered.then_some(html(&unanswered_label)).as_deref(),
    ));
    let _ = write!(
        out,
        "\n<table class=\"recs\"><caption>{}</caption><thead><tr><th scope=\"col\">{}</th><th scope=\"col\" class=\"n\">{}</th><th scope=\"col\" class=\"n\">{}</th>",
        html(&words::table_caption()),
        html(&words::recommendation()),
        html(yes),
        html(no)
    );
    if unanswered {
        let _ = write!(
            out,
            "<th scope=\"col\" class=\"n\">{}</th>",
            html(&unanswered_label)
        );
    }
    let _ = writeln!(
        out,
        "<th scope=\"col\">{}</th></tr></thead><tbody>",
        html(&words::share_yes(yes))
    );
    let columns = if unanswered { 5 } else { 4 };
    let mut issue_shown = usize::MAX;
    for (item, tally) in schema.items().zip(&report.tallies) {
        if item.issue_index != issue_shown {
            issue_shown = item.issue_index;
            let states = report.issue_states[item.issue_index];
            let _ = writeln!(
                out,
                "<tr class=\"issue\"><th colspan=\"{columns}\" scope=\"rowgroup\">{}<br><span class=\"short\">{}</span></th></tr>",
                html(&format!(
                    "{}: {}",
                    schema.issue_heading(item.issue),
                    item.issue.title
                )),
                html(&words::issue_states(
                    n,
                    item.issue.recommendations.len(),
                    states
                ))
            );
        }
        let rec = item.recommendation;
        let c = tally.counts();
        let _ = write!(
            out,
            "<tr><th scope=\"row\"><a href=\"#{}\">{}</a> <span class=\"short\">{}</span></th><td class=\"n\">{}</td><td class=\"n\">{}</td>",
            html(&rec_anchor(&rec.id)),
            html(&rec.id),
            html(&short(&rec.text)),
            c.yes,
            c.no
        );
        if unanswered {
            let _ = write!(out, "<td class=\"n\">{}</td>", c.unanswered);
        }
        let label = format!(
            "{}{} {yes} {}, {no} {}",
            rec.id,
            words::colon(),
            c.yes,
            c.no
        );
        let _ = writeln!(
            out,
            "<td class=\"barcell\"><div class=\"share\"><span>{}</span>{}</div></td></tr>",
            html(&words::percent(c.yes, c.total())),
            svg::bar(&html(&rec.id), &html(&label), c)
        );
    }
    out.push_str("</tbody></table>\n");
    grid(report, out);
    out.push_str("</section>\n");
}

/// Every State's answer to every recommendation, one row a State: Y, N or
/// a dash, so it reads without colour.
fn grid(report: &Report<'_>, out: &mut String) {
    if report.included.is_empty() {
        return;
    }
    let schema = report.schema;
    let _ = write!(
        out,
        "<div class=\"scroll\"><table class=\"grid\"><caption>{}<br><span class=\"short\">{}</span></caption><thead><tr><th scope=\"col\">{}</th>",
        html(&words::grid_caption()),
        html(&words::grid_key(&schema.answer.yes, &schema.answer.no)),
        html(&words::state())
    );
    for item in schema.items() {
        let id = &item.recommendation.id;
        let _ = write!(
            out,
            "<th scope=\"col\"><a href=\"#{}\">{}</a></th>",
            html(&rec_anchor(id)),
            html(id)
        );
    }
    out.push_str("</tr></thead><tbody>\n");
    let marks = words::Marks::new();
    for (n, inc) in report.included.iter().enumerate() {
        let _ = write!(
            out,
            "<tr><th scope=\"row\"><a href=\"#{}\"><bdi>{}</bdi></a></th>",
            state_anchor(n),
            html(&name(&inc.country))
        );
        for item in schema.items() {
            let choice = answer(inc, &item.recommendation.id);
            let class = match choice {
                Some(Choice::Yes) => "y",
                Some(Choice::No) => "n",
                None => "u",
            };
            let _ = write!(out, "<td class=\"{class}\">{}</td>", html(marks.of(choice)));
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody></table></div>\n");
}

fn replies(report: &Report<'_>, out: &mut String) {
    let _ = writeln!(
        out,
        "<section id=\"replies\">\n<h2>{}</h2>",
        html(&words::replies_heading())
    );
    if let Some(text) = words::dated(report.earliest_date, report.latest_date) {
        let _ = writeln!(out, "<p>{}</p>", html(&text));
    }
    let regions = report
        .options
        .expected
        .as_ref()
        .is_some_and(|e| e.has_regions());
    if !report.included.is_empty() {
        let _ = write!(
            out,
            "<table class=\"replies\"><thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th>",
            html(&words::state()),
            html(&words::date_of_submission())
        );
        if report.asks_consent {
            let _ = write!(out, "<th scope=\"col\">{}</th>", html(&words::consent()));
        }
        if regions {
            let _ = write!(out, "<th scope=\"col\">{}</th>", html(&words::region()));
        }
        out.push_str("</tr></thead><tbody>\n");
        for (n, inc) in report.included.iter().enumerate() {
            let _ = write!(
                out,
                "<tr id=\"{}\"><th scope=\"row\"><bdi>{}</bdi>{}</th><td class=\"date\">{}</td>",
                state_anchor(n),
                html(&name(&inc.country)),
                if inc.valid {
                    String::new()
                } else {
                    format!(" <em>({})</em>", html(&words::incomplete_counted()))
                },
                html(&words::maybe_date(inc.date)),
            );
            if report.asks_consent {
                let _ = write!(
                    out,
                    "<td class=\"consent\">{}</td>",
                    html(&words::consent_value(inc.consent))
                );
            }
            if regions {
                let _ = write!(
                    out,
                    "<td>{}</td>",
                    html(inc.region.as_deref().unwrap_or("–"))
                );
            }
            out.push_str("</tr>\n");
        }
        out.push_str("</tbody></table>\n");
    }
    if report.asks_consent && !report.included.is_empty() {
        let names: Vec<String> = report
            .publishable()
            .map(|i| name(&i.country).into_owned())
            .collect();
        if names.is_empty() {
            let _ = writeln!(out, "<p>{}</p>", html(&words::none_publishable()));
        } else {
            let _ = writeln!(
                out,
                "<h3>{}</h3>\n<p>{}</p>",
                html(&words::publishable(names.len())),
                bdi_list(&names)
            );
        }
    }
    if let (Some(response), Some(expected)) = (&report.response, &report.options.expected) {
        let _ = writeln!(
            out,
            "<p>{} {}</p>",
            html(&words::expected_from(&expected.source)),
            html(&words::response(response.replied, response.expected))
        );
        if !response.regions.is_empty() {
            let _ = writeln!(
                out,
                "<table class=\"regions\"><thead><tr><th scope=\"col\">{}</th><th scope=\"col\" class=\"n\">{}</th><th scope=\"col\" class=\"n\">{}</th><th scope=\"col\" class=\"n\">{}</th></tr></thead><tbody>",
                html(&words::region()),
                html(&words::states_expected()),
                html(&words::replied()),
                html(&words::response_rate())
            );
            for (region, expected, replied) in &response.regions {
                let _ = writeln!(
                    out,
                    "<tr><th scope=\"row\">{}</th><td class=\"n\">{expected}</td><td class=\"n\">{replied}</td><td class=\"n\">{}</td></tr>",
                    html(region),
                    html(&words::percent(*replied, *expected))
                );
            }
            out.push_str("</tbody></table>\n");
        }
        if response.missing.is_empty() {
            let _ = writeln!(out, "<p>{}</p>", html(&words::all_replied()));
        } else {
            let names: Vec<String> = response
                .missing
                .iter()
                .map(|s| name(&s.name).into_owned())
                .collect();
            let _ = writeln!(
                out,
                "<h3>{}</h3>\n<p>{}</p>",
                html(&words::not_replied(names.len())),
                bdi_list(&names)
            );
        }
        if !response.not_expected.is_empty() {
            let _ = writeln!(
                out,
                "<h3>{}</h3>\n<p>{}</p>",
                html(&words::not_expected(response.not_expected.len())),
                bdi_list(&response.not_expected)
            );
        }
    }
    out.push_str("</section>\n");
}

/// Names, each isolated (a right-to-left name cannot reorder its neighbours).
fn bdi_list(names: &[String]) -> String {
    names
        .iter()
        .map(|n| format!("<bdi>{}</bdi>", html(&name(n))))
        .collect::<Vec<_>>()
        .join(", ")
}

fn recommendations(report: &Report<'_>, out: &mut String) {
    let schema = report.schema;
    let n = report.included.len();
    let _ = writeln!(
        out,
        "<section id=\"recommendations\">\n<h2>{}</h2>",
        html(&words::recommendations_heading())
    );
    let mut issue_shown = usize::MAX;
    for (item, tally) in schema.items().zip(&report.tallies) {
        if item.issue_index != issue_shown {
            issue_shown = item.issue_index;
            let _ = writeln!(
                out,
                "<h3>{}</h3>\n<p>{}</p>",
                html(&format!(
                    "{}: {}",
                    schema.issue_heading(item.issue),
                    item.issue.title
                )),
                html(&words::issue_states(
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
            "<section class=\"rec\" id=\"{}\"><h4>{} <span class=\"answer\">({})</span></h4>\n<p class=\"rec-text\">{}</p>\n<p>{}</p>",
            html(&rec_anchor(&rec.id)),
            html(&schema.recommendation_heading(rec)),
            html(&rec.id),
            html(&rec.text),
            html(&overview::figures(report, &item, tally))
        );
        if n > 0 {
            let _ = writeln!(
                out,
                "<table class=\"answers\"><thead><tr><th scope=\"col\">{}</th><th scope=\"col\" class=\"n\">{}</th><th scope=\"col\" class=\"n\">{}</th><th scope=\"col\">{}</th></tr></thead><tbody>",
                html(&words::answer()),
                html(&words::count_states()),
                html(&words::share()),
                html(&words::which_states())
            );
            for (label, group) in overview::answer_rows(report, tally) {
                let names: Vec<String> = group
                    .iter()
                    .map(|&i| report.included[i].country.clone())
                    .collect();
                let _ = writeln!(
                    out,
                    "<tr><th scope=\"row\">{}</th><td class=\"n\">{}</td><td class=\"n\">{}</td><td>{}</td></tr>",
                    html(&label),
                    group.len(),
                    html(&words::percent(group.len(), c.total())),
                    bdi_list(&names)
                );
            }
            out.push_str("</tbody></table>\n");
        }
        comments(report, &rec.id, out);
        out.push_str("</section>\n");
    }
    out.push_str("</section>\n");
}

fn comments(report: &Report<'_>, id: &str, out: &mut String) {
    let comments = overview::comments(report, id);
    for (inc, label, comment) in &comments.said {
        let _ = writeln!(
            out,
            "<div class=\"comment\"><h5><bdi>{}</bdi> <span class=\"answer\">({})</span></h5>",
            html(&name(&inc.country)),
            html(label)
        );
        for paragraph in comment.split("\n\n") {
            let _ = writeln!(out, "<p>{}</p>", html(paragraph).replace('\n', "<br>\n"));
        }
        out.push_str("</div>\n");
    }
    if let Some(silence) = comments.silence {
        let _ = writeln!(out, "<p><em>{}</em></p>", html(&silence));
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
        "<section id=\"previous\">\n<h2>{}</h2>\n<p>{}</p>",
        html(&words::previous_heading()),
        html(&words::replies_then(previous.replies_then))
    );
    let _ = writeln!(
        out,
        "<table class=\"trend\"><thead><tr><th scope=\"col\">{}</th><th scope=\"col\" class=\"n\">{}</th><th scope=\"col\" class=\"n\">{}</th><th scope=\"col\" class=\"n\">{}</th></tr></thead><tbody>",
        html(&words::recommendation()),
        html(&then_label),
        html(&now_label),
        html(&change_label)
    );
    for ((item, tally), then) in schema
        .items()
        .zip(&report.tallies)
        .zip(&previous.recommendations)
    {
        let now = tally.counts();
        let _ = writeln!(
            out,
            "<tr><th scope=\"row\"><a href=\"#{}\">{}</a></th><td class=\"n\">{} ({})</td><td class=\"n\">{} ({})</td><td class=\"n\">{:+}</td></tr>",
            html(&rec_anchor(&item.recommendation.id)),
            html(&item.recommendation.id),
            then.yes,
            html(&words::percent(then.yes, then.replies)),
            now.yes,
            html(&words::percent(now.yes, now.total())),
            now.yes as i64 - then.yes as i64
        );
    }
    out.push_str("</tbody></table>\n");
    let _ = writeln!(out, "<h3>{}</h3>", html(&words::changes_by_state()));
    if previous.states.is_empty() {
        let _ = writeln!(out, "<p>{}</p>", html(&words::no_changes()));
    } else {
        out.push_str("<ul>\n");
        for state in &previous.states {
            let changes: Vec<String> = state
                .changes
                .iter()
                .map(|(id, change)| format!("{id} {}", words::change(*change, yes, no)))
                .collect();
            let _ = writeln!(
                out,
                "<li><bdi>{}</bdi>{} {}</li>",
                html(&name(&state.country)),
                html(&words::colon()),
                html(&words::changes(&changes))
            );
        }
        out.push_str("</ul>\n");
    }
    for (heading, names) in [
        (words::gone(previous.gone.len()), &previous.gone),
        (words::new_states(previous.new.len()), &previous.new),
    ] {
        if !names.is_empty() {
            let _ = writeln!(
                out,
                "<h3>{}</h3>\n<p>{}</p>",
                html(&heading),
                bdi_list(names)
            );
        }
    }
    out.push_str("</section>\n");
}

struct Html<'o>(&'o mut String);

impl Markup for Html<'_> {
    fn title(&mut self, text: &str, anchor: &str) {
        let _ = writeln!(
            self.0,
            "<section id=\"{}\">\n<h2>{}</h2>",
            html(anchor),
            html(text)
        );
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
            for fragment in item {
                match fragment {
                    Fragment::Text(text) => self.0.push_str(&html(text)),
                    Fragment::Country(country) => {
                        let _ = write!(self.0, "<bdi>{}</bdi>", html(&name(country)));
                    }
                    Fragment::File(file) => {
                        let _ = write!(self.0, " <span class=\"file\">{}</span>", html(file));
                    }
                }
            }
            self.0.push_str("</li>\n");
        }
        self.0.push_str("</ul>\n");
    }
}
