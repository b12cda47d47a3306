use super::*;
use crate::diagnostic::Code;
use crate::formats::{Format, check_written, load as load_format, write as write_reply};
use crate::reply::{Answer, Choice, Reply};

fn sample() -> Reply {
    let schema = Schema::honlea();
    let mut reply = Reply::empty(&schema);
    reply.set_field("country", "Republic of Example (sample data)");
    reply.set_field("date", "2019-05-15");
    reply.set_field("address", "1 Example Street, Example City");
    reply.set_field("publish", "yes");
    reply.set_answer(
        "I.1",
        Answer::new(
            Some(Choice::Yes),
            Some("First  paragraph\twith a tab.\n\n  Second, indented\nwith a break."),
        ),
    );
    reply.set_answer("I.2", Answer::new(Some(Choice::No), None));
    reply
}

#[test]
fn a_written_form_reads_back_to_the_same_reply() {
    let schema = Schema::honlea();
    let reply = sample();
    let bytes = write_reply(Format::Odt, &reply, &schema);
    let loaded = load_format(Format::Odt, &bytes, &schema);
    let unexpected: Vec<_> = loaded
        .diagnostics
        .iter()
        .filter(|d| d.code != Code::UnmarkedAnswer)
        .collect();
    assert!(unexpected.is_empty(), "{unexpected:?}");
    assert_eq!(loaded.reply.as_ref(), Some(&reply));
    assert_eq!(check_written(Format::Odt, &reply, &bytes, &schema), Ok(()));
    assert_eq!(
        bytes,
        write_reply(Format::Odt, &reply, &schema),
        "the same bytes every time"
    );
    assert_eq!(&bytes[30..38], b"mimetype");
}
