//! The report's last section: the replies it could not count as they
//! came (errors, a second reply from one State, another questionnaire,
//! late, a name it cannot place), phrased for a secretariat: the State's
//! name where the file gives one, what is wrong in words, the file last.
//! Each item is neutral content, fragments that say what a piece is (words,
//! a State, a file) but not how it looks; [`write`] lays the section out
//! once through a [`Markup`], and each format only marks up and escapes.

use super::{Report, words};

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

/// The anchor links to the section use.
pub(super) const ANCHOR: &str = "problems";

/// Writes the section: its heading, then each kind of problem with its
/// list, or a sentence saying there is none.
pub(super) fn write(report: &Report<'_>, markup: &mut impl Markup) {
    markup.title(&words::problems_heading(), ANCHOR);
    let sections = sections(report);
    if sections.is_empty() {
        markup.paragraph(&words::no_problems());
    }
    for section in &sections {
        markup.heading(&section.heading);
        markup.list(&section.items);
    }
}

/// A piece of an item.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum Fragment<'a> {
    /// Words, and values from a file (a message, a date) said in words.
    Text(String),
    /// A State as the report names it.
    Country(&'a str),
    /// Where the problem is: the file, named last and set apart.
    File(String),
}

/// One kind of problem and the replies that have it.
#[derive(Debug, PartialEq, Eq)]
pub(super) struct Section<'a> {
    pub heading: String,
    /// One list entry per problem.
    pub items: Vec<Vec<Fragment<'a>>>,
}

/// `Chile: ` or `A reply: `, the subject of an item.
fn subject(country: Option<&str>) -> Vec<Fragment<'_>> {
    match country {
        Some(c) => vec![
            Fragment::Country(c),
            Fragment::Text(format!("{} ", words::colon())),
        ],
        None => vec![Fragment::Text(format!(
            "{}{} ",
            words::a_reply(),
            words::colon()
        ))],
    }
}

/// The sections with something to list, in the order the report gives them
/// (none when the report has no problems).
pub(super) fn sections<'a>(report: &'a Report<'_>) -> Vec<Section<'a>> {
    let (errors, unreadable): (Vec<_>, Vec<_>) =
        report.invalid.iter().partition(|i| i.country.is_some());
    let error_text = |inv: &super::Invalid| {
        words::error_at(&words::plain(&inv.error.message), inv.error.id.as_deref())
    };
    let errors = errors.into_iter().map(|inv| {
        let mut item = subject(inv.country.as_deref());
        item.push(Fragment::Text(if inv.included {
            words::invalid_counted(&error_text(inv))
        } else {
            words::invalid_left_out(&error_text(inv))
        }));
        item.push(Fragment::File(words::file(&inv.file)));
        item
    });
    let unreadable = unreadable.into_iter().map(|inv| {
        vec![
            Fragment::Text(words::unreadable(&error_text(inv))),
            Fragment::File(words::file(&inv.file)),
        ]
    });
    let duplicates = report.duplicates.iter().map(|dup| {
        let dropped: Vec<_> = dup.dropped.iter().map(|d| d.date).collect();
        let files: Vec<&str> = std::iter::once(dup.kept.file.as_str())
            .chain(dup.dropped.iter().map(|d| d.file.as_str()))
            .collect();
        let mut item = subject(Some(&dup.country));
        item.push(Fragment::Text(words::duplicate(dup.kept.date, &dropped)));
        item.push(Fragment::File(words::files(&files.join(", "))));
        item
    });
    let other = report.other.iter().map(|o| {
        let mut item = subject(o.country.as_deref());
        item.push(Fragment::Text(words::other_questionnaire(&o.questionnaire)));
        item.push(Fragment::File(words::file(&o.file)));
        item
    });
    let late = report.late.iter().map(|l| {
        let mut item = subject(Some(&l.country));
        item.push(Fragment::Text(words::late(l.date)));
        item.push(Fragment::File(words::file(&l.file)));
        item
    });
    let unplaced = report.unplaced.iter().map(|u| {
        vec![
            Fragment::Text(words::unplaced(&u.written)),
            Fragment::File(words::file(&u.file)),
        ]
    });
    [
        (words::problems_invalid(), errors.collect::<Vec<_>>()),
        (words::problems_unreadable(), unreadable.collect()),
        (words::problems_duplicates(), duplicates.collect()),
        (words::problems_other(), other.collect()),
        (words::problems_late(), late.collect()),
        (words::problems_unplaced(), unplaced.collect()),
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
                message: "`answers` is not a table".into(),
                id: None,
                line: Some(3),
                column: None,
            }),
        };
        let report = compile(&schema, vec![broken], Options::default());
        let got = sections(&report);
        assert_eq!(
            got,
            [Section {
                heading: words::problems_unreadable(),
                items: vec![vec![
                    Fragment::Text(
                        "The file could not be read as a reply: “answers” is not a table.".into()
                    ),
                    Fragment::File("File: broken.json".into()),
                ]],
            }]
        );
    }
}
