//! Text from a reply is data in an HTML report: escaped so that
//! `<script>` shows as text, invisible characters written out.

use super::visible::visible;
use super::{Replacement, replace_ascii};

/// Escapes text for HTML element content and quoted attribute values.
pub(crate) fn html(text: &str) -> String {
    replace_ascii(&visible(text), |_, b| {
        let entity = match b {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            b'\'' => "&#39;",
            _ => return None,
        };
        Some(Replacement::With(entity))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_markup_in_a_reply_is_text() {
        assert_eq!(
            html("<script>alert(1)</script>"),
            "&lt;script&gt;alert(1)&lt;/script&gt;"
        );
        assert_eq!(
            html("\"><svg onload=alert(1)>"),
            "&quot;&gt;&lt;svg onload=alert(1)&gt;"
        );
        assert_eq!(html("R&D 'x'"), "R&amp;D &#39;x&#39;");
        assert_eq!(html("Ex\u{202E}ample"), "Ex\\u{202e}ample");
        assert_eq!(html("\u{645}\u{200C}\u{6cc}"), "\u{645}\u{200C}\u{6cc}");
    }
}
