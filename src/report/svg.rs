//! Bar charts as inline SVG for the HTML report: one stacked bar of YES /
//! NO / unanswered. It reads without colour: YES is solid, NO hatched,
//! unanswered an empty outline, and every count is written beside the bar.
//! Each segment carries its count in `data-count`, so tests (and other
//! tools) can read the figures back.

use std::fmt::Write;

use super::{Counts, percent};

const WIDTH: f64 = 480.0;
const BAR_HEIGHT: f64 = 18.0;

/// The patterns the charts refer to, once per document.
pub(crate) const DEFS: &str = concat!(
    r#"<svg class="defs" width="0" height="0" aria-hidden="true"><defs>"#,
    r#"<pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">"#,
    r##"<rect width="6" height="6" fill="#fff"/><line x1="0" y1="0" x2="0" y2="6" stroke="#000" stroke-width="3"/>"##,
    r#"</pattern></defs></svg>"#
);

/// A legend saying which fill is which, as a small chart of its own.
pub(crate) fn legend() -> String {
    let mut out = String::from(
        r#"<svg class="legend" width="420" height="22" role="img" aria-label="Legend: YES solid, NO hatched, unanswered empty">"#,
    );
    for (n, (class, label)) in [("yes", "YES"), ("no", "NO"), ("unanswered", "unanswered")]
        .iter()
        .enumerate()
    {
        let x = n as f64 * 130.0 + 1.0;
        let _ = write!(
            out,
            r#"<rect class="{class}" x="{x}" y="3" width="16" height="14"/><text x="{}" y="15">{label}</text>"#,
            x + 22.0
        );
    }
    out.push_str("</svg>");
    out
}

/// One stacked bar; `id` names the recommendation or issue in attributes.
pub(crate) fn bar(id: &str, label: &str, counts: Counts) -> String {
    let total = counts.total();
    let mut out = String::new();
    let _ = write!(
        out,
        r#"<svg class="chart" data-id="{id}" data-total="{total}" width="{}" height="44" role="img" aria-label="{label}: YES {}, NO {}, unanswered {}">"#,
        WIDTH + 2.0,
        counts.yes,
        counts.no,
        counts.unanswered
    );
    let _ = write!(out, "<title>{label}</title>");
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
            r#"<rect class="{class}" data-count="{n}" x="{x:.2}" y="2" width="{width:.2}" height="{BAR_HEIGHT}"/>"#
        );
        x += width;
    }
    let _ = write!(
        out,
        r#"<text x="1" y="38">YES {} ({}) · NO {} ({}) · unanswered {} ({})</text></svg>"#,
        counts.yes,
        percent(counts.yes, total),
        counts.no,
        percent(counts.no, total),
        counts.unanswered,
        percent(counts.unanswered, total),
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segments_are_proportional_and_carry_their_counts() {
        let svg = bar(
            "I.1",
            "I.1",
            Counts {
                yes: 3,
                no: 1,
                unanswered: 0,
            },
        );
        assert!(svg.contains(r#"class="yes" data-count="3" x="1.00" y="2" width="360.00""#));
        assert!(svg.contains(r#"class="no" data-count="1" x="361.00" y="2" width="120.00""#));
        assert!(svg.contains("YES 3 (75%) · NO 1 (25%) · unanswered 0 (0%)"));
    }

    #[test]
    fn an_empty_report_draws_empty_bars() {
        let svg = bar("I", "Issue I", Counts::default());
        assert!(svg.contains(r#"width="0.00""#));
        assert!(!svg.contains("NaN"));
    }
}
