//! The layout rules on small forms written out line by line.

use super::*;

fn lines(text: &str) -> Vec<Line<'_>> {
    let mut at = 0;
    text.split('\n')
        .map(|l| {
            let span = at..at + l.len();
            at += l.len() + 1;
            Line::new(l, span, Hint::Guess)
        })
        .collect()
}

fn read_text(text: &str) -> FormRead {
    read(&lines(text), &Schema::honlea())
}

#[test]
fn placeholder() {
    let r = read_text(
        "Issue I: Use of the Internet for drug-related activities\n\nRecommendation 1\n\nAny action taken ☒ YES ☐ NO\n\nComments:\n\nDone.",
    );
    assert_eq!(
        r.reply.unwrap().answer("I.1").unwrap().comments.as_deref(),
        Some("Done.")
    );
}
