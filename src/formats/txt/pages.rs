//! Page furniture in a document saved as text: the running header or footer
//! and the page number that come back at every page break (a form feed).
//! They are set aside so they do not end up in a comment. Only lines next to
//! a page break are candidates, and a line that reads as part of the form
//! (a heading, the answer line, the comment label) never is one.

use std::collections::HashMap;

use super::RawLine;
use crate::formats::form::squash;

/// How many non-blank lines at the top and bottom of a page may be furniture.
const EDGE: usize = 2;

/// The lines of `text` without page furniture. A page break itself becomes a
/// blank line, so it ends a paragraph.
pub(crate) fn drop_furniture(
    text: &str,
    lines: &[RawLine],
    is_form: &dyn Fn(&str) -> bool,
) -> Vec<RawLine> {
    let pages = split_pages(lines);
    let mut drop = vec![false; lines.len()];
    if pages.len() > 1 {
        let mut counts: HashMap<String, usize> = HashMap::new();
        let mut edges: Vec<(usize, String)> = Vec::new();
        for page in &pages {
            let content: Vec<usize> = page
                .clone()
                .filter(|&i| !squash(&text[lines[i].span.clone()]).is_empty())
                .collect();
            let mut on_page: Vec<usize> = content.iter().take(EDGE).copied().collect();
            on_page.extend(content.iter().rev().take(EDGE));
            on_page.sort_unstable();
            on_page.dedup();
            let mut seen_here = Vec::new();
            for i in on_page {
                let key = masked(&text[lines[i].span.clone()]);
                if !seen_here.contains(&key) {
                    *counts.entry(key.clone()).or_default() += 1;
                    seen_here.push(key.clone());
                }
                edges.push((i, key));
            }
        }
        let needed = (pages.len() / 2).max(2);
        for (i, key) in edges {
            let line = squash(&text[lines[i].span.clone()]);
            if is_form(&line) {
                continue;
            }
            if is_page_number(&line) || counts.get(&key).is_some_and(|&n| n >= needed) {
                drop[i] = true;
            }
        }
    } else {
        // Without page breaks only an unmistakable "Page 3 of 12" is furniture,
        // and only when it comes back.
        let numbered: Vec<usize> = (0..lines.len())
            .filter(|&i| is_explicit_page_number(&squash(&text[lines[i].span.clone()])))
            .collect();
        if numbered.len() >= 2 {
            for i in numbered {
                drop[i] = true;
            }
        }
    }
    lines
        .iter()
        .zip(drop)
        .filter(|(_, d)| !d)
        .flat_map(|(line, _)| {
            let mut out = vec![RawLine {
                span: line.span.clone(),
                page_break: false,
            }];
            if line.page_break {
                out.push(RawLine {
                    span: line.span.end..line.span.end,
                    page_break: false,
                });
            }
            out
        })
        .collect()
}

/// Line indexes page by page.
fn split_pages(lines: &[RawLine]) -> Vec<std::ops::Range<usize>> {
    let mut pages = Vec::new();
    let mut start = 0;
    for (i, line) in lines.iter().enumerate() {
        if line.page_break {
            pages.push(start..i + 1);
            start = i + 1;
        }
    }
    if start < lines.len() {
        pages.push(start..lines.len());
    }
    pages
}

/// A line with its digits masked, so "Page 3 of 12" and "Page 4 of 12" compare equal.
fn masked(line: &str) -> String {
    squash(line)
        .chars()
        .map(|c| if c.is_ascii_digit() { '#' } else { c })
        .collect::<String>()
        .to_lowercase()
}

/// `3`, `- 3 -`, `Page 3`, `Page 3 of 12`, `3/12`, `p. 3`.
pub(crate) fn is_page_number(line: &str) -> bool {
    let line = line.trim();
    let digits = |s: &str| !s.is_empty() && s.len() <= 4 && s.bytes().all(|b| b.is_ascii_digit());
    if digits(line) || is_explicit_page_number(line) {
        return true;
    }
    if let Some((a, b)) = line.split_once('/') {
        return digits(a.trim()) && digits(b.trim());
    }
    line.strip_prefix('-')
        .and_then(|s| s.strip_suffix('-'))
        .is_some_and(|s| digits(s.trim()))
        || line.strip_prefix("p.").is_some_and(|s| digits(s.trim()))
}

/// `Page 3` or `Page 3 of 12`, in any case.
fn is_explicit_page_number(line: &str) -> bool {
    let lower = line.trim().to_lowercase();
    let Some(rest) = lower.strip_prefix("page ") else {
        return false;
    };
    let digits = |s: &str| !s.is_empty() && s.len() <= 4 && s.bytes().all(|b| b.is_ascii_digit());
    match rest.split_once(" of ") {
        Some((a, b)) => digits(a.trim()) && digits(b.trim()),
        None => digits(rest.trim()),
    }
}

#[cfg(test)]
mod tests {
    use super::super::split_lines;
    use super::*;

    fn kept(text: &str) -> Vec<String> {
        let is_form = crate::formats::form::structure(&crate::schema::Schema::honlea());
        drop_furniture(text, &split_lines(text), &is_form)
            .iter()
            .map(|l| text[l.span.clone()].to_string())
            .collect()
    }

    #[test]
    fn running_headers_and_page_numbers_at_page_breaks_go() {
        let text = "V.19-01234\nRecommendation 1\n\nText.\n\n1\n\u{c}V.19-01234\nComments:\n\nA comment.\n2\n\u{c}V.19-01234\nMore.\n\nPage 3 of 3";
        let lines = kept(text);
        assert!(!lines.iter().any(|l| l.contains("V.19")), "{lines:?}");
        assert!(!lines.iter().any(|l| l == "1" || l == "2"), "{lines:?}");
        assert!(!lines.iter().any(|l| l.contains("Page 3")), "{lines:?}");
        for want in ["Recommendation 1", "Comments:", "A comment.", "More."] {
            assert!(lines.iter().any(|l| l == want), "{want}: {lines:?}");
        }
    }

    #[test]
    fn form_lines_at_page_edges_stay() {
        let text = "Comments:\nx\n\u{c}Comments:\ny\n\u{c}Comments:\nz";
        assert_eq!(kept(text).iter().filter(|l| *l == "Comments:").count(), 3);
    }

    #[test]
    fn without_page_breaks_numbers_stay_unless_explicit() {
        assert_eq!(kept("a\n3\nb"), ["a", "3", "b"]);
        assert_eq!(kept("a\nPage 1 of 2\nb\nPage 2 of 2"), ["a", "b"]);
        assert_eq!(kept("a\nPage 1 of 2\nb"), ["a", "Page 1 of 2", "b"]);
    }

    #[test]
    fn a_page_break_ends_a_paragraph() {
        assert_eq!(kept("a\u{c}b"), ["a", "", "b"]);
    }

    #[test]
    fn page_numbers_in_their_shapes() {
        for yes in [
            "3",
            "- 3 -",
            "-3-",
            "Page 3",
            "PAGE 3 of 12",
            "3/12",
            "p. 3",
        ] {
            assert!(is_page_number(yes), "{yes}");
        }
        for no in ["2018 figures", "Page three", "12345", "a/b"] {
            assert!(!is_page_number(no), "{no}");
        }
    }
}
