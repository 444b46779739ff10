//! Server-side apply of resolved manifests: in phases (Namespaces, then
//! CustomResourceDefinitions until Established, then everything else),
//! concurrently within a phase, each result classified as kubectl names it.

mod establish;
pub mod fields;
pub mod noop;
pub mod schema;
mod upgrade;

use std::collections::{HashMap, HashSet};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, PoisonError};
use std::time::Duration;

use futures::StreamExt;
use kube::Client;
use kube::api::{Patch, PatchParams, ValidationDirective};
use kube::core::Status;
use serde_json::Value;

use crate::cli::{DryRun, Validation};
use crate::resource::fetch::{ListQuery, list_pages};
use crate::resource::{ResolvedManifest, Target};
pub use fields::Ownership;

/// How to apply.
#[derive(Debug, Clone)]
pub struct Options {
    pub field_manager: String,
    pub force_conflicts: bool,
    /// Only `None` or `Server`: a client dry run sends nothing.
    pub dry_run: DryRun,
    pub validation: Validation,
    pub concurrency: usize,
    /// Send objects that the live object shows to be unchanged all the same.
    pub always_send: bool,
    /// Keep each object as the server returned it and as it was before
    /// (for `-o` and diffs); without, results keep only what the report
    /// needs, so that memory does not grow with the number of objects.
    pub keep_objects: bool,
    /// The id of the ApplySet every object joins: its part-of label is
    /// applied with the object (and so is part of the unchanged check).
    pub part_of: Option<String>,
}

/// What applying did to an object.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    Created,
    Configured,
    Unchanged,
}

impl Change {
    /// kubectl's word for it.
    pub fn word(self) -> &'static str {
        match self {
            Change::Created => "created",
            Change::Configured => "configured",
            Change::Unchanged => "unchanged",
        }
    }
}

/// A successfully applied object.
#[derive(Debug)]
pub struct Applied {
    pub change: Change,
    /// The object as the server returned it.
    pub object: Value,
    /// With `--force-conflicts`: the fields taken from other managers.
    pub taken_over: Vec<Ownership>,
    /// The live object before applying; `None` when it did not exist.
    pub before: Option<Value>,
}

impl Applied {
    /// Drops the objects unless `keep`.
    fn kept_if(self, keep: bool) -> Applied {
        if keep {
            return self;
        }
        Applied {
            object: Value::Null,
            before: None,
            ..self
        }
    }
}

/// Why an object was not applied.
#[derive(Debug, thiserror::Error)]
pub enum ApplyError {
    #[error("{} field(s) owned by other managers", conflicts.len())]
    Conflict { conflicts: Vec<Ownership> },
    #[error("{}", crate::error::server_error(.0))]
    Server(Box<Status>),
    #[error("{0}")]
    Request(String),
    #[error("its CustomResourceDefinition did not become Established within {0:?}")]
    NotEstablished(Duration),
    #[error("not applied: interrupted")]
    Interrupted,
    /// The ownership upgrade was written, the apply after it failed.
    #[error(
        "the ownership of the fields of {} was handed to \"{to}\" (written), then the apply failed: {error}",
        quoted(from)
    )]
    AfterUpgrade {
        from: Vec<String>,
        to: String,
        error: Box<ApplyError>,
    },
}

/// `"a", "b"`.
fn quoted(names: &[String]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("\"{n}\"")).collect();
    quoted.join(", ")
}

impl From<kube::Error> for ApplyError {
    fn from(error: kube::Error) -> Self {
        match error {
            kube::Error::Api(status) if is_field_conflict(&status) => ApplyError::Conflict {
                conflicts: conflicts_of(&status),
            },
            kube::Error::Api(status) => ApplyError::Server(status),
            other => ApplyError::Request(crate::error::innermost_message(&other)),
        }
    }
}

/// One result per manifest, in input order.
pub type Outcome = Result<Applied, ApplyError>;

/// Applies every manifest; `on_done` is called as each finishes (for
/// progress). Once `interrupted` is set, objects not yet started are left.
pub async fn apply_all(
    client: &Client,
    manifests: &[ResolvedManifest],
    options: &Options,
    interrupted: &AtomicBool,
    on_done: &(dyn Fn() + Sync),
) -> Vec<Outcome> {
    let mut outcomes: Vec<Option<Outcome>> = manifests.iter().map(|_| None).collect();
    let schemas = &schema::Schemas::new(client.clone());
    for phase in [Phase::Namespaces, Phase::Definitions, Phase::Rest] {
        let indices: Vec<usize> = (0..manifests.len())
            .filter(|&i| Phase::of(&manifests[i]) == phase)
            .collect();
        let live = match phase {
            // CRDs are the largest objects there are and a list holds every
            // CRD of the cluster: only the ones applied are read, one by one.
            Phase::Definitions => LiveObjects::default(),
            _ => LiveObjects::prefetch(client, manifests, &indices).await,
        };
        let live = &live;
        // One object defined several times is applied strictly in input order,
        // as kubectl does, so that the last definition wins on every run;
        // different objects are applied concurrently.
        let results: Vec<Vec<(usize, Outcome)>> =
            futures::stream::iter(same_object_chains(manifests, indices))
                .map(|chain| async move {
                    let mut results: Vec<(usize, Outcome)> = Vec::with_capacity(chain.len());
                    let mut chain = chain.into_iter().peekable();
                    let mut known = chain.peek().and_then(|&i| live.take(&manifests[i].target));
                    while let Some(i) = chain.next() {
                        let outcome = apply_in_phase(
                            client,
                            &manifests[i],
                            known.take(),
                            phase,
                            options,
                            schemas,
                            interrupted,
                        )
                        .await;
                        // After a first definition, the live object is what it returned.
                        if chain.peek().is_some() {
                            known = match &outcome {
                                Ok(applied) => Some(Some(applied.object.clone())),
                                Err(_) => None,
                            };
                        }
                        on_done();
                        let outcome = outcome.map(|applied| applied.kept_if(options.keep_objects));
                        results.push((i, outcome));
                    }
                    results
                })
                .buffer_unordered(options.concurrency.max(1))
                .collect()
                .await;
        for (i, outcome) in results.into_iter().flatten() {
            outcomes[i] = Some(outcome);
        }
    }
    outcomes
        .into_iter()
        .map(|o| o.unwrap_or(Err(ApplyError::Interrupted)))
        .collect()
}

/// The manifests of one phase grouped by the object they define, each group
/// in input order, the groups in the order of their first definition.
fn same_object_chains(manifests: &[ResolvedManifest], indices: Vec<usize>) -> Vec<Vec<usize>> {
    let mut chains: Vec<Vec<usize>> = Vec::new();
    let mut chain_of: HashMap<(String, Option<String>, &str), usize> = HashMap::new();
    for i in indices {
        let target = &manifests[i].target;
        let (kind, namespace) = group_of(target);
        match chain_of.entry((kind, namespace, target.name.as_str())) {
            std::collections::hash_map::Entry::Occupied(chain) => chains[*chain.get()].push(i),
            std::collections::hash_map::Entry::Vacant(slot) => {
                slot.insert(chains.len());
                chains.push(vec![i]);
            }
        }
    }
    chains
}

/// Applies one manifest unless interrupted; a CustomResourceDefinition is
/// done once it is Established.
async fn apply_in_phase(
    client: &Client,
    manifest: &ResolvedManifest,
    known: Option<Option<Value>>,
    phase: Phase,
    options: &Options,
    schemas: &schema::Schemas,
    interrupted: &AtomicBool,
) -> Outcome {
    if interrupted.load(Ordering::SeqCst) {
        return Err(ApplyError::Interrupted);
    }
    let applied = apply_one(client, manifest, known, options, schemas).await?;
    if phase == Phase::Definitions
        && options.dry_run == DryRun::None
        && !establish::is_established(&applied.object)
    {
        establish::wait_established(client, &manifest.target.name).await?;
    }
    Ok(applied)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Phase {
    Namespaces,
    Definitions,
    Rest,
}

impl Phase {
    fn of(manifest: &ResolvedManifest) -> Phase {
        let resource = &manifest.target.resource;
        match (resource.group.as_str(), resource.kind.as_str()) {
            ("", "Namespace") => Phase::Namespaces,
            ("apiextensions.k8s.io", "CustomResourceDefinition") => Phase::Definitions,
            _ => Phase::Rest,
        }
    }
}

/// Fewer objects than this of one type in one namespace are read one by one;
/// more are read with one list.
const LIST_THRESHOLD: usize = 16;

/// Live objects read ahead with one list per type and namespace, so that a
/// large apply sends one request per object instead of two.
#[derive(Default)]
struct LiveObjects {
    /// Keyed by type, namespace and name; only groups that were listed. Each
    /// object is taken out by the one apply that needs it, not copied.
    listed: Mutex<HashMap<Group, HashMap<String, Value>>>,
}

/// A type (by its qualified plural) and a namespace.
type Group = (String, Option<String>);

impl LiveObjects {
    async fn prefetch(client: &Client, manifests: &[ResolvedManifest], indices: &[usize]) -> Self {
        let mut named: HashMap<Group, (HashSet<&str>, &Target)> = HashMap::new();
        for &i in indices {
            let target = &manifests[i].target;
            let (names, _) = named
                .entry(group_of(target))
                .or_insert_with(|| (HashSet::new(), target));
            names.insert(target.name.as_str());
        }
        let lists = named
            .into_iter()
            .filter(|(_, (names, _))| names.len() >= LIST_THRESHOLD)
            .map(|(key, (names, target))| async move {
                let mut objects = HashMap::new();
                let query = ListQuery {
                    chunk_size: 500,
                    ..Default::default()
                };
                let listed = list_pages(
                    client,
                    &target.resource,
                    target.namespace.as_deref(),
                    &query,
                    false,
                    |mut page| {
                        if let Value::Array(items) = page.body["items"].take() {
                            for mut item in items {
                                // Only the objects applied are kept: the others of a
                                // large namespace would be held for nothing.
                                let Some(name) = item["metadata"]["name"]
                                    .as_str()
                                    .filter(|name| names.contains(name))
                                    .map(str::to_owned)
                                else {
                                    continue;
                                };
                                // List items come without apiVersion and kind; a GET has them.
                                item["apiVersion"] = Value::String(target.resource.api_version());
                                item["kind"] = Value::String(target.resource.kind.clone());
                                objects.insert(name, item);
                            }
                        }
                        Ok(())
                    },
                )
                .await;
                // A list that fails (e.g. no list permission) leaves these objects to be read one by one.
                listed.ok().map(|()| (key, objects))
            });
        let listed = futures::future::join_all(lists)
            .await
            .into_iter()
            .flatten()
            .collect();
        LiveObjects {
            listed: Mutex::new(listed),
        }
    }

    /// `Some(live object or None)` when the object's group was listed;
    /// `None` when it must be read on its own.
    fn take(&self, target: &Target) -> Option<Option<Value>> {
        let mut listed = self.listed.lock().unwrap_or_else(PoisonError::into_inner);
        listed
            .get_mut(&group_of(target))
            .map(|objects| objects.remove(&target.name))
    }
}

fn group_of(target: &Target) -> Group {
    (target.resource.qualified_plural(), target.namespace.clone())
}

async fn apply_one(
    client: &Client,
    manifest: &ResolvedManifest,
    known: Option<Option<Value>>,
    options: &Options,
    schemas: &schema::Schemas,
) -> Outcome {
    let target = &manifest.target;
    let before = match known {
        Some(live) => live,
        None => crate::resource::fetch::get(client, target, false).await?,
    };
    let mut body = manifest.object_to_send();
    if let Some(id) = &options.part_of {
        super::applyset::label_member(&mut body, id);
    }
    // A dry run is asked for what the server says, admission included: the
    // no-op check only saves real applies the round trip.
    let unchanged = match &before {
        Some(live) if !options.always_send && options.dry_run == DryRun::None => {
            noop::is_unchanged(&body, live, &manifest.target, options, schemas).await
        }
        _ => false,
    };
    if unchanged && let Some(live) = before {
        return Ok(noop::unchanged(live, options.keep_objects));
    }
    let params = PatchParams {
        dry_run: options.dry_run == DryRun::Server,
        force: options.force_conflicts,
        field_manager: Some(options.field_manager.clone()),
        field_validation: Some(match options.validation {
            Validation::Strict => ValidationDirective::Strict,
            Validation::Warn => ValidationDirective::Warn,
            Validation::Ignore => ValidationDirective::Ignore,
        }),
    };
    let upgrade = before
        .as_ref()
        .and_then(|live| upgrade::plan(live, &body, &options.field_manager).map(|u| (live, u)));
    let response = match upgrade {
        Some((live, upgrade)) => {
            upgrade::apply(client, target, live, &upgrade, &body, &params).await?
        }
        None => send_apply(client, target, &body, &params).await?,
    };
    let change = classify(before.as_ref(), &response, &options.field_manager);
    let taken_over = match (&before, options.force_conflicts) {
        (Some(before), true) => fields::taken_over(before, &response.body, &options.field_manager),
        _ => Vec::new(),
    };
    Ok(Applied {
        change,
        object: response.body,
        taken_over,
        before,
    })
}

/// One server-side apply request.
async fn send_apply(
    client: &Client,
    target: &Target,
    body: &Value,
    params: &PatchParams,
) -> Result<crate::raw_request::Response, ApplyError> {
    let request = kube::core::Request::new(target.api(client).resource_url())
        .patch(&target.name, params, &Patch::Apply(body))
        .map_err(|e| ApplyError::Request(e.to_string()))?;
    Ok(crate::raw_request::send(client, request).await?)
}

/// created: the object did not exist; unchanged: neither the object's
/// content nor the fields `manager` owns changed. resourceVersion cannot tell:
/// controllers bump it with status updates, and a dry run never does.
fn classify(
    before: Option<&Value>,
    response: &crate::raw_request::Response,
    manager: &str,
) -> Change {
    let Some(before) = before else {
        return Change::Created;
    };
    if response.status == http::StatusCode::CREATED {
        return Change::Created;
    }
    let after = &response.body;
    if content(before) == content(after)
        && fields::owned_by(before, manager) == fields::owned_by(after, manager)
    {
        Change::Unchanged
    } else {
        Change::Configured
    }
}

/// What an apply can change: the object without status and bookkeeping.
fn content(object: &Value) -> Value {
    let mut object = object.clone();
    if let Some(fields) = object.as_object_mut() {
        fields.remove("status");
    }
    if let Some(metadata) = object["metadata"].as_object_mut() {
        for key in ["managedFields", "resourceVersion", "generation"] {
            metadata.remove(key);
        }
    }
    object
}

fn is_field_conflict(status: &Status) -> bool {
    status.code == 409
        && status
            .details
            .as_ref()
            .is_some_and(|d| d.causes.iter().any(|c| c.reason == "FieldManagerConflict"))
}

/// `conflict with "kubectl-edit" using apps/v1` at `.spec.replicas` → an Ownership.
fn conflicts_of(status: &Status) -> Vec<Ownership> {
    let causes = status
        .details
        .as_ref()
        .map(|d| d.causes.as_slice())
        .unwrap_or_default();
    causes
        .iter()
        .filter(|c| c.reason == "FieldManagerConflict")
        .map(|c| Ownership::from_conflict(&c.field, &c.message))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn response(status: u16, body: Value) -> crate::raw_request::Response {
        crate::raw_request::Response {
            status: http::StatusCode::from_u16(status).unwrap(),
            body,
        }
    }

    #[test]
    fn an_object_that_did_not_exist_is_created() {
        let r = response(201, json!({"metadata": {"resourceVersion": "5"}}));
        assert_eq!(classify(None, &r, "tug"), Change::Created);
    }

    #[test]
    fn status_updates_and_resource_versions_do_not_count_as_changes() {
        let before = json!({"metadata": {"resourceVersion": "5"}, "spec": {"replicas": 3}, "status": {"ready": 1}});
        let after = json!({"metadata": {"resourceVersion": "9"}, "spec": {"replicas": 3}, "status": {"ready": 3}});
        assert_eq!(
            classify(Some(&before), &response(200, after), "tug"),
            Change::Unchanged
        );
    }

    #[test]
    fn changed_content_or_ownership_is_configured() {
        let owned = |fields: Value| {
            json!({"metadata": {"managedFields": [
            {"manager": "tug", "operation": "Apply", "time": "t", "fieldsV1": fields}]}, "data": {"a": "1"}})
        };
        let before = owned(json!({"f:data": {}}));
        let other_value = json!({"metadata": {}, "data": {"a": "2"}});
        assert_eq!(
            classify(Some(&before), &response(200, other_value), "tug"),
            Change::Configured
        );
        let took_more = owned(json!({"f:data": {"f:a": {}}}));
        assert_eq!(
            classify(Some(&before), &response(200, took_more), "tug"),
            Change::Configured
        );
    }

    #[test]
    fn conflicts_name_the_field_and_its_manager() {
        let status: Status = serde_json::from_value(json!({
            "code": 409, "reason": "Conflict", "message": "Apply failed with 1 conflict",
            "details": {"causes": [{"reason": "FieldManagerConflict",
                "message": "conflict with \"kubectl-edit\" using apps/v1", "field": ".spec.replicas"}]}
        }))
        .unwrap();
        assert!(is_field_conflict(&status));
        assert_eq!(
            conflicts_of(&status),
            vec![Ownership {
                path: ".spec.replicas".into(),
                manager: "kubectl-edit".into(),
                subresource: None,
            }]
        );
    }
}
