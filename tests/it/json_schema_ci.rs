//! `qnr schema json-schema`: the exported schema is snapshotted (drift fails
//! CI), and a reply is valid for qnr (no error; warnings allowed) exactly when
//! it is valid for the exported JSON Schema, checked with the `jsonschema`
//! crate (format assertion on) over generated valid and invalid replies. The
//! corpus has no duplicate keys: JSON Schema cannot see them (docs/ci.md says so).

use jsonschema::{Draft, Validator};
use proptest::prelude::*;
use qnr::Format;
use qnr::{HONLEA_TOML, Schema};
use qnr::{Strictness, check};
use qnr::{json_schema, json_schema_text as to_text};
use serde_json::{Map, Value, json};

fn validator(schema: &Schema) -> Validator {
    jsonschema::options()
        .with_draft(Draft::Draft202012)
        .should_validate_formats(true)
        .build(&json_schema(schema))
        .expect("the exported schema compiles")
}

/// A second questionnaire that requires what HONLEA leaves optional:
/// comments on both answers, the contact person, the e-mail and the consent,
/// and a version that is also a JSON number with a regex character in it.
fn demanding() -> Schema {
    let text = HONLEA_TOML
        .replace("when_yes = \"expected\"", "when_yes = \"required\"")
        .replace("when_no = \"optional\"", "when_no = \"required\"")
        .replace("version = \"1\"", "version = \"2019.1\"")
        .replace(
            "label = \"Contact person\"",
            "label = \"Contact person\"\nrequired = true",
        )
        .replace("kind = \"email\"", "kind = \"email\"\nrequired = true")
        .replace("kind = \"yes-no\"", "kind = \"yes-no\"\nrequired = true");
    Schema::from_toml(&text, "demanding").expect("valid test schema")
}

/// Whether qnr finds no error in the reply.
fn qnr_valid(schema: &Schema, reply: &Value) -> bool {
    let bytes = serde_json::to_vec_pretty(reply).unwrap();
    check(
        "r.json",
        Format::Json,
        &bytes,
        schema,
        Strictness::default(),
    )
    .findings
    .valid()
}

fn agree(schema: &Schema, validator: &Validator, reply: &Value) -> Result<(), TestCaseError> {
    let ours = qnr_valid(schema, reply);
    let theirs = validator.is_valid(reply);
    prop_assert_eq!(
        ours,
        theirs,
        "qnr says valid={}, JSON Schema says valid={} for\n{}",
        ours,
        theirs,
        serde_json::to_string_pretty(reply).unwrap()
    );
    Ok(())
}

/// White space as `str::trim` sees it, and two characters it does not trim
/// (a zero-width space and a byte-order mark) that regex `\s` might.
fn padding() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop::sample::select(vec![
            "", " ", "\t", "\n", "\r", "\u{b}", "\u{c}", "\u{85}", "\u{a0}", "\u{2003}",
            "\u{2028}", "\u{3000}", "\u{200b}", "\u{feff}",
        ]),
        0..3,
    )
    .prop_map(|parts| parts.concat())
}

/// White space only: what qnr trims.
fn trimmed_padding() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop::sample::select(vec!["", " ", "\t", "\n", "\u{85}", "\u{a0}", "\u{3000}"]),
        0..3,
    )
    .prop_map(|parts| parts.concat())
}

/// `core` with white space around it that qnr trims away.
fn trimmed(core: impl Strategy<Value = String>) -> impl Strategy<Value = Value> {
    (trimmed_padding(), core, trimmed_padding())
        .prop_map(|(a, core, b)| Value::String(format!("{a}{core}{b}")))
}

fn padded(core: impl Strategy<Value = String>) -> impl Strategy<Value = Value> {
    (padding(), core, padding()).prop_map(|(a, core, b)| Value::String(format!("{a}{core}{b}")))
}

fn odd_value() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        Just(json!(true)),
        Just(json!(false)),
        Just(json!([])),
        Just(json!({})),
        Just(json!(["yes"])),
        (-3i64..2020).prop_map(|n| json!(n)),
        Just(json!(1.0)),
        Just(json!(2019.1)),
        Just(json!(-0.0)),
        Just(json!("")),
    ]
}

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-zA-Z ]{0,12}",
        Just("Republic of Example".to_string()),
        Just(String::new()),
        "\\PC{0,8}",
    ]
}

fn date() -> impl Strategy<Value = String> {
    prop_oneof![
        (0u32..10_000, 0u32..14, 0u32..33).prop_map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}")),
        prop::sample::select(vec![
            "2019-05-15",
            "2019-02-29",
            "2020-02-29",
            "1900-02-29",
            "2000-02-29",
            "0004-02-29",
            "0400-02-29",
            "0000-02-29",
            "0000-01-01",
            "0001-01-01",
            "9999-12-31",
            "2019-04-31",
            "2019-06-30",
            "2019-5-1",
            "15/05/2019",
            "２０１９-05-01",
            "2019-05-1５",
            "20190515",
            "2019-05-15T00:00:00Z",
            "",
        ])
        .prop_map(String::from),
    ]
}

fn email() -> impl Strategy<Value = String> {
    let local = prop_oneof![
        "[a-z0-9]{1,6}(\\.[a-z0-9+_!#-]{1,4}){0,2}",
        "[a-zé.+]{0,5}",
        Just("x".repeat(64)),
        Just("x".repeat(65)),
        Just("иван".to_string()),
        Just("a b".to_string()),
    ];
    let label = prop_oneof![
        "[a-z0-9][a-z0-9-]{0,5}",
        "[a-z-]{0,4}",
        Just("ü".to_string()),
        Just("y".repeat(63)),
        Just("y".repeat(64)),
    ];
    let tld = prop_oneof![
        "[a-z]{0,4}",
        "[a-z0-9]{2,3}",
        Just("xn--p1ai".to_string()),
        Just("xn--".to_string()),
        Just("рф".to_string()),
        Just("z".repeat(63)),
        Just("z".repeat(64)),
    ];
    let at = prop::sample::select(vec!["@", "@", "@", "@@", ""]);
    (local, at, prop::collection::vec(label, 0..5), tld).prop_map(|(local, at, labels, tld)| {
        let mut domain: Vec<String> = labels;
        domain.push(tld);
        format!("{local}{at}{}", domain.join("."))
    })
}

fn field_value(kind: &'static str) -> BoxedStrategy<Option<Value>> {
    let value: BoxedStrategy<Value> = match kind {
        "date" => prop_oneof![4 => padded(date()), 1 => odd_value()].boxed(),
        "email" => prop_oneof![4 => padded(email()), 1 => odd_value()].boxed(),
        "yes-no" => prop_oneof![
            4 => padded(prop::sample::select(vec!["yes", "no", "YES", "No", "y", ""]).prop_map(String::from)),
            1 => odd_value()
        ]
        .boxed(),
        _ => prop_oneof![4 => padded(text()), 1 => odd_value()].boxed(),
    };
    prop::option::weighted(0.85, value).boxed()
}

fn respondent(schema: &Schema) -> BoxedStrategy<Option<Value>> {
    let fields: Vec<(String, BoxedStrategy<Option<Value>>)> = schema
        .respondent
        .iter()
        .map(|f| {
            let kind = match f.kind {
                qnr::FieldKind::Date => "date",
                qnr::FieldKind::Email => "email",
                qnr::FieldKind::YesNo => "yes-no",
                qnr::FieldKind::Text => "text",
            };
            (f.id.clone(), field_value(kind))
        })
        .collect();
    let (ids, values): (Vec<String>, Vec<_>) = fields.into_iter().unzip();
    let object =
        (values, prop::option::weighted(0.1, "[a-z_-]{1,8}")).prop_map(move |(values, extra)| {
            let mut map = Map::new();
            for (id, value) in ids.iter().zip(values) {
                if let Some(value) = value {
                    map.insert(id.clone(), value);
                }
            }
            if let Some(extra) = extra {
                map.insert(extra, json!("x"));
            }
            Value::Object(map)
        });
    prop::option::weighted(0.95, prop_oneof![12 => object, 1 => odd_value()]).boxed()
}

fn answer() -> impl Strategy<Value = Value> {
    let choice = prop::option::weighted(
        0.9,
        prop_oneof![
            8 => prop::sample::select(vec!["yes", "no"]).prop_map(|c| json!(c)),
            1 => padded(prop::sample::select(vec!["yes", "no", "YES", "maybe", ""]).prop_map(String::from)),
            1 => odd_value(),
        ],
    );
    let comments = prop::option::weighted(
        0.7,
        prop_oneof![
            6 => "[a-z ]{0,30}".prop_map(Value::String),
            2 => padding().prop_map(Value::String),
            1 => Just(json!("word ".repeat(250))),
            1 => odd_value(),
        ],
    );
    let extra = prop::option::weighted(0.03, prop::sample::select(vec!["comment", "action", "x"]));
    let object = (choice, comments, extra).prop_map(|(choice, comments, extra)| {
        let mut map = Map::new();
        if let Some(choice) = choice {
            map.insert("action_taken".into(), choice);
        }
        if let Some(comments) = comments {
            map.insert("comments".into(), comments);
        }
        if let Some(extra) = extra {
            map.insert(extra.into(), json!("x"));
        }
        Value::Object(map)
    });
    prop_oneof![30 => object, 1 => odd_value()]
}

fn answers(schema: &Schema) -> BoxedStrategy<Option<Value>> {
    let ids: Vec<String> = schema.item_ids().map(String::from).collect();
    let n = ids.len();
    let items = (
        prop::collection::vec(prop::option::weighted(0.97, answer()), n),
        prop::option::weighted(0.05, prop::sample::select(vec!["ii.4", "V.1", "I.10", ""])),
    )
        .prop_map(move |(answers, extra)| {
            let mut map = Map::new();
            for (id, answer) in ids.iter().zip(answers) {
                if let Some(answer) = answer {
                    map.insert(id.clone(), answer);
                }
            }
            if let Some(extra) = extra {
                map.insert(extra.into(), json!({"action_taken": "no"}));
            }
            Value::Object(map)
        });
    prop::option::weighted(0.97, prop_oneof![20 => items, 1 => odd_value()]).boxed()
}

/// A reply qnr accepts, in the many ways it may be written (padding,
/// numbers for text, absent optional parts).
fn clean(schema: &Schema) -> BoxedStrategy<Value> {
    let fields: Vec<(String, BoxedStrategy<Option<Value>>)> = schema
        .respondent
        .iter()
        .map(|f| {
            let value: BoxedStrategy<Value> = match f.kind {
                // Values to be matched are written exactly; text is trimmed.
                qnr::FieldKind::Date => (1u32..10_000, 1u32..13, 1u32..29)
                    .prop_map(|(y, m, d)| json!(format!("{y:04}-{m:02}-{d:02}")))
                    .boxed(),
                qnr::FieldKind::Email => {
                    "[a-z0-9]{1,8}(\\.[a-z]{1,3})?@[a-z]{1,8}\\.(org|gov|xn--p1ai|рф)"
                        .prop_map(Value::String)
                        .boxed()
                }
                qnr::FieldKind::YesNo => prop::sample::select(vec!["yes", "no"])
                    .prop_map(|c| json!(c))
                    .boxed(),
                qnr::FieldKind::Text => prop_oneof![
                    4 => trimmed("[a-zA-Z][a-zA-Z ]{0,11}"),
                    1 => (0i64..1000).prop_map(|n| json!(n)),
                ]
                .boxed(),
            };
            let value = if f.required {
                value.prop_map(Some).boxed()
            } else {
                prop::option::weighted(0.7, value).boxed()
            };
            (f.id.clone(), value)
        })
        .collect();
    let (ids, values): (Vec<String>, Vec<_>) = fields.into_iter().unzip();
    let respondent = values.prop_map(move |values| {
        let map: Map<String, Value> = ids
            .iter()
            .zip(values)
            .filter_map(|(id, v)| v.map(|v| (id.clone(), v)))
            .collect();
        Value::Object(map)
    });
    let needs_comment = schema.comments.when_yes == qnr::CommentRule::Required;
    let item_ids: Vec<String> = schema.item_ids().map(String::from).collect();
    let n = item_ids.len();
    let comments = if needs_comment {
        "[a-z][a-z ]{0,20}".prop_map(Some).boxed()
    } else {
        prop::option::weighted(0.6, "[a-z][a-z ]{0,20}").boxed()
    };
    let one = (prop::sample::select(vec!["yes", "no"]), comments).prop_map(|(choice, comments)| {
        match comments {
            Some(c) => json!({"action_taken": choice, "comments": c}),
            None => json!({"action_taken": choice}),
        }
    });
    let answers = prop::collection::vec(one, n)
        .prop_map(move |answers| Value::Object(item_ids.iter().cloned().zip(answers).collect()));
    let id = schema.id.clone();
    let version = schema.version.clone();
    let version = prop::option::weighted(
        0.9,
        prop_oneof![
            3 => Just(json!(version)),
            1 => Just(serde_json::from_str(&version).unwrap_or(json!(version))),
        ],
    );
    (Just(json!(id)), version, respondent, answers)
        .prop_map(|(q, v, r, a)| {
            let mut map = Map::new();
            map.insert("questionnaire".into(), q);
            if let Some(v) = v {
                map.insert("version".into(), v);
            }
            map.insert("respondent".into(), r);
            map.insert("answers".into(), a);
            Value::Object(map)
        })
        .boxed()
}

/// A third of the time a clean reply as it is, otherwise with one part (a top-level
/// value, a respondent field or an answer) taken from a noisy reply.
fn reply(schema: &Schema) -> BoxedStrategy<Value> {
    let mut slots: Vec<Vec<String>> = ["questionnaire", "version", "respondent", "answers"]
        .iter()
        .map(|k| vec![k.to_string()])
        .collect();
    slots.extend(
        schema
            .respondent
            .iter()
            .map(|f| vec!["respondent".into(), f.id.clone()]),
    );
    slots.extend(
        schema
            .item_ids()
            .map(|id| vec!["answers".into(), id.to_string()]),
    );
    let n = slots.len();
    (clean(schema), noisy(schema), 0..n * 3 / 2)
        .prop_map(move |(mut clean, noisy, pick)| {
            if let Some(slot) = slots.get(pick) {
                let from = slot.iter().try_fold(&noisy, |v, k| v.get(k));
                let (last, parents) = slot.split_last().unwrap();
                let to = parents.iter().try_fold(&mut clean, |v, k| v.get_mut(k));
                if let Some(Value::Object(to)) = to {
                    match from {
                        Some(value) => to.insert(last.clone(), value.clone()),
                        None => to.remove(last),
                    };
                }
            }
            clean
        })
        .boxed()
}

/// A reply with something wrong, or odd, almost anywhere.
fn noisy(schema: &Schema) -> BoxedStrategy<Value> {
    let id = schema.id.clone();
    let version = schema.version.clone();
    let questionnaire = prop::option::weighted(
        0.95,
        prop_oneof![
            10 => Just(json!(id)),
            1 => padded(Just(id.clone())),
            1 => padded(prop::sample::select(vec!["HONLEA", "arq", ""]).prop_map(String::from)),
            1 => odd_value(),
        ],
    );
    let version_number: Value = serde_json::from_str(&version).unwrap_or(Value::Null);
    let version = prop::option::weighted(
        0.9,
        prop_oneof![
            10 => Just(json!(version)),
            1 => padded(Just(version.clone())),
            1 => Just(version_number),
            1 => padded(prop::sample::select(vec!["2", "1.0", "2019.10", ""]).prop_map(String::from)),
            1 => odd_value(),
        ],
    );
    let top_extra = prop::option::weighted(0.03, prop::sample::select(vec!["answer", "notes"]));
    (
        questionnaire,
        version,
        respondent(schema),
        answers(schema),
        top_extra,
    )
        .prop_map(|(questionnaire, version, respondent, answers, extra)| {
            let mut map = Map::new();
            let parts = [
                ("questionnaire", questionnaire),
                ("version", version),
                ("respondent", respondent),
                ("answers", answers),
            ];
            for (key, value) in parts {
                if let Some(value) = value {
                    map.insert(key.into(), value);
                }
            }
            if let Some(extra) = extra {
                map.insert(extra.into(), json!(null));
            }
            Value::Object(map)
        })
        .boxed()
}

/// The generator must make both kinds: a test that only ever sees invalid
/// replies would prove nothing.
#[test]
fn the_corpus_holds_valid_and_invalid_replies() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    for schema in [Schema::honlea(), demanding()] {
        let strategy = reply(&schema);
        let mut runner = TestRunner::deterministic();
        let (mut valid, mut invalid) = (0, 0);
        for _ in 0..400 {
            let value = strategy.new_tree(&mut runner).unwrap().current();
            if qnr_valid(&schema, &value) {
                valid += 1;
            } else {
                invalid += 1;
            }
        }
        assert!(
            valid >= 100 && invalid >= 100,
            "{}: {valid} valid, {invalid} invalid",
            schema.id
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1500))]

    #[test]
    fn honlea_replies_are_valid_for_qnr_exactly_when_valid_for_the_json_schema(
        reply in reply(&Schema::honlea())
    ) {
        thread_local!(static V: Validator = validator(&Schema::honlea()));
        V.with(|v| agree(&Schema::honlea(), v, &reply))?;
    }

    #[test]
    fn replies_to_a_demanding_schema_agree_too(reply in reply(&demanding())) {
        thread_local!(static V: Validator = validator(&demanding()));
        V.with(|v| agree(&demanding(), v, &reply))?;
    }
}

/// Cases a generator might reach only rarely, each checked both ways.
#[test]
fn edge_cases_agree() {
    let schema = Schema::honlea();
    let v = validator(&schema);
    let base = || -> Value {
        let answers: Map<String, Value> = schema
            .item_ids()
            .map(|id| (id.to_string(), json!({"action_taken": "no"})))
            .collect();
        json!({"questionnaire": "honlea", "version": "1",
               "respondent": {"country": "X", "date": "2019-05-15"}, "answers": answers})
    };
    let mut cases = vec![base()];
    let mut edit = |path: &[&str], value: Value| {
        let mut reply = base();
        let mut at = &mut reply;
        for key in &path[..path.len() - 1] {
            at = &mut at[*key];
        }
        at[path[path.len() - 1]] = value;
        cases.push(reply);
    };
    for value in [
        json!(1),
        json!(1.0),
        json!(10e-1),
        json!(2),
        json!(" 1\u{3000}"),
        json!("1\u{feff}"),
        json!("\u{85}"),
        json!(null),
        json!(true),
    ] {
        edit(&["version"], value);
    }
    for value in [
        json!("\u{2028}honlea\u{a0}"),
        json!("honlea\u{200b}"),
        json!(null),
        json!(""),
    ] {
        edit(&["questionnaire"], value);
    }
    for value in [
        json!("2000-02-29"),
        json!("2100-02-29"),
        json!("0000-03-01"),
        json!("\t2019-05-15 "),
        json!("2019-05-15\u{feff}"),
        json!("2019-05-15\n"),
        json!("0000-02-29"),
        json!("0004-02-29"),
        json!(20190515),
    ] {
        edit(&["respondent", "date"], value);
    }
    for value in [
        json!("a@b.org"),
        json!("иван@почта.рф"),
        json!("x@xn--p1ai.xn--p1ai"),
        json!("a@b.c"),
        json!("a@b"),
        json!("a..b@c.org"),
        json!(format!("{}@b.org", "é".repeat(248))),
        json!(format!("{}@b.org", "é".repeat(249))),
        json!("a@-b.org"),
        json!("a-.b@c.org"),
        json!("a@b.org."),
        json!(" "),
        json!(12),
        json!("a@b.org\n"),
        json!("a@b.org "),
        json!("a\u{200b}b@c.org"),
        json!("a€b@c.org"),
        json!("a@b.\u{1d400}\u{1d401}"),
        json!("a@b.\u{a1}\u{a1}"),
        json!("a@b.x\u{ffff}"),
        json!("a@b.xn--"),
        json!("a@b.xn--a"),
        json!("a@b.xn-a"),
        json!("a@b.o1"),
        json!("A.B-C@D-E.ORG"),
    ] {
        edit(&["respondent", "email"], value);
    }
    for value in [json!(" "), json!(1), json!(false), json!(" Chile\n")] {
        edit(&["respondent", "country"], value);
    }
    for value in [
        json!("yes"),
        json!(" yes"),
        json!("no\n"),
        json!(" "),
        json!("YES"),
    ] {
        edit(&["respondent", "publish"], value);
    }
    for value in [json!(" yes"), json!(""), json!(null), json!(true)] {
        edit(&["answers", "I.1", "action_taken"], value);
    }
    for value in [json!(7), json!([]), json!(" \n ")] {
        edit(&["answers", "I.1", "comments"], value);
    }
    for reply in &cases {
        agree(&schema, &v, reply).unwrap();
    }
}

#[test]
fn the_exported_schema_is_snapshotted() {
    insta::assert_snapshot!("honlea.schema.json", to_text(&Schema::honlea()));
}

#[test]
fn the_command_writes_the_same_schema() {
    let out = assert_cmd::Command::cargo_bin("qnr")
        .unwrap()
        .args(["schema", "json-schema"])
        .env_remove("QNR_SCHEMA")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert_eq!(String::from_utf8(out).unwrap(), to_text(&Schema::honlea()));
}
