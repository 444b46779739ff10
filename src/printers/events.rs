//! Events as kubectl shows them: the `tug events` table and the age of an
//! event with its repetitions (`3m (x5 over 10m)`), shared with `describe`.

use std::io::{self, Write};

use k8s_openapi::api::core::v1::Event;
use k8s_openapi::apimachinery::pkg::apis::meta::v1::{MicroTime, Time};
use k8s_openapi::jiff::Timestamp;

use super::age::human_signed_duration;

/// When an event was last seen and how often: `45s`, or `3m (x5 over 10m)`
/// for a repeated one, as kubectl's `describe` and `events` write it.
pub fn interval(event: &Event, now: Timestamp) -> String {
    let first = match &event.event_time {
        Some(MicroTime(time)) => since(Some(*time), now),
        None => since(event.first_timestamp.as_ref().map(|Time(t)| *t), now),
    };
    if let Some(series) = &event.series {
        let last = series.last_observed_time.as_ref().map(|MicroTime(t)| *t);
        let count = series.count.unwrap_or_default();
        return format!("{} (x{count} over {first})", since(last, now));
    }
    match event.count {
        Some(count) if count > 1 => {
            let last = event.last_timestamp.as_ref().map(|Time(t)| *t);
            format!("{} (x{count} over {first})", since(last, now))
        }
        _ => first,
    }
}

fn since(time: Option<Timestamp>, now: Timestamp) -> String {
    match time {
        Some(time) => human_signed_duration(now.duration_since(time)),
        None => "<unknown>".to_string(),
    }
}

/// kubectl's `events` columns.
const COLUMNS: [&str; 5] = ["LAST SEEN", "TYPE", "REASON", "OBJECT", "MESSAGE"];

/// Writes `events` as kubectl's `events` table, with a NAMESPACE column
/// for `-A`, and the header unless `header` is false.
pub fn write_table<W: Write + ?Sized>(
    out: &mut W,
    events: &[Event],
    all_namespaces: bool,
    header: bool,
    now: Timestamp,
) -> io::Result<()> {
    let mut columns: Vec<&str> = Vec::new();
    if all_namespaces {
        columns.push("NAMESPACE");
    }
    columns.extend(COLUMNS);
    let rows = events.iter().map(|event| row(event, all_namespaces, now));
    super::table::write_plain(out, if header { &columns } else { &[] }, rows)
}

fn row(event: &Event, all_namespaces: bool, now: Timestamp) -> Vec<String> {
    let text = |value: &Option<String>| value.clone().unwrap_or_default();
    let object = &event.involved_object;
    let mut cells = Vec::with_capacity(6);
    if all_namespaces {
        cells.push(text(&event.metadata.namespace));
    }
    cells.extend([
        interval(event, now),
        text(&event.type_),
        text(&event.reason),
        format!("{}/{}", text(&object.kind), text(&object.name)),
        event
            .message
            .as_deref()
            .unwrap_or_default()
            .trim()
            .to_string(),
    ]);
    cells
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(json: serde_json::Value) -> Event {
        serde_json::from_value(json).unwrap()
    }

    fn now() -> Timestamp {
        "2026-01-01T00:10:00Z".parse().unwrap()
    }

    #[test]
    fn a_single_event_shows_when_it_happened() {
        let e = event(serde_json::json!({
            "metadata": {"name": "e"}, "involvedObject": {},
            "firstTimestamp": "2026-01-01T00:09:15Z", "lastTimestamp": "2026-01-01T00:09:15Z", "count": 1
        }));
        assert_eq!(interval(&e, now()), "45s");
    }

    #[test]
    fn a_repeated_event_shows_its_count_and_span() {
        let e = event(serde_json::json!({
            "metadata": {"name": "e"}, "involvedObject": {},
            "firstTimestamp": "2026-01-01T00:00:00Z", "lastTimestamp": "2026-01-01T00:07:00Z", "count": 5
        }));
        assert_eq!(interval(&e, now()), "3m (x5 over 10m)");
    }

    #[test]
    fn a_series_counts_from_its_event_time() {
        let e = event(serde_json::json!({
            "metadata": {"name": "e"}, "involvedObject": {},
            "eventTime": "2026-01-01T00:00:00.000000Z",
            "series": {"count": 2, "lastObservedTime": "2026-01-01T00:09:00.000000Z"}
        }));
        assert_eq!(interval(&e, now()), "60s (x2 over 10m)");
    }

    #[test]
    fn an_event_without_times_is_unknown() {
        let e = event(serde_json::json!({"metadata": {"name": "e"}, "involvedObject": {}}));
        assert_eq!(interval(&e, now()), "<unknown>");
    }
}
