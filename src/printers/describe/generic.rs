//! Every type without a describer of its own, custom resources included:
//! kubectl's generic form — the metadata block, then the object's fields as
//! an indented tree with readable labels (`apiVersion` → `API Version`).

use k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta;
use serde_json::{Map, Value};

use super::Writer;
use crate::printers::gofmt::sprint;

/// Fields the metadata block already shows, or that only tools read.
const SKIPPED: &[&str] = &[
    ".metadata.managedFields",
    ".metadata.name",
    ".metadata.namespace",
    ".metadata.labels",
    ".metadata.annotations",
];

/// Writes `object` (its metadata as read into `metadata`) in the generic form.
pub fn describe(w: &mut Writer, object: &Value, metadata: &ObjectMeta) {
    w.metadata(metadata);
    fields(w, 0, object);
}

/// The fields of `value` as an indented tree at `level`.
pub fn fields(w: &mut Writer, level: usize, value: &Value) {
    if let Some(fields) = value.as_object() {
        tree(w, level, fields, "");
    }
}

/// The fields of `fields`, sorted, at `level`; `path` is where they are, for [`SKIPPED`].
fn tree(w: &mut Writer, level: usize, fields: &Map<String, Value>, path: &str) {
    let mut keys: Vec<&String> = fields.keys().collect();
    keys.sort();
    for key in keys {
        let here = format!("{path}.{key}");
        if SKIPPED.contains(&here.as_str()) {
            continue;
        }
        let label = smart_label(key);
        match &fields[key] {
            Value::Object(inner) => {
                w.write(level, &format!("{label}:\n"));
                tree(w, level + 1, inner, &here);
            }
            Value::Array(items) => {
                w.write(level, &format!("{label}:\n"));
                for item in items {
                    match item {
                        Value::Object(inner) => tree(w, level + 1, inner, &here),
                        other => w.write(level + 1, &format!("{}\n", sprint(other))),
                    }
                }
            }
            scalar => w.write(level, &format!("{label}:\t{}\n", sprint(scalar))),
        }
    }
}

/// Acronyms kubectl writes in capitals wherever they appear in a field name.
const ACRONYMS: &[&str] = &["API", "URL", "UID", "GUID"];

/// A field name as a label: `apiVersion` → `API Version`, `podCIDRs` →
/// `Pod CIDRs`; names with characters other than letters and `-` stay as they are.
pub fn smart_label(field: &str) -> String {
    if field.chars().any(|c| !c.is_alphabetic() && c != '-') {
        return field.to_string();
    }
    let parts = merge_capital_runs(camel_case_split(field));
    parts
        .into_iter()
        .map(|part| {
            if ACRONYMS.contains(&part.to_uppercase().as_str()) {
                part.to_uppercase()
            } else if part.to_lowercase() == part {
                title(&part)
            } else {
                part
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The character classes camel case is split between.
fn class(c: char) -> u8 {
    if c.is_lowercase() {
        1
    } else if c.is_uppercase() {
        2
    } else if c.is_numeric() {
        3
    } else {
        4
    }
}

/// Runs of one class, with the capital that starts a word moved to it:
/// `HTTPServer` → `HTTP`, `Server`.
fn camel_case_split(text: &str) -> Vec<String> {
    let mut runs: Vec<String> = Vec::new();
    let mut last = 0;
    for c in text.chars() {
        let this = class(c);
        match runs.last_mut() {
            Some(run) if this == last => run.push(c),
            _ => runs.push(c.to_string()),
        }
        last = this;
    }
    for i in 0..runs.len().saturating_sub(1) {
        let starts_upper = runs[i].chars().next().is_some_and(char::is_uppercase);
        let next_lower = runs[i + 1].chars().next().is_some_and(char::is_lowercase);
        if starts_upper
            && next_lower
            && let Some(capital) = runs[i].pop()
        {
            runs[i + 1].insert(0, capital);
        }
    }
    runs.retain(|r| !r.is_empty());
    runs
}

/// `CID` + `Rs` → `CIDRs`: a run of capitals followed by a capitalised word
/// was one acronym with a plural.
fn merge_capital_runs(parts: Vec<String>) -> Vec<String> {
    let mut merged = Vec::with_capacity(parts.len());
    let mut parts = parts.into_iter().peekable();
    while let Some(part) = parts.next() {
        let all_upper = part.chars().all(|c| !c.is_alphabetic() || c.is_uppercase());
        let next_upper = parts
            .peek()
            .and_then(|n| n.chars().next())
            .is_some_and(char::is_uppercase);
        match parts.peek() {
            Some(next) if part.chars().count() >= 2 && all_upper && next_upper => {
                merged.push(format!("{part}{next}"));
                parts.next();
            }
            _ => merged.push(part),
        }
    }
    merged
}

fn title(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use k8s_openapi::jiff::Timestamp;

    #[test]
    fn labels_read_like_kubectls() {
        assert_eq!(smart_label("apiVersion"), "API Version");
        assert_eq!(smart_label("podCIDRs"), "Pod CIDRs");
        assert_eq!(smart_label("uid"), "UID");
        assert_eq!(smart_label("creationTimestamp"), "Creation Timestamp");
        // An acronym followed by a word is taken for an acronym with a plural.
        assert_eq!(smart_label("HTTPServer"), "HTTPServer");
        assert_eq!(smart_label("hostIPs"), "Host I Ps");
        assert_eq!(smart_label("kind"), "Kind");
        assert_eq!(smart_label("x-y"), "X - Y");
        assert_eq!(smart_label("size2"), "size2");
        assert_eq!(smart_label("a.b"), "a.b");
    }

    #[test]
    fn fields_become_an_indented_tree_without_the_metadata_block() {
        let object = serde_json::json!({
            "apiVersion": "x.test/v1",
            "kind": "Widget",
            "metadata": {"name": "w", "namespace": "n", "uid": "u", "managedFields": [{}]},
            "spec": {"size": 3, "colours": ["blue", "red"], "parts": [{"name": "a"}]}
        });
        let metadata: ObjectMeta = serde_json::from_value(object["metadata"].clone()).unwrap();
        let mut w = Writer::new(Timestamp::UNIX_EPOCH);
        describe(&mut w, &object, &metadata);
        assert_eq!(
            w.finish(),
            "Name:         w\nNamespace:    n\nLabels:       <none>\nAnnotations:  <none>\n\
             API Version:  x.test/v1\nKind:         Widget\nMetadata:\n  UID:  u\n\
             Spec:\n  Colours:\n    blue\n    red\n  Parts:\n    Name:  a\n  Size:    3\n"
        );
    }
}
