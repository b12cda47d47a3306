//! Glyphs back into lines and paragraphs. A PDF knows only where each glyph
//! stands: glyphs on one baseline make a line (a space where they stand
//! apart), and the lines of a paragraph, which the PDF hard-wrapped, are
//! joined again. A paragraph ends where the next line stands further below
//! than the lines before (the space between paragraphs), starts indented or
//! in another size, where a line ends short of the margin, at a list item,
//! and around every line that is part of the form's own wording (a heading,
//! the answer line, `Comments:`). A hyphen at a line's end joins the two
//! halves into one word only when that word occurs elsewhere in the text
//! and the hyphenated one does not.

use std::collections::HashSet;

use super::glyphs::Glyph;

/// One line of a page.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct PdfLine {
    pub(crate) text: String,
    /// The pieces of the line that stand apart like table cells: where each
    /// starts and ends, and its text.
    pub(crate) cells: Vec<(f64, f64, String)>,
    /// Left and right ends, the baseline (growing downwards), the font size.
    pub(crate) left: f64,
    pub(crate) right: f64,
    pub(crate) y: f64,
    pub(crate) size: f64,
    /// How wide the line's first word is.
    pub(crate) first_word: f64,
}

/// The lines of one page, top to bottom.
pub(crate) fn lines(mut glyphs: Vec<Glyph>) -> Vec<PdfLine> {
    glyphs.retain(|g| !g.text.is_empty() && g.size > 0.0);
    glyphs.sort_by(|a, b| a.y.total_cmp(&b.y).then(a.x.total_cmp(&b.x)));
    let mut rows: Vec<Vec<Glyph>> = Vec::new();
    let mut base = f64::NEG_INFINITY;
    let mut base_size = 0.0;
    for glyph in glyphs {
        let tolerance = 0.4 * glyph.size.max(base_size);
        match rows.last_mut() {
            Some(row) if (glyph.y - base).abs() <= tolerance => {
                // The line's baseline is its largest glyphs' (not a superscript's).
                if glyph.size > base_size * 1.1 {
                    base = glyph.y;
                    base_size = glyph.size;
                }
                row.push(glyph);
            }
            _ => {
                base = glyph.y;
                base_size = glyph.size;
                rows.push(vec![glyph]);
            }
        }
    }
    let lines: Vec<PdfLine> = rows.into_iter().filter_map(line).collect();
    wrapped_cells(lines)
}

/// A table cell too narrow for its text wraps it onto the lines below
/// (`Any action` / `taken` beside `☒ YES | ☐ NO`): a line that stands right
/// below one with several cells, wholly inside one of them, is that cell's
/// text going on.
fn wrapped_cells(lines: Vec<PdfLine>) -> Vec<PdfLine> {
    let mut out: Vec<PdfLine> = Vec::with_capacity(lines.len());
    for line in lines {
        if let Some(upper) = out.last_mut()
            && upper.cells.len() >= 2
            && line.cells.len() == 1
            && line.y - upper.y <= 1.45 * line.size.max(upper.size)
            && (line.size - upper.size).abs() <= 0.15 * upper.size
        {
            let column = (0..upper.cells.len()).find(|&c| {
                let next = upper.cells.get(c + 1).map_or(f64::INFINITY, |n| n.0);
                line.left >= upper.cells[c].0 - 0.5 * line.size && line.right <= next
            });
            if let Some(c) = column {
                let cell = &mut upper.cells[c];
                cell.2.push(' ');
                cell.2.push_str(&line.text);
                cell.1 = cell.1.max(line.right);
                upper.text = upper
                    .cells
                    .iter()
                    .map(|c| c.2.as_str())
                    .collect::<Vec<_>>()
                    .join(" ");
                continue;
            }
        }
        out.push(line);
    }
    out
}

fn line(mut glyphs: Vec<Glyph>) -> Option<PdfLine> {
    glyphs.sort_by(|a, b| a.x.total_cmp(&b.x));
    let size = glyphs.iter().map(|g| g.size).fold(0.0, f64::max);
    let y = glyphs
        .iter()
        .filter(|g| g.size >= size * 0.9)
        .map(|g| g.y)
        .fold(f64::NEG_INFINITY, f64::max);
    let mut text = String::new();
    let mut last: Option<&Glyph> = None;
    let mut cells: Vec<(f64, f64, usize)> = Vec::new();
    for glyph in &glyphs {
        // Struck-out text is not read, but its place counts: no space
        // where it stood unless one stood around it.
        if glyph.struck {
            last = Some(glyph);
            continue;
        }
        if let Some(prev) = last {
            // The same glyph drawn twice, a little offset: fake bold.
            if prev.text == glyph.text && (glyph.x - prev.x).abs() < 0.2 * glyph.size {
                continue;
            }
            let gap = glyph.x - (prev.x + prev.width);
            if gap > 1.5 * glyph.size.max(prev.size) && !glyph.text.trim().is_empty() {
                cells.push((glyph.x, glyph.x, text.len()));
            }
            let spaced =
                text.ends_with(char::is_whitespace) || glyph.text.starts_with(char::is_whitespace);
            if !spaced && (gap > 0.2 * glyph.size.min(prev.size) || gap < -glyph.size) {
                text.push(' ');
            }
        }
        if cells.is_empty() && !glyph.text.trim().is_empty() {
            cells.push((glyph.x, glyph.x, text.len()));
        }
        for c in glyph.text.chars() {
            let c = if c.is_whitespace() { ' ' } else { c };
            if !(c == ' ' && (text.is_empty() || text.ends_with(' '))) {
                text.push(c);
            }
        }
        if !glyph.text.trim().is_empty()
            && let Some(cell) = cells.last_mut()
        {
            cell.1 = glyph.x + glyph.width;
        }
        last = Some(glyph);
    }
    let text = text.trim_end().to_string();
    if text.is_empty() {
        return None;
    }
    let first = glyphs
        .iter()
        .find(|g| !g.struck && !g.text.trim().is_empty())?;
    let end = glyphs
        .iter()
        .rev()
        .find(|g| !g.struck && !g.text.trim().is_empty())?;
    let kept: Vec<&Glyph> = glyphs.iter().filter(|g| !g.struck).collect();
    let word_end = kept
        .iter()
        .skip_while(|g| g.text.trim().is_empty())
        .take_while(|g| !g.text.trim().is_empty())
        .last()
        .map_or(first.x, |g| g.x + g.width);
    let starts: Vec<usize> = cells.iter().map(|c| c.2).chain([text.len()]).collect();
    let cells = cells
        .iter()
        .enumerate()
        .map(|(i, &(l, r, at))| (l, r, text[at..starts[i + 1].max(at)].trim().to_string()))
        .collect();
    Some(PdfLine {
        text,
        cells,
        left: first.x,
        right: end.x + end.width,
        y,
        size,
        first_word: word_end - first.x,
    })
}

/// A line of the document: its page (from 1) and the line it is on that
/// page (from 1), as a reader counts them.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Placed {
    pub(crate) line: PdfLine,
    pub(crate) page: usize,
    pub(crate) number: usize,
}

/// A paragraph: its lines joined, and the lines it was made of.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Paragraph {
    pub(crate) text: String,
    /// Indexes into the lines given to [`paragraphs`].
    pub(crate) lines: std::ops::Range<usize>,
}

/// The text block's left and right margins: where most lines start, and
/// where the longest end.
fn margins(lines: &[Placed]) -> (f64, f64) {
    let mut lefts: Vec<i64> = lines.iter().map(|l| l.line.left.round() as i64).collect();
    lefts.sort_unstable();
    let mut best = (0usize, 0i64);
    let mut i = 0;
    while i < lefts.len() {
        let j = lefts[i..]
            .iter()
            .take_while(|&&x| x - lefts[i] <= 2)
            .count();
        if j > best.0 {
            best = (j, lefts[i]);
        }
        i += j.max(1);
    }
    let left = best.1 as f64;
    let right = lines.iter().map(|l| l.line.right).fold(left, f64::max);
    (left, right)
}

/// Whether a line opens a list item: a bullet, or `1.` / `a)` and a space.
fn is_list_item(text: &str) -> bool {
    let mut chars = text.chars();
    match chars.next() {
        Some('•' | '◦' | '▪' | '‣' | '–' | '-' | '*' | '·') => chars.next() == Some(' '),
        Some(c) if c.is_ascii_alphanumeric() => {
            let label: String = text
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric())
                .collect();
            let rest = &text[label.len()..];
            label.len() <= 3
                && (label.chars().all(|c| c.is_ascii_digit()) || label.len() == 1)
                && (rest.starts_with(". ") || rest.starts_with(") "))
        }
        _ => false,
    }
}

/// Joins the lines of each paragraph. `is_form` tells the form's own lines,
/// which start a paragraph; `words` are the words the text holds elsewhere (for
/// hyphens at line ends).
pub(crate) fn paragraphs(
    lines: &[Placed],
    is_form: &dyn Fn(&str) -> bool,
    words: &HashSet<String>,
) -> Vec<Paragraph> {
    let (left, right) = margins(lines);
    let width = (right - left).max(1.0);
    let mut out: Vec<Paragraph> = Vec::new();
    // The spacing of the lines of the paragraph being read, once known.
    let mut spacing: Option<f64> = None;
    for (i, placed) in lines.iter().enumerate() {
        let line = &placed.line;
        let starts = match i.checked_sub(1).map(|p| &lines[p]) {
            None => true,
            Some(prev) => {
                let p = &prev.line;
                let full = p.right >= left + 0.75 * width;
                // The line ended before the margin although the next word
                // would have fitted: its paragraph ended there.
                let fitted = p.right + 0.3 * line.size + line.first_word < right - 0.5 * line.size;
                let gap = line.y - p.y;
                let size = line.size.max(p.size);
                let new_page = prev.page != placed.page;
                // A heading may wrap; the answer line and `Comments:` end short.
                is_form(&line.text)
                    || (line.size - p.size).abs() > 0.15 * size
                    || !full
                    || fitted
                    || is_list_item(&line.text)
                    || (new_page && line.left > left + 0.5 * line.size)
                    || (!new_page
                        && (gap > 1.45 * size
                            || gap <= 0.0
                            || spacing.is_some_and(|s| gap > s * 1.25 + 0.5)
                            || line.left > p.left + line.size))
            }
        };
        if starts {
            spacing = None;
            out.push(Paragraph {
                text: line.text.clone(),
                lines: i..i + 1,
            });
            continue;
        }
        let prev = &lines[i - 1];
        if prev.page == placed.page {
            let gap = line.y - prev.line.y;
            spacing = Some(spacing.map_or(gap, |s: f64| s.min(gap)));
        }
        if let Some(paragraph) = out.last_mut() {
            join(&mut paragraph.text, &line.text, words);
            paragraph.lines.end = i + 1;
        }
    }
    out
}

/// Appends a wrapped line to its paragraph: with a space, or without one
/// after a hyphen that ends the line.
fn join(paragraph: &mut String, next: &str, words: &HashSet<String>) {
    if let Some(stem) = paragraph.strip_suffix('\u{AD}') {
        // A soft hyphen shows only where the line breaks the word.
        let len = stem.len();
        paragraph.truncate(len);
        paragraph.push_str(next);
        return;
    }
    if let Some(stem) = paragraph.strip_suffix('-')
        && stem.ends_with(|c: char| !c.is_whitespace())
    {
        // `395-` and `1`, `cyber-` and `related`: a hyphen that ends a line
        // ends it inside a word; it goes only when the word is known whole.
        let before: String = {
            let mut letters: Vec<char> = stem
                .chars()
                .rev()
                .take_while(|c| c.is_alphabetic())
                .collect();
            letters.reverse();
            letters.into_iter().collect()
        };
        let after: String = next.chars().take_while(|c| c.is_alphabetic()).collect();
        if !before.is_empty() && after.starts_with(char::is_lowercase) {
            let joined = format!("{before}{after}").to_lowercase();
            let hyphenated = format!("{before}-{after}").to_lowercase();
            if words.contains(&joined) && !words.contains(&hyphenated) {
                paragraph.pop();
            }
        }
        paragraph.push_str(next);
        return;
    }
    paragraph.push(' ');
    paragraph.push_str(next);
}

/// The words of a text, lower case, hyphenated words both whole and split.
pub(crate) fn words_of(text: &str, into: &mut HashSet<String>) {
    for word in text.split(|c: char| !(c.is_alphabetic() || c == '-')) {
        let word = word.trim_matches('-');
        if word.is_empty() {
            continue;
        }
        let lower = word.to_lowercase();
        if lower.contains('-') {
            for part in lower.split('-') {
                into.insert(part.to_string());
            }
        }
        into.insert(lower);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn glyphs(text: &str, x: f64, y: f64, size: f64) -> Vec<Glyph> {
        text.chars()
            .enumerate()
            .map(|(i, c)| Glyph {
                x: x + i as f64 * size * 0.5,
                y,
                size,
                width: size * 0.5,
                text: c.to_string(),
                struck: false,
            })
            .collect()
    }

    fn placed(texts: &[(&str, f64, f64)]) -> Vec<Placed> {
        texts
            .iter()
            .enumerate()
            .map(|(i, &(text, left, y))| Placed {
                line: PdfLine {
                    text: text.to_string(),
                    cells: vec![(
                        left,
                        left + text.chars().count() as f64 * 5.0,
                        text.to_string(),
                    )],
                    left,
                    right: left + text.chars().count() as f64 * 5.0,
                    y,
                    size: 10.0,
                    first_word: text
                        .split(' ')
                        .next()
                        .map_or(0.0, |w| w.chars().count() as f64 * 5.0),
                },
                page: 1,
                number: i + 1,
            })
            .collect()
    }

    fn texts(paragraphs: &[Paragraph]) -> Vec<&str> {
        paragraphs.iter().map(|p| p.text.as_str()).collect()
    }

    #[test]
    fn glyphs_on_one_baseline_make_a_line_with_spaces_where_they_stand_apart() {
        let mut all = glyphs("Any", 72.0, 100.0, 10.0);
        all.extend(glyphs("action", 95.0, 100.2, 10.0));
        all.extend(glyphs("Next", 72.0, 114.0, 10.0));
        // Out of order, as content streams may draw them.
        all.reverse();
        let lines = lines(all);
        let texts: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(texts, ["Any action", "Next"]);
        assert_eq!(lines[0].left, 72.0);
    }

    #[test]
    fn a_table_cell_that_wraps_goes_on_in_its_cell() {
        let mut all = glyphs("Any action", 72.0, 100.0, 10.0);
        all.extend(glyphs("YES", 200.0, 100.0, 10.0));
        all.extend(glyphs("☒ NO", 300.0, 100.0, 10.0));
        all.extend(glyphs("taken", 72.0, 112.0, 10.0));
        let read = lines(all);
        assert_eq!(read.len(), 1, "{read:?}");
        assert_eq!(read[0].text, "Any action taken YES ☒ NO");
        // A line below a line of one piece is a line of its own.
        let mut all = glyphs("Any action", 72.0, 100.0, 10.0);
        all.extend(glyphs("taken", 72.0, 112.0, 10.0));
        assert_eq!(lines(all).len(), 2);
    }

    #[test]
    fn fake_bold_is_read_once() {
        let mut all = glyphs("Bold", 72.0, 100.0, 10.0);
        all.extend(glyphs("Bold", 72.3, 100.0, 10.0));
        assert_eq!(lines(all)[0].text, "Bold");
    }

    #[test]
    fn wrapped_lines_join_and_paragraphs_end_at_gaps_short_lines_and_form_lines() {
        let is_form = |l: &str| l == "Comments:";
        let lines = placed(&[
            ("Comments:", 72.0, 100.0),
            (
                "A first paragraph that runs over the whole width of the",
                72.0,
                112.0,
            ),
            ("text block and ends here.", 72.0, 124.0),
            ("A second one after a short line.", 72.0, 136.0),
            (
                "A third one after a gap, that also runs over the whole wi",
                72.0,
                160.0,
            ),
            ("dth.", 72.0, 172.0),
            (
                "A fourth paragraph's last line stops here, though the",
                72.0,
                184.0,
            ),
            ("next word would fit.", 72.0, 196.0),
            (
                "Fifth, which is long enough to reach the right margin.",
                72.0,
                208.0,
            ),
            (
                "A sixth ends early, though long enough to pass.",
                72.0,
                220.0,
            ),
            (
                "Seventh: its first word would have fitted above.",
                72.0,
                232.0,
            ),
        ]);
        let words = HashSet::new();
        let p = paragraphs(&lines, &is_form, &words);
        assert_eq!(
            texts(&p),
            [
                "Comments:",
                "A first paragraph that runs over the whole width of the text block and ends here.",
                "A second one after a short line.",
                "A third one after a gap, that also runs over the whole wi dth.",
                "A fourth paragraph's last line stops here, though the next word would fit.",
                "Fifth, which is long enough to reach the right margin.",
                "A sixth ends early, though long enough to pass.",
                "Seventh: its first word would have fitted above.",
            ]
        );
        assert_eq!(p[1].lines, 1..3);
    }

    #[test]
    fn an_indent_or_a_list_item_starts_a_paragraph() {
        let lines = placed(&[
            (
                "This line is long enough to reach the right margin of it",
                72.0,
                100.0,
            ),
            (
                "    Indented, a new paragraph that is long enough as well",
                90.0,
                112.0,
            ),
            (
                "- a list item that is long enough to reach the margin too",
                72.0,
                124.0,
            ),
        ]);
        assert_eq!(paragraphs(&lines, &|_| false, &HashSet::new()).len(), 3);
    }

    #[test]
    fn a_hyphen_at_a_line_end_joins_a_word_only_when_it_is_one() {
        let mut words = HashSet::new();
        words_of(
            "the enforcement agencies cooperate; cyber-related offences",
            &mut words,
        );
        let mut text = "law enforce-".to_string();
        join(&mut text, "ment agencies", &words);
        assert_eq!(text, "law enforcement agencies");
        let mut text = "cyber-".to_string();
        join(&mut text, "related", &words);
        assert_eq!(text, "cyber-related");
        let mut text = "well-".to_string();
        join(&mut text, "known", &words);
        assert_eq!(
            text, "well-known",
            "an unknown joined word keeps its hyphen"
        );
        let mut text = "soft\u{AD}".to_string();
        join(&mut text, "ware", &words);
        assert_eq!(text, "software");
        let mut text = "YES -".to_string();
        join(&mut text, "NO", &words);
        assert_eq!(text, "YES - NO");
        let mut text = "Act No. 395-".to_string();
        join(&mut text, "1 of 1990", &words);
        assert_eq!(text, "Act No. 395-1 of 1990");
    }

    #[test]
    fn list_items_in_their_shapes() {
        for yes in ["• item", "- item", "1. item", "a) item", "12) item"] {
            assert!(is_list_item(yes), "{yes}");
        }
        for no in [
            "Issue I",
            "2019. The year",
            "-3 degrees",
            "Recommendation 1",
        ] {
            assert!(!is_list_item(no), "{no}");
        }
    }
}
