//! End to end: the UN form as plain text, Markdown and CSV through the real
//! binary — what a user runs, the exit code and what they read.

use std::fs;

use predicates::str::contains;
use qnr::{Format, write};
use qnr::{Reply, Schema};

use crate::support::forms::{complete_reply, examples, forms, qnr, seed};

fn stderr_of(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn write_reply(dir: &std::path::Path, name: &str, reply: &Reply) -> std::path::PathBuf {
    let path = dir.join(name);
    let format = Format::from_path(&path).unwrap();
    fs::write(&path, write(format, reply, &Schema::honlea())).unwrap();
    path
}

#[test]
fn converting_the_seed_warns_per_open_answer_and_says_what_to_do_next() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("reply.json");
    let output = qnr()
        .arg("convert")
        .arg(seed())
        .arg("-o")
        .arg(&out)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    let err = stderr_of(&output);
    assert_eq!(err.matches("warning[unmarked-answer]").count(), 16, "{err}");
    assert!(err.contains(
        "warning[unmarked-answer]: Issue I, Recommendation 1 (I.1): neither YES nor NO is marked after 'Any action taken'; the answer stays open"
    ));
    assert!(
        err.contains(":9:1\n"),
        "the first answer line is line 9: {err}"
    );
    assert!(err.contains("0 of 16 recommendations answered"));
    assert!(err.contains(&format!(
        "16 answers are not marked on the form; next: `qnr fill --only-missing {}` asks only those",
        out.display()
    )));
    assert_eq!(
        fs::read_to_string(&out).unwrap(),
        fs::read_to_string(examples().join("seed-reply.json")).unwrap(),
        "examples/seed-reply.json is the seed converted"
    );
}

#[test]
fn the_markdown_example_is_the_seed_and_reads_back_the_same() {
    let output = qnr()
        .args(["convert", "--to", "md"])
        .arg(seed())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(
        String::from_utf8(output.stdout).unwrap(),
        fs::read_to_string(examples().join("seed-reply.md")).unwrap()
    );
    let back = qnr()
        .args(["convert", "--to", "json"])
        .arg(examples().join("seed-reply.md"))
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8(back.stdout).unwrap(),
        fs::read_to_string(examples().join("seed-reply.json")).unwrap()
    );
}

#[test]
fn validate_reads_txt_replies_and_finds_the_seed_incomplete() {
    let output = qnr().arg("validate").arg(seed()).output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    let out = String::from_utf8(output.stdout).unwrap();
    assert!(out.contains(
        "error[missing-answer]: Issue IV, Recommendation 4 (IV.4): no answer to 'Any action taken'"
    ));
    assert!(out.contains("error[missing-respondent-field]"));
    assert!(
        out.ends_with("checked 1 file: 0 valid, 1 invalid (18 errors, 16 warnings)\n"),
        "{out}"
    );
}

#[test]
fn marked_forms_are_complete_replies() {
    let files = [
        "marks-boxes.txt",
        "marks-brackets.txt",
        "marks-deleted.txt",
        "word-export.txt",
        "word-export-utf16.txt",
    ];
    // The seed's comments on II.5 and IV.4 run past 200 words: warnings only.
    qnr()
        .arg("validate")
        .args(files.iter().map(|f| forms().join(f)))
        .assert()
        .code(0)
        .stdout(contains(
            "checked 5 files: 5 valid, 0 invalid (0 errors, 10 warnings)",
        ));
}

#[test]
fn unknown_items_are_errors_naming_the_line() {
    let output = qnr()
        .arg("validate")
        .arg(forms().join("mismatch.txt"))
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let out = String::from_utf8(output.stdout).unwrap();
    assert!(
        out.contains(
            "error[unknown-answer]: `I.4` is not a recommendation of the honlea questionnaire"
        ),
        "{out}"
    );
    assert!(out.contains("mismatch.txt:13:1"), "{out}");
    assert!(out.contains("error[unknown-answer]: issue `V` is not in the honlea questionnaire"));
    assert!(out.contains("mismatch.txt:21:1"));
    assert!(out.contains("warning[text-mismatch]: Issue I, Recommendation 1 (I.1): the text of the recommendation differs"));
}

#[test]
fn json_to_each_form_and_back_is_the_same_file() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let json = write_reply(d, "reply.json", &complete_reply());
    for ext in ["txt", "md", "csv"] {
        let form = d.join(format!("reply.{ext}"));
        qnr()
            .arg("convert")
            .arg(&json)
            .arg("-o")
            .arg(&form)
            .assert()
            .code(0)
            .stderr(contains(format!(
                "({ext}): 16 of 16 recommendations answered"
            )));
        qnr().arg("validate").arg(&form).assert().code(0);
        let back = d.join(format!("back-{ext}.json"));
        qnr()
            .arg("convert")
            .arg(&form)
            .arg("-o")
            .arg(&back)
            .assert()
            .code(0)
            .stderr(format!(
                "converted `{}` ({ext}) to `{}` (json): 16 of 16 recommendations answered\n",
                form.display(),
                back.display()
            ));
        assert_eq!(fs::read(&back).unwrap(), fs::read(&json).unwrap(), "{ext}");
    }
}

#[test]
fn the_txt_form_is_laid_out_like_the_seed_with_the_answer_marked() {
    let output = qnr()
        .args(["convert", "-", "--from", "json", "--to", "txt"])
        .write_stdin(write(Format::Json, &complete_reply(), &Schema::honlea()))
        .output()
        .unwrap();
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(text.contains(
        "\nIssue I: Use of the Internet for drug-related activities\n\nRecommendation 1\n\nGovernments should be encouraged"
    ));
    assert!(text.contains("\n\nAny action taken ☒ YES ☐ NO\n\nComments:\n\nSAMPLE DATA."));
    assert!(text.contains("\nAny action taken ☐ YES ☒ NO\n"));
    assert!(text.contains("\nName of country: Republic of Example\n"));
    assert!(
        text.contains(
            "\nConsent to publish the reply as received on the UNODC website: ☒ YES ☐ NO\n"
        )
    );
}

#[test]
fn csv_defuses_formulas_for_spreadsheets_and_reads_them_back() {
    let dir = tempfile::tempdir().unwrap();
    let json = write_reply(dir.path(), "reply.json", &complete_reply());
    let csv = dir.path().join("reply.csv");
    qnr()
        .arg("convert")
        .arg(&json)
        .arg("-o")
        .arg(&csv)
        .assert()
        .code(0);
    let text = fs::read_to_string(&csv).unwrap();
    assert!(text.starts_with("\u{feff}id,issue,recommendation,action_taken,comments,country,date,contact,organization,address,telephone,email,publish\r\n"));
    assert!(
        text.contains("\"'=1+1 is no formula\n\n@SUM(A1) neither\""),
        "{text}"
    );
    assert!(text.contains(",'+00 123 456 789,"), "{text}");
    assert_eq!(text.matches("\r\n").count(), 17, "a header and 16 rows");
}

#[test]
fn a_form_that_contradicts_itself_is_not_converted() {
    let dir = tempfile::tempdir().unwrap();
    let form = dir.path().join("both.txt");
    let text = fs::read_to_string(forms().join("marks-boxes.txt"))
        .unwrap()
        .replacen(
            "Any action taken ☒ YES ☐ NO",
            "Any action taken ☒ YES ☒ NO",
            1,
        );
    fs::write(&form, text).unwrap();
    let out = dir.path().join("out.json");
    qnr()
        .arg("convert")
        .arg(&form)
        .arg("-o")
        .arg(&out)
        .assert()
        .code(2)
        .stderr(contains(
            "error[invalid-choice]: Issue I, Recommendation 1 (I.1): both YES and NO are marked",
        ))
        .stderr(contains("cannot be converted: part of it would be lost"));
    assert!(!out.exists());
}

#[test]
fn a_reply_a_form_cannot_hold_is_not_written() {
    let dir = tempfile::tempdir().unwrap();
    let mut reply = complete_reply();
    reply.set_field("nickname", "x");
    let json = write_reply(dir.path(), "reply.json", &reply);
    let out = dir.path().join("reply.txt");
    qnr()
        .arg("convert")
        .arg(&json)
        .arg("-o")
        .arg(&out)
        .assert()
        .code(2)
        .stderr(contains("cannot be written as txt without change: the respondent field `nickname` would not read back the same; convert it to json, toml or yaml instead"));
    assert!(!out.exists());
    // Markdown and CSV carry it (and `validate` reports it).
    for ext in ["md", "csv"] {
        let out = dir.path().join(format!("reply.{ext}"));
        qnr()
            .arg("convert")
            .arg(&json)
            .arg("-o")
            .arg(&out)
            .assert()
            .code(0);
    }
}

#[test]
fn standard_input_needs_from_for_forms() {
    let seed_text = fs::read(seed()).unwrap();
    let output = qnr()
        .args(["convert", "-", "--from", "txt"])
        .write_stdin(seed_text.clone())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(
        output.stdout,
        fs::read(examples().join("seed-reply.json")).unwrap()
    );
    qnr()
        .args(["convert", "-"])
        .write_stdin(seed_text)
        .assert()
        .code(2)
        .stderr(contains(
            "add `--from json|toml|yaml|txt|md|csv|docx|odt|pdf`",
        ));
}

#[test]
fn folders_are_walked_for_forms_too() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let reply = complete_reply();
    for name in ["a.txt", "b.md", "c.csv", "d.json"] {
        write_reply(d, name, &reply);
    }
    qnr()
        .arg("validate")
        .arg(d)
        .assert()
        .code(0)
        .stdout("checked 4 files: 4 valid, 0 invalid (0 errors, 0 warnings)\n");
    qnr()
        .args(["validate", "--ext", "txt,csv"])
        .arg(d)
        .assert()
        .code(0)
        .stdout("checked 2 files: 2 valid, 0 invalid (0 errors, 0 warnings)\n");
}

#[test]
fn text_that_is_no_form_is_a_parse_error() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("letter.txt");
    fs::write(
        &path,
        "Dear colleagues,\n\nplease find our reply attached.\n",
    )
    .unwrap();
    qnr()
        .arg("validate")
        .arg(&path)
        .assert()
        .code(1)
        .stdout(contains(
            "error[parse-error]: no recommendation found: this does not read as the honlea form",
        ));
}

#[test]
fn a_date_written_by_hand_becomes_iso_through_a_form() {
    let dir = tempfile::tempdir().unwrap();
    let mut reply = complete_reply();
    reply.set_field("date", "15 May 2019");
    let json = write_reply(dir.path(), "reply.json", &reply);
    let txt = dir.path().join("reply.txt");
    qnr()
        .arg("convert")
        .arg(&json)
        .arg("-o")
        .arg(&txt)
        .assert()
        .code(0);
    assert!(
        fs::read_to_string(&txt)
            .unwrap()
            .contains("\nDate of submission: 15 May 2019\n")
    );
    let output = qnr()
        .args(["convert", "--to", "json"])
        .arg(&txt)
        .output()
        .unwrap();
    assert!(
        String::from_utf8(output.stdout)
            .unwrap()
            .contains("\"date\": \"2019-05-15\"")
    );
}
