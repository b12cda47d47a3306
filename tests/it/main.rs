//! The integration tests, as one binary: one module per area, so CI links
//! one test executable instead of one per file. Run one area with
//! `cargo test --locked --test it fill_crash::`.
//!
//! Test data lives in `tests/data/`; insta snapshots in `tests/it/snapshots/`;
//! proptest's saved failure seeds in `tests/proptest-regressions/`.

mod support;

mod architecture;
mod cli_core;
mod cli_snapshots;
mod documents;
mod docx;
mod docx_roundtrip;

mod fill;
mod fill_crash;
mod fill_edges;
mod fill_languages;
mod fill_pty;
mod fill_safety;
mod fill_screen;
mod forms_cli;
mod forms_fuzz;
mod forms_import;
mod forms_roundtrip;
mod fuzz_smoke;
mod hostile;
mod i18n_cli;
mod i18n_messages;
mod i18n_pipeline;
mod injection;
mod json_schema_ci;
mod json_schema_peers;
mod one_writer;
mod positions_ci;
mod report_browser;
mod report_cli;
mod report_note;
mod report_states;
mod roles;
mod roundtrip;
mod schema_check;
mod schema_import;
mod validate_ci;
mod windows_files;
