//! End-to-end tests of `qnr report` and `qnr diff`. The figures are checked
//! against the hand-counted fixtures in `tests/data/report` (README there
//! is this comment): Austria YES but II.2 and IV.2; Brazil NO but I.1;
//! Chile twice (all YES on 2019-04-01, all NO on 2019-07-15: the later
//! counts); Denmark all YES on 2019-09-01 (late for a 2019-08-09 cut-off);
//! Estonia a draft (I.1 YES, I.2 NO, the rest open); a reply to another
//! questionnaire; a file that does not parse.

use std::fs;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use predicates::str::contains;
use scraper::{Html, Selector};
use serde_json::{Value, json};

fn qnr() -> Command {
    let mut cmd = Command::cargo_bin("qnr").unwrap();
    cmd.env_remove("QNR_SCHEMA")
        .env("QNR_LANG", "en")
        .env_remove("NO_COLOR")
        .env("COLUMNS", "100");
    cmd
}

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/report")
}

fn report_json(args: &[&str]) -> Value {
    let output = qnr()
        .arg("report")
        .arg(fixtures())
        .args(args)
        .args(["--format", "json"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    serde_json::from_slice(&output.stdout).unwrap()
}

/// (yes, no, unanswered) of one recommendation, or the answers summed
/// over an issue's recommendations.
fn counts(list: &Value, key: &str, id: &str) -> (u64, u64, u64) {
    let entry = list
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r[key] == id)
        .unwrap();
    let entry = if key == "issue" {
        &entry["answers"]
    } else {
        entry
    };
    (
        entry["yes"].as_u64().unwrap(),
        entry["no"].as_u64().unwrap(),
        entry["unanswered"].as_u64().unwrap(),
    )
}

fn file_names(list: &Value, key: &str) -> Vec<String> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|v| {
            Path::new(v[key].as_str().unwrap())
                .file_name()
                .unwrap()
                .to_string_lossy()
                .into_owned()
        })
        .collect()
}

#[test]
fn figures_match_the_hand_counted_fixtures() {
    let r = report_json(&[]);
    assert_eq!(r["replies"], 4);
    assert_eq!(
        r["countries"],
        json!(["Austria", "Brazil", "Chile", "Denmark"])
    );
    assert_eq!(r["latest_date"], "2019-09-01");
    let recs = &r["recommendations"];
    assert_eq!(recs.as_array().unwrap().len(), 16);
    assert_eq!(counts(recs, "id", "I.1"), (3, 1, 0));
    assert_eq!(counts(recs, "id", "I.2"), (2, 2, 0));
    assert_eq!(counts(recs, "id", "II.2"), (1, 3, 0));
    assert_eq!(counts(recs, "id", "IV.2"), (1, 3, 0));
    assert_eq!(counts(recs, "id", "IV.4"), (2, 2, 0));
    let i1 = &recs[0];
    assert_eq!(i1["yes_countries"], json!(["Austria", "Brazil", "Denmark"]));
    assert_eq!(i1["no_countries"], json!(["Chile"]));
    assert_eq!(i1["yes_share"], 0.75);
    let issues = &r["issues"];
    assert_eq!(counts(issues, "issue", "I"), (7, 5, 0));
    assert_eq!(issues[0]["answers"]["yes_share"], 7.0 / 12.0);
    // Issues counted in States: Austria and Denmark YES to all of Issue I,
    // Brazil to one, Chile (July) to none; Austria NO to II.2.
    assert_eq!(issues[0]["states"], json!({"all": 2, "some": 1, "none": 1}));
    assert_eq!(issues[1]["states"], json!({"all": 1, "some": 1, "none": 2}));
    assert_eq!(counts(issues, "issue", "II"), (11, 13, 0));
    assert_eq!(counts(issues, "issue", "III"), (6, 6, 0));
    assert_eq!(counts(issues, "issue", "IV"), (7, 9, 0));
}

#[test]
fn problems_are_named_and_left_out() {
    let r = report_json(&[]);
    let p = &r["problems"];
    assert_eq!(
        file_names(&p["invalid"], "file"),
        ["broken.json", "estonia-draft.json"]
    );
    assert_eq!(p["invalid"][1]["error"]["line"], 20);
    assert!(
        p["invalid"][1]["error"]["message"]
            .as_str()
            .unwrap()
            .contains("I.3")
    );
    assert_eq!(p["invalid"][0]["included"], false);
    assert_eq!(p["duplicates"][0]["country"], "Chile");
    assert!(
        p["duplicates"][0]["kept"]["file"]
            .as_str()
            .unwrap()
            .ends_with("chile-2019-07.toml")
    );
    assert_eq!(p["duplicates"][0]["dropped"][0]["date"], "2019-04-01");
    assert_eq!(
        file_names(&p["other_questionnaire"], "file"),
        ["other-questionnaire.json"]
    );
    assert_eq!(r["files"], 8);
}

#[test]
fn the_cutoff_leaves_out_late_replies_and_lists_them() {
    let r = report_json(&["--cutoff", "2019-08-09"]);
    assert_eq!(r["countries"], json!(["Austria", "Brazil", "Chile"]));
    assert_eq!(r["latest_date"], "2019-07-15");
    assert_eq!(counts(&r["recommendations"], "id", "I.1"), (2, 1, 0));
    let late = &r["problems"]["late"];
    assert_eq!(late[0]["country"], "Denmark");
    assert_eq!(late[0]["date"], "2019-09-01");
}

#[test]
fn an_early_cutoff_makes_the_earlier_duplicate_count() {
    // Chile's July reply is late, so its April one is the reply that counts.
    let r = report_json(&["--cutoff", "2019-06-30"]);
    assert_eq!(r["countries"], json!(["Austria", "Brazil", "Chile"]));
    assert_eq!(counts(&r["recommendations"], "id", "II.2"), (1, 2, 0));
    assert_eq!(r["problems"]["duplicates"], json!([]));
}

#[test]
fn include_invalid_counts_drafts_as_unanswered() {
    let r = report_json(&["--include-invalid"]);
    assert_eq!(r["replies"], 5);
    let recs = &r["recommendations"];
    assert_eq!(counts(recs, "id", "I.1"), (4, 1, 0));
    assert_eq!(counts(recs, "id", "I.2"), (2, 3, 0));
    assert_eq!(counts(recs, "id", "I.3"), (2, 2, 1));
    assert_eq!(recs[2]["unanswered_countries"], json!(["Estonia"]));
    assert_eq!(counts(&r["issues"], "issue", "I"), (8, 6, 1));
    let invalid = &r["problems"]["invalid"];
    // The draft counts; the file that does not parse cannot.
    assert_eq!(invalid[0]["included"], false);
    assert_eq!(invalid[1]["included"], true);
    let included: Vec<&Value> = r["included"].as_array().unwrap().iter().collect();
    assert!(
        included
            .iter()
            .any(|i| i["country"] == "Estonia" && i["valid"] == false)
    );
}

fn html_report(dir: &Path, args: &[&str]) -> (Html, Value) {
    let out = dir.join("report.html");
    qnr()
        .arg("report")
        .args(args)
        .arg("-o")
        .arg(&out)
        .assert()
        .success()
        .stderr(contains("into `"));
    let html = Html::parse_document(&fs::read_to_string(&out).unwrap());
    let json_out = qnr()
        .arg("report")
        .args(args)
        .args(["--format", "json"])
        .output()
        .unwrap();
    (html, serde_json::from_slice(&json_out.stdout).unwrap())
}

fn chart_totals(html: &Html, id: &str) -> (u64, u64, u64) {
    let chart = Selector::parse(&format!("svg.bar[data-id=\"{id}\"]")).unwrap();
    let svg = html.select(&chart).next().unwrap_or_else(|| panic!("{id}"));
    let count = |class: &str| -> u64 {
        let sel = Selector::parse(&format!("rect.{class}")).unwrap();
        svg.select(&sel)
            .map(|r| {
                r.value()
                    .attr("data-count")
                    .unwrap()
                    .parse::<u64>()
                    .unwrap()
            })
            .sum()
    };
    (count("yes"), count("no"), count("unanswered"))
}

#[test]
fn html_charts_add_up_to_the_json_figures() {
    let dir = tempfile::tempdir().unwrap();
    let fixtures = fixtures();
    let (html, r) = html_report(
        dir.path(),
        &[fixtures.to_str().unwrap(), "--include-invalid"],
    );
    for rec in r["recommendations"].as_array().unwrap() {
        let id = rec["id"].as_str().unwrap();
        assert_eq!(
            chart_totals(&html, id),
            counts(&r["recommendations"], "id", id),
            "{id}"
        );
    }
    // Issue totals say what they count: States.
    let text: String = html.root_element().text().collect();
    assert!(text.contains(
        "Of the 5 States: 2 reported action on all 3 recommendations, 2 on some, 1 on none."
    ));
    // Self-contained: no scripts, nothing fetched.
    for sel in ["script", "link", "img", "iframe", "[src]"] {
        let selector = Selector::parse(sel).unwrap();
        assert_eq!(html.select(&selector).count(), 0, "{sel}");
    }
    // Every State's comment is under its name, in schema order.
    let a = text.find("Austria: action on I.1.").unwrap();
    let b = text.find("Austria: action on I.2.").unwrap();
    assert!(a < b);
}

#[cfg(unix)]
#[test]
fn report_files_are_readable_by_others_as_the_umask_allows() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let plain = dir.path().join("plain");
    fs::File::create(&plain).unwrap();
    let out = dir.path().join("r.md");
    qnr()
        .arg("report")
        .arg(fixtures().join("austria.json"))
        .arg("-o")
        .arg(&out)
        .assert()
        .success();
    let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&out), mode(&plain));
}

fn hostile_reply(dir: &Path) -> PathBuf {
    let sample: Value = serde_json::from_str(
        &fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/sample-complete.json"),
        )
        .unwrap(),
    )
    .unwrap();
    let mut r = sample;
    r["respondent"]["country"] = json!("<script>alert(1)</script>Ex\u{202E}ample\u{200B}land");
    r["answers"]["I.1"]["comments"] =
        json!("\"><svg onload=alert(1)> R&D <img src=x onerror=alert(2)>");
    r["answers"]["I.2"]["comments"] = json!("=HYPERLINK(\"http://evil\")");
    let path = dir.join("hostile.json");
    fs::write(&path, serde_json::to_string_pretty(&r).unwrap()).unwrap();
    path
}

#[test]
fn hostile_text_in_a_reply_shows_as_text_in_html() {
    let dir = tempfile::tempdir().unwrap();
    let path = hostile_reply(dir.path());
    let (html, _) = html_report(dir.path(), &[path.to_str().unwrap()]);
    for sel in ["script", "img", "svg[onload]", "[onerror]", "[onload]"] {
        let selector = Selector::parse(sel).unwrap();
        assert_eq!(html.select(&selector).count(), 0, "{sel}");
    }
    let text: String = html.root_element().text().collect();
    assert!(text.contains("<script>alert(1)</script>Ex\\u{202e}ample\\u{200b}land"));
    assert!(text.contains("\"><svg onload=alert(1)> R&D <img src=x onerror=alert(2)>"));
    assert!(!text.contains('\u{202E}'));
}

#[test]
fn hostile_text_is_defused_in_markdown_and_csv() {
    let dir = tempfile::tempdir().unwrap();
    let path = hostile_reply(dir.path());
    let md = qnr().arg("report").arg(&path).output().unwrap();
    let md = String::from_utf8(md.stdout).unwrap();
    assert!(md.contains("\\<script\\>alert(1)\\</script\\>"));
    assert!(md.contains("\\>\\<svg onload=alert(1)\\>"));
    assert!(!md.contains("><svg"));
    let csv = qnr()
        .arg("report")
        .arg(&path)
        .args(["--format", "csv"])
        .output()
        .unwrap();
    let mut reader = csv::Reader::from_reader(&csv.stdout[..]);
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 16, "one row per country and recommendation");
    assert_eq!(&rows[1][7], "'=HYPERLINK(\"http://evil\")");
    for row in &rows {
        for cell in row {
            assert!(!cell.starts_with(['=', '+', '-', '@']), "{cell}");
        }
    }
}

#[test]
fn csv_is_long_form_with_one_row_per_country_and_recommendation() {
    let output = qnr()
        .arg("report")
        .arg(fixtures())
        .args(["--format", "csv"])
        .output()
        .unwrap();
    // A byte-order mark first, so that spreadsheets read UTF-8.
    assert!(output.stdout.starts_with("\u{feff}country,".as_bytes()));
    let mut reader = csv::Reader::from_reader(&output.stdout[3..]);
    assert_eq!(
        reader.headers().unwrap().iter().collect::<Vec<_>>(),
        [
            "country",
            "date",
            "file",
            "valid",
            "issue",
            "recommendation",
            "action_taken",
            "comments",
            "word_count",
            "as_written",
            "m49",
            "iso3",
            "region",
            "publish",
            "previous_action_taken"
        ]
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 4 * 16);
    let yes_i1 = rows
        .iter()
        .filter(|r| &r[5] == "I.1" && &r[6] == "yes")
        .count();
    assert_eq!(yes_i1, 3);
}

#[test]
fn markdown_compiles_comments_under_each_state() {
    let output = qnr()
        .arg("report")
        .arg(fixtures())
        .args(["--cutoff", "2019-08-09"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    let md = String::from_utf8(output.stdout).unwrap();
    assert!(md.contains(
        "**3 States replied** by the cut-off date of 9 August 2019. 1 reply arrived after the cut-off date and is not counted."
    ));
    assert!(md.contains("**Austria** (YES)\n\nAustria: action on I.1."));
    // Problems last, for a secretariat: the State, what is wrong in words, the file last.
    let problems = md.find("## Problems with the replies").unwrap();
    assert!(problems > md.find("**Austria** (YES)").unwrap());
    let problems = &md[problems..];
    assert!(problems.contains("### Replies received after the cut-off date"));
    assert!(problems.contains(
        "- Denmark: dated 1 September 2019, after the cut-off date; not counted. *File: "
    ));
    assert!(problems.contains("### States that sent more than one reply"));
    assert!(problems.contains("- Chile: the reply dated 15 July 2019 is counted; the earlier one dated 1 April 2019 is not."));
    assert!(problems.contains("### Replies to another questionnaire"));
    // No flags or code in the body of a meeting document.
    let flag = md
        .match_indices("--")
        .any(|(at, _)| md[at + 2..].starts_with(|c: char| c.is_ascii_alphabetic()));
    assert!(!flag, "{md}");
    assert!(!md.contains('`'), "{md}");
}

#[test]
fn usage_errors_exit_2() {
    qnr()
        .args(["report", "no-such-folder"])
        .assert()
        .code(2)
        .stderr(contains("does not exist"));
    let empty = tempfile::tempdir().unwrap();
    qnr()
        .arg("report")
        .arg(empty.path())
        .assert()
        .code(2)
        .stderr(contains("no reply files"));
    qnr()
        .arg("report")
        .arg(fixtures())
        .args(["--cutoff", "9 August 2019"])
        .assert()
        .code(2)
        .stderr(contains("YYYY-MM-DD"));
    qnr()
        .arg("report")
        .arg(fixtures())
        .args(["-o", "report.pdf"])
        .assert()
        .code(2)
        .stderr(contains("--format md|html|csv|json"));
}

#[test]
fn an_existing_report_is_not_overwritten_without_force() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("r.html");
    fs::write(&out, "keep me").unwrap();
    qnr()
        .arg("report")
        .arg(fixtures())
        .arg("-o")
        .arg(&out)
        .assert()
        .code(2)
        .stderr(contains("--force"));
    assert_eq!(fs::read_to_string(&out).unwrap(), "keep me");
    qnr()
        .arg("report")
        .arg(fixtures())
        .arg("-o")
        .arg(&out)
        .arg("--force")
        .assert()
        .success();
    assert!(
        fs::read_to_string(&out)
            .unwrap()
            .starts_with("<!DOCTYPE html>")
    );
}

/// Sixty copies of one valid reply, one per country.
fn many_replies(dir: &Path) {
    let base: Value =
        serde_json::from_str(&fs::read_to_string(fixtures().join("austria.json")).unwrap())
            .unwrap();
    for n in 0..60 {
        let mut r = base.clone();
        r["respondent"]["country"] = json!(format!("Country {n:02}"));
        fs::write(dir.join(format!("r{n:02}.json")), r.to_string()).unwrap();
    }
}

#[test]
fn no_progress_is_drawn_when_stderr_is_not_a_terminal() {
    let dir = tempfile::tempdir().unwrap();
    many_replies(dir.path());
    let output = qnr()
        .arg("report")
        .arg(dir.path())
        .args(["--format", "json"])
        .output()
        .unwrap();
    // The names "Country 00" … are no State's: the report says so, briefly.
    assert_eq!(
        String::from_utf8(output.stderr).unwrap(),
        "warning: 60 State names not in the list of States, counted as written: \
         Country 00, Country 01, Country 02, Country 03, Country 04, …\n\
         compiled 60 of 60 files (0 left out)\n"
    );
}

#[cfg(unix)]
#[test]
fn progress_is_drawn_on_a_terminal() {
    let dir = tempfile::tempdir().unwrap();
    many_replies(dir.path());
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_qnr"));
    command
        .arg("report")
        .arg(dir.path())
        .arg("-o")
        .arg(dir.path().join("out.md"))
        .env("TERM", "xterm-256color")
        .env_remove("QNR_SCHEMA");
    let options = rexpect::session::Options::new().timeout_ms(Some(20_000));
    let mut p = rexpect::session::spawn_with_options(command, options).unwrap();
    p.exp_string("compiling").unwrap();
    p.exp_string("/60 files").unwrap();
    p.exp_string("compiled 60 of 60 files (0 left out) into")
        .unwrap();
    p.exp_eof().unwrap();
}

#[test]
fn a_report_written_into_the_folder_it_compiles_is_not_read_as_a_reply() {
    let dir = tempfile::tempdir().unwrap();
    fs::copy(
        fixtures().join("austria.json"),
        dir.path().join("austria.json"),
    )
    .unwrap();
    let out = dir.path().join("report.json");
    for _ in 0..2 {
        qnr()
            .arg("report")
            .arg(dir.path())
            .arg("-o")
            .arg(&out)
            .arg("--force")
            .assert()
            .success()
            .stderr(contains("compiled 1 of 1 files (0 left out)"));
    }
}

// ---- diff ----

#[test]
fn diff_exits_0_for_the_same_reply_in_two_formats() {
    let fixtures = fixtures();
    let dir = tempfile::tempdir().unwrap();
    let yaml = dir.path().join("austria.yaml");
    qnr()
        .arg("convert")
        .arg(fixtures.join("austria.json"))
        .arg("-o")
        .arg(&yaml)
        .assert()
        .success();
    qnr()
        .arg("diff")
        .arg(fixtures.join("austria.json"))
        .arg(&yaml)
        .assert()
        .code(0)
        .stdout(contains("give the same answers"));
}

#[test]
fn diff_names_changes_and_exits_1() {
    let fixtures = fixtures();
    let dir = tempfile::tempdir().unwrap();
    let mut b: Value =
        serde_json::from_str(&fs::read_to_string(fixtures.join("austria.json")).unwrap()).unwrap();
    b["respondent"]["date"] = json!("2019-06-01");
    b["answers"]["I.1"]["comments"] = json!("Austria: more action on I.1.");
    b["answers"]["II.2"] = json!({"action_taken": "yes", "comments": "Now done."});
    b["answers"]["IV.4"] = json!({"action_taken": null});
    let b_path = dir.path().join("b.json");
    fs::write(&b_path, serde_json::to_string(&b).unwrap()).unwrap();
    qnr()
        .arg("diff")
        .arg(fixtures.join("austria.json"))
        .arg(&b_path)
        .assert()
        .code(1)
        .stdout(contains("Date of submission: 2019-05-01 → 2019-06-01"))
        .stdout(contains("Austria: {+more +}action on I.1."))
        .stdout(contains("(II.2): changed\n  Any action taken: NO → YES"))
        .stdout(contains("(IV.4): removed"))
        .stdout(contains("4 differences"));
    let output = qnr()
        .arg("diff")
        .arg(fixtures.join("austria.json"))
        .arg(&b_path)
        .args(["--format", "json"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let d: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(d["identical"], false);
    assert_eq!(d["respondent"][0]["field"], "date");
    let changes: Vec<(&str, &str)> = d["recommendations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| (c["id"].as_str().unwrap(), c["change"].as_str().unwrap()))
        .collect();
    assert_eq!(
        changes,
        [("I.1", "changed"), ("II.2", "changed"), ("IV.4", "removed")]
    );
    assert_eq!(
        d["recommendations"][0]["words"][1],
        json!({"op": "insert", "text": "more "})
    );
}

#[test]
fn diff_colours_words_in_a_terminal_and_neutralises_escapes() {
    let fixtures = fixtures();
    let dir = tempfile::tempdir().unwrap();
    let mut b: Value =
        serde_json::from_str(&fs::read_to_string(fixtures.join("austria.json")).unwrap()).unwrap();
    b["answers"]["I.1"]["comments"] = json!("Austria: \u{1b}]0;pwned\u{7} action on I.1.");
    let b_path = dir.path().join("b.json");
    fs::write(&b_path, serde_json::to_string(&b).unwrap()).unwrap();
    let output = qnr()
        .args(["--color", "always", "diff"])
        .arg(fixtures.join("austria.json"))
        .arg(&b_path)
        .output()
        .unwrap();
    let out = String::from_utf8(output.stdout).unwrap();
    assert!(out.contains("\u{1b}[")); // colour
    assert!(!out.contains("\u{1b}]0;")); // but not the file's escape
    assert!(out.contains("\\u{1b}]0;pwned\\u{7}"));
    assert!(!out.contains("{+"));
}

#[test]
fn diff_refuses_a_file_it_cannot_read_whole() {
    let fixtures = fixtures();
    qnr()
        .arg("diff")
        .arg(fixtures.join("broken.json"))
        .arg(fixtures.join("austria.json"))
        .assert()
        .code(2)
        .stderr(contains("cannot be compared"));
    qnr()
        .arg("diff")
        .arg(fixtures.join("other-questionnaire.json"))
        .arg(fixtures.join("austria.json"))
        .assert()
        .code(2)
        .stderr(contains("`other` questionnaire"));
}

// ---- who should reply, the consent to publish, the last round ----

fn example(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples")
        .join(name)
}

fn example_json(args: &[&str]) -> Value {
    let output = qnr()
        .arg("report")
        .arg(example("replies-2019"))
        .args(["--cutoff", "2019-08-09", "--format", "json"])
        .args(args)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    serde_json::from_slice(&output.stdout).unwrap()
}

#[test]
fn variants_of_a_state_name_become_its_official_name() {
    // The example writes Russia, Turkey and United Kingdom.
    let r = example_json(&[]);
    assert_eq!(
        r["countries"],
        json!([
            "Austria",
            "Brazil",
            "Chile",
            "Côte d'Ivoire",
            "Japan",
            "Russian Federation",
            "Türkiye",
            "United Kingdom of Great Britain and Northern Ireland"
        ])
    );
    let turkey = r["included"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["country"] == "Türkiye")
        .unwrap();
    assert_eq!(turkey["as_written"], "Turkey");
    assert_eq!(turkey["m49"], "792");
    // San Marino's reply does not validate: named by its State.
    assert_eq!(r["problems"]["invalid"][0]["country"], "San Marino");
    // Two spellings of one State are one State, and a name no list knows is said.
    let dir = tempfile::tempdir().unwrap();
    for (file, country, date) in [
        ("a.json", "Turkey", "2019-05-01"),
        ("b.json", "türkiye", "2019-06-01"),
        ("c.json", "Narnia", "2019-06-01"),
    ] {
        let mut reply: Value =
            serde_json::from_str(&fs::read_to_string(fixtures().join("austria.json")).unwrap())
                .unwrap();
        reply["respondent"]["country"] = json!(country);
        reply["respondent"]["date"] = json!(date);
        fs::write(dir.path().join(file), reply.to_string()).unwrap();
    }
    let output = qnr()
        .arg("report")
        .arg(dir.path())
        .args(["--format", "json"])
        .output()
        .unwrap();
    let r: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(r["countries"], json!(["Narnia", "Türkiye"]));
    assert_eq!(r["problems"]["duplicates"][0]["country"], "Türkiye");
    assert_eq!(r["problems"]["unplaced_names"][0]["name"], "Narnia");
    assert!(
        String::from_utf8_lossy(&output.stderr).contains(
            "warning: 1 State name not in the list of States, counted as written: Narnia"
        )
    );
}

#[test]
fn the_consent_to_publish_is_shown_and_the_publishable_replies_listed() {
    let r = example_json(&[]);
    assert_eq!(
        r["publishable"],
        json!([
            "Austria",
            "Brazil",
            "Côte d'Ivoire",
            "Japan",
            "Türkiye",
            "United Kingdom of Great Britain and Northern Ireland"
        ])
    );
    let chile = &r["included"][2];
    assert_eq!(
        (&chile["country"], &chile["publish"]),
        (&json!("Chile"), &json!(false))
    );
    let md = qnr()
        .arg("report")
        .arg(example("replies-2019"))
        .args(["--cutoff", "2019-08-09"])
        .output()
        .unwrap();
    let md = String::from_utf8(md.stdout).unwrap();
    assert!(md.contains("| Chile | 15 July 2019 | No |"), "{md}");
    assert!(md.contains("**Replies that may be published as received (6)**: Austria, Brazil,"));
}

#[test]
fn expected_states_give_the_response_rate_and_who_has_not_replied() {
    let dir = tempfile::tempdir().unwrap();
    let list = dir.path().join("invited.csv");
    fs::write(
        &list,
        "State,Region\nAustria,Europe\nTurkey,Europe\nBrazil,Americas\nPeru,Americas\nNarnia,Fable\n",
    )
    .unwrap();
    let r = example_json(&["--expected", list.to_str().unwrap()]);
    let response = &r["response"];
    assert_eq!(
        (&response["expected"], &response["replied"]),
        (&json!(5), &json!(3))
    );
    assert_eq!(response["not_replied"], json!(["Peru", "Narnia"]));
    assert_eq!(
        response["regions"][0],
        json!({"region": "Europe", "expected": 2, "replied": 2, "rate": 1.0})
    );
    assert_eq!(response["regions"][1]["replied"], 1);
    assert_eq!(r["included"][0]["region"], "Europe");
    // The built-in list: HONLEA Europe is the ECE's 56 members.
    let r = example_json(&["--expected", "un:europe"]);
    assert_eq!(r["response"]["expected"], 56);
    assert_eq!(r["response"]["replied"], 4);
    assert_eq!(
        r["response"]["not_expected"],
        json!(["Brazil", "Chile", "Côte d'Ivoire", "Japan"])
    );
    let md = qnr()
        .arg("report")
        .arg(example("replies-2019"))
        .args(["--cutoff", "2019-08-09", "--expected", "un:all"])
        .output()
        .unwrap();
    let md = String::from_utf8(md.stdout).unwrap();
    assert!(
        md.contains("Response: 8 of the 195 States expected to reply (4%)."),
        "{md}"
    );
    assert!(md.contains("**States that have not replied (187)**: Afghanistan, Albania,"));
    qnr()
        .arg("report")
        .arg(fixtures())
        .args(["--expected", "un:atlantis"])
        .assert()
        .code(2)
        .stderr(contains("un:africa, un:asia-pacific"));
    qnr()
        .arg("report")
        .arg(fixtures())
        .args(["--expected", "no-such-list.txt"])
        .assert()
        .code(2)
        .stderr(contains("no-such-list.txt"));
}

#[test]
fn the_last_round_is_compared_in_every_format() {
    let r = example_json(&["--previous", example("replies-2017").to_str().unwrap()]);
    let then = qnr()
        .arg("report")
        .arg(example("replies-2017"))
        .args(["--format", "json"])
        .output()
        .unwrap();
    let then: Value = serde_json::from_slice(&then.stdout).unwrap();
    let previous = &r["previous"];
    assert_eq!(previous["replies"], 7);
    assert_eq!(previous["gone"], json!(["Peru"]));
    assert_eq!(
        previous["new"],
        json!([
            "Côte d'Ivoire",
            "United Kingdom of Great Britain and Northern Ireland"
        ])
    );
    for (now, before) in r["recommendations"]
        .as_array()
        .unwrap()
        .iter()
        .zip(then["recommendations"].as_array().unwrap())
    {
        assert_eq!(now["previous"]["yes"], before["yes"], "{}", now["id"]);
    }
    // (Russian Federation then, Russia now: one State, so neither new nor gone.)
    let no_to_yes: usize = previous["states"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| s["changes"].as_array().unwrap())
        .filter(|c| c["change"] == "no_to_yes")
        .count();
    let listed: usize = r["recommendations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|rec| rec["previous"]["no_to_yes"].as_array().unwrap().len())
        .sum();
    assert_eq!(no_to_yes, listed);
    for (format, marker) in [
        ("md", "## Against the last round"),
        ("html", "<section id=\"previous\">"),
        ("csv", ",yes\r\n"),
    ] {
        let output = qnr()
            .arg("report")
            .arg(example("replies-2019"))
            .args(["--cutoff", "2019-08-09", "--format", format, "--previous"])
            .arg(example("replies-2017"))
            .output()
            .unwrap();
        let text = String::from_utf8(output.stdout).unwrap();
        assert!(text.contains(marker), "{format}");
    }
}

#[test]
fn the_report_speaks_the_chosen_language_throughout() {
    let dir = tempfile::tempdir().unwrap();
    let run = |lang: &str, out: &str| {
        let path = dir.path().join(out);
        qnr()
            .args(["--lang", lang, "report"])
            .arg(example("replies-2019"))
            .args(["--cutoff", "2019-08-09", "-o"])
            .arg(&path)
            .assert()
            .success();
        path
    };
    let html = fs::read_to_string(run("fr", "fr.html")).unwrap();
    assert!(html.contains("<html lang=\"fr\">"));
    assert!(html.contains(
        "<strong>8 États ont répondu</strong> dans le délai imparti, qui expirait le 9 août 2019."
    ));
    assert!(html.contains("Réponses par recommandation"));
    // French sets a no-break space before the colon after a State's name.
    assert!(html.contains("\u{a0}: la réponse"), "{html}");
    assert!(!html.contains("States replied") && !html.contains("Problems with"));
    let md = fs::read_to_string(run("es", "es.md")).unwrap();
    assert!(md.contains(
        "**8 Estados respondieron** dentro del plazo establecido, que vencía el 9 de agosto de 2019."
    ));
    assert!(md.contains("| Chile | 15 de julio de 2019 | No |"), "{md}");
    let md = fs::read_to_string(run("ru", "ru.md")).unwrap();
    assert!(
        md.contains(
            "**Ответы представили 8 государств** к установленному сроку (9 августа 2019\u{a0}г.)."
        ),
        "{md}"
    );
    assert!(md.contains("## Проблемы, выявленные в ответах"));
    // Word: the language of the text is set for spelling and screen readers.
    let docx = run("fr", "note.docx");
    let mut zip = zip::ZipArchive::new(fs::File::open(docx).unwrap()).unwrap();
    let mut styles = String::new();
    std::io::Read::read_to_string(&mut zip.by_name("word/styles.xml").unwrap(), &mut styles)
        .unwrap();
    assert!(styles.contains("<w:lang w:val=\"fr-FR\"/>"));
}
