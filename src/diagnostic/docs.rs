//! The pages of the documentation that runtime messages cite, in one place:
//! a page or heading that moves is one line here. CI checks that every
//! anchor in the docs resolves.

use crate::i18n::t;

/// The limits on what qnr reads (sizes, nesting, counts).
const LIMITS: &str = "docs/validate.md#limits";

/// What qnr reads in a Word document.
const WORD_FORMS: &str = "docs/formats.md#word-docx";

/// What qnr reads in a PDF, and its limits.
pub(crate) const PDF_FORMS: &str = "docs/formats.md#pdf-pdf";

/// What qnr reads in an OpenDocument text, and its limits.
pub(crate) const ODT_FORMS: &str = "docs/formats.md#opendocument-odt";

/// The help under a file that is far past a limit.
pub(crate) fn not_a_reply() -> String {
    t!("common-help-not-a-reply", page = LIMITS)
}

/// The help under a value past the limit on its length.
pub(crate) fn shorten() -> String {
    t!("common-help-shorten", page = LIMITS)
}

/// The help under the finding that says how many more were left out.
pub(crate) fn fix_the_first() -> String {
    t!("common-help-fix-the-first", page = LIMITS)
}

/// The help under a Word document that is no form qnr reads.
pub(crate) fn not_a_word_reply() -> String {
    t!("common-help-not-a-reply", page = WORD_FORMS)
}

/// The help under an OpenDocument file that is no form qnr reads.
pub(crate) fn not_an_odt_reply() -> String {
    t!("common-help-not-a-reply", page = ODT_FORMS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cited_pages_are_in_the_repository() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        for help in [
            not_a_reply(),
            shorten(),
            fix_the_first(),
            not_a_word_reply(),
            not_an_odt_reply(),
            PDF_FORMS.to_string(),
            ODT_FORMS.to_string(),
        ] {
            let cited = help.rsplit("see ").next().unwrap_or_default();
            let (page, anchor) = cited.split_once('#').unwrap_or((cited, ""));
            assert!(!anchor.is_empty(), "{help}");
            let path = root.join(page);
            let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{page}: {e}"));
            let headings = text.lines().filter(|l| l.starts_with('#'));
            let anchors: Vec<String> = headings
                .map(|h| {
                    h.trim_start_matches('#')
                        .trim()
                        .to_lowercase()
                        .chars()
                        .filter(|c| c.is_alphanumeric() || *c == ' ' || *c == '-')
                        .map(|c| if c == ' ' { '-' } else { c })
                        .collect()
                })
                .collect();
            assert!(
                anchors.iter().any(|a| a == anchor),
                "{page}#{anchor}: {anchors:?}"
            );
        }
    }
}
