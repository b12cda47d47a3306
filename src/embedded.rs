//! Texts embedded in the binary deflated (by `build.rs`): the message
//! catalogue and the list of UN Member States, 400 KB of text that would
//! otherwise be 5% of the binary. Each is inflated when first needed.

use std::io::Read;

/// `bytes` inflated. Embedded at build time from text files, so they
/// inflate to UTF-8; a failure would be a build bug, and gives what was read.
pub(crate) fn inflate(bytes: &[u8]) -> String {
    let mut text = String::new();
    let inflated = flate2::read::DeflateDecoder::new(bytes).read_to_string(&mut text);
    debug_assert!(inflated.is_ok(), "embedded text: {inflated:?}");
    text
}

/// Embeds `$OUT_DIR/NAME.deflate`, written by `build.rs`.
macro_rules! deflated {
    ($name:literal) => {
        include_bytes!(concat!(env!("OUT_DIR"), "/", $name, ".deflate"))
    };
}

pub(crate) use deflated;

#[cfg(test)]
mod tests {
    #[test]
    fn the_state_list_inflates_to_the_file() {
        let file = include_str!("../data/un-states.csv");
        assert_eq!(super::inflate(deflated!("un-states.csv")), file);
    }
}
