//! Embeds the message catalogue in the binary: every `i18n/<lang>/<area>.ftl`
//! is found here, so a new area is a new file and nobody edits a shared
//! list. Each language's files, without their comments, are joined and
//! deflated into `$OUT_DIR/<lang>.ftl.deflate` (the catalogue is 340 KB of
//! text, 4% of the binary uncompressed; a run inflates the one language it
//! speaks, in well under a millisecond), listed in `$OUT_DIR/packed.rs` (the list of UN Member States,
//! `data/un-states.csv`, likewise);
//! `$OUT_DIR/files.rs` lists the files themselves for the catalogue tests.
//! Both are read by `src/i18n/catalogue.rs`.

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::Path;

/// The languages qnr speaks, as folder names under `i18n/`.
const LANGUAGES: [&str; 4] = ["en", "fr", "es", "ru"];

fn main() {
    // Read when the script runs, not when it is compiled: two copies of
    // this package built into one target folder (a shared
    // CARGO_TARGET_DIR, pre-commit's `cargo install` of a clone) share one
    // compiled build script, which would read the other copy's folder.
    let manifest = std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let root = Path::new(&manifest).join("i18n");
    println!("cargo::rerun-if-changed=i18n");
    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let out_dir = Path::new(&out_dir);
    let mut files = String::from("&[\n");
    let mut packed = String::from("&[\n");
    for lang in LANGUAGES {
        let dir = root.join(lang);
        let mut areas: Vec<_> = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            .map(|entry| entry.expect("a readable i18n folder").path())
            .filter(|path| path.extension().is_some_and(|e| e == "ftl"))
            .collect();
        areas.sort();
        let mut messages = String::new();
        for path in areas {
            let area = path
                .file_stem()
                .and_then(|s| s.to_str())
                .expect("a UTF-8 file name");
            let _ = writeln!(
                files,
                "    ({lang:?}, {area:?}, include_str!({:?})),",
                path.display().to_string()
            );
            let text = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            // Comments are for translators; a message's own lines stay
            // as written (a continuation line starts with a space).
            for line in text
                .lines()
                .filter(|l| !l.starts_with('#') && !l.is_empty())
            {
                messages.push_str(line);
                messages.push('\n');
            }
        }
        let deflated = deflate(out_dir, &format!("{lang}.ftl"), messages.as_bytes());
        let _ = writeln!(
            packed,
            "    ({lang:?}, include_bytes!({:?})),",
            deflated.display().to_string()
        );
    }
    // The UN Member States (src/report/states.rs), whole.
    let states = Path::new(&manifest).join("data/un-states.csv");
    println!("cargo::rerun-if-changed=data/un-states.csv");
    let text = std::fs::read(&states).unwrap_or_else(|e| panic!("{}: {e}", states.display()));
    deflate(out_dir, "un-states.csv", &text);
    files.push_str("]\n");
    packed.push_str("]\n");
    for (name, code) in [("files.rs", files), ("packed.rs", packed)] {
        let out = out_dir.join(name);
        std::fs::write(&out, code).unwrap_or_else(|e| panic!("{}: {e}", out.display()));
    }
}

/// Writes `bytes` deflated to `$OUT_DIR/NAME.deflate`, read back with
/// `src/embedded.rs`.
fn deflate(out_dir: &Path, name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let path = out_dir.join(format!("{name}.deflate"));
    let mut encoder = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(bytes).expect("deflating into memory");
    let deflated = encoder.finish().expect("deflating into memory");
    std::fs::write(&path, deflated).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    path
}
