//! The report's dates (dates of submission, the cut-off) as a type: read
//! once from `YYYY-MM-DD`, compared as dates rather than as strings, and
//! written the way a UN document writes them ("9 August 2019").

use std::fmt;

use crate::values::is_iso_date;

/// A calendar date that exists, read from ISO 8601 `YYYY-MM-DD`.
/// Fields in this order, so the derived order is the calendar's.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) struct IsoDate {
    year: u16,
    month: u8,
    day: u8,
}

impl IsoDate {
    /// The date `text` names, when it is a real `YYYY-MM-DD` date.
    pub(crate) fn parse(text: &str) -> Option<IsoDate> {
        if !is_iso_date(text) {
            return None;
        }
        Some(IsoDate {
            year: text[0..4].parse().ok()?,
            month: text[5..7].parse().ok()?,
            day: text[8..10].parse().ok()?,
        })
    }

    pub(crate) fn year(self) -> u16 {
        self.year
    }

    /// 1 to 12.
    pub(crate) fn month(self) -> u8 {
        self.month
    }

    pub(crate) fn day(self) -> u8 {
        self.day
    }
}

/// `2019-08-09`, as files and machine outputs write it.
impl fmt::Display for IsoDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl serde::Serialize for IsoDate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_compare_as_dates_and_print_as_iso() {
        let a = IsoDate::parse("2019-08-09").unwrap();
        let b = IsoDate::parse("2019-10-01").unwrap();
        assert!(a < b);
        assert_eq!(a.to_string(), "2019-08-09");
        assert_eq!((a.year(), a.month(), a.day()), (2019, 8, 9));
        assert_eq!(IsoDate::parse("2019-02-29"), None);
        assert_eq!(IsoDate::parse("15/05/2019"), None);
        assert_eq!(serde_json::to_string(&a).unwrap(), "\"2019-08-09\"");
    }
}
