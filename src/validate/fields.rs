//! Checks for respondent values: real calendar dates and e-mail addresses.
//! Also reads the dates people write by hand (`15 May 2019`, `15/05/2019`),
//! to suggest the ISO form and for the form readers.

/// Whether `text` is an ISO 8601 calendar date `YYYY-MM-DD` that exists.
pub fn is_iso_date(text: &str) -> bool {
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
pub fn parse_human_date(text: &str) -> Option<String> {
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
/// the local part, 63 a label, 253 the domain) count characters, as the
/// exported JSON Schema's patterns do.
pub fn is_email(text: &str) -> bool {
    let Some((local, domain)) = text.split_once('@') else {
        return false;
    };
    let local_ok = !local.is_empty()
        && local.chars().count() <= 64
        && !local.starts_with('.')
        && !local.ends_with('.')
        && !local.contains("..")
        && local
            .chars()
            .all(|c| c.is_alphanumeric() || "!#$%&'*+/=?^_`{|}~.-".contains(c));
    let labels: Vec<&str> = domain.split('.').collect();
    let domain_ok = labels.len() >= 2
        && domain.chars().count() <= 253
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
