//! The clock on the wall of the person at the terminal: today's date and the
//! time now in their time zone (`TZ`, else the system's setting), not UTC. A
//! focal point in the Pacific filling a reply in the morning submits it
//! today, not yesterday.

use std::sync::OnceLock;

use jiff::tz::TimeZone;
use jiff::{Timestamp, ZonedDateTime};

/// Today's date in the local time zone, `YYYY-MM-DD`.
pub(crate) fn today() -> String {
    date_in(&local_now())
}

/// The local time now, to the second, with its offset from UTC:
/// `2026-12-01 10:02:33 +01:00`.
pub(crate) fn now() -> String {
    local_now().strftime("%Y-%m-%d %H:%M:%S %:z").to_string()
}

fn local_now() -> ZonedDateTime {
    static LOCAL: OnceLock<TimeZone> = OnceLock::new();
    Timestamp::now().to_zoned_datetime(LOCAL.get_or_init(local_zone).clone())
}

/// The person's time zone: `TZ`, else the system's. Without `TZ` on Unix,
/// `/etc/localtime` is read as the zone file it is: jiff would turn its
/// link into a zone name first, listing the whole zoneinfo folder to check
/// it (milliseconds at every `qnr fill` start), and qnr needs the offsets
/// only.
fn local_zone() -> TimeZone {
    #[cfg(unix)]
    if std::env::var_os("TZ").is_none()
        && let Ok(bytes) = std::fs::read("/etc/localtime")
        && let Ok(zone) = TimeZone::tzif("Local", &bytes)
    {
        return zone;
    }
    TimeZone::system()
}

fn date_in(moment: &ZonedDateTime) -> String {
    moment.strftime("%Y-%m-%d").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

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

    /// The zone read from `/etc/localtime` gives the offsets jiff's own
    /// lookup of the system's zone gives.
    #[test]
    fn the_local_zone_is_the_systems() {
        let moment = Timestamp::now();
        assert_eq!(
            local_zone().to_offset(moment),
            TimeZone::system().to_offset(moment)
        );
    }
}
