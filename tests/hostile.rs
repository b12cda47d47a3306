//! Every command that reads a file, run on the hostile-input corpus
//! (`tests/data/hostile/`, made by its `make.py`) and on huge inputs made
//! here. For each run: the documented exit code (never a panic), nothing a
//! terminal would act on in what qnr prints (C0 and C1 controls other than
//! newline and tab, DEL, bidirectional overrides), a generous time bound
//! (5 s: debug builds on a busy CI machine; release takes well under one)
//! and at most 100 MB of memory, measured as the peak resident set of the
//! child processes (`getrusage(RUSAGE_CHILDREN)`, which address-space
//! limits cannot replace: mimalloc reserves more than it uses).

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Replies in the corpus that are complete and valid: their hostile text is
/// data (a comment with escapes, HTML, a NUL), or they are a valid reply in
/// an encoding qnr reads (UTF-16 with a byte-order mark).
const VALID_REPLIES: &[&str] = &[
    "ansi-in-comment.json",
    "ansi-in-form.txt",
    "bell-and-backspace.json",
    "bidi-in-form.txt",
    "c1-controls.json",
    "html-in-comment.json",
    "long-comment-100k.json",
    "long-line-no-spaces.json",
    "markdown-in-comment.json",
    "nul-escaped.json",
    "nul-in-form.txt",
    "svg-in-comment.json",
    "utf16-no-bom-form.txt",
    "utf16be-bom.json",
    "utf16le-bom.json",
];

/// Schemas in the corpus that are valid: hostile text in their titles is
/// data, shown escaped.
const VALID_SCHEMAS: &[&str] = &[
    "schema-ansi-title.toml",
    "schema-huge-labels.toml",
    "schema-many-issues.toml",
    "schema-osc-guidance.toml",
];

const TIME_LIMIT: Duration = Duration::from_secs(5);
const MEMORY_LIMIT_KB: i64 = 100 * 1024;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn corpus() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(root().join("tests/data/hostile"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.file_name().is_some_and(|n| n != "make.py"))
        .collect();
    files.sort();
    files
}

fn name(path: &Path) -> &str {
    path.file_name().and_then(|n| n.to_str()).unwrap()
}

fn is_schema(path: &Path) -> bool {
    name(path).starts_with("schema-")
}

struct Outcome {
    code: i32,
    stdout: Vec<u8>,
    stderr: Vec<u8>,
}

/// Runs qnr with `args`; checks the exit code is one of `codes` and the
/// time, memory and output bounds of every run.
fn run(args: &[&std::ffi::OsStr], codes: &[i32]) -> Outcome {
    let what = args
        .iter()
        .map(|a| a.to_string_lossy())
        .collect::<Vec<_>>()
        .join(" ");
    let started = Instant::now();
    let output = Command::new(assert_cmd::cargo::cargo_bin("qnr"))
        .args(args)
        .env_remove("QNR_SCHEMA")
        .env("NO_COLOR", "1")
        .env("COLUMNS", "100")
        .stdin(Stdio::null())
        .output()
        .unwrap();
    let elapsed = started.elapsed();
    let code = output.status.code().unwrap_or(-1);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        codes.contains(&code),
        "qnr {what}: exit {code}, expected one of {codes:?}\n{stderr}"
    );
    assert!(!stderr.contains("panicked"), "qnr {what}: {stderr}");
    assert!(elapsed < TIME_LIMIT, "qnr {what} took {elapsed:?}");
    let peak = nix::sys::resource::getrusage(nix::sys::resource::UsageWho::RUSAGE_CHILDREN)
        .unwrap()
        .max_rss();
    // The peak of all children so far: any run over the limit fails here
    // or in the next check of a test running alongside.
    assert!(
        peak < MEMORY_LIMIT_KB,
        "a qnr run (last: {what}) peaked at {peak} KB"
    );
    Outcome {
        code,
        stdout: output.stdout,
        stderr: output.stderr,
    }
}

/// What a terminal would obey: C0 controls but newline and tab, DEL, C1
/// controls, and the bidirectional overrides and isolates.
fn assert_terminal_safe(what: &str, bytes: &[u8]) {
    let text = String::from_utf8_lossy(bytes);
    if let Some(c) = text.chars().find(|&c| {
        (c.is_control() && c != '\n' && c != '\t')
            || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
    }) {
        panic!("{what} printed {c:?}:\n{text}");
    }
}

fn os(s: &str) -> &std::ffi::OsStr {
    std::ffi::OsStr::new(s)
}

/// `validate` (human and JSON) and `convert` to every format.
fn check_reply(path: &Path, expected: i32, out_dir: &Path) {
    let file = path.as_os_str();
    let shown = run(&[os("validate"), file], &[expected]);
    assert_terminal_safe(&format!("validate {}", name(path)), &shown.stdout);
    assert_terminal_safe(&format!("validate {}", name(path)), &shown.stderr);
    if expected == 1 {
        assert!(
            !shown.stdout.is_empty(),
            "validate {}: exit 1 without a finding",
            name(path)
        );
    }

    let json = run(
        &[os("validate"), os("--format"), os("json"), file],
        &[expected],
    );
    assert_terminal_safe(
        &format!("validate --format json {}", name(path)),
        &json.stdout,
    );
    let value: serde_json::Value = serde_json::from_slice(&json.stdout)
        .unwrap_or_else(|e| panic!("validate --format json {}: {e}", name(path)));
    assert_eq!(value[0]["valid"], expected == 0, "{}", name(path));

    for ext in ["json", "toml", "yaml", "txt", "md", "csv"] {
        let out = out_dir.join(format!("{}.{ext}", name(path)));
        let converted = run(&[os("convert"), file, os("-o"), out.as_os_str()], &[0, 2]);
        let what = format!("convert {} to {ext}", name(path));
        assert_terminal_safe(&what, &converted.stderr);
        assert!(converted.stdout.is_empty(), "{what} wrote to stdout");
        if converted.code == 0 {
            assert!(
                fs::metadata(&out).unwrap().len() > 0,
                "{what}: empty output"
            );
        } else {
            assert!(!out.exists(), "{what}: refused but wrote {}", out.display());
            assert!(!converted.stderr.is_empty(), "{what}: refused silently");
        }
    }
}

/// `schema check`, `schema show` and `validate --schema`.
fn check_schema(path: &Path, valid: bool) {
    let file = path.as_os_str();
    let code = if valid { 0 } else { 2 };
    let checked = run(&[os("schema"), os("check"), file], &[code]);
    assert_terminal_safe(&format!("schema check {}", name(path)), &checked.stdout);
    assert_terminal_safe(&format!("schema check {}", name(path)), &checked.stderr);
    if !valid {
        assert!(
            !checked.stderr.is_empty(),
            "{}: refused silently",
            name(path)
        );
    }
    let shown = run(&[os("schema"), os("show"), os("--schema"), file], &[code]);
    assert_terminal_safe(&format!("schema show {}", name(path)), &shown.stdout);
    assert_terminal_safe(&format!("schema show {}", name(path)), &shown.stderr);
    let sample = root().join("examples/sample-complete.json");
    let codes: &[i32] = if valid { &[0, 1] } else { &[2] };
    let used = run(
        &[os("validate"), os("--schema"), file, sample.as_os_str()],
        codes,
    );
    assert_terminal_safe(&format!("validate --schema {}", name(path)), &used.stdout);
    assert_terminal_safe(&format!("validate --schema {}", name(path)), &used.stderr);
}

fn check_replies(filter: impl Fn(&Path) -> bool) {
    let dir = tempfile::tempdir().unwrap();
    for path in corpus().iter().filter(|p| !is_schema(p) && filter(p)) {
        let expected = if VALID_REPLIES.contains(&name(path)) {
            0
        } else {
            1
        };
        check_reply(path, expected, dir.path());
    }
}

#[test]
fn the_corpus_has_every_kind_of_hostile_file() {
    let files = corpus();
    assert!(files.len() >= 60, "{} files", files.len());
    for listed in VALID_REPLIES.iter().chain(VALID_SCHEMAS) {
        assert!(files.iter().any(|p| name(p) == *listed), "{listed} is gone");
    }
    for ext in ["json", "toml", "yaml", "txt", "md", "csv"] {
        let count = files
            .iter()
            .filter(|p| !is_schema(p) && name(p).ends_with(ext))
            .count();
        assert!(count >= 5, "only {count} .{ext} replies");
    }
}

#[test]
fn hostile_json_replies() {
    check_replies(|p| name(p).ends_with(".json"));
}

#[test]
fn hostile_toml_and_yaml_replies() {
    check_replies(|p| name(p).ends_with(".toml") || name(p).ends_with(".yaml"));
}

#[test]
fn hostile_forms() {
    check_replies(|p| [".txt", ".md", ".csv"].iter().any(|e| name(p).ends_with(e)));
}

#[test]
fn hostile_schemas() {
    for path in corpus().iter().filter(|p| is_schema(p)) {
        check_schema(path, VALID_SCHEMAS.contains(&name(path)));
    }
}

/// Inputs too big to commit, made here: each past a documented limit (or
/// just big), each refused with a clear error in bounded time and memory.
#[test]
fn huge_inputs_stop_at_the_documented_limits() {
    let dir = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    let write = |name: &str, bytes: &[u8]| {
        let path = dir.path().join(name);
        fs::write(&path, bytes).unwrap();
        path
    };
    let sample = fs::read_to_string(root().join("examples/sample-complete.json")).unwrap();
    let mut value: serde_json::Value = serde_json::from_str(&sample).unwrap();

    // A comment past 1 MiB: `limit-exceeded` naming the recommendation.
    value["answers"]["II.3"]["comments"] = "word ".repeat(300_000).into();
    let huge_comment = write("huge-comment.json", &serde_json::to_vec(&value).unwrap());
    check_reply(&huge_comment, 1, out.path());
    let json = run(
        &[
            os("validate"),
            os("--format"),
            os("json"),
            huge_comment.as_os_str(),
        ],
        &[1],
    );
    let found: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert!(
        found[0]["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .any(|d| d["code"] == "limit-exceeded" && d["id"] == "II.3"),
        "{found}"
    );

    // A file past 32 MiB is refused before it is read (a sparse file).
    let big = dir.path().join("over-32-mib.json");
    fs::File::create(&big)
        .unwrap()
        .set_len(33 * 1024 * 1024)
        .unwrap();
    let refused = run(&[os("validate"), big.as_os_str()], &[1]);
    assert!(String::from_utf8_lossy(&refused.stdout).contains("limit-exceeded"));
    run(
        &[os("convert"), big.as_os_str(), os("--to"), os("yaml")],
        &[2],
    );

    // Nesting a million deep, and more values than a reply could hold.
    check_reply(&write("deep.json", &b"[".repeat(1_000_000)), 1, out.path());
    let mut many = String::from("{\"answers\": {");
    for i in 0..300_000 {
        many.push_str(&format!("\"X.{i}\": {{\"action_taken\": \"yes\"}},"));
    }
    many.push_str("\"I.1\": {}}}");
    check_reply(&write("many-answers.json", many.as_bytes()), 1, out.path());

    // Forms: a hundred thousand rows or headings (past the 10,000 answers), a
    // 5 MB line.
    let mut rows = String::from("id,issue,recommendation,action_taken,comments\n");
    for i in 0..100_000 {
        rows.push_str(&format!("X.{i},,,yes,\n"));
    }
    check_reply(&write("many-rows.csv", rows.as_bytes()), 1, out.path());
    let headings = "### Recommendation 1 (I.1)\n\n".repeat(100_000);
    check_reply(
        &write("many-headings.md", headings.as_bytes()),
        1,
        out.path(),
    );
    let line = "Comments: ".repeat(500_000);
    check_reply(&write("one-line.txt", line.as_bytes()), 1, out.path());

    // A schema past 4 MiB.
    let mut schema = fs::File::create(dir.path().join("schema-huge.toml")).unwrap();
    schema
        .write_all(format!("title = \"{}\"\n", "t".repeat(5 * 1024 * 1024)).as_bytes())
        .unwrap();
    check_schema(&dir.path().join("schema-huge.toml"), false);
}
