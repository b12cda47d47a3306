//! The HTML report's bars, as inline SVG: one stacked bar of YES / NO /
//! unanswered per recommendation, as wide as the cell it sits in (a
//! `viewBox`, no fixed width, so it scales with the page and never cuts a
//! segment off on a phone). It reads without colour: YES solid, NO hatched,
//! unanswered an empty outline, and the counts are written beside it.
//! Each segment carries its count in `data-count`, so tests (and other
//! tools) can read the figures back.

use std::fmt::Write;

use super::Counts;

/// The bar's drawing width; it is scaled to the cell.
const WIDTH: f64 = 120.0;
const HEIGHT: f64 = 10.0;

/// The patterns the bars refer to, once per document.
pub(crate) const DEFS: &str = concat!(
    r#"<svg class="defs" width="0" height="0" aria-hidden="true" focusable="false"><defs>"#,
    r#"<pattern id="hatch" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">"#,
    r##"<rect width="4" height="4" fill="#fff"/><line x1="0" y1="0" x2="0" y2="4" stroke="#000" stroke-width="2"/>"##,
    r#"</pattern></defs></svg>"#
);

/// A key saying which fill is which, as a small drawing of its own.
pub(crate) fn legend(yes: &str, no: &str, unanswered: Option<&str>) -> String {
    let mut out = String::from(r#"<p class="legend">"#);
    for (class, label) in [
        ("yes", Some(yes)),
        ("no", Some(no)),
        ("unanswered", unanswered),
    ] {
        let Some(label) = label else { continue };
        let _ = write!(
            out,
            r#"<span><svg width="14" height="12" viewBox="0 0 14 12" aria-hidden="true"><rect class="{class}" x="1" y="1" width="12" height="10"/></svg> {label}</span> "#
        );
    }
    out.push_str("</p>");
    out
}

/// One stacked bar; `id` names the recommendation in attributes, `label`
/// (already escaped) says what the bar shows to a screen reader.
pub(crate) fn bar(id: &str, label: &str, counts: Counts) -> String {
    let total = counts.total();
    let mut out = String::with_capacity(512);
    let _ = write!(
        out,
        r#"<svg class="bar" data-id="{id}" data-total="{total}" viewBox="0 0 {} {}" role="img" aria-label="{label}">"#,
        WIDTH + 2.0,
        HEIGHT + 2.0,
    );
    let mut x = 1.0;
    for (class, n) in [
        ("yes", counts.yes),
        ("no", counts.no),
        ("unanswered", counts.unanswered),
    ] {
        let width = if total == 0 {
            0.0
        } else {
            WIDTH * n as f64 / total as f64
        };
        let _ = write!(
            out,
            r#"<rect class="{class}" data-count="{n}" x="{x:.2}" y="1" width="{width:.2}" height="{HEIGHT}"/>"#
        );
        x += width;
    }
    out.push_str("</svg>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segments_are_proportional_carry_their_counts_and_scale() {
        let svg = bar(
            "I.1",
            "I.1",
            Counts {
                yes: 3,
                no: 1,
                unanswered: 0,
            },
        );
        assert!(svg.contains(r#"class="yes" data-count="3" x="1.00" y="1" width="90.00""#));
        assert!(svg.contains(r#"class="no" data-count="1" x="91.00" y="1" width="30.00""#));
        // No fixed width: the page decides.
        assert!(svg.contains("viewBox=") && !svg.contains(" width=\"122"));
    }

    #[test]
    fn an_empty_report_draws_empty_bars() {
        let svg = bar("I.1", "I.1", Counts::default());
        assert!(svg.contains(r#"width="0.00""#));
        assert!(!svg.contains("NaN"));
    }
}
