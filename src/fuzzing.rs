//! Entry points shared by the fuzz targets in `fuzz/` and the bounded run in
//! `tests/fuzz_smoke.rs`, so that CI exercises exactly the code the fuzzer
//! does. Each takes arbitrary bytes and panics only on a bug: a reader that
//! panics, output that lets a terminal escape through, or a format that
//! promises to hold any reply and does not give it back.
//!
//! Not part of qnr's API: hidden from the docs and free to change.

use std::sync::OnceLock;

use crate::color::Palette;
use crate::diagnostic::Findings;
use crate::formats::{self, Format};
use crate::schema::Schema;
use crate::validate::{Strictness, check};

fn honlea() -> &'static Schema {
    static SCHEMA: OnceLock<Schema> = OnceLock::new();
    SCHEMA.get_or_init(Schema::honlea)
}

/// Reads `bytes` as a reply in `format` against the HONLEA schema, validates
/// it, renders the findings as a terminal would show them, and writes any
/// reply back in the same format and reads it again.
pub fn reply(format: Format, bytes: &[u8]) {
    reply_with(format, bytes, honlea());
}

/// [`reply`] against any schema.
pub fn reply_with(format: Format, bytes: &[u8], schema: &Schema) {
    let checked = check("fuzz", format, bytes, schema, Strictness::default());
    assert_terminal_safe(&checked.findings);
    let reply = checked.reply;
    let Some(reply) = reply else { return };
    if !format.is_written() {
        return;
    }
    let written = formats::write(format, &reply, schema);
    let back = formats::check_written(format, &reply, &written, schema);
    // JSON, TOML and YAML hold any reply: what was written must come back
    // (defaults filled in, dates normalised: `check_written` says what
    // counts as the same). The forms may refuse, as `convert` does, but must
    // not panic doing so.
    if format.holds_any_reply()
        && let Err(what) = back
    {
        let what: String = what.chars().take(200).collect();
        let written = String::from_utf8_lossy(&written);
        let written: String = written.chars().take(2000).collect();
        panic!("{format} did not read back {what}; it wrote:\n{written}");
    }
}

/// Reads `bytes` as a schema file. A schema that loads is shown, exported as
/// JSON Schema, and used: an empty reply written in every format must read
/// back without a panic.
pub fn schema(bytes: &[u8]) {
    let Ok(text) = crate::text::decode_text(bytes) else {
        return;
    };
    let schema = match Schema::from_toml(&text, "fuzz") {
        Ok(schema) => schema,
        Err(e) => {
            assert!(
                !e.diagnostics.is_empty(),
                "a schema refused without a reason"
            );
            return;
        }
    };
    let mut shown = Vec::new();
    crate::commands::schema::show::show(&schema, 80, Palette::PLAIN, &mut shown)
        .unwrap_or_else(|e| unreachable!("writing to memory failed: {e}"));
    assert_no_controls("schema show", &String::from_utf8_lossy(&shown));
    let _ = crate::schema::json_schema::to_text(&schema);
    let empty = crate::reply::Reply::empty(&schema);
    for format in Format::ALL.into_iter().filter(|f| f.is_written()) {
        let written = formats::write(format, &empty, &schema);
        let _ = formats::load(format, &written, &schema);
    }
}

/// What `qnr validate` prints for a file must not hold a character a
/// terminal acts on: those from the file are shown escaped.
fn assert_terminal_safe(report: &Findings) {
    let mut out = Vec::new();
    crate::printer::human::write_report(&mut out, report, Palette::PLAIN)
        .unwrap_or_else(|e| unreachable!("writing to memory failed: {e}"));
    assert_no_controls("validate", &String::from_utf8_lossy(&out));
}

fn assert_no_controls(what: &str, text: &str) {
    if let Some(c) = text.chars().find(|&c| {
        (c.is_control() && c != '\n' && c != '\t')
            || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
    }) {
        panic!("{what} printed the control or bidi character {c:?}:\n{text}");
    }
}
