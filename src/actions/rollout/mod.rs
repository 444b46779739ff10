//! Rollouts of Deployments, StatefulSets and DaemonSets: whether one is done
//! (kubectl's rules, [`status`]), following it with watches until it is
//! ([`wait`]), saying why it is stuck ([`diagnose`]), its revisions and
//! rolling back ([`history`]), and restart, pause and resume ([`control`]).

pub mod control;
pub mod diagnose;
pub mod history;
pub mod report;
pub mod status;
pub mod wait;

use k8s_openapi::api::apps::v1::{DaemonSet, Deployment, StatefulSet};
use k8s_openapi::apimachinery::pkg::apis::meta::v1::{LabelSelector, ObjectMeta};
use kube::discovery::ApiResource;
use serde_json::Value;

use crate::resource::Target;

/// The annotation the deployment controller numbers ReplicaSets with.
pub const REVISION_ANNOTATION: &str = "deployment.kubernetes.io/revision";
/// The annotation `history` shows as CHANGE-CAUSE.
pub const CHANGE_CAUSE_ANNOTATION: &str = "kubernetes.io/change-cause";
/// The label that ties a Deployment's pods to one ReplicaSet.
pub const POD_TEMPLATE_HASH_LABEL: &str = "pod-template-hash";
/// The pod template annotation `rollout restart` sets, as kubectl does.
pub const RESTARTED_AT_ANNOTATION: &str = "kubectl.kubernetes.io/restartedAt";
/// The field manager of the changes `rollout` makes (kubectl's is `kubectl-rollout`).
pub const FIELD_MANAGER: &str = "tug-rollout";

/// The kinds that roll out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum WorkloadKind {
    Deployment,
    StatefulSet,
    DaemonSet,
}

impl WorkloadKind {
    /// The workload kind of an `apps` resource type, if it is one.
    pub fn of(group: &str, kind: &str) -> Option<WorkloadKind> {
        match (group, kind) {
            ("apps", "Deployment") => Some(WorkloadKind::Deployment),
            ("apps", "StatefulSet") => Some(WorkloadKind::StatefulSet),
            ("apps", "DaemonSet") => Some(WorkloadKind::DaemonSet),
            _ => None,
        }
    }

    /// How kubectl's status messages name the kind: `deployment "web" …`,
    /// `daemon set "web" …`.
    pub fn status_word(self) -> &'static str {
        match self {
            WorkloadKind::Deployment => "deployment",
            WorkloadKind::StatefulSet => "statefulset",
            WorkloadKind::DaemonSet => "daemon set",
        }
    }

    /// The Kind, as objects and events name it.
    pub fn kind(self) -> &'static str {
        match self {
            WorkloadKind::Deployment => "Deployment",
            WorkloadKind::StatefulSet => "StatefulSet",
            WorkloadKind::DaemonSet => "DaemonSet",
        }
    }

    /// The resource as kubectl names it in errors: `deployments.apps`.
    pub fn qualified_plural(self) -> &'static str {
        match self {
            WorkloadKind::Deployment => "deployments.apps",
            WorkloadKind::StatefulSet => "statefulsets.apps",
            WorkloadKind::DaemonSet => "daemonsets.apps",
        }
    }

    /// The resource as object names in output start: `deployment.apps`.
    pub fn qualified_kind(self) -> &'static str {
        match self {
            WorkloadKind::Deployment => "deployment.apps",
            WorkloadKind::StatefulSet => "statefulset.apps",
            WorkloadKind::DaemonSet => "daemonset.apps",
        }
    }

    /// The API resource, for dynamic API handles and watches.
    pub fn api_resource(self) -> ApiResource {
        match self {
            WorkloadKind::Deployment => ApiResource::erase::<Deployment>(&()),
            WorkloadKind::StatefulSet => ApiResource::erase::<StatefulSet>(&()),
            WorkloadKind::DaemonSet => ApiResource::erase::<DaemonSet>(&()),
        }
    }
}

/// One workload a rollout command acts on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Workload {
    pub kind: WorkloadKind,
    pub namespace: String,
    pub name: String,
}

/// A target that is not something that rolls out.
#[derive(Debug, thiserror::Error)]
#[error(
    "{name}: only deployments, statefulsets and daemonsets roll out (no status viewer has been implemented for {kind})"
)]
pub struct NotAWorkload {
    pub name: String,
    pub kind: String,
}

impl Workload {
    /// The workload a resolved target names, or why it is not one.
    pub fn from_target(target: &Target) -> Result<Workload, NotAWorkload> {
        let resource = &target.resource;
        let not_a_workload = || NotAWorkload {
            name: target.display_name(),
            kind: resource.kind.clone(),
        };
        let kind = WorkloadKind::of(&resource.group, &resource.kind).ok_or_else(not_a_workload)?;
        let namespace = target.namespace.clone().ok_or_else(not_a_workload)?;
        Ok(Workload {
            kind,
            namespace,
            name: target.name.clone(),
        })
    }

    /// kubectl's `deployment.apps/web`.
    pub fn display_name(&self) -> String {
        format!("{}/{}", self.kind.qualified_kind(), self.name)
    }

    /// kubectl's `deployment "web"`, as status messages name it.
    pub fn quoted(&self) -> String {
        format!("{} \"{}\"", self.kind.status_word(), self.name)
    }

    /// The dynamic API handle of this workload's kind in its namespace.
    pub fn api(&self, client: &kube::Client) -> kube::Api<kube::api::DynamicObject> {
        kube::Api::namespaced_with(client.clone(), &self.namespace, &self.kind.api_resource())
    }
}

/// The label selector of a workload object (`spec.selector`) as the query
/// string list and watch requests take.
pub fn selector_of(object: &Value) -> Result<String, String> {
    let selector: LabelSelector = serde_json::from_value(object["spec"]["selector"].clone())
        .map_err(|e| format!("unreadable spec.selector: {e}"))?;
    let selector =
        kube::core::Selector::try_from(selector).map_err(|e| format!("bad spec.selector: {e}"))?;
    // An empty selector would match every pod of the namespace; the API
    // server refuses such workloads, so this only guards against surprises.
    if selector.selects_all() {
        return Err("spec.selector selects every pod".into());
    }
    Ok(selector.to_string())
}

/// Whether `meta` names `owner_uid` as its controller.
pub fn controlled_by(meta: &ObjectMeta, owner_uid: &str) -> bool {
    meta.owner_references
        .iter()
        .flatten()
        .any(|r| r.controller == Some(true) && r.uid == owner_uid)
}

/// The uid of a workload object as JSON.
pub fn uid_of(object: &Value) -> &str {
    object["metadata"]["uid"].as_str().unwrap_or_default()
}

/// A typed object as JSON, for code that reads typed and dynamic objects alike.
pub fn to_json<T: serde::Serialize>(object: &T) -> Value {
    serde_json::to_value(object).unwrap_or_default()
}

/// How following a rollout ended: what [`wait`] finds and [`report`] shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// kubectl's success line, e.g. `deployment "web" successfully rolled out`.
    RolledOut(String),
    /// A complete error line (`error: …` or `Error from server …`) and what explains it.
    Failed {
        headline: String,
        details: Vec<String>,
    },
    /// Ctrl-C came before the rollout ended.
    Interrupted,
}

impl Outcome {
    /// Whether the rollout finished.
    pub fn is_success(&self) -> bool {
        matches!(self, Outcome::RolledOut(_))
    }

    fn error(message: impl std::fmt::Display) -> Outcome {
        Outcome::Failed {
            headline: format!("error: {message}"),
            details: Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn selectors_become_query_strings() {
        let object = json!({"spec": {"selector": {"matchLabels": {"app": "web"},
            "matchExpressions": [{"key": "tier", "operator": "In", "values": ["a", "b"]}]}}});
        let selector = selector_of(&object).unwrap();
        assert!(selector.contains("app=web"), "{selector}");
        assert!(selector.contains("tier in (a,b)"), "{selector}");
        assert!(selector_of(&json!({"spec": {"selector": {}}})).is_err());
    }

    #[test]
    fn workloads_are_named_like_kubectl_names_them() {
        let workload = Workload {
            kind: WorkloadKind::DaemonSet,
            namespace: "ns".into(),
            name: "agent".into(),
        };
        assert_eq!(workload.display_name(), "daemonset.apps/agent");
        assert_eq!(workload.quoted(), "daemon set \"agent\"");
    }
}
