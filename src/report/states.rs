//! Which State a reply is from. Replies write names as people do
//! ("Turkey", "UK", "Cote d'Ivoire"); the report names each State once, by
//! its official short name, from the built-in list of the United Nations'
//! Member States and observer States (`data/un-states.csv`, which names its
//! sources), so that two spellings of one State are one State.

use std::collections::HashMap;
use std::sync::OnceLock;

/// The list, as data: one State a row, its sources in the file's header.
const UN_STATES: &str = include_str!("../../data/un-states.csv");

/// A regional group as the HONLEA bodies draw them (the members of a UN
/// regional commission, or of the Near and Middle East Subcommission).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Group {
    Africa,
    AsiaPacific,
    LatinAmericaCaribbean,
    Europe,
    NearMiddleEast,
}

impl Group {
    pub(crate) const ALL: [Group; 5] = [
        Group::Africa,
        Group::AsiaPacific,
        Group::LatinAmericaCaribbean,
        Group::Europe,
        Group::NearMiddleEast,
    ];

    /// The name in the data file and after `un:` on the command line.
    pub(crate) fn code(self) -> &'static str {
        match self {
            Group::Africa => "africa",
            Group::AsiaPacific => "asia-pacific",
            Group::LatinAmericaCaribbean => "latin-america-caribbean",
            Group::Europe => "europe",
            Group::NearMiddleEast => "near-middle-east",
        }
    }

    /// The group a code names, with the HONLEA bodies' own short names
    /// (`honlaf`, `honlap`, `honlac`, `honeur`, `subcom`) as aliases.
    pub(crate) fn from_code(code: &str) -> Option<Group> {
        let code = code.to_ascii_lowercase();
        let alias = match code.as_str() {
            "honlaf" => Some(Group::Africa),
            "honlap" | "asia" => Some(Group::AsiaPacific),
            "honlac" | "latin-america" | "americas" => Some(Group::LatinAmericaCaribbean),
            "honeur" => Some(Group::Europe),
            "subcom" | "near-east" | "middle-east" => Some(Group::NearMiddleEast),
            _ => None,
        };
        alias.or_else(|| Group::ALL.into_iter().find(|g| g.code() == code))
    }
}

/// One State of the list.
#[derive(Debug)]
pub(crate) struct State {
    /// The UN Statistics Division's M49 code, three digits: `040`.
    pub m49: String,
    /// A non-member observer State (the Holy See, the State of Palestine).
    pub observer: bool,
    pub groups: Vec<Group>,
    /// The official short name in English.
    pub name: String,
}

/// The States and every way of writing them that the list knows.
#[derive(Debug)]
pub(crate) struct Directory {
    pub states: Vec<State>,
    /// Folded name or variant → position in `states`.
    by_key: HashMap<String, usize>,
}

/// The built-in list, read once.
pub(crate) fn directory() -> &'static Directory {
    static DIRECTORY: OnceLock<Directory> = OnceLock::new();
    DIRECTORY.get_or_init(|| Directory::read(UN_STATES))
}

impl Directory {
    /// Reads the data file. It is embedded and checked by a test, so a row
    /// it cannot read is a bug in the file, and is skipped.
    fn read(data: &str) -> Directory {
        let mut reader = ::csv::ReaderBuilder::new()
            .comment(Some(b'#'))
            .from_reader(data.as_bytes());
        let mut states = Vec::new();
        let mut by_key = HashMap::new();
        for row in reader.records().flatten() {
            let (Some(m49), Some(iso3), Some(status), Some(groups), Some(name), Some(variants)) = (
                row.get(0),
                row.get(1),
                row.get(2),
                row.get(3),
                row.get(4),
                row.get(5),
            ) else {
                continue;
            };
            let n = states.len();
            for written in std::iter::once(name).chain(variants.split('|')) {
                if !written.is_empty() {
                    by_key.entry(fold(written)).or_insert(n);
                }
            }
            by_key.entry(iso3.to_ascii_lowercase()).or_insert(n);
            states.push(State {
                m49: m49.to_string(),
                observer: status == "observer",
                groups: groups
                    .split_whitespace()
                    .filter_map(Group::from_code)
                    .collect(),
                name: name.to_string(),
            });
        }
        Directory { states, by_key }
    }

    /// The State a name written in a reply stands for, if the list knows it.
    pub(crate) fn place(&self, written: &str) -> Option<usize> {
        self.by_key.get(&fold(written)).copied()
    }

    /// The members of a group, in the list's order.
    pub(crate) fn members(&self, group: Option<Group>) -> impl Iterator<Item = usize> + '_ {
        self.states
            .iter()
            .enumerate()
            .filter(move |(_, s)| group.is_none_or(|g| s.groups.contains(&g)))
            .map(|(n, _)| n)
    }
}

/// A name as it is compared: lower case, accents and the dots and
/// apostrophes of abbreviations gone, other punctuation a space, spaces
/// single, a leading "the" dropped. `Côte d’Ivoire` and `cote d'ivoire`
/// fold alike, and so do `U.K.` and `uk`.
pub(crate) fn fold(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars().flat_map(char::to_lowercase) {
        match c {
            '.' | '\'' | '’' | '`' | '´' => {}
            c if c.is_alphanumeric() => match plain_letter(c) {
                Some(plain) => out.push_str(plain),
                None => out.push(c),
            },
            _ => out.push(' '),
        }
    }
    let words: Vec<&str> = out.split_whitespace().collect();
    let words = match words.split_first() {
        Some((&"the", rest)) if !rest.is_empty() => rest,
        _ => &words[..],
    };
    words.join(" ")
}

/// A Latin letter with a diacritic as the plain letters it is compared as
/// (and Russian `ё` as `е`, as it is usually written).
fn plain_letter(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'æ' => "ae",
        'ç' | 'ć' | 'č' => "c",
        'ď' | 'đ' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => "e",
        'ğ' => "g",
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'ı' | 'į' => "i",
        'ł' | 'ľ' => "l",
        'ñ' | 'ń' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => "o",
        'œ' => "oe",
        'ř' => "r",
        'ś' | 'š' | 'ş' | 'ș' => "s",
        'ß' => "ss",
        'ť' | 'ţ' | 'ț' => "t",
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'ų' => "u",
        'ý' | 'ÿ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        'ё' => "е",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_holds_every_member_and_observer_state_once() {
        let d = directory();
        assert_eq!(d.states.iter().filter(|s| !s.observer).count(), 193);
        assert_eq!(d.states.iter().filter(|s| s.observer).count(), 2);
        let mut m49: Vec<&str> = d.states.iter().map(|s| s.m49.as_str()).collect();
        m49.sort_unstable();
        m49.dedup();
        assert_eq!(m49.len(), 195);
        assert!(d.states.iter().all(|s| s.m49.len() == 3));
        // The sizes of the HONLEA bodies' memberships, as the file's header
        // names them.
        let size = |g| d.members(Some(g)).count();
        assert_eq!(size(Group::Africa), 54);
        assert_eq!(size(Group::AsiaPacific), 53);
        assert_eq!(size(Group::LatinAmericaCaribbean), 46);
        assert_eq!(size(Group::Europe), 56);
        assert_eq!(size(Group::NearMiddleEast), 25);
        assert_eq!(d.members(None).count(), 195);
    }

    #[test]
    fn no_two_states_share_a_name_or_variant() {
        let mut seen: HashMap<String, String> = HashMap::new();
        let mut reader = ::csv::ReaderBuilder::new()
            .comment(Some(b'#'))
            .from_reader(UN_STATES.as_bytes());
        for row in reader.records() {
            let row = row.unwrap();
            let iso3 = row.get(1).unwrap();
            for name in std::iter::once(row.get(4).unwrap()).chain(row.get(5).unwrap().split('|')) {
                if name.is_empty() {
                    continue;
                }
                if let Some(other) = seen.insert(fold(name), iso3.to_string()) {
                    assert_eq!(other, iso3, "{name}");
                }
            }
        }
    }

    #[test]
    fn common_variants_find_the_official_name() {
        let d = directory();
        let name = |w: &str| d.place(w).map(|n| d.states[n].name.as_str());
        assert_eq!(name("Turkey"), Some("Türkiye"));
        assert_eq!(name("turkiye"), Some("Türkiye"));
        assert_eq!(name("Russia"), Some("Russian Federation"));
        assert_eq!(
            name("UK"),
            Some("United Kingdom of Great Britain and Northern Ireland")
        );
        assert_eq!(
            name("U.K."),
            Some("United Kingdom of Great Britain and Northern Ireland")
        );
        assert_eq!(
            name("  the United Kingdom "),
            Some("United Kingdom of Great Britain and Northern Ireland")
        );
        assert_eq!(name("COTE D’IVOIRE"), Some("Côte d'Ivoire"));
        assert_eq!(name("Netherlands"), Some("Netherlands (Kingdom of the)"));
        assert_eq!(
            name("Bolivia (Plurinational State of)"),
            Some("Bolivia (Plurinational State of)")
        );
        assert_eq!(name("AUT"), Some("Austria"));
        assert_eq!(name("Narnia"), None);
        assert_eq!(
            Group::from_code("HONLAC"),
            Some(Group::LatinAmericaCaribbean)
        );
        assert_eq!(Group::from_code("europe"), Some(Group::Europe));
        assert_eq!(Group::from_code("mars"), None);
    }
}
