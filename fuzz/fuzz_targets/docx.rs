//! A Word document: read, validate, render, write back, read again. Built
//! only with `--features docx`, once the Word reader (`Format::Docx`) is in.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    qnr::fuzzing::reply(qnr::Format::Docx, data);
});
