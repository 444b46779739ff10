//! Nodes: conditions, addresses, capacity, system info, the pods running
//! there and what they request of it.

use std::collections::BTreeMap;

use k8s_openapi::api::coordination::v1::Lease;
use k8s_openapi::api::core::v1::{
    Container, Event, Node, NodeStatus, Pod, PodSpec, ResourceRequirements, Taint,
};
use k8s_openapi::apimachinery::pkg::api::resource::Quantity as ApiQuantity;

use super::{NONE, Writer, timestamp};
use crate::printers::quantity::Quantity;

/// The label prefix (and legacy label) nodes carry their roles in.
const ROLE_PREFIX: &str = "node-role.kubernetes.io/";
const ROLE_LABEL: &str = "kubernetes.io/role";
/// The resources every node's allocation is shown for.
const STANDARD: [&str; 3] = ["cpu", "memory", "ephemeral-storage"];
const HUGE_PAGES: &str = "hugepages-";

/// What a Node description shows besides the Node.
pub struct NodeParts<'a> {
    /// Its lease in kube-node-lease, or why it could not be read.
    pub lease: Result<&'a Lease, String>,
    /// The pods on it that have not ended; `None` when they may not be read.
    pub pods: Option<&'a [Pod]>,
    pub events: Option<&'a [Event]>,
}

/// Writes a Node.
pub fn describe(w: &mut Writer, node: &Node, parts: &NodeParts) {
    let metadata = &node.metadata;
    let spec = node.spec.clone().unwrap_or_default();
    let status = node.status.clone().unwrap_or_default();
    w.field(0, "Name", metadata.name.as_deref().unwrap_or_default());
    w.field(0, "Roles", roles(metadata.labels.as_ref()));
    w.labels("", "Labels", metadata.labels.as_ref());
    w.annotations("Annotations", metadata.annotations.as_ref());
    w.creation(metadata);
    taints(w, spec.taints.as_deref().unwrap_or_default());
    w.field(0, "Unschedulable", spec.unschedulable.unwrap_or(false));
    lease(w, &parts.lease);
    conditions(w, &status);
    w.write(0, "Addresses:\n");
    for address in status.addresses.iter().flatten() {
        w.field(1, &address.type_, &address.address);
    }
    for (label, list) in [
        ("Capacity", &status.capacity),
        ("Allocatable", &status.allocatable),
    ] {
        if let Some(list) = list.as_ref().filter(|l| !l.is_empty()) {
            w.write(0, &format!("{label}:\n"));
            for (name, quantity) in list {
                w.field(1, name, &quantity.0);
            }
        }
    }
    system_info(w, &status);
    if let Some(cidr) = spec.pod_cidr.as_deref().filter(|c| !c.is_empty()) {
        w.field(0, "PodCIDR", cidr);
    }
    if let Some(cidrs) = spec.pod_cidrs.as_ref().filter(|c| !c.is_empty()) {
        w.field(0, "PodCIDRs", cidrs.join(","));
    }
    if let Some(provider) = spec.provider_id.as_deref().filter(|p| !p.is_empty()) {
        w.field(0, "ProviderID", provider);
    }
    match parts.pods {
        Some(pods) => {
            let allocatable = match status.allocatable.as_ref().filter(|a| !a.is_empty()) {
                Some(allocatable) => allocatable.clone(),
                None => status.capacity.clone().unwrap_or_default(),
            };
            pod_table(w, pods, &allocatable);
            allocated(w, pods, &allocatable);
        }
        None => w.field(0, "Pods", "not authorized"),
    }
    if let Some(events) = parts.events {
        w.events(events);
    }
}

/// The roles from `node-role.kubernetes.io/ROLE` labels, sorted.
fn roles(labels: Option<&BTreeMap<String, String>>) -> String {
    let mut roles: Vec<&str> = labels
        .into_iter()
        .flatten()
        .filter_map(|(key, value)| match key.strip_prefix(ROLE_PREFIX) {
            Some(role) if !role.is_empty() => Some(role),
            _ if key == ROLE_LABEL && !value.is_empty() => Some(value.as_str()),
            _ => None,
        })
        .collect();
    roles.sort_unstable();
    roles.dedup();
    if roles.is_empty() {
        NONE.to_string()
    } else {
        roles.join(",")
    }
}

fn taints(w: &mut Writer, taints: &[Taint]) {
    w.write(0, "Taints:\t");
    if taints.is_empty() {
        w.write(0, &format!("{NONE}\n"));
        return;
    }
    let mut sorted: Vec<&Taint> = taints.iter().collect();
    sorted.sort_by_key(|t| format!("{},{}", t.effect, t.key));
    for (i, taint) in sorted.into_iter().enumerate() {
        if i > 0 {
            w.write(0, "\t");
        }
        let value = taint.value.as_deref().filter(|v| !v.is_empty());
        let key = match value {
            Some(value) => format!("{}={value}", taint.key),
            None => taint.key.clone(),
        };
        w.write(0, &format!("{key}:{}\n", taint.effect));
    }
}

fn lease(w: &mut Writer, lease: &Result<&Lease, String>) {
    let spec = match lease {
        Ok(lease) => lease.spec.clone().unwrap_or_default(),
        Err(why) => {
            w.field(0, "Lease", format!("Failed to get lease: {why}"));
            return;
        }
    };
    w.write(0, "Lease:\n");
    w.field(
        1,
        "HolderIdentity",
        spec.holder_identity.as_deref().unwrap_or("<unset>"),
    );
    let time = |t: Option<&k8s_openapi::apimachinery::pkg::apis::meta::v1::MicroTime>| {
        t.map_or("<unset>".to_string(), |t| {
            timestamp(Some(&k8s_openapi::apimachinery::pkg::apis::meta::v1::Time(
                t.0,
            )))
        })
    };
    w.field(1, "AcquireTime", time(spec.acquire_time.as_ref()));
    w.field(1, "RenewTime", time(spec.renew_time.as_ref()));
}

fn conditions(w: &mut Writer, status: &NodeStatus) {
    let Some(conditions) = status.conditions.as_ref().filter(|c| !c.is_empty()) else {
        return;
    };
    w.write(
        0,
        "Conditions:\n  Type\tStatus\tLastHeartbeatTime\tLastTransitionTime\tReason\tMessage\n",
    );
    w.write(
        1,
        "----\t------\t-----------------\t------------------\t------\t-------\n",
    );
    for c in conditions {
        w.write(
            1,
            &format!(
                "{} \t{} \t{} \t{} \t{} \t{}\n",
                c.type_,
                c.status,
                timestamp(c.last_heartbeat_time.as_ref()),
                timestamp(c.last_transition_time.as_ref()),
                c.reason.as_deref().unwrap_or_default(),
                c.message.as_deref().unwrap_or_default()
            ),
        );
    }
}

fn system_info(w: &mut Writer, status: &NodeStatus) {
    let info = status.node_info.clone().unwrap_or_default();
    w.write(0, "System Info:\n");
    let fields = [
        ("Machine ID", &info.machine_id),
        ("System UUID", &info.system_uuid),
        ("Boot ID", &info.boot_id),
        ("Kernel Version", &info.kernel_version),
        ("OS Image", &info.os_image),
        ("Operating System", &info.operating_system),
        ("Architecture", &info.architecture),
        ("Container Runtime Version", &info.container_runtime_version),
        ("Kubelet Version", &info.kubelet_version),
    ];
    for (label, value) in fields {
        w.field(1, label, value);
    }
}

type ResourceList = BTreeMap<String, Quantity>;

/// The requests and limits a pod holds on its node, as kubectl counts them
/// (component-helpers' `PodRequests`/`PodLimits` on the pod's spec): its
/// containers and sidecars added up, at least what its largest init step
/// needs, pod-level CPU and memory in place of the containers' sum, and the
/// runtime's overhead on the requests and on every limit that is set.
fn pod_resources(pod: &Pod) -> [ResourceList; 2] {
    let Some(spec) = pod.spec.as_ref() else {
        return Default::default();
    };
    let pod_level = spec.resources.as_ref();
    let pod_level_set = |list: Option<&BTreeMap<String, ApiQuantity>>| {
        list.into_iter()
            .flatten()
            .any(|(name, _)| is_pod_level(name))
    };
    let requests_set = pod_level_set(pod_level.and_then(|r| r.requests.as_ref()));
    let any_set = requests_set || pod_level_set(pod_level.and_then(|r| r.limits.as_ref()));
    let overhead = parsed(spec.overhead.as_ref());
    let mut requests = containers_total(spec, |r| r.requests.as_ref());
    if requests_set {
        with_pod_level(&mut requests, pod_level.and_then(|r| r.requests.as_ref()));
    }
    add_list(&mut requests, &overhead);
    let mut limits = containers_total(spec, |r| r.limits.as_ref());
    if any_set {
        with_pod_level(&mut limits, pod_level.and_then(|r| r.limits.as_ref()));
    }
    for (name, quantity) in &overhead {
        if let Some(limit) = limits.get_mut(name).filter(|l| !l.is_zero()) {
            *limit = *limit + *quantity;
        }
    }
    [requests, limits]
}

/// The resources a pod may set for itself rather than per container.
fn is_pod_level(name: &str) -> bool {
    name == "cpu" || name == "memory" || name.starts_with(HUGE_PAGES)
}

fn with_pod_level(list: &mut ResourceList, pod_level: Option<&BTreeMap<String, ApiQuantity>>) {
    for (name, quantity) in parsed(pod_level) {
        if is_pod_level(&name) {
            list.insert(name, quantity);
        }
    }
}

/// The containers' sum (sidecars, init containers that keep running,
/// included), raised to what any init container needs beside the sidecars
/// started before it.
fn containers_total(
    spec: &PodSpec,
    list_of: impl Fn(&ResourceRequirements) -> Option<&BTreeMap<String, ApiQuantity>>,
) -> ResourceList {
    let of = |c: &Container| parsed(c.resources.as_ref().and_then(&list_of));
    let mut total = ResourceList::new();
    for container in &spec.containers {
        add_list(&mut total, &of(container));
    }
    let mut sidecars = ResourceList::new();
    let mut init_steps = ResourceList::new();
    for container in spec.init_containers.iter().flatten() {
        let own = of(container);
        let step = if container.restart_policy.as_deref() == Some("Always") {
            add_list(&mut total, &own);
            add_list(&mut sidecars, &own);
            sidecars.clone()
        } else {
            let mut step = own;
            add_list(&mut step, &sidecars);
            step
        };
        max_list(&mut init_steps, &step);
    }
    max_list(&mut total, &init_steps);
    total
}

fn parsed(list: Option<&BTreeMap<String, ApiQuantity>>) -> ResourceList {
    list.into_iter()
        .flatten()
        .map(|(name, q)| (name.clone(), Quantity::parse(&q.0).unwrap_or_default()))
        .collect()
}

fn add_list(list: &mut ResourceList, other: &ResourceList) {
    for (name, quantity) in other {
        let entry = list.entry(name.clone()).or_default();
        *entry = *entry + *quantity;
    }
}

/// Each resource at the larger of the two; an equal one keeps its first form.
fn max_list(list: &mut ResourceList, other: &ResourceList) {
    for (name, quantity) in other {
        match list.get_mut(name) {
            Some(current) if !quantity.exceeds(*current) => {}
            Some(current) => *current = *quantity,
            None => {
                list.insert(name.clone(), *quantity);
            }
        }
    }
}

/// `100m (2%)`: a quantity and its share of what the node can allocate.
fn share(
    quantity: Quantity,
    allocatable: &BTreeMap<String, ApiQuantity>,
    resource: &str,
) -> String {
    let whole = allocatable
        .get(resource)
        .and_then(|q| Quantity::parse(&q.0))
        .unwrap_or_default();
    let percent = match resource {
        "cpu" => Quantity::percent_of(quantity.milli(), whole.milli()),
        _ => Quantity::percent_of(quantity.value(), whole.value()),
    };
    format!("{quantity} ({percent}%)")
}

fn pod_table(w: &mut Writer, pods: &[Pod], allocatable: &BTreeMap<String, ApiQuantity>) {
    w.field(
        0,
        "Non-terminated Pods",
        format!("({} in total)", pods.len()),
    );
    w.write(
        1,
        "Namespace\tName\t\tCPU Requests\tCPU Limits\tMemory Requests\tMemory Limits\tAge\n",
    );
    w.write(
        1,
        "---------\t----\t\t------------\t----------\t---------------\t-------------\t---\n",
    );
    for pod in pods {
        let [requests, limits] = pod_resources(pod);
        let get = |list: &ResourceList, name: &str| list.get(name).copied().unwrap_or_default();
        w.write(
            1,
            &format!(
                "{}\t{}\t\t{}\t{}\t{}\t{}\t{}\n",
                pod.metadata.namespace.as_deref().unwrap_or_default(),
                pod.metadata.name.as_deref().unwrap_or_default(),
                share(get(&requests, "cpu"), allocatable, "cpu"),
                share(get(&limits, "cpu"), allocatable, "cpu"),
                share(get(&requests, "memory"), allocatable, "memory"),
                share(get(&limits, "memory"), allocatable, "memory"),
                w.since(pod.metadata.creation_timestamp.as_ref()),
            ),
        );
    }
}

fn allocated(w: &mut Writer, pods: &[Pod], allocatable: &BTreeMap<String, ApiQuantity>) {
    w.write(
        0,
        "Allocated resources:\n  (Total limits may be over 100 percent, i.e., overcommitted.)\n",
    );
    w.write(1, "Resource\tRequests\tLimits\n");
    w.write(1, "--------\t--------\t------\n");
    let mut totals: [ResourceList; 2] = Default::default();
    for pod in pods {
        for (total, list) in totals.iter_mut().zip(pod_resources(pod)) {
            add_list(total, &list);
        }
    }
    let [requests, limits] = totals;
    let get = |list: &ResourceList, resource: &str| list.get(resource).copied().unwrap_or_default();
    let huge_pages = allocatable.keys().filter(|r| r.starts_with(HUGE_PAGES));
    for resource in STANDARD.into_iter().chain(huge_pages.map(String::as_str)) {
        let request = share(get(&requests, resource), allocatable, resource);
        let limit = share(get(&limits, resource), allocatable, resource);
        w.write(1, &format!("{resource}\t{request}\t{limit}\n"));
    }
    // Extended resources (GPUs and the like) are counted, not compared with the node's.
    let extended = allocatable
        .keys()
        .filter(|r| !STANDARD.contains(&r.as_str()) && *r != "pods" && !r.starts_with(HUGE_PAGES));
    for resource in extended {
        let (request, limit) = (get(&requests, resource), get(&limits, resource));
        w.write(1, &format!("{resource}\t{request}\t{limit}\n"));
    }
}
