//! The States in `qnr report`, end to end: one State however a reply names
//! it, in any of the four languages; the official short name in the run's
//! language in every document; the stable keys (M49, ISO 3166-1 alpha-3)
//! in the JSON and the CSV, so runs in different languages join;
//! `--expected` and `--previous` matched across languages; and a name the
//! list does not know reported as written, escaped, and flagged.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::Output;

use serde_json::{Value, json};

use crate::support::forms::{examples, qnr};

/// Writes one reply per `(file, State as written, date)`, all answering as
/// the fixture Austria does.
fn replies(dir: &Path, states: &[(&str, &str, &str)]) -> PathBuf {
    let template = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/report/austria.json");
    let template: Value = serde_json::from_str(&fs::read_to_string(template).unwrap()).unwrap();
    fs::create_dir_all(dir).unwrap();
    for (file, country, date) in states {
        let mut reply = template.clone();
        reply["respondent"]["country"] = json!(country);
        reply["respondent"]["date"] = json!(date);
        fs::write(dir.join(file), reply.to_string()).unwrap();
    }
    dir.to_path_buf()
}

fn report(lang: &str, dir: &Path, args: &[&str]) -> Output {
    let output = qnr()
        .args(["--lang", lang, "report"])
        .arg(dir)
        .args(args)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    output
}

fn json_report(lang: &str, dir: &Path, args: &[&str]) -> Value {
    let output = report(lang, dir, &[args, &["--format", "json"]].concat());
    serde_json::from_slice(&output.stdout).unwrap()
}

/// The eight States of the example counted by the cut-off.
fn example(lang: &str, format: &str) -> String {
    let output = report(
        lang,
        &examples().join("replies-2019"),
        &["--cutoff", "2019-08-09", "--format", format],
    );
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn a_state_named_in_any_language_is_one_state() {
    let dir = tempfile::tempdir().unwrap();
    let dir = replies(
        dir.path(),
        &[
            ("a.json", "Turkey", "2019-04-01"),
            ("b.json", "Türkiye", "2019-05-01"),
            ("c.json", "Turquie", "2019-06-01"),
            ("d.json", "Россия", "2019-06-01"),
            ("e.json", "Federación de Rusia", "2019-05-01"),
        ],
    );
    let output = report("fr", &dir, &["--format", "json"]);
    let r: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(r["countries"], json!(["Fédération de Russie", "Türkiye"]));
    let duplicates = &r["problems"]["duplicates"];
    assert_eq!(duplicates[0]["country"], "Fédération de Russie");
    assert_eq!(duplicates[1]["country"], "Türkiye");
    assert!(
        duplicates[1]["kept"]["file"]
            .as_str()
            .unwrap()
            .ends_with("c.json")
    );
    assert_eq!(duplicates[1]["dropped"].as_array().unwrap().len(), 2);
    // Each is a name the list knows: nothing to warn about.
    assert_eq!(r["problems"]["unplaced_names"], json!([]));
    assert!(!String::from_utf8_lossy(&output.stderr).contains("avertissement"));
}

#[test]
fn state_names_are_in_the_run_language_in_every_document() {
    // The example writes Russia, Turkey and United Kingdom, in English.
    let names = |lang| {
        let r: Value = serde_json::from_str(&example(lang, "json")).unwrap();
        r["countries"].clone()
    };
    // Sorted as each language sorts its names.
    assert_eq!(
        names("fr"),
        json!([
            "Autriche",
            "Brésil",
            "Chili",
            "Côte d'Ivoire",
            "Fédération de Russie",
            "Japon",
            "Royaume-Uni de Grande-Bretagne et d'Irlande du Nord",
            "Türkiye"
        ])
    );
    assert_eq!(
        names("es"),
        json!([
            "Austria",
            "Brasil",
            "Chile",
            "Côte d'Ivoire",
            "Federación de Rusia",
            "Japón",
            "Reino Unido de Gran Bretaña e Irlanda del Norte",
            "Türkiye"
        ])
    );
    assert_eq!(
        names("ru"),
        json!([
            "Австрия",
            "Бразилия",
            "Кот-д'Ивуар",
            "Российская Федерация",
            "Соединенное Королевство Великобритании и Северной Ирландии",
            "Турция",
            "Чили",
            "Япония"
        ])
    );
    // (The comments, as written, may name States in English: the English
    // names looked for are ones they do not use.)
    for (lang, name, english) in [
        (
            "fr",
            "Royaume-Uni de Grande-Bretagne",
            "United Kingdom of Great Britain",
        ),
        ("fr", "Fédération de Russie", "Japan"),
        (
            "es",
            "Reino Unido de Gran Bretaña",
            "United Kingdom of Great Britain",
        ),
        ("es", "Federación de Rusia", "Japan"),
        (
            "ru",
            "Российская Федерация",
            "United Kingdom of Great Britain",
        ),
        ("ru", "Турция", "Türkiye"),
    ] {
        for format in ["md", "html"] {
            let text = example(lang, format);
            assert!(text.contains(name), "{lang} {format}: {name}");
            assert!(!text.contains(english), "{lang} {format}: {english}");
        }
        let dir = tempfile::tempdir().unwrap();
        let docx = dir.path().join("note.docx");
        report(
            lang,
            &examples().join("replies-2019"),
            &["--cutoff", "2019-08-09", "-o", docx.to_str().unwrap()],
        );
        let mut zip = zip::ZipArchive::new(fs::File::open(&docx).unwrap()).unwrap();
        let mut document = String::new();
        zip.by_name("word/document.xml")
            .unwrap()
            .read_to_string(&mut document)
            .unwrap();
        assert!(document.contains(name), "{lang} docx: {name}");
        assert!(!document.contains(english), "{lang} docx: {english}");
    }
}

/// `(m49, iso3)` of a JSON object with the State's keys.
fn keys(v: &Value) -> (String, String) {
    (
        v["m49"].as_str().unwrap().to_string(),
        v["iso3"].as_str().unwrap().to_string(),
    )
}

#[test]
fn json_and_csv_carry_keys_that_join_runs_in_different_languages() {
    let en: Value = serde_json::from_str(&example("en", "json")).unwrap();
    let ru: Value = serde_json::from_str(&example("ru", "json")).unwrap();
    let by_key = |r: &Value, list: &str| -> Vec<((String, String), String)> {
        let mut rows: Vec<_> = r[list]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| (keys(i), i["country"].as_str().unwrap().to_string()))
            .collect();
        rows.sort();
        rows
    };
    for list in ["included", "grid"] {
        let (en, ru) = (by_key(&en, list), by_key(&ru, list));
        let en_keys: Vec<_> = en.iter().map(|(k, _)| k).collect();
        let ru_keys: Vec<_> = ru.iter().map(|(k, _)| k).collect();
        assert_eq!(en_keys, ru_keys, "{list}");
        let turkey = ("792".to_string(), "TUR".to_string());
        let name = |rows: &[((String, String), String)]| {
            rows.iter().find(|(k, _)| *k == turkey).unwrap().1.clone()
        };
        assert_eq!((name(&en), name(&ru)), ("Türkiye".into(), "Турция".into()));
    }
    // The grid's answers join by key whatever the language.
    let answers = |r: &Value| {
        r["grid"]
            .as_array()
            .unwrap()
            .iter()
            .map(|g| (keys(g), g["answers"].clone()))
            .collect::<std::collections::BTreeMap<_, _>>()
    };
    assert_eq!(answers(&en), answers(&ru));

    let csv = example("ru", "csv");
    let mut reader = ::csv::Reader::from_reader(csv.trim_start_matches('\u{feff}').as_bytes());
    let header = reader.headers().unwrap().clone();
    let column = |name: &str| header.iter().position(|h| h == name).unwrap();
    let (country, m49, iso3) = (column("country"), column("m49"), column("iso3"));
    let rows: Vec<_> = reader.records().map(Result::unwrap).collect();
    let turkey: Vec<_> = rows.iter().filter(|r| &r[country] == "Турция").collect();
    assert_eq!(turkey.len(), 16, "one row per recommendation");
    assert!(turkey.iter().all(|r| &r[m49] == "792" && &r[iso3] == "TUR"));
    // Every State of the example is in the list: every row has its keys.
    assert!(rows.iter().all(|r| r[m49].len() == 3 && r[iso3].len() == 3));
}

#[test]
fn expected_and_previous_match_names_across_languages() {
    let tmp = tempfile::tempdir().unwrap();
    // This round names its States in English and French.
    let now = replies(
        &tmp.path().join("now"),
        &[
            ("austria.json", "Austria", "2019-06-01"),
            ("turquie.json", "Turquie", "2019-06-01"),
        ],
    );
    // The list of States invited is in French, the last round in Russian.
    let list = tmp.path().join("invités.txt");
    fs::write(&list, "Autriche\nTürkiye\nFédération de Russie\nPérou\n").unwrap();
    let then = replies(
        &tmp.path().join("then"),
        &[
            ("1.json", "Австрия", "2017-06-01"),
            ("2.json", "Турция", "2017-06-01"),
            ("3.json", "Перу", "2017-06-01"),
        ],
    );
    let r = json_report(
        "es",
        &now,
        &[
            "--expected",
            list.to_str().unwrap(),
            "--previous",
            then.to_str().unwrap(),
        ],
    );
    let response = &r["response"];
    assert_eq!(
        (&response["expected"], &response["replied"]),
        (&json!(4), &json!(2))
    );
    assert_eq!(
        response["not_replied"],
        json!(["Federación de Rusia", "Perú"])
    );
    let missing: Vec<_> = response["not_replied_states"]
        .as_array()
        .unwrap()
        .iter()
        .map(keys)
        .collect();
    assert_eq!(
        missing,
        [
            ("643".to_string(), "RUS".to_string()),
            ("604".to_string(), "PER".to_string())
        ]
    );
    assert_eq!(response["not_expected"], json!([]));
    // Австрия and Турция then are Austria and Turquie now.
    let previous = &r["previous"];
    assert_eq!(previous["replies"], 3);
    assert_eq!(previous["gone"], json!(["Perú"]));
    assert_eq!(previous["new"], json!([]));
    assert_eq!(r["problems"]["unplaced_names"], json!([]));
}

#[test]
fn a_name_the_list_does_not_know_is_reported_as_written_escaped_and_flagged() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = replies(
        tmp.path(),
        &[
            ("a.json", "Turquie", "2019-06-01"),
            ("b.json", "Narnia <b>&amp;", "2019-06-01"),
        ],
    );
    let output = report("fr", &dir, &["--format", "json"]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("avertissement") && stderr.contains("Narnia <b>&amp;"),
        "{stderr}"
    );
    let r: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(r["countries"], json!(["Narnia <b>&amp;", "Türkiye"]));
    let narnia = &r["included"][0];
    assert_eq!(
        (&narnia["m49"], &narnia["iso3"]),
        (&Value::Null, &Value::Null)
    );
    assert_eq!(
        r["problems"]["unplaced_names"][0]["name"],
        "Narnia <b>&amp;"
    );
    // The same name in every language, as written, and inert.
    for lang in ["ru", "es"] {
        let html = String::from_utf8(report(lang, &dir, &["--format", "html"]).stdout).unwrap();
        assert!(html.contains("Narnia &lt;b&gt;&amp;amp;"), "{lang}");
        assert!(!html.contains("<b>&amp;"), "{lang}");
    }
    let md = String::from_utf8(report("fr", &dir, &["--format", "md"]).stdout).unwrap();
    assert!(md.contains("Narnia \\<b\\>"), "{md}");
    assert!(!md.contains("<b>"), "{md}");
    // Listed under the problems, in words.
    assert!(
        md.lines()
            .any(|l| l.contains("Narnia \\<b\\>") && l.contains("ne figure pas dans la liste")),
        "{md}"
    );
    let csv = String::from_utf8(report("fr", &dir, &["--format", "csv"]).stdout).unwrap();
    assert!(csv.contains("Narnia <b>&amp;,2019-06-01"), "{csv}");
}
