//! The languages qnr speaks, and how a run picks one from what the person
//! said (`--lang`, `QNR_LANG`) and from the locale of their system.

/// A language qnr speaks: the working languages of the HONLEA meetings.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    #[default]
    En,
    Fr,
    Es,
    Ru,
}

impl Lang {
    /// Every language, in the order the catalogue and the docs list them.
    pub const ALL: [Lang; 4] = [Lang::En, Lang::Fr, Lang::Es, Lang::Ru];

    /// The ISO 639-1 code: `fr`. Folder names under `i18n/`, schema keys,
    /// `--lang` values and HTML `lang` attributes.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Es => "es",
            Lang::Ru => "ru",
        }
    }

    /// The language with a region, as Word's `w:lang` wants it: spell-checkers
    /// pick a dictionary by it. English is British, as at the United Nations.
    pub(crate) fn region_tag(self) -> &'static str {
        match self {
            Lang::En => "en-GB",
            Lang::Fr => "fr-FR",
            Lang::Es => "es-ES",
            Lang::Ru => "ru-RU",
        }
    }

    /// The quotation marks of the language, opening and closing, for a
    /// quotation or a code span in text written for a person: “…” in
    /// English, « … » in French (with a no-break space inside each mark),
    /// «…» in Spanish and Russian, as the United Nations editorial manuals
    /// of each language have them.
    pub(crate) fn quotes(self) -> (&'static str, &'static str) {
        match self {
            Lang::En => ("\u{201c}", "\u{201d}"),
            Lang::Fr => ("\u{ab}\u{a0}", "\u{a0}\u{bb}"),
            Lang::Es | Lang::Ru => ("\u{ab}", "\u{bb}"),
        }
    }

    /// `text` between the language's quotation marks.
    pub(crate) fn quote(self, text: &str) -> String {
        let (open, close) = self.quotes();
        format!("{open}{text}{close}")
    }

    /// The language a code or tag names: `fr`, `FR`, `fr-CA`, `fr_FR`,
    /// `fr_FR.UTF-8@euro`. Only the language part counts.
    pub(crate) fn from_tag(tag: &str) -> Option<Lang> {
        let language = tag
            .split(['-', '_', '.', '@'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == language)
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

/// The language the person asked for, if any: `flag` (`--lang`, or
/// `QNR_LANG`, which clap reads into the same option), else the locale of
/// messages, which POSIX takes from the first of `LC_ALL`, `LC_MESSAGES`
/// and `LANG` that is set and not empty.
///
/// A locale that names no language of qnr's (`C`, `POSIX`, `de_DE.UTF-8`)
/// is no preference at all: the run then speaks the schema's `language`,
/// so a German user of a French questionnaire reads French throughout,
/// and an English schema (HONLEA's) gives English. `env` reads a variable;
/// tests pass their own.
pub(crate) fn preferred(flag: Option<Lang>, env: impl Fn(&str) -> Option<String>) -> Option<Lang> {
    flag.or_else(|| {
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
            .into_iter()
            .find_map(|name| env(name).filter(|value| !value.is_empty()))?;
        Lang::from_tag(&locale)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env<'a>(vars: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |name| {
            vars.iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| v.to_string())
        }
    }

    #[test]
    fn each_language_quotes_with_its_own_marks() {
        assert_eq!(Lang::En.quote("qnr new"), "“qnr new”");
        assert_eq!(Lang::Fr.quote("qnr new"), "«\u{a0}qnr new\u{a0}»");
        assert_eq!(Lang::Es.quote("qnr new"), "«qnr new»");
        assert_eq!(Lang::Ru.quote("qnr new"), "«qnr new»");
    }

    #[test]
    fn tags_name_their_language_whatever_the_region() {
        for (tag, lang) in [
            ("fr", Some(Lang::Fr)),
            ("FR", Some(Lang::Fr)),
            ("fr_FR.UTF-8", Some(Lang::Fr)),
            ("fr-CA", Some(Lang::Fr)),
            ("es_MX.utf8", Some(Lang::Es)),
            ("ru_RU.KOI8-R", Some(Lang::Ru)),
            ("en_US", Some(Lang::En)),
            ("de_DE.UTF-8", None),
            ("C", None),
            ("C.UTF-8", None),
            ("POSIX", None),
            ("", None),
        ] {
            assert_eq!(Lang::from_tag(tag), lang, "{tag}");
        }
    }

    #[test]
    fn the_flag_wins_then_the_first_locale_variable_set() {
        let all = [
            ("LC_ALL", "es_ES.UTF-8"),
            ("LC_MESSAGES", "ru_RU"),
            ("LANG", "fr_FR"),
        ];
        assert_eq!(preferred(Some(Lang::En), env(&all)), Some(Lang::En));
        assert_eq!(preferred(None, env(&all)), Some(Lang::Es));
        assert_eq!(preferred(None, env(&all[1..])), Some(Lang::Ru));
        assert_eq!(preferred(None, env(&all[2..])), Some(Lang::Fr));
        assert_eq!(preferred(None, env(&[])), None);
        // An empty variable is unset, as POSIX says.
        assert_eq!(
            preferred(None, env(&[("LC_ALL", ""), ("LANG", "ru_RU.UTF-8")])),
            Some(Lang::Ru)
        );
    }

    #[test]
    fn c_posix_and_unknown_locales_are_no_preference() {
        // `LC_ALL=C` overrides `LANG` (POSIX), and says nothing of a
        // language: the schema's language decides.
        assert_eq!(
            preferred(None, env(&[("LC_ALL", "C"), ("LANG", "fr_FR.UTF-8")])),
            None
        );
        assert_eq!(preferred(None, env(&[("LANG", "POSIX")])), None);
        assert_eq!(preferred(None, env(&[("LANG", "de_DE.UTF-8")])), None);
    }
}
