//! Text that came from a file is data wherever it goes: each output it can
//! reach has its escaper here, so none is written twice.

pub(crate) mod html;
pub(crate) mod json;
pub(crate) mod markdown;
pub(crate) mod spreadsheet;
pub(crate) mod terminal;
pub(crate) mod toml;
pub(crate) mod visible;

/// What stands for an ASCII byte in escaped text.
enum Replacement {
    /// Another text.
    With(&'static str),
    /// A backslash and the byte.
    Backslashed,
}

/// `text` with the ASCII bytes `replace` picks replaced, and the runs
/// between them copied whole (most text has none). `replace` sees each
/// byte and its index.
fn replace_ascii(text: &str, replace: impl Fn(usize, u8) -> Option<Replacement>) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let mut from = 0;
    for (i, b) in text.bytes().enumerate() {
        // A byte of a multi-byte character is never replaced.
        let Some(replacement) = b.is_ascii().then(|| replace(i, b)).flatten() else {
            continue;
        };
        out.push_str(&text[from..i]);
        match replacement {
            Replacement::With(s) => out.push_str(s),
            Replacement::Backslashed => {
                out.push('\\');
                out.push(char::from(b));
            }
        }
        from = i + 1;
    }
    out.push_str(&text[from..]);
    out
}
