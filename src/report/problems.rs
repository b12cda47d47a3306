//! The report's Problems section (files that do not validate, two replies
//! from one country, replies to another questionnaire, late replies) as
//! neutral content: sections of items, each item a run of fragments that
//! say what a piece is (words, a file name, a country) but not how it looks.
//! The Markdown and HTML renderers lay it out and escape every fragment.

use std::borrow::Cow;

use super::Report;

/// The section's heading.
pub(super) const TITLE: &str = "Problems";

/// What the section says when there is nothing to list.
pub(super) const NONE: &str = "None: every file read is a valid reply, one per country.";

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
pub(super) fn sections<'a>(report: &'a Report<'_>) -> Vec<Section<'a>> {
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
