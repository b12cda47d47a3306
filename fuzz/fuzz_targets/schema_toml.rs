//! A schema file: parse and check it; a schema that loads is shown, exported
//! and used to write and read an empty reply in every format.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    qnr::fuzzing::schema(data);
});
