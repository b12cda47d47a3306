//! Every command that reads a file, run on the hostile-input corpus
//! (`tests/data/hostile/`, made by its `make.py`) and on huge inputs made
//! here. For each run: the documented exit code (never a panic), nothing a
//! terminal would act on in what qnr prints (C0 and C1 controls other than
//! newline and tab, DEL, bidirectional overrides), a generous time bound
//! (5 s: debug builds on a busy CI machine; release takes well under one)
//! and at most 100 MB of memory, measured as the peak resident set of the
//! child processes (`getrusage(RUSAGE_CHILDREN)`, which address-space
//! limits cannot replace: mimalloc reserves more than it uses). Each test
//! that runs qnr runs in a process of its own (`alone`), so that peak is
//! qnr's alone.

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
#[cfg(unix)]
const MEMORY_LIMIT_KB: i64 = 100 * 1024;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Hostile Word documents, made by `tests/docx_fixtures.py` beside the
/// Word reader's other fixtures: a zip bomb, a DOCTYPE with entities, bytes
/// that are not a zip, a cut-off zip, a zip without the document.
const HOSTILE_DOCX: &[&str] = &[
    "bomb.docx",
    "doctype.docx",
    "not-a-zip.docx",
    "truncated.docx",
    "no-document.docx",
];

/// Hostile PDF and OpenDocument files, made by `tests/document_fixtures.py`
/// (`tests/data/foreign/`: bombs, deep nesting, a huge page, an invalid
/// font, no text, a password, cut-off files) and kept from fuzzing
/// (`tests/data/fuzz-regressions/pdf/`: forms drawn over and over).
const HOSTILE_DOCUMENTS: &[&str] = &[
    "foreign/bomb.pdf",
    "foreign/deep.pdf",
    "foreign/encrypted.pdf",
    "foreign/huge-page.pdf",
    "foreign/invalid-font.pdf",
    "foreign/scan.pdf",
    "foreign/truncated.pdf",
    "foreign/xobject-bomb.pdf",
    "foreign/bomb.odt",
    "foreign/deep.odt",
    "foreign/doctype.odt",
    "foreign/no-content.odt",
    "foreign/spreadsheet.odt",
    "foreign/truncated.odt",
    "fuzz-regressions/pdf/timeout-broken-resources.pdf",
    "fuzz-regressions/pdf/timeout-nested-forms.pdf",
    "fuzz-regressions/pdf/timeout-stray-operator.pdf",
    "fuzz-regressions/pdf/timeout-twelve-deep-forms.pdf",
];

fn corpus() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(root().join("tests/data/hostile"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.file_name().is_some_and(|n| n != "make.py"))
        .chain(
            HOSTILE_DOCX
                .iter()
                .map(|n| root().join("tests/data/docx").join(n)),
        )
        .chain(
            HOSTILE_DOCUMENTS
                .iter()
                .map(|n| root().join("tests/data").join(n)),
        )
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
    let spawn = || {
        Command::new(assert_cmd::cargo::cargo_bin("qnr"))
            .args(args)
            .env("QNR_LANG", "en")
            .env_remove("QNR_SCHEMA")
            .env("NO_COLOR", "1")
            .env("COLUMNS", "100")
            .stdin(Stdio::null())
            .output()
    };
    let mut started = Instant::now();
    let mut output = spawn();
    // Wine 8 (CI's Windows step) now and then fails to start a process at
    // all, ERROR_INTERNAL_ERROR (1359), after this test has started
    // hundreds: qnr never ran, so it is started again.
    for _ in 0..3 {
        match &output {
            Err(e) if cfg!(windows) && e.raw_os_error() == Some(1359) => {
                std::thread::sleep(Duration::from_millis(200));
                started = Instant::now();
                output = spawn();
            }
            _ => break,
        }
    }
    let output = output.unwrap();
    let elapsed = started.elapsed();
    let code = output.status.code().unwrap_or(-1);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        codes.contains(&code),
        "qnr {what}: exit {code}, expected one of {codes:?}\n{stderr}"
    );
    assert!(!stderr.contains("panicked"), "qnr {what}: {stderr}");
    assert!(elapsed < TIME_LIMIT, "qnr {what} took {elapsed:?}");
    // The peak of all this test's children so far (see `alone`): a run over
    // the limit fails here. Unix only: Windows has no such counter.
    #[cfg(unix)]
    {
        let peak = nix::sys::resource::getrusage(nix::sys::resource::UsageWho::RUSAGE_CHILDREN)
            .unwrap()
            .max_rss();
        assert!(
            peak < MEMORY_LIMIT_KB,
            "a qnr run (last: {what}) peaked at {peak} KB"
        );
    }
    Outcome {
        code,
        stdout: output.stdout,
        stderr: output.stderr,
    }
}

/// Runs `body`, the whole of a test, in a process of its own: the test
/// binary started again for that one test. `getrusage(RUSAGE_CHILDREN)` is
/// the peak of every child a process has waited for, and all the tests
/// share one process: without this, LibreOffice run by the Word tests would
/// count as a qnr run here. The test fails when it fails there, and shows
/// what it printed.
fn alone(body: impl FnOnce()) {
    const ALONE: &str = "QNR_TEST_ALONE";
    // `it::hostile::a_test::{{closure}}` gives `hostile::a_test`, the name
    // the test harness knows the test by.
    let test = std::any::type_name_of_val(&body)
        .split_once("::")
        .and_then(|(_, path)| path.strip_suffix("::{{closure}}"))
        .expect("the body is a closure written in the test");
    if std::env::var_os(ALONE).is_some_and(|running| running == test) {
        body();
        return;
    }
    let output = Command::new(std::env::current_exe().unwrap())
        .args(["--exact", test])
        .env(ALONE, test)
        .stdin(Stdio::null())
        .output()
        .unwrap();
    let printed = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    // "1 passed": a name the harness does not know would run no test at all.
    assert!(
        output.status.success() && printed.contains("test result: ok. 1 passed"),
        "{test}, run in a process of its own:\n{printed}"
    );
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

    for format in ["github", "junit", "sarif"] {
        let shown = run(
            &[os("validate"), os("--format"), os(format), file],
            &[expected],
        );
        assert_terminal_safe(
            &format!("validate --format {format} {}", name(path)),
            &shown.stdout,
        );
    }

    for ext in ["json", "toml", "yaml", "txt", "md", "csv", "docx", "odt"] {
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

/// `diff` against the sample reply: the same (0: a valid reply in another
/// encoding), a difference (1), or a file that cannot be read whole (2);
/// never a panic, nothing a terminal obeys.
fn check_diff(path: &Path) {
    let sample = root().join("examples/sample-complete.json");
    for format in ["human", "json"] {
        let diffed = run(
            &[
                os("diff"),
                path.as_os_str(),
                sample.as_os_str(),
                os("--format"),
                os(format),
            ],
            &[0, 1, 2],
        );
        let what = format!("diff --format {format} {}", name(path));
        assert_terminal_safe(&what, &diffed.stdout);
        assert_terminal_safe(&what, &diffed.stderr);
        if diffed.code == 1 && format == "json" {
            serde_json::from_slice::<serde_json::Value>(&diffed.stdout)
                .unwrap_or_else(|e| panic!("{what}: {e}"));
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
        check_diff(path);
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
    alone(|| check_replies(|p| name(p).ends_with(".json")));
}

#[test]
fn hostile_toml_and_yaml_replies() {
    alone(|| check_replies(|p| name(p).ends_with(".toml") || name(p).ends_with(".yaml")));
}

#[test]
fn hostile_forms() {
    alone(|| check_replies(|p| [".txt", ".md", ".csv"].iter().any(|e| name(p).ends_with(e))));
}

#[test]
fn hostile_word_documents() {
    alone(|| check_replies(|p| name(p).ends_with(".docx")));
}

#[test]
fn hostile_pdf_and_opendocument_documents() {
    alone(|| check_replies(|p| name(p).ends_with(".pdf") || name(p).ends_with(".odt")));
}

/// Every hostile reply at once, compiled with `--include-invalid` (so that
/// what could be read goes into the figures and the comments): the report
/// is written (exit 0), and no text from a file acts in the browser, the
/// spreadsheet or the terminal.
#[test]
fn hostile_corpus_compiled_into_reports() {
    alone(|| {
        let dir = tempfile::tempdir().unwrap();
        let replies = dir.path().join("replies");
        fs::create_dir(&replies).unwrap();
        // The hostile PDF and OpenDocument files are all refused, so the
        // report shows no text of theirs, only their names; they are left
        // out of this one run, which their reading would push past its time
        // bound on a loaded machine (each is checked on its own above).
        let refused_documents = |p: &Path| HOSTILE_DOCUMENTS.iter().any(|d| p.ends_with(d));
        for path in corpus()
            .iter()
            .filter(|p| !is_schema(p) && !refused_documents(p))
        {
            fs::copy(path, replies.join(name(path))).unwrap();
        }
        for ext in ["html", "md", "csv", "json"] {
            let out = dir.path().join(format!("report.{ext}"));
            let made = run(
                &[
                    os("report"),
                    replies.as_os_str(),
                    os("--include-invalid"),
                    os("-o"),
                    out.as_os_str(),
                ],
                &[0],
            );
            assert_terminal_safe(&format!("report to {ext}"), &made.stderr);
            let text = fs::read_to_string(&out).unwrap();
            match ext {
                "html" => assert_inert_html(&text),
                "csv" => assert_inert_csv(&text),
                "json" => {
                    serde_json::from_str::<serde_json::Value>(&text).unwrap();
                }
                _ => assert_inert_markdown(&text),
            }
        }
    });
}

/// The report's HTML holds no script, no event handler, no frame or
/// object, and no link or resource outside the file.
fn assert_inert_html(text: &str) {
    let page = scraper::Html::parse_document(text);
    let all = scraper::Selector::parse("*").unwrap();
    for element in page.select(&all) {
        let tag = element.value().name();
        assert!(
            !matches!(
                tag,
                "script" | "iframe" | "object" | "embed" | "img" | "foreignObject"
            ),
            "<{tag}> in the report"
        );
        if let Some(href) = element.value().attr("href") {
            assert!(href.starts_with('#'), "a link out of the report: {href}");
        }
        for (attr, value) in element.value().attrs() {
            assert!(!attr.starts_with("on"), "<{tag} {attr}> in the report");
            assert!(
                !value
                    .trim_start()
                    .to_ascii_lowercase()
                    .starts_with("javascript:"),
                "<{tag} {attr}={value}> in the report"
            );
        }
    }
}

/// As a Markdown renderer reads it: no raw HTML but the report's own
/// section anchors, no link or image out of the document.
fn assert_inert_markdown(text: &str) {
    use pulldown_cmark::{Event, Parser, Tag};
    for event in Parser::new(text) {
        match event {
            Event::Html(html) | Event::InlineHtml(html) if !is_own_anchor(&html) => {
                panic!("raw HTML in the Markdown report: {html}")
            }
            Event::Start(Tag::Link { dest_url, .. }) if !dest_url.starts_with('#') => {
                panic!("a link out of the Markdown report: {dest_url}")
            }
            Event::Start(Tag::Image { dest_url, .. }) => {
                panic!("an image in the Markdown report: {dest_url}")
            }
            _ => {}
        }
    }
}

/// `<a id="rec-I.1"></a>`, as the report marks its sections, with an id
/// of letters, digits, `.`, `-` and `_` only.
fn is_own_anchor(html: &str) -> bool {
    let html = html.trim();
    let id = html.strip_prefix("<a id=\"").and_then(|rest| {
        rest.strip_suffix("\"></a>")
            .or_else(|| rest.strip_suffix("\">"))
    });
    html == "</a>"
        || id.is_some_and(|id| {
            !id.is_empty()
                && id
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_'))
        })
}

/// No cell a spreadsheet would run as a formula.
fn assert_inert_csv(text: &str) {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    for record in reader.records() {
        for cell in record.unwrap().iter() {
            assert!(
                !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "a formula cell in the report: {cell:?}"
            );
        }
    }
}

#[test]
fn hostile_schemas() {
    alone(|| {
        for path in corpus().iter().filter(|p| is_schema(p)) {
            check_schema(path, VALID_SCHEMAS.contains(&name(path)));
        }
    });
}

/// Inputs too big to commit, made here: each past a documented limit (or
/// just big), each refused with a clear error in bounded time and memory.
#[test]
fn huge_inputs_stop_at_the_documented_limits() {
    alone(|| {
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
    });
}
