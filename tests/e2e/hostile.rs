//! Input nobody here wrote: text from the server that tries to drive the
//! terminal, one object defined twice, generator output, an aggregated API
//! without a backend.

use std::time::{Duration, Instant};

use predicates::prelude::*;

use crate::support::{Namespace, UnavailableApi, kubectl};
use crate::tables::Watch;

/// An Event about `object` whose message tries to colour, retitle and clear the terminal.
fn hostile_event(ns: &Namespace, name: &str, object: &str) -> String {
    serde_json::json!({
        "apiVersion": "v1",
        "kind": "Event",
        "metadata": {"name": name, "namespace": ns.name},
        "involvedObject": {"kind": "ConfigMap", "name": object, "namespace": ns.name},
        "reason": "Hostile",
        "type": "Warning",
        "message": "\u{1b}[31mred\u{1b}]0;title\u{7}\u{1b}[2J\u{9b}1m",
        "firstTimestamp": "2026-01-01T00:00:00Z",
        "lastTimestamp": "2026-01-01T00:00:00Z",
    })
    .to_string()
}

/// `kubectl create` of one object, which tug has no command for.
fn create_with_kubectl(object: &str) {
    let file = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(file.path(), object).unwrap();
    kubectl(&["create", "-f", file.path().to_str().unwrap()]);
}

fn assert_no_raw_controls(output: &[u8]) {
    let text = String::from_utf8_lossy(output);
    assert!(
        !text.contains(['\u{1b}', '\u{7}', '\u{9b}']),
        "raw control characters printed: {text:?}"
    );
}

#[test]
fn control_characters_from_the_server_are_escaped_in_every_table() {
    let ns = Namespace::new("hostile_escapes");
    ns.tug()
        .args(["apply", "-f", "-"])
        .write_stdin(
            serde_json::json!({
                "apiVersion": "v1", "kind": "ConfigMap",
                "metadata": {"name": "evil", "annotations": {"note": "\u{1b}[31mred\r\u{1b}[2K"}},
                "data": {"key": "\u{1b}]0;pwned\u{7}"},
            })
            .to_string(),
        )
        .assert()
        .success();
    create_with_kubectl(&hostile_event(&ns, "evil-1", "evil"));

    let events = ns.tug().args(["get", "events"]).output().unwrap();
    assert!(events.status.success());
    assert_no_raw_controls(&events.stdout);
    let table = String::from_utf8_lossy(&events.stdout);
    assert!(table.contains("^[[31mred^[]0;title^G^[[2J"), "{table}");

    let columns = ns
        .tug()
        .args([
            "get",
            "configmap",
            "evil",
            "-o",
            "custom-columns=NOTE:.metadata.annotations.note,KEY:.data.key",
        ])
        .output()
        .unwrap();
    assert!(columns.status.success());
    assert_no_raw_controls(&columns.stdout);
    let table = String::from_utf8_lossy(&columns.stdout);
    assert!(table.contains("^[[31mred..."), "{table}");
    assert!(table.contains("^[]0;pwned^G"), "{table}");
}

#[test]
fn watch_rows_escape_control_characters() {
    let ns = Namespace::new("hostile_watch");
    let watch = Watch::start(&ns, &["events", "--watch-only"]);
    // The watch starts a moment after the process; events before it may be missed.
    let deadline = Instant::now() + Duration::from_secs(30);
    let mut seen = None;
    for attempt in 0.. {
        let name = format!("evil-{attempt}");
        create_with_kubectl(&hostile_event(&ns, &name, "anything"));
        // The header comes with the first row; the row is what is checked.
        let row = std::iter::from_fn(|| watch.next_line(Instant::now() + Duration::from_secs(2)))
            .find(|line| line.contains("Hostile"));
        if let Some(line) = row {
            seen = Some(line);
            break;
        }
        assert!(Instant::now() < deadline, "no watch row within 30s");
    }
    let line = seen.unwrap();
    assert_no_raw_controls(line.as_bytes());
    assert!(line.contains("^[[31mred"), "{line}");
}

#[test]
fn an_object_defined_twice_ends_as_its_last_definition() {
    let ns = Namespace::new("hostile_duplicates");
    let definition = |value: usize| {
        format!(
            "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: twice\ndata:\n  value: \"{value}\"\n"
        )
    };
    // Many definitions of one object among others: any reordering shows.
    let mut manifests = Vec::new();
    for value in 0..20 {
        manifests.push(definition(value));
        manifests.push(format!(
            "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: other-{value}\n"
        ));
    }
    for _ in 0..3 {
        ns.tug()
            .args(["apply", "-f", "-"])
            .write_stdin(manifests.join("---\n"))
            .assert()
            .success();
        let value = ns.kubectl(&["get", "configmap", "twice", "-o", "jsonpath={.data.value}"]);
        assert_eq!(value, "19");
        ns.kubectl(&["delete", "configmap", "twice"]);
    }
}

#[test]
fn a_list_with_null_items_applies_nothing_and_the_rest() {
    let ns = Namespace::new("hostile_null_items");
    let manifests = "apiVersion: v1\nkind: List\nitems: null\n---\napiVersion: v1\nkind: ConfigMapList\nitems: []\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: after-the-lists\n";
    ns.tug()
        .args(["apply", "-f", "-"])
        .write_stdin(manifests)
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "configmap/after-the-lists created",
        ));
}

#[test]
fn an_unavailable_aggregated_api_breaks_nothing_else() {
    let ns = Namespace::new("hostile_unavailable_api");
    let api = UnavailableApi::new(&ns);
    let group = api.name.trim_start_matches("v1.").to_owned();
    // Discovery is read fresh, as it is the first time tug meets a cluster.
    let cache = tempfile::tempdir().unwrap();
    let tug = || {
        let mut tug = ns.tug();
        tug.env("XDG_CACHE_HOME", cache.path());
        tug
    };
    tug()
        .args(["apply", "-f", "-"])
        .write_stdin("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: still-works\n")
        .assert()
        .success()
        .stderr("");
    tug()
        .args(["get", "configmaps,services"])
        .assert()
        .success()
        .stdout(predicate::str::contains("still-works"))
        .stderr("");
    // A type that may live in the unavailable group gets kubectl's warning
    // first (other tests may have unavailable groups of their own meanwhile).
    let unknown = tug()
        .args(["get", &format!("things.{group}")])
        .assert()
        .failure()
        .get_output()
        .stderr
        .clone();
    let unknown = String::from_utf8_lossy(&unknown);
    let warning = format!(
        "Warning: couldn't get resource list for {group}/v1: the server is currently unable to handle the request\n"
    );
    let error = format!("error: the server doesn't have a resource type \"things.{group}\"\n");
    assert!(unknown.contains(&warning), "{unknown}");
    assert!(unknown.ends_with(&error), "{unknown}");
}
