//! Bytes to text: UTF-8 with or without a byte-order mark, or UTF-16 with
//! one. Pure: reading the bytes is `io`'s job.

use crate::i18n::t;

/// Why bytes are not text, and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct DecodeError {
    pub message: String,
    pub line: usize,
    pub column: usize,
}

/// Decodes a text file: UTF-8 with or without a byte-order mark, or UTF-16
/// with one (what Word's "Unicode text" writes). The BOM is dropped.
pub(crate) fn decode_text(bytes: &[u8]) -> Result<String, DecodeError> {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return decode_utf8(rest);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        return decode_utf16(rest, u16::from_le_bytes);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return decode_utf16(rest, u16::from_be_bytes);
    }
    decode_utf8(bytes)
}

/// [`decode_text`] for bytes that are no longer needed: UTF-8 without a
/// byte-order mark (most files) becomes the text without a copy.
pub(crate) fn decode_text_owned(bytes: Vec<u8>) -> Result<String, DecodeError> {
    if bytes.starts_with(b"\xEF\xBB\xBF")
        || bytes.starts_with(b"\xFF\xFE")
        || bytes.starts_with(b"\xFE\xFF")
    {
        return decode_text(&bytes);
    }
    String::from_utf8(bytes).map_err(|e| {
        decode_utf8(e.as_bytes()).err().unwrap_or(DecodeError {
            message: t!("text-not-utf8"),
            line: 1,
            column: 1,
        })
    })
}

fn decode_utf8(bytes: &[u8]) -> Result<String, DecodeError> {
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text.to_string()),
        Err(e) => {
            let valid = std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap_or_default();
            let line = valid.matches('\n').count() + 1;
            let column = valid.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
            let byte = bytes[e.valid_up_to()];
            Err(DecodeError {
                message: t!(
                    "text-not-utf8-at",
                    byte = format!("0x{byte:02x}"),
                    line = line.to_string(),
                    column = column.to_string()
                ),
                line,
                column,
            })
        }
    }
}

fn decode_utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> Result<String, DecodeError> {
    let units = bytes.chunks_exact(2).map(|c| unit([c[0], c[1]]));
    let mut text = String::with_capacity(bytes.len() / 2);
    for c in char::decode_utf16(units) {
        match c {
            Ok(c) => text.push(c),
            Err(_) => {
                let line = text.matches('\n').count() + 1;
                let column = text.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
                return Err(DecodeError {
                    message: t!(
                        "text-utf16-broken",
                        line = line.to_string(),
                        column = column.to_string()
                    ),
                    line,
                    column,
                });
            }
        }
    }
    if bytes.len() % 2 == 1 {
        return Err(DecodeError {
            message: t!("text-utf16-cut"),
            line: text.matches('\n').count() + 1,
            column: 1,
        });
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_and_without_bom() {
        assert_eq!(decode_text(b"\xEF\xBB\xBFabc").unwrap(), "abc");
        assert_eq!(decode_text("é".as_bytes()).unwrap(), "é");
    }

    #[test]
    fn utf16_with_bom_is_decoded() {
        let mut le = vec![0xFF, 0xFE];
        for u in "Oui “x”".encode_utf16() {
            le.extend(u.to_le_bytes());
        }
        assert_eq!(decode_text(&le).unwrap(), "Oui “x”");
        let mut be = vec![0xFE, 0xFF];
        for u in "ab".encode_utf16() {
            be.extend(u.to_be_bytes());
        }
        assert_eq!(decode_text(&be).unwrap(), "ab");
    }

    #[test]
    fn owned_decoding_agrees_with_borrowed() {
        for bytes in [
            &b"abc"[..],
            b"\xEF\xBB\xBFabc",
            b"\xFF\xFEa\x00",
            b"{\n  \"a\": \"\xff\"}",
            "é".as_bytes(),
        ] {
            assert_eq!(
                decode_text_owned(bytes.to_vec()),
                decode_text(bytes),
                "{bytes:?}"
            );
        }
    }

    #[test]
    fn invalid_utf8_names_line_and_column() {
        let err = decode_text(b"{\n  \"a\": \"\xff\"}").unwrap_err();
        assert_eq!((err.line, err.column), (2, 9));
        assert!(err.message.contains("0xff"));
    }
}
