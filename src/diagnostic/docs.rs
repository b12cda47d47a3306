//! The pages of the documentation that runtime messages cite, in one place:
//! a page or heading that moves is one line here. CI checks that every
//! anchor in the docs resolves.

/// The limits on what qnr reads (sizes, nesting, counts).
macro_rules! limits {
    () => {
        "docs/validate.md#limits"
    };
}

/// What qnr reads in a Word document.
macro_rules! word_forms {
    () => {
        "docs/formats.md#word-docx"
    };
}

/// What qnr reads in a PDF, and its limits.
pub(crate) const PDF_FORMS: &str = "docs/formats.md#pdf-pdf";

/// What qnr reads in an OpenDocument text, and its limits.
macro_rules! odt_forms {
    () => {
        "docs/formats.md#opendocument-odt"
    };
}

/// What qnr reads in an OpenDocument text, and its limits.
pub(crate) const ODT_FORMS: &str = odt_forms!();

/// The help under a file that is far past a limit.
pub(crate) const NOT_A_REPLY: &str = concat!("this is not a reply; see ", limits!());

/// The help under a value past the limit on its length.
pub(crate) const SHORTEN: &str = concat!("shorten it; see ", limits!());

/// The help under the finding that says how many more were left out.
pub(crate) const FIX_THE_FIRST: &str =
    concat!("fix the ones above and check again; see ", limits!());

/// The help under a Word document that is no form qnr reads.
pub(crate) const NOT_A_WORD_REPLY: &str = concat!("this is not a reply; see ", word_forms!());

/// The help under an OpenDocument file that is no form qnr reads.
pub(crate) const NOT_AN_ODT_REPLY: &str = concat!("this is not a reply; see ", odt_forms!());

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cited_pages_are_in_the_repository() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        for help in [
            NOT_A_REPLY,
            SHORTEN,
            FIX_THE_FIRST,
            NOT_A_WORD_REPLY,
            NOT_AN_ODT_REPLY,
            PDF_FORMS,
            ODT_FORMS,
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
