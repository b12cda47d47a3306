//! Reading a typed date the way `qnr fill` must: a numeric date that could
//! be read two ways (`05/06/2019`: 5 June or 6 May) is asked back, never
//! guessed. The date grammar itself (month names, day-first dates) is
//! [`crate::values`]'s; this small function is the one place `fill` asks
//! it, so it changes with it.

/// What a typed date means.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Reading {
    /// One date, `YYYY-MM-DD`.
    One(String),
    /// Two dates it could be: day first, then month first.
    Two(String, String),
    /// Not a date.
    None,
}

/// Reads `text` as a date of submission.
pub(crate) fn read(text: &str) -> Reading {
    let text = text.trim();
    let parts: Vec<&str> = text.split(['/', '.', '-']).collect();
    let numbers: Option<Vec<u32>> = parts
        .iter()
        .map(|p| {
            p.chars()
                .all(|c| c.is_ascii_digit())
                .then(|| p.parse().ok())
                .flatten()
        })
        .collect();
    if let (Some(n), 3) = (numbers, parts.len()) {
        // Year first (`2019/05/15`): one reading.
        if parts[0].len() == 4 {
            return one(&format!("{:04}-{:02}-{:02}", n[0], n[1], n[2]));
        }
        // Day and month both 12 or less, and different: two readings.
        if parts[2].len() >= 2 && n[0] <= 12 && n[1] <= 12 && n[0] != n[1] && n[0] > 0 && n[1] > 0 {
            let year = if n[2] < 100 { 2000 + n[2] } else { n[2] };
            let day_first = format!("{year:04}-{:02}-{:02}", n[1], n[0]);
            let month_first = format!("{year:04}-{:02}-{:02}", n[0], n[1]);
            if crate::values::is_iso_date(&day_first) && crate::values::is_iso_date(&month_first) {
                return Reading::Two(day_first, month_first);
            }
        }
    }
    match crate::values::parse_human_date(text) {
        Some(date) => Reading::One(date),
        None => Reading::None,
    }
}

fn one(iso: &str) -> Reading {
    if crate::values::is_iso_date(iso) {
        Reading::One(iso.to_string())
    } else {
        Reading::None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Issue 12: `05/06/2019` was silently taken as 5 June.
    #[test]
    fn a_date_read_two_ways_gives_both() {
        assert_eq!(
            read("05/06/2019"),
            Reading::Two("2019-06-05".into(), "2019-05-06".into())
        );
        assert_eq!(read("15/05/2019"), Reading::One("2019-05-15".into()));
        assert_eq!(read("05/05/2019"), Reading::One("2019-05-05".into()));
        assert_eq!(read("2019/05/15"), Reading::One("2019-05-15".into()));
        assert_eq!(read("2019-05-15"), Reading::One("2019-05-15".into()));
        assert_eq!(read("15 May 2019"), Reading::One("2019-05-15".into()));
        assert_eq!(read("2019/02/30"), Reading::None);
        assert_eq!(read("soon"), Reading::None);
    }
}
