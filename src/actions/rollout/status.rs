//! Whether a rollout is done, by kubectl's rules and in kubectl's words
//! (`kubectl rollout status`, pkg/polymorphichelpers/rollout_status.go).

use k8s_openapi::api::apps::v1::{DaemonSet, Deployment, StatefulSet};
use serde_json::Value;

use super::WorkloadKind;

/// The reason of the Progressing condition once the progress deadline passed.
const PROGRESS_DEADLINE_EXCEEDED: &str = "ProgressDeadlineExceeded";
/// The only update strategy whose progress can be followed.
const ROLLING_UPDATE: &str = "RollingUpdate";

/// Where a rollout stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    /// Still rolling out.
    Waiting,
    /// Every replica is updated and available.
    Done,
    /// It will not finish by itself (the progress deadline passed).
    Failed,
    /// The workload's update strategy has no rollout to follow (`OnDelete`).
    Unsupported,
}

/// Replica counts for a progress line, whatever the kind calls them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub desired: i32,
    pub updated: i32,
    pub ready: i32,
    pub available: i32,
    /// Replicas of older revisions that are still there.
    pub old: i32,
}

/// The status of one rollout at one moment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    pub phase: Phase,
    /// kubectl's line for it: `Waiting for deployment "web" rollout to
    /// finish: 1 of 3 updated replicas are available...`, or the error when
    /// failed or unsupported.
    pub message: String,
    pub counts: Counts,
}

impl Status {
    fn new(phase: Phase, message: String, counts: Counts) -> Status {
        Status {
            phase,
            message,
            counts,
        }
    }
}

/// The status of a workload object of `kind`, given as JSON (from a watch of
/// dynamic objects or a typed GET alike).
pub fn of(kind: WorkloadKind, object: &Value) -> Result<Status, serde_json::Error> {
    Ok(match kind {
        WorkloadKind::Deployment => deployment(&serde_json::from_value(object.clone())?),
        WorkloadKind::StatefulSet => stateful_set(&serde_json::from_value(object.clone())?),
        WorkloadKind::DaemonSet => daemon_set(&serde_json::from_value(object.clone())?),
    })
}

/// kubectl's DeploymentStatusViewer.
pub fn deployment(d: &Deployment) -> Status {
    let name = d.metadata.name.as_deref().unwrap_or_default();
    let status = d.status.clone().unwrap_or_default();
    let replicas = d.spec.replicas;
    let counts = Counts {
        // The API server defaults replicas to 1.
        desired: replicas.unwrap_or(1),
        updated: status.updated_replicas.unwrap_or(0),
        ready: status.ready_replicas.unwrap_or(0),
        available: status.available_replicas.unwrap_or(0),
        old: (status.replicas.unwrap_or(0) - status.updated_replicas.unwrap_or(0)).max(0),
    };
    let waiting = |detail: String| {
        Status::new(
            Phase::Waiting,
            format!("Waiting for deployment \"{name}\" rollout to finish: {detail}..."),
            counts,
        )
    };
    if d.metadata.generation.unwrap_or(0) > status.observed_generation.unwrap_or(0) {
        return Status::new(
            Phase::Waiting,
            "Waiting for deployment spec update to be observed...".into(),
            counts,
        );
    }
    let timed_out = status.conditions.iter().flatten().any(|c| {
        c.type_.as_deref() == Some("Progressing")
            && c.reason.as_deref() == Some(PROGRESS_DEADLINE_EXCEEDED)
    });
    if timed_out {
        return Status::new(
            Phase::Failed,
            format!("deployment \"{name}\" exceeded its progress deadline"),
            counts,
        );
    }
    if let Some(replicas) = replicas
        && counts.updated < replicas
    {
        return waiting(format!(
            "{} out of {replicas} new replicas have been updated",
            counts.updated
        ));
    }
    if counts.old > 0 {
        return waiting(format!(
            "{} old replicas are pending termination",
            counts.old
        ));
    }
    if counts.available < counts.updated {
        return waiting(format!(
            "{} of {} updated replicas are available",
            counts.available, counts.updated
        ));
    }
    Status::new(
        Phase::Done,
        format!("deployment \"{name}\" successfully rolled out"),
        counts,
    )
}

/// kubectl's StatefulSetStatusViewer.
pub fn stateful_set(s: &StatefulSet) -> Status {
    let status = s.status.clone().unwrap_or_default();
    let spec = &s.spec;
    let strategy = spec.update_strategy.clone().unwrap_or_default();
    let replicas = spec.replicas;
    let updated = status.updated_replicas.unwrap_or(0);
    let revisions_differ = status.update_revision != status.current_revision;
    let counts = Counts {
        desired: replicas.unwrap_or(1),
        updated,
        ready: status.ready_replicas.unwrap_or(0),
        available: status.available_replicas.unwrap_or(0),
        old: if revisions_differ {
            (status.replicas - updated).max(0)
        } else {
            0
        },
    };
    if strategy.type_.as_deref().unwrap_or(ROLLING_UPDATE) != ROLLING_UPDATE {
        return Status::new(Phase::Unsupported, unsupported_strategy(), counts);
    }
    let observed = status.observed_generation.unwrap_or(0);
    if observed == 0 || s.metadata.generation.unwrap_or(0) > observed {
        return Status::new(
            Phase::Waiting,
            "Waiting for statefulset spec update to be observed...".into(),
            counts,
        );
    }
    if let Some(replicas) = replicas
        && counts.ready < replicas
    {
        return Status::new(
            Phase::Waiting,
            format!(
                "Waiting for {} pods to be ready...",
                replicas - counts.ready
            ),
            counts,
        );
    }
    // The API server defaults `rollingUpdate` (partition 0), so in practice
    // kubectl always reports statefulsets this way.
    if let Some(rolling) = strategy.rolling_update {
        if let (Some(replicas), Some(partition)) = (replicas, rolling.partition) {
            let target = replicas - partition;
            if updated < target {
                return Status::new(
                    Phase::Waiting,
                    format!(
                        "Waiting for partitioned roll out to finish: {updated} out of {target} new pods have been updated..."
                    ),
                    counts,
                );
            }
        }
        return Status::new(
            Phase::Done,
            format!("partitioned roll out complete: {updated} new pods have been updated..."),
            counts,
        );
    }
    let update_revision = status.update_revision.unwrap_or_default();
    if revisions_differ {
        return Status::new(
            Phase::Waiting,
            format!(
                "waiting for statefulset rolling update to complete {updated} pods at revision {update_revision}..."
            ),
            counts,
        );
    }
    Status::new(
        Phase::Done,
        format!(
            "statefulset rolling update complete {} pods at revision {}...",
            status.current_replicas.unwrap_or(0),
            status.current_revision.unwrap_or_default()
        ),
        counts,
    )
}

/// kubectl's DaemonSetStatusViewer.
pub fn daemon_set(d: &DaemonSet) -> Status {
    let name = d.metadata.name.as_deref().unwrap_or_default();
    let status = d.status.clone().unwrap_or_default();
    let desired = status.desired_number_scheduled;
    let updated = status.updated_number_scheduled.unwrap_or(0);
    let counts = Counts {
        desired,
        updated,
        ready: status.number_ready,
        available: status.number_available.unwrap_or(0),
        old: (desired - updated).max(0),
    };
    let strategy = d
        .spec
        .update_strategy
        .as_ref()
        .and_then(|s| s.type_.as_deref())
        .unwrap_or(ROLLING_UPDATE);
    if strategy != ROLLING_UPDATE {
        return Status::new(Phase::Unsupported, unsupported_strategy(), counts);
    }
    if d.metadata.generation.unwrap_or(0) > status.observed_generation.unwrap_or(0) {
        return Status::new(
            Phase::Waiting,
            "Waiting for daemon set spec update to be observed...".into(),
            counts,
        );
    }
    if updated < desired {
        return Status::new(
            Phase::Waiting,
            format!(
                "Waiting for daemon set \"{name}\" rollout to finish: {updated} out of {desired} new pods have been updated..."
            ),
            counts,
        );
    }
    if counts.available < desired {
        return Status::new(
            Phase::Waiting,
            format!(
                "Waiting for daemon set \"{name}\" rollout to finish: {} of {desired} updated pods are available...",
                counts.available
            ),
            counts,
        );
    }
    Status::new(
        Phase::Done,
        format!("daemon set \"{name}\" successfully rolled out"),
        counts,
    )
}

fn unsupported_strategy() -> String {
    format!("rollout status is only available for {ROLLING_UPDATE} strategy type")
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn deployment_with(generation: i64, status: Value) -> Status {
        of(
            WorkloadKind::Deployment,
            &json!({"metadata": {"name": "web", "generation": generation},
                    "spec": {"replicas": 3, "selector": {}, "template": {}},
                    "status": status}),
        )
        .unwrap()
    }

    #[test]
    fn a_deployment_waits_until_its_spec_is_observed() {
        let status = deployment_with(2, json!({"observedGeneration": 1}));
        assert_eq!(status.phase, Phase::Waiting);
        assert_eq!(
            status.message,
            "Waiting for deployment spec update to be observed..."
        );
    }

    #[test]
    fn a_deployment_waits_for_updated_then_old_then_available_replicas() {
        let updating = deployment_with(
            1,
            json!({"observedGeneration": 1, "replicas": 4, "updatedReplicas": 1}),
        );
        assert_eq!(
            updating.message,
            "Waiting for deployment \"web\" rollout to finish: 1 out of 3 new replicas have been updated..."
        );
        let terminating = deployment_with(
            1,
            json!({"observedGeneration": 1, "replicas": 4, "updatedReplicas": 3}),
        );
        assert_eq!(
            terminating.message,
            "Waiting for deployment \"web\" rollout to finish: 1 old replicas are pending termination..."
        );
        assert_eq!(terminating.counts.old, 1);
        let unavailable = deployment_with(
            1,
            json!({"observedGeneration": 1, "replicas": 3, "updatedReplicas": 3, "availableReplicas": 1}),
        );
        assert_eq!(
            unavailable.message,
            "Waiting for deployment \"web\" rollout to finish: 1 of 3 updated replicas are available..."
        );
    }

    #[test]
    fn a_deployment_with_everything_available_has_rolled_out() {
        let done = deployment_with(
            2,
            json!({"observedGeneration": 2, "replicas": 3, "updatedReplicas": 3,
                   "readyReplicas": 3, "availableReplicas": 3}),
        );
        assert_eq!(done.phase, Phase::Done);
        assert_eq!(done.message, "deployment \"web\" successfully rolled out");
        assert_eq!(
            done.counts,
            Counts {
                desired: 3,
                updated: 3,
                ready: 3,
                available: 3,
                old: 0
            }
        );
    }

    #[test]
    fn a_passed_progress_deadline_fails_the_rollout() {
        let failed = deployment_with(
            1,
            json!({"observedGeneration": 1, "conditions": [{"type": "Progressing",
                   "status": "False", "reason": "ProgressDeadlineExceeded"}]}),
        );
        assert_eq!(failed.phase, Phase::Failed);
        assert_eq!(
            failed.message,
            "deployment \"web\" exceeded its progress deadline"
        );
    }

    fn stateful_set_with(spec: Value, status: Value) -> Status {
        of(
            WorkloadKind::StatefulSet,
            &json!({"metadata": {"name": "db", "generation": 1},
                    "spec": spec, "status": status}),
        )
        .unwrap()
    }

    #[test]
    fn a_stateful_set_waits_for_ready_pods_then_the_update_revision() {
        let spec = json!({"replicas": 3, "selector": {}, "serviceName": "db", "template": {},
                          "updateStrategy": {"type": "RollingUpdate"}});
        let not_ready = stateful_set_with(
            spec.clone(),
            json!({"observedGeneration": 1, "replicas": 3, "readyReplicas": 1}),
        );
        assert_eq!(not_ready.message, "Waiting for 2 pods to be ready...");
        let rolling = stateful_set_with(
            spec.clone(),
            json!({"observedGeneration": 1, "replicas": 3, "readyReplicas": 3, "updatedReplicas": 1,
                   "currentRevision": "db-1", "updateRevision": "db-2"}),
        );
        assert_eq!(
            rolling.message,
            "waiting for statefulset rolling update to complete 1 pods at revision db-2..."
        );
        let done = stateful_set_with(
            spec,
            json!({"observedGeneration": 1, "replicas": 3, "readyReplicas": 3, "updatedReplicas": 3,
                   "currentReplicas": 3, "currentRevision": "db-2", "updateRevision": "db-2"}),
        );
        assert_eq!(done.phase, Phase::Done);
        assert_eq!(
            done.message,
            "statefulset rolling update complete 3 pods at revision db-2..."
        );
    }

    #[test]
    fn a_partitioned_stateful_set_is_done_when_the_pods_above_the_partition_are_updated() {
        let spec = json!({"replicas": 3, "selector": {}, "serviceName": "db", "template": {},
                          "updateStrategy": {"type": "RollingUpdate", "rollingUpdate": {"partition": 2}}});
        let done = stateful_set_with(
            spec,
            json!({"observedGeneration": 1, "replicas": 3, "readyReplicas": 3, "updatedReplicas": 1}),
        );
        assert_eq!(done.phase, Phase::Done);
        assert_eq!(
            done.message,
            "partitioned roll out complete: 1 new pods have been updated..."
        );
    }

    #[test]
    fn on_delete_strategies_have_no_rollout_to_follow() {
        let status = stateful_set_with(
            json!({"selector": {}, "serviceName": "db", "template": {}, "updateStrategy": {"type": "OnDelete"}}),
            json!({"replicas": 0}),
        );
        assert_eq!(status.phase, Phase::Unsupported);
    }

    #[test]
    fn a_daemon_set_waits_for_updated_then_available_pods() {
        let status = |s: Value| {
            of(
                WorkloadKind::DaemonSet,
                &json!({"metadata": {"name": "agent", "generation": 1},
                        "spec": {"selector": {}, "template": {}}, "status": s}),
            )
            .unwrap()
        };
        let base = json!({"observedGeneration": 1, "currentNumberScheduled": 2,
                          "numberMisscheduled": 0, "desiredNumberScheduled": 2, "numberReady": 1});
        let mut updating = base.clone();
        updating["updatedNumberScheduled"] = json!(1);
        assert_eq!(
            status(updating).message,
            "Waiting for daemon set \"agent\" rollout to finish: 1 out of 2 new pods have been updated..."
        );
        let mut done = base;
        done["updatedNumberScheduled"] = json!(2);
        done["numberAvailable"] = json!(2);
        assert_eq!(
            status(done).message,
            "daemon set \"agent\" successfully rolled out"
        );
    }
}
