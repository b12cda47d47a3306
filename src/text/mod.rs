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
