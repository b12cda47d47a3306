//! Caps checked on the raw bytes of a PDF before any PDF library sees them.
//! A PDF's streams are compressed, and the sizes they declare may lie: a
//! kilobyte of Flate data can inflate to a gigabyte (a "bomb"). Every stream
//! is therefore decompressed here once through size-capped decoders, in the
//! order its `/Filter` names, and the file is refused when all of them
//! together would unpack to more than [`MAX_UNPACKED`]. Images compressed as
//! images (JPEG, JBIG2, CCITT, JPEG 2000) are skipped: qnr never decodes
//! them. What passes can then be read by the PDF library without surprises.

use std::io::{Read, Write};

use crate::formats::messages::PdfLimit;

/// Most bytes all streams of one PDF may unpack to. The sixteen-item form
/// printed by LibreOffice unpacks to about 300 KB; a PDF with a letterhead
/// image a few MB.
pub(crate) const MAX_UNPACKED: usize = 128 * 1024 * 1024;
/// Most streams one PDF may hold (the form has a few dozen).
pub(crate) const MAX_STREAMS: usize = 100_000;

/// Why the guard refuses a file: the cap it is past.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct TooBig(pub PdfLimit);

/// Checks every stream of `bytes`; `Ok` when all of them unpack within the caps.
pub(crate) fn check(bytes: &[u8]) -> Result<(), TooBig> {
    let mut budget = MAX_UNPACKED;
    let mut streams = 0usize;
    let mut at = 0;
    while let Some(found) = memchr::memmem::find(&bytes[at..], b"stream") {
        let keyword = at + found;
        at = keyword + 6;
        // `endstream` contains `stream`; a stream keyword ends the dictionary.
        if keyword >= 3 && &bytes[keyword - 3..keyword] == b"end" {
            continue;
        }
        let start = match bytes.get(at..at + 2) {
            Some([b'\r', b'\n']) => at + 2,
            Some([b'\n' | b'\r', _]) | Some([b'\n' | b'\r']) => at + 1,
            _ => continue,
        };
        streams += 1;
        if streams > MAX_STREAMS {
            return Err(TooBig(PdfLimit::Streams(MAX_STREAMS)));
        }
        let end =
            memchr::memmem::find(&bytes[start..], b"endstream").map_or(bytes.len(), |e| start + e);
        let dict = dictionary(bytes, keyword);
        let filters = filters(dict);
        if filters.contains(&Filter::Opaque) {
            image_size(dict, &bytes[start..end])?;
        }
        let used = unpacked_size(&bytes[start..end], &filters, budget)
            .ok_or(TooBig(PdfLimit::Unpacked(MAX_UNPACKED / (1024 * 1024))))?;
        budget -= used;
        at = end;
    }
    Ok(())
}

/// Most pixels an image may declare: a page scanned at 600 dpi has 35
/// million. The PDF library decodes a stream compressed as an image into
/// a buffer of that size, should the file make it one qnr reads.
pub(crate) const MAX_PIXELS: u64 = 100_000_000;

/// Checks the size a stream compressed as an image declares: in its
/// dictionary (`/Width`, `/Height`) and, for JPEG, in the JPEG itself. A
/// stream without a size is no image: content or a font compressed as one
/// is refused.
fn image_size(dict: &[u8], data: &[u8]) -> Result<(), TooBig> {
    let number = |key: &[u8]| -> Option<u64> {
        let i = memchr::memmem::find(dict, key)?;
        let rest = dict[i + key.len()..].trim_ascii_start();
        let digits = rest.iter().take_while(|b| b.is_ascii_digit()).count();
        std::str::from_utf8(&rest[..digits]).ok()?.parse().ok()
    };
    let declared = number(b"/Width").zip(number(b"/Height"));
    let pixels = [declared, jpeg_size(data)]
        .into_iter()
        .flatten()
        .map(|(w, h)| w.saturating_mul(h))
        .max();
    match (declared, pixels) {
        (Some(_), Some(p)) if p <= MAX_PIXELS => Ok(()),
        (Some(_), _) => Err(TooBig(PdfLimit::Pixels(MAX_PIXELS))),
        (None, _) => Err(TooBig(PdfLimit::FakeImage)),
    }
}

/// A JPEG's width and height, from its start-of-frame marker.
fn jpeg_size(data: &[u8]) -> Option<(u64, u64)> {
    let mut i = data.windows(2).position(|w| w == [0xFF, 0xD8])? + 2;
    while i + 9 < data.len() {
        if data[i] != 0xFF {
            i += 1;
            continue;
        }
        let marker = data[i + 1];
        let length = usize::from(u16::from_be_bytes([data[i + 2], data[i + 3]]));
        if matches!(marker, 0xC0..=0xCF) && !matches!(marker, 0xC4 | 0xC8 | 0xCC) {
            let h = u16::from_be_bytes([data[i + 5], data[i + 6]]);
            let w = u16::from_be_bytes([data[i + 7], data[i + 8]]);
            return Some((u64::from(w), u64::from(h)));
        }
        if marker == 0xD8 || marker == 0x01 || (0xD0..=0xD7).contains(&marker) {
            i += 2;
        } else {
            i += 2 + length;
        }
    }
    None
}

/// The dictionary text before a `stream` keyword: back to its object's `obj`.
fn dictionary(bytes: &[u8], keyword: usize) -> &[u8] {
    let from = keyword.saturating_sub(64 * 1024);
    let before = &bytes[from..keyword];
    match memchr::memmem::rfind(before, b"obj") {
        Some(i) => &before[i + 3..],
        None => before,
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Filter {
    Flate,
    Lzw,
    RunLength,
    AsciiHex,
    Ascii85,
    /// An image codec, or a name qnr does not know: not decoded here, and
    /// nothing after it either.
    Opaque,
}

/// The filters a dictionary names, in decoding order.
fn filters(dict: &[u8]) -> Vec<Filter> {
    let Some(i) = memchr::memmem::find(dict, b"/Filter") else {
        return Vec::new();
    };
    let rest = &dict[i + 7..];
    let rest = rest.trim_ascii_start();
    let names: &[u8] = match rest.first() {
        Some(b'[') => &rest[..rest.iter().position(|&b| b == b']').unwrap_or(rest.len())],
        Some(b'/') => {
            let end = rest[1..]
                .iter()
                .position(|&b| b == b'/' || b == b'>' || b == b'[' || b.is_ascii_whitespace())
                .map_or(rest.len(), |p| p + 1);
            &rest[..end]
        }
        // An indirect reference or nonsense: decoded as nothing.
        _ => return vec![Filter::Opaque],
    };
    names
        .split(|&b| b == b'/')
        .skip(1)
        .map(|name| match name.trim_ascii() {
            b"FlateDecode" | b"Fl" => Filter::Flate,
            b"LZWDecode" | b"LZW" => Filter::Lzw,
            b"RunLengthDecode" | b"RL" => Filter::RunLength,
            b"ASCIIHexDecode" | b"AHx" => Filter::AsciiHex,
            b"ASCII85Decode" | b"A85" => Filter::Ascii85,
            _ => Filter::Opaque,
        })
        .collect()
}

/// How many bytes `data` unpacks to through `filters`, or `None` past `cap`.
/// Data that fails to decode counts what it gave before failing (the PDF
/// library will not get more out of it). The last filter's output is only
/// counted, never kept: a bomb's hundred megabytes are never held.
fn unpacked_size(data: &[u8], filters: &[Filter], cap: usize) -> Option<usize> {
    let decoded = filters
        .iter()
        .position(|f| *f == Filter::Opaque)
        .map_or(filters, |opaque| &filters[..opaque]);
    let Some((last, before)) = decoded.split_last() else {
        return (data.len() <= cap).then_some(data.len());
    };
    let mut current: std::borrow::Cow<'_, [u8]> = data.into();
    for filter in before {
        let mut next = Vec::new();
        decode(*filter, &current, cap, &mut next)?;
        current = next.into();
    }
    decode(*last, &current, cap, &mut Count(0))
}

/// Counts the bytes written to it and keeps none.
struct Count(usize);

impl Write for Count {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0 += buf.len();
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Decodes `data` through one filter into `out`: how many bytes it gave,
/// or `None` past `cap`.
fn decode(filter: Filter, data: &[u8], cap: usize, out: &mut impl Write) -> Option<usize> {
    let written = match filter {
        Filter::Flate => inflate(data, cap, out),
        Filter::Lzw => lzw(data, cap, out)?,
        Filter::RunLength => run_length(data, cap, out)?,
        Filter::AsciiHex => ascii_hex(data, out),
        Filter::Ascii85 => ascii85(data, cap, out)?,
        Filter::Opaque => 0,
    };
    (written <= cap).then_some(written)
}

/// Writes what `reader` gives, up to `limit` bytes: how many it gave, and
/// whether it ended without an error.
fn pump(reader: impl Read, limit: u64, out: &mut impl Write) -> (usize, bool) {
    let mut reader = reader.take(limit);
    let mut buffer = vec![0u8; 64 * 1024];
    let mut written = 0;
    loop {
        match reader.read(&mut buffer) {
            Ok(0) => return (written, true),
            Ok(n) => {
                let _ = out.write_all(&buffer[..n]);
                written += n;
            }
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(_) => return (written, false),
        }
    }
}

fn inflate(data: &[u8], cap: usize, out: &mut impl Write) -> usize {
    let limit = cap as u64 + 1;
    // zlib as the spec says; raw deflate as some writers give.
    match pump(flate2::read::ZlibDecoder::new(data), limit, out) {
        (0, false) => pump(flate2::read::DeflateDecoder::new(data), limit, out).0,
        (written, _) => written,
    }
}

/// LZW as PDF uses it: 9- to 12-bit codes, 256 clears, 257 ends, codes
/// widening one entry early.
fn lzw(data: &[u8], cap: usize, out: &mut impl Write) -> Option<usize> {
    let mut written = 0;
    let mut table: Vec<(Option<u16>, u8)> = Vec::with_capacity(4096);
    let reset = |table: &mut Vec<(Option<u16>, u8)>| {
        table.clear();
        table.extend((0..=255u8).map(|b| (None, b)));
        table.push((None, 0));
        table.push((None, 0));
    };
    reset(&mut table);
    let (mut buffer, mut bits, mut width) = (0u32, 0u32, 9u32);
    let mut previous: Option<u16> = None;
    let mut scratch = Vec::new();
    for &byte in data {
        buffer = (buffer << 8) | u32::from(byte);
        bits += 8;
        while bits >= width {
            let code = ((buffer >> (bits - width)) & ((1 << width) - 1)) as u16;
            bits -= width;
            match code {
                256 => {
                    reset(&mut table);
                    width = 9;
                    previous = None;
                    continue;
                }
                257 => return Some(written),
                _ => {}
            }
            let known = usize::from(code) < table.len();
            if !known && (previous.is_none() || usize::from(code) != table.len()) {
                return Some(written);
            }
            // The string of a known code, or of the previous one plus its first byte.
            let string_of = |mut c: u16, scratch: &mut Vec<u8>, table: &[(Option<u16>, u8)]| {
                scratch.clear();
                loop {
                    let (prefix, last) = table[usize::from(c)];
                    scratch.push(last);
                    match prefix {
                        Some(p) => c = p,
                        None => break,
                    }
                }
                scratch.reverse();
            };
            if known {
                string_of(code, &mut scratch, &table);
            } else if let Some(p) = previous {
                string_of(p, &mut scratch, &table);
                let first = scratch[0];
                scratch.push(first);
            }
            if let Some(p) = previous
                && table.len() < 4096
            {
                table.push((Some(p), scratch[0]));
            }
            let _ = out.write_all(&scratch);
            written += scratch.len();
            if written > cap {
                return None;
            }
            previous = Some(code);
            if table.len() + 1 >= (1 << width) && width < 12 {
                width += 1;
            }
        }
    }
    Some(written)
}

fn run_length(data: &[u8], cap: usize, out: &mut impl Write) -> Option<usize> {
    let mut written = 0;
    let mut i = 0;
    while i < data.len() {
        let n = data[i];
        i += 1;
        match n {
            128 => break,
            0..=127 => {
                let end = (i + usize::from(n) + 1).min(data.len());
                let _ = out.write_all(&data[i..end]);
                written += end - i;
                i = end;
            }
            _ => {
                if let Some(&b) = data.get(i) {
                    let run = 257 - usize::from(n);
                    let _ = out.write_all(&[b; 128][..run]);
                    written += run;
                }
                i += 1;
            }
        }
        if written > cap {
            return None;
        }
    }
    Some(written)
}

fn ascii_hex(data: &[u8], out: &mut impl Write) -> usize {
    let digits: Vec<u8> = data
        .iter()
        .take_while(|&&b| b != b'>')
        .filter_map(|&b| (b as char).to_digit(16).map(|d| d as u8))
        .collect();
    let bytes: Vec<u8> = digits
        .chunks(2)
        .map(|pair| pair[0] << 4 | pair.get(1).copied().unwrap_or(0))
        .collect();
    let _ = out.write_all(&bytes);
    bytes.len()
}

fn ascii85(data: &[u8], cap: usize, out: &mut impl Write) -> Option<usize> {
    let mut written = 0;
    let mut group = [0u8; 5];
    let mut n = 0;
    for &b in data {
        match b {
            b'~' => break,
            b'z' if n == 0 => {
                let _ = out.write_all(&[0; 4]);
                written += 4;
            }
            b'!'..=b'u' => {
                group[n] = b - b'!';
                n += 1;
                if n == 5 {
                    let value = group.iter().fold(0u64, |v, &d| v * 85 + u64::from(d));
                    let _ = out.write_all(&(value as u32).to_be_bytes());
                    written += 4;
                    n = 0;
                }
            }
            _ => {}
        }
        if written > cap {
            return None;
        }
    }
    if n > 1 {
        for slot in group.iter_mut().skip(n) {
            *slot = 84;
        }
        let value = group.iter().fold(0u64, |v, &d| v * 85 + u64::from(d));
        let _ = out.write_all(&(value as u32).to_be_bytes()[..n - 1]);
        written += n - 1;
    }
    Some(written)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn zlib(data: &[u8]) -> Vec<u8> {
        let mut e = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
        e.write_all(data).unwrap();
        e.finish().unwrap()
    }

    fn stream(dict: &str, data: &[u8]) -> Vec<u8> {
        let mut out =
            format!("1 0 obj\n<< {dict} /Length {} >>\nstream\n", data.len()).into_bytes();
        out.extend_from_slice(data);
        out.extend_from_slice(b"\nendstream\nendobj\n");
        out
    }

    #[test]
    fn a_flate_bomb_is_refused_and_a_normal_stream_passes() {
        let bomb = zlib(&vec![b' '; MAX_UNPACKED + 1]);
        assert!(bomb.len() < MAX_UNPACKED / 500, "{}", bomb.len());
        let err = check(&stream("/Filter /FlateDecode", &bomb)).unwrap_err();
        assert!(matches!(err.0, PdfLimit::Unpacked(128)), "{err:?}");
        assert_eq!(
            check(&stream("/Filter/FlateDecode", &zlib(b"BT (Hi) Tj ET"))),
            Ok(())
        );
    }

    #[test]
    fn many_streams_add_up() {
        let part = zlib(&vec![0; MAX_UNPACKED / 3]);
        let mut file = Vec::new();
        for _ in 0..4 {
            file.extend(stream("/Filter [/FlateDecode]", &part));
        }
        assert!(check(&file).is_err());
    }

    #[test]
    fn filter_chains_are_decoded_in_order() {
        assert_eq!(
            filters(b"<< /Filter [/ASCII85Decode /FlateDecode] >>"),
            [Filter::Ascii85, Filter::Flate]
        );
        assert_eq!(
            filters(b"<</Filter/FlateDecode/Length 3>>"),
            [Filter::Flate]
        );
        assert_eq!(filters(b"<</Filter/DCTDecode>>"), [Filter::Opaque]);
        assert_eq!(filters(b"<</Length 3>>"), []);
        let hex: String = zlib(b"hello").iter().map(|b| format!("{b:02x}")).collect();
        let size = unpacked_size(
            format!("{hex}>").as_bytes(),
            &[Filter::AsciiHex, Filter::Flate],
            100,
        );
        assert_eq!(size, Some(5));
    }

    /// What a decoder writes, checked against the count it returns.
    fn kept(decode: impl FnOnce(&mut Vec<u8>) -> Option<usize>) -> Option<Vec<u8>> {
        let mut out = Vec::new();
        let written = decode(&mut out)?;
        assert_eq!(written, out.len());
        Some(out)
    }

    #[test]
    fn the_small_decoders_decode() {
        assert_eq!(
            kept(|o| Some(ascii_hex(b"48 65 6c6c6F>", o))).unwrap(),
            b"Hello"
        );
        assert_eq!(
            kept(|o| ascii85(b"87cURD]i,\"Ebo80~>", 100, o)).unwrap(),
            b"Hello World!"
        );
        assert_eq!(kept(|o| ascii85(b"z~>", 100, o)).unwrap(), [0; 4]);
        assert_eq!(
            kept(|o| run_length(&[2, b'a', b'b', b'c', 253, b'x', 128], 100, o)).unwrap(),
            b"abcxxxx"
        );
        assert_eq!(
            kept(|o| run_length(&[129, b'x'], 10, o)),
            None,
            "128 copies is past a cap of 10"
        );
        // "-----A---B" in LZW, the spec's example: 8 codes of 9 bits.
        let codes = [256u16, 45, 258, 258, 65, 259, 66, 257];
        let all = codes
            .iter()
            .fold(0u128, |acc, &c| (acc << 9) | u128::from(c));
        let packed: Vec<u8> = (0..9).map(|i| (all >> (64 - 8 * i)) as u8).collect();
        assert_eq!(kept(|o| lzw(&packed, 100, o)).unwrap(), b"-----A---B");
        assert_eq!(
            kept(|o| Some(inflate(&zlib(b"BT (Hi) Tj ET"), 100, o))).unwrap(),
            b"BT (Hi) Tj ET"
        );
    }

    #[test]
    fn images_compressed_as_images_are_not_decoded_but_their_size_is_checked() {
        let jpeg = |w: u16, h: u16| {
            let mut j = vec![0xFF, 0xD8, 0xFF, 0xE0, 0, 4, 0, 0, 0xFF, 0xC0, 0, 11, 8];
            j.extend_from_slice(&h.to_be_bytes());
            j.extend_from_slice(&w.to_be_bytes());
            j.extend_from_slice(&[1, 0, 0, 0, 0, 0]);
            j
        };
        let image = "/Subtype /Image /Width 100 /Height 100 /Filter /DCTDecode";
        assert_eq!(check(&stream(image, &jpeg(100, 100))), Ok(()));
        let err = check(&stream(image, &jpeg(65535, 65535))).unwrap_err();
        assert_eq!(err.0, PdfLimit::Pixels(MAX_PIXELS));
        let err = check(&stream("/Filter /DCTDecode", &jpeg(10, 10))).unwrap_err();
        assert_eq!(err.0, PdfLimit::FakeImage);
    }
}
