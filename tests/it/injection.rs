//! Text from a file is data wherever qnr puts it: on a terminal (escape
//! sequences, C1 controls and bidirectional overrides are shown, not
//! obeyed, in file names too), in a CSV a spreadsheet opens (formulas are
//! defused and read back exact), and in Markdown a viewer renders (a
//! comment never becomes a heading, HTML or a link). HTML output is tested
//! where `report` writes it.

use std::fs;
use std::path::Path;
use std::process::{Command, Stdio};

use pulldown_cmark::{Event, Parser, Tag};
use qnr::Schema;
use qnr::{Answer, Choice, Reply};
use qnr::{Format, load, write};

/// Escape sequences and characters a terminal or a text layout acts on.
const HOSTILE: &[&str] = &[
    "\u{1b}[2J\u{1b}[31m",
    "\u{1b}]0;pwned\u{7}",
    "\u{1b}]8;;http://evil.example/\u{1b}\\link\u{1b}]8;;\u{1b}\\",
    "\u{9b}31m\u{9d}0;x\u{9c}",
    "abc\u{202e}fdp.exe",
    "\u{2066}isolated\u{2069}",
    "\u{8}\u{8}\u{7f}\r",
];

fn unsafe_char(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

fn assert_safe(what: &str, bytes: &[u8]) {
    let text = String::from_utf8_lossy(bytes);
    assert!(!text.chars().any(unsafe_char), "{what}: {text:?}");
}

fn qnr(dir: &Path, args: &[&str]) -> (i32, Vec<u8>, Vec<u8>) {
    let out = Command::new(assert_cmd::cargo::cargo_bin("qnr"))
        .current_dir(dir)
        .args(args)
        .env("QNR_LANG", "en")
        .env_remove("QNR_SCHEMA")
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .output()
        .unwrap();
    (out.status.code().unwrap_or(-1), out.stdout, out.stderr)
}

/// A reply whose every text (comments, country, an unknown id, an invalid
/// date and answer) carries `hostile`.
fn hostile_reply(hostile: &str) -> String {
    serde_json::json!({
        "questionnaire": "honlea",
        "version": "1",
        "respondent": {
            "country": format!("Narnia{hostile}"),
            "date": format!("2019{hostile}"),
            format!("field{hostile}"): "x",
        },
        "answers": {
            "I.1": { "action_taken": "yes", "comments": format!("done{hostile}\nsecond line") },
            "I.2": { "action_taken": format!("maybe{hostile}") },
            format!("I.9{hostile}"): { "action_taken": "no" },
        }
    })
    .to_string()
}

#[test]
fn terminal_output_shows_escapes_in_texts_ids_and_file_names() {
    let dir = tempfile::tempdir().unwrap();
    for (n, hostile) in HOSTILE.iter().enumerate() {
        // The file name carries the sequence too: messages name the file.
        let name = format!("r{n}{}.json", hostile.replace(['/', '\\'], ""));
        fs::write(dir.path().join(&name), hostile_reply(hostile)).unwrap();
        for args in [
            vec!["validate", name.as_str()],
            vec!["validate", "--format", "github", name.as_str()],
            vec!["validate", "--format", "json", name.as_str()],
            vec!["convert", name.as_str(), "--to", "yaml"],
            vec!["convert", name.as_str(), "-o", "out.txt"],
            vec!["validate", "missing\u{1b}[2J.json"],
        ] {
            let (code, out, err) = qnr(dir.path(), &args);
            assert!([1, 2].contains(&code), "{args:?}: exit {code}");
            assert_safe(&format!("{args:?} stderr"), &err);
            if args[0] == "validate" {
                assert_safe(&format!("{args:?} stdout"), &out);
            }
        }
        let _ = fs::remove_file(dir.path().join("out.txt"));
    }
}

#[test]
fn converted_messages_name_a_hostile_file_safely() {
    let dir = tempfile::tempdir().unwrap();
    let name = "ok\u{1b}]0;pwned\u{7}\u{202e}.json";
    let sample = fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/sample-complete.json"),
    )
    .unwrap();
    fs::write(dir.path().join(name), sample).unwrap();
    let (code, _, err) = qnr(dir.path(), &["convert", name, "-o", "out.yaml"]);
    assert_eq!(code, 0, "{}", String::from_utf8_lossy(&err));
    assert!(String::from_utf8_lossy(&err).contains("converted"));
    assert_safe("convert message", &err);
}

#[test]
fn schema_texts_are_shown_escaped() {
    let dir = tempfile::tempdir().unwrap();
    let honlea = qnr::HONLEA_TOML;
    for (n, hostile) in HOSTILE.iter().enumerate() {
        // A TOML basic string holds control characters only escaped.
        let quoted: String = hostile
            .chars()
            .map(|c| {
                if c.is_control() || c == '\\' || c == '"' {
                    format!("\\u{:04X}", u32::from(c))
                } else {
                    c.to_string()
                }
            })
            .collect();
        let quoted = quoted.as_str();
        let schema = honlea
            .replacen("title = \"", &format!("title = \"{quoted}"), 1)
            .replacen("question = \"", &format!("question = \"{quoted}"), 1)
            .replacen("title = \"Use of", &format!("title = \"{quoted}Use of"), 1);
        let name = format!("s{n}.toml");
        fs::write(dir.path().join(&name), schema).unwrap();
        for args in [
            vec!["schema", "show", "--schema", name.as_str()],
            vec!["schema", "check", name.as_str()],
        ] {
            let (code, out, err) = qnr(dir.path(), &args);
            // `schema check` refuses a question with control characters: a
            // Word form cannot hold them, so its answers would not read back.
            let refused = args[1] == "check" && code == 2 && hostile.contains(char::is_control);
            assert!(
                code == 0 || refused,
                "{args:?}: exit {code}: {}",
                String::from_utf8_lossy(&err)
            );
            assert_safe(&format!("{args:?}"), &out);
            assert_safe(&format!("{args:?}"), &err);
        }
    }
}

fn reply_with(comment: &str, country: &str) -> Reply {
    let schema = Schema::honlea();
    let mut reply = Reply::empty(&schema);
    reply.set_field("country", country);
    reply.set_answer("I.1", Answer::new(Some(Choice::Yes), Some(comment)));
    reply
}

/// Every cell a spreadsheet would run as a formula (or strip a character
/// from) starts with `'`; reading the CSV back gives the exact text.
#[test]
fn csv_cells_that_look_like_formulas_are_defused_and_read_back_exact() {
    let schema = Schema::honlea();
    for text in [
        "=HYPERLINK(\"http://evil.example\",\"click\")",
        "+cmd|' /C calc'!A0",
        "-2+3",
        "@SUM(A1:A9)",
        "\t=1+1",
        "\r=1+1",
        "'=already quoted",
        "''",
        "=1\n=2",
    ] {
        let reply = reply_with(text, text);
        let bytes = write(Format::Csv, &reply, &schema);
        let mut cells = csv::ReaderBuilder::new()
            .has_headers(true)
            .from_reader(bytes.as_slice());
        for record in cells.records() {
            for cell in record.unwrap().iter() {
                assert!(
                    !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                    "{text:?}: cell {cell:?} would be a formula"
                );
            }
        }
        let back = load(Format::Csv, &bytes, &schema);
        let back = back.reply.unwrap();
        assert_eq!(back.answer("I.1"), reply.answer("I.1"), "{text:?}");
        // Respondent fields are trimmed when read, in every format.
        assert_eq!(back.field("country"), Some(text.trim()), "{text:?}");
    }
}

/// What a Markdown viewer would make of the written form.
struct Rendered {
    headings: usize,
    html: Vec<String>,
    links: usize,
}

fn render(markdown: &str) -> Rendered {
    let mut rendered = Rendered {
        headings: 0,
        html: Vec::new(),
        links: 0,
    };
    for event in Parser::new(markdown) {
        match event {
            Event::Start(Tag::Heading { .. }) => rendered.headings += 1,
            Event::Start(Tag::HtmlBlock) => rendered.html.push("block".into()),
            Event::Html(h) | Event::InlineHtml(h) => rendered.html.push(h.to_string()),
            Event::Start(Tag::Link { .. } | Tag::Image { .. }) => rendered.links += 1,
            _ => {}
        }
    }
    rendered
}

#[test]
fn markdown_comments_never_become_headings_html_or_links() {
    let schema = Schema::honlea();
    let plain =
        render(&String::from_utf8(write(Format::Md, &reply_with("ok", "N"), &schema)).unwrap());
    assert!(plain.html.is_empty() && plain.links == 0);
    for text in [
        "# Issue IX: a heading?\n## Recommendation 9 (IX.9)",
        "Title\n=====",
        "> quoted\n>> deeper",
        "<script>alert(1)</script>",
        "<svg onload=alert(1)><a href=\"javascript:alert(2)\">x</a></svg>",
        "<img src=x onerror=alert(1)>",
        "<!-- a comment that hides the rest",
        "[click](javascript:alert(1)) ![x](http://evil.example/t.png) <http://evil.example>",
        "[ref]: http://evil.example\n[ref]",
        "&lt;b&gt; &#60;script&#62;",
    ] {
        let reply = reply_with(text, text);
        let markdown = String::from_utf8(write(Format::Md, &reply, &schema)).unwrap();
        let rendered = render(&markdown);
        assert_eq!(rendered.headings, plain.headings, "{text:?}:\n{markdown}");
        assert!(rendered.html.is_empty(), "{text:?}: {:?}", rendered.html);
        assert_eq!(rendered.links, 0, "{text:?}:\n{markdown}");
        let back = load(Format::Md, markdown.as_bytes(), &schema);
        let back = back.reply.unwrap();
        assert_eq!(back.answer("I.1"), reply.answer("I.1"), "{text:?}");
        assert_eq!(back.field("country"), Some(text), "{text:?}");
    }
}
