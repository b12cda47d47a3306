//! Fuzzing in CI without nightly: each form reader gets arbitrary bytes and
//! text stitched from the pieces a form is made of (headings, answer lines,
//! marks, page breaks, Markdown and CSV syntax), and must never panic. What
//! it reports must point inside the text, and validating it must not panic
//! either.

use proptest::prelude::*;
use qnr::Schema;
use qnr::{Format, check_written, load, write};
use qnr::{Strictness, check};

fn pieces(extra: &'static [&'static str]) -> impl Strategy<Value = String> {
    let common: &'static [&'static str] = &[
        "Issue I: Use of the Internet for drug-related activities",
        "Issue II",
        "Issue IX:",
        "Recommendation 1",
        "Recommendation 2 (I.2)",
        "Recommendation (X.9)",
        "Recommendation",
        "Any action taken",
        "Any action taken ☒ YES ☐ NO",
        "Any action taken YES NO",
        "Any action taken? [x] Yes",
        "☒",
        "[ ]",
        "(x)",
        "Comments:",
        "Name of country:",
        "Date of submission: 31/02/2019",
        "Consent to publish the reply on the UNODC website: ☒ YES ☒ NO",
        "Questionnaire: honlea, version 9",
        "- 3 -",
        "Page 1 of 2",
        "\u{c}",
        "\u{b}",
        "\r",
        "\t",
        "\u{a0}",
        "\u{feff}",
        "(",
        ")",
        ":",
    ];
    let separators = prop_oneof![Just("\n"), Just("\r\n"), Just("\n\n"), Just(" "), Just("")];
    let piece = prop_oneof![
        4 => proptest::sample::select(common).prop_map(String::from),
        2 => proptest::sample::select(extra).prop_map(String::from),
        2 => "\\PC{0,12}",
    ];
    proptest::collection::vec((piece, separators), 0..60).prop_map(|parts| {
        parts
            .into_iter()
            .map(|(piece, separator)| piece + separator)
            .collect::<String>()
    })
}

const MARKDOWN: &[&str] = &[
    "# ",
    "## Issue I: x",
    "### Recommendation 1 (I.1)",
    "### ",
    "> ",
    "**",
    "*",
    "- ",
    "1. ",
    "```",
    "    ",
    "<div>",
    "</div>",
    "<!--",
    "[a](b)",
    "\\",
    "&#0;",
    "&amp;",
    "---",
    "===",
    "- **Name of country:** x",
    "- **nickname:**",
    "**Any action taken:** ☒ YES ☐ NO",
    "**Comments:**",
];

const CSV: &[&str] = &[
    "id,issue,recommendation,action_taken,comments,country",
    "id;action_taken;comments",
    "I.1",
    "X.9",
    ",",
    ";",
    "\"",
    "\"\"",
    "'=1+1",
    "yes",
    "NO",
    "maybe",
    "\u{feff}",
];

/// Reads `bytes` as `format` and checks what a reader promises.
fn never_panics(format: Format, bytes: &[u8]) -> Result<(), TestCaseError> {
    let schema = Schema::honlea();
    let loaded = load(format, bytes, &schema);
    if let Some(text) = &loaded.text {
        for d in &loaded.diagnostics {
            if let Some(span) = &d.span {
                prop_assert!(span.start <= span.end && span.end <= text.len(), "{d:?}");
            }
        }
    }
    if let Some(reply) = &loaded.reply
        && !loaded.lossy
    {
        // What was read can be written and read again.
        let written = write(format, reply, &schema);
        let _ = load(format, &written, &schema);
        let _ = check_written(format, reply, &written, &schema);
    }
    let report = check("fuzz", format, bytes, &schema, Strictness::default()).findings;
    for d in &report.diagnostics {
        prop_assert!(d.line.is_none() || d.line >= Some(1));
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn txt_never_panics(text in pieces(&["Comments: x", "YES", "NO", "X"])) {
        never_panics(Format::Txt, text.as_bytes())?;
    }

    #[test]
    fn md_never_panics(text in pieces(MARKDOWN)) {
        never_panics(Format::Md, text.as_bytes())?;
    }

    #[test]
    fn csv_never_panics(text in pieces(CSV)) {
        never_panics(Format::Csv, text.as_bytes())?;
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        for format in [Format::Txt, Format::Md, Format::Csv] {
            never_panics(format, &bytes)?;
            // The same bytes after a UTF-16 byte-order mark.
            let mut utf16 = vec![0xFF, 0xFE];
            utf16.extend(&bytes);
            never_panics(format, &utf16)?;
        }
    }
}
