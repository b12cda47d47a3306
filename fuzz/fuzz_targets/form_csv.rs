//! A reply as the one-row-per-recommendation CSV: read, validate, render, write back, read again.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    qnr::fuzzing::reply(qnr::Format::Csv, data);
});
