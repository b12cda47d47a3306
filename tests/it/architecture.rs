//! The layers of `src/` point one way: a module
//! may use the modules of lower layers, never one of its own layer or a
//! higher one. This test reads every `crate::` and `super::` path in the
//! code (comments, strings and `#[cfg(test)]` code left out) and fails on an
//! arrow that points up, so the shape cannot rot again. A new top-level
//! module must be given a layer here.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// From the bottom up. Each line may use the lines above it.
const LAYERS: &[&[&str]] = &[
    // Texts embedded deflated (the catalogue, the UN Member States).
    &["embedded"],
    // The message catalogue and the run's language, which every leaf may speak.
    &["i18n"],
    // Leaves: know nothing of the questionnaire or of each other.
    &[
        "exit", "color", "suggest", "parallel", "escape", "values", "text", "clock",
    ],
    &["console", "diagnostic"],
    &["error", "schema"],
    &["tree"],
    &["reply"],
    &["formats"],
    &["io"],
    &["validate", "authoring"],
    &["printer", "report", "diff", "fill"],
    &["commands"],
    &["cli", "fuzzing"],
    &["app"],
];

fn layer_of(module: &str) -> Option<usize> {
    LAYERS.iter().position(|layer| layer.contains(&module))
}

/// A `use` that points the wrong way: file, from module, to module.
#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Violation {
    file: String,
    from: String,
    to: String,
}

#[test]
fn layers_point_one_way() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let files = rust_files(&src);
    let test_only = test_only_files(&src, &files);
    assert!(
        test_only.contains(&src.join("fill/scripted.rs")),
        "{test_only:?}"
    );
    let mut violations = Vec::new();
    let mut unplaced = BTreeSet::new();
    for file in &files {
        let rel = file.strip_prefix(&src).unwrap();
        if test_only.contains(file) {
            continue;
        }
        let code = std::fs::read_to_string(file).unwrap();
        violations.extend(check_file(rel, &code));
        if let Some(module) = top_module(rel)
            && layer_of(&module).is_none()
        {
            unplaced.insert(module);
        }
    }
    assert!(
        unplaced.is_empty(),
        "give these modules a layer in tests/architecture.rs: {unplaced:?}"
    );
    violations.sort();
    assert!(
        violations.is_empty(),
        "imports that point up or across a layer (see LAYERS):\n{}",
        violations
            .iter()
            .map(|v| format!("  {}: {} -> {}", v.file, v.from, v.to))
            .collect::<Vec<_>>()
            .join("\n")
    );
}

/// The checker itself catches the arrow the layering exists to forbid.
#[test]
fn an_upward_import_is_caught() {
    let schema = "//! doc\nuse crate::app::run;\nuse crate::{diagnostic::Findings, values};\n";
    assert_eq!(
        check_file(Path::new("schema/mod.rs"), schema),
        [Violation {
            file: "schema/mod.rs".into(),
            from: "schema".into(),
            to: "app".into(),
        }]
    );
    // Comments, strings and test code do not count.
    let quiet = "// use crate::app;\nconst S: &str = \"crate::app\";\n\
                 #[cfg(test)]\nmod tests { use crate::app; }\nfn f<'a>(c: char) -> bool { c == '\"' }\n";
    assert_eq!(check_file(Path::new("schema/mod.rs"), quiet), []);
    // `super::` from a top-level module's own file is the crate root.
    assert_eq!(
        check_file(Path::new("schema/build.rs"), "use super::super::fill;")[0].to,
        "fill"
    );
    assert_eq!(
        check_file(Path::new("schema/build.rs"), "use super::raw;"),
        []
    );
}

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    files.sort();
    files
}

/// The top-level module a file belongs to (`None` for the crate root).
fn top_module(rel: &Path) -> Option<String> {
    let first = rel.components().next()?.as_os_str().to_str()?;
    let name = first.strip_suffix(".rs").unwrap_or(first);
    (!matches!(name, "lib" | "main")).then(|| name.to_string())
}

/// The module path of a file below the crate root: `schema/build.rs` is
/// `["schema", "build"]`, `schema/mod.rs` is `["schema"]`.
fn module_path(rel: &Path) -> Vec<String> {
    let mut parts: Vec<String> = rel
        .iter()
        .map(|p| p.to_string_lossy().trim_end_matches(".rs").to_string())
        .collect();
    if parts
        .last()
        .is_some_and(|p| p == "mod" || p == "lib" || p == "main")
    {
        parts.pop();
    }
    parts
}

/// Files that only tests compile: modules declared `#[cfg(test)] mod name;`.
fn test_only_files(src: &Path, files: &[PathBuf]) -> BTreeSet<PathBuf> {
    let mut test_only = BTreeSet::new();
    for file in files {
        let code = strip(&std::fs::read_to_string(file).unwrap());
        // `mod x;` in `a/mod.rs` (or `lib.rs`) is `a/x.rs`; in `a/b.rs`, `a/b/x.rs`.
        let owns_dir = file
            .file_name()
            .is_some_and(|n| n == "mod.rs" || n == "lib.rs" || n == "main.rs");
        let dir = if owns_dir {
            file.parent().unwrap_or(src).to_path_buf()
        } else {
            file.with_extension("")
        };
        for (i, _) in code.match_indices("#[cfg(test)]") {
            let rest = code[i + "#[cfg(test)]".len()..].trim_start();
            let Some(decl) = rest.strip_prefix("mod ") else {
                continue;
            };
            let Some((name, _)) = decl.split_once(';') else {
                continue;
            };
            if name.trim().chars().all(|c| c.is_alphanumeric() || c == '_') {
                test_only.insert(dir.join(format!("{}.rs", name.trim())));
                test_only.insert(dir.join(name.trim()).join("mod.rs"));
            }
        }
    }
    test_only
}

fn check_file(rel: &Path, code: &str) -> Vec<Violation> {
    let Some(from) = top_module(rel) else {
        return Vec::new();
    };
    let Some(from_layer) = layer_of(&from) else {
        return Vec::new();
    };
    let here = module_path(rel);
    let code = without_tests(&strip(code));
    let mut found = Vec::new();
    for to in used_modules(&code, &here) {
        if to == from {
            continue;
        }
        // A name that is no module of the crate (a macro, a type in lib.rs) is not an arrow.
        let Some(to_layer) = layer_of(&to) else {
            continue;
        };
        if to_layer >= from_layer {
            found.push(Violation {
                file: rel.to_string_lossy().replace('\\', "/"),
                from: from.clone(),
                to,
            });
        }
    }
    found
}

/// The code without comments, and with string and character literals
/// emptied (`"…"` becomes `""`), so that only code is searched.
fn strip(code: &str) -> String {
    let chars: Vec<char> = code.chars().collect();
    let mut out = String::with_capacity(code.len());
    let mut i = 0;
    let at = |i: usize, s: &str| {
        s.chars()
            .enumerate()
            .all(|(k, c)| chars.get(i + k) == Some(&c))
    };
    while i < chars.len() {
        let c = chars[i];
        if at(i, "//") {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if at(i, "/*") {
            let mut depth = 0;
            while i < chars.len() {
                if at(i, "/*") {
                    depth += 1;
                    i += 2;
                } else if at(i, "*/") {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    i += 1;
                }
            }
        } else if c == 'r' && (at(i, "r\"") || at(i, "r#")) && !ident_before(&chars, i) {
            // A raw string: r"…" or r#"…"#.
            let mut j = i + 1;
            let mut hashes = 0;
            while chars.get(j) == Some(&'#') {
                hashes += 1;
                j += 1;
            }
            if chars.get(j) != Some(&'"') {
                out.push(c);
                i += 1;
                continue;
            }
            let close: String = std::iter::once('"')
                .chain(std::iter::repeat_n('#', hashes))
                .collect();
            j += 1;
            while j < chars.len() && !at(j, &close) {
                j += 1;
            }
            out.push_str("\"\"");
            i = j + close.chars().count();
        } else if c == '"' {
            i += 1;
            while i < chars.len() && chars[i] != '"' {
                i += if chars[i] == '\\' { 2 } else { 1 };
            }
            out.push_str("\"\"");
            i += 1;
        } else if c == '\'' {
            // A character literal ('x', '\n', '\''), or a lifetime ('a).
            if chars.get(i + 1) == Some(&'\\') {
                let mut j = i + 2;
                while j < chars.len() && chars[j] != '\'' {
                    j += 1;
                }
                out.push_str("' '");
                i = j + 1;
            } else if chars.get(i + 2) == Some(&'\'') {
                out.push_str("' '");
                i += 3;
            } else {
                out.push(c);
                i += 1;
            }
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

fn ident_before(chars: &[char], i: usize) -> bool {
    i > 0 && (chars[i - 1].is_alphanumeric() || chars[i - 1] == '_')
}

/// The code without the items under `#[cfg(test)]`.
fn without_tests(code: &str) -> String {
    let mut out = String::with_capacity(code.len());
    let mut rest = code;
    while let Some(start) = rest.find("#[cfg(test)]") {
        out.push_str(&rest[..start]);
        let after = &rest[start..];
        let brace = after.find('{');
        let semi = after.find(';');
        let end = match (brace, semi) {
            (Some(b), Some(s)) if s < b => s + 1,
            (Some(b), _) => {
                let mut depth = 0;
                let mut end = after.len();
                for (k, c) in after[b..].char_indices() {
                    match c {
                        '{' => depth += 1,
                        '}' => {
                            depth -= 1;
                            if depth == 0 {
                                end = b + k + 1;
                                break;
                            }
                        }
                        _ => {}
                    }
                }
                end
            }
            (None, Some(s)) => s + 1,
            (None, None) => after.len(),
        };
        rest = &after[end..];
    }
    out.push_str(rest);
    out
}

/// The top-level modules named by `crate::…` and `super::…` paths in `code`
/// (already stripped), for a file whose module path is `here`.
fn used_modules(code: &str, here: &[String]) -> BTreeSet<String> {
    let mut used = BTreeSet::new();
    let bytes = code.as_bytes();
    let ident_end = |s: &str| {
        s.find(|c: char| !(c.is_alphanumeric() || c == '_'))
            .unwrap_or(s.len())
    };
    for (i, _) in code.match_indices("crate::") {
        if i > 0
            && (bytes[i - 1].is_ascii_alphanumeric()
                || bytes[i - 1] == b'_'
                || bytes[i - 1] == b'$')
        {
            continue;
        }
        let rest = &code[i + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            used.extend(group_heads(group));
        } else {
            used.insert(rest[..ident_end(rest)].to_string());
        }
    }
    for (i, _) in code.match_indices("super::") {
        if i > 0
            && (bytes[i - 1].is_ascii_alphanumeric()
                || bytes[i - 1] == b'_'
                || bytes[i - 1] == b':')
        {
            continue;
        }
        let mut rest = &code[i..];
        let mut up = 0;
        while let Some(r) = rest.strip_prefix("super::") {
            up += 1;
            rest = r;
        }
        let Some(base) = here.len().checked_sub(up) else {
            continue;
        };
        if base > 0 {
            // Still inside this file's own top-level module.
            continue;
        }
        if let Some(group) = rest.strip_prefix('{') {
            used.extend(group_heads(group));
        } else {
            used.insert(rest[..ident_end(rest)].to_string());
        }
    }
    used
}

/// The first name of each path in a `{a, b::c, d::{e, f}}` group.
fn group_heads(group: &str) -> Vec<String> {
    let mut heads = Vec::new();
    let mut depth = 0;
    let mut start = true;
    for (k, c) in group.char_indices() {
        match c {
            '{' => depth += 1,
            '}' if depth == 0 => break,
            '}' => depth -= 1,
            ',' if depth == 0 => start = true,
            c if start && (c.is_alphanumeric() || c == '_') => {
                let rest = &group[k..];
                let end = rest
                    .find(|c: char| !(c.is_alphanumeric() || c == '_'))
                    .unwrap_or(rest.len());
                heads.push(rest[..end].to_string());
                start = false;
            }
            _ => {}
        }
    }
    heads
}
