//! Why a rollout is not done: the pods of the revision being rolled out,
//! what their containers and the scheduler say, and the latest Warning
//! events about them. Everything here is pure: the caller fetches or
//! watches the objects.

use std::collections::{BTreeSet, HashMap, HashSet};
use std::time::{Duration, Instant};

use k8s_openapi::api::apps::v1::ReplicaSet;
use k8s_openapi::api::core::v1::{ContainerState, ContainerStatus, Event, Pod, PodTemplateSpec};
use k8s_openapi::jiff::Timestamp;
use serde_json::Value;

use super::{POD_TEMPLATE_HASH_LABEL, REVISION_ANNOTATION, Workload, WorkloadKind};
use crate::printers::age::human_signed_duration;

/// Waiting reasons that are progress, not problems.
const ON_THE_WAY: &[&str] = &["ContainerCreating", "PodInitializing"];
/// The label StatefulSet and DaemonSet pods carry their revision in.
const REVISION_HASH_LABEL: &str = "controller-revision-hash";
/// How many pod names a finding lists before "and N more".
const NAMED_PODS: usize = 2;
/// How many distinct Warning events a diagnosis shows.
const EVENT_LINES: usize = 5;

/// One problem and the pods that have it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub problem: String,
    pub pods: Vec<String>,
}

impl Finding {
    /// `pod web-1, web-2 and 3 more: container "web" is waiting: …`.
    pub fn line(&self) -> String {
        format!("{}: {}", some_of("pod", &self.pods), self.problem)
    }
}

/// The pods of the revision a workload is rolling out to, and what owns them.
#[derive(Debug)]
pub struct Current<'a> {
    /// e.g. `new replica set web-7d9c (revision 3)`; `None` when it does not exist yet.
    pub owner: Option<String>,
    /// The owner's (kind, name), for its events (e.g. FailedCreate).
    pub owner_object: Option<(&'static str, String)>,
    pub pods: Vec<&'a Pod>,
}

/// Picks the pods of the revision being rolled out: for a Deployment those
/// of the ReplicaSet whose template is the Deployment's (the controller's own
/// rule), for a StatefulSet those at `status.updateRevision`, for a DaemonSet
/// all of its pods.
pub fn current_pods<'a>(
    kind: WorkloadKind,
    workload: &Value,
    replica_sets: &'a [ReplicaSet],
    pods: &'a [Pod],
) -> Current<'a> {
    let uid = super::uid_of(workload);
    let owned = |pod: &&Pod| {
        pod.metadata.deletion_timestamp.is_none() && super::controlled_by(&pod.metadata, uid)
    };
    match kind {
        WorkloadKind::Deployment => {
            let Some(rs) = new_replica_set(workload, replica_sets) else {
                return Current {
                    owner: None,
                    owner_object: None,
                    pods: Vec::new(),
                };
            };
            let rs_name = rs.metadata.name.clone().unwrap_or_default();
            let rs_uid = rs.metadata.uid.as_deref().unwrap_or_default();
            let revision = annotation(&rs.metadata, REVISION_ANNOTATION)
                .map(|r| format!(" (revision {r})"))
                .unwrap_or_default();
            Current {
                owner: Some(format!("new replica set {rs_name}{revision}")),
                owner_object: Some(("ReplicaSet", rs_name)),
                pods: pods
                    .iter()
                    .filter(|p| {
                        p.metadata.deletion_timestamp.is_none()
                            && super::controlled_by(&p.metadata, rs_uid)
                    })
                    .collect(),
            }
        }
        WorkloadKind::StatefulSet => {
            let revision = workload["status"]["updateRevision"].as_str();
            Current {
                owner: revision.map(|r| format!("update revision {r}")),
                owner_object: None,
                pods: pods
                    .iter()
                    .filter(owned)
                    .filter(|p| {
                        revision.is_none_or(|r| label(&p.metadata, REVISION_HASH_LABEL) == Some(r))
                    })
                    .collect(),
            }
        }
        WorkloadKind::DaemonSet => Current {
            owner: None,
            owner_object: None,
            pods: pods.iter().filter(owned).collect(),
        },
    }
}

/// The ReplicaSet a Deployment is rolling out to: controlled by it, with its
/// pod template apart from the pod-template-hash label; failing that, the one
/// carrying the Deployment's revision number.
pub fn new_replica_set<'a>(
    deployment: &Value,
    replica_sets: &'a [ReplicaSet],
) -> Option<&'a ReplicaSet> {
    let uid = super::uid_of(deployment);
    let owned: Vec<&ReplicaSet> = replica_sets
        .iter()
        .filter(|rs| super::controlled_by(&rs.metadata, uid))
        .collect();
    let wanted = comparable_template(&deployment["spec"]["template"]);
    let by_template = owned.iter().copied().find(|rs| {
        let template = rs.spec.template.as_ref();
        wanted.is_some()
            && template.map(|t| comparable_template(&super::to_json(t))) == Some(wanted.clone())
    });
    by_template.or_else(|| {
        let revision = deployment["metadata"]["annotations"][REVISION_ANNOTATION].as_str()?;
        owned
            .into_iter()
            .find(|rs| annotation(&rs.metadata, REVISION_ANNOTATION) == Some(revision))
    })
}

/// A pod template as typed JSON without the pod-template-hash label, so that
/// a Deployment's and a ReplicaSet's compare equal when the controller made
/// one from the other.
pub fn comparable_template(template: &Value) -> Option<Value> {
    let typed: PodTemplateSpec = serde_json::from_value(template.clone()).ok()?;
    let mut json = serde_json::to_value(typed).ok()?;
    if let Some(labels) = json["metadata"]["labels"].as_object_mut() {
        labels.remove(POD_TEMPLATE_HASH_LABEL);
    }
    Some(json)
}

/// Every problem of `pods`, grouped: the same problem on several pods is one finding.
pub fn findings<'a>(pods: impl IntoIterator<Item = &'a Pod>) -> Vec<Finding> {
    let mut found: Vec<Finding> = Vec::new();
    for pod in pods {
        let name = pod.metadata.name.clone().unwrap_or_default();
        for problem in pod_problems(pod) {
            match found.iter_mut().find(|f| f.problem == problem) {
                Some(finding) => finding.pods.push(name.clone()),
                None => found.push(Finding {
                    problem,
                    pods: vec![name.clone()],
                }),
            }
        }
    }
    found
}

/// What keeps one pod from becoming ready, one line per cause.
pub fn pod_problems(pod: &Pod) -> Vec<String> {
    let Some(status) = &pod.status else {
        return Vec::new();
    };
    if pod.metadata.deletion_timestamp.is_some() {
        return Vec::new();
    }
    let mut problems = Vec::new();
    for condition in status.conditions.iter().flatten() {
        if condition.type_ == "PodScheduled"
            && condition.status == "False"
            && condition.reason.as_deref() == Some("Unschedulable")
        {
            problems.push(format!(
                "Unschedulable: {}",
                one_line(condition.message.as_deref().unwrap_or("no node fits"))
            ));
        }
    }
    if status.phase.as_deref() == Some("Failed") {
        problems.push(joined(
            "failed",
            status.reason.as_deref(),
            status.message.as_deref(),
        ));
    }
    let containers = status
        .init_container_statuses
        .iter()
        .flatten()
        .chain(status.container_statuses.iter().flatten());
    problems.extend(containers.filter_map(container_problem));
    problems
}

fn container_problem(container: &ContainerStatus) -> Option<String> {
    let name = &container.name;
    let state = container.state.as_ref()?;
    if let Some(waiting) = &state.waiting {
        let reason = waiting.reason.as_deref().unwrap_or("Waiting");
        if ON_THE_WAY.contains(&reason) {
            return None;
        }
        let mut line = joined(
            &format!("container \"{name}\" is waiting"),
            Some(reason),
            waiting.message.as_deref(),
        );
        if let Some(last) = last_termination(container.last_state.as_ref()) {
            line.push_str(&format!(
                "; restarted {} times, {last}",
                container.restart_count
            ));
        }
        return Some(line);
    }
    if let Some(terminated) = &state.terminated
        && terminated.exit_code != 0
    {
        return last_termination(Some(state))
            .map(|last| format!("container \"{name}\" terminated: {last}"));
    }
    if state.running.is_some() && !container.ready {
        // Without a readiness probe a running container is ready at once, so
        // this is the probe (or a startup probe that has not passed yet).
        return Some(format!(
            "container \"{name}\" is running but not ready: its readiness probe is failing"
        ));
    }
    None
}

/// `last exit code 1 (Error): panic: no config` from a terminated state.
fn last_termination(state: Option<&ContainerState>) -> Option<String> {
    let terminated = state?.terminated.as_ref()?;
    let mut text = format!("last exit code {}", terminated.exit_code);
    if let Some(reason) = terminated.reason.as_deref().filter(|r| !r.is_empty()) {
        text.push_str(&format!(" ({reason})"));
    }
    if let Some(message) = terminated
        .message
        .as_deref()
        .filter(|m| !m.trim().is_empty())
    {
        text.push_str(&format!(": {}", one_line(message)));
    }
    Some(text)
}

/// The latest Warning events about `objects` (kind, name), newest first;
/// the same reason and message on several objects is one line.
pub fn warning_events(
    events: &[Event],
    objects: &BTreeSet<(String, String)>,
    now: Timestamp,
) -> Vec<String> {
    let mut relevant: Vec<(&Event, Option<Timestamp>)> = events
        .iter()
        .filter(|e| e.type_.as_deref() == Some("Warning"))
        .filter(|e| {
            let object = &e.involved_object;
            objects.contains(&(
                object.kind.clone().unwrap_or_default(),
                object.name.clone().unwrap_or_default(),
            ))
        })
        .map(|e| (e, crate::actions::events::last_seen(e)))
        .collect();
    relevant.sort_by_key(|e| std::cmp::Reverse(e.1));
    let mut groups: Vec<(String, Vec<String>, Option<Timestamp>)> = Vec::new();
    for (event, seen) in relevant {
        let text = joined(
            event.reason.as_deref().unwrap_or("Warning"),
            None,
            event.message.as_deref(),
        );
        let object = format!(
            "{}/{}",
            event
                .involved_object
                .kind
                .as_deref()
                .unwrap_or_default()
                .to_lowercase(),
            event.involved_object.name.as_deref().unwrap_or_default()
        );
        match groups.iter_mut().find(|g| g.0 == text) {
            Some(group) if !group.1.contains(&object) => group.1.push(object),
            Some(_) => {}
            None => groups.push((text, vec![object], seen)),
        }
    }
    groups
        .into_iter()
        .take(EVENT_LINES)
        .map(|(text, objects, seen)| {
            let when = seen
                .map(|t| format!(", {} ago", human_signed_duration(now.duration_since(t))))
                .unwrap_or_default();
            format!("{text} ({}{when})", some_of("", &objects).trim_start())
        })
        .collect()
}

/// Everything that explains why `workload` has not rolled out, one line
/// each: where the new pods stand, their problems, the latest Warning events.
pub fn explain(
    workload: &Workload,
    object: &Value,
    replica_sets: &[ReplicaSet],
    pods: &[Pod],
    events: &[Event],
    now: Timestamp,
) -> Vec<String> {
    let mut lines = Vec::new();
    if object["spec"]["paused"].as_bool() == Some(true) {
        lines.push(format!(
            "the rollout is paused; resume it with `tug rollout resume {}`",
            workload.display_name()
        ));
    }
    let current = current_pods(workload.kind, object, replica_sets, pods);
    let ready = current.pods.iter().filter(|p| is_ready(p)).count();
    let counted = format!("{ready} of {} pods ready", current.pods.len());
    match (&current.owner, workload.kind) {
        (Some(owner), _) => lines.push(format!("{owner}: {counted}")),
        (None, WorkloadKind::Deployment) => {
            lines.push("no replica set has the current pod template yet".into())
        }
        (None, _) => lines.push(counted),
    }
    lines.extend(
        findings(current.pods.iter().copied())
            .iter()
            .map(Finding::line),
    );
    let mut objects: BTreeSet<(String, String)> = current
        .pods
        .iter()
        .map(|p| {
            (
                "Pod".to_string(),
                p.metadata.name.clone().unwrap_or_default(),
            )
        })
        .collect();
    if let Some((kind, name)) = current.owner_object {
        objects.insert((kind.to_string(), name));
    }
    objects.insert((workload.kind.kind().to_string(), workload.name.clone()));
    let events = warning_events(events, &objects, now);
    if !events.is_empty() {
        lines.push("latest Warning events:".into());
        lines.extend(events.into_iter().map(|e| format!("  {e}")));
    }
    lines
}

/// Whether the pod's Ready condition is True.
pub fn is_ready(pod: &Pod) -> bool {
    pod.status
        .as_ref()
        .and_then(|s| s.conditions.as_ref())
        .is_some_and(|c| c.iter().any(|c| c.type_ == "Ready" && c.status == "True"))
}

/// Remembers problems over time, so that only those that persist are shown
/// while waiting, each once. A pod that is pulling its image is fine for a
/// moment; the same problem for several seconds is worth saying.
#[derive(Debug)]
pub struct Persistence {
    after: Duration,
    first_seen: HashMap<String, Instant>,
    reported: HashSet<String>,
}

impl Persistence {
    /// Problems are reported once they have lasted `after`.
    pub fn new(after: Duration) -> Persistence {
        Persistence {
            after,
            first_seen: HashMap::new(),
            reported: HashSet::new(),
        }
    }

    /// Takes the findings seen at `now`; returns those due to be reported
    /// now, and when the next one will be due if nothing changes.
    pub fn update(
        &mut self,
        findings: &[Finding],
        now: Instant,
    ) -> (Vec<Finding>, Option<Instant>) {
        // A problem that went away starts its clock again if it comes back.
        self.first_seen
            .retain(|problem, _| findings.iter().any(|f| &f.problem == problem));
        let mut due = Vec::new();
        let mut next: Option<Instant> = None;
        for finding in findings {
            if self.reported.contains(&finding.problem) {
                continue;
            }
            let since = *self
                .first_seen
                .entry(finding.problem.clone())
                .or_insert(now);
            let at = since + self.after;
            if at <= now {
                self.reported.insert(finding.problem.clone());
                due.push(finding.clone());
            } else {
                next = Some(next.map_or(at, |n| n.min(at)));
            }
        }
        (due, next)
    }
}

fn annotation<'a>(
    meta: &'a k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    key: &str,
) -> Option<&'a str> {
    meta.annotations.as_ref()?.get(key).map(String::as_str)
}

fn label<'a>(
    meta: &'a k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    key: &str,
) -> Option<&'a str> {
    meta.labels.as_ref()?.get(key).map(String::as_str)
}

/// `what: reason: message`, leaving out what is missing, on one line.
fn joined(what: &str, reason: Option<&str>, message: Option<&str>) -> String {
    let mut text = what.to_string();
    for part in [reason, message].into_iter().flatten() {
        if !part.trim().is_empty() {
            text.push_str(": ");
            text.push_str(&one_line(part));
        }
    }
    text
}

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `pod a, b and 3 more` (or `pods a, b` without a noun for the plural).
fn some_of(noun: &str, names: &[String]) -> String {
    let shown = names
        .iter()
        .take(NAMED_PODS)
        .cloned()
        .collect::<Vec<_>>()
        .join(", ");
    let more = names.len().saturating_sub(NAMED_PODS);
    let noun = match (noun, names.len()) {
        ("", _) => String::new(),
        (noun, 1) => format!("{noun} "),
        (noun, _) => format!("{noun}s "),
    };
    if more > 0 {
        format!("{noun}{shown} and {more} more")
    } else {
        format!("{noun}{shown}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn pod(name: &str, owner: &str, status: Value) -> Pod {
        serde_json::from_value(json!({
            "metadata": {"name": name, "labels": {"controller-revision-hash": "db-2"},
                "ownerReferences": [{"apiVersion": "apps/v1", "kind": "ReplicaSet", "name": "x",
                                     "uid": owner, "controller": true}]},
            "status": status
        }))
        .unwrap()
    }

    /// A pod status with one container "web" in `state`.
    fn with_container(ready: bool, restarts: i32, state: Value) -> Value {
        json!({"containerStatuses": [{"name": "web", "image": "web", "imageID": "",
            "ready": ready, "restartCount": restarts, "state": state}]})
    }

    fn waiting(reason: &str, message: &str) -> Value {
        with_container(
            false,
            0,
            json!({"waiting": {"reason": reason, "message": message}}),
        )
    }

    #[test]
    fn image_pull_problems_are_grouped_across_pods() {
        let status = waiting("ImagePullBackOff", "Back-off pulling image \"web:fail\"");
        let pods = [
            pod("web-1", "rs", status.clone()),
            pod("web-2", "rs", status.clone()),
            pod("web-3", "rs", status),
        ];
        let found = findings(&pods);
        assert_eq!(found.len(), 1);
        assert_eq!(
            found[0].line(),
            "pods web-1, web-2 and 1 more: container \"web\" is waiting: ImagePullBackOff: Back-off pulling image \"web:fail\""
        );
    }

    #[test]
    fn crash_loops_name_the_last_exit_code_and_message() {
        let mut status = with_container(
            false,
            4,
            json!({"waiting": {"reason": "CrashLoopBackOff", "message": "back-off 1m20s restarting failed container"}}),
        );
        status["containerStatuses"][0]["lastState"] = json!({"terminated": {"exitCode": 2, "reason": "Error", "message": "config.yaml:\n missing"}});
        let pod = pod("web-1", "rs", status);
        assert_eq!(
            pod_problems(&pod),
            vec![
                "container \"web\" is waiting: CrashLoopBackOff: back-off 1m20s restarting failed container; \
                 restarted 4 times, last exit code 2 (Error): config.yaml: missing"
            ]
        );
    }

    #[test]
    fn unschedulable_pods_carry_the_schedulers_message() {
        let pod = pod(
            "web-1",
            "rs",
            json!({"phase": "Pending", "conditions": [{"type": "PodScheduled", "status": "False",
                "reason": "Unschedulable", "message": "0/1 nodes are available: 1 Insufficient cpu."}]}),
        );
        assert_eq!(
            pod_problems(&pod),
            vec!["Unschedulable: 0/1 nodes are available: 1 Insufficient cpu."]
        );
    }

    #[test]
    fn creating_containers_and_ready_ones_are_no_problem() {
        let creating = pod("web-1", "rs", waiting("ContainerCreating", ""));
        assert!(pod_problems(&creating).is_empty());
        let running = pod(
            "web-2",
            "rs",
            with_container(true, 0, json!({"running": {}})),
        );
        assert!(pod_problems(&running).is_empty());
    }

    #[test]
    fn running_but_unready_containers_point_at_the_readiness_probe() {
        let pod = pod(
            "web-1",
            "rs",
            with_container(false, 0, json!({"running": {}})),
        );
        assert_eq!(
            pod_problems(&pod),
            vec!["container \"web\" is running but not ready: its readiness probe is failing"]
        );
    }

    #[test]
    fn the_new_replica_set_is_the_one_with_the_deployments_template() {
        let template = json!({"metadata": {"labels": {"app": "web"}},
            "spec": {"containers": [{"name": "web", "image": "web:2"}]}});
        let deployment = json!({"metadata": {"uid": "d1", "annotations": {REVISION_ANNOTATION: "1"}},
            "spec": {"template": template}});
        let rs = |name: &str, image: &str, revision: &str| -> ReplicaSet {
            serde_json::from_value(json!({
                "metadata": {"name": name, "uid": name, "annotations": {REVISION_ANNOTATION: revision},
                    "ownerReferences": [{"apiVersion": "apps/v1", "kind": "Deployment", "name": "web",
                                         "uid": "d1", "controller": true}]},
                "spec": {"selector": {}, "template": {"metadata": {"labels": {"app": "web", POD_TEMPLATE_HASH_LABEL: name}},
                    "spec": {"containers": [{"name": "web", "image": image}]}}}
            }))
            .unwrap()
        };
        let sets = [rs("old", "web:1", "1"), rs("new", "web:2", "2")];
        let found = new_replica_set(&deployment, &sets).unwrap();
        assert_eq!(found.metadata.name.as_deref(), Some("new"));

        let pods = [
            pod("new-a", "new", waiting("ImagePullBackOff", "")),
            pod("old-a", "old", json!({})),
        ];
        let current = current_pods(WorkloadKind::Deployment, &deployment, &sets, &pods);
        assert_eq!(
            current.owner.as_deref(),
            Some("new replica set new (revision 2)")
        );
        assert_eq!(current.pods.len(), 1);
    }

    #[test]
    fn warning_events_are_latest_first_and_grouped() {
        let event = |name: &str, reason: &str, at: &str| -> Event {
            serde_json::from_value(json!({
                "metadata": {"name": format!("{name}.1")}, "type": "Warning", "reason": reason,
                "message": "Error: ImagePullBackOff", "lastTimestamp": at,
                "involvedObject": {"kind": "Pod", "name": name}
            }))
            .unwrap()
        };
        let events = [
            event("web-1", "Failed", "2026-01-01T00:00:10Z"),
            event("web-2", "Failed", "2026-01-01T00:00:20Z"),
            event("other", "Failed", "2026-01-01T00:00:30Z"),
        ];
        let objects = [("Pod", "web-1"), ("Pod", "web-2")]
            .map(|(k, n)| (k.to_string(), n.to_string()))
            .into_iter()
            .collect();
        let now: Timestamp = "2026-01-01T00:01:00Z".parse().unwrap();
        assert_eq!(
            warning_events(&events, &objects, now),
            vec!["Failed: Error: ImagePullBackOff (pod/web-2, pod/web-1, 40s ago)"]
        );
    }

    #[test]
    fn problems_are_reported_once_after_they_persist() {
        let start = Instant::now();
        let mut persistence = Persistence::new(Duration::from_secs(5));
        let finding = Finding {
            problem: "container \"web\" is waiting: ImagePullBackOff".into(),
            pods: vec!["web-1".into()],
        };
        let found = [finding.clone()];
        let (due, next) = persistence.update(&found, start);
        assert!(due.is_empty());
        assert_eq!(next, Some(start + Duration::from_secs(5)));
        let (due, _) = persistence.update(&found, start + Duration::from_secs(2));
        assert!(due.is_empty());
        let (due, next) = persistence.update(&found, start + Duration::from_secs(5));
        assert_eq!(due, vec![finding]);
        assert_eq!(next, None);
        let (due, _) = persistence.update(&found, start + Duration::from_secs(60));
        assert!(due.is_empty(), "reported only once");
    }

    #[test]
    fn a_problem_that_goes_away_starts_its_clock_again() {
        let start = Instant::now();
        let mut persistence = Persistence::new(Duration::from_secs(5));
        let found = [Finding {
            problem: "p".into(),
            pods: vec![],
        }];
        persistence.update(&found, start);
        persistence.update(&[], start + Duration::from_secs(3));
        let (due, next) = persistence.update(&found, start + Duration::from_secs(6));
        assert!(due.is_empty());
        assert_eq!(next, Some(start + Duration::from_secs(11)));
    }
}
