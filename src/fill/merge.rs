//! Edits made to the reply outside qnr while a session is open (a colleague
//! in a text editor, a second tool) are merged, never overwritten: a
//! three-way merge of what the file held when qnr last read or wrote it
//! (the base), what this session holds now (ours) and what the file holds
//! now (theirs), one respondent field or one recommendation at a time. A
//! part only one side changed takes that side's version; a part both
//! changed differently is a [`Conflict`] for the person to decide.

use crate::escape::terminal::one_line;
use crate::reply::{Answer, Reply};
use crate::schema::Schema;

use super::prompt::ConflictView;
use super::say;

/// One respondent field or one recommendation's answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Part {
    Field(String),
    Answer(String),
}

/// A part changed both here and outside, each differently.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Conflict {
    pub part: Part,
    pub ours: Side,
    pub theirs: Side,
}

/// One side's version of a part (`None`: empty or unanswered there).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Side {
    Field(Option<String>),
    Answer(Option<Answer>),
}

/// Which version of a conflicting part to keep.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Keep {
    /// What this session has.
    Ours,
    /// What the file has.
    Theirs,
}

/// The merge: the merged reply (conflicting parts as ours until decided),
/// the parts taken from outside, and the conflicts.
#[derive(Debug)]
pub(crate) struct Merged {
    pub reply: Reply,
    /// Parts that changed outside only, now taken into the session.
    pub taken: Vec<Part>,
    pub conflicts: Vec<Conflict>,
}

/// Merges `ours` and `theirs`, both changed from `base`.
pub(crate) fn merge(base: &Reply, ours: &Reply, theirs: &Reply) -> Merged {
    let mut reply = ours.clone();
    reply.questionnaire = theirs.questionnaire.clone().or(reply.questionnaire);
    reply.version = theirs.version.clone().or(reply.version);
    let mut taken = Vec::new();
    let mut conflicts = Vec::new();

    let field_ids = ids(&base.respondent, &ours.respondent, &theirs.respondent);
    for id in field_ids {
        let (b, o, t) = (base.field(&id), ours.field(&id), theirs.field(&id));
        match decide(b, o, t) {
            Decision::Ours => {}
            Decision::Theirs => {
                reply.set_field(&id, t.unwrap_or(""));
                taken.push(Part::Field(id));
            }
            Decision::Conflict => conflicts.push(Conflict {
                part: Part::Field(id),
                ours: Side::Field(o.map(str::to_string)),
                theirs: Side::Field(t.map(str::to_string)),
            }),
        }
    }

    let answer_ids = ids(&base.answers, &ours.answers, &theirs.answers);
    for id in answer_ids {
        let (b, o, t) = (base.answer(&id), ours.answer(&id), theirs.answer(&id));
        match decide(b, o, t) {
            Decision::Ours => {}
            Decision::Theirs => {
                reply.set_answer(&id, t.cloned().unwrap_or_default());
                taken.push(Part::Answer(id));
            }
            Decision::Conflict => conflicts.push(Conflict {
                part: Part::Answer(id),
                ours: Side::Answer(o.cloned()),
                theirs: Side::Answer(t.cloned()),
            }),
        }
    }
    Merged {
        reply,
        taken,
        conflicts,
    }
}

/// Applies the person's decision on `conflict` to `reply`.
pub(crate) fn settle(reply: &mut Reply, conflict: &Conflict, keep: Keep) {
    let side = match keep {
        Keep::Ours => &conflict.ours,
        Keep::Theirs => &conflict.theirs,
    };
    match (&conflict.part, side) {
        (Part::Field(id), Side::Field(value)) => {
            reply.set_field(id, value.as_deref().unwrap_or(""))
        }
        (Part::Answer(id), Side::Answer(answer)) => {
            reply.set_answer(id, answer.clone().unwrap_or_default());
        }
        // A conflict is built with sides of its part's kind.
        _ => {}
    }
}

impl Part {
    /// How the person knows the part: `Name of country (country)`,
    /// `Issue I, Recommendation 3 (I.3)`.
    pub(crate) fn name(&self, schema: &Schema) -> String {
        match self {
            Part::Field(id) => match schema.field(id) {
                Some(field) => format!("{} ({})", one_line(&field.label), one_line(id)),
                None => one_line(id),
            },
            Part::Answer(id) => one_line(&schema.item_name(id)),
        }
    }
}

impl Conflict {
    /// What the person is asked to decide, in words, made safe to show.
    pub(crate) fn view(&self, schema: &Schema, file: &str) -> ConflictView {
        ConflictView {
            file: file.to_string(),
            what: self.part.name(schema),
            ours: self.ours.describe(schema),
            theirs: self.theirs.describe(schema),
        }
    }
}

impl Side {
    fn describe(&self, schema: &Schema) -> String {
        match self {
            Side::Field(Some(value)) => say::quoted(&one_line(value)),
            Side::Field(None) => say::empty(),
            Side::Answer(None) => say::unanswered(),
            Side::Answer(Some(answer)) => {
                let choice = answer
                    .action_taken
                    .map_or_else(say::unanswered, |c| one_line(c.label(schema)));
                match &answer.comments {
                    Some(comment) => {
                        format!("{choice}, {}", say::quoted(&say::excerpt(comment, 60)))
                    }
                    None => choice,
                }
            }
        }
    }
}

enum Decision {
    Ours,
    Theirs,
    Conflict,
}

fn decide<T: PartialEq>(base: Option<T>, ours: Option<T>, theirs: Option<T>) -> Decision {
    if ours == theirs || theirs == base {
        Decision::Ours
    } else if ours == base {
        Decision::Theirs
    } else {
        Decision::Conflict
    }
}

/// Every key of the three maps, in first-seen order (ours, theirs, base).
fn ids<V>(
    base: &indexmap::IndexMap<String, V>,
    ours: &indexmap::IndexMap<String, V>,
    theirs: &indexmap::IndexMap<String, V>,
) -> Vec<String> {
    let mut all: indexmap::IndexSet<String> = indexmap::IndexSet::new();
    for key in ours.keys().chain(theirs.keys()).chain(base.keys()) {
        all.insert(key.clone());
    }
    all.into_iter().collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reply::Choice;

    fn yes(comment: &str) -> Answer {
        Answer::new(Some(Choice::Yes), Some(comment))
    }

    #[test]
    fn what_changed_on_one_side_only_is_kept_from_that_side() {
        let schema = Schema::honlea();
        let mut base = Reply::empty(&schema);
        base.set_field("country", "Narnia");
        base.set_answer("I.1", yes("Base."));
        let mut ours = base.clone();
        ours.set_answer("I.2", yes("Ours, typed here."));
        let mut theirs = base.clone();
        theirs.set_field("country", "Edited Outside");
        theirs.set_answer("II.3", yes("Edited outside qnr by a colleague."));
        theirs.set_answer("I.1", Answer::default());

        let merged = merge(&base, &ours, &theirs);
        assert!(merged.conflicts.is_empty(), "{:?}", merged.conflicts);
        let reply = merged.reply;
        assert_eq!(reply.field("country"), Some("Edited Outside"));
        assert_eq!(reply.answer("I.2"), Some(&yes("Ours, typed here.")));
        assert_eq!(
            reply.answer("II.3"),
            Some(&yes("Edited outside qnr by a colleague."))
        );
        assert_eq!(reply.answer("I.1"), None, "removed outside, untouched here");
        assert_eq!(
            merged.taken,
            [
                Part::Field("country".into()),
                Part::Answer("I.1".into()),
                Part::Answer("II.3".into())
            ]
        );
    }

    #[test]
    fn a_part_changed_on_both_sides_is_a_conflict_to_settle() {
        let schema = Schema::honlea();
        let base = Reply::empty(&schema);
        let mut ours = base.clone();
        ours.set_answer("I.3", yes("Ours."));
        let mut theirs = base.clone();
        theirs.set_answer("I.3", Answer::new(Some(Choice::No), Some("Theirs.")));
        let same = merge(&base, &ours, &ours);
        assert!(same.conflicts.is_empty(), "the same change is no conflict");

        let merged = merge(&base, &ours, &theirs);
        assert_eq!(merged.conflicts.len(), 1);
        let conflict = &merged.conflicts[0];
        assert_eq!(conflict.part, Part::Answer("I.3".into()));
        let mut reply = merged.reply.clone();
        assert_eq!(
            reply.answer("I.3"),
            Some(&yes("Ours.")),
            "ours until settled"
        );
        settle(&mut reply, conflict, Keep::Theirs);
        assert_eq!(
            reply.answer("I.3"),
            Some(&Answer::new(Some(Choice::No), Some("Theirs.")))
        );
        settle(&mut reply, conflict, Keep::Ours);
        assert_eq!(reply.answer("I.3"), Some(&yes("Ours.")));
    }
}
