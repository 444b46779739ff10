//! `rollout restart`, `pause` and `resume`: one patch each, refused in
//! kubectl's words when it would not make sense
//! (pkg/polymorphichelpers/objectrestarter.go, objectpauser.go, objectresumer.go).

use k8s_openapi::jiff::Timestamp;
use kube::Client;
use kube::api::{Patch, PatchParams};
use serde_json::{Value, json};

use super::history::RolloutError;
use super::{RESTARTED_AT_ANNOTATION, Workload, WorkloadKind};

/// What to do to a workload.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Restart,
    Pause,
    Resume,
}

impl Action {
    /// kubectl's word after the name once done: `deployment.apps/web restarted`.
    pub fn done_word(self) -> &'static str {
        match self {
            Action::Restart => "restarted",
            Action::Pause => "paused",
            Action::Resume => "resumed",
        }
    }
}

/// The merge patch that does `action` to the workload `object` at `now`, or
/// kubectl's reason why not.
pub fn patch_for(
    action: Action,
    workload: &Workload,
    object: &Value,
    now: Timestamp,
) -> Result<Value, RolloutError> {
    let refuse = |reason: &str| RolloutError::Refused {
        resource: workload.kind.qualified_plural(),
        name: workload.name.clone(),
        reason: reason.into(),
    };
    let paused = object["spec"]["paused"].as_bool() == Some(true);
    let is_deployment = workload.kind == WorkloadKind::Deployment;
    match action {
        Action::Pause if !is_deployment => Err(refuse("pausing is not supported")),
        Action::Resume if !is_deployment => Err(refuse("resuming is not supported")),
        Action::Pause if paused => Err(refuse("is already paused")),
        Action::Resume if !paused => Err(refuse("is not paused")),
        Action::Pause | Action::Resume => Ok(json!({"spec": {"paused": action == Action::Pause}})),
        Action::Restart if paused => Err(refuse(
            "can't restart paused deployment (run rollout resume first)",
        )),
        Action::Restart => {
            // RFC 3339 in whole seconds, as kubectl writes it.
            let stamp = now.strftime("%Y-%m-%dT%H:%M:%SZ").to_string();
            let annotations = &object["spec"]["template"]["metadata"]["annotations"];
            if annotations[RESTARTED_AT_ANNOTATION].as_str() == Some(stamp.as_str()) {
                return Err(RolloutError::Other(format!(
                    "failed to create patch for {}: if restart has already been triggered within the past second, \
                     please wait before attempting to trigger another",
                    workload.name
                )));
            }
            Ok(
                json!({"spec": {"template": {"metadata": {"annotations": {RESTARTED_AT_ANNOTATION: stamp}}}}}),
            )
        }
    }
}

/// Does `action` to `workload`.
pub async fn run(client: &Client, workload: &Workload, action: Action) -> Result<(), RolloutError> {
    let api = workload.api(client);
    let object = serde_json::to_value(api.get(&workload.name).await?)
        .map_err(|e| RolloutError::Other(e.to_string()))?;
    let patch = patch_for(action, workload, &object, Timestamp::now())?;
    let params = PatchParams {
        field_manager: Some(super::FIELD_MANAGER.into()),
        ..PatchParams::default()
    };
    api.patch(&workload.name, &params, &Patch::Merge(&patch))
        .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn workload(kind: WorkloadKind) -> Workload {
        Workload {
            kind,
            namespace: "ns".into(),
            name: "web".into(),
        }
    }

    fn now() -> Timestamp {
        "2026-03-01T10:20:30.5Z".parse().unwrap()
    }

    #[test]
    fn restart_stamps_the_pod_template_in_whole_seconds() {
        let patch = patch_for(
            Action::Restart,
            &workload(WorkloadKind::StatefulSet),
            &json!({"spec": {}}),
            now(),
        )
        .unwrap();
        assert_eq!(
            patch["spec"]["template"]["metadata"]["annotations"][RESTARTED_AT_ANNOTATION],
            "2026-03-01T10:20:30Z"
        );
    }

    #[test]
    fn refusals_read_like_kubectls() {
        let deployment = workload(WorkloadKind::Deployment);
        let paused = json!({"spec": {"paused": true}});
        let message = |action, object: &Value, w: &Workload| {
            patch_for(action, w, object, now()).unwrap_err().to_string()
        };
        assert_eq!(
            message(Action::Pause, &paused, &deployment),
            "deployments.apps \"web\" is already paused"
        );
        assert_eq!(
            message(Action::Resume, &json!({"spec": {}}), &deployment),
            "deployments.apps \"web\" is not paused"
        );
        assert_eq!(
            message(Action::Restart, &paused, &deployment),
            "deployments.apps \"web\" can't restart paused deployment (run rollout resume first)"
        );
        assert_eq!(
            message(
                Action::Pause,
                &json!({}),
                &workload(WorkloadKind::DaemonSet)
            ),
            "daemonsets.apps \"web\" pausing is not supported"
        );
    }

    #[test]
    fn pause_and_resume_set_spec_paused() {
        let deployment = workload(WorkloadKind::Deployment);
        let pause = patch_for(Action::Pause, &deployment, &json!({"spec": {}}), now()).unwrap();
        assert_eq!(pause, json!({"spec": {"paused": true}}));
        let resume = patch_for(
            Action::Resume,
            &deployment,
            &json!({"spec": {"paused": true}}),
            now(),
        )
        .unwrap();
        assert_eq!(resume, json!({"spec": {"paused": false}}));
    }
}
