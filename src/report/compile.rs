//! From the files read to the report: which replies count (one per State,
//! on time, valid unless drafts are asked for), which are left out and why,
//! the counts per recommendation and issue, and the response against the
//! States expected.

use std::collections::HashMap;

use super::expected::{Expected, Identity};
use super::states::by_name;
use super::{
    Counts, Dated, Duplicate, Included, Input, Invalid, IsoDate, IssueStates, Late, Options, Other,
    Read, Report, Response, Tally, Unplaced, words,
};
use crate::reply::{Choice, Reply};
use crate::schema::{Role, Schema};
use crate::values::FieldKind;

/// The respondent fields the report reads: the State, the date of
/// submission and the consent to publish.
struct Fields<'s> {
    country: Option<&'s str>,
    date: Option<&'s str>,
    consent: Option<&'s str>,
}

impl<'s> Fields<'s> {
    /// The State and the date by their roles, whatever their ids.
    fn of(schema: &'s Schema) -> Fields<'s> {
        let id = |role| schema.field_with(role).map(|f| f.id.as_str());
        Fields {
            country: id(Role::Country),
            date: id(Role::Date),
            // The questionnaire's yes-no field is its consent to publish.
            consent: schema
                .respondent
                .iter()
                .find(|f| f.kind == FieldKind::YesNo)
                .map(|f| f.id.as_str()),
        }
    }

    fn country<'r>(&self, reply: &'r Reply) -> Option<&'r str> {
        self.country
            .and_then(|id| reply.field(id))
            .filter(|c| !c.trim().is_empty())
    }
}

/// Compiles what was read.
pub(crate) fn compile(schema: &Schema, inputs: Vec<Input>, options: Options) -> Report<'_> {
    let fields = Fields::of(schema);
    let files = inputs.len();
    let mut invalid = Vec::new();
    let mut other = Vec::new();
    let mut candidates = Vec::new();
    for input in inputs {
        let (reply, error) = match input.read {
            Read::Unusable(error) => {
                invalid.push(Invalid {
                    file: input.file,
                    country: None,
                    error,
                    included: false,
                });
                continue;
            }
            Read::Reply { reply, error } => (reply, error),
        };
        let written = fields.country(&reply).map(str::to_string);
        let (identity, country, region) = place(written.as_deref(), &input.file, &options);
        if let Some(q) = reply.questionnaire.as_deref().filter(|q| *q != schema.id) {
            other.push(Other {
                file: input.file,
                country: written.as_ref().map(|_| country),
                questionnaire: q.to_string(),
            });
            continue;
        }
        let valid = error.is_none();
        if let Some(error) = error {
            invalid.push(Invalid {
                file: input.file.clone(),
                country: written.as_ref().map(|_| country.clone()),
                error,
                included: options.include_invalid,
            });
            if !options.include_invalid {
                continue;
            }
        }
        let date = fields
            .date
            .and_then(|id| reply.field(id))
            .and_then(IsoDate::parse);
        let consent = fields
            .consent
            .and_then(|id| reply.field(id))
            .and_then(Choice::parse)
            .map(|c| c == Choice::Yes);
        candidates.push(Included {
            country,
            written,
            identity,
            file: input.file,
            date,
            valid,
            consent,
            region,
            reply: *reply,
        });
    }
    let mut late = Vec::new();
    if let Some(cutoff) = options.cutoff {
        candidates.retain(|c| {
            let on_time = c.date.is_some_and(|d| d <= cutoff);
            if !on_time {
                late.push(Late {
                    file: c.file.clone(),
                    country: c.country.clone(),
                    date: c.date,
                });
            }
            on_time
        });
    }
    let (mut included, duplicates) = one_per_state(candidates);
    // Replies that name no State first, then States by name.
    included.sort_by_cached_key(|i| (i.written.is_some(), by_name(&i.country)));
    late.sort_by_cached_key(|l| by_name(&l.country));
    let unplaced = unplaced(&included, &options);
    let latest_date = included.iter().filter_map(|i| i.date).max();
    let earliest_date = included.iter().filter_map(|i| i.date).min();
    let tallies = tallies(schema, &included);
    let mut issues = vec![Counts::default(); schema.issues.len()];
    for (item, tally) in schema.items().zip(&tallies) {
        let sum = &mut issues[item.issue_index];
        let c = tally.counts();
        sum.yes += c.yes;
        sum.no += c.no;
        sum.unanswered += c.unanswered;
    }
    let issue_states = issue_states(schema, &included);
    let response = options
        .expected
        .as_ref()
        .map(|expected| response(expected, &included));
    Report {
        schema,
        files,
        included,
        latest_date,
        earliest_date,
        invalid,
        duplicates,
        other,
        late,
        unplaced,
        tallies,
        issues,
        issue_states,
        response,
        previous: None,
        asks_consent: fields.consent.is_some(),
        options,
    }
}

/// Who a reply is from: its identity, the name the report gives it, and
/// its region in the `--expected` list.
fn place(
    written: Option<&str>,
    file: &str,
    options: &Options,
) -> (Identity, String, Option<String>) {
    let Some(written) = written else {
        // Nothing to match on: a reply that names no State stands alone.
        return (
            Identity::Named(format!("\u{0}{file}")),
            words::unnamed_reply(file),
            None,
        );
    };
    let identity = Identity::of(written);
    let listed = options
        .expected
        .as_ref()
        .and_then(|e| e.states.iter().find(|s| s.identity == identity));
    match listed {
        Some(state) => (identity, state.name.clone(), state.region.clone()),
        None => {
            let name = identity.name(written);
            (identity, name, None)
        }
    }
}

/// The names the report cannot place: in neither the list of States nor
/// the `--expected` list.
fn unplaced(included: &[Included], options: &Options) -> Vec<Unplaced> {
    included
        .iter()
        .filter(|i| matches!(i.identity, Identity::Named(_)))
        .filter_map(|i| {
            let written = i.written.as_ref()?;
            let expected = options
                .expected
                .as_ref()
                .is_some_and(|e| e.states.iter().any(|s| s.identity == i.identity));
            (!expected).then(|| Unplaced {
                written: written.clone(),
                file: i.file.clone(),
            })
        })
        .collect()
}

fn tallies(schema: &Schema, included: &[Included]) -> Vec<Tally> {
    schema
        .items()
        .map(|item| {
            let mut tally = Tally::default();
            for (n, inc) in included.iter().enumerate() {
                match inc
                    .reply
                    .answer(&item.recommendation.id)
                    .and_then(|a| a.action_taken)
                {
                    Some(Choice::Yes) => tally.yes.push(n),
                    Some(Choice::No) => tally.no.push(n),
                    None => tally.unanswered.push(n),
                }
            }
            tally
        })
        .collect()
}

fn issue_states(schema: &Schema, included: &[Included]) -> Vec<IssueStates> {
    schema
        .issues
        .iter()
        .map(|issue| {
            let mut states = IssueStates::default();
            for inc in included {
                let yes = issue
                    .recommendations
                    .iter()
                    .filter(|r| {
                        inc.reply.answer(&r.id).and_then(|a| a.action_taken) == Some(Choice::Yes)
                    })
                    .count();
                match yes {
                    0 => states.none += 1,
                    n if n == issue.recommendations.len() => states.all += 1,
                    _ => states.some += 1,
                }
            }
            states
        })
        .collect()
}

fn response(expected: &Expected, included: &[Included]) -> Response {
    let replied_from = |identity: &Identity| included.iter().any(|i| &i.identity == identity);
    let missing: Vec<_> = expected
        .states
        .iter()
        .filter(|s| !replied_from(&s.identity))
        .cloned()
        .collect();
    let not_expected = included
        .iter()
        .filter(|i| i.written.is_some())
        .filter(|i| !expected.states.iter().any(|s| s.identity == i.identity))
        .map(|i| i.country.clone())
        .collect();
    let mut regions: Vec<(String, usize, usize)> = Vec::new();
    for state in &expected.states {
        let Some(region) = &state.region else {
            continue;
        };
        let replied = usize::from(replied_from(&state.identity));
        match regions.iter_mut().find(|(r, _, _)| r == region) {
            Some(row) => {
                row.1 += 1;
                row.2 += replied;
            }
            None => regions.push((region.clone(), 1, replied)),
        }
    }
    Response {
        expected: expected.states.len(),
        replied: expected.states.len() - missing.len(),
        missing,
        not_expected,
        regions,
    }
}

/// Keeps the latest reply of each State (a later date of submission wins;
/// on the same date, or without dates, the file listed last), and says
/// which were left out.
fn one_per_state(candidates: Vec<Included>) -> (Vec<Included>, Vec<Duplicate>) {
    let mut groups: HashMap<Identity, Vec<Included>> = HashMap::new();
    let mut order = Vec::new();
    for c in candidates {
        if !groups.contains_key(&c.identity) {
            order.push(c.identity.clone());
        }
        groups.entry(c.identity.clone()).or_default().push(c);
    }
    let mut kept = Vec::with_capacity(order.len());
    let mut duplicates = Vec::new();
    for identity in order {
        let Some(mut group) = groups.remove(&identity) else {
            continue;
        };
        // Stable sort: equal dates keep the order the files were listed in.
        group.sort_by_key(|g| g.date);
        let Some(latest) = group.pop() else { continue };
        if !group.is_empty() {
            duplicates.push(Duplicate {
                country: latest.country.clone(),
                kept: Dated {
                    file: latest.file.clone(),
                    date: latest.date,
                },
                dropped: group
                    .into_iter()
                    .map(|g| Dated {
                        file: g.file,
                        date: g.date,
                    })
                    .collect(),
            });
        }
        kept.push(latest);
    }
    duplicates.sort_by_cached_key(|d| by_name(&d.country));
    (kept, duplicates)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reply::Answer;
    use crate::report::{FirstError, Headline};

    fn input(file: &str, country: Option<&str>, date: &str, i1: Option<Choice>) -> Input {
        let schema = Schema::honlea();
        let mut reply = Reply::empty(&schema);
        if let Some(c) = country {
            reply.set_field("country", c);
        }
        reply.set_field("date", date);
        reply.set_field("publish", "yes");
        reply.set_answer("I.1", Answer::new(i1, None));
        Input {
            file: file.to_string(),
            read: Read::Reply {
                reply: Box::new(reply),
                error: None,
            },
        }
    }

    #[test]
    fn the_later_reply_of_a_state_wins_and_on_the_same_day_the_later_file() {
        let schema = Schema::honlea();
        let report = compile(
            &schema,
            vec![
                input("b.json", Some("chile"), "2019-05-01", Some(Choice::Yes)),
                input("a.json", Some("Chile"), "2019-06-01", Some(Choice::No)),
                input("c.json", Some(" CHILE "), "2019-06-01", None),
            ],
            Options::default(),
        );
        assert_eq!(report.included.len(), 1);
        assert_eq!(report.included[0].file, "c.json");
        assert_eq!(report.included[0].country, "Chile");
        assert_eq!(report.included[0].consent, Some(true));
        let dup = &report.duplicates[0];
        assert_eq!(dup.kept.file, "c.json");
        let dropped: Vec<&str> = dup.dropped.iter().map(|d| d.file.as_str()).collect();
        assert_eq!(dropped, ["b.json", "a.json"]);
        assert_eq!(report.tallies[0].counts().unanswered, 1);
    }

    #[test]
    fn variants_of_a_name_are_one_state_under_its_official_name() {
        let schema = Schema::honlea();
        let report = compile(
            &schema,
            vec![
                input("1.json", Some("Turkey"), "2019-01-01", Some(Choice::No)),
                input("2.json", Some("Türkiye"), "2019-02-01", Some(Choice::Yes)),
                input("3.json", Some("UK"), "2019-01-01", Some(Choice::Yes)),
                input("4.json", Some("Narnia"), "2019-01-01", Some(Choice::Yes)),
            ],
            Options::default(),
        );
        let names: Vec<&str> = report.countries().collect();
        assert_eq!(
            names,
            [
                "Narnia",
                "Türkiye",
                "United Kingdom of Great Britain and Northern Ireland"
            ]
        );
        assert_eq!(report.duplicates[0].country, "Türkiye");
        assert_eq!(report.unplaced.len(), 1);
        assert_eq!(report.unplaced[0].written, "Narnia");
    }

    #[test]
    fn states_sort_ignoring_case_and_accents_and_unnamed_replies_stand_alone() {
        let schema = Schema::honlea();
        let report = compile(
            &schema,
            vec![
                input("1.json", Some("zambia"), "2019-01-01", Some(Choice::Yes)),
                input(
                    "2.json",
                    Some("Côte d'Ivoire"),
                    "2019-01-01",
                    Some(Choice::No),
                ),
                input("3.json", None, "2019-01-01", None),
                input("4.json", None, "2019-01-02", None),
                input(
                    "5.json",
                    Some("Costa Rica"),
                    "2019-01-01",
                    Some(Choice::Yes),
                ),
            ],
            Options::default(),
        );
        let names: Vec<&str> = report.countries().collect();
        assert_eq!(names[2..], ["Costa Rica", "Côte d'Ivoire", "Zambia"]);
        assert!(names[0].contains("3.json") && names[1].contains("4.json"));
        assert!(report.duplicates.is_empty());
        assert_eq!(
            report.issues[0],
            Counts {
                yes: 2,
                no: 1,
                unanswered: 2 + 5 * 2
            }
        );
        // Issue I counted in States: nobody answered all three YES.
        assert_eq!(
            report.issue_states[0],
            IssueStates {
                all: 0,
                some: 2,
                none: 3
            }
        );
    }

    #[test]
    fn without_a_valid_date_a_reply_cannot_be_on_time() {
        let schema = Schema::honlea();
        let report = compile(
            &schema,
            vec![input("x.json", Some("X"), "15/05/2019", Some(Choice::Yes))],
            Options {
                cutoff: IsoDate::parse("2019-08-09"),
                include_invalid: true,
                expected: None,
            },
        );
        assert!(report.included.is_empty());
        assert_eq!(report.late[0].date, None);
        assert_eq!(crate::report::words::percent(0, 0), "–");
        assert_eq!(crate::report::words::percent(1, 3), "33%");
    }

    #[test]
    fn the_response_is_measured_against_the_states_expected() {
        let schema = Schema::honlea();
        let expected = Expected::from_file(
            "invited.csv",
            "state,region\nAustria,Europe\nRussia,Europe\nBrazil,Americas\nNarnia,Fable\n",
            true,
        )
        .unwrap();
        let report = compile(
            &schema,
            vec![
                input(
                    "1.json",
                    Some("Russian Federation"),
                    "2019-01-01",
                    Some(Choice::Yes),
                ),
                input("2.json", Some("narnia"), "2019-01-01", Some(Choice::Yes)),
                input("3.json", Some("Chile"), "2019-01-01", Some(Choice::Yes)),
            ],
            Options {
                expected: Some(expected),
                ..Options::default()
            },
        );
        let response = report.response.as_ref().unwrap();
        assert_eq!((response.expected, response.replied), (4, 2));
        let missing: Vec<&str> = response.missing.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(missing, ["Austria", "Brazil"]);
        assert_eq!(response.not_expected, ["Chile"]);
        assert_eq!(
            response.regions,
            [
                ("Europe".to_string(), 2, 1),
                ("Americas".to_string(), 1, 0),
                ("Fable".to_string(), 1, 1)
            ]
        );
        // The list knows Narnia under the name it gives: not a name to warn about.
        assert!(report.unplaced.is_empty());
        assert_eq!(report.included[1].country, "Narnia");
        assert_eq!(report.included[2].region.as_deref(), Some("Europe"));
    }

    /// A schema whose State and date are `pais` and `fecha`.
    fn honlac() -> Schema {
        Schema::from_toml(
            include_str!("../../tests/data/schemas/honlac.toml"),
            "honlac.toml",
        )
        .unwrap()
    }

    fn reply_to(schema: &Schema, file: &str, pais: Option<&str>, fecha: &str) -> Input {
        let mut reply = Reply::empty(schema);
        if let Some(p) = pais {
            reply.set_field("pais", p);
        }
        reply.set_field("fecha", fecha);
        Input {
            file: file.to_string(),
            read: Read::Reply {
                reply: Box::new(reply),
                error: None,
            },
        }
    }

    #[test]
    fn states_dates_and_duplicates_come_from_the_roles_whatever_the_ids() {
        let schema = honlac();
        let report = compile(
            &schema,
            vec![
                reply_to(&schema, "chile-1.json", Some("Chile"), "2024-03-01"),
                reply_to(&schema, "chile-2.json", Some("chile"), "2024-05-01"),
                reply_to(&schema, "peru.json", Some("Perú"), "2024-07-15"),
            ],
            Options {
                cutoff: IsoDate::parse("2024-06-30"),
                ..Options::default()
            },
        );
        let names: Vec<&str> = report.countries().collect();
        assert_eq!(names, ["Chile"]);
        assert_eq!(report.included[0].date, IsoDate::parse("2024-05-01"));
        assert_eq!(report.duplicates[0].dropped[0].file, "chile-1.json");
        assert_eq!(report.late[0].country, "Peru");
        assert_eq!(
            report.headline(),
            Headline::States {
                states: 1,
                unnamed: 0
            }
        );
    }

    #[test]
    fn a_report_where_no_reply_names_a_state_says_so() {
        let mut schema = honlac();
        for field in &mut schema.respondent {
            field.role = None;
        }
        let report = compile(
            &schema,
            vec![
                reply_to(&schema, "a.json", Some("Chile"), "2024-03-01"),
                reply_to(&schema, "b.json", Some("Perú"), "2024-03-01"),
            ],
            Options::default(),
        );
        assert_eq!(
            report.headline(),
            Headline::NoStateNamed {
                replies: 2,
                no_country_field: true
            }
        );
        let schema = honlac();
        let unnamed = compile(
            &schema,
            vec![
                reply_to(&schema, "a.json", None, "2024-03-01"),
                reply_to(&schema, "b.json", Some("Perú"), "2024-03-01"),
            ],
            Options::default(),
        );
        assert_eq!(
            unnamed.headline(),
            Headline::States {
                states: 1,
                unnamed: 1
            }
        );
        let none = compile(
            &schema,
            vec![reply_to(&schema, "a.json", Some("Chile"), "2024-09-01")],
            Options {
                cutoff: IsoDate::parse("2024-06-30"),
                ..Options::default()
            },
        );
        assert_eq!(none.headline(), Headline::NoReply);
    }

    #[test]
    fn an_invalid_reply_is_named_by_its_state() {
        let schema = Schema::honlea();
        let mut broken = input("sm.json", Some("San Marino"), "2019-01-01", None);
        if let Read::Reply { error, .. } = &mut broken.read {
            *error = Some(FirstError::whole_file("an answer is missing"));
        }
        let report = compile(&schema, vec![broken], Options::default());
        assert_eq!(report.invalid[0].country.as_deref(), Some("San Marino"));
        assert!(report.included.is_empty());
    }
}
