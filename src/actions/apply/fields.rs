//! Field ownership (`metadata.managedFields`): readable paths of a FieldsV1
//! set, who lost which fields to a forced apply, and kubectl's upgrade of
//! client-side-apply ownership to server-side apply.

use serde_json::{Map, Value};

/// The annotation `kubectl apply` (client-side) keeps its last input in.
pub const LAST_APPLIED: &str = "kubectl.kubernetes.io/last-applied-configuration";

/// One field and the manager that owns it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ownership {
    /// `.spec.replicas`, `.spec.template.spec.containers[name="web"].image`.
    pub path: String,
    pub manager: String,
    /// The subresource the manager wrote the field through (`scale`, `status`).
    pub subresource: Option<String>,
}

/// The field autoscalers and `scale` own, which manifests should then leave out.
const REPLICAS: &str = ".spec.replicas";

impl Ownership {
    /// The owner of a field the server reported in conflict: its message reads
    /// `conflict with "kubectl" with subresource "scale" using apps/v1`.
    pub fn from_conflict(path: &str, message: &str) -> Ownership {
        let mut quoted = message.split('"').skip(1).step_by(2);
        let manager = quoted.next().unwrap_or(message).to_string();
        let subresource = message
            .contains(" with subresource ")
            .then(|| quoted.next().map(str::to_string))
            .flatten();
        Ownership {
            path: path.to_string(),
            manager,
            subresource,
        }
    }

    /// `"kubectl"`, or `"kubectl" through the scale subresource`.
    pub fn owner(&self) -> String {
        match &self.subresource {
            Some(subresource) => {
                format!("\"{}\" through the {subresource} subresource", self.manager)
            }
            None => format!("\"{}\"", self.manager),
        }
    }
}

/// For conflicts over `.spec.replicas`: how to leave the number of replicas
/// to an autoscaler or to `scale` instead of fighting over it.
pub fn replicas_advice(conflicts: &[Ownership]) -> Option<&'static str> {
    conflicts.iter().any(|c| c.path == REPLICAS).then_some(
        "To leave .spec.replicas to a HorizontalPodAutoscaler or to `tug scale`, remove \
         `replicas` from your manifest; apply with --force-conflicts only to set it from the manifest again.",
    )
}

/// The leaf paths of a FieldsV1 set, in kubectl's dotted notation.
pub fn paths(fields: &Value) -> Vec<String> {
    let mut out = Vec::new();
    collect_paths(fields, String::new(), &mut out);
    out
}

fn collect_paths(node: &Value, prefix: String, out: &mut Vec<String>) {
    let Some(children) = node.as_object() else {
        return;
    };
    let mut leaf = true;
    for (key, child) in children {
        if key == "." {
            continue;
        }
        leaf = false;
        collect_paths(child, format!("{prefix}{}", path_element(key)), out);
    }
    if (leaf || children.contains_key(".")) && !prefix.is_empty() {
        out.push(prefix);
    }
}

/// `f:name` → `.name`; `k:{"name":"web"}` → `[name="web"]`; `v:"x"` → `["x"]`; `i:0` → `[0]`.
fn path_element(key: &str) -> String {
    match key.split_once(':') {
        Some(("f", name)) => format!(".{name}"),
        Some(("k", json)) => match serde_json::from_str::<Map<String, Value>>(json) {
            Ok(fields) => {
                let parts: Vec<String> = fields.iter().map(|(k, v)| format!("{k}={v}")).collect();
                format!("[{}]", parts.join(","))
            }
            Err(_) => format!("[{json}]"),
        },
        Some(("v", value)) => format!("[{value}]"),
        Some(("i", index)) => format!("[{index}]"),
        _ => format!(".{key}"),
    }
}

/// The managedFields entries of an object (empty when it has none).
fn entries(object: &Value) -> &[Value] {
    object["metadata"]["managedFields"]
        .as_array()
        .map_or(&[], Vec::as_slice)
}

/// The field sets `manager` owns through apply, without their timestamps.
pub fn owned_by<'a>(object: &'a Value, manager: &str) -> Vec<&'a Value> {
    entries(object)
        .iter()
        .filter(|e| e["manager"] == manager && e["operation"] == "Apply")
        .map(|e| &e["fieldsV1"])
        .collect()
}

/// Fields that other managers owned `before` and `manager` owns `after`:
/// what a forced apply took over.
pub fn taken_over(before: &Value, after: &Value, manager: &str) -> Vec<Ownership> {
    let ours: Vec<String> = entries(after)
        .iter()
        .filter(|e| e["manager"] == manager && e["operation"] == "Apply")
        .flat_map(|e| paths(&e["fieldsV1"]))
        .collect();
    let still_owned = |other: &str, path: &str| {
        entries(after)
            .iter()
            .filter(|e| e["manager"] == other)
            .any(|e| paths(&e["fieldsV1"]).iter().any(|p| p == path))
    };
    let mut taken = Vec::new();
    for entry in entries(before).iter().filter(|e| e["manager"] != manager) {
        let other = entry["manager"].as_str().unwrap_or_default();
        for path in paths(&entry["fieldsV1"]) {
            if ours.contains(&path) && !still_owned(other, &path) {
                taken.push(Ownership {
                    path,
                    manager: other.to_string(),
                    subresource: entry["subresource"].as_str().map(str::to_string),
                });
            }
        }
    }
    taken
}

/// kubectl's client-side to server-side apply upgrade of one object.
#[derive(Debug, Clone, PartialEq)]
pub struct Upgrade {
    /// The object's managedFields after it.
    pub managed_fields: Vec<Value>,
    /// The managers whose `Update` entries it hands over, in order.
    pub from: Vec<String>,
}

impl Upgrade {
    /// Whether `entry` is one of the entries the upgrade removes.
    pub fn hands_over(&self, entry: &Value) -> bool {
        entry["operation"] == "Update"
            && entry["subresource"].is_null()
            && self.from.iter().any(|m| entry["manager"] == m.as_str())
    }
}

/// kubectl's client-side to server-side apply upgrade: the managers that
/// wrote the last-applied annotation with `Update` hand their fields to
/// `manager` as an `Apply` entry, so that applying a manifest without a field
/// removes it instead of conflicting. `None` when there is nothing to upgrade.
pub fn upgrade_client_side_apply(object: &Value, manager: &str) -> Option<Upgrade> {
    let current = entries(object);
    let annotation_path = format!(".metadata.annotations.{LAST_APPLIED}");
    let owns_annotation = |e: &Value| paths(&e["fieldsV1"]).contains(&annotation_path);
    // Already migrated, or applied server-side from the start.
    if current
        .iter()
        .any(|e| e["operation"] == "Apply" && owns_annotation(e))
    {
        return None;
    }
    let client_side: Vec<&Value> = current
        .iter()
        .filter(|e| e["operation"] == "Update" && e["subresource"].is_null() && owns_annotation(e))
        .collect();
    if client_side.is_empty() {
        return None;
    }
    let mut from: Vec<String> = Vec::new();
    for name in client_side.iter().filter_map(|e| e["manager"].as_str()) {
        if !from.iter().any(|m| m == name) {
            from.push(name.to_string());
        }
    }
    let is_client_side = |e: &Value| client_side.contains(&e);
    let mut upgraded: Vec<Value> = Vec::with_capacity(current.len());
    let mut target: Option<usize> = current.iter().filter(|e| !is_client_side(e)).position(|e| {
        e["manager"] == manager && e["operation"] == "Apply" && e["subresource"].is_null()
    });
    for entry in current.iter().filter(|e| !is_client_side(e)) {
        upgraded.push(entry.clone());
    }
    for entry in client_side {
        match target {
            Some(index) if upgraded[index]["apiVersion"] == entry["apiVersion"] => {
                let mut union = upgraded[index]["fieldsV1"].take();
                merge(&mut union, &entry["fieldsV1"]);
                upgraded[index]["fieldsV1"] = union;
            }
            Some(_) => {}
            None => {
                let mut adopted = entry.clone();
                adopted["manager"] = Value::String(manager.to_string());
                adopted["operation"] = Value::String("Apply".to_string());
                upgraded.push(adopted);
                target = Some(upgraded.len() - 1);
            }
        }
    }
    Some(Upgrade {
        managed_fields: upgraded,
        from,
    })
}

/// The union of two FieldsV1 sets.
fn merge(into: &mut Value, from: &Value) {
    match (into, from) {
        (Value::Object(into), Value::Object(from)) => {
            for (key, value) in from {
                merge(
                    into.entry(key.clone()).or_insert(Value::Object(Map::new())),
                    value,
                );
            }
        }
        (into, from) => *into = from.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn field_sets_read_as_dotted_paths() {
        let fields = json!({
            "f:metadata": {"f:labels": {".": {}, "f:app": {}}},
            "f:spec": {"f:replicas": {}, "f:template": {"f:spec": {"f:containers": {
                "k:{\"name\":\"web\"}": {".": {}, "f:image": {}}
            }}}}
        });
        assert_eq!(
            paths(&fields),
            vec![
                ".metadata.labels.app",
                ".metadata.labels",
                ".spec.replicas",
                ".spec.template.spec.containers[name=\"web\"].image",
                ".spec.template.spec.containers[name=\"web\"]",
            ]
        );
    }

    #[test]
    fn a_forced_apply_reports_the_fields_it_took_and_from_whom() {
        let before = json!({"metadata": {"managedFields": [
            {"manager": "kubectl-edit", "operation": "Update", "fieldsV1": {"f:spec": {"f:replicas": {}}}},
            {"manager": "tug", "operation": "Apply", "fieldsV1": {"f:spec": {"f:selector": {}}}}
        ]}});
        let after = json!({"metadata": {"managedFields": [
            {"manager": "tug", "operation": "Apply", "fieldsV1": {"f:spec": {"f:selector": {}, "f:replicas": {}}}}
        ]}});
        assert_eq!(
            taken_over(&before, &after, "tug"),
            vec![Ownership {
                path: ".spec.replicas".into(),
                manager: "kubectl-edit".into(),
                subresource: None,
            }]
        );
    }

    #[test]
    fn a_conflict_names_the_subresource_its_owner_wrote_through() {
        let through_scale = Ownership::from_conflict(
            ".spec.replicas",
            r#"conflict with "kubectl" with subresource "scale" using apps/v1"#,
        );
        assert_eq!(through_scale.manager, "kubectl");
        assert_eq!(
            through_scale.owner(),
            r#""kubectl" through the scale subresource"#
        );
        let direct =
            Ownership::from_conflict(".data.a", r#"conflict with "kubectl-edit" using v1"#);
        assert_eq!(direct.owner(), r#""kubectl-edit""#);
        assert!(replicas_advice(&[direct]).is_none());
        assert!(replicas_advice(&[through_scale]).is_some());
    }

    #[test]
    fn client_side_apply_ownership_moves_to_the_server_side_manager() {
        let object = json!({"metadata": {"managedFields": [
            {"manager": "kubectl-client-side-apply", "operation": "Update", "apiVersion": "v1",
             "fieldsV1": {"f:data": {"f:a": {}}, "f:metadata": {"f:annotations": {
                 ".": {}, "f:kubectl.kubernetes.io/last-applied-configuration": {}}}}},
            {"manager": "kube-controller-manager", "operation": "Update", "apiVersion": "v1",
             "fieldsV1": {"f:status": {}}}
        ]}});
        let upgrade = upgrade_client_side_apply(&object, "tug").unwrap();
        assert_eq!(upgrade.from, vec!["kubectl-client-side-apply"]);
        let upgraded = upgrade.managed_fields;
        assert_eq!(upgraded.len(), 2);
        assert_eq!(upgraded[0]["manager"], "kube-controller-manager");
        assert_eq!(upgraded[1]["manager"], "tug");
        assert_eq!(upgraded[1]["operation"], "Apply");
        assert_eq!(upgraded[1]["fieldsV1"]["f:data"], json!({"f:a": {}}));
    }

    #[test]
    fn objects_never_applied_client_side_need_no_upgrade() {
        let object = json!({"metadata": {"managedFields": [
            {"manager": "kubectl-create", "operation": "Update", "fieldsV1": {"f:data": {"f:a": {}}}}
        ]}});
        assert!(upgrade_client_side_apply(&object, "tug").is_none());
    }
}
