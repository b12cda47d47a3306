//! Wrapping text to a width, breaking only at spaces.

/// The width to wrap text for a terminal: its width, at most 100 columns for
/// readability, and 80 when the output is not a terminal.
pub(crate) fn wrap_width() -> usize {
    terminal_size::terminal_size()
        .map(|(w, _)| usize::from(w.0))
        .unwrap_or(80)
        .clamp(40, 100)
}

/// Wrapping options that break lines only at spaces: a hyphenated word
/// ("cyber-related") stays whole.
pub(crate) fn wrap_options(width: usize) -> textwrap::Options<'static> {
    textwrap::Options::new(width).word_splitter(textwrap::WordSplitter::NoHyphenation)
}

/// Wraps `text` to `width` columns, every line starting with `indent`.
pub(crate) fn wrap_indented(text: &str, width: usize, indent: &str) -> String {
    textwrap::fill(
        text,
        wrap_options(width)
            .initial_indent(indent)
            .subsequent_indent(indent),
    )
}

/// Wraps `text` into lines of at most `width` columns.
pub(crate) fn wrap_lines(text: &str, width: usize) -> Vec<String> {
    textwrap::wrap(text, wrap_options(width))
        .into_iter()
        .map(|l| l.into_owned())
        .collect()
}
