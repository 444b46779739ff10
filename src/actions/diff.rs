//! What `apply` would change: each manifest's live object next to the
//! server's answer to a dry-run server-side apply of it. Both leave out the
//! bookkeeping that changes with every write, and Secret values are masked
//! the way kubectl masks them, so that no diff ever shows one.

use std::sync::atomic::AtomicBool;

use kube::Client;
use serde_json::{Map, Value};

use crate::actions::apply::{ApplyError, Options};
use crate::cli::DryRun;
use crate::resource::{ResolvedManifest, Target};

/// A Secret value, equal on both sides or only on one.
const MASK: &str = "***";
/// A Secret value that differs: the two sides get different masks so the
/// diff shows that it changes, never what it was or becomes.
const MASK_BEFORE: &str = "*** (before)";
const MASK_AFTER: &str = "*** (after)";
/// kubectl's client-side apply keeps a copy of the whole manifest here,
/// Secret values included.
const LAST_APPLIED: &str = "kubectl.kubernetes.io/last-applied-configuration";
/// Metadata the server changes on every write, or sets on creation.
const NOISE: [&str; 5] = [
    "managedFields",
    "resourceVersion",
    "generation",
    "creationTimestamp",
    "uid",
];

/// One object's two versions, cleaned and masked, ready to print.
#[derive(Debug, Clone, PartialEq)]
pub struct ObjectDiff {
    /// kubectl's name for the object in diffs: `apps.v1.Deployment.NAMESPACE.NAME`.
    pub name: String,
    /// The object as it is; `None` when it does not exist yet.
    pub live: Option<Value>,
    /// The object as applying the manifest would make it.
    pub merged: Value,
}

impl ObjectDiff {
    /// Cleans both versions of `target` and masks them if it is a Secret.
    pub fn new(target: &Target, live: Option<Value>, merged: Value) -> Self {
        let mut live = live.map(comparable);
        let mut merged = comparable(merged);
        let resource = &target.resource;
        if resource.group.is_empty() && resource.kind == "Secret" {
            mask_secret(live.as_mut(), &mut merged);
        }
        ObjectDiff {
            name: file_name(target),
            live,
            merged,
        }
    }

    /// Whether applying would change the object (or create it).
    pub fn changed(&self) -> bool {
        self.live.as_ref() != Some(&self.merged)
    }
}

/// One result per manifest, in input order.
pub type DiffOutcome = Result<ObjectDiff, ApplyError>;

/// Asks the server what applying every manifest with `options` would make
/// of each (always as a dry run), next to the live object apply read first.
pub async fn diff_all(
    client: &Client,
    manifests: &[ResolvedManifest],
    options: &Options,
) -> Vec<DiffOutcome> {
    let dry_run = Options {
        dry_run: DryRun::Server,
        ..options.clone()
    };
    // Nothing is changed, so there is nothing to stop half-way on Ctrl-C.
    let never = AtomicBool::new(false);
    let merged =
        crate::actions::apply::apply_all(client, manifests, &dry_run, &never, &|| {}).await;
    manifests
        .iter()
        .zip(merged)
        .map(|(manifest, merged)| {
            let applied = merged?;
            Ok(ObjectDiff::new(
                &manifest.target,
                applied.before,
                applied.object,
            ))
        })
        .collect()
}

/// `apps.v1.Deployment.demo.web`; cluster-scoped objects keep the empty
/// namespace (`v1.Namespace..demo`) as kubectl's names do.
fn file_name(target: &Target) -> String {
    let resource = &target.resource;
    let group = if resource.group.is_empty() {
        String::new()
    } else {
        format!("{}.", resource.group)
    };
    format!(
        "{group}{}.{}.{}.{}",
        resource.version,
        resource.kind,
        target.namespace.as_deref().unwrap_or_default(),
        target.name
    )
}

/// The object without status and without metadata that would show up as a
/// change although applying does not cause it.
fn comparable(mut object: Value) -> Value {
    if let Some(fields) = object.as_object_mut() {
        fields.remove("status");
    }
    if let Some(metadata) = object.get_mut("metadata").and_then(Value::as_object_mut) {
        for key in NOISE {
            metadata.remove(key);
        }
    }
    object
}

/// Replaces every value of `data` and `stringData` (and kubectl's copy of the
/// last applied manifest) on both sides with a mask that only tells whether
/// it changes, as kubectl's diff Masker does.
fn mask_secret(mut live: Option<&mut Value>, merged: &mut Value) {
    for pointer in ["/data", "/stringData"] {
        let before = live.as_deref_mut().and_then(|l| l.pointer_mut(pointer));
        mask_entries(before, merged.pointer_mut(pointer), |_| true);
    }
    let before = live.and_then(|l| l.pointer_mut("/metadata/annotations"));
    mask_entries(before, merged.pointer_mut("/metadata/annotations"), |key| {
        key == LAST_APPLIED
    });
}

/// Masks the entries whose key is `secret` in two versions of one map.
fn mask_entries(
    before: Option<&mut Value>,
    after: Option<&mut Value>,
    secret: impl Fn(&str) -> bool,
) {
    let (mut before, mut after) = (entries(before), entries(after));
    let keys = |map: &Option<&mut Map<String, Value>>| -> Vec<String> {
        map.as_deref()
            .map(|m| m.keys().filter(|k| secret(k)).cloned().collect())
            .unwrap_or_default()
    };
    let (before_keys, after_keys) = (keys(&before), keys(&after));
    for key in &before_keys {
        let old = before.as_deref_mut().and_then(|m| m.get_mut(key));
        let new = after.as_deref_mut().and_then(|m| m.get_mut(key));
        match (old, new) {
            (Some(old), Some(new)) if old != new => {
                *old = MASK_BEFORE.into();
                *new = MASK_AFTER.into();
            }
            (Some(old), new) => {
                *old = MASK.into();
                if let Some(new) = new {
                    *new = MASK.into();
                }
            }
            (None, _) => {}
        }
    }
    for key in after_keys.iter().filter(|k| !before_keys.contains(k)) {
        if let Some(new) = after.as_deref_mut().and_then(|m| m.get_mut(key)) {
            *new = MASK.into();
        }
    }
}

/// The map at `value`; anything else there is masked whole, since it cannot
/// be told apart from a value.
fn entries(value: Option<&mut Value>) -> Option<&mut Map<String, Value>> {
    let value = value?;
    if !value.is_object() {
        *value = MASK.into();
    }
    value.as_object_mut()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn target(group: &str, kind: &str, namespace: Option<&str>) -> Target {
        crate::fixtures::target(group, kind, "web", namespace)
    }

    fn secret(data: Value) -> Value {
        json!({"apiVersion": "v1", "kind": "Secret", "metadata": {"name": "web"}, "data": data})
    }

    #[test]
    fn names_are_kubectls_file_names() {
        let deployment = target("apps", "Deployment", Some("demo"));
        assert_eq!(file_name(&deployment), "apps.v1.Deployment.demo.web");
        assert_eq!(
            file_name(&target("", "Namespace", None)),
            "v1.Namespace..web"
        );
    }

    #[test]
    fn bookkeeping_and_status_are_left_out() {
        let live = json!({"metadata": {"name": "web", "uid": "1", "resourceVersion": "5",
            "generation": 2, "creationTimestamp": "t", "managedFields": [], "labels": {"a": "b"}},
            "spec": {"replicas": 3}, "status": {"readyReplicas": 3}});
        let merged = json!({"metadata": {"name": "web", "uid": "1", "resourceVersion": "6",
            "generation": 3, "labels": {"a": "b"}}, "spec": {"replicas": 3}});
        let diff = ObjectDiff::new(
            &target("apps", "Deployment", Some("demo")),
            Some(live),
            merged,
        );
        assert!(!diff.changed(), "{diff:?}");
        assert_eq!(diff.merged["metadata"]["labels"]["a"], "b");
    }

    #[test]
    fn secret_values_are_masked_showing_only_whether_they_change() {
        let live = secret(json!({"same": "c2FtZQ==", "changed": "b2xk", "gone": "eA=="}));
        let merged = secret(json!({"same": "c2FtZQ==", "changed": "bmV3", "added": "eQ=="}));
        let diff = ObjectDiff::new(&target("", "Secret", Some("demo")), Some(live), merged);
        let before = diff.live.clone().unwrap();
        assert_eq!(
            before["data"],
            json!({"same": "***", "changed": "*** (before)", "gone": "***"})
        );
        assert_eq!(
            diff.merged["data"],
            json!({"same": "***", "changed": "*** (after)", "added": "***"})
        );
        assert!(diff.changed());
    }

    #[test]
    fn new_secrets_string_data_and_last_applied_copies_are_masked() {
        let mut merged = secret(json!("not-a-map"));
        merged["stringData"] = json!({"password": "hunter2"});
        merged["metadata"]["annotations"] =
            json!({LAST_APPLIED: "{\"data\":{\"password\":\"aHVudGVyMg==\"}}", "team": "a"});
        let diff = ObjectDiff::new(&target("", "Secret", Some("demo")), None, merged);
        let text = diff.merged.to_string();
        assert!(
            !text.contains("hunter2") && !text.contains("aHVudGVyMg"),
            "{text}"
        );
        assert_eq!(diff.merged["data"], "***");
        assert_eq!(diff.merged["metadata"]["annotations"]["team"], "a");
    }

    #[test]
    fn config_maps_are_not_masked() {
        let merged = json!({"kind": "ConfigMap", "data": {"key": "visible"}});
        let diff = ObjectDiff::new(&target("", "ConfigMap", Some("demo")), None, merged);
        assert_eq!(diff.merged["data"]["key"], "visible");
    }
}
