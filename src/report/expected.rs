//! Who should reply (`--expected`): a list of States the secretariat gives
//! (one a line, or a CSV file with a region column), or a group of the
//! built-in list (`un:all`, `un:africa`, …). Against it the report gives
//! the response rate and the States that have not replied.

use super::states::{Group, by_name, directory, fold};
use crate::i18n::{current, t};

/// Where the list of States expected to reply comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Source {
    /// The built-in list: every State (`un:all`), the Member States only
    /// (`un:members`), or one HONLEA body's membership (`un:africa`).
    Un {
        group: Option<Group>,
        members_only: bool,
    },
    /// A file the secretariat wrote, named as given.
    File(String),
}

/// How a State is recognised: its place in the built-in list, or, for a
/// name the list does not know, the name folded.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Identity {
    Listed(usize),
    Named(String),
}

impl Identity {
    /// The State a written name stands for.
    pub(crate) fn of(written: &str) -> Identity {
        match directory().place(written) {
            Some(n) => Identity::Listed(n),
            None => Identity::Named(fold(written)),
        }
    }

    /// The name the report uses: the official short name in the run's
    /// language for a State of the list, else `written` as it stands.
    pub(crate) fn name(&self, written: &str) -> String {
        match self {
            Identity::Listed(n) => directory().states[*n].name(current()).to_string(),
            Identity::Named(_) => written.trim().to_string(),
        }
    }

    /// The stable keys of a State of the list, for machine outputs whose
    /// names follow the run's language: its M49 and ISO 3166 codes.
    pub(crate) fn codes(&self) -> Option<(&'static str, &'static str)> {
        match self {
            Identity::Listed(n) => {
                let state = &directory().states[*n];
                Some((state.m49.as_str(), state.iso3.as_str()))
            }
            Identity::Named(_) => None,
        }
    }
}

/// One State expected to reply.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct ExpectedState {
    pub identity: Identity,
    pub name: String,
    pub region: Option<String>,
}

/// The States expected to reply.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Expected {
    pub source: Source,
    pub states: Vec<ExpectedState>,
    /// Names in the file that the built-in list does not know (they are
    /// expected all the same, under the name as written).
    pub unplaced: Vec<String>,
}

/// What `--expected` says, before any file is read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Spec {
    Un {
        group: Option<Group>,
        members_only: bool,
    },
    File(std::path::PathBuf),
}

impl Spec {
    /// `un:all`, `un:members`, `un:GROUP`, or a file name. A `un:` that
    /// names no group is refused with the groups there are.
    pub(crate) fn parse(text: &str) -> Result<Spec, String> {
        let Some(group) = text.strip_prefix("un:") else {
            return Ok(Spec::File(text.into()));
        };
        match group.to_ascii_lowercase().as_str() {
            "all" => Ok(Spec::Un {
                group: None,
                members_only: false,
            }),
            "members" => Ok(Spec::Un {
                group: None,
                members_only: true,
            }),
            other => Group::from_code(other)
                .map(|g| Spec::Un {
                    group: Some(g),
                    members_only: false,
                })
                .ok_or_else(|| {
                    let codes: Vec<&str> = Group::ALL.iter().map(|g| g.code()).collect();
                    format!(
                        "no group `{other}` in the list of States; use un:all, un:members or un:{}",
                        codes.join(", un:")
                    )
                }),
        }
    }
}

impl Expected {
    /// A group of the built-in list, by name in the run's language.
    pub(crate) fn un(group: Option<Group>, members_only: bool) -> Expected {
        let d = directory();
        let lang = current();
        let mut states: Vec<ExpectedState> = d
            .members(group)
            .filter(|&n| !(members_only && d.states[n].observer))
            .map(|n| ExpectedState {
                identity: Identity::Listed(n),
                name: d.states[n].name(lang).to_string(),
                region: None,
            })
            .collect();
        states.sort_by_cached_key(|s| by_name(&s.name));
        Expected {
            source: Source::Un {
                group,
                members_only,
            },
            states,
            unplaced: Vec::new(),
        }
    }

    /// A list the secretariat wrote: one State a line (blank lines and
    /// lines starting with `#` skipped), or, for a `.csv` file, a table
    /// with a header whose State column is named `state`, `country` or
    /// `name` (else the first column) and whose optional region column is
    /// named `region` or `group`. A State listed twice counts once.
    pub(crate) fn from_file(name: &str, text: &str, csv: bool) -> Result<Expected, String> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let rows = if csv {
            csv_rows(text)?
        } else {
            text.lines()
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
                .map(|l| (l.to_string(), None))
                .collect()
        };
        let mut states: Vec<ExpectedState> = Vec::with_capacity(rows.len());
        let mut unplaced = Vec::new();
        for (written, region) in rows {
            let identity = Identity::of(&written);
            if states.iter().any(|s| s.identity == identity) {
                continue;
            }
            if matches!(identity, Identity::Named(_)) {
                unplaced.push(written.clone());
            }
            states.push(ExpectedState {
                name: identity.name(&written),
                identity,
                region,
            });
        }
        if states.is_empty() {
            return Err(t!("report-expected-no-state", path = name));
        }
        Ok(Expected {
            source: Source::File(name.to_string()),
            states,
            unplaced,
        })
    }

    /// Whether any State has a region (so the report gives rates by region).
    pub(crate) fn has_regions(&self) -> bool {
        self.states.iter().any(|s| s.region.is_some())
    }
}

const STATE_COLUMNS: [&str; 9] = [
    "state",
    "country",
    "name",
    "état",
    "etat",
    "pays",
    "estado",
    "país",
    "государство",
];
const REGION_COLUMNS: [&str; 6] = ["region", "group", "région", "groupe", "región", "регион"];

fn csv_rows(text: &str) -> Result<Vec<(String, Option<String>)>, String> {
    let mut reader = ::csv::ReaderBuilder::new()
        .flexible(true)
        .trim(::csv::Trim::All)
        .from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|e| t!("report-expected-csv-header", reason = e.to_string()))?
        .clone();
    let column = |names: &[&str]| {
        headers
            .iter()
            .position(|h| names.contains(&h.to_lowercase().as_str()))
    };
    let state = column(&STATE_COLUMNS).unwrap_or(0);
    let region = column(&REGION_COLUMNS);
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| t!("report-expected-csv", reason = e.to_string()))?;
        let Some(name) = record.get(state).filter(|n| !n.is_empty()) else {
            continue;
        };
        let region = region
            .and_then(|r| record.get(r))
            .filter(|r| !r.is_empty())
            .map(str::to_string);
        rows.push((name.to_string(), region));
    }
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn un_groups_and_their_aliases() {
        assert_eq!(
            Spec::parse("un:honlaf"),
            Ok(Spec::Un {
                group: Some(Group::Africa),
                members_only: false
            })
        );
        assert!(
            Spec::parse("un:atlantis")
                .unwrap_err()
                .contains("un:africa")
        );
        assert_eq!(
            Spec::parse("invited.txt"),
            Ok(Spec::File("invited.txt".into()))
        );
        assert_eq!(Expected::un(None, false).states.len(), 195);
        assert_eq!(Expected::un(None, true).states.len(), 193);
        let africa = Expected::un(Some(Group::Africa), false);
        assert!(africa.states.iter().any(|s| s.name == "Côte d'Ivoire"));
    }

    #[test]
    fn a_list_file_maps_variants_and_keeps_names_it_cannot_place() {
        let e = Expected::from_file(
            "invited.txt",
            "# invited\nTurkey\n\nTürkiye\nUK\nNarnia\n",
            false,
        )
        .unwrap();
        let names: Vec<&str> = e.states.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "Türkiye",
                "United Kingdom of Great Britain and Northern Ireland",
                "Narnia"
            ]
        );
        assert_eq!(e.unplaced, ["Narnia"]);
        assert!(Expected::from_file("empty.txt", "# nobody\n", false).is_err());
    }

    #[test]
    fn a_csv_file_gives_regions() {
        let e = Expected::from_file(
            "invited.csv",
            "\u{feff}Region,Country\nEurope,Austria\nAfrica,Ivory Coast\n",
            true,
        )
        .unwrap();
        assert_eq!(e.states[1].name, "Côte d'Ivoire");
        assert_eq!(e.states[1].region.as_deref(), Some("Africa"));
        assert!(e.has_regions());
    }
}
