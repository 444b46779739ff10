//! Ages and durations the way kubectl prints them: two or three significant
//! figures (`45s`, `3m12s`, `5h30m`, `3d4h`, `2y30d`), never a long string.

use std::time::Duration;

use k8s_openapi::apimachinery::pkg::apis::meta::v1::Time;
use k8s_openapi::jiff::{SignedDuration, Timestamp};

const MINUTE: u64 = 60;
const HOUR: u64 = 60 * MINUTE;
const DAY_HOURS: u64 = 24;
const YEAR_DAYS: u64 = 365;

/// Formats `d` like kubectl's `HumanDuration`, e.g. `45s`, `3m12s`, `5h30m`, `120d`.
pub fn human_duration(d: Duration) -> String {
    let seconds = d.as_secs();
    // Below two minutes the seconds still matter to someone watching a rollout.
    if seconds < 2 * MINUTE {
        return format!("{seconds}s");
    }
    let minutes = seconds / MINUTE;
    if minutes < 10 {
        return with_remainder(minutes, "m", seconds % MINUTE, "s");
    }
    if minutes < 3 * 60 {
        return format!("{minutes}m");
    }
    let hours = seconds / HOUR;
    if hours < 8 {
        return with_remainder(hours, "h", minutes % 60, "m");
    }
    if hours < 48 {
        return format!("{hours}h");
    }
    let days = hours / DAY_HOURS;
    if hours < 8 * DAY_HOURS {
        return with_remainder(days, "d", hours % DAY_HOURS, "h");
    }
    if hours < 2 * YEAR_DAYS * DAY_HOURS {
        return format!("{days}d");
    }
    let years = days / YEAR_DAYS;
    if hours < 8 * YEAR_DAYS * DAY_HOURS {
        return with_remainder(years, "y", days % YEAR_DAYS, "d");
    }
    format!("{years}y")
}

/// Formats a signed duration: kubectl tolerates a clock up to two seconds
/// behind the server (shown as `0s`) and calls anything further `<invalid>`.
pub fn human_signed_duration(d: SignedDuration) -> String {
    if d.is_negative() {
        // Go truncates the float seconds toward zero, so -1.9s counts as -1s.
        return if d.as_secs() < -1 {
            "<invalid>".to_owned()
        } else {
            "0s".to_owned()
        };
    }
    human_duration(d.unsigned_abs())
}

/// The AGE cell for an object created at `created`, as seen at `now`; `<unknown>` when unset.
pub fn age(created: Option<&Time>, now: Timestamp) -> String {
    match created {
        Some(Time(created)) => human_signed_duration(now.duration_since(*created)),
        None => "<unknown>".to_owned(),
    }
}

/// `3m` or `3m12s`: the smaller unit is left out when it is zero.
fn with_remainder(major: u64, major_unit: &str, minor: u64, minor_unit: &str) -> String {
    if minor == 0 {
        format!("{major}{major_unit}")
    } else {
        format!("{major}{major_unit}{minor}{minor_unit}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn secs(s: u64) -> String {
        human_duration(Duration::from_secs(s))
    }

    #[test]
    fn seconds_are_shown_up_to_two_minutes() {
        assert_eq!(secs(0), "0s");
        assert_eq!(secs(45), "45s");
        assert_eq!(secs(119), "119s");
        assert_eq!(secs(120), "2m");
    }

    #[test]
    fn minutes_keep_their_seconds_below_ten_minutes() {
        assert_eq!(secs(3 * 60 + 12), "3m12s");
        assert_eq!(secs(9 * 60 + 59), "9m59s");
        assert_eq!(secs(10 * 60 + 30), "10m");
        assert_eq!(secs(25 * 60), "25m");
        assert_eq!(secs(179 * 60 + 59), "179m");
    }

    #[test]
    fn hours_keep_their_minutes_below_eight_hours() {
        assert_eq!(secs(3 * HOUR), "3h");
        assert_eq!(secs(5 * HOUR + 30 * MINUTE), "5h30m");
        assert_eq!(secs(7 * HOUR + 59 * MINUTE), "7h59m");
        assert_eq!(secs(8 * HOUR + 30 * MINUTE), "8h");
        assert_eq!(secs(47 * HOUR + 59 * MINUTE), "47h");
    }

    #[test]
    fn days_keep_their_hours_below_eight_days() {
        assert_eq!(secs(48 * HOUR), "2d");
        assert_eq!(secs((3 * 24 + 4) * HOUR), "3d4h");
        assert_eq!(secs((7 * 24 + 23) * HOUR), "7d23h");
        assert_eq!(secs(8 * 24 * HOUR), "8d");
        assert_eq!(secs(120 * 24 * HOUR), "120d");
        assert_eq!(secs(729 * 24 * HOUR), "729d");
    }

    #[test]
    fn years_keep_their_days_below_eight_years() {
        assert_eq!(secs(730 * 24 * HOUR), "2y");
        assert_eq!(secs((2 * 365 + 30) * 24 * HOUR), "2y30d");
        assert_eq!(secs(8 * 365 * 24 * HOUR), "8y");
        assert_eq!(secs((10 * 365 + 100) * 24 * HOUR), "10y");
    }

    #[test]
    fn slightly_negative_durations_count_as_now() {
        assert_eq!(
            human_signed_duration(SignedDuration::from_millis(-1900)),
            "0s"
        );
        assert_eq!(
            human_signed_duration(SignedDuration::from_secs(-2)),
            "<invalid>"
        );
    }

    #[test]
    fn age_of_object_created_earlier() {
        let created = Timestamp::from_second(1_000_000).unwrap();
        let now = Timestamp::from_second(1_000_000 + 5 * 3600 + 30 * 60).unwrap();
        assert_eq!(age(Some(&Time(created)), now), "5h30m");
    }

    #[test]
    fn age_without_creation_timestamp_is_unknown() {
        assert_eq!(age(None, Timestamp::UNIX_EPOCH), "<unknown>");
    }

    #[test]
    fn age_of_object_from_the_future_is_invalid() {
        let created = Timestamp::from_second(100).unwrap();
        assert_eq!(
            age(Some(&Time(created)), Timestamp::UNIX_EPOCH),
            "<invalid>"
        );
    }
}
