//! Reading a typed date the way `qnr fill` must: a numeric date that could
//! be read two ways (`05/06/2019`: 5 June or 6 May) is asked back, never
//! guessed. The date grammar itself (month names, day-first dates) is
//! [`crate::values`]'s; this small function is the one place `fill` asks
//! it, so it changes with it.

use crate::values::HumanDate;

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
    match crate::values::read_human_date(text) {
        Some(HumanDate::Date(date)) => Reading::One(date),
        Some(HumanDate::Ambiguous {
            day_first,
            month_first,
        }) => Reading::Two(day_first, month_first),
        None => Reading::None,
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
        assert_eq!(read("15 mars 2024"), Reading::One("2024-03-15".into()));
        assert_eq!(read("15 марта 2024 г."), Reading::One("2024-03-15".into()));
    }
}
