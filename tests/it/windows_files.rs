//! Files as Windows makes them, on every system (and under Wine in CI):
//! line ends of CRLF (Notepad, Word's text export, git's `autocrlf`) read
//! exactly as LF, findings in the same places; names with letters beyond
//! ASCII in messages, patterns and written files; on Windows, paths given
//! with `\`.

use std::fs;
use std::path::Path;

use assert_cmd::Command;
use serde_json::Value;

fn qnr(dir: &Path) -> Command {
    let mut cmd = Command::cargo_bin("qnr").unwrap();
    cmd.current_dir(dir)
        .env_remove("QNR_SCHEMA")
        .env("QNR_LANG", "en")
        .env("NO_COLOR", "1")
        .env("COLUMNS", "100");
    cmd
}

fn run(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let output = qnr(dir).args(args).output().unwrap();
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8(output.stdout).unwrap(),
        String::from_utf8(output.stderr).unwrap(),
    )
}

/// A complete reply with a comment of two paragraphs, one with a line
/// break, and one mistake: the date written 15/05/2019.
fn reply_with_a_mistake() -> String {
    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/sample-complete.json");
    let mut reply: Value = serde_json::from_slice(&fs::read(sample).unwrap()).unwrap();
    reply["answers"]["I.1"]["comments"] =
        "First paragraph.\n\nSecond paragraph,\nwith a line break.".into();
    reply["respondent"]["date"] = "15/05/2019".into();
    serde_json::to_string_pretty(&reply).unwrap()
}

/// What `validate --format json` found: code, line, column, message.
fn findings(dir: &Path, file: &str) -> Vec<(String, Value, Value, String)> {
    let (_, out, err) = run(dir, &["validate", "--format", "json", file]);
    let files: Value = serde_json::from_str(&out).unwrap_or_else(|_| panic!("{file}: {err}"));
    files[0]["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["code"].as_str().unwrap().to_string(),
                d["line"].clone(),
                d["column"].clone(),
                d["message"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn crlf_files_read_as_their_lf_twins() {
    let dir = tempfile::tempdir().unwrap();
    let dir = dir.path();
    fs::write(dir.join("reply.json"), reply_with_a_mistake()).unwrap();
    for ext in ["json", "toml", "yaml", "txt", "md", "csv"] {
        let lf = format!("lf.{ext}");
        let crlf = format!("crlf.{ext}");
        if ext == "json" {
            fs::copy(dir.join("reply.json"), dir.join(&lf)).unwrap();
        } else {
            let (code, _, err) = run(dir, &["convert", "reply.json", "-o", &lf]);
            assert_eq!(code, 0, "{ext}: {err}");
        }
        // qnr writes LF, but CSV as spreadsheets do (CRLF between rows).
        let text = fs::read_to_string(dir.join(&lf))
            .unwrap()
            .replace("\r\n", "\n");
        fs::write(dir.join(&lf), &text).unwrap();
        fs::write(dir.join(&crlf), text.replace('\n', "\r\n")).unwrap();

        let found = findings(dir, &crlf);
        assert_eq!(
            found,
            findings(dir, &lf),
            "{ext}: the same findings, in the same places"
        );
        // Forms take a date written by hand; reply files must hold ISO.
        if ["json", "toml", "yaml"].contains(&ext) {
            assert!(
                found.iter().any(|(code, ..)| code == "invalid-field"),
                "{ext}: {found:?}"
            );
            let (_, human, _) = run(dir, &["validate", &crlf]);
            assert!(human.contains("15/05/2019"), "{ext}: {human}");
        }
        let (_, human, _) = run(dir, &["validate", &crlf]);
        assert!(
            !human.contains('\r') && !human.contains("\\r"),
            "{ext}: the source lines shown carry no CR: {human}"
        );

        let (_, from_lf, _) = run(dir, &["convert", &lf, "--to", "json"]);
        let (code, from_crlf, err) = run(dir, &["convert", &crlf, "--to", "json"]);
        assert_eq!(code, 0, "{ext}: {err}");
        assert_eq!(from_crlf, from_lf, "{ext}: the same reply");
        assert!(
            from_crlf.contains(r#""First paragraph.\n\nSecond paragraph,\nwith a line break.""#),
            "{ext}: comments keep LF only: {from_crlf}"
        );
    }
}

#[test]
fn names_beyond_ascii_in_folders_patterns_and_written_files() {
    let dir = tempfile::tempdir().unwrap();
    let dir = dir.path();
    fs::create_dir_all(dir.join("réponses")).unwrap();
    fs::write(
        dir.join("réponses/Côte d’Ivoire.json"),
        reply_with_a_mistake(),
    )
    .unwrap();
    let (code, _, err) = run(
        dir,
        &[
            "convert",
            "réponses/Côte d’Ivoire.json",
            "-o",
            "réponses/Россия.yaml",
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("Россия.yaml"),
        "the message names the file: {err}"
    );
    let (code, _, err) = run(
        dir,
        &["convert", "réponses/Россия.yaml", "-o", "回复 México.toml"],
    );
    assert_eq!(code, 0, "{err}");
    assert!(dir.join("回复 México.toml").is_file());

    let sep = std::path::MAIN_SEPARATOR;
    for arg in ["réponses", "réponses/*.{json,yaml}", "r*ponses/**/*"] {
        let (code, out, err) = run(dir, &["validate", arg]);
        assert_eq!(code, 1, "{arg}: {err}");
        assert!(
            out.contains(&format!("réponses{sep}Côte d’Ivoire.json:"))
                && out.contains(&format!("réponses{sep}Россия.yaml:")),
            "{arg}: {out}"
        );
        assert!(out.contains("checked 2 files"), "{arg}: {out}");
    }
    let (code, out, _) = run(dir, &["validate", "--format", "sarif", "réponses"]);
    assert_eq!(code, 1);
    assert!(
        out.contains("r%C3%A9ponses/C%C3%B4te%20d%E2%80%99Ivoire.json"),
        "{out}"
    );
}

/// Windows users give paths with `\`, and read them so.
#[cfg(windows)]
#[test]
fn windows_paths_with_backslashes() {
    let dir = tempfile::tempdir().unwrap();
    let dir = dir.path();
    fs::create_dir_all(dir.join("replies/2019")).unwrap();
    fs::write(dir.join("replies/2019/chile.json"), reply_with_a_mistake()).unwrap();
    for arg in [
        r"replies\2019\chile.json",
        r"replies\",
        r"replies\**\*.json",
        "replies/2019",
    ] {
        let (code, out, err) = run(dir, &["validate", arg]);
        assert_eq!(code, 1, "{arg}: {err}");
        assert!(out.contains(r"replies\2019\chile.json:"), "{arg}: {out}");
    }
    let (_, out, _) = run(dir, &["validate", "--format", "github", r"replies\"]);
    assert!(out.contains("file=replies/2019/chile.json,"), "{out}");
}
