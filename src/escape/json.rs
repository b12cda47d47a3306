//! JSON escapes C0 controls but not DEL, C1 controls or bidirectional
//! overrides, which reach a terminal when the output is read there. Outside
//! strings JSON holds none of them, so escaping them all as `\u` escapes
//! keeps the same JSON value.

use std::borrow::Cow;

use serde::Serialize;

use super::terminal::is_bidi_control;

fn is_unsafe(c: char) -> bool {
    c != '\n' && (c.is_control() || is_bidi_control(c))
}

/// `json` with every control character and bidirectional override outside
/// a line break written as a `\u` escape.
pub(crate) fn escape_unsafe(json: &str) -> Cow<'_, str> {
    if !json.chars().any(is_unsafe) {
        return Cow::Borrowed(json);
    }
    let mut out = String::with_capacity(json.len() + 16);
    for c in json.chars() {
        if is_unsafe(c) {
            out.push_str(&format!("\\u{:04x}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// `value` as indented JSON safe to show on a terminal, ending in a line break.
pub(crate) fn pretty(value: &impl Serialize) -> Vec<u8> {
    pretty_sized(value, 0)
}

/// [`pretty`] for a large value whose size is about `capacity` bytes:
/// written into room made once, rather than into a buffer that doubles
/// (and so, for a moment, is held twice) as it grows.
pub(crate) fn pretty_sized(value: &impl Serialize, capacity: usize) -> Vec<u8> {
    // Text from replies may hold what a terminal obeys (`-o -`, a pager):
    // written as JSON `\u` escapes, the same JSON value.
    let mut buffer = Vec::with_capacity(capacity);
    if serde_json::to_writer_pretty(&mut buffer, value).is_err() {
        buffer.clear();
    }
    // serde_json writes UTF-8 only.
    let json = String::from_utf8(buffer).unwrap_or_default();
    // Most output is clean: no copy of what may be tens of megabytes.
    let mut bytes = match escape_unsafe(&json) {
        Cow::Borrowed(_) => json.into_bytes(),
        Cow::Owned(escaped) => escaped.into_bytes(),
    };
    bytes.push(b'\n');
    bytes
}
