//! Which State a reply is from. Replies write names as people do, in any
//! language ("Turkey", "UK", "Cote d'Ivoire", "Turquie", "Россия"); the
//! report names each State once, by its official short name in the run's
//! language, from the built-in list of the United Nations' Member States
//! and observer States (`data/un-states.csv`, which says what it was
//! checked against), so that two spellings of one State are one State.

use std::collections::HashMap;
use std::sync::OnceLock;

use serde::Deserialize;

use crate::i18n::Lang;

/// The list, as data (`data/un-states.csv`, deflated): one State a row,
/// its sources in the file's header.
const UN_STATES: &[u8] = crate::embedded::deflated!("un-states.csv");

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
    /// The UN Statistics Division's M49 code, three digits: `040`. The
    /// State's key in the report's CSV and JSON, whatever their language.
    pub m49: String,
    /// ISO 3166-1 alpha-3: `AUT`.
    pub iso3: String,
    /// A non-member observer State (the Holy See, the State of Palestine).
    pub observer: bool,
    pub groups: Vec<Group>,
    /// The official short name in English, French, Spanish and Russian.
    names: [String; 4],
}

impl State {
    /// The official short name in `lang`: "Fédération de Russie".
    pub(crate) fn name(&self, lang: Lang) -> &str {
        let n = match lang {
            Lang::En => 0,
            Lang::Fr => 1,
            Lang::Es => 2,
            Lang::Ru => 3,
        };
        &self.names[n]
    }
}

/// A row of the data file, by its header's names.
#[derive(Deserialize)]
struct Row {
    m49: String,
    iso3: String,
    status: String,
    groups: String,
    en: String,
    fr: String,
    es: String,
    ru: String,
    variants: String,
}

/// The States and every way of writing them that the list knows.
#[derive(Debug)]
pub(crate) struct Directory {
    pub states: Vec<State>,
    /// Folded name (in any language) or variant → position in `states`.
    by_key: HashMap<String, usize>,
}

/// The built-in list, read once.
pub(crate) fn directory() -> &'static Directory {
    static DIRECTORY: OnceLock<Directory> = OnceLock::new();
    DIRECTORY.get_or_init(|| Directory::read(&crate::embedded::inflate(UN_STATES)))
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
        for row in reader.deserialize::<Row>().flatten() {
            let n = states.len();
            let names = [row.en, row.fr, row.es, row.ru];
            let written = names
                .iter()
                .map(String::as_str)
                .chain(row.variants.split('|'));
            for written in written {
                if !written.is_empty() {
                    by_key.entry(fold(written)).or_insert(n);
                }
            }
            by_key.entry(row.iso3.to_ascii_lowercase()).or_insert(n);
            states.push(State {
                m49: row.m49,
                iso3: row.iso3,
                observer: row.status == "observer",
                groups: row
                    .groups
                    .split_whitespace()
                    .filter_map(Group::from_code)
                    .collect(),
                names,
            });
        }
        Directory { states, by_key }
    }

    /// The State a name written in a reply stands for, if the list knows
    /// it: any language's official name or a variant of it.
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
    simplify(name, false)
}

/// A name as the report sorts it in `lang`: as it folds, so that case,
/// accents and punctuation come second (Côte d'Ivoire after Costa Rica,
/// Émirats arabes unis among the E), and Cyrillic in the order of its
/// alphabet (ё as е); in Spanish, ñ is a letter of its own, between n
/// and o, as the Spanish alphabet orders it ("Nuñez" after "Nunziata").
/// Callers break ties by the name as written.
pub(crate) fn sort_key(name: &str, lang: Lang) -> String {
    simplify(name, lang == Lang::Es)
}

/// How the report sorts States: by name as the run's language orders
/// names ([`sort_key`]), then as written.
pub(crate) fn by_name(name: &str) -> (String, String) {
    (sort_key(name, crate::i18n::current()), name.to_string())
}

fn simplify(name: &str, enye_after_n: bool) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars().flat_map(char::to_lowercase) {
        match c {
            '.' | '\'' | '’' | '`' | '´' => {}
            // After every "n…" and before "o": `n` then the last char.
            'ñ' if enye_after_n => {
                out.push('n');
                out.push(char::MAX);
            }
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
        for key in [|s: &State| s.m49.clone(), |s: &State| s.iso3.clone()] {
            let mut keys: Vec<String> = d.states.iter().map(key).collect();
            keys.sort_unstable();
            keys.dedup();
            assert_eq!(keys.len(), 195);
        }
        assert!(
            d.states
                .iter()
                .all(|s| s.m49.len() == 3 && s.iso3.len() == 3)
        );
        assert!(
            d.states
                .iter()
                .all(|s| Lang::ALL.iter().all(|&l| !s.name(l).trim().is_empty()))
        );
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
    fn no_two_states_share_a_name_or_variant_in_any_language() {
        let mut seen: HashMap<String, String> = HashMap::new();
        let mut reader = ::csv::ReaderBuilder::new()
            .comment(Some(b'#'))
            .from_reader(include_str!("../../data/un-states.csv").as_bytes());
        let mut names = 0;
        for row in reader.deserialize::<Row>() {
            let row = row.unwrap();
            let written = [&row.en, &row.fr, &row.es, &row.ru]
                .into_iter()
                .map(String::as_str)
                .chain(row.variants.split('|'));
            for name in written.filter(|n| !n.is_empty()) {
                assert_eq!(name, name.trim(), "{name}");
                names += 1;
                if let Some(other) = seen.insert(fold(name), row.iso3.clone()) {
                    assert_eq!(other, row.iso3, "{name}");
                }
            }
        }
        // Every row read (a malformed one would be skipped in silence).
        assert!(names > 195 * 4, "{names}");
    }

    fn name_of(written: &str, lang: Lang) -> Option<&'static str> {
        let d = directory();
        d.place(written).map(|n| d.states[n].name(lang))
    }

    #[test]
    fn common_variants_find_the_official_name() {
        let en = |w| name_of(w, Lang::En);
        assert_eq!(en("Turkey"), Some("Türkiye"));
        assert_eq!(en("turkiye"), Some("Türkiye"));
        assert_eq!(en("Russia"), Some("Russian Federation"));
        assert_eq!(
            en("UK"),
            Some("United Kingdom of Great Britain and Northern Ireland")
        );
        assert_eq!(
            en("U.K."),
            Some("United Kingdom of Great Britain and Northern Ireland")
        );
        assert_eq!(
            en("  the United Kingdom "),
            Some("United Kingdom of Great Britain and Northern Ireland")
        );
        assert_eq!(en("COTE D’IVOIRE"), Some("Côte d'Ivoire"));
        assert_eq!(en("Netherlands"), Some("Netherlands (Kingdom of the)"));
        assert_eq!(
            en("Bolivia (Plurinational State of)"),
            Some("Bolivia (Plurinational State of)")
        );
        assert_eq!(en("AUT"), Some("Austria"));
        assert_eq!(en("Narnia"), None);
        assert_eq!(
            Group::from_code("HONLAC"),
            Some(Group::LatinAmericaCaribbean)
        );
        assert_eq!(Group::from_code("europe"), Some(Group::Europe));
        assert_eq!(Group::from_code("mars"), None);
    }

    #[test]
    fn a_state_has_its_official_name_in_each_language() {
        let names = |w| Lang::ALL.map(|l| name_of(w, l).unwrap());
        assert_eq!(
            names("Russia"),
            [
                "Russian Federation",
                "Fédération de Russie",
                "Federación de Rusia",
                "Российская Федерация"
            ]
        );
        assert_eq!(
            names("UK"),
            [
                "United Kingdom of Great Britain and Northern Ireland",
                "Royaume-Uni de Grande-Bretagne et d'Irlande du Nord",
                "Reino Unido de Gran Bretaña e Irlanda del Norte",
                "Соединенное Королевство Великобритании и Северной Ирландии"
            ]
        );
        // Since 2022 the UN writes Türkiye in English, French and Spanish;
        // Russian keeps its own name.
        assert_eq!(names("Turkey"), ["Türkiye", "Türkiye", "Türkiye", "Турция"]);
        assert_eq!(
            names("Holland"),
            [
                "Netherlands (Kingdom of the)",
                "Pays-Bas (Royaume des)",
                "Países Bajos (Reino de los)",
                "Нидерланды (Королевство)"
            ]
        );
    }

    #[test]
    fn variants_in_every_language_are_the_same_state() {
        let d = directory();
        let same = |names: &[&str]| {
            let places: Vec<Option<usize>> = names.iter().map(|n| d.place(n)).collect();
            assert!(places[0].is_some(), "{names:?}");
            assert!(
                places.iter().all(|p| *p == places[0]),
                "{names:?}: {places:?}"
            );
        };
        same(&[
            "Russia",
            "Russie",
            "Rusia",
            "Россия",
            "РФ",
            "Российская Федерация",
        ]);
        same(&[
            "Turkey",
            "Turquie",
            "Turquía",
            "Турция",
            "Türkiye",
            "Турецкая Республика",
        ]);
        same(&[
            "United Kingdom",
            "Royaume-Uni",
            "Reino Unido",
            "Великобритания",
        ]);
        same(&[
            "United States",
            "États-Unis",
            "Etats Unis",
            "EE. UU.",
            "США",
        ]);
        same(&[
            "Ivory Coast",
            "Côte d'Ivoire",
            "Costa de Marfil",
            "Кот-д'Ивуар",
        ]);
        same(&["Germany", "Allemagne", "Alemania", "Германия", "ФРГ"]);
        same(&[
            "Belarus",
            "Biélorussie",
            "Bielorrusia",
            "Белоруссия",
            "Беларусь",
        ]);
        same(&[
            "South Korea",
            "Corée du Sud",
            "Corea del Sur",
            "Южная Корея",
        ]);
        same(&["North Korea", "Corée du Nord", "Corea del Norte", "КНДР"]);
        same(&["Moldova", "Moldavie", "Moldavia", "Молдавия", "Молдова"]);
        same(&[
            "Kyrgyzstan",
            "Kirghizistan",
            "Kirguistán",
            "Киргизия",
            "Кыргызстан",
        ]);
        same(&[
            "Eswatini",
            "Swaziland",
            "Suazilandia",
            "Свазиленд",
            "Эсватини",
        ]);
        same(&[
            "Vatican",
            "Saint-Siège",
            "Santa Sede",
            "Ватикан",
            "Святой Престол",
        ]);
        // Ё is written е as often as not.
        same(&["Соединённое Королевство", "Соединенное Королевство"]);
        // Case and accents, in every script.
        same(&["FÉDÉRATION DE RUSSIE", "federation de russie"]);
        same(&["РОССИЙСКАЯ ФЕДЕРАЦИЯ", "российская федерация"]);
    }

    #[test]
    fn names_sort_by_the_language_ignoring_case_and_accents() {
        fn sorted<'a>(lang: Lang, names: &[&'a str]) -> Vec<&'a str> {
            let mut v = names.to_vec();
            v.sort_by_cached_key(|n| (sort_key(n, lang), n.to_string()));
            v
        }
        assert_eq!(
            sorted(
                Lang::Fr,
                &[
                    "Espagne",
                    "Égypte",
                    "Émirats arabes unis",
                    "Équateur",
                    "Erythrée"
                ]
            ),
            [
                "Égypte",
                "Émirats arabes unis",
                "Équateur",
                "Erythrée",
                "Espagne"
            ]
        );
        assert_eq!(
            sorted(Lang::Ru, &["Ямайка", "Ёлкино", "Египет", "Австрия", "Чад"]),
            ["Австрия", "Египет", "Ёлкино", "Чад", "Ямайка"]
        );
        assert_eq!(
            sorted(Lang::Es, &["Nunziata", "Nuñez", "Nuño", "Oman"]),
            ["Nunziata", "Nuñez", "Nuño", "Oman"]
        );
        // Elsewhere ñ is an accented n.
        assert_eq!(
            sorted(Lang::En, &["Nunziata", "Nuñez"]),
            ["Nuñez", "Nunziata"]
        );
    }
}
