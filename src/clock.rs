//! The clock on the wall of the person at the terminal: today's date and the
//! time now in their time zone (`TZ`, else the system's setting), not UTC. A
//! focal point in the Pacific filling a reply in the morning submits it
//! today, not yesterday.

use jiff::ZonedDateTime;

/// Today's date in the local time zone, `YYYY-MM-DD`.
pub(crate) fn today() -> String {
    date_in(&ZonedDateTime::now())
}

/// The local time now, to the second, with its offset from UTC:
/// `2026-12-01 10:02:33 +01:00`.
pub(crate) fn now() -> String {
    ZonedDateTime::now()
        .strftime("%Y-%m-%d %H:%M:%S %:z")
        .to_string()
}

fn date_in(moment: &ZonedDateTime) -> String {
    moment.strftime("%Y-%m-%d").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::tz::TimeZone;

    #[test]
    fn a_moment_is_dated_in_its_own_time_zone() {
        // 2026-12-02 05:00 UTC is still the 1st in Los Angeles and already
        // the 2nd in Tokyo.
        let utc: jiff::Timestamp = "2026-12-02T05:00:00Z".parse().unwrap();
        let la = utc.to_zoned_datetime(TimeZone::get("America/Los_Angeles").unwrap());
        let tokyo = utc.to_zoned_datetime(TimeZone::get("Asia/Tokyo").unwrap());
        assert_eq!(date_in(&la), "2026-12-01");
        assert_eq!(date_in(&tokyo), "2026-12-02");
        assert_eq!(today().len(), 10);
        assert!(now().starts_with(&today()[..4]));
    }
}
