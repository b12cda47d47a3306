//! Small text utilities shared by readers, rules and writers: positions
//! ([`LineIndex`]), decoding bytes, the canonical form of comments and
//! values, word counts, and wrapping.

mod decode;
mod lines;
mod normalize;
mod wrap;

pub(crate) use decode::{DecodeError, decode_text, decode_text_owned};
pub use lines::LineIndex;
pub(crate) use normalize::{normalize_comment, normalize_value, word_count};
pub(crate) use wrap::{wrap_indented, wrap_lines, wrap_options, wrap_width};

/// `1 file`, `3 files`: a count and an English word that takes an `s`.
pub(crate) fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{n} {word}s")
    }
}
