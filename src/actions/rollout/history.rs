//! A workload's revisions — a Deployment's ReplicaSets, a StatefulSet's or
//! DaemonSet's ControllerRevisions — for `rollout history`, and rolling
//! back to one for `rollout undo`, as kubectl does it
//! (pkg/polymorphichelpers/history.go and rollback.go).

use std::collections::BTreeMap;

use k8s_openapi::api::apps::v1::{ControllerRevision, ReplicaSet};
use kube::api::{ListParams, Patch, PatchParams};
use kube::{Api, Client};
use serde_json::{Value, json};

use super::diagnose::comparable_template;
use super::{
    CHANGE_CAUSE_ANNOTATION, POD_TEMPLATE_HASH_LABEL, REVISION_ANNOTATION, Workload, WorkloadKind,
};

/// Deployment annotations a rollback keeps from the Deployment instead of
/// taking them from the ReplicaSet (kubectl's `annotationsToSkip`).
const KEPT_ANNOTATIONS: &[&str] = &[
    LAST_APPLIED_ANNOTATION,
    REVISION_ANNOTATION,
    "deployment.kubernetes.io/revision-history",
    "deployment.kubernetes.io/desired-replicas",
    "deployment.kubernetes.io/max-replicas",
    "deprecated.deployment.rollback.to",
];
/// Where client-side `apply` keeps the applied manifest.
const LAST_APPLIED_ANNOTATION: &str = "kubectl.kubernetes.io/last-applied-configuration";

/// Why a rollout command could not do what was asked, in kubectl's words.
#[derive(Debug, thiserror::Error)]
pub enum RolloutError {
    /// A request failed; `error::describe` words server errors as kubectl does.
    #[error(transparent)]
    Request(#[from] kube::Error),
    #[error("unable to find specified revision {0} in history")]
    RevisionNotFound(i64),
    #[error("unable to find the specified revision")]
    NoSuchRevision,
    #[error("no rollout history found for {0}")]
    NoHistory(String),
    #[error("no last revision to roll back to")]
    NoLastRevision,
    #[error(
        "you cannot rollback a paused deployment; resume it first with 'tug rollout resume' and try again"
    )]
    Paused,
    /// kubectl's `deployments.apps "web" is already paused`.
    #[error("{resource} \"{name}\" {reason}")]
    Refused {
        resource: &'static str,
        name: String,
        reason: String,
    },
    #[error("{0}")]
    Other(String),
}

impl RolloutError {
    /// As an `anyhow::Error` whose chain holds the `kube::Error` itself, so
    /// that API errors read `Error from server (NotFound): …`.
    pub fn into_anyhow(self) -> anyhow::Error {
        match self {
            RolloutError::Request(error) => error.into(),
            other => other.into(),
        }
    }
}

/// One revision of a workload.
#[derive(Debug, Clone, PartialEq)]
pub struct Revision {
    pub number: i64,
    pub change_cause: Option<String>,
    /// The revision's pod template, as the ReplicaSet or ControllerRevision holds it.
    pub template: Value,
    /// The ReplicaSet's annotations, which a Deployment rollback copies.
    annotations: BTreeMap<String, String>,
    /// The ControllerRevision's data: the patch that restores it.
    data: Option<Value>,
}

/// A workload as it is now and its revisions, oldest first.
#[derive(Debug)]
pub struct History {
    pub object: Value,
    pub revisions: Vec<Revision>,
}

/// Reads a workload and its revisions.
pub async fn load(client: &Client, workload: &Workload) -> Result<History, RolloutError> {
    let object = serde_json::to_value(workload.api(client).get(&workload.name).await?)
        .map_err(|e| RolloutError::Other(e.to_string()))?;
    let selector = super::selector_of(&object).map_err(RolloutError::Other)?;
    let uid = super::uid_of(&object);
    let mut revisions: Vec<Revision> = match workload.kind {
        WorkloadKind::Deployment => owned::<ReplicaSet>(client, workload, &selector, uid)
            .await?
            .iter()
            .filter_map(from_replica_set)
            .collect(),
        WorkloadKind::StatefulSet | WorkloadKind::DaemonSet => {
            owned::<ControllerRevision>(client, workload, &selector, uid)
                .await?
                .iter()
                .map(from_controller_revision)
                .collect()
        }
    };
    revisions.sort_by_key(|r| r.number);
    // Two ReplicaSets with one revision number should not exist; if they do,
    // one of them stands for it, as in kubectl's map.
    revisions.dedup_by_key(|r| r.number);
    Ok(History { object, revisions })
}

/// The objects of type `K` in the workload's namespace that match its
/// selector and that it controls (a selector alone may match another's).
async fn owned<K>(
    client: &Client,
    workload: &Workload,
    selector: &str,
    uid: &str,
) -> kube::Result<Vec<K>>
where
    K: kube::Resource<Scope = kube::core::NamespaceResourceScope>
        + Clone
        + serde::de::DeserializeOwned
        + std::fmt::Debug,
    K::DynamicType: Default,
{
    let listed = Api::<K>::namespaced(client.clone(), &workload.namespace)
        .list(&ListParams::default().labels(selector))
        .await?;
    Ok(listed
        .items
        .into_iter()
        .filter(|o| super::controlled_by(o.meta(), uid))
        .collect())
}

/// A ReplicaSet as a revision; one without a revision number is not one.
fn from_replica_set(rs: &ReplicaSet) -> Option<Revision> {
    let annotations = rs.metadata.annotations.clone().unwrap_or_default();
    let number = annotations.get(REVISION_ANNOTATION)?.parse().ok()?;
    let template = rs
        .spec
        .template
        .as_ref()
        .map(super::to_json)
        .unwrap_or_default();
    Some(Revision {
        number,
        change_cause: annotations.get(CHANGE_CAUSE_ANNOTATION).cloned(),
        template,
        annotations,
        data: None,
    })
}

fn from_controller_revision(cr: &ControllerRevision) -> Revision {
    let data = cr.data.0.clone();
    let mut template = data["spec"]["template"].clone();
    if let Some(fields) = template.as_object_mut() {
        fields.remove("$patch");
    }
    Revision {
        number: cr.revision.unwrap_or_default(),
        change_cause: cr
            .metadata
            .annotations
            .as_ref()
            .and_then(|a| a.get(CHANGE_CAUSE_ANNOTATION).cloned()),
        template,
        annotations: BTreeMap::new(),
        data: Some(data),
    }
}

/// kubectl's history table under the workload's name:
/// `deployment.apps/web \nREVISION  CHANGE-CAUSE\n1         <none>\n\n`.
pub fn table(name: &str, revisions: &[Revision]) -> String {
    // kubectl prints the name with an empty operation, hence the space.
    let mut text = format!("{name} \n");
    if revisions.is_empty() {
        text.push_str("No rollout history found.\n");
        return text;
    }
    let header = "REVISION";
    let width = revisions
        .iter()
        .map(|r| r.number.to_string().len())
        .chain([header.len()])
        .max()
        .unwrap_or(header.len());
    // kubectl's tabwriter pads each column by two spaces.
    text.push_str(&format!("{header:width$}  CHANGE-CAUSE\n"));
    for revision in revisions {
        let cause = revision.change_cause.as_deref().unwrap_or("<none>");
        text.push_str(&format!("{:<width$}  {cause}\n", revision.number));
    }
    text.push('\n');
    text
}

/// The revision `history --revision N` shows.
pub fn find(revisions: &[Revision], number: i64) -> Result<&Revision, RolloutError> {
    revisions
        .iter()
        .find(|r| r.number == number)
        .ok_or(RolloutError::NoSuchRevision)
}

/// The revision `undo` rolls back to: `to_revision`, or with 0 the one
/// before the latest.
pub fn rollback_target<'a>(
    workload: &Workload,
    revisions: &'a [Revision],
    to_revision: i64,
) -> Result<&'a Revision, RolloutError> {
    if to_revision < 0 {
        return Err(RolloutError::RevisionNotFound(to_revision));
    }
    if to_revision > 0 {
        return revisions
            .iter()
            .find(|r| r.number == to_revision)
            .ok_or(RolloutError::RevisionNotFound(to_revision));
    }
    match (revisions.len(), workload.kind) {
        (0 | 1, WorkloadKind::Deployment) => Err(RolloutError::NoHistory(workload.quoted())),
        (0 | 1, _) => Err(RolloutError::NoLastRevision),
        (n, _) => Ok(&revisions[n - 2]),
    }
}

/// What `undo` did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Undone {
    RolledBack,
    /// The workload already runs this revision's template.
    AlreadyAt(i64),
}

/// Rolls `workload` back to `to_revision` (0: the previous one). Returns
/// what happened and, for an object `apply` manages, a warning that the
/// manifest still says otherwise.
pub async fn undo(
    client: &Client,
    workload: &Workload,
    to_revision: i64,
) -> Result<(Undone, Option<String>), RolloutError> {
    let history = load(client, workload).await?;
    let target = rollback_target(workload, &history.revisions, to_revision)?;
    if history.object["spec"]["paused"].as_bool() == Some(true) {
        return Err(RolloutError::Paused);
    }
    if comparable_template(&target.template)
        == comparable_template(&history.object["spec"]["template"])
    {
        return Ok((Undone::AlreadyAt(target.number), None));
    }
    let api = workload.api(client);
    let params = PatchParams {
        field_manager: Some(super::FIELD_MANAGER.into()),
        ..PatchParams::default()
    };
    match &target.data {
        // A ControllerRevision's data is the strategic merge patch that restores it.
        Some(data) => {
            api.patch(&workload.name, &params, &Patch::Strategic(data))
                .await?
        }
        None => {
            let patch = deployment_rollback_patch(&history.object, target);
            let patch =
                serde_json::from_value(patch).map_err(|e| RolloutError::Other(e.to_string()))?;
            api.patch(&workload.name, &params, &Patch::<()>::Json(patch))
                .await?
        }
    };
    Ok((
        Undone::RolledBack,
        applied_warning(workload, &history.object),
    ))
}

/// kubectl's rollback of a Deployment: its template becomes the
/// ReplicaSet's (without the pod-template-hash label), its annotations the
/// ReplicaSet's apart from the bookkeeping ones it keeps.
pub fn deployment_rollback_patch(deployment: &Value, revision: &Revision) -> Value {
    let mut template = revision.template.clone();
    if let Some(labels) = template["metadata"]["labels"].as_object_mut() {
        labels.remove(POD_TEMPLATE_HASH_LABEL);
    }
    let mut annotations = serde_json::Map::new();
    if let Some(current) = deployment["metadata"]["annotations"].as_object() {
        for key in KEPT_ANNOTATIONS {
            if let Some(value) = current.get(*key) {
                annotations.insert(key.to_string(), value.clone());
            }
        }
    }
    for (key, value) in &revision.annotations {
        if !KEPT_ANNOTATIONS.contains(&key.as_str()) {
            annotations.insert(key.clone(), Value::String(value.clone()));
        }
    }
    json!([
        {"op": "replace", "path": "/spec/template", "value": template},
        {"op": "replace", "path": "/metadata/annotations", "value": annotations},
    ])
}

/// A rollback changes the live object but not the manifest it was applied
/// from; say so when `apply` manages it.
fn applied_warning(workload: &Workload, object: &Value) -> Option<String> {
    let name = workload.display_name();
    if object["metadata"]["annotations"][LAST_APPLIED_ANNOTATION].is_string() {
        return Some(format!(
            "Warning: resource {name} was previously managed with 'kubectl apply'. Rolling back will not update \
             the {LAST_APPLIED_ANNOTATION} annotation, which may cause unexpected behavior on future \
             'kubectl apply' operations. Consider using 'kubectl apply' with your previous configuration file instead."
        ));
    }
    let managers: Vec<&str> = object["metadata"]["managedFields"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|m| m["operation"] == "Apply")
        .filter_map(|m| m["manager"].as_str())
        .collect();
    let manager = managers.first()?;
    Some(format!(
        "Warning: {name} is managed with server-side apply (field manager \"{manager}\"); \
         change its manifest to match, or the next apply will conflict with this rollback or undo it"
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn revision(number: i64, cause: Option<&str>) -> Revision {
        Revision {
            number,
            change_cause: cause.map(String::from),
            template: json!({"metadata": {"labels": {"app": "web", POD_TEMPLATE_HASH_LABEL: "abc"}},
                             "spec": {"containers": [{"name": "web", "image": format!("web:{number}")}]}}),
            annotations: [
                (REVISION_ANNOTATION.to_string(), number.to_string()),
                (CHANGE_CAUSE_ANNOTATION.to_string(), "deploy".to_string()),
            ]
            .into(),
            data: None,
        }
    }

    fn deployment() -> Workload {
        Workload {
            kind: WorkloadKind::Deployment,
            namespace: "ns".into(),
            name: "web".into(),
        }
    }

    #[test]
    fn the_history_table_reads_like_kubectls() {
        let table = table(
            "deployment.apps/web",
            &[revision(1, None), revision(12, Some("kubectl set image"))],
        );
        assert_eq!(
            table,
            "deployment.apps/web \nREVISION  CHANGE-CAUSE\n1         <none>\n12        kubectl set image\n\n"
        );
        assert_eq!(
            super::table("deployment.apps/web", &[]),
            "deployment.apps/web \nNo rollout history found.\n"
        );
    }

    #[test]
    fn undo_goes_to_the_revision_before_the_latest_or_the_one_asked_for() {
        let revisions = [revision(1, None), revision(2, None), revision(3, None)];
        let workload = deployment();
        assert_eq!(rollback_target(&workload, &revisions, 0).unwrap().number, 2);
        assert_eq!(rollback_target(&workload, &revisions, 1).unwrap().number, 1);
        assert_eq!(
            rollback_target(&workload, &revisions, 7)
                .unwrap_err()
                .to_string(),
            "unable to find specified revision 7 in history"
        );
        assert_eq!(
            rollback_target(&workload, &revisions[..1], 0)
                .unwrap_err()
                .to_string(),
            "no rollout history found for deployment \"web\""
        );
    }

    #[test]
    fn a_deployment_rollback_restores_the_template_without_its_hash_and_keeps_bookkeeping() {
        let live = json!({"metadata": {"annotations": {REVISION_ANNOTATION: "3", "team": "a"}}});
        let patch = deployment_rollback_patch(&live, &revision(1, None));
        let template = &patch[0]["value"];
        assert_eq!(patch[0]["path"], "/spec/template");
        assert_eq!(template["metadata"]["labels"], json!({"app": "web"}));
        assert_eq!(template["spec"]["containers"][0]["image"], "web:1");
        assert_eq!(
            patch[1]["value"],
            json!({REVISION_ANNOTATION: "3", CHANGE_CAUSE_ANNOTATION: "deploy"})
        );
    }

    #[test]
    fn controller_revisions_carry_their_template_without_the_patch_directive() {
        let cr: ControllerRevision = serde_json::from_value(json!({
            "metadata": {"name": "db-1", "annotations": {CHANGE_CAUSE_ANNOTATION: "scale"}},
            "revision": 4,
            "data": {"spec": {"template": {"$patch": "replace", "metadata": {"labels": {"app": "db"}}}}}
        }))
        .unwrap();
        let revision = from_controller_revision(&cr);
        assert_eq!(revision.number, 4);
        assert_eq!(revision.change_cause.as_deref(), Some("scale"));
        assert_eq!(
            revision.template,
            json!({"metadata": {"labels": {"app": "db"}}})
        );
    }
}
