//! Against the last round (`--previous`): the replies of the previous
//! round compiled the same way, then compared with this round's, State by
//! State and recommendation by recommendation.

use super::expected::Identity;
use super::states::by_name;
use super::{Included, Report};
use crate::reply::Choice;

/// What changed in one State's answer to one recommendation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Change {
    NoToYes,
    YesToNo,
    /// Answered now, not then (left open, or the State did not reply then
    /// to this recommendation).
    NewlyAnswered(Choice),
    /// Answered then, left open now (only drafts can).
    NoLongerAnswered(Choice),
}

/// One State's changes, recommendation by recommendation (schema order).
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct StateChanges {
    pub country: String,
    /// Which State it is, for the keys the JSON gives beside its name.
    pub identity: Identity,
    pub changes: Vec<(String, Change)>,
}

/// One recommendation then.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Then {
    pub yes: usize,
    /// Replies counted then.
    pub replies: usize,
}

/// This round against the last.
#[derive(Debug)]
pub(crate) struct Comparison {
    /// Replies counted in the last round.
    pub replies_then: usize,
    /// Per recommendation, in schema order (aligned with the tallies).
    pub recommendations: Vec<Then>,
    /// States that replied in both rounds and changed an answer, by name.
    pub states: Vec<StateChanges>,
    /// States that replied then but not now.
    pub gone: Vec<String>,
    /// States that reply now for the first time.
    pub new: Vec<String>,
    /// For each reply counted now (in [`Report::included`]'s order), the
    /// State's answers then, in schema order; `None` when it did not reply.
    answers_then: Vec<Option<Vec<Option<Choice>>>>,
}

impl Comparison {
    /// Compares `now` with `then` (both compiled from the same schema).
    pub(crate) fn between(now: &Report<'_>, then: &Report<'_>) -> Comparison {
        let schema = now.schema;
        let recommendations = schema
            .items()
            .map(|item| Then {
                yes: then
                    .included
                    .iter()
                    .filter(|i| answer(i, &item.recommendation.id) == Some(Choice::Yes))
                    .count(),
                replies: then.included.len(),
            })
            .collect();
        let mut states = Vec::new();
        let mut new = Vec::new();
        for inc in now.included.iter().filter(|i| named(i)) {
            let Some(before) = find(then, &inc.identity) else {
                new.push(inc.country.clone());
                continue;
            };
            let changes: Vec<(String, Change)> = schema
                .items()
                .filter_map(|item| {
                    let id = &item.recommendation.id;
                    let change = match (answer(before, id), answer(inc, id)) {
                        (Some(Choice::No), Some(Choice::Yes)) => Change::NoToYes,
                        (Some(Choice::Yes), Some(Choice::No)) => Change::YesToNo,
                        (None, Some(c)) => Change::NewlyAnswered(c),
                        (Some(c), None) => Change::NoLongerAnswered(c),
                        _ => return None,
                    };
                    Some((id.clone(), change))
                })
                .collect();
            if !changes.is_empty() {
                states.push(StateChanges {
                    country: inc.country.clone(),
                    identity: inc.identity.clone(),
                    changes,
                });
            }
        }
        let mut gone: Vec<String> = then
            .included
            .iter()
            .filter(|i| named(i) && find(now, &i.identity).is_none())
            .map(|i| i.country.clone())
            .collect();
        gone.sort_by_cached_key(|c| by_name(c));
        let answers_then = now
            .included
            .iter()
            .map(|inc| {
                named(inc)
                    .then(|| find(then, &inc.identity))
                    .flatten()
                    .map(|before| {
                        schema
                            .items()
                            .map(|item| answer(before, &item.recommendation.id))
                            .collect()
                    })
            })
            .collect();
        Comparison {
            answers_then,
            replies_then: then.included.len(),
            recommendations,
            states,
            gone,
            new,
        }
    }

    /// The answers then of the State whose reply is `n`th in the report
    /// now, in schema order.
    pub(crate) fn reply_then(&self, n: usize) -> Option<&Vec<Option<Choice>>> {
        self.answers_then.get(n)?.as_ref()
    }

    /// The States whose answer to the recommendation `id` changed so.
    pub(crate) fn moved(&self, id: &str, change: Change) -> Vec<&str> {
        self.states
            .iter()
            .filter(|s| s.changes.iter().any(|(i, c)| i == id && *c == change))
            .map(|s| s.country.as_str())
            .collect()
    }
}

/// A reply that names its State (one that does not cannot be compared).
fn named(inc: &Included) -> bool {
    inc.written.is_some()
}

/// The reply of the State `identity` in `report`.
fn find<'a>(report: &'a Report<'_>, identity: &Identity) -> Option<&'a Included> {
    report
        .included
        .iter()
        .find(|i| named(i) && &i.identity == identity)
}

fn answer(inc: &Included, id: &str) -> Option<Choice> {
    inc.reply.answer(id).and_then(|a| a.action_taken)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reply::{Answer, Reply};
    use crate::report::{Input, Options, Read, compile};
    use crate::schema::Schema;

    fn input(country: &str, answers: &[(&str, Option<Choice>)]) -> Input {
        let schema = Schema::honlea();
        let mut reply = Reply::empty(&schema);
        reply.set_field("country", country);
        reply.set_field("date", "2019-01-01");
        for (id, choice) in answers {
            reply.set_answer(id, Answer::new(*choice, None));
        }
        Input {
            file: format!("{country}.json"),
            read: Read::Reply {
                reply: Box::new(reply),
                error: None,
            },
        }
    }

    #[test]
    fn changes_state_by_state_and_who_came_and_went() {
        let schema = Schema::honlea();
        let then = compile(
            &schema,
            vec![
                input(
                    "Austria",
                    &[("I.1", Some(Choice::No)), ("I.2", Some(Choice::Yes))],
                ),
                input("Turkey", &[("I.1", Some(Choice::Yes))]),
                input("Chile", &[("I.1", Some(Choice::Yes))]),
            ],
            Options::default(),
        );
        let now = compile(
            &schema,
            vec![
                input(
                    "Austria",
                    &[
                        ("I.1", Some(Choice::Yes)),
                        ("I.2", Some(Choice::No)),
                        ("I.3", Some(Choice::No)),
                    ],
                ),
                input("Türkiye", &[("I.1", Some(Choice::Yes))]),
                input("Brazil", &[("I.1", Some(Choice::No))]),
            ],
            Options::default(),
        );
        let c = Comparison::between(&now, &then);
        assert_eq!(c.replies_then, 3);
        assert_eq!(c.recommendations[0], Then { yes: 2, replies: 3 });
        assert_eq!(
            c.states,
            [StateChanges {
                country: "Austria".into(),
                identity: Identity::of("Austria"),
                changes: vec![
                    ("I.1".into(), Change::NoToYes),
                    ("I.2".into(), Change::YesToNo),
                    ("I.3".into(), Change::NewlyAnswered(Choice::No)),
                ],
            }]
        );
        // Türkiye is Turkey: the same State, with no change.
        assert_eq!(c.gone, ["Chile"]);
        assert_eq!(c.new, ["Brazil"]);
        assert_eq!(c.moved("I.1", Change::NoToYes), ["Austria"]);
        // Austria (first now) replied then; Brazil (second) did not.
        assert_eq!(c.reply_then(0).unwrap()[0], Some(Choice::No));
        assert_eq!(c.reply_then(1), None);
    }
}
