//! The screen of the terminal prompter, kept as lines of styled text so it
//! can be drawn again: wrapped at words to the terminal's width (never cut
//! in the middle of a word by the terminal), fitted to its height (the line
//! that says where the person is and what was saved always stays on top;
//! the title, then the end of the recommendation's text give way
//! first), and painted anew when the terminal changes size.

use std::io;

use dialoguer::console::Term;
use unicode_width::UnicodeWidthChar;

use crate::color::Palette;

/// How a piece of text is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Style {
    Plain,
    Bold,
    Dim,
    Accent,
    Good,
    Warning,
    Error,
}

/// What a line is to the screen, when it is too short for them all.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Where the person is, the bar, what was just saved: always shown.
    Head,
    /// Background (the title): the first to give way.
    Context,
    /// The recommendation's text: cut at its end, with `…`.
    Body,
    /// Everything else: the oldest give way last.
    Normal,
}

/// One line of the screen: styled pieces; continuation rows are indented
/// as the line's own leading spaces.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Shown {
    pub pieces: Vec<(Style, String)>,
    pub kind: Kind,
}

impl Shown {
    pub(crate) fn new(kind: Kind, pieces: Vec<(Style, String)>) -> Shown {
        Shown { pieces, kind }
    }

    #[cfg(test)]
    pub(crate) fn plain(kind: Kind, style: Style, text: impl Into<String>) -> Shown {
        Shown::new(kind, vec![(style, text.into())])
    }
}

/// Rows a prompt keeps free below the screen.
pub(crate) const PROMPT_ROWS: usize = 2;

/// The screen as drawn.
pub(crate) struct Canvas {
    lines: Vec<Shown>,
    /// Rows drawn since the screen was cleared.
    drawn: usize,
    palette: Palette,
}

type Row = Vec<(Style, String)>;

impl Canvas {
    pub(crate) fn new(palette: Palette) -> Canvas {
        Canvas {
            lines: Vec::new(),
            drawn: 0,
            palette,
        }
    }

    /// A new screen: cleared, nothing on it.
    pub(crate) fn clear(&mut self, term: &Term) -> io::Result<()> {
        self.lines.clear();
        self.drawn = 0;
        term.write_str("\x1b[H\x1b[2J\x1b[3J")
    }

    /// Adds `line` below what is shown; when the screen would overflow,
    /// draws everything again, fitted.
    pub(crate) fn push(&mut self, term: &Term, line: Shown) -> io::Result<()> {
        let (width, height) = size(term);
        let rows = wrap(&line, width);
        self.lines.push(line);
        if self.drawn + rows.len() + PROMPT_ROWS > height {
            return self.repaint(term).map(drop);
        }
        for row in &rows {
            term.write_line(&self.render(row))?;
        }
        self.drawn += rows.len();
        Ok(())
    }

    /// Adds `line`, already drawn by someone else (the line editor), to what
    /// a repaint draws. When it pushed the head off a short screen (a long
    /// paragraph at 15 rows), draws everything again, fitted, so the line
    /// that says where the person is stays on top.
    pub(crate) fn note(&mut self, term: &Term, line: Shown) -> io::Result<()> {
        let (width, height) = size(term);
        self.drawn += wrap(&line, width).len();
        self.lines.push(line);
        if self.drawn + PROMPT_ROWS > height {
            self.repaint(term)?;
        }
        Ok(())
    }

    pub(crate) fn palette(&self) -> Palette {
        self.palette
    }

    /// Draws the whole screen again at the terminal's size (after a resize,
    /// or to fit); returns how many rows are left below it.
    pub(crate) fn repaint(&mut self, term: &Term) -> io::Result<usize> {
        let (width, height) = size(term);
        let rows = fit(&self.lines, width, height.saturating_sub(PROMPT_ROWS));
        term.write_str("\x1b[H\x1b[2J\x1b[3J")?;
        for row in &rows {
            term.write_line(&self.render(row))?;
        }
        self.drawn = rows.len();
        Ok(self.rows_left(term))
    }

    /// Rows left below the screen for a prompt (at least one).
    pub(crate) fn rows_left(&self, term: &Term) -> usize {
        size(term).1.saturating_sub(self.drawn).max(1)
    }

    fn render(&self, row: &Row) -> String {
        row.iter()
            .map(|(style, text)| match style {
                Style::Plain => text.clone(),
                Style::Bold => self.palette.bold(text),
                Style::Dim => self.palette.dim(text),
                Style::Accent => self.palette.accent(text),
                Style::Good => self.palette.good(text),
                Style::Warning => self.palette.warning(text),
                Style::Error => self.palette.error(text),
            })
            .collect()
    }
}

/// The terminal's width (at most 100, for reading) and height.
pub(crate) fn size(term: &Term) -> (usize, usize) {
    let (rows, cols) = term.size();
    (usize::from(cols).clamp(20, 100), usize::from(rows).max(5))
}

/// `line` in rows of at most `width` cells, broken between words; a word
/// longer than a row is cut. Continuation rows keep the line's indent.
pub(crate) fn wrap(line: &Shown, width: usize) -> Vec<Row> {
    let chars: Vec<(char, Style)> = line
        .pieces
        .iter()
        .flat_map(|(style, text)| text.chars().map(move |c| (c, *style)))
        .collect();
    let indent = chars
        .iter()
        .take_while(|(c, _)| *c == ' ')
        .count()
        .min(width / 2);
    // Words with the spaces after them.
    let mut words: Vec<&[(char, Style)]> = Vec::new();
    let mut start = 0;
    for i in 1..=chars.len() {
        let ends = i == chars.len() || (chars[i].0 != ' ' && chars[i - 1].0 == ' ');
        if ends {
            words.push(&chars[start..i]);
            start = i;
        }
    }
    let cells =
        |s: &[(char, Style)]| -> usize { s.iter().map(|(c, _)| c.width().unwrap_or(0)).sum() };
    let blank = |row: &[(char, Style)]| row.iter().all(|(c, _)| *c == ' ');
    let mut rows: Vec<Vec<(char, Style)>> = vec![Vec::new()];
    let mut used = 0;
    for word in words {
        let trimmed = word
            .iter()
            .rposition(|(c, _)| *c != ' ')
            .map_or(0, |i| i + 1);
        if used + cells(&word[..trimmed]) > width && !rows.last().is_some_and(|r| blank(r)) {
            rows.push(vec![(' ', Style::Plain); indent]);
            used = indent;
        }
        for &(c, style) in word {
            let continuing = rows.len() > 1 && rows.last().is_some_and(|r| blank(r));
            if c == ' ' && continuing {
                continue;
            }
            let w = c.width().unwrap_or(0);
            if used + w > width {
                if c == ' ' {
                    continue;
                }
                rows.push(vec![(' ', Style::Plain); indent]);
                used = indent;
            }
            if let Some(row) = rows.last_mut() {
                row.push((c, style));
            }
            used += w;
        }
    }
    rows.into_iter().map(|row| group(&row)).collect()
}

/// Characters back into styled pieces, trailing spaces dropped.
fn group(row: &[(char, Style)]) -> Row {
    let end = row
        .iter()
        .rposition(|(c, _)| *c != ' ')
        .map_or(0, |i| i + 1);
    let mut pieces: Row = Vec::new();
    for &(c, style) in &row[..end] {
        match pieces.last_mut() {
            Some((s, text)) if *s == style => text.push(c),
            _ => pieces.push((style, c.to_string())),
        }
    }
    pieces
}

/// The rows of `lines` that fit in `height`: the title gives way
/// first, then the end of the recommendation (marked `…`), then the oldest
/// ordinary lines; the head always stays.
pub(crate) fn fit(lines: &[Shown], width: usize, height: usize) -> Vec<Row> {
    let mut wrapped: Vec<(Kind, Vec<Row>)> =
        lines.iter().map(|l| (l.kind, wrap(l, width))).collect();
    let total = |w: &[(Kind, Vec<Row>)]| w.iter().map(|(_, r)| r.len()).sum::<usize>();
    let mut over = total(&wrapped).saturating_sub(height);
    if over == 0 {
        return wrapped.into_iter().flat_map(|(_, r)| r).collect();
    }
    for (kind, rows) in &mut wrapped {
        if over > 0 && *kind == Kind::Context {
            let cut = over.min(rows.len());
            rows.truncate(rows.len() - cut);
            over -= cut;
        }
    }
    // The body's last rows, then one `…` in their place.
    let body_rows: usize = wrapped
        .iter()
        .filter(|(k, _)| *k == Kind::Body)
        .map(|(_, r)| r.len())
        .sum();
    if over > 0 && body_rows > 1 {
        let mut cut = (over + 1).min(body_rows - 1);
        over = over.saturating_sub(cut - 1);
        for (kind, rows) in wrapped.iter_mut().rev() {
            if *kind != Kind::Body || cut == 0 {
                continue;
            }
            let n = cut.min(rows.len());
            rows.truncate(rows.len() - n);
            cut -= n;
        }
        if let Some((_, rows)) = wrapped
            .iter_mut()
            .rev()
            .find(|(k, r)| *k == Kind::Body && !r.is_empty())
        {
            rows.push(vec![(Style::Dim, "  …".to_string())]);
        }
    }
    for (kind, rows) in &mut wrapped {
        if over > 0 && *kind == Kind::Normal {
            let cut = over.min(rows.len());
            rows.drain(..cut);
            over -= cut;
        }
    }
    for (kind, rows) in &mut wrapped {
        if over > 0 && *kind == Kind::Body {
            let cut = over.min(rows.len());
            rows.drain(..cut);
            over -= cut;
        }
    }
    wrapped.into_iter().flat_map(|(_, r)| r).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(rows: &[Row]) -> Vec<String> {
        rows.iter()
            .map(|r| r.iter().map(|(_, t)| t.as_str()).collect())
            .collect()
    }

    /// Issue 12: at 40 columns the terminal cut words in half
    /// (`saved in reply.js` / `on`).
    #[test]
    fn lines_wrap_between_words_and_keep_their_indent() {
        let line = Shown::new(
            Kind::Normal,
            vec![
                (Style::Bold, "Any action taken?".into()),
                (Style::Plain, "  y YES   n NO   now: YES (saved)".into()),
            ],
        );
        assert_eq!(
            text(&wrap(&line, 30)),
            ["Any action taken?  y YES   n", "NO   now: YES (saved)"]
        );
        let hint = Shown::plain(
            Kind::Normal,
            Style::Dim,
            "  b back · s skip · g go to · q save and quit · ? help",
        );
        assert_eq!(
            text(&wrap(&hint, 24)),
            [
                "  b back · s skip · g go",
                "  to · q save and quit ·",
                "  ? help"
            ]
        );
        let wide = Shown::plain(Kind::Normal, Style::Plain, "東京都千代田区東京都千代田区");
        assert_eq!(
            text(&wrap(&wide, 10)),
            ["東京都千代", "田区東京都", "千代田区"]
        );
        assert_eq!(
            text(&wrap(&Shown::plain(Kind::Normal, Style::Plain, ""), 10)),
            [""]
        );
    }

    /// Issue 12: at 15 rows the position line and "saved" scrolled away.
    #[test]
    fn a_short_screen_keeps_the_head_and_cuts_the_title_then_the_text() {
        let line = |kind, t: &str| Shown::plain(kind, Style::Plain, t);
        let lines = vec![
            line(Kind::Head, "Issue II · Recommendation 2 of 6"),
            line(Kind::Head, "████ 40%  saved"),
            line(Kind::Context, "Issue II: Alternatives to imprisonment"),
            line(Kind::Body, "  one"),
            line(Kind::Body, "  two"),
            line(Kind::Body, "  three"),
            line(Kind::Normal, "Recommendation 2 (II.2)"),
            line(Kind::Head, "Any action taken?"),
            line(Kind::Head, "  b back"),
        ];
        assert_eq!(text(&fit(&lines, 60, 20)).len(), 9);
        assert_eq!(
            text(&fit(&lines, 60, 7)),
            [
                "Issue II · Recommendation 2 of 6",
                "████ 40%  saved",
                "  one",
                "  …",
                "Recommendation 2 (II.2)",
                "Any action taken?",
                "  b back"
            ]
        );
        assert_eq!(
            text(&fit(&lines, 60, 4)),
            [
                "Issue II · Recommendation 2 of 6",
                "████ 40%  saved",
                "Any action taken?",
                "  b back"
            ]
        );
    }
}
