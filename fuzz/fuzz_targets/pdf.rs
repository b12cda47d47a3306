//! A PDF: read from its text layer, validate, render (never written back).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    qnr::fuzzing::reply(qnr::Format::Pdf, data);
});
