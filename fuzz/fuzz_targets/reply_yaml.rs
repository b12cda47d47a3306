//! A reply file in YAML: read, validate, render, write back, read again.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    qnr::fuzzing::reply(qnr::Format::Yaml, data);
});
