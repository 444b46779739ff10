//! Workloads: Deployment, ReplicaSet, StatefulSet, DaemonSet and Job, each
//! with its pod template and, where kubectl shows them, its pods' phases.

use k8s_openapi::api::apps::v1::{DaemonSet, Deployment, ReplicaSet, StatefulSet};
use k8s_openapi::api::batch::v1::Job;
use k8s_openapi::api::core::v1::{Event, Pod};
use k8s_openapi::apimachinery::pkg::apis::meta::v1::LabelSelector;
use k8s_openapi::apimachinery::pkg::util::intstr::IntOrString;

use super::{NONE, Writer, pod::template, timestamp};
use crate::printers::builtin::format_label_selector;

/// How many of a workload's pods are in each phase.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct PodPhases {
    pub running: usize,
    pub waiting: usize,
    pub succeeded: usize,
    pub failed: usize,
}

impl PodPhases {
    /// Counts the pods `owner_uid` controls, as kubectl does (others are left out).
    pub fn of(pods: &[Pod], owner_uid: &str) -> PodPhases {
        let mut phases = PodPhases::default();
        let owned = pods
            .iter()
            .filter(|p| crate::actions::rollout::controlled_by(&p.metadata, owner_uid));
        for pod in owned {
            match pod.status.as_ref().and_then(|s| s.phase.as_deref()) {
                Some("Running") => phases.running += 1,
                Some("Pending") => phases.waiting += 1,
                Some("Succeeded") => phases.succeeded += 1,
                Some("Failed") => phases.failed += 1,
                _ => {}
            }
        }
        phases
    }

    fn write(&self, w: &mut Writer) {
        w.field(
            0,
            "Pods Status",
            format!(
                "{} Running / {} Waiting / {} Succeeded / {} Failed",
                self.running, self.waiting, self.succeeded, self.failed
            ),
        );
    }
}

/// What a Deployment description shows besides the Deployment.
pub struct DeploymentParts<'a> {
    pub new: Option<&'a ReplicaSet>,
    pub old: Vec<&'a ReplicaSet>,
    pub events: Option<&'a [Event]>,
    /// Why the rollout is stuck, from `rollout status`'s diagnosis; empty when it is not.
    pub diagnosis: &'a [String],
}

/// Writes a Deployment.
pub fn deployment(w: &mut Writer, d: &Deployment, parts: &DeploymentParts) {
    let spec = d.spec.clone();
    let status = d.status.clone().unwrap_or_default();
    w.name_and_namespace(&d.metadata);
    w.creation(&d.metadata);
    w.labels("", "Labels", d.metadata.labels.as_ref());
    w.annotations("Annotations", d.metadata.annotations.as_ref());
    w.field(0, "Selector", selector(Some(&spec.selector)));
    w.field(
        0,
        "Replicas",
        format!(
            "{} desired | {} updated | {} total | {} available | {} unavailable",
            spec.replicas.unwrap_or(1),
            status.updated_replicas.unwrap_or(0),
            status.replicas.unwrap_or(0),
            status.available_replicas.unwrap_or(0),
            status.unavailable_replicas.unwrap_or(0),
        ),
    );
    let strategy = spec.strategy.clone().unwrap_or_default();
    w.field(
        0,
        "StrategyType",
        strategy.type_.as_deref().unwrap_or_default(),
    );
    w.field(0, "MinReadySeconds", spec.min_ready_seconds.unwrap_or(0));
    if let Some(rolling) = &strategy.rolling_update {
        w.field(
            0,
            "RollingUpdateStrategy",
            format!(
                "{} max unavailable, {} max surge",
                int_or_string(rolling.max_unavailable.as_ref()),
                int_or_string(rolling.max_surge.as_ref())
            ),
        );
    }
    template(w, &spec.template);
    let conditions = status.conditions.iter().flatten();
    w.conditions(conditions.map(|c| [&c.type_, &c.status, &c.reason]));
    if parts.new.is_some() || !parts.old.is_empty() {
        w.field(0, "OldReplicaSets", replica_sets(&parts.old));
        w.field(
            0,
            "NewReplicaSet",
            replica_sets(&parts.new.into_iter().collect::<Vec<_>>()),
        );
    }
    if !parts.diagnosis.is_empty() {
        w.write(0, "Diagnosis:\n");
        for line in parts.diagnosis {
            w.write(1, &format!("{line}\n"));
        }
    }
    if let Some(events) = parts.events {
        w.events(events);
    }
}

/// `web-7d9c (3/3 replicas created), …`, or `<none>`.
fn replica_sets(sets: &[&ReplicaSet]) -> String {
    if sets.is_empty() {
        return NONE.to_string();
    }
    sets.iter()
        .map(|rs| {
            format!(
                "{} ({}/{} replicas created)",
                rs.metadata.name.as_deref().unwrap_or_default(),
                rs.status.as_ref().map_or(0, |s| s.replicas),
                rs.spec.replicas.unwrap_or(1),
            )
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// Writes a ReplicaSet with its pods' phases.
pub fn replica_set(w: &mut Writer, rs: &ReplicaSet, phases: PodPhases, events: Option<&[Event]>) {
    let spec = rs.spec.clone();
    let status = rs.status.clone().unwrap_or_default();
    w.name_and_namespace(&rs.metadata);
    w.field(0, "Selector", selector(Some(&spec.selector)));
    w.labels("", "Labels", rs.metadata.labels.as_ref());
    w.annotations("Annotations", rs.metadata.annotations.as_ref());
    w.controlled_by(&rs.metadata);
    w.field(
        0,
        "Replicas",
        format!(
            "{} current / {} desired",
            status.replicas,
            spec.replicas.unwrap_or(1)
        ),
    );
    phases.write(w);
    template(w, &spec.template.unwrap_or_default());
    let conditions = status.conditions.iter().flatten();
    w.conditions(conditions.map(|c| [&c.type_, &c.status, &c.reason]));
    if let Some(events) = events {
        w.events(events);
    }
}

/// Writes a StatefulSet with its pods' phases.
pub fn stateful_set(w: &mut Writer, s: &StatefulSet, phases: PodPhases, events: Option<&[Event]>) {
    let spec = s.spec.clone();
    w.name_and_namespace(&s.metadata);
    w.creation(&s.metadata);
    w.field(0, "Selector", selector(Some(&spec.selector)));
    w.labels("", "Labels", s.metadata.labels.as_ref());
    w.annotations("Annotations", s.metadata.annotations.as_ref());
    if let Some(service) = spec.service_name.as_deref().filter(|s| !s.is_empty()) {
        w.field(0, "Service Name", service);
    }
    if let Some(policy) = spec
        .pod_management_policy
        .as_deref()
        .filter(|p| !p.is_empty())
    {
        w.field(0, "Pod Management Policy", policy);
    }
    let total = s.status.as_ref().map_or(0, |s| s.replicas);
    w.field(
        0,
        "Replicas",
        format!("{} desired | {total} total", spec.replicas.unwrap_or(1)),
    );
    let strategy = spec.update_strategy.clone().unwrap_or_default();
    w.field(
        0,
        "Update Strategy",
        strategy.type_.as_deref().unwrap_or_default(),
    );
    if let Some(partition) = strategy.rolling_update.as_ref().and_then(|r| r.partition) {
        w.field(1, "Partition", partition);
        if let Some(max) = strategy
            .rolling_update
            .as_ref()
            .and_then(|r| r.max_unavailable.as_ref())
        {
            w.field(1, "MaxUnavailable", int_or_string(Some(max)));
        }
    }
    if let Some(policy) = &spec.persistent_volume_claim_retention_policy {
        w.write(0, "Persistent Volume Claim Retention Policy:\n");
        w.field(
            1,
            "WhenDeleted",
            policy.when_deleted.as_deref().unwrap_or_default(),
        );
        w.field(
            1,
            "WhenScaled",
            policy.when_scaled.as_deref().unwrap_or_default(),
        );
    }
    phases.write(w);
    template(w, &spec.template);
    volume_claim_templates(
        w,
        spec.volume_claim_templates.as_deref().unwrap_or_default(),
    );
    if let Some(events) = events {
        w.events(events);
    }
}

fn volume_claim_templates(
    w: &mut Writer,
    templates: &[k8s_openapi::api::core::v1::PersistentVolumeClaim],
) {
    if templates.is_empty() {
        w.field(0, "Volume Claims", NONE);
        return;
    }
    w.write(0, "Volume Claims:\n");
    for claim in templates {
        let spec = claim.spec.clone().unwrap_or_default();
        w.field(
            1,
            "Name",
            claim.metadata.name.as_deref().unwrap_or_default(),
        );
        w.field(
            1,
            "StorageClass",
            spec.storage_class_name.as_deref().unwrap_or_default(),
        );
        w.labels("  ", "Labels", claim.metadata.labels.as_ref());
        w.labels("  ", "Annotations", claim.metadata.annotations.as_ref());
        let capacity = spec
            .resources
            .as_ref()
            .and_then(|r| r.requests.as_ref())
            .and_then(|r| r.get("storage"))
            .map_or("<default>".to_string(), |q| q.0.clone());
        w.field(1, "Capacity", capacity);
        let modes = spec.access_modes.unwrap_or_default().join(" ");
        w.field(1, "Access Modes", format!("[{modes}]"));
    }
}

/// Writes a DaemonSet with its pods' phases.
pub fn daemon_set(w: &mut Writer, d: &DaemonSet, phases: PodPhases, events: Option<&[Event]>) {
    let spec = d.spec.clone();
    let status = d.status.clone().unwrap_or_default();
    w.name_and_namespace(&d.metadata);
    w.field(0, "Selector", selector(Some(&spec.selector)));
    let node_selector = spec
        .template
        .spec
        .as_ref()
        .and_then(|s| s.node_selector.as_ref());
    let node_selector = node_selector
        .map(|n| {
            n.iter()
                .map(|(k, v)| format!("{k}={v}"))
                .collect::<Vec<_>>()
                .join(",")
        })
        .unwrap_or_default();
    w.field(
        0,
        "Node-Selector",
        if node_selector.is_empty() {
            NONE
        } else {
            &node_selector
        },
    );
    w.labels("", "Labels", d.metadata.labels.as_ref());
    w.annotations("Annotations", d.metadata.annotations.as_ref());
    let counts = [
        (
            "Desired Number of Nodes Scheduled",
            status.desired_number_scheduled,
        ),
        (
            "Current Number of Nodes Scheduled",
            status.current_number_scheduled,
        ),
        (
            "Number of Nodes Scheduled with Up-to-date Pods",
            status.updated_number_scheduled.unwrap_or(0),
        ),
        (
            "Number of Nodes Scheduled with Available Pods",
            status.number_available.unwrap_or(0),
        ),
        ("Number of Nodes Misscheduled", status.number_misscheduled),
    ];
    for (label, count) in counts {
        // kubectl writes these without a tab, so they stand outside the alignment.
        w.write(0, &format!("{label}: {count}\n"));
    }
    phases.write(w);
    template(w, &spec.template);
    if let Some(events) = events {
        w.events(events);
    }
}

/// Writes a Job.
pub fn job(w: &mut Writer, job: &Job, events: Option<&[Event]>) {
    let spec = job.spec.clone().unwrap_or_default();
    let status = job.status.clone().unwrap_or_default();
    w.name_and_namespace(&job.metadata);
    w.field(0, "Selector", selector(spec.selector.as_ref()));
    w.labels("", "Labels", job.metadata.labels.as_ref());
    w.annotations("Annotations", job.metadata.annotations.as_ref());
    w.controlled_by(&job.metadata);
    if let Some(parallelism) = spec.parallelism {
        w.field(0, "Parallelism", parallelism);
    }
    match spec.completions {
        Some(completions) => w.field(0, "Completions", completions),
        None => w.field(0, "Completions", "<unset>"),
    }
    if let Some(mode) = &spec.completion_mode {
        w.field(0, "Completion Mode", mode);
    }
    if let Some(suspend) = spec.suspend {
        w.field(0, "Suspend", suspend);
    }
    if let Some(limit) = spec.backoff_limit {
        w.field(0, "Backoff Limit", limit);
    }
    if let Some(ttl) = spec.ttl_seconds_after_finished {
        w.field(0, "TTL Seconds After Finished", ttl);
    }
    job_times(w, job);
    if let Some(deadline) = spec.active_deadline_seconds {
        w.field(0, "Active Deadline Seconds", format!("{deadline}s"));
    }
    let (active, succeeded, failed) = (
        status.active.unwrap_or(0),
        status.succeeded.unwrap_or(0),
        status.failed.unwrap_or(0),
    );
    let pods = match status.ready {
        Some(ready) => {
            format!("{active} Active ({ready} Ready) / {succeeded} Succeeded / {failed} Failed")
        }
        None => format!("{active} Active / {succeeded} Succeeded / {failed} Failed"),
    };
    w.field(0, "Pods Statuses", pods);
    if spec.completion_mode.as_deref() == Some("Indexed") {
        let indexes = status.completed_indexes.as_deref().unwrap_or_default();
        w.field(0, "Completed Indexes", capped_indexes(indexes));
    }
    template(w, &spec.template);
    if let Some(events) = events {
        w.events(events);
    }
}

/// How many characters of completed indexes are shown before `...`
/// (the list is cut at the next comma).
const SHOWN_INDEXES: usize = 50;

/// `1,3-5,7` as it is, or cut after the first comma past [`SHOWN_INDEXES`].
fn capped_indexes(indexes: &str) -> String {
    if indexes.is_empty() {
        return NONE.to_string();
    }
    match indexes.get(SHOWN_INDEXES..).and_then(|rest| rest.find(',')) {
        Some(comma) => format!("{}...", &indexes[..SHOWN_INDEXES + comma + 1]),
        None => indexes.to_string(),
    }
}

fn job_times(w: &mut Writer, job: &Job) {
    let status = job.status.clone().unwrap_or_default();
    if let Some(start) = &status.start_time {
        w.field(0, "Start Time", timestamp(Some(start)));
    }
    if let Some(done) = &status.completion_time {
        w.field(0, "Completed At", timestamp(Some(done)));
    }
    if let (Some(start), Some(done)) = (&status.start_time, &status.completion_time) {
        let took = done.0.duration_since(start.0);
        w.field(
            0,
            "Duration",
            crate::printers::age::human_signed_duration(took),
        );
    }
}

fn selector(selector: Option<&LabelSelector>) -> String {
    selector.map(format_label_selector).unwrap_or_default()
}

/// `25%` or `1`, as Go's `IntOrString.String`.
fn int_or_string(value: Option<&IntOrString>) -> String {
    match value {
        Some(IntOrString::Int(n)) => n.to_string(),
        Some(IntOrString::String(s)) => s.clone(),
        None => "0".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lists_of_completed_indexes_are_cut_at_a_comma() {
        assert_eq!(capped_indexes(""), "<none>");
        assert_eq!(capped_indexes("1,3-5"), "1,3-5");
        let long = (0..40)
            .map(|i| (i * 2).to_string())
            .collect::<Vec<_>>()
            .join(",");
        let capped = capped_indexes(&long);
        assert!(capped.ends_with(",..."), "{capped}");
        assert!(
            capped.len() > SHOWN_INDEXES && capped.len() < SHOWN_INDEXES + 8,
            "{capped}"
        );
    }
}
