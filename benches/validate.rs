//! Criterion benchmarks for the work `qnr validate` does per file: parse one
//! reply (bytes to reply model, in each format) and validate it (parse plus
//! every rule, then line and column for each finding). A realistic reply:
//! every field, sixteen answers with comments of a few paragraphs.
//!
//! cargo bench --bench validate

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use qnr::{Answer, Choice, Format, Reply, Schema, Strictness, check, load, write};

fn reply(schema: &Schema) -> Reply {
    let mut reply = Reply::empty(schema);
    for (id, value) in [
        ("country", "Republic of Example"),
        ("date", "2019-05-15"),
        ("contact", "A. Sample"),
        (
            "organization",
            "Chief Inspector, National Drug Control Agency",
        ),
        ("address", "1 Example Street"),
        ("telephone", "+00 123 456 789"),
        ("email", "focal.point@example.org"),
        ("publish", "yes"),
    ] {
        reply.set_field(id, value);
    }
    let paragraph = "The Ministry of Internal Affairs set up a working group on the use of the \
        Internet for drug trafficking, trained 240 officers in 2018 and amended the law on \
        narcotic drugs to allow the blocking of illegal content.";
    let comments = [paragraph; 3].join("\n\n");
    let ids: Vec<String> = schema.item_ids().map(String::from).collect();
    for (i, id) in ids.iter().enumerate() {
        let choice = if i % 3 == 0 { Choice::No } else { Choice::Yes };
        reply.set_answer(id, Answer::new(Some(choice), Some(&comments)));
    }
    reply
}

fn benches(c: &mut Criterion) {
    let schema = Schema::honlea();
    let valid = reply(&schema);
    let mut invalid = valid.clone();
    invalid.answers.shift_remove("II.4");
    invalid
        .respondent
        .insert("date".into(), "15/05/2019".into());
    for format in Format::ALL {
        let bytes = write(format, &valid, &schema);
        c.bench_function(&format!("parse one reply ({format})"), |b| {
            b.iter(|| load(format, black_box(&bytes), &schema))
        });
    }
    for (name, reply) in [("valid", &valid), ("invalid", &invalid)] {
        let bytes = write(Format::Json, reply, &schema);
        c.bench_function(&format!("validate one reply (json, {name})"), |b| {
            b.iter(|| {
                check(
                    "reply.json",
                    Format::Json,
                    black_box(&bytes),
                    &schema,
                    Strictness::default(),
                )
            })
        });
    }
    c.bench_function("load the embedded schema", |b| b.iter(Schema::honlea));
}

criterion_group!(validate, benches);
criterion_main!(validate);
