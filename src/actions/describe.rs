//! What `describe` reads: the object, what its describer shows beside it
//! (a Deployment's ReplicaSets, a Service's endpoints, the phases of a
//! workload's pods, a namespace's quotas) and its events, rendered by
//! `printers::describe`.

use k8s_openapi::api::apps::v1::{DaemonSet, Deployment, ReplicaSet, StatefulSet};
use k8s_openapi::api::batch::v1::Job;
use k8s_openapi::api::coordination::v1::Lease;
use k8s_openapi::api::core::v1::{
    ConfigMap, Event, LimitRange, Namespace, Node, Pod, ResourceQuota, Secret, Service,
};
use k8s_openapi::api::discovery::v1::EndpointSlice;
use k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta;
use k8s_openapi::jiff::Timestamp;
use kube::Client;
use kube::api::{Api, ListParams};
use serde::de::DeserializeOwned;
use serde_json::Value;

use super::events::InvolvedObject;
use super::rollout::{Workload, WorkloadKind};
use crate::connect::Cluster;
use crate::printers::describe::node::NodeParts;
use crate::printers::describe::workloads::{DeploymentParts, PodPhases};
use crate::printers::describe::{Writer, config, generic, namespace, pod, service, workloads};
use crate::resource::ResourceType;
use crate::resource::args::Selection;
use crate::resource::fetch::{ListQuery, list_pages};

/// The namespace of the leases nodes renew.
const NODE_LEASES: &str = "kube-node-lease";
/// The label EndpointSlices name their Service with.
const SERVICE_NAME_LABEL: &str = "kubernetes.io/service-name";

/// Describes `object`, of type `resource`, with its events when `show_events`.
pub async fn describe(
    client: &Client,
    resource: &ResourceType,
    object: &Value,
    show_events: bool,
) -> anyhow::Result<String> {
    let now = Timestamp::now();
    let metadata: ObjectMeta = read(&object["metadata"], resource)?;
    let events = match show_events {
        true => events_about(client, &resource.kind, &metadata).await,
        false => None,
    };
    let events = events.as_deref();
    let mut w = Writer::new(now);
    let namespace = metadata.namespace.clone().unwrap_or_default();
    match (resource.group.as_str(), resource.kind.as_str()) {
        ("apps", "Deployment") => {
            deployment(client, &mut w, (resource, object), &namespace, events, now).await?
        }
        ("apps", "ReplicaSet") => {
            let rs: ReplicaSet = read(object, resource)?;
            let phases = pod_phases(client, &namespace, object).await;
            workloads::replica_set(&mut w, &rs, phases, events);
        }
        ("apps", "StatefulSet") => {
            let set: StatefulSet = read(object, resource)?;
            let phases = pod_phases(client, &namespace, object).await;
            workloads::stateful_set(&mut w, &set, phases, events);
        }
        ("apps", "DaemonSet") => {
            let set: DaemonSet = read(object, resource)?;
            let phases = pod_phases(client, &namespace, object).await;
            workloads::daemon_set(&mut w, &set, phases, events);
        }
        ("batch", "Job") => workloads::job(&mut w, &read::<Job>(object, resource)?, events),
        ("", "Pod") => pod::describe(&mut w, &read::<Pod>(object, resource)?, events),
        ("", "Service") => {
            let svc: Service = read(object, resource)?;
            let slices = endpoint_slices(client, &svc).await;
            service::describe(&mut w, &svc, &slices, events);
        }
        ("", "ConfigMap") => {
            config::config_map(&mut w, &read::<ConfigMap>(object, resource)?, events)
        }
        ("", "Secret") => config::secret(&mut w, &read::<Secret>(object, resource)?),
        ("", "Node") => {
            node(
                client,
                &mut w,
                &read::<Node>(object, resource)?,
                show_events,
            )
            .await
        }
        ("", "Namespace") => {
            let ns: Namespace = read(object, resource)?;
            let (quotas, limits) = quotas_and_limits(client, &ns).await;
            namespace::describe(&mut w, &ns, &quotas, &limits);
        }
        _ => {
            generic::describe(&mut w, object, &metadata);
            if let Some(events) = events {
                w.events(events);
            }
        }
    }
    Ok(w.finish())
}

/// A Deployment with its ReplicaSets and, when it has not rolled out, the
/// diagnosis `rollout status` gives.
async fn deployment(
    client: &Client,
    w: &mut Writer,
    (resource, object): (&ResourceType, &Value),
    namespace: &str,
    events: Option<&[Event]>,
    now: Timestamp,
) -> anyhow::Result<()> {
    let typed: Deployment = read(object, resource)?;
    let params = selected_by(object);
    let uid = super::rollout::uid_of(object);
    let replica_sets: Vec<ReplicaSet> = match &params {
        Some(params) => list::<ReplicaSet>(client, namespace, params).await,
        None => Vec::new(),
    }
    .into_iter()
    .filter(|rs| super::rollout::controlled_by(&rs.metadata, uid))
    .collect();
    let new = super::rollout::diagnose::new_replica_set(object, &replica_sets);
    let new_name = new.and_then(|rs| rs.metadata.name.clone());
    let old = replica_sets
        .iter()
        .filter(|rs| rs.metadata.name != new_name || new_name.is_none())
        .collect();
    let diagnosis = match super::rollout::status::deployment(&typed).phase {
        super::rollout::status::Phase::Done => Vec::new(),
        _ => diagnose(client, &typed, object, &replica_sets, params.as_ref(), now).await,
    };
    let parts = DeploymentParts {
        new,
        old,
        events,
        diagnosis: &diagnosis,
    };
    workloads::deployment(w, &typed, &parts);
    Ok(())
}

/// `rollout status`'s explanation of a Deployment that has not rolled out.
async fn diagnose(
    client: &Client,
    typed: &Deployment,
    object: &Value,
    replica_sets: &[ReplicaSet],
    params: Option<&ListParams>,
    now: Timestamp,
) -> Vec<String> {
    let workload = Workload {
        kind: WorkloadKind::Deployment,
        namespace: typed.metadata.namespace.clone().unwrap_or_default(),
        name: typed.metadata.name.clone().unwrap_or_default(),
    };
    let pods = match params {
        Some(params) => list::<Pod>(client, &workload.namespace, params).await,
        None => Vec::new(),
    };
    let warnings = ListParams::default().fields("type=Warning");
    let events = list::<Event>(client, &workload.namespace, &warnings).await;
    super::rollout::diagnose::explain(&workload, object, replica_sets, &pods, &events, now)
}

/// A Node with its lease, the pods on it that have not ended and its
/// events, which name it by uid (the controllers) or by name (the kubelet).
async fn node(client: &Client, w: &mut Writer, node: &Node, show_events: bool) {
    let name = node.metadata.name.clone().unwrap_or_default();
    let lease = Api::<Lease>::namespaced(client.clone(), NODE_LEASES)
        .get(&name)
        .await
        .map_err(|e| e.to_string());
    let running_here = ListParams::default().fields(&format!(
        "spec.nodeName={name},status.phase!=Succeeded,status.phase!=Failed"
    ));
    let pods = match Api::<Pod>::all(client.clone()).list(&running_here).await {
        Ok(list) => Some(list.items),
        Err(_) => None,
    };
    let mut events = None;
    if show_events {
        let by_uid = events_about(client, "Node", &node.metadata).await;
        let by_name = events_about(
            client,
            "Node",
            &ObjectMeta {
                uid: Some(name.clone()),
                ..node.metadata.clone()
            },
        )
        .await;
        events = by_uid.map(|mut all| {
            all.extend(by_name.into_iter().flatten());
            super::events::sort_for_describe(&mut all);
            all
        });
    }
    let parts = NodeParts {
        lease: lease.as_ref().map_err(Clone::clone),
        pods: pods.as_deref(),
        events: events.as_deref(),
    };
    crate::printers::describe::node::describe(w, node, &parts);
}

/// The EndpointSlices of a Service; none when they cannot be read (kubectl
/// shows the Service without endpoints then).
async fn endpoint_slices(client: &Client, svc: &Service) -> Vec<EndpointSlice> {
    let name = svc.metadata.name.as_deref().unwrap_or_default();
    let namespace = svc.metadata.namespace.as_deref().unwrap_or_default();
    let params = ListParams::default().labels(&format!("{SERVICE_NAME_LABEL}={name}"));
    list::<EndpointSlice>(client, namespace, &params).await
}

/// The resource quotas and limit ranges in a namespace.
async fn quotas_and_limits(
    client: &Client,
    ns: &Namespace,
) -> (Vec<ResourceQuota>, Vec<LimitRange>) {
    let name = ns.metadata.name.as_deref().unwrap_or_default();
    let params = ListParams::default();
    (
        list::<ResourceQuota>(client, name, &params).await,
        list::<LimitRange>(client, name, &params).await,
    )
}

/// The phases of the pods a workload controls.
async fn pod_phases(client: &Client, namespace: &str, object: &Value) -> PodPhases {
    let Some(params) = selected_by(object) else {
        return PodPhases::default();
    };
    let pods = list::<Pod>(client, namespace, &params).await;
    PodPhases::of(&pods, super::rollout::uid_of(object))
}

/// The list parameters of a workload's `spec.selector`; `None` when it has none usable.
fn selected_by(object: &Value) -> Option<ListParams> {
    let selector = super::rollout::selector_of(object).ok()?;
    Some(ListParams::default().labels(&selector))
}

/// Everything `params` selects in `namespace`; what cannot be read is left
/// out, as kubectl leaves out what it cannot read beside the object.
async fn list<K>(client: &Client, namespace: &str, params: &ListParams) -> Vec<K>
where
    K: kube::Resource<Scope = k8s_openapi::NamespaceResourceScope>
        + Clone
        + DeserializeOwned
        + std::fmt::Debug,
    K::DynamicType: Default,
{
    Api::<K>::namespaced(client.clone(), namespace)
        .list(params)
        .await
        .map(|list| list.items)
        .unwrap_or_default()
}

/// The events about the object `metadata` describes; `None` when they
/// cannot be read (the description is shown without them, as kubectl does).
async fn events_about(client: &Client, kind: &str, metadata: &ObjectMeta) -> Option<Vec<Event>> {
    let object = InvolvedObject {
        kind: kind.to_string(),
        api_version: None,
        name: metadata.name.clone().unwrap_or_default(),
        namespace: Some(metadata.namespace.clone().unwrap_or_default()),
        uid: metadata.uid.clone(),
    };
    super::events::about(client, object).await.ok()
}

fn read<K: DeserializeOwned>(value: &Value, resource: &ResourceType) -> anyhow::Result<K> {
    serde_json::from_value(value.clone())
        .map_err(|e| anyhow::anyhow!("cannot read the {} the server sent: {e}", resource.kind))
}

/// The objects the arguments select, each with its type, and a line for
/// each name that matched nothing.
#[derive(Default)]
pub struct Found {
    pub objects: Vec<(ResourceType, Value)>,
    pub not_found: Vec<String>,
    /// The objects are those whose names start with a name that matched none.
    pub by_prefix: bool,
}

/// Reads what `selections` name: listed (narrowed by `label_selector`) when
/// they name no object, else one by one. With `by_prefix`, a name that
/// matches no object stands for every object whose name starts with it,
/// as kubectl's `describe TYPE NAME` does.
pub async fn find(
    cluster: &Cluster,
    selections: &[Selection],
    label_selector: Option<&str>,
    by_prefix: bool,
) -> anyhow::Result<Found> {
    let mut found = Found::default();
    for selection in selections {
        if selection.names.is_empty() {
            let all = list_all(cluster, selection, label_selector).await?;
            found
                .objects
                .extend(all.into_iter().map(|o| (selection.resource.clone(), o)));
            continue;
        }
        for target in selection.targets() {
            let object = crate::resource::fetch::get(&cluster.client, &target, false)
                .await
                .map_err(|e| cluster.unreachable(e))?;
            let matches = match object {
                Some(object) => vec![object],
                None if by_prefix => {
                    found.by_prefix = true;
                    list_all(cluster, selection, None)
                        .await?
                        .into_iter()
                        .filter(|o| {
                            o["metadata"]["name"]
                                .as_str()
                                .is_some_and(|n| n.starts_with(&target.name))
                        })
                        .collect()
                }
                None => Vec::new(),
            };
            if matches.is_empty() {
                found.not_found.push(format!(
                    "Error from server (NotFound): {} \"{}\" not found",
                    selection.resource.qualified_plural(),
                    target.name
                ));
            }
            found
                .objects
                .extend(matches.into_iter().map(|o| (selection.resource.clone(), o)));
        }
    }
    Ok(found)
}

/// Every object of a selection's type and namespace, with the `apiVersion`
/// and `kind` lists leave out of their items.
async fn list_all(
    cluster: &Cluster,
    selection: &Selection,
    label_selector: Option<&str>,
) -> anyhow::Result<Vec<Value>> {
    let query = ListQuery {
        label_selector: label_selector.map(String::from),
        chunk_size: 500,
        ..ListQuery::default()
    };
    let resource = &selection.resource;
    let mut objects = Vec::new();
    list_pages(
        &cluster.client,
        resource,
        selection.namespace.as_deref(),
        &query,
        false,
        |mut page| {
            if let Some(items) = page.body["items"].as_array_mut() {
                for mut item in items.drain(..) {
                    item["apiVersion"] = Value::String(resource.api_version());
                    item["kind"] = Value::String(resource.kind.clone());
                    objects.push(item);
                }
            }
            Ok(())
        },
    )
    .await
    .map_err(|e| super::get::unreachable_or(cluster, e))?;
    Ok(objects)
}
