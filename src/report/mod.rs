//! `qnr report`: many replies compiled into the figures and comments a
//! secretariat writes its note from. [`compile`] sorts what was read into
//! replies that count and problems that are listed (invalid, duplicate,
//! late, another questionnaire); the renderers (`md`, `html`, `csv`,
//! `json`) only lay the result out.

pub(crate) mod csv;
pub(crate) mod html;
pub(crate) mod json;
pub(crate) mod md;
mod problems;
mod svg;

use std::collections::HashMap;

use crate::reply::{Choice, Reply};
use crate::schema::{Role, Schema};
use crate::values::is_iso_date;

/// What reading one file gave.
#[derive(Debug)]
pub(crate) enum Read {
    /// The file could not be read, or not parsed into a reply at all.
    Unusable(FirstError),
    /// A reply, with its first error when it does not validate.
    Reply {
        reply: Box<Reply>,
        error: Option<FirstError>,
    },
}

/// The first error in a file, where it is.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub(crate) struct FirstError {
    pub message: String,
    pub line: Option<usize>,
    pub column: Option<usize>,
}

impl FirstError {
    /// Where the error is, as a prefix for its message: `line 3, column 7: `.
    pub(crate) fn place(&self) -> String {
        match (self.line, self.column) {
            (Some(l), Some(c)) => format!("line {l}, column {c}: "),
            (Some(l), None) => format!("line {l}: "),
            _ => String::new(),
        }
    }
}

/// One file as read.
#[derive(Debug)]
pub(crate) struct Input {
    pub file: String,
    pub read: Read,
}

/// What to keep.
#[derive(Clone, Debug, Default)]
pub(crate) struct Options {
    /// Replies dated after this ISO date are left out and listed.
    pub cutoff: Option<String>,
    /// Replies that do not validate count too (drafts).
    pub include_invalid: bool,
}

/// A reply that counts in the figures.
#[derive(Debug)]
pub(crate) struct Included {
    /// The country as the reply names it, or a stand-in naming the file.
    pub country: String,
    /// Whether the reply names its State (else `country` is the stand-in).
    pub named: bool,
    pub file: String,
    pub date: Option<String>,
    /// Whether it validated (only invalid ones with `--include-invalid`).
    pub valid: bool,
    pub reply: Reply,
}

/// A file that does not validate.
#[derive(Debug)]
pub(crate) struct Invalid {
    pub file: String,
    pub error: FirstError,
    /// Counted anyway (`--include-invalid` and the file held a reply).
    pub included: bool,
}

/// Two or more replies from one country: the latest counts.
#[derive(Debug)]
pub(crate) struct Duplicate {
    pub country: String,
    /// (file, date) of the reply that counts.
    pub kept: (String, Option<String>),
    /// (file, date) of those left out.
    pub dropped: Vec<(String, Option<String>)>,
}

/// A reply to another questionnaire.
#[derive(Debug)]
pub(crate) struct Other {
    pub file: String,
    pub questionnaire: String,
}

/// A reply dated after the cut-off (or without a date to compare).
#[derive(Debug)]
pub(crate) struct Late {
    pub file: String,
    pub country: String,
    pub date: Option<String>,
}

/// YES / NO / unanswered for one recommendation, as positions in
/// [`Report::included`] (so each group's States are already sorted).
#[derive(Debug, Default)]
pub(crate) struct Tally {
    pub yes: Vec<usize>,
    pub no: Vec<usize>,
    pub unanswered: Vec<usize>,
}

/// Counts summed over an issue's recommendations.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Counts {
    pub yes: usize,
    pub no: usize,
    pub unanswered: usize,
}

impl Counts {
    pub(crate) fn total(&self) -> usize {
        self.yes + self.no + self.unanswered
    }
}

impl Tally {
    pub(crate) fn counts(&self) -> Counts {
        Counts {
            yes: self.yes.len(),
            no: self.no.len(),
            unanswered: self.unanswered.len(),
        }
    }
}

/// The compiled report.
#[derive(Debug)]
pub(crate) struct Report<'s> {
    pub schema: &'s Schema,
    pub options: Options,
    /// Files read (every path given, problems included).
    pub files: usize,
    /// Sorted by country.
    pub included: Vec<Included>,
    pub latest_date: Option<String>,
    pub invalid: Vec<Invalid>,
    pub duplicates: Vec<Duplicate>,
    pub other: Vec<Other>,
    pub late: Vec<Late>,
    /// One per recommendation, in schema order.
    pub tallies: Vec<Tally>,
    /// One per issue, in schema order.
    pub issues: Vec<Counts>,
}

impl Report<'_> {
    /// The included replies' country names, sorted.
    pub(crate) fn countries(&self) -> impl Iterator<Item = &str> + '_ {
        self.included.iter().map(|i| i.country.as_str())
    }

    /// Whether anything needs the reader's attention.
    pub(crate) fn has_problems(&self) -> bool {
        !(self.invalid.is_empty()
            && self.duplicates.is_empty()
            && self.other.is_empty()
            && self.late.is_empty())
    }

    /// Files read that do not count.
    pub(crate) fn left_out(&self) -> usize {
        self.files - self.included.len()
    }

    /// How the report counts what it compiled, for its first sentence:
    /// "0 States replied" would hide that no reply names its State.
    pub(crate) fn headline(&self) -> Headline {
        let replies = self.included.len();
        let states = self.included.iter().filter(|i| i.named).count();
        if replies == 0 {
            Headline::NoReply
        } else if states == 0 {
            Headline::NoStateNamed {
                replies,
                no_country_field: self.schema.field_with(Role::Country).is_none(),
            }
        } else {
            Headline::States {
                states,
                unnamed: replies - states,
            }
        }
    }
}

/// The report's count of replies, in the cases its sentence must tell apart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Headline {
    /// No reply counts (every file left out, or none read).
    NoReply,
    /// Replies count but none names its State, for instance because the
    /// questionnaire has no field with `role = "country"`.
    NoStateNamed {
        replies: usize,
        no_country_field: bool,
    },
    /// `states` replies name their State; `unnamed` more name none.
    States { states: usize, unnamed: usize },
}

impl Headline {
    /// The sentence in plain words; the renderers add their emphasis
    /// around the part before the first `;`.
    pub(crate) fn text(self) -> (String, String) {
        let plural =
            |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
        match self {
            Headline::NoReply => ("No reply counts".into(), String::new()),
            Headline::NoStateNamed {
                replies,
                no_country_field,
            } => (
                format!(
                    "{}, none naming a State",
                    plural(replies, "reply", "replies")
                ),
                if no_country_field {
                    " (no respondent field of the questionnaire has the role \"country\")".into()
                } else {
                    String::new()
                },
            ),
            Headline::States { states, unnamed } => (
                format!("{} replied", plural(states, "State", "States")),
                if unnamed == 0 {
                    String::new()
                } else {
                    format!(", and {} naming none", plural(unnamed, "reply", "replies"))
                },
            ),
        }
    }
}

/// `n` of `total` as a whole percentage, for people.
pub(crate) fn percent(n: usize, total: usize) -> String {
    if total == 0 {
        "–".to_string()
    } else {
        format!("{:.0}%", n as f64 * 100.0 / total as f64)
    }
}

/// Compiles what was read.
pub(crate) fn compile(schema: &Schema, inputs: Vec<Input>, options: Options) -> Report<'_> {
    let files = inputs.len();
    let mut invalid = Vec::new();
    let mut other = Vec::new();
    let mut candidates = Vec::new();
    for input in inputs {
        match input.read {
            Read::Unusable(error) => invalid.push(Invalid {
                file: input.file,
                error,
                included: false,
            }),
            Read::Reply { reply, error } => {
                if let Some(q) = reply.questionnaire.as_deref().filter(|q| *q != schema.id) {
                    other.push(Other {
                        file: input.file,
                        questionnaire: q.to_string(),
                    });
                    continue;
                }
                let valid = error.is_none();
                if let Some(error) = error {
                    invalid.push(Invalid {
                        file: input.file.clone(),
                        error,
                        included: options.include_invalid,
                    });
                    if !options.include_invalid {
                        continue;
                    }
                }
                let date = reply
                    .field_with(schema, Role::Date)
                    .filter(|d| is_iso_date(d))
                    .map(str::to_string);
                let named = reply.field_with(schema, Role::Country);
                let country = named
                    .map(str::to_string)
                    .unwrap_or_else(|| format!("(no country: {})", input.file));
                candidates.push(Included {
                    named: named.is_some(),
                    country,
                    file: input.file,
                    date,
                    valid,
                    reply: *reply,
                });
            }
        }
    }
    let mut late = Vec::new();
    if let Some(cutoff) = &options.cutoff {
        candidates.retain_mut(|c| {
            let on_time = c.date.as_deref().is_some_and(|d| d <= cutoff.as_str());
            if !on_time {
                late.push(Late {
                    file: c.file.clone(),
                    country: c.country.clone(),
                    date: c.date.clone(),
                });
            }
            on_time
        });
    }
    let (mut included, duplicates) = one_per_country(candidates);
    included.sort_by(|a, b| sort_key(&a.country).cmp(&sort_key(&b.country)));
    late.sort_by(|a, b| sort_key(&a.country).cmp(&sort_key(&b.country)));
    let latest_date = included.iter().filter_map(|i| i.date.clone()).max();
    let tallies: Vec<Tally> = schema
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
        .collect();
    let mut issues = vec![Counts::default(); schema.issues.len()];
    for (item, tally) in schema.items().zip(&tallies) {
        let sum = &mut issues[item.issue_index];
        let c = tally.counts();
        sum.yes += c.yes;
        sum.no += c.no;
        sum.unanswered += c.unanswered;
    }
    Report {
        schema,
        options,
        files,
        included,
        latest_date,
        invalid,
        duplicates,
        other,
        late,
        tallies,
        issues,
    }
}

/// How countries are sorted: ignoring case, then as written.
fn sort_key(country: &str) -> (String, &str) {
    (country.to_lowercase(), country)
}

/// How two spellings of one country are matched: case and spacing aside.
fn country_key(country: &str) -> String {
    country
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Keeps the latest reply of each country (a later date of submission
/// wins; on the same date, or without dates, the file listed last), and
/// says which were left out.
fn one_per_country(candidates: Vec<Included>) -> (Vec<Included>, Vec<Duplicate>) {
    let mut groups: HashMap<String, Vec<Included>> = HashMap::new();
    let mut order = Vec::new();
    let mut kept = Vec::new();
    for c in candidates {
        if !c.named {
            // Nothing to match on: a draft without a name stands alone.
            kept.push(c);
            continue;
        }
        let key = country_key(&c.country);
        if !groups.contains_key(&key) {
            order.push(key.clone());
        }
        groups.entry(key).or_default().push(c);
    }
    let mut duplicates = Vec::new();
    for key in order {
        let Some(mut group) = groups.remove(&key) else {
            continue;
        };
        // Stable sort: equal dates keep the order the files were listed in.
        group.sort_by(|a, b| a.date.cmp(&b.date));
        let Some(latest) = group.pop() else { continue };
        if !group.is_empty() {
            duplicates.push(Duplicate {
                country: latest.country.clone(),
                kept: (latest.file.clone(), latest.date.clone()),
                dropped: group.into_iter().map(|g| (g.file, g.date)).collect(),
            });
        }
        kept.push(latest);
    }
    duplicates.sort_by(|a, b| sort_key(&a.country).cmp(&sort_key(&b.country)));
    (kept, duplicates)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reply::Answer;

    fn input(file: &str, country: Option<&str>, date: &str, i1: Option<Choice>) -> Input {
        let schema = Schema::honlea();
        let mut reply = Reply::empty(&schema);
        if let Some(c) = country {
            reply.set_field("country", c);
        }
        reply.set_field("date", date);
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
    fn the_later_reply_of_a_country_wins_and_on_the_same_day_the_later_file() {
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
        let dup = &report.duplicates[0];
        assert_eq!(dup.kept.0, "c.json");
        let dropped: Vec<&str> = dup.dropped.iter().map(|(f, _)| f.as_str()).collect();
        assert_eq!(dropped, ["b.json", "a.json"]);
        assert_eq!(report.tallies[0].counts().unanswered, 1);
    }

    #[test]
    fn countries_sort_ignoring_case_and_unnamed_drafts_stand_alone() {
        let schema = Schema::honlea();
        let report = compile(
            &schema,
            vec![
                input("1.json", Some("zambia"), "2019-01-01", Some(Choice::Yes)),
                input("2.json", Some("Albania"), "2019-01-01", Some(Choice::No)),
                input("3.json", None, "2019-01-01", None),
                input("4.json", None, "2019-01-02", None),
            ],
            Options::default(),
        );
        let names: Vec<&str> = report.countries().collect();
        assert_eq!(
            names,
            [
                "(no country: 3.json)",
                "(no country: 4.json)",
                "Albania",
                "zambia"
            ]
        );
        assert!(report.duplicates.is_empty());
        assert_eq!(
            report.issues[0],
            Counts {
                yes: 1,
                no: 1,
                unanswered: 2 + 4 * 2
            }
        );
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
                cutoff: Some("2024-06-30".into()),
                include_invalid: false,
            },
        );
        let names: Vec<&str> = report.countries().collect();
        assert_eq!(names, ["chile"]);
        assert_eq!(report.included[0].date.as_deref(), Some("2024-05-01"));
        assert_eq!(report.duplicates[0].dropped[0].0, "chile-1.json");
        assert_eq!(report.late[0].country, "Perú");
        assert_eq!(
            report.headline(),
            Headline::States {
                states: 1,
                unnamed: 0
            }
        );
        assert_eq!(report.headline().text().0, "1 State replied");
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
        let (count, why) = report.headline().text();
        assert_eq!(count, "2 replies, none naming a State");
        assert!(why.contains("role \"country\""), "{why}");

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
            unnamed.headline().text(),
            ("1 State replied".into(), ", and 1 reply naming none".into())
        );
        let none = compile(
            &schema,
            vec![reply_to(&schema, "a.json", Some("Chile"), "2024-09-01")],
            Options {
                cutoff: Some("2024-06-30".into()),
                include_invalid: false,
            },
        );
        assert_eq!(none.headline(), Headline::NoReply);
        assert_eq!(none.headline().text().0, "No reply counts");
    }

    #[test]
    fn without_a_valid_date_a_reply_cannot_be_on_time() {
        let schema = Schema::honlea();
        let report = compile(
            &schema,
            vec![input("x.json", Some("X"), "15/05/2019", Some(Choice::Yes))],
            Options {
                cutoff: Some("2019-08-09".into()),
                include_invalid: true,
            },
        );
        assert!(report.included.is_empty());
        assert_eq!(report.late[0].date, None);
        assert_eq!(percent(0, 0), "–");
        assert_eq!(percent(1, 3), "33%");
    }
}
