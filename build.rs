//! Embeds the message catalogue in the binary: every `i18n/<lang>/<area>.ftl`
//! becomes one `include_str!` in `$OUT_DIR/catalogue.rs` (read by
//! `src/i18n/catalogue.rs`), so a new area is a new file and nobody edits a
//! shared list.

use std::fmt::Write as _;
use std::path::Path;

/// The languages qnr speaks, as folder names under `i18n/`.
const LANGUAGES: [&str; 4] = ["en", "fr", "es", "ru"];

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("i18n");
    println!("cargo::rerun-if-changed=i18n");
    let mut code = String::from("&[\n");
    for lang in LANGUAGES {
        let dir = root.join(lang);
        let mut areas: Vec<_> = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            .map(|entry| entry.expect("a readable i18n folder").path())
            .filter(|path| path.extension().is_some_and(|e| e == "ftl"))
            .collect();
        areas.sort();
        for path in areas {
            let area = path
                .file_stem()
                .and_then(|s| s.to_str())
                .expect("a UTF-8 file name");
            let _ = writeln!(
                code,
                "    ({lang:?}, {area:?}, include_str!({:?})),",
                path.display().to_string()
            );
        }
    }
    code.push_str("]\n");
    let out =
        Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("catalogue.rs");
    std::fs::write(&out, code).unwrap_or_else(|e| panic!("{}: {e}", out.display()));
}
