//! The report's Problems section (files that do not validate, two replies
//! from one country, replies to another questionnaire, late replies) as
//! neutral content: sections of items, each item a run of fragments that
//! say what a piece is (words, a file name, a country) but not how it looks.
//! [`write`] lays the section out once through a [`Markup`]; the Markdown
//! and HTML renderers only mark up and escape each piece.

use std::borrow::Cow;

use super::Report;

/// How one format marks up the pieces of the section.
pub(super) trait Markup {
    /// The section's heading; `anchor` is what links to it use.
    fn title(&mut self, text: &str, anchor: &str);
    /// A sentence on its own.
    fn paragraph(&mut self, text: &str);
    /// The heading of one kind of problem.
    fn heading(&mut self, text: &str);
    /// The problems of one kind, one list entry each.
    fn list(&mut self, items: &[Vec<Fragment<'_>>]);
}

/// Writes the section: its heading, then each kind of problem with its
/// list, or a sentence saying there is none.
pub(super) fn write(report: &Report<'_>, markup: &mut impl Markup) {
    markup.title("Problems", "problems");
    let sections = sections(report);
    if sections.is_empty() {
        markup.paragraph("None: every file read is a valid reply, one per country.");
    }
    for section in &sections {
        markup.heading(section.heading);
        markup.list(&section.items);
    }
}

/// A piece of an item.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum Fragment<'a> {
    /// Words, or a value from a file (a message, a date).
    Text(Cow<'a, str>),
    /// A file name or a questionnaire id.
    Code(&'a str),
    /// A country as a reply names it.
    Country(&'a str),
    /// A command-line option, such as `--include-invalid`.
    Flag(&'static str),
    /// A remark in parentheses after what it qualifies.
    Aside(Vec<Fragment<'a>>),
}

/// One kind of problem and the files that have it.
#[derive(Debug, PartialEq, Eq)]
pub(super) struct Section<'a> {
    pub heading: &'static str,
    /// One list entry per problem.
    pub items: Vec<Vec<Fragment<'a>>>,
}

fn text(words: &str) -> Fragment<'_> {
    Fragment::Text(Cow::Borrowed(words))
}

fn date(date: &Option<String>) -> Fragment<'_> {
    text(date.as_deref().unwrap_or("no date"))
}

/// The sections with something to list, in the order the report gives them
/// (none when the report has no problems).
fn sections<'a>(report: &'a Report<'_>) -> Vec<Section<'a>> {
    let invalid = report.invalid.iter().map(|inv| {
        let counted = if inv.included {
            vec![text("counted: "), Fragment::Flag("--include-invalid")]
        } else {
            vec![text("left out")]
        };
        vec![
            Fragment::Code(&inv.file),
            text(": "),
            Fragment::Text(Cow::Owned(inv.error.place())),
            text(&inv.error.message),
            text(" "),
            Fragment::Aside(counted),
        ]
    });
    let duplicates = report.duplicates.iter().map(|dup| {
        let mut item = vec![
            Fragment::Country(&dup.country),
            text(": "),
            Fragment::Code(&dup.kept.0),
            text(" ("),
            date(&dup.kept.1),
            text(") counts; left out: "),
        ];
        for (i, (file, dropped_date)) in dup.dropped.iter().enumerate() {
            if i > 0 {
                item.push(text(", "));
            }
            item.extend([
                Fragment::Code(file),
                text(" ("),
                date(dropped_date),
                text(")"),
            ]);
        }
        item
    });
    let other = report.other.iter().map(|o| {
        vec![
            Fragment::Code(&o.file),
            text(": a reply to "),
            Fragment::Code(&o.questionnaire),
            text(" (left out)"),
        ]
    });
    let late = report.late.iter().map(|l| {
        let mut item = vec![
            Fragment::Country(&l.country),
            text(" ("),
            Fragment::Code(&l.file),
            text("): "),
        ];
        match &l.date {
            Some(d) => item.extend([text("dated "), text(d)]),
            None => item.push(text("no valid date of submission")),
        }
        item.push(text(" (left out)"));
        item
    });
    [
        ("Files that do not validate", invalid.collect::<Vec<_>>()),
        ("Two replies from one country", duplicates.collect()),
        ("Replies to another questionnaire", other.collect()),
        ("Late replies (after the cut-off date)", late.collect()),
    ]
    .into_iter()
    .filter(|(_, items)| !items.is_empty())
    .map(|(heading, items)| Section { heading, items })
    .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::{FirstError, Input, Options, Read, compile};
    use crate::schema::Schema;

    #[test]
    fn no_problems_no_sections_and_each_problem_says_what_its_pieces_are() {
        let schema = Schema::honlea();
        assert!(sections(&compile(&schema, Vec::new(), Options::default())).is_empty());

        let broken = Input {
            file: "broken.json".into(),
            read: Read::Unusable(FirstError {
                message: "not JSON".into(),
                line: Some(3),
                column: None,
            }),
        };
        let report = compile(&schema, vec![broken], Options::default());
        let got = sections(&report);
        assert_eq!(
            got,
            [Section {
                heading: "Files that do not validate",
                items: vec![vec![
                    Fragment::Code("broken.json"),
                    text(": "),
                    text("line 3: "),
                    text("not JSON"),
                    text(" "),
                    Fragment::Aside(vec![text("left out")]),
                ]],
            }]
        );
    }
}
