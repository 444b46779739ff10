//! `describe`: an object in kubectl's layout — `Label:\tvalue` lines at
//! two-space levels, aligned by Go's tabwriter rules ([`super::tabwriter`]),
//! then the object's events. One module per family of kinds; [`generic`]
//! serves every other type, custom resources included.

pub mod config;
pub mod generic;
pub mod namespace;
pub mod node;
pub mod pod;
pub mod service;
pub mod workloads;

use std::collections::BTreeMap;

use k8s_openapi::api::core::v1::Event;
use k8s_openapi::apimachinery::pkg::apis::meta::v1::{ObjectMeta, OwnerReference, Time};
use k8s_openapi::jiff::Timestamp;

/// kubectl's describe padding between a label and its value.
const PADDING: usize = 2;
/// Annotations longer than this (key and value) are shown on lines of their own.
const MAX_ANNOTATION_LEN: usize = 140;
/// The annotation kubectl leaves out: it repeats the whole object.
const LAST_APPLIED: &str = "kubectl.kubernetes.io/last-applied-configuration";
/// What kubectl prints for anything absent.
pub const NONE: &str = "<none>";

/// The text of one description, written level by level and aligned at the end.
pub struct Writer {
    text: String,
    now: Timestamp,
}

impl Writer {
    /// A description whose ages are counted to `now`.
    pub fn new(now: Timestamp) -> Writer {
        Writer {
            text: String::new(),
            now,
        }
    }

    /// Writes `text` (tabs separate cells) at `level` two-space indents;
    /// control characters from the server are shown, not obeyed.
    pub fn write(&mut self, level: usize, text: &str) {
        for _ in 0..level {
            self.text.push_str("  ");
        }
        self.text.push_str(&super::escape_terminal(text));
    }

    /// `Label:\tvalue` on a line of its own.
    pub fn field(&mut self, level: usize, label: &str, value: impl std::fmt::Display) {
        self.write(level, &format!("{label}:\t{value}\n"));
    }

    /// The aligned description.
    pub fn finish(self) -> String {
        super::tabwriter::align(&self.text, PADDING)
    }

    /// `Name:` and, for namespaced objects, `Namespace:`.
    pub fn name_and_namespace(&mut self, metadata: &ObjectMeta) {
        self.field(0, "Name", metadata.name.as_deref().unwrap_or_default());
        self.field(
            0,
            "Namespace",
            metadata.namespace.as_deref().unwrap_or_default(),
        );
    }

    /// `CreationTimestamp:` as kubectl writes it.
    pub fn creation(&mut self, metadata: &ObjectMeta) {
        self.field(
            0,
            "CreationTimestamp",
            timestamp(metadata.creation_timestamp.as_ref()),
        );
    }

    /// `title:\tk=v` lines, sorted, each further one under the first value.
    pub fn labels(&mut self, indent: &str, title: &str, labels: Option<&BTreeMap<String, String>>) {
        self.write(0, &format!("{indent}{title}:\t"));
        let labels = labels.filter(|l| !l.is_empty());
        let Some(labels) = labels else {
            self.write(0, &format!("{NONE}\n"));
            return;
        };
        for (i, (key, value)) in labels.iter().enumerate() {
            if i > 0 {
                self.write(0, &format!("{indent}\t"));
            }
            self.write(0, &format!("{key}={value}\n"));
        }
    }

    /// `title:\tk: v` lines, sorted, without the last-applied configuration;
    /// long or multi-line values on indented lines of their own.
    pub fn annotations(&mut self, title: &str, annotations: Option<&BTreeMap<String, String>>) {
        self.write(0, &format!("{title}:\t"));
        let shown: Vec<(&String, &String)> = annotations
            .into_iter()
            .flatten()
            .filter(|(key, _)| key.as_str() != LAST_APPLIED)
            .collect();
        if shown.is_empty() {
            self.write(0, &format!("{NONE}\n"));
            return;
        }
        for (i, (key, value)) in shown.into_iter().enumerate() {
            if i > 0 {
                self.write(0, "\t");
            }
            let value = value.strip_suffix('\n').unwrap_or(value);
            if value.len() + key.len() + 2 > MAX_ANNOTATION_LEN || value.contains('\n') {
                self.write(0, &format!("{key}:\n"));
                for line in value.split('\n') {
                    self.write(
                        0,
                        &format!("\t  {}\n", shorten(line, MAX_ANNOTATION_LEN - 2)),
                    );
                }
            } else {
                self.write(0, &format!("{key}: {value}\n"));
            }
        }
    }

    /// The metadata block most describers start with: name, namespace, labels, annotations.
    pub fn metadata(&mut self, metadata: &ObjectMeta) {
        self.name_and_namespace(metadata);
        self.labels("", "Labels", metadata.labels.as_ref());
        self.annotations("Annotations", metadata.annotations.as_ref());
    }

    /// `Controlled By:\tKind/name` when the object has a controller.
    pub fn controlled_by(&mut self, metadata: &ObjectMeta) {
        if let Some(owner) = controller(metadata) {
            self.field(0, "Controlled By", format!("{}/{}", owner.kind, owner.name));
        }
    }

    /// `Conditions:` as a Type/Status/Reason table, when there are any.
    pub fn conditions<'a>(
        &mut self,
        conditions: impl IntoIterator<Item = [&'a Option<String>; 3]>,
    ) {
        let mut conditions = conditions.into_iter().peekable();
        if conditions.peek().is_none() {
            return;
        }
        self.write(0, "Conditions:\n  Type\tStatus\tReason\n");
        self.write(1, "----\t------\t------\n");
        for [kind, status, reason] in conditions {
            let text = |v: &Option<String>| v.clone().unwrap_or_default();
            let (kind, status, reason) = (text(kind), text(status), text(reason));
            self.write(1, &format!("{kind} \t{status}\t{reason}\n"));
        }
    }

    /// The `Events:` section; `events` must be sorted oldest first.
    pub fn events(&mut self, events: &[Event]) {
        if events.is_empty() {
            self.write(0, &format!("Events:\t{NONE}\n"));
            return;
        }
        self.write(0, "Events:\n  Type\tReason\tAge\tFrom\tMessage\n");
        self.write(1, "----\t------\t----\t----\t-------\n");
        for event in events {
            let source = event
                .source
                .as_ref()
                .and_then(|s| s.component.as_deref())
                .filter(|c| !c.is_empty())
                .or(event.reporting_component.as_deref())
                .unwrap_or_default();
            let mut message = event
                .message
                .as_deref()
                .unwrap_or_default()
                .trim()
                .to_string();
            if let Some(path) = event
                .involved_object
                .field_path
                .as_deref()
                .filter(|p| !p.is_empty())
            {
                message = format!("{path}: {message}");
            }
            self.write(
                1,
                &format!(
                    "{}\t{}\t{}\t{source}\t{message}\n",
                    event.type_.as_deref().unwrap_or_default(),
                    event.reason.as_deref().unwrap_or_default(),
                    super::events::interval(event, self.now),
                ),
            );
        }
    }

    /// How long ago `time` was, as kubectl's ages.
    pub fn since(&self, time: Option<&Time>) -> String {
        match time {
            Some(Time(t)) => super::age::human_signed_duration(self.now.duration_since(*t)),
            None => "<unknown>".to_string(),
        }
    }
}

/// The owner reference marked as the controller.
pub fn controller(metadata: &ObjectMeta) -> Option<&OwnerReference> {
    metadata
        .owner_references
        .iter()
        .flatten()
        .find(|o| o.controller == Some(true))
}

/// A time as kubectl's describe writes it (Go's RFC 1123 with a numeric
/// zone), in the local time zone, as kubectl converts it.
pub fn timestamp(time: Option<&Time>) -> String {
    // Go prints the zero time for an unset one.
    let Some(Time(time)) = time else {
        return "Mon, 01 Jan 0001 00:00:00 +0000".to_string();
    };
    let zone = jiff::tz::TimeZone::try_system().unwrap_or(jiff::tz::TimeZone::UTC);
    let instant = jiff::Timestamp::from_nanosecond(time.as_nanosecond()).unwrap_or_default();
    instant
        .to_zoned(zone)
        .strftime("%a, %d %b %Y %H:%M:%S %z")
        .to_string()
}

/// Go's `%v` of a boolean pointer in kubectl's tables: `True`/`False`.
pub fn title_bool(value: bool) -> &'static str {
    if value { "True" } else { "False" }
}

fn shorten(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        // kubectl cuts at a byte offset; a character boundary keeps the text valid.
        Some((cut, _)) if text.len() > max => format!("{}...", &text[..cut]),
        _ => text.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn map(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn labels_line_up_under_the_first() {
        let mut w = Writer::new(Timestamp::UNIX_EPOCH);
        w.labels("", "Labels", Some(&map(&[("b", "2"), ("a", "1")])));
        w.annotations("Annotations", None);
        assert_eq!(
            w.finish(),
            "Labels:       a=1\n              b=2\nAnnotations:  <none>\n"
        );
    }

    #[test]
    fn the_last_applied_configuration_is_left_out_and_long_values_wrap() {
        let long = "x".repeat(150);
        let mut w = Writer::new(Timestamp::UNIX_EPOCH);
        w.annotations(
            "Annotations",
            Some(&map(&[(LAST_APPLIED, "{}"), ("long", &long)])),
        );
        let text = w.finish();
        assert!(!text.contains(LAST_APPLIED), "{text}");
        assert!(text.starts_with("Annotations:  long:\n"), "{text}");
        assert!(
            text.contains(&format!("  {}...\n", "x".repeat(138))),
            "{text}"
        );
    }

    #[test]
    fn server_text_cannot_drive_the_terminal() {
        let mut w = Writer::new(Timestamp::UNIX_EPOCH);
        w.field(0, "Name", "a\x1b[2Jb");
        assert_eq!(w.finish(), "Name:  a^[[2Jb\n");
    }
}
