//! What a respondent value may be, written once: the kinds of field, real
//! calendar dates, e-mail addresses, and the dates people write by hand
//! (`15 May 2019`, `15/05/2019`). `validate` checks stored values with
//! [`FieldKind::check`], `fill` reads typed ones with
//! [`FieldKind::normalize`], the form readers take hand-written dates with
//! [`parse_human_date`], and the JSON Schema export says the same with the
//! patterns beside each check ([`DATE_PATTERN`], [`EMAIL_PATTERN`]), which a
//! property test holds to these functions.

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
    Date { reads_as: Option<String> },
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
                reads_as: parse_human_date(value),
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

/// [`is_iso_date`] as an ECMA-262 regular expression (no look-around, so
/// every JSON Schema validator reads it alike): `YYYY-MM-DD`, a date that
/// exists, year 0001 to 9999.
pub(crate) const DATE_PATTERN: &str = concat!(
    "(?:(?:[0-9]{3}[1-9]|[0-9]{2}[1-9][0-9]|[0-9][1-9][0-9]{2}|[1-9][0-9]{3})-",
    "(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-8]))",
    "|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:0[48]|[2468][048]|[13579][26])00)-02-29)"
);

/// [`is_email`] as an ECMA-262 regular expression, but for the lengths
/// ([`EMAIL_LOCAL_MAX`], [`EMAIL_DOMAIN_MAX`]): a local part of letters,
/// digits and `!#$%&'*+/=?^_`{|}~-` in dot-separated runs; a domain of two
/// or more labels of letters, digits and inner hyphens (at most 63
/// characters each), the last alphabetic or an `xn--` label.
pub(crate) const EMAIL_PATTERN: &str = concat!(
    r"[\p{Alphabetic}\p{N}!#$%&'*+/=?^_`{|}~-]+(?:\.[\p{Alphabetic}\p{N}!#$%&'*+/=?^_`{|}~-]+)*",
    r"@(?:[\p{Alphabetic}\p{N}](?:[\p{Alphabetic}\p{N}-]{0,61}[\p{Alphabetic}\p{N}])?\.)+",
    r"(?:\p{Alphabetic}{2,63}|xn--[\p{Alphabetic}\p{N}-]{0,58}[\p{Alphabetic}\p{N}])"
);

/// Most characters in an address's local part.
pub(crate) const EMAIL_LOCAL_MAX: usize = 64;
/// Most characters in an address's domain.
pub(crate) const EMAIL_DOMAIN_MAX: usize = 253;

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

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Reads a date as people write it on a form and gives it as `YYYY-MM-DD`:
/// ISO already, `15/05/2019` or `15.05.2019` (day first, as in UN documents),
/// `15 May 2019`, `May 15, 2019`. `None` when it is not a real date.
pub(crate) fn parse_human_date(text: &str) -> Option<String> {
    let text = text.trim().trim_end_matches('.');
    if is_iso_date(text) {
        return Some(text.to_string());
    }
    let parts: Vec<&str> = text
        .split(|c: char| c == '/' || c == '.' || c == '-' || c == ',' || c.is_whitespace())
        .filter(|p| !p.is_empty())
        .collect();
    if parts.len() != 3 {
        return None;
    }
    let month_name = |s: &str| {
        let s = s.to_lowercase();
        (s.len() >= 3)
            .then(|| MONTHS.iter().position(|m| m.starts_with(&s)))
            .flatten()
            .map(|i| i as u32 + 1)
    };
    let num = |s: &str| s.parse::<u32>().ok();
    let (day, month, year) = if let Some(m) = month_name(parts[1]) {
        (num(parts[0])?, m, num(parts[2])?)
    } else if let Some(m) = month_name(parts[0]) {
        (num(parts[1])?, m, num(parts[2])?)
    } else {
        (num(parts[0])?, num(parts[1])?, num(parts[2])?)
    };
    let year = if year < 100 { 2000 + year } else { year };
    (year >= 1000 && exists(year, month, day)).then(|| format!("{year:04}-{month:02}-{day:02}"))
}

/// Whether `text` looks like a deliverable e-mail address: one `@`, a local
/// part without spaces, and a domain of at least two labels. Lengths (64 for
/// the local part, 63 a label, 253 the domain) count characters, as
/// [`EMAIL_PATTERN`] and the JSON Schema's length patterns do.
pub(crate) fn is_email(text: &str) -> bool {
    let Some((local, domain)) = text.split_once('@') else {
        return false;
    };
    let local_ok = !local.is_empty()
        && local.chars().count() <= EMAIL_LOCAL_MAX
        && !local.starts_with('.')
        && !local.ends_with('.')
        && !local.contains("..")
        && local
            .chars()
            .all(|c| c.is_alphanumeric() || "!#$%&'*+/=?^_`{|}~.-".contains(c));
    let labels: Vec<&str> = domain.split('.').collect();
    let domain_ok = labels.len() >= 2
        && domain.chars().count() <= EMAIL_DOMAIN_MAX
        && labels.iter().all(|l| {
            !l.is_empty()
                && l.chars().count() <= 63
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.chars().all(|c| c.is_alphanumeric() || c == '-')
        })
        && labels.last().is_some_and(|tld| {
            tld.chars().count() >= 2
                && (tld.chars().all(char::is_alphabetic) || tld.starts_with("xn--"))
        });
    local_ok && domain_ok
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
                reads_as: Some("2019-05-15".into())
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
    fn email_addresses() {
        for ok in [
            "a@b.org",
            "focal.point+honlea@mvd.gov.ru",
            "x@xn--p1ai.xn--p1ai",
            "иван@почта.рф",
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
            "a@-b.org",
            ".a@b.org",
            "a@b.c",
        ] {
            assert!(!is_email(bad), "{bad}");
        }
    }
}
