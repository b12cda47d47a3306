//! What a PDF page shows as text: every glyph with its Unicode text and its
//! place, read by the `hayro` interpreter (fonts, encodings, `ToUnicode`
//! maps, text matrices, form XObjects), and every check box however it is
//! drawn: a box character in the text, a form field (`/Widget` of type
//! `/Btn`, ticked when its state is not `/Off`), or a small square drawn as
//! lines with a cross or tick inside it (LibreOffice prints Word's legacy
//! check boxes so). Boxes become the characters ☒ and ☐ at their place, so
//! the layout rules see them as they see typed boxes.

use std::sync::Arc;

use hayro_interpret::font::Glyph as FontGlyph;
use hayro_interpret::hayro_cmap::BfString;
use hayro_interpret::hayro_syntax::object::{Array, Dict, Name, Rect as PdfRect};
use hayro_interpret::hayro_syntax::page::Page;
use hayro_interpret::kurbo::{Affine, BezPath, PathEl, Point, Rect};
use hayro_interpret::{
    BlendMode, ClipPath, Context, Device, DrawMode, DrawProps, Image, ImageDrawProps,
    InterpreterCache, InterpreterSettings, RenderContent, SoftMask, interpret_page,
};

use crate::formats::txt::{EMPTY, TICKED};

/// The font program for the fonts a PDF names but does not embed (the
/// standard 14, or "Arial" left out): one small Type 1 font (PDFium's
/// Foxit Sans, BSD licence beside it) for all of them. Only glyph shapes
/// come from it, and qnr reads no shapes: the text comes from the
/// encoding and the advances from the standard fonts' metrics, which the
/// interpreter has built in. (hayro's own set of fourteen fonts was 280 KB
/// of the binary.)
const FALLBACK_FONT: &[u8] = include_bytes!("fallback-font/FoxitSans.pfb");

/// One glyph as the page shows it, in points from the page's top left.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Glyph {
    pub(crate) x: f64,
    /// The baseline, growing downwards.
    pub(crate) y: f64,
    /// The font size.
    pub(crate) size: f64,
    /// How far the next glyph would start.
    pub(crate) width: f64,
    pub(crate) text: String,
    /// A line is drawn through it: shown struck out, not read.
    pub(crate) struck: bool,
}

/// Most glyphs read from one document (the sixteen-item form has 20,000):
/// past it the rest is not kept.
pub(crate) const MAX_GLYPHS: usize = 1_000_000;

/// Reads the glyphs of one page. `budget` is how many more may be kept.
pub(crate) fn read_page<'a>(
    page: &Page<'a>,
    cache: &InterpreterCache<'a>,
    budget: usize,
) -> Vec<Glyph> {
    let media = page.media_box();
    let top = media.y1.max(media.y0);
    let settings = InterpreterSettings {
        // Form fields are read from their state below, not their looks.
        render_content: RenderContent::PAGE,
        font_resolver: Arc::new(|_| Some((Arc::new(FALLBACK_FONT), 0))),
        ..InterpreterSettings::default()
    };
    let mut context = Context::new(
        Affine::IDENTITY,
        Rect::new(media.x0, media.y0, media.x1, media.y1),
        cache,
        page.xref(),
        settings,
    );
    let mut device = Collector {
        top,
        glyphs: Vec::new(),
        squares: Vec::new(),
        marks: Vec::new(),
        strikes: Vec::new(),
        budget,
    };
    interpret_page(page, &mut context, &mut device);
    let strikes = &device.strikes;
    let mut glyphs = device.glyphs;
    for glyph in &mut glyphs {
        glyph.struck = struck(glyph, strikes, top);
    }
    glyphs.extend(drawn_boxes(&device.squares, &device.marks, top));
    glyphs.extend(widgets(page, top));
    glyphs.truncate(budget);
    glyphs
}

struct Collector {
    top: f64,
    glyphs: Vec<Glyph>,
    /// Small squares drawn as paths, in page space (y up).
    squares: Vec<Rect>,
    /// The bounds of every other path, to find ticks inside squares.
    marks: Vec<Rect>,
    /// Thin horizontal lines, which strike text through.
    strikes: Vec<Rect>,
    budget: usize,
}

/// Whether a line is drawn through the middle of a glyph: the word struck
/// out (a tracked deletion as printed, or the other word of YES/NO crossed
/// out). Such text is not read, as a deletion in a Word document is not.
fn struck(glyph: &Glyph, strikes: &[Rect], top: f64) -> bool {
    let centre = glyph.x + glyph.width / 2.0;
    strikes.iter().any(|s| {
        let y = top - (s.y0 + s.y1) / 2.0;
        s.x0 <= centre
            && centre <= s.x1
            && y < glyph.y - 0.12 * glyph.size
            && y > glyph.y - 0.6 * glyph.size
    })
}

/// A glyph's text: its Unicode, or for a symbol font without one the
/// Private Use character Word's symbol fonts map to (`U+F0FE` is
/// Wingdings' ticked box), which the mark reader knows.
fn text_of(glyph: &FontGlyph<'_>) -> String {
    let text = match glyph.as_unicode() {
        Some(BfString::Char(c)) => c.to_string(),
        Some(BfString::String(s)) => s,
        None => char::from_u32(0xF000 + (glyph.char_code() & 0xFF))
            .map_or_else(String::new, String::from),
    };
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            // Typographic ligatures (a browser draws "ffi" as one glyph)
            // are the letters they join.
            '\u{FB00}' => out.push_str("ff"),
            '\u{FB01}' => out.push_str("fi"),
            '\u{FB02}' => out.push_str("fl"),
            '\u{FB03}' => out.push_str("ffi"),
            '\u{FB04}' => out.push_str("ffl"),
            '\u{FB05}' | '\u{FB06}' => out.push_str("st"),
            // A form feed or line break inside a glyph would cut a line in two.
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

impl Device<'_> for Collector {
    fn draw_path(&mut self, path: &BezPath, props: DrawProps<'_>, _: &DrawMode) {
        if self.squares.len() + self.marks.len() + self.strikes.len() > 100_000 {
            return;
        }
        let path = props.transform * path.clone();
        let bounds = path.control_box();
        if bounds.height() <= 2.0 && bounds.width() >= 2.0 {
            self.strikes.push(bounds);
        }
        if is_square(&path) {
            let side = bounds.width();
            if (3.0..=30.0).contains(&side) {
                self.squares.push(bounds);
                return;
            }
        }
        self.marks.push(bounds);
    }

    fn draw_glyph_run(
        &mut self,
        run: &hayro_interpret::font::GlyphRun<'_, '_>,
        props: DrawProps<'_>,
        _: &DrawMode,
    ) {
        let glyphs = run.glyphs();
        for (i, glyph) in glyphs.iter().enumerate() {
            if self.glyphs.len() >= self.budget {
                return;
            }
            let t = props.transform * glyph.transform();
            let origin = t * Point::ZERO;
            let [_, _, c, d, _, _] = t.as_coeffs();
            let size = c.hypot(d) * 1000.0;
            if !size.is_finite() || !origin.x.is_finite() || !origin.y.is_finite() {
                continue;
            }
            // How far the next glyph of the run starts, else the font's advance.
            let width = match glyphs.get(i + 1) {
                Some(next) => ((props.transform * next.transform()) * Point::ZERO).x - origin.x,
                None => advance(glyph).map_or(size * 0.5, |a| {
                    let [a0, b0, ..] = t.as_coeffs();
                    f64::from(a) * a0.hypot(b0)
                }),
            };
            self.glyphs.push(Glyph {
                x: origin.x,
                y: self.top - origin.y,
                size,
                width: if width.is_finite() {
                    width.max(0.0)
                } else {
                    0.0
                },
                text: text_of(glyph),
                struck: false,
            });
        }
    }

    fn push_clip_path(&mut self, _: &ClipPath) {}
    fn push_transparency_group(&mut self, _: f32, _: Option<SoftMask<'_>>, _: BlendMode) {}
    fn draw_image(&mut self, _: Image<'_, '_>, _: ImageDrawProps<'_>) {}
    fn pop_clip(&mut self) {}
    fn pop_transparency_group(&mut self) {}
}

fn advance(glyph: &FontGlyph<'_>) -> Option<f32> {
    match glyph {
        FontGlyph::Outline(g) => g.advance_width(),
        FontGlyph::Type3(g) => g.advance_width(),
    }
}

/// A closed path of four corners at right angles, as wide as high.
fn is_square(path: &BezPath) -> bool {
    let mut points = Vec::new();
    for el in path.elements() {
        match el {
            PathEl::MoveTo(p) | PathEl::LineTo(p) => points.push(*p),
            PathEl::ClosePath => {}
            _ => return false,
        }
    }
    if points.len() == 5 && points[0].distance(points[4]) < 0.5 {
        points.pop();
    }
    if points.len() != 4 {
        return false;
    }
    let axis = |a: Point, b: Point| (a.x - b.x).abs() < 0.5 || (a.y - b.y).abs() < 0.5;
    let sides_on_axes = (0..4).all(|i| axis(points[i], points[(i + 1) % 4]));
    let bounds = Rect::from_points(points[0], points[2]);
    sides_on_axes
        && (bounds.width() - bounds.height()).abs() <= 0.2 * bounds.width().max(bounds.height())
}

/// Squares drawn as paths, as boxes: ticked when another path (a cross, a
/// tick, a filled square) lies inside one.
fn drawn_boxes(squares: &[Rect], marks: &[Rect], top: f64) -> Vec<Glyph> {
    let mut seen: Vec<Rect> = Vec::new();
    let mut out = Vec::new();
    for square in squares {
        // A box stroked and filled is drawn twice.
        if seen
            .iter()
            .any(|s| (s.x0 - square.x0).abs() < 0.5 && (s.y0 - square.y0).abs() < 0.5)
        {
            continue;
        }
        seen.push(*square);
        let inside = square.inflate(1.0, 1.0);
        let ticked = marks
            .iter()
            .chain(squares.iter().filter(|s| s.width() < square.width() * 0.9))
            .any(|m| {
                m.x0 >= inside.x0
                    && m.x1 <= inside.x1
                    && m.y0 >= inside.y0
                    && m.y1 <= inside.y1
                    && m.area() + m.width() + m.height() > 0.0
            });
        out.push(box_glyph(ticked, *square, top));
    }
    out
}

fn box_glyph(ticked: bool, rect: Rect, top: f64) -> Glyph {
    let side = rect.height().max(rect.width()).max(1.0);
    Glyph {
        x: rect.x0,
        // A box sits on the baseline of its line, or a little below it.
        y: top - rect.y0 - side * 0.15,
        size: side,
        width: rect.width(),
        text: if ticked { TICKED } else { EMPTY }.to_string(),
        struck: false,
    }
}

/// Check boxes and radio buttons of the page's form, by their state.
fn widgets(page: &Page<'_>, top: f64) -> Vec<Glyph> {
    let Some(annots) = page.raw().get::<Array<'_>>(b"Annots".as_slice()) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for annot in annots.iter::<Dict<'_>>().take(10_000) {
        if annot.get::<Name<'_>>(b"Subtype".as_slice()).as_deref() != Some(b"Widget".as_slice()) {
            continue;
        }
        let name = |d: &Dict<'_>, key: &[u8]| d.get::<Name<'_>>(key).map(|n| n.to_vec());
        if inherited(&annot, |d| name(d, b"FT")).as_deref() != Some(b"Btn".as_slice()) {
            continue;
        }
        // Bit 17: a push button, no box.
        if inherited(&annot, |d| d.get::<u32>(b"Ff".as_slice())).unwrap_or(0) & (1 << 16) != 0 {
            continue;
        }
        let Some(rect) = annot.get::<PdfRect>(b"Rect".as_slice()) else {
            continue;
        };
        let state = name(&annot, b"AS").or_else(|| inherited(&annot, |d| name(d, b"V")));
        let ticked = state.is_some_and(|s| s != b"Off");
        let rect = Rect::new(rect.x0, rect.y0, rect.x1, rect.y1).abs();
        out.push(box_glyph(ticked, rect, top));
    }
    out
}

/// A field's entry, on the widget or on its parent fields.
fn inherited<'a, T>(dict: &Dict<'a>, get: impl Fn(&Dict<'a>) -> Option<T>) -> Option<T> {
    let mut current = dict.clone();
    for _ in 0..32 {
        if let Some(value) = get(&current) {
            return Some(value);
        }
        current = current.get::<Dict<'a>>(b"Parent".as_slice())?;
    }
    None
}
