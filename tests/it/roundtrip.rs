//! Property: any reply survives JSON → TOML → YAML → JSON unchanged, field
//! for field, whatever its text (Unicode, quotes, control characters, markup,
//! blank lines, long paragraphs) and whatever ids it holds.

use proptest::prelude::*;
use qnr::{Answer, Choice, Reply, Schema};
use qnr::{Format, load, write};

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        ".*",
        "[a-zA-Z0-9 .,;:!?'\"#*>|`{}\\[\\]\\\\/-]{0,80}",
        "(\\PC{0,30}\n{1,3}){0,5}\\PC{0,30}",
        Just("\"\"\"\n'''\n---\n...\n- a\n# b\n: c\n  indented".to_string()),
        Just("yes".to_string()),
        Just("null".to_string()),
        Just("~".to_string()),
        "[\u{0}-\u{1f}\u{7f}-\u{9f}\u{2028}\u{2029}\u{feff} a]{0,20}",
        "(word ){0,400}",
    ]
}

fn choice() -> impl Strategy<Value = Option<Choice>> {
    prop_oneof![Just(None), Just(Some(Choice::Yes)), Just(Some(Choice::No))]
}

fn reply() -> impl Strategy<Value = Reply> {
    let schema = Schema::honlea();
    let ids: Vec<String> = schema.item_ids().map(String::from).collect();
    let fields: Vec<String> = schema.respondent.iter().map(|f| f.id.clone()).collect();
    (
        proptest::collection::vec((choice(), proptest::option::of(text())), ids.len()),
        proptest::collection::vec(proptest::option::of(text()), fields.len()),
        proptest::collection::vec(
            (
                "[A-Za-z0-9._ -]{1,12}",
                choice(),
                proptest::option::of(text()),
            ),
            0..3,
        ),
        proptest::option::of(("[a-z_]{1,10}", text())),
    )
        .prop_map(move |(answers, values, extra_answers, extra_field)| {
            let schema = Schema::honlea();
            let mut reply = Reply::empty(&schema);
            for (id, (choice, comments)) in ids.iter().zip(answers) {
                reply.set_answer(id, Answer::new(choice, comments.as_deref()));
            }
            for (id, value) in fields.iter().zip(values) {
                if let Some(value) = value {
                    reply.set_field(id, &value);
                }
            }
            for (id, choice, comments) in extra_answers {
                if !schema.has_item(&id) && !id.trim().is_empty() {
                    reply.set_answer(&id, Answer::new(choice, comments.as_deref()));
                }
            }
            if let Some((id, value)) = extra_field
                && schema.field(&id).is_none()
            {
                reply.set_field(&id, &value);
            }
            reply
        })
}

fn through(format: Format, reply: &Reply, schema: &Schema) -> Reply {
    let bytes = write(format, reply, schema);
    let loaded = load(format, &bytes, schema);
    assert!(
        !loaded.lossy,
        "{format} read back lossy: {:?}\n{}",
        loaded.diagnostics,
        String::from_utf8_lossy(&bytes)
    );
    loaded.reply.expect("written replies parse")
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn json_toml_yaml_json_is_the_identity(reply in reply()) {
        let schema = Schema::honlea();
        let toml = through(Format::Json, &reply, &schema);
        prop_assert_eq!(&toml, &reply);
        let yaml = through(Format::Toml, &toml, &schema);
        prop_assert_eq!(&yaml, &reply);
        let json = through(Format::Yaml, &yaml, &schema);
        prop_assert_eq!(&json, &reply);
        // Writing is deterministic: the same reply gives the same bytes.
        prop_assert_eq!(write(Format::Json, &json, &schema), write(Format::Json, &reply, &schema));
    }
}
