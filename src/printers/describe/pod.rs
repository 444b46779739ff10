//! Pods and pod templates: the sections kubectl writes for a Pod, and the
//! `Pod Template:` block of every workload, which share the containers and
//! volumes.

use std::collections::HashMap;

use k8s_openapi::api::core::v1::{
    Container, ContainerPort, ContainerState, ContainerStatus, DownwardAPIVolumeSource, EnvVar,
    Event, Pod, PodSpec, PodTemplateSpec, Probe, ProjectedVolumeSource, ResourceFieldSelector,
    ResourceRequirements, Toleration, Volume,
};
use k8s_openapi::apimachinery::pkg::util::intstr::IntOrString;

use super::{NONE, Writer, timestamp, title_bool};
use crate::printers::quantity::Quantity;

/// Writes a Pod with its events.
pub fn describe(w: &mut Writer, pod: &Pod, events: Option<&[Event]>) {
    let spec = pod.spec.clone().unwrap_or_default();
    let status = pod.status.clone().unwrap_or_default();
    identity(w, pod, &spec);
    w.labels("", "Labels", pod.metadata.labels.as_ref());
    w.annotations("Annotations", pod.metadata.annotations.as_ref());
    phase(w, pod);
    addresses(w, pod);
    if let Some(resources) = &spec.resources {
        w.write(0, "Resources:\n");
        describe_resources(w, resources, 1);
    }
    let env = PodEnv(Some(pod));
    let statuses = |s: &Option<Vec<ContainerStatus>>| s.clone().unwrap_or_default();
    if let Some(init) = spec.init_containers.as_ref().filter(|c| !c.is_empty()) {
        containers(
            w,
            "Init Containers",
            init,
            Some(&statuses(&status.init_container_statuses)),
            &env,
            "",
        );
    }
    containers(
        w,
        "Containers",
        &spec.containers,
        Some(&statuses(&status.container_statuses)),
        &env,
        "",
    );
    conditions(w, pod);
    volumes(w, spec.volumes.as_deref().unwrap_or_default(), "");
    w.field(
        0,
        "QoS Class",
        status.qos_class.as_deref().unwrap_or_default(),
    );
    w.labels("", "Node-Selectors", spec.node_selector.as_ref());
    tolerations(
        w,
        "",
        "Tolerations",
        spec.tolerations.as_deref().unwrap_or_default(),
    );
    if let Some(events) = events {
        w.events(events);
    }
}

/// Name down to the start time: who the pod is and where it runs.
fn identity(w: &mut Writer, pod: &Pod, spec: &PodSpec) {
    w.name_and_namespace(&pod.metadata);
    if let Some(priority) = spec.priority {
        w.field(0, "Priority", priority);
    }
    if let Some(class) = spec
        .priority_class_name
        .as_deref()
        .filter(|c| !c.is_empty())
    {
        w.field(0, "Priority Class Name", class);
    }
    if let Some(class) = spec.runtime_class_name.as_deref().filter(|c| !c.is_empty()) {
        w.field(0, "Runtime Class Name", class);
    }
    if let Some(account) = spec
        .service_account_name
        .as_deref()
        .filter(|a| !a.is_empty())
    {
        w.field(0, "Service Account", account);
    }
    let status = pod.status.as_ref();
    match spec.node_name.as_deref().filter(|n| !n.is_empty()) {
        Some(node) => {
            let host_ip = status
                .and_then(|s| s.host_ip.as_deref())
                .unwrap_or_default();
            w.field(0, "Node", format!("{node}/{host_ip}"));
        }
        None => w.field(0, "Node", NONE),
    }
    if let Some(start) = status.and_then(|s| s.start_time.as_ref()) {
        w.field(0, "Start Time", timestamp(Some(start)));
    }
}

/// `Status:` (or how long it has been terminating), the reason and message.
fn phase(w: &mut Writer, pod: &Pod) {
    let status = pod.status.clone().unwrap_or_default();
    let phase = status.phase.as_deref().unwrap_or_default();
    match &pod.metadata.deletion_timestamp {
        Some(deleted) if phase != "Failed" && phase != "Succeeded" => {
            w.field(
                0,
                "Status",
                format!("Terminating (lasts {})", w.since(Some(deleted))),
            );
            let grace = pod
                .metadata
                .deletion_grace_period_seconds
                .unwrap_or_default();
            w.field(0, "Termination Grace Period", format!("{grace}s"));
        }
        _ => w.field(0, "Status", phase),
    }
    if let Some(reason) = status.reason.as_deref().filter(|r| !r.is_empty()) {
        w.field(0, "Reason", reason);
    }
    if let Some(message) = status.message.as_deref().filter(|m| !m.is_empty()) {
        w.field(0, "Message", message);
    }
}

/// `IP:`, `IPs:`, the controller and a nominated node.
fn addresses(w: &mut Writer, pod: &Pod) {
    let status = pod.status.clone().unwrap_or_default();
    w.field(0, "IP", status.pod_ip.as_deref().unwrap_or_default());
    match status.pod_ips.as_deref().filter(|ips| !ips.is_empty()) {
        Some(ips) => {
            w.write(0, "IPs:\n");
            for ip in ips {
                w.field(1, "IP", &ip.ip);
            }
        }
        None => w.field(0, "IPs", NONE),
    }
    w.controlled_by(&pod.metadata);
    if let Some(node) = status
        .nominated_node_name
        .as_deref()
        .filter(|n| !n.is_empty())
    {
        w.field(0, "NominatedNodeName", node);
    }
}

fn conditions(w: &mut Writer, pod: &Pod) {
    let spec = pod.spec.as_ref();
    let conditions = pod
        .status
        .as_ref()
        .and_then(|s| s.conditions.as_deref())
        .unwrap_or_default();
    if let Some(gates) = spec
        .and_then(|s| s.readiness_gates.as_deref())
        .filter(|g| !g.is_empty())
    {
        w.write(0, "Readiness Gates:\n  Type\tStatus\n");
        for gate in gates {
            let status = conditions
                .iter()
                .find(|c| c.type_ == gate.condition_type)
                .map_or(NONE, |c| c.status.as_str());
            w.write(1, &format!("{} \t{status} \n", gate.condition_type));
        }
    }
    if !conditions.is_empty() {
        w.write(0, "Conditions:\n  Type\tStatus\n");
        for condition in conditions {
            w.write(1, &format!("{} \t{} \n", condition.type_, condition.status));
        }
    }
}

/// The `Pod Template:` block of a workload.
pub fn template(w: &mut Writer, template: &PodTemplateSpec) {
    w.write(0, "Pod Template:\n");
    let metadata = template.metadata.clone().unwrap_or_default();
    let spec = template.spec.clone().unwrap_or_default();
    w.labels("  ", "Labels", metadata.labels.as_ref());
    if metadata.annotations.as_ref().is_some_and(|a| !a.is_empty()) {
        w.annotations("  Annotations", metadata.annotations.as_ref());
    }
    if let Some(account) = spec
        .service_account_name
        .as_deref()
        .filter(|a| !a.is_empty())
    {
        w.field(1, "Service Account", account);
    }
    let env = PodEnv(None);
    if let Some(init) = spec.init_containers.as_ref().filter(|c| !c.is_empty()) {
        containers(w, "Init Containers", init, None, &env, "  ");
    }
    containers(w, "Containers", &spec.containers, None, &env, "  ");
    volumes(w, spec.volumes.as_deref().unwrap_or_default(), "  ");
    if let Some(class) = spec
        .priority_class_name
        .as_deref()
        .filter(|c| !c.is_empty())
    {
        w.field(1, "Priority Class Name", class);
    }
    w.labels("  ", "Node-Selectors", spec.node_selector.as_ref());
    tolerations(
        w,
        "  ",
        "Tolerations",
        spec.tolerations.as_deref().unwrap_or_default(),
    );
}

/// The pod whose fields `fieldRef` environment variables show; none for a template.
struct PodEnv<'a>(Option<&'a Pod>);

impl PodEnv<'_> {
    /// The value a `fieldRef` resolves to in this pod, as kubectl shows it.
    fn field(&self, path: &str) -> String {
        let Some(pod) = self.0 else {
            return String::new();
        };
        let meta = &pod.metadata;
        let status = pod.status.clone().unwrap_or_default();
        let spec = pod.spec.clone().unwrap_or_default();
        let keyed = |prefix: &str, map: &Option<std::collections::BTreeMap<String, String>>| {
            let key = path.strip_prefix(prefix)?.strip_suffix("']")?;
            Some(map.as_ref()?.get(key).cloned().unwrap_or_default())
        };
        let value = match path {
            "metadata.name" => meta.name.clone(),
            "metadata.namespace" => meta.namespace.clone(),
            "metadata.uid" => meta.uid.clone(),
            "spec.nodeName" => spec.node_name,
            "spec.serviceAccountName" => spec.service_account_name,
            "status.hostIP" => status.host_ip,
            "status.podIP" => status.pod_ip,
            _ => keyed("metadata.labels['", &meta.labels)
                .or_else(|| keyed("metadata.annotations['", &meta.annotations)),
        };
        value.unwrap_or_default()
    }
}

/// `label:` and one block per container, with its status when `statuses` are given.
fn containers(
    w: &mut Writer,
    label: &str,
    containers: &[Container],
    statuses: Option<&[ContainerStatus]>,
    env: &PodEnv,
    space: &str,
) {
    let none = if containers.is_empty() { " <none>" } else { "" };
    w.write(0, &format!("{space}{label}:{none}\n"));
    let statuses: HashMap<&str, &ContainerStatus> = statuses
        .unwrap_or_default()
        .iter()
        .map(|s| (s.name.as_str(), s))
        .collect();
    for container in containers {
        let status = statuses.get(container.name.as_str()).copied();
        basic_info(w, container, status, space);
        command(w, container);
        if let Some(status) = status {
            state(w, "State", status.state.as_ref());
            if let Some(last) = status
                .last_state
                .as_ref()
                .filter(|s| s.terminated.is_some())
            {
                state(w, "Last State", Some(last));
            }
            w.field(2, "Ready", title_bool(status.ready));
            w.field(2, "Restart Count", status.restart_count);
        }
        if let Some(resources) = &container.resources {
            describe_resources(w, resources, 2);
        }
        probes(w, container);
        env_from(w, container);
        env_vars(w, container, env);
        mounts(w, container);
    }
}

fn basic_info(
    w: &mut Writer,
    container: &Container,
    status: Option<&ContainerStatus>,
    space: &str,
) {
    let name_indent = if space.is_empty() { "" } else { " " };
    w.write(1, &format!("{name_indent}{}:\n", container.name));
    if let Some(status) = status {
        w.field(
            2,
            "Container ID",
            status.container_id.as_deref().unwrap_or_default(),
        );
    }
    w.field(2, "Image", container.image.as_deref().unwrap_or_default());
    if let Some(status) = status {
        w.field(2, "Image ID", &status.image_id);
    }
    let ports = container.ports.as_deref().unwrap_or_default();
    let container_ports = port_list(ports, |p| p.container_port);
    let host_ports = port_list(ports, |p| p.host_port.unwrap_or_default());
    for (single, several, list) in [
        ("Port", "Ports", container_ports),
        ("Host Port", "Host Ports", host_ports),
    ] {
        if list.contains(',') {
            w.field(2, several, list);
        } else {
            w.field(
                2,
                single,
                if list.is_empty() {
                    NONE.to_string()
                } else {
                    list
                },
            );
        }
    }
}

/// `8080/TCP (http), 9090/TCP`, with the port `number` picks.
fn port_list(ports: &[ContainerPort], number: impl Fn(&ContainerPort) -> i32) -> String {
    ports
        .iter()
        .map(|port| {
            let protocol = port.protocol.as_deref().unwrap_or("TCP");
            match port.name.as_deref().filter(|n| !n.is_empty()) {
                Some(name) => format!("{}/{protocol} ({name})", number(port)),
                None => format!("{}/{protocol}", number(port)),
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn command(w: &mut Writer, container: &Container) {
    for (label, words) in [("Command", &container.command), ("Args", &container.args)] {
        let Some(words) = words.as_ref().filter(|w| !w.is_empty()) else {
            continue;
        };
        w.write(2, &format!("{label}:\n"));
        for line in words.iter().flat_map(|word| word.split('\n')) {
            w.write(3, &format!("{line}\n"));
        }
    }
}

fn state(w: &mut Writer, label: &str, state: Option<&ContainerState>) {
    let state = state.cloned().unwrap_or_default();
    if let Some(running) = &state.running {
        w.field(2, label, "Running");
        w.field(3, "Started", timestamp(running.started_at.as_ref()));
    } else if let Some(terminated) = &state.terminated {
        w.field(2, label, "Terminated");
        if let Some(reason) = terminated.reason.as_deref().filter(|r| !r.is_empty()) {
            w.field(3, "Reason", reason);
        }
        if let Some(message) = terminated.message.as_deref().filter(|m| !m.is_empty()) {
            w.field(3, "Message", message);
        }
        w.field(3, "Exit Code", terminated.exit_code);
        if let Some(signal) = terminated.signal.filter(|s| *s > 0) {
            w.field(3, "Signal", signal);
        }
        w.field(3, "Started", timestamp(terminated.started_at.as_ref()));
        w.field(3, "Finished", timestamp(terminated.finished_at.as_ref()));
    } else {
        w.field(2, label, "Waiting");
        let reason = state.waiting.as_ref().and_then(|s| s.reason.as_deref());
        if let Some(reason) = reason.filter(|r| !r.is_empty()) {
            w.field(3, "Reason", reason);
        }
    }
}

/// `Limits:` and `Requests:`, each resource sorted by name.
fn describe_resources(w: &mut Writer, resources: &ResourceRequirements, level: usize) {
    for (label, list) in [
        ("Limits", &resources.limits),
        ("Requests", &resources.requests),
    ] {
        let Some(list) = list.as_ref().filter(|l| !l.is_empty()) else {
            continue;
        };
        w.write(level, &format!("{label}:\n"));
        for (name, quantity) in list {
            w.field(level + 1, name, &quantity.0);
        }
    }
}

fn probes(w: &mut Writer, container: &Container) {
    let probes = [
        ("Liveness", &container.liveness_probe),
        ("Readiness", &container.readiness_probe),
        ("Startup", &container.startup_probe),
    ];
    for (label, probe) in probes {
        if let Some(probe) = probe {
            w.field(2, label, probe_text(probe));
        }
    }
}

/// kubectl's one-line probe: `http-get http://:8080/healthz delay=0s timeout=1s …`.
fn probe_text(probe: &Probe) -> String {
    let attributes = format!(
        "delay={}s timeout={}s period={}s successThreshold={} failureThreshold={}",
        probe.initial_delay_seconds.unwrap_or(0),
        probe.timeout_seconds.unwrap_or(1),
        probe.period_seconds.unwrap_or(10),
        probe.success_threshold.unwrap_or(1),
        probe.failure_threshold.unwrap_or(3),
    );
    let port = |p: &IntOrString| match p {
        IntOrString::Int(n) => n.to_string(),
        IntOrString::String(s) => s.clone(),
    };
    if let Some(exec) = &probe.exec {
        format!(
            "exec [{}] {attributes}",
            exec.command.clone().unwrap_or_default().join(" ")
        )
    } else if let Some(http) = &probe.http_get {
        let scheme = http.scheme.as_deref().unwrap_or("HTTP").to_lowercase();
        let host = http.host.as_deref().unwrap_or_default();
        let port = port(&http.port);
        // Go's net.JoinHostPort brackets IPv6 hosts.
        let host = if host.contains(':') {
            format!("[{host}]")
        } else {
            host.to_string()
        };
        let path = http.path.as_deref().unwrap_or_default();
        format!("http-get {scheme}://{host}:{port}{path} {attributes}")
    } else if let Some(tcp) = &probe.tcp_socket {
        let host = tcp.host.as_deref().unwrap_or_default();
        format!("tcp-socket {host}:{} {attributes}", port(&tcp.port))
    } else if let Some(grpc) = &probe.grpc {
        let service = grpc.service.as_deref().unwrap_or_default();
        format!("grpc <pod>:{} {service} {attributes}", grpc.port)
    } else {
        format!("unknown {attributes}")
    }
}

fn env_from(w: &mut Writer, container: &Container) {
    let Some(sources) = container.env_from.as_ref().filter(|s| !s.is_empty()) else {
        return;
    };
    w.write(2, "Environment Variables from:\n");
    for source in sources {
        let (from, name, optional) = if let Some(map) = &source.config_map_ref {
            (
                "ConfigMap",
                map.name.as_str(),
                map.optional.unwrap_or(false),
            )
        } else if let Some(secret) = &source.secret_ref {
            (
                "Secret",
                secret.name.as_str(),
                secret.optional.unwrap_or(false),
            )
        } else {
            ("", "", false)
        };
        match source.prefix.as_deref().filter(|p| !p.is_empty()) {
            None => w.write(3, &format!("{name}\t{from}\tOptional: {optional}\n")),
            Some(prefix) => w.write(
                3,
                &format!("{name}\t{from} with prefix '{prefix}'\tOptional: {optional}\n"),
            ),
        }
    }
}

/// `Environment:`; values from Secrets are named, never read.
fn env_vars(w: &mut Writer, container: &Container, pod: &PodEnv) {
    let vars = container.env.as_deref().unwrap_or_default();
    let none = if vars.is_empty() { "\t<none>" } else { "" };
    w.write(2, &format!("Environment:{none}\n"));
    for var in vars {
        env_var(w, container, var, pod);
    }
}

fn env_var(w: &mut Writer, container: &Container, var: &EnvVar, pod: &PodEnv) {
    let name = &var.name;
    let Some(from) = &var.value_from else {
        let value = var.value.as_deref().unwrap_or_default();
        for (i, line) in value.split('\n').enumerate() {
            let label = if i == 0 {
                format!("{name}:")
            } else {
                String::new()
            };
            w.write(3, &format!("{label}\t{line}\n"));
        }
        return;
    };
    if let Some(field) = &from.field_ref {
        let version = field.api_version.as_deref().unwrap_or("v1");
        let value = pod.field(&field.field_path);
        w.write(
            3,
            &format!("{name}:\t{value} ({version}:{})\n", field.field_path),
        );
    } else if let Some(field) = &from.resource_field_ref {
        let value = resource_value(container, field);
        w.write(3, &format!("{name}:\t{value} ({})\n", field.resource));
    } else if let Some(secret) = &from.secret_key_ref {
        let optional = secret.optional.unwrap_or(false);
        w.write(
            3,
            &format!(
                "{name}:\t<set to the key '{}' in secret '{}'>\tOptional: {optional}\n",
                secret.key, secret.name
            ),
        );
    } else if let Some(map) = &from.config_map_key_ref {
        let optional = map.optional.unwrap_or(false);
        w.write(
            3,
            &format!(
                "{name}:\t<set to the key '{}' of config map '{}'>\tOptional: {optional}\n",
                map.key, map.name
            ),
        );
    }
}

/// What a `resourceFieldRef` resolves to, in units of its divisor, rounded
/// up; a limit that is not set is the node's allocatable amount.
fn resource_value(container: &Container, field: &ResourceFieldSelector) -> String {
    let Some((kind, resource)) = field.resource.split_once('.') else {
        return String::new();
    };
    let resources = container.resources.clone().unwrap_or_default();
    let list = match kind {
        "limits" => resources.limits,
        "requests" => resources.requests,
        _ => return String::new(),
    };
    let quantity = list
        .as_ref()
        .and_then(|l| l.get(resource))
        .and_then(|q| Quantity::parse(&q.0))
        .unwrap_or_default();
    let divisor = field
        .divisor
        .as_ref()
        .and_then(|d| Quantity::parse(&d.0))
        .filter(|d| *d != Quantity::default())
        .or_else(|| Quantity::parse("1"))
        .unwrap_or_default();
    let (value, unit) = match resource {
        "cpu" => (quantity.milli(), divisor.milli()),
        _ => (quantity.value(), divisor.value()),
    };
    if unit == 0 {
        return String::new();
    }
    let value = value / unit + i128::from(value % unit > 0);
    if value == 0 && kind == "limits" && ["cpu", "memory"].contains(&resource) {
        return "node allocatable".to_string();
    }
    value.to_string()
}

fn mounts(w: &mut Writer, container: &Container) {
    let mut mounts = container.volume_mounts.clone().unwrap_or_default();
    let none = if mounts.is_empty() { "\t<none>" } else { "" };
    w.write(2, &format!("Mounts:{none}\n"));
    mounts.sort_by(|a, b| a.mount_path.cmp(&b.mount_path));
    for mount in &mounts {
        let mut flags = vec![
            if mount.read_only == Some(true) {
                "ro"
            } else {
                "rw"
            }
            .to_string(),
        ];
        if let Some(sub_path) = mount.sub_path.as_deref().filter(|p| !p.is_empty()) {
            flags.push(format!("path={sub_path:?}"));
        }
        w.write(
            3,
            &format!(
                "{} from {} ({})\n",
                mount.mount_path,
                mount.name,
                flags.join(",")
            ),
        );
    }
    let mut devices = container.volume_devices.clone().unwrap_or_default();
    if !devices.is_empty() {
        w.write(2, "Devices:\n");
        devices.sort_by(|a, b| a.device_path.cmp(&b.device_path));
        for device in &devices {
            w.write(3, &format!("{} from {}\n", device.device_path, device.name));
        }
    }
}

/// `Volumes:`, each with kubectl's description of its source; sources kubectl
/// rarely meets are shown as their fields.
fn volumes(w: &mut Writer, volumes: &[Volume], space: &str) {
    if volumes.is_empty() {
        w.write(0, &format!("{space}Volumes:\t<none>\n"));
        return;
    }
    w.write(0, &format!("{space}Volumes:\n"));
    let name_indent = if space.is_empty() { "" } else { " " };
    for volume in volumes {
        w.write(1, &format!("{name_indent}{}:\n", volume.name));
        volume_source(w, volume);
    }
}

fn volume_source(w: &mut Writer, volume: &Volume) {
    let optional = |o: Option<bool>| o.unwrap_or(false);
    if let Some(empty) = &volume.empty_dir {
        let limit = empty
            .size_limit
            .as_ref()
            .map_or("<unset>".to_string(), |q| q.0.clone());
        w.field(
            2,
            "Type",
            "EmptyDir (a temporary directory that shares a pod's lifetime)",
        );
        w.field(2, "Medium", empty.medium.as_deref().unwrap_or_default());
        w.field(2, "SizeLimit", limit);
    } else if let Some(host) = &volume.host_path {
        w.field(2, "Type", "HostPath (bare host directory volume)");
        w.field(2, "Path", &host.path);
        w.field(2, "HostPathType", host.type_.as_deref().unwrap_or(NONE));
    } else if let Some(secret) = &volume.secret {
        w.field(2, "Type", "Secret (a volume populated by a Secret)");
        w.field(
            2,
            "SecretName",
            secret.secret_name.as_deref().unwrap_or_default(),
        );
        w.field(2, "Optional", optional(secret.optional));
    } else if let Some(map) = &volume.config_map {
        w.field(2, "Type", "ConfigMap (a volume populated by a ConfigMap)");
        w.field(2, "Name", &map.name);
        w.field(2, "Optional", optional(map.optional));
    } else if let Some(claim) = &volume.persistent_volume_claim {
        w.field(
            2,
            "Type",
            "PersistentVolumeClaim (a reference to a PersistentVolumeClaim in the same namespace)",
        );
        w.field(2, "ClaimName", &claim.claim_name);
        w.field(2, "ReadOnly", optional(claim.read_only));
    } else if let Some(projected) = &volume.projected {
        projected_source(w, projected);
    } else if let Some(downward) = &volume.downward_api {
        downward_api_source(w, downward);
    } else {
        let mut source = serde_json::to_value(volume).unwrap_or_default();
        if let Some(fields) = source.as_object_mut() {
            fields.remove("name");
        }
        super::generic::fields(w, 2, &source);
    }
}

fn projected_source(w: &mut Writer, projected: &ProjectedVolumeSource) {
    let optional = |o: Option<bool>| o.unwrap_or(false);
    w.field(
        2,
        "Type",
        "Projected (a volume that contains injected data from multiple sources)",
    );
    for source in projected.sources.iter().flatten() {
        if let Some(secret) = &source.secret {
            w.field(2, "SecretName", &secret.name);
            w.field(2, "Optional", optional(secret.optional));
        } else if source.downward_api.is_some() {
            w.field(2, "DownwardAPI", "true");
        } else if let Some(map) = &source.config_map {
            w.field(2, "ConfigMapName", &map.name);
            w.field(2, "Optional", optional(map.optional));
        } else if let Some(token) = &source.service_account_token {
            w.field(
                2,
                "TokenExpirationSeconds",
                token.expiration_seconds.unwrap_or(3607),
            );
        }
    }
}

fn downward_api_source(w: &mut Writer, downward: &DownwardAPIVolumeSource) {
    w.write(
        2,
        "Type:\tDownwardAPI (a volume populated by information about the pod)\n",
    );
    w.write(2, "Items:\n");
    for item in downward.items.iter().flatten() {
        if let Some(field) = &item.field_ref {
            w.write(3, &format!("{} -> {}\n", field.field_path, item.path));
        }
        if let Some(resource) = &item.resource_field_ref {
            w.write(3, &format!("{} -> {}\n", resource.resource, item.path));
        }
    }
}

/// `Tolerations:` one per line, sorted by key, as kubectl writes them.
fn tolerations(w: &mut Writer, indent: &str, title: &str, tolerations: &[Toleration]) {
    w.write(0, &format!("{indent}{title}:\t"));
    if tolerations.is_empty() {
        w.write(0, &format!("{NONE}\n"));
        return;
    }
    let mut sorted: Vec<&Toleration> = tolerations.iter().collect();
    sorted.sort_by(|a, b| a.key.cmp(&b.key));
    for (i, toleration) in sorted.into_iter().enumerate() {
        if i > 0 {
            w.write(0, &format!("{indent}\t"));
        }
        w.write(0, &format!("{}\n", toleration_text(toleration)));
    }
}

fn toleration_text(toleration: &Toleration) -> String {
    let key = toleration.key.as_deref().unwrap_or_default();
    let value = toleration.value.as_deref().unwrap_or_default();
    let effect = toleration.effect.as_deref().unwrap_or_default();
    let mut text = key.to_string();
    if !value.is_empty() {
        text.push_str(&format!("={value}"));
    }
    if !effect.is_empty() {
        text.push_str(&format!(":{effect}"));
    }
    if toleration.operator.as_deref() == Some("Exists") && value.is_empty() {
        text.push_str(if key.is_empty() && effect.is_empty() {
            "op=Exists"
        } else {
            " op=Exists"
        });
    }
    if let Some(seconds) = toleration.toleration_seconds {
        text.push_str(&format!(" for {seconds}s"));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toleration(json: serde_json::Value) -> Toleration {
        serde_json::from_value(json).unwrap()
    }

    #[test]
    fn tolerations_read_like_kubectls() {
        assert_eq!(
            toleration_text(&toleration(serde_json::json!({
                "key": "node.kubernetes.io/not-ready", "operator": "Exists",
                "effect": "NoExecute", "tolerationSeconds": 300
            }))),
            "node.kubernetes.io/not-ready:NoExecute op=Exists for 300s"
        );
        assert_eq!(
            toleration_text(&toleration(serde_json::json!({"operator": "Exists"}))),
            "op=Exists"
        );
    }

    #[test]
    fn probes_are_one_line() {
        let probe: Probe = serde_json::from_value(serde_json::json!({
            "httpGet": {"path": "/healthz", "port": 8080, "scheme": "HTTP"},
            "timeoutSeconds": 1, "periodSeconds": 10, "successThreshold": 1, "failureThreshold": 3
        }))
        .unwrap();
        assert_eq!(
            probe_text(&probe),
            "http-get http://:8080/healthz delay=0s timeout=1s period=10s successThreshold=1 failureThreshold=3"
        );
    }
}
