//! What a respondent value may be, written once: the kinds of field, real
//! calendar dates, e-mail addresses, and the dates people write by hand
//! (`15 May 2019`, `15/05/2019`). `validate` checks stored values with
//! [`FieldKind::check`], `fill` reads typed ones with
//! [`FieldKind::normalize`], the form readers take hand-written dates with
//! [`parse_human_date`], and the JSON Schema export says the same: a date
//! with the `date` format (which every validator checks as [`is_iso_date`]
//! does, but for year 0000), an address with the patterns of
//! [`is_email`]'s rules; tests hold the export to these functions.

use serde::Deserialize;

/// What a respondent field holds, and so how it is checked.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FieldKind {
    #[default]
    Text,
    /// An ISO 8601 calendar date, `YYYY-MM-DD`.
    Date,
    /// An e-mail address.
    Email,
    /// `yes` or `no`.
    YesNo,
}

/// Why a value does not fit its field's kind.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// Not a real date written `YYYY-MM-DD`; `reads_as` is the date it
    /// means when it is one written by hand (`15 May 2019`).
    Date { reads_as: Option<HumanDate> },
    /// Not an e-mail address.
    Email,
    /// Neither `yes` nor `no`; `reads_as` is the word it means when only
    /// its case is wrong (`YES`).
    YesNo { reads_as: Option<&'static str> },
}

impl FieldKind {
    /// Whether a stored value (trimmed, not empty) is one of this kind, as
    /// a reply file must hold it: dates `YYYY-MM-DD`, `yes`/`no` in lower case.
    pub fn check(self, value: &str) -> Result<(), Problem> {
        match self {
            FieldKind::Text => Ok(()),
            FieldKind::Date if is_iso_date(value) => Ok(()),
            FieldKind::Date => Err(Problem::Date {
                reads_as: read_human_date(value),
            }),
            FieldKind::Email if is_email(value) => Ok(()),
            FieldKind::Email => Err(Problem::Email),
            FieldKind::YesNo if value == "yes" || value == "no" => Ok(()),
            FieldKind::YesNo => Err(Problem::YesNo {
                reads_as: yes_no(value),
            }),
        }
    }

    /// A value as a person types it (trimmed, not empty), in the form
    /// [`FieldKind::check`] accepts: a date written by hand becomes
    /// `YYYY-MM-DD`, `Y`, `yes`, `n` or `NO` become `yes` or `no`.
    pub fn normalize(self, value: &str) -> Result<String, Problem> {
        match self {
            FieldKind::Text => Ok(value.to_string()),
            FieldKind::Date => parse_human_date(value).ok_or(Problem::Date { reads_as: None }),
            FieldKind::Email if is_email(value) => Ok(value.to_string()),
            FieldKind::Email => Err(Problem::Email),
            FieldKind::YesNo => match value.to_ascii_lowercase().as_str() {
                "y" => Ok("yes".into()),
                "n" => Ok("no".into()),
                _ => yes_no(value)
                    .map(str::to_string)
                    .ok_or(Problem::YesNo { reads_as: None }),
            },
        }
    }
}

/// `yes` or `no` whatever the case.
fn yes_no(value: &str) -> Option<&'static str> {
    if value.eq_ignore_ascii_case("yes") {
        Some("yes")
    } else if value.eq_ignore_ascii_case("no") {
        Some("no")
    } else {
        None
    }
}

/// Most characters in an e-mail address (RFC 5321's limit on a path).
pub(crate) const EMAIL_MAX: usize = 254;
/// The ASCII characters of an address's local part besides letters, digits
/// and dots (RFC 5322's `atext`).
pub(crate) const EMAIL_LOCAL_SYMBOLS: &str = "!#$%&'*+/=?^_`{|}~-";
/// The characters past ASCII that an address may hold wherever it may hold
/// a letter (`иван@почта.рф`), as regular-expression ranges: U+00A1 to
/// U+1FFF and U+3001 to U+FFFF, the letters of every script in the Basic
/// Multilingual Plane, leaving out the block of spaces and punctuation
/// between. Ranges, not `\p{L}`, so that the JSON Schema export says the
/// same in the syntax every validator reads.
pub(crate) const EMAIL_BEYOND_ASCII: &str = r"\u00a1-\u1fff\u3001-\uffff";

/// A character of [`EMAIL_BEYOND_ASCII`].
fn beyond_ascii(c: char) -> bool {
    matches!(c, '\u{a1}'..='\u{1fff}' | '\u{3001}'..='\u{ffff}')
}

/// Whether `text` is an ISO 8601 calendar date `YYYY-MM-DD` that exists.
pub(crate) fn is_iso_date(text: &str) -> bool {
    let b = text.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let number = |s: &str| {
        s.bytes()
            .all(|c| c.is_ascii_digit())
            .then(|| s.parse::<u32>().ok())
            .flatten()
    };
    match (
        number(&text[0..4]),
        number(&text[5..7]),
        number(&text[8..10]),
    ) {
        (Some(y), Some(m), Some(d)) => y >= 1 && exists(y, m, d),
        _ => false,
    }
}

fn exists(year: u32, month: u32, day: u32) -> bool {
    let leap = (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400);
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&day)
}

/// Month names in the four languages qnr speaks, January first: English,
/// French (with and without accents), Spanish (`setiembre` too), Russian in
/// the nominative and in the genitive that dates use (`15 марта`). A name
/// is recognised by its first three letters or more (`Sept.`, `déc.`, `окт`).
const MONTHS: [&[&str]; 12] = [
    &["january", "janvier", "enero", "январь", "января"],
    &[
        "february",
        "février",
        "fevrier",
        "febrero",
        "февраль",
        "февраля",
    ],
    &["march", "mars", "marzo", "март", "марта"],
    &["april", "avril", "abril", "апрель", "апреля"],
    &["may", "mai", "mayo", "май", "мая"],
    &["june", "juin", "junio", "июнь", "июня"],
    &["july", "juillet", "julio", "июль", "июля"],
    &["august", "août", "aout", "agosto", "август", "августа"],
    &[
        "september",
        "septembre",
        "septiembre",
        "setiembre",
        "сентябрь",
        "сентября",
    ],
    &["october", "octobre", "octubre", "октябрь", "октября"],
    &["november", "novembre", "noviembre", "ноябрь", "ноября"],
    &[
        "december",
        "décembre",
        "decembre",
        "diciembre",
        "декабрь",
        "декабря",
    ],
];

/// Words around a date that say nothing of it: `15 de marzo de 2024`,
/// `le 15 mars`, `15 марта 2024 г.`, `2024 года`, `the 15th of May`.
const FILLERS: [&str; 8] = ["de", "del", "le", "г", "года", "год", "the", "of"];

/// The month a name (or its first three letters or more) means, when every
/// month it could begin agrees: `jui` could be `juin` or `juillet`, so none.
fn month_named(word: &str) -> Option<u32> {
    let word = word.to_lowercase();
    if word.chars().count() < 3 {
        return None;
    }
    let mut found = None;
    for (i, names) in MONTHS.iter().enumerate() {
        if names.iter().any(|name| name.starts_with(&word)) {
            match found {
                None => found = Some(i as u32 + 1),
                Some(_) => return None,
            }
        }
    }
    found
}

/// A date written by hand, as it reads.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HumanDate {
    /// One date, `YYYY-MM-DD`.
    Date(String),
    /// Two numbers that could each be the day: `05/06/2019` is 5 June read
    /// day first, as UN documents write dates, and 6 May read month first.
    /// `qnr fill` asks which; the form readers take the day-first one.
    Ambiguous {
        day_first: String,
        month_first: String,
    },
}

/// Reads a date as people write it: ISO (`2019-05-15`), year first with
/// slashes or dots (`2019/05/15`), numbers day first (`15/05/2019`,
/// `15.05.2019`) or, when the day-first reading is no date, month first
/// (`05/15/2019`); a month by name in English, French, Spanish or Russian
/// (`15 May 2019`, `May 15, 2019`, `15 mars 2024`, `1er mars 2024`,
/// `15 de marzo de 2024`, `15 марта 2024 г.`). `None` when it is not a real date.
pub(crate) fn read_human_date(text: &str) -> Option<HumanDate> {
    let text = text.trim().trim_end_matches('.');
    if is_iso_date(text) {
        return Some(HumanDate::Date(text.to_string()));
    }
    let parts: Vec<&str> = text
        .split(|c: char| c == '/' || c == '.' || c == '-' || c == ',' || c.is_whitespace())
        .filter(|p| !p.is_empty() && !FILLERS.contains(&p.to_lowercase().as_str()))
        .collect();
    if parts.len() != 3 {
        return None;
    }
    // `1er`, `15th`, `2nd`: the day without its ordinal ending.
    let num = |s: &str| {
        let digits = s.trim_end_matches(|c: char| c.is_alphabetic() || c == 'º' || c == '°');
        (!digits.is_empty() && digits.len() <= 4 && digits.bytes().all(|b| b.is_ascii_digit()))
            .then(|| digits.parse::<u32>().ok())
            .flatten()
    };
    let date = |year: u32, month: u32, day: u32| {
        let year = if year < 100 { 2000 + year } else { year };
        (year >= 1000 && exists(year, month, day)).then(|| format!("{year:04}-{month:02}-{day:02}"))
    };
    if let Some(month) = month_named(parts[1]) {
        return date(num(parts[2])?, month, num(parts[0])?).map(HumanDate::Date);
    }
    if let Some(month) = month_named(parts[0]) {
        return date(num(parts[2])?, month, num(parts[1])?).map(HumanDate::Date);
    }
    let (a, b, c) = (num(parts[0])?, num(parts[1])?, num(parts[2])?);
    if parts[0].len() == 4 {
        return date(a, b, c).map(HumanDate::Date);
    }
    match (date(c, b, a), date(c, a, b)) {
        (Some(day_first), Some(month_first)) if day_first != month_first => {
            Some(HumanDate::Ambiguous {
                day_first,
                month_first,
            })
        }
        (Some(one), _) | (None, Some(one)) => Some(HumanDate::Date(one)),
        (None, None) => None,
    }
}

/// [`read_human_date`] as one date, `YYYY-MM-DD`: an ambiguous one day
/// first, as UN documents write dates. The form readers use it.
pub(crate) fn parse_human_date(text: &str) -> Option<String> {
    match read_human_date(text)? {
        HumanDate::Date(date)
        | HumanDate::Ambiguous {
            day_first: date, ..
        } => Some(date),
    }
}

/// Whether `text` looks like an e-mail address, by rules every JSON Schema
/// validator can check alike (the export has a pattern for them): at most
/// [`EMAIL_MAX`] characters; one `@`; before it, letters, digits, dots and
/// [`EMAIL_LOCAL_SYMBOLS`], with no dot first, last or next to another;
/// after it, two or more labels of letters, digits and hyphens joined by
/// dots, the last of two or more letters or an `xn--` label. Letters and
/// digits are ASCII or [`EMAIL_BEYOND_ASCII`]. It catches what people get
/// wrong (a space, a comma, no domain, two addresses), not every rule of
/// RFC 5321.
pub(crate) fn is_email(text: &str) -> bool {
    let Some((local, domain)) = text.split_once('@') else {
        return false;
    };
    let letter = |c: char| c.is_ascii_alphabetic() || beyond_ascii(c);
    let label_char = |c: char| letter(c) || c.is_ascii_digit() || c == '-';
    let local_ok = local.split('.').all(|run| {
        !run.is_empty()
            && run
                .chars()
                .all(|c| label_char(c) || EMAIL_LOCAL_SYMBOLS.contains(c))
    });
    let labels: Vec<&str> = domain.split('.').collect();
    let domain_ok = labels.len() >= 2
        && labels
            .iter()
            .all(|l| !l.is_empty() && l.chars().all(label_char))
        && labels.last().is_some_and(|last| {
            (last.chars().count() >= 2 && last.chars().all(letter))
                || (last.len() > 4 && last.starts_with("xn--"))
        });
    text.chars().count() <= EMAIL_MAX && local_ok && domain_ok
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_values_are_checked_and_typed_ones_normalized() {
        assert_eq!(FieldKind::Date.check("2019-05-15"), Ok(()));
        assert_eq!(
            FieldKind::Date.check("15 May 2019"),
            Err(Problem::Date {
                reads_as: Some(HumanDate::Date("2019-05-15".into()))
            })
        );
        assert_eq!(
            FieldKind::Date.normalize("15 May 2019").as_deref(),
            Ok("2019-05-15")
        );
        assert_eq!(
            FieldKind::Date.normalize("soon"),
            Err(Problem::Date { reads_as: None })
        );
        assert_eq!(
            FieldKind::YesNo.check("YES"),
            Err(Problem::YesNo {
                reads_as: Some("yes")
            })
        );
        assert_eq!(FieldKind::YesNo.check("no"), Ok(()));
        for (typed, stored) in [("Y", "yes"), ("yes", "yes"), ("n", "no"), ("NO", "no")] {
            assert_eq!(FieldKind::YesNo.normalize(typed).as_deref(), Ok(stored));
        }
        assert_eq!(
            FieldKind::YesNo.normalize("maybe"),
            Err(Problem::YesNo { reads_as: None })
        );
        assert_eq!(FieldKind::Email.check("a b@c.org"), Err(Problem::Email));
        assert_eq!(FieldKind::Text.normalize("x").as_deref(), Ok("x"));
    }

    #[test]
    fn iso_dates_must_exist() {
        assert!(is_iso_date("2019-05-01"));
        assert!(is_iso_date("2020-02-29"));
        assert!(!is_iso_date("2019-02-29"));
        assert!(!is_iso_date("1900-02-29"));
        assert!(is_iso_date("2000-02-29"));
        assert!(!is_iso_date("2019-13-01"));
        assert!(!is_iso_date("2019-04-31"));
        assert!(!is_iso_date("2019-5-1"));
        assert!(!is_iso_date("15/05/2019"));
        assert!(!is_iso_date("２０１９-05-01"));
    }

    #[test]
    fn human_dates_become_iso() {
        assert_eq!(
            parse_human_date("15 May 2019").as_deref(),
            Some("2019-05-15")
        );
        assert_eq!(
            parse_human_date("15/05/2019").as_deref(),
            Some("2019-05-15")
        );
        assert_eq!(parse_human_date("1.2.2019").as_deref(), Some("2019-02-01"));
        assert_eq!(
            parse_human_date("May 15, 2019").as_deref(),
            Some("2019-05-15")
        );
        assert_eq!(
            parse_human_date("9 Aug. 2019").as_deref(),
            Some("2019-08-09")
        );
        assert_eq!(
            parse_human_date("2019-05-15").as_deref(),
            Some("2019-05-15")
        );
        assert_eq!(parse_human_date("31/02/2019"), None);
        assert_eq!(parse_human_date("soon"), None);
    }

    #[test]
    fn dates_in_the_four_languages() {
        for (written, iso) in [
            ("15 mars 2024", "2024-03-15"),
            ("1er mars 2024", "2024-03-01"),
            ("le 3 août 2024", "2024-08-03"),
            ("3 aout 2024", "2024-08-03"),
            ("12 déc. 2024", "2024-12-12"),
            ("15 de marzo de 2024", "2024-03-15"),
            ("20 de febrero de 2025", "2025-02-20"),
            ("1 de setiembre de 2024", "2024-09-01"),
            ("15 марта 2024", "2024-03-15"),
            ("15 марта 2024 г.", "2024-03-15"),
            ("1 сентября 2024 года", "2024-09-01"),
            ("7 окт. 2024", "2024-10-07"),
            ("Май 5, 2024", "2024-05-05"),
            ("15/03/2024", "2024-03-15"),
            ("15.03.2024", "2024-03-15"),
            ("2019/05/15", "2019-05-15"),
            ("2019.05.15", "2019-05-15"),
            ("05/15/2019", "2019-05-15"),
            ("May 15th, 2019", "2019-05-15"),
            ("05/05/2019", "2019-05-05"),
        ] {
            assert_eq!(
                read_human_date(written),
                Some(HumanDate::Date(iso.to_string())),
                "{written}"
            );
        }
        // `jui` begins both juin and juillet.
        assert_eq!(read_human_date("3 jui 2024"), None);
        assert_eq!(read_human_date("3 ju 2024"), None);
    }

    #[test]
    fn a_date_that_reads_both_ways_is_told_apart() {
        assert_eq!(
            read_human_date("05/06/2019"),
            Some(HumanDate::Ambiguous {
                day_first: "2019-06-05".into(),
                month_first: "2019-05-06".into(),
            })
        );
        // The forms read it day first, as UN documents write it.
        assert_eq!(
            parse_human_date("05/06/2019").as_deref(),
            Some("2019-06-05")
        );
        assert_eq!(parse_human_date("5.6.19").as_deref(), Some("2019-06-05"));
    }

    #[test]
    fn email_addresses() {
        for ok in [
            "a@b.org",
            "focal.point+honlea@mvd.gov.ru",
            "x@xn--p1ai.xn--p1ai",
            "иван@почта.рф",
            "named@例子.广告",
        ] {
            assert!(is_email(ok), "{ok}");
        }
        for bad in [
            "",
            "a",
            "a@",
            "@b.org",
            "a@b",
            "a b@c.org",
            "a@@b.org",
            "a@b..org",
            ".a@b.org",
            "a.@b.org",
            "a@b.c",
            "a@b.c1",
            "a@b.xn--",
            "a,b@c.org",
            "a@b.org, c@d.org",
            "a\u{2003}b@c.org",
        ] {
            assert!(!is_email(bad), "{bad}");
        }
    }
}
