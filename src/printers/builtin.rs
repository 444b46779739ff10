//! kubectl's table columns for the kinds tug prints itself: Deployments,
//! Services and Pods, cell for cell as `kubectl get` shows them.

use std::collections::{BTreeMap, BTreeSet};

use k8s_openapi::api::apps::v1::{Deployment, DeploymentStatus};
use k8s_openapi::api::core::v1::{
    Container, ContainerState, ContainerStatus, Pod, PodStatus, Service, ServiceSpec,
};
use k8s_openapi::apimachinery::pkg::apis::meta::v1::{LabelSelector, ObjectMeta, Time};
use k8s_openapi::jiff::Timestamp;

use super::age::age;

/// What kubectl prints for an empty cell.
const NONE: &str = "<none>";
/// kubectl clips load-balancer addresses to this many bytes unless `-o wide`.
const LOAD_BALANCER_WIDTH: usize = 16;
/// The pod reason the node lifecycle controller sets on pods of an unreachable node.
const NODE_UNREACHABLE_REASON: &str = "NodeLost";

/// A kind with kubectl's table columns: the standard ones and those `-o wide` adds.
pub trait Columns {
    /// Headers of the standard table, NAME first.
    const HEADERS: &'static [&'static str];
    /// Headers `-o wide` appends.
    const WIDE_HEADERS: &'static [&'static str];

    /// Cells under [`Columns::HEADERS`]; `wide` matters where kubectl clips values.
    fn cells(&self, wide: bool, now: Timestamp) -> Vec<String>;

    /// Cells under [`Columns::WIDE_HEADERS`].
    fn wide_cells(&self) -> Vec<String>;

    /// The header row, with the wide columns when `wide`.
    fn columns(wide: bool) -> Vec<&'static str> {
        let mut headers = Self::HEADERS.to_vec();
        if wide {
            headers.extend_from_slice(Self::WIDE_HEADERS);
        }
        headers
    }

    /// One table row, NAME first, with the wide cells when `wide`.
    fn row(&self, wide: bool, now: Timestamp) -> Vec<String> {
        let mut cells = self.cells(wide, now);
        if wide {
            cells.extend(self.wide_cells());
        }
        cells
    }
}

/// Rows for a list of objects of one kind, in the order given.
pub fn rows<'a, T, I>(objects: I, wide: bool, now: Timestamp) -> Vec<Vec<String>>
where
    T: Columns + 'a,
    I: IntoIterator<Item = &'a T>,
{
    objects.into_iter().map(|o| o.row(wide, now)).collect()
}

impl Columns for Deployment {
    const HEADERS: &'static [&'static str] = &["NAME", "READY", "UP-TO-DATE", "AVAILABLE", "AGE"];
    const WIDE_HEADERS: &'static [&'static str] = &["CONTAINERS", "IMAGES", "SELECTOR"];

    fn cells(&self, _wide: bool, now: Timestamp) -> Vec<String> {
        // The API server defaults replicas to 1, so an unset value means one.
        let desired = self.spec.replicas.unwrap_or(1);
        let status = self.status.as_ref();
        let count =
            |field: fn(&DeploymentStatus) -> Option<i32>| status.and_then(field).unwrap_or(0);
        vec![
            name(&self.metadata),
            format!("{}/{desired}", count(|s| s.ready_replicas)),
            count(|s| s.updated_replicas).to_string(),
            count(|s| s.available_replicas).to_string(),
            age(self.metadata.creation_timestamp.as_ref(), now),
        ]
    }

    fn wide_cells(&self) -> Vec<String> {
        let containers = self
            .spec
            .template
            .spec
            .as_ref()
            .map(|s| s.containers.as_slice())
            .unwrap_or_default();
        let (names, images) = container_cells(containers);
        vec![names, images, format_label_selector(&self.spec.selector)]
    }
}

impl Columns for Service {
    const HEADERS: &'static [&'static str] = &[
        "NAME",
        "TYPE",
        "CLUSTER-IP",
        "EXTERNAL-IP",
        "PORT(S)",
        "AGE",
    ];
    const WIDE_HEADERS: &'static [&'static str] = &["SELECTOR"];

    fn cells(&self, wide: bool, now: Timestamp) -> Vec<String> {
        let default_spec = ServiceSpec::default();
        let spec = self.spec.as_ref().unwrap_or(&default_spec);
        vec![
            name(&self.metadata),
            service_type(spec).to_owned(),
            cluster_ip(spec),
            external_ip(self, spec, wide),
            or_none(Some(&port_string(spec))),
            age(self.metadata.creation_timestamp.as_ref(), now),
        ]
    }

    fn wide_cells(&self) -> Vec<String> {
        let selector = self.spec.as_ref().and_then(|s| s.selector.as_ref());
        vec![format_labels(selector)]
    }
}

/// EXTERNAL-IP: what reaches the service from outside, by type.
fn external_ip(service: &Service, spec: &ServiceSpec, wide: bool) -> String {
    let external_ips = spec.external_ips.as_deref().unwrap_or_default();
    match service_type(spec) {
        "ClusterIP" | "NodePort" if external_ips.is_empty() => NONE.to_owned(),
        "ClusterIP" | "NodePort" => external_ips.join(","),
        "LoadBalancer" => {
            let ingress = load_balancer_addresses(service, wide);
            match (ingress.is_empty(), external_ips.is_empty()) {
                // A load balancer the cloud has not provisioned yet.
                (true, true) => "<pending>".to_owned(),
                (false, true) => ingress,
                (true, false) => external_ips.join(","),
                (false, false) => format!("{ingress},{}", external_ips.join(",")),
            }
        }
        "ExternalName" => spec.external_name.clone().unwrap_or_default(),
        _ => "<unknown>".to_owned(),
    }
}

/// The load balancer's IPs (or hostnames when it has no IP), sorted and
/// deduplicated, clipped like kubectl so one long hostname cannot widen the table.
fn load_balancer_addresses(service: &Service, wide: bool) -> String {
    let ingress = service
        .status
        .as_ref()
        .and_then(|s| s.load_balancer.as_ref())
        .and_then(|lb| lb.ingress.as_deref())
        .unwrap_or_default();
    let addresses: BTreeSet<&str> = ingress
        .iter()
        .filter_map(|i| non_empty(&i.ip).or_else(|| non_empty(&i.hostname)))
        .collect();
    let joined = addresses.into_iter().collect::<Vec<_>>().join(",");
    if wide || joined.len() <= LOAD_BALANCER_WIDTH {
        return joined;
    }
    let keep = (0..=LOAD_BALANCER_WIDTH - 3)
        .rev()
        .find(|i| joined.is_char_boundary(*i))
        .unwrap_or(0);
    format!("{}...", &joined[..keep])
}

/// The service type, defaulted as the API server does.
fn service_type(spec: &ServiceSpec) -> &str {
    spec.type_.as_deref().unwrap_or("ClusterIP")
}

/// The primary cluster IP; `None` for headless services, `<none>` for ExternalName.
fn cluster_ip(spec: &ServiceSpec) -> String {
    // Servers fill clusterIPs from clusterIP; fall back for objects that skipped defaulting.
    let primary = spec
        .cluster_ips
        .as_ref()
        .and_then(|ips| ips.first())
        .or(spec.cluster_ip.as_ref());
    match primary {
        Some(ip) if !ip.is_empty() => ip.clone(),
        _ => NONE.to_owned(),
    }
}

/// `80/TCP,443:31443/TCP`: port, node port when allocated, protocol.
fn port_string(spec: &ServiceSpec) -> String {
    let ports = spec.ports.as_deref().unwrap_or_default();
    ports
        .iter()
        .map(|p| {
            let protocol = p.protocol.as_deref().unwrap_or("TCP");
            match p.node_port {
                Some(node_port) if node_port > 0 => format!("{}:{node_port}/{protocol}", p.port),
                _ => format!("{}/{protocol}", p.port),
            }
        })
        .collect::<Vec<_>>()
        .join(",")
}

impl Columns for Pod {
    const HEADERS: &'static [&'static str] = &["NAME", "READY", "STATUS", "RESTARTS", "AGE"];
    const WIDE_HEADERS: &'static [&'static str] =
        &["IP", "NODE", "NOMINATED NODE", "READINESS GATES"];

    fn cells(&self, _wide: bool, now: Timestamp) -> Vec<String> {
        let summary = PodSummary::of(self);
        let restarts = match summary.last_restart {
            Some(at) if summary.restarts != 0 => {
                format!("{} ({} ago)", summary.restarts, age(Some(&at), now))
            }
            _ => summary.restarts.to_string(),
        };
        vec![
            name(&self.metadata),
            format!("{}/{}", summary.ready, summary.total),
            summary.reason,
            restarts,
            age(self.metadata.creation_timestamp.as_ref(), now),
        ]
    }

    fn wide_cells(&self) -> Vec<String> {
        let status = self.status.as_ref();
        let spec = self.spec.as_ref();
        let ip = status
            .and_then(|s| s.pod_ips.as_ref())
            .and_then(|ips| ips.first())
            .map(|ip| ip.ip.as_str());
        let node = spec.and_then(|s| s.node_name.as_deref());
        let nominated = status.and_then(|s| s.nominated_node_name.as_deref());
        vec![
            or_none(ip),
            or_none(node),
            or_none(nominated),
            readiness_gates(self),
        ]
    }
}

/// READINESS GATES: how many of the pod's gates have a True condition.
fn readiness_gates(pod: &Pod) -> String {
    let gates = pod
        .spec
        .as_ref()
        .and_then(|s| s.readiness_gates.as_deref())
        .unwrap_or_default();
    if gates.is_empty() {
        return NONE.to_owned();
    }
    let conditions = pod
        .status
        .as_ref()
        .and_then(|s| s.conditions.as_deref())
        .unwrap_or_default();
    let passing = gates
        .iter()
        .filter(|gate| {
            // Only the first condition of a type counts, as in kubectl.
            conditions
                .iter()
                .find(|c| c.type_ == gate.condition_type)
                .is_some_and(|c| c.status == "True")
        })
        .count();
    format!("{passing}/{}", gates.len())
}

/// What kubectl derives from a pod's status for READY, STATUS and RESTARTS.
struct PodSummary {
    ready: usize,
    total: usize,
    reason: String,
    restarts: i64,
    last_restart: Option<Time>,
}

/// Restart count and latest restart of a group of containers.
#[derive(Default)]
struct Restarts {
    count: i64,
    last: Option<Time>,
}

impl Restarts {
    fn add(&mut self, status: &ContainerStatus) {
        self.count += i64::from(status.restart_count);
        let finished = status
            .last_state
            .as_ref()
            .and_then(|s| s.terminated.as_ref())
            .and_then(|t| t.finished_at.as_ref());
        if let Some(finished) = finished
            && self.last.as_ref().is_none_or(|last| last < finished)
        {
            self.last = Some(finished.clone());
        }
    }
}

impl PodSummary {
    /// Follows kubectl's `printPod`: phase, then init containers, then the
    /// containers from last to first, then deletion.
    fn of(pod: &Pod) -> Self {
        let default_status = PodStatus::default();
        let status = pod.status.as_ref().unwrap_or(&default_status);
        let spec = pod.spec.as_ref();
        let containers = spec.map(|s| s.containers.len()).unwrap_or(0);
        let init_containers = spec
            .and_then(|s| s.init_containers.as_deref())
            .unwrap_or_default();
        let phase = status.phase.as_deref().unwrap_or_default();
        let conditions = status.conditions.as_deref().unwrap_or_default();

        let mut reason = non_empty(&status.reason).unwrap_or(phase).to_owned();
        if conditions
            .iter()
            .any(|c| c.type_ == "PodScheduled" && c.reason.as_deref() == Some("SchedulingGated"))
        {
            reason = "SchedulingGated".to_owned();
        }

        // Sidecars (restartable init containers) run alongside the main containers,
        // so they count towards READY.
        let is_sidecar = |name: &str| {
            init_containers
                .iter()
                .find(|c| c.name == name)
                .is_some_and(is_restartable)
        };
        let mut summary = PodSummary {
            ready: 0,
            total: containers + init_containers.iter().filter(|c| is_restartable(c)).count(),
            reason,
            restarts: 0,
            last_restart: None,
        };

        let mut all_restarts = Restarts::default();
        let mut sidecar_restarts = Restarts::default();
        let mut initializing = false;
        let init_statuses = status
            .init_container_statuses
            .as_deref()
            .unwrap_or_default();
        for (index, container) in init_statuses.iter().enumerate() {
            all_restarts.add(container);
            let sidecar = is_sidecar(&container.name);
            if sidecar {
                sidecar_restarts.add(container);
            }
            let state = container.state.as_ref();
            let terminated = state.and_then(|s| s.terminated.as_ref());
            if terminated.is_some_and(|t| t.exit_code == 0) {
                continue;
            }
            if sidecar && container.started == Some(true) {
                if container.ready {
                    summary.ready += 1;
                }
                continue;
            }
            initializing = true;
            summary.reason = match (terminated, waiting_reason(state)) {
                (Some(t), _) => match non_empty(&t.reason) {
                    Some(r) => format!("Init:{r}"),
                    None => format!("Init:{}", exit_description(t.signal, t.exit_code)),
                },
                (None, Some(r)) if r != "PodInitializing" => format!("Init:{r}"),
                _ => format!("Init:{index}/{}", init_containers.len()),
            };
            // The first init container that has not finished explains the pod.
            break;
        }

        let initialized = conditions
            .iter()
            .any(|c| c.type_ == "Initialized" && c.status == "True");
        let mut restarts = all_restarts;
        if !initializing || initialized {
            restarts = sidecar_restarts;
            let mut has_running = false;
            let statuses = status.container_statuses.as_deref().unwrap_or_default();
            for container in statuses.iter().rev() {
                restarts.add(container);
                let state = container.state.as_ref();
                let terminated = state.and_then(|s| s.terminated.as_ref());
                if let Some(r) = waiting_reason(state) {
                    summary.reason = r.to_owned();
                } else if let Some(t) = terminated {
                    summary.reason = match non_empty(&t.reason) {
                        Some(r) => r.to_owned(),
                        None => exit_description(t.signal, t.exit_code),
                    };
                } else if container.ready && state.is_some_and(|s| s.running.is_some()) {
                    has_running = true;
                    summary.ready += 1;
                }
            }
            // A pod whose last-listed container completed is still running if another one is.
            if summary.reason == "Completed" && has_running {
                let ready = conditions
                    .iter()
                    .any(|c| c.type_ == "Ready" && c.status == "True");
                summary.reason = if ready { "Running" } else { "NotReady" }.to_owned();
            }
        }

        if pod.metadata.deletion_timestamp.is_some() {
            if status.reason.as_deref() == Some(NODE_UNREACHABLE_REASON) {
                summary.reason = "Unknown".to_owned();
            } else if phase != "Succeeded" && phase != "Failed" {
                summary.reason = "Terminating".to_owned();
            }
        }
        summary.restarts = restarts.count;
        summary.last_restart = restarts.last;
        summary
    }
}

/// Init containers with `restartPolicy: Always` are sidecars.
fn is_restartable(container: &Container) -> bool {
    container.restart_policy.as_deref() == Some("Always")
}

/// The reason a container is waiting, when it gives one.
fn waiting_reason(state: Option<&ContainerState>) -> Option<&str> {
    state
        .and_then(|s| s.waiting.as_ref())
        .and_then(|w| non_empty(&w.reason))
}

/// `Signal:9` or `ExitCode:1` for a container that ended without a reason.
fn exit_description(signal: Option<i32>, exit_code: i32) -> String {
    match signal {
        Some(signal) if signal != 0 => format!("Signal:{signal}"),
        _ => format!("ExitCode:{exit_code}"),
    }
}

/// CONTAINERS and IMAGES cells: names and images joined by commas.
fn container_cells(containers: &[Container]) -> (String, String) {
    let names = containers.iter().map(|c| c.name.as_str());
    let images = containers
        .iter()
        .map(|c| c.image.as_deref().unwrap_or_default());
    (
        names.collect::<Vec<_>>().join(","),
        images.collect::<Vec<_>>().join(","),
    )
}

/// A selector map as kubectl prints it: `a=b,c=d`, or `<none>` when empty.
fn format_labels(labels: Option<&BTreeMap<String, String>>) -> String {
    match labels {
        Some(labels) if !labels.is_empty() => labels
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join(","),
        _ => NONE.to_owned(),
    }
}

/// A label selector in kubectl's syntax (`app=web,tier in (a,b),!legacy`),
/// requirements sorted by key; `<invalid>` for a selector the API would reject.
pub fn format_label_selector(selector: &LabelSelector) -> String {
    let mut requirements: Vec<(&str, String)> = Vec::new();
    for (key, value) in selector.match_labels.iter().flatten() {
        requirements.push((key, format!("{key}={value}")));
    }
    for expression in selector.match_expressions.iter().flatten() {
        let key = expression.key.as_str();
        let mut values: Vec<&str> = expression
            .values
            .iter()
            .flatten()
            .map(String::as_str)
            .collect();
        values.sort_unstable();
        let text = match (expression.operator.as_str(), values.is_empty()) {
            ("In", false) => format!("{key} in ({})", values.join(",")),
            ("NotIn", false) => format!("{key} notin ({})", values.join(",")),
            ("Exists", true) => key.to_owned(),
            ("DoesNotExist", true) => format!("!{key}"),
            _ => return "<invalid>".to_owned(),
        };
        requirements.push((key, text));
    }
    requirements.sort_by(|a, b| a.0.cmp(b.0));
    requirements
        .into_iter()
        .map(|(_, text)| text)
        .collect::<Vec<_>>()
        .join(",")
}

/// The NAME cell.
fn name(metadata: &ObjectMeta) -> String {
    metadata.name.clone().unwrap_or_default()
}

/// A string field that is set and not empty.
fn non_empty(value: &Option<String>) -> Option<&str> {
    value.as_deref().filter(|v| !v.is_empty())
}

/// The value, or `<none>` when unset or empty.
pub(super) fn or_none(value: Option<&str>) -> String {
    match value {
        Some(v) if !v.is_empty() => v.to_owned(),
        _ => NONE.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn now() -> Timestamp {
        "2024-05-01T12:00:00Z".parse().unwrap()
    }

    fn from_json<T: serde::de::DeserializeOwned>(value: serde_json::Value) -> T {
        serde_json::from_value(value).unwrap()
    }

    fn pod(status: serde_json::Value) -> Pod {
        from_json(json!({
            "metadata": {"name": "web-1", "creationTimestamp": "2024-05-01T11:00:00Z"},
            "spec": {"containers": [{"name": "app"}, {"name": "proxy"}]},
            "status": status,
        }))
    }

    fn running(name: &str, ready: bool, restarts: i32) -> serde_json::Value {
        json!({"name": name, "ready": ready, "restartCount": restarts, "image": "", "imageID": "",
               "state": {"running": {}}})
    }

    fn status_of(pod: &Pod) -> String {
        pod.row(false, now())[2].clone()
    }

    #[test]
    fn deployment_row_shows_ready_over_desired() {
        let d: Deployment = from_json(json!({
            "metadata": {"name": "web", "creationTimestamp": "2024-04-26T08:00:00Z"},
            "spec": {
                "replicas": 3,
                "selector": {"matchLabels": {"app": "web"}},
                "template": {"spec": {"containers": [
                    {"name": "app", "image": "nginx:1.27"},
                    {"name": "log", "image": "busybox"},
                ]}},
            },
            "status": {"readyReplicas": 2, "updatedReplicas": 3, "availableReplicas": 2},
        }));
        assert_eq!(
            Deployment::columns(false),
            ["NAME", "READY", "UP-TO-DATE", "AVAILABLE", "AGE"]
        );
        assert_eq!(d.row(false, now()), ["web", "2/3", "3", "2", "5d4h"]);
        assert_eq!(
            d.row(true, now())[5..],
            ["app,log", "nginx:1.27,busybox", "app=web"]
        );
    }

    #[test]
    fn deployment_without_status_counts_zero() {
        let d: Deployment = from_json(json!({
            "metadata": {"name": "new"},
            "spec": {"selector": {}, "template": {}},
        }));
        assert_eq!(d.row(false, now()), ["new", "0/1", "0", "0", "<unknown>"]);
    }

    #[test]
    fn deployment_selector_sorts_requirements_like_kubectl() {
        let selector: LabelSelector = from_json(json!({
            "matchLabels": {"tier": "front", "app": "web"},
            "matchExpressions": [
                {"key": "env", "operator": "In", "values": ["prod", "dev"]},
                {"key": "zz", "operator": "DoesNotExist"},
                {"key": "beta", "operator": "Exists"},
            ],
        }));
        assert_eq!(
            format_label_selector(&selector),
            "app=web,beta,env in (dev,prod),tier=front,!zz"
        );
        let invalid: LabelSelector =
            from_json(json!({"matchExpressions": [{"key": "a", "operator": "In"}]}));
        assert_eq!(format_label_selector(&invalid), "<invalid>");
    }

    fn service(spec: serde_json::Value, status: serde_json::Value) -> Service {
        from_json(json!({
            "metadata": {"name": "web", "creationTimestamp": "2024-05-01T11:59:15Z"},
            "spec": spec,
            "status": status,
        }))
    }

    #[test]
    fn cluster_ip_service_lists_ports_and_no_external_ip() {
        let svc = service(
            json!({"type": "ClusterIP", "clusterIPs": ["10.0.0.7"], "selector": {"app": "web"},
                   "ports": [{"port": 80, "protocol": "TCP"}, {"port": 443, "protocol": "TCP"}]}),
            json!({}),
        );
        assert_eq!(
            svc.row(true, now()),
            [
                "web",
                "ClusterIP",
                "10.0.0.7",
                "<none>",
                "80/TCP,443/TCP",
                "45s",
                "app=web"
            ]
        );
    }

    #[test]
    fn node_port_service_shows_node_port_and_external_ips() {
        let svc = service(
            json!({"type": "NodePort", "clusterIPs": ["10.0.0.8"],
                   "externalIPs": ["1.2.3.4", "5.6.7.8"],
                   "ports": [{"port": 80, "nodePort": 31234, "protocol": "UDP"}]}),
            json!({}),
        );
        let row = svc.row(false, now());
        assert_eq!(row[3], "1.2.3.4,5.6.7.8");
        assert_eq!(row[4], "80:31234/UDP");
    }

    #[test]
    fn service_without_ingress_shows_pending_external_ip() {
        let svc = service(
            json!({"type": "LoadBalancer", "clusterIPs": ["10.0.0.9"],
                   "ports": [{"port": 80, "nodePort": 30080}]}),
            json!({"loadBalancer": {}}),
        );
        assert_eq!(svc.row(false, now())[3], "<pending>");
    }

    #[test]
    fn load_balancer_addresses_are_clipped_unless_wide() {
        let svc = service(
            json!({"type": "LoadBalancer", "externalIPs": ["9.9.9.9"]}),
            json!({"loadBalancer": {"ingress": [
                {"hostname": "lb.example.amazonaws.com"},
                {"ip": "203.0.113.10"},
                {"ip": "203.0.113.10"},
            ]}}),
        );
        assert_eq!(svc.row(false, now())[3], "203.0.113.10,...,9.9.9.9");
        assert_eq!(
            svc.row(true, now())[3],
            "203.0.113.10,lb.example.amazonaws.com,9.9.9.9"
        );
    }

    #[test]
    fn external_name_service_shows_the_name_and_no_ports() {
        let svc = service(
            json!({"type": "ExternalName", "externalName": "db.example.com"}),
            json!({}),
        );
        assert_eq!(
            svc.row(true, now()),
            [
                "web",
                "ExternalName",
                "<none>",
                "db.example.com",
                "<none>",
                "45s",
                "<none>"
            ]
        );
    }

    #[test]
    fn headless_service_shows_none_cluster_ip() {
        let svc = service(
            json!({"clusterIPs": ["None"], "clusterIP": "None"}),
            json!({}),
        );
        assert_eq!(svc.row(false, now())[1..3], ["ClusterIP", "None"]);
    }

    #[test]
    fn running_pod_counts_ready_containers() {
        let p = pod(json!({"phase": "Running", "containerStatuses": [
            running("app", true, 0), running("proxy", false, 0)]}));
        assert_eq!(p.row(false, now()), ["web-1", "1/2", "Running", "0", "60m"]);
    }

    #[test]
    fn restarts_show_how_long_ago_the_last_one_was() {
        let mut app = running("app", true, 3);
        app["lastState"] =
            json!({"terminated": {"exitCode": 1, "finishedAt": "2024-05-01T11:55:00Z"}});
        let p =
            pod(json!({"phase": "Running", "containerStatuses": [app, running("proxy", true, 0)]}));
        assert_eq!(p.row(false, now())[3], "3 (5m ago)");
    }

    #[test]
    fn waiting_reason_becomes_the_status() {
        let p = pod(json!({"phase": "Pending", "containerStatuses": [
            {"name": "app", "ready": false, "restartCount": 4, "image": "", "imageID": "",
             "state": {"waiting": {"reason": "CrashLoopBackOff"}}},
            running("proxy", true, 0),
        ]}));
        assert_eq!(status_of(&p), "CrashLoopBackOff");
        assert_eq!(p.row(false, now())[1], "1/2");
    }

    #[test]
    fn terminated_container_without_reason_shows_signal_or_exit_code() {
        let terminated = |state: serde_json::Value| {
            pod(json!({"phase": "Failed", "containerStatuses": [
                {"name": "app", "ready": false, "restartCount": 0, "image": "", "imageID": "",
                 "state": {"terminated": state}}]}))
        };
        assert_eq!(
            status_of(&terminated(json!({"exitCode": 137, "signal": 9}))),
            "Signal:9"
        );
        assert_eq!(status_of(&terminated(json!({"exitCode": 2}))), "ExitCode:2");
        assert_eq!(
            status_of(&terminated(json!({"exitCode": 0, "reason": "Completed"}))),
            "Completed"
        );
    }

    #[test]
    fn completed_container_next_to_a_running_one_keeps_the_pod_running() {
        let p = pod(json!({"phase": "Running",
        "conditions": [{"type": "Ready", "status": "False"}],
        "containerStatuses": [
            running("app", true, 0),
            {"name": "proxy", "ready": false, "restartCount": 0, "image": "", "imageID": "",
             "state": {"terminated": {"exitCode": 0, "reason": "Completed"}}},
        ]}));
        assert_eq!(status_of(&p), "NotReady");
    }

    #[test]
    fn init_containers_report_progress() {
        let mut p = pod(json!({"phase": "Pending",
        "initContainerStatuses": [
            {"name": "migrate", "ready": false, "restartCount": 0, "image": "", "imageID": "",
             "state": {"terminated": {"exitCode": 0, "reason": "Completed"}}},
            {"name": "seed", "ready": false, "restartCount": 0, "image": "", "imageID": "",
             "state": {"running": {}}},
        ]}));
        p.spec.as_mut().unwrap().init_containers = Some(vec![
            from_json(json!({"name": "migrate"})),
            from_json(json!({"name": "seed"})),
        ]);
        assert_eq!(status_of(&p), "Init:1/2");
    }

    #[test]
    fn failing_init_container_is_named_in_the_status() {
        let failing = |state: serde_json::Value| {
            let mut p = pod(json!({"phase": "Pending", "initContainerStatuses": [
                {"name": "migrate", "ready": false, "restartCount": 2, "image": "", "imageID": "",
                 "state": state}]}));
            p.spec.as_mut().unwrap().init_containers =
                Some(vec![from_json(json!({"name": "migrate"}))]);
            p
        };
        let crash = failing(json!({"waiting": {"reason": "CrashLoopBackOff"}}));
        assert_eq!(status_of(&crash), "Init:CrashLoopBackOff");
        assert_eq!(crash.row(false, now())[3], "2");
        assert_eq!(
            status_of(&failing(json!({"terminated": {"exitCode": 3}}))),
            "Init:ExitCode:3"
        );
        assert_eq!(
            status_of(&failing(json!({"waiting": {"reason": "PodInitializing"}}))),
            "Init:0/1"
        );
    }

    #[test]
    fn started_sidecar_counts_towards_ready() {
        let mut p = pod(json!({"phase": "Running",
            "conditions": [{"type": "Initialized", "status": "True"}],
            "initContainerStatuses": [
                {"name": "mesh", "ready": true, "started": true, "restartCount": 1,
                 "image": "", "imageID": "", "state": {"running": {}}}],
            "containerStatuses": [running("app", true, 0), running("proxy", true, 0)]}));
        p.spec.as_mut().unwrap().init_containers = Some(vec![from_json(
            json!({"name": "mesh", "restartPolicy": "Always"}),
        )]);
        assert_eq!(p.row(false, now())[1..4], ["3/3", "Running", "1"]);
    }

    #[test]
    fn deleted_pod_is_terminating_unless_its_node_is_lost() {
        let mut p = pod(json!({"phase": "Running", "containerStatuses": [
            running("app", true, 0), running("proxy", true, 0)]}));
        p.metadata.deletion_timestamp = Some(Time(now()));
        assert_eq!(status_of(&p), "Terminating");
        p.status.as_mut().unwrap().reason = Some(NODE_UNREACHABLE_REASON.to_owned());
        assert_eq!(status_of(&p), "Unknown");
        p.status.as_mut().unwrap().reason = None;
        p.status.as_mut().unwrap().phase = Some("Succeeded".to_owned());
        p.status.as_mut().unwrap().container_statuses = None;
        assert_eq!(status_of(&p), "Succeeded");
    }

    #[test]
    fn scheduling_gated_pod_says_so() {
        let p = pod(json!({"phase": "Pending", "conditions": [
            {"type": "PodScheduled", "status": "False", "reason": "SchedulingGated"}]}));
        assert_eq!(status_of(&p), "SchedulingGated");
    }

    #[test]
    fn wide_pod_row_shows_ip_node_and_readiness_gates() {
        let mut p = pod(json!({"phase": "Running", "podIPs": [{"ip": "10.1.2.3"}],
            "conditions": [{"type": "example.com/lb", "status": "True"}]}));
        let spec = p.spec.as_mut().unwrap();
        spec.node_name = Some("node-a".to_owned());
        spec.readiness_gates = Some(vec![
            from_json(json!({"conditionType": "example.com/lb"})),
            from_json(json!({"conditionType": "example.com/dns"})),
        ]);
        assert_eq!(
            Pod::columns(true)[5..],
            ["IP", "NODE", "NOMINATED NODE", "READINESS GATES"]
        );
        assert_eq!(
            p.row(true, now())[5..],
            ["10.1.2.3", "node-a", "<none>", "1/2"]
        );
    }

    #[test]
    fn rows_keep_the_given_order() {
        let a = pod(json!({"phase": "Pending"}));
        let mut b = a.clone();
        b.metadata.name = Some("web-2".to_owned());
        let table = rows([&a, &b], false, now());
        assert_eq!(table[0][0], "web-1");
        assert_eq!(table[1][0], "web-2");
    }
}
