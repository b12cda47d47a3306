//! An OpenDocument text: read, validate, render, write back, read again.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    qnr::fuzzing::reply(qnr::Format::Odt, data);
});
