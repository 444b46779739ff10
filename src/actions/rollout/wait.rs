//! Following rollouts until they finish, fail, time out or are interrupted:
//! watches of the workload, its pods and (for a Deployment) its
//! ReplicaSets, which outlast server restarts (`crate::watch`), instead of
//! polling.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use futures::stream::{BoxStream, StreamExt};
use k8s_openapi::api::apps::v1::ReplicaSet;
use k8s_openapi::api::core::v1::{Event as CoreEvent, Pod};
use k8s_openapi::jiff::Timestamp;
use kube::api::{DynamicObject, ListParams};
use kube::runtime::watcher::{self, Event};
use kube::{Api, Client, Resource, ResourceExt};
use serde_json::Value;

use super::diagnose::{self, Persistence};
use super::report::{Line, Reporter, Sink};
use super::status::{self, Phase, Status};
use super::{Outcome, Workload, WorkloadKind};
use crate::interrupt::Interrupt;
use crate::resource::Target;
use crate::term::Terminal;
use crate::watch::{Change, Refused, lasting};

/// How long a problem must last before it is shown while waiting: pods
/// pulling an image or starting are fine for a moment.
const PERSIST: Duration = Duration::from_secs(5);

/// Follows every workload at the same time, one reporter line each, until
/// each has rolled out, failed, or `timeout` (if any) has passed, or Ctrl-C.
pub async fn follow_all(
    client: &Client,
    workloads: &[Workload],
    timeout: Option<Duration>,
    reporter: &Reporter,
    interrupt: &Interrupt,
) -> std::io::Result<Vec<Outcome>> {
    let deadline = timeout.map(|t| Instant::now() + t);
    let named = workloads.len() > 1;
    let followed = workloads.iter().map(|workload| async move {
        let line = reporter.line(workload, named);
        let outcome = tokio::select! {
            outcome = follow(client, workload, deadline, timeout, &line) => outcome,
            () = interrupt.pressed() => Outcome::Interrupted,
        };
        line.finish(&outcome).map(|()| outcome)
    });
    futures::future::join_all(followed)
        .await
        .into_iter()
        .collect()
}

async fn get(client: &Client, workload: &Workload) -> Result<Value, Outcome> {
    let object = workload
        .api(client)
        .get(&workload.name)
        .await
        .map_err(request_failed)?;
    Ok(serde_json::to_value(object).unwrap_or_default())
}

fn status_of(workload: &Workload, object: &Value) -> Result<Status, Outcome> {
    status::of(workload.kind, object).map_err(|e| {
        Outcome::error(format!(
            "{}: unreadable object: {e}",
            workload.display_name()
        ))
    })
}

fn request_failed(error: kube::Error) -> Outcome {
    match error {
        kube::Error::Api(status) => Outcome::Failed {
            headline: crate::error::server_error(&status),
            details: Vec::new(),
        },
        other => Outcome::error(crate::error::innermost_message(&other)),
    }
}

/// One change seen by one of the watches.
enum Update {
    Workload(Result<Change<DynamicObject>, Refused>),
    Pod(Result<Change<Pod>, Refused>),
    ReplicaSet(Result<Change<ReplicaSet>, Refused>),
}

/// What the watches have seen so far.
#[derive(Default)]
struct Seen {
    workload: Watched<DynamicObject>,
    pods: Watched<Pod>,
    replica_sets: Watched<ReplicaSet>,
}

async fn follow(
    client: &Client,
    workload: &Workload,
    deadline: Option<Instant>,
    timeout: Option<Duration>,
    line: &Line<'_>,
) -> Outcome {
    // One GET first: a missing workload is an error before anything is
    // watched, and one that is already done needs no watch at all.
    let object = match get(client, workload).await {
        Ok(object) => object,
        Err(outcome) => return outcome,
    };
    let selector = match super::selector_of(&object) {
        Ok(selector) => selector,
        Err(e) => return Outcome::error(format!("{}: {e}", workload.display_name())),
    };
    let mut updates = watches(client, workload, &selector);
    let mut seen = Seen::default();
    let mut object = object;
    let mut persistence = Persistence::new(PERSIST);
    loop {
        let status = match status_of(workload, &object) {
            Ok(status) => status,
            Err(outcome) => return outcome,
        };
        match status.phase {
            Phase::Done => return Outcome::RolledOut(status.message),
            Phase::Unsupported => {
                return Outcome::error(format!("{}: {}", workload.quoted(), status.message));
            }
            Phase::Failed => {
                return Outcome::Failed {
                    headline: format!("error: {}", status.message),
                    details: explain(client, workload, &object, &seen).await,
                };
            }
            Phase::Waiting => line.progress(&status),
        }
        let (replica_sets, pods) = (seen.replica_sets.items(), seen.pods.items());
        let current = diagnose::current_pods(workload.kind, &object, &replica_sets, &pods);
        let findings = diagnose::findings(current.pods.iter().copied());
        let (due, recheck) = persistence.update(&findings, Instant::now());
        for finding in due {
            line.note(&finding.line());
        }
        tokio::select! {
            update = updates.next() => match update {
                Some(update) => match seen.take(update) {
                    Err(outcome) => return outcome,
                    Ok(false) => {}
                    Ok(true) => match seen.workload.items.values().next() {
                        Some(latest) => object = serde_json::to_value(latest).unwrap_or_default(),
                        None => return Outcome::error(format!("{} has been deleted", workload.display_name())),
                    },
                },
                None => return Outcome::error("the watches ended unexpectedly"),
            },
            () = until(recheck) => {}
            () = until(deadline) => {
                let mut details = vec![status.message];
                details.extend(explain(client, workload, &object, &seen).await);
                let waited = humantime::format_duration(timeout.unwrap_or_default());
                return Outcome::Failed {
                    headline: format!("error: timed out after {waited} waiting for {} to roll out", workload.quoted()),
                    details,
                };
            }
        }
    }
}

/// The watches of one workload, merged: the object itself, its pods, and
/// for a Deployment its ReplicaSets (to tell the new pods from the old).
fn watches(client: &Client, workload: &Workload, selector: &str) -> BoxStream<'static, Update> {
    let by_name = watcher::Config::default().fields(&format!("metadata.name={}", workload.name));
    let by_selector = watcher::Config::default().labels(selector);
    let namespace = &workload.namespace;
    let mut streams: Vec<BoxStream<'static, Update>> = vec![
        lasting(workload.api(client), by_name)
            .map(Update::Workload)
            .boxed(),
        lasting(
            Api::<Pod>::namespaced(client.clone(), namespace),
            by_selector.clone(),
        )
        .map(Update::Pod)
        .boxed(),
    ];
    if workload.kind == WorkloadKind::Deployment {
        streams.push(
            lasting(
                Api::<ReplicaSet>::namespaced(client.clone(), namespace),
                by_selector,
            )
            .map(Update::ReplicaSet)
            .boxed(),
        );
    }
    futures::stream::select_all(streams).boxed()
}

impl Seen {
    /// Records an update; returns whether the workload object changed. A
    /// watch the server refuses ends the wait; interruptions are retried.
    fn take(&mut self, update: Update) -> Result<bool, Outcome> {
        match update {
            Update::Workload(Ok(Change::Event(event))) => {
                self.workload.take(event);
                return Ok(self.workload.synced);
            }
            Update::Pod(Ok(Change::Event(event))) => self.pods.take(event),
            Update::ReplicaSet(Ok(Change::Event(event))) => self.replica_sets.take(event),
            Update::Workload(Ok(Change::Interrupted(_)))
            | Update::Pod(Ok(Change::Interrupted(_)))
            | Update::ReplicaSet(Ok(Change::Interrupted(_))) => {}
            Update::Workload(Err(refused))
            | Update::Pod(Err(refused))
            | Update::ReplicaSet(Err(refused)) => {
                return Err(Outcome::Failed {
                    headline: refused.message,
                    details: Vec::new(),
                });
            }
        }
        Ok(false)
    }
}

/// Objects of one watch by name, replaced as a whole on every re-list.
struct Watched<K> {
    items: BTreeMap<String, K>,
    /// Objects of a re-list in progress.
    relisting: Option<BTreeMap<String, K>>,
    /// Whether a first complete list has arrived.
    synced: bool,
}

impl<K> Default for Watched<K> {
    fn default() -> Self {
        Watched {
            items: BTreeMap::new(),
            relisting: None,
            synced: false,
        }
    }
}

impl<K: Resource + Clone> Watched<K> {
    fn take(&mut self, event: Event<K>) {
        match event {
            Event::Apply(object) => {
                self.items.insert(object.name_any(), object);
            }
            Event::Delete(object) => {
                self.items.remove(&object.name_any());
            }
            Event::Init => self.relisting = Some(BTreeMap::new()),
            Event::InitApply(object) => {
                self.relisting
                    .get_or_insert_with(BTreeMap::new)
                    .insert(object.name_any(), object);
            }
            Event::InitDone => {
                self.items = self.relisting.take().unwrap_or_default();
                self.synced = true;
            }
        }
    }

    fn items(&self) -> Vec<K> {
        self.items.values().cloned().collect()
    }
}

/// Sleeps until `at`, or forever when there is no `at`.
async fn until(at: Option<Instant>) {
    match at {
        Some(at) => tokio::time::sleep_until(tokio::time::Instant::from_std(at)).await,
        None => futures::future::pending().await,
    }
}

/// The diagnosis of a stuck rollout, with the namespace's Warning events
/// (fetched once, now: they are only needed at the end).
async fn explain(client: &Client, workload: &Workload, object: &Value, seen: &Seen) -> Vec<String> {
    let events: Api<CoreEvent> = Api::namespaced(client.clone(), &workload.namespace);
    let events = events
        .list(&ListParams::default().fields("type=Warning"))
        .await
        .map(|list| list.items)
        .unwrap_or_default();
    diagnose::explain(
        workload,
        object,
        &seen.replica_sets.items(),
        &seen.pods.items(),
        &events,
        Timestamp::now(),
    )
}

/// `rollout status --watch=false`: the status now, printed once, with what
/// explains it when it is not done. Returns whether it is done.
pub async fn check_once(
    client: &Client,
    workload: &Workload,
    reporter: &Reporter,
) -> std::io::Result<bool> {
    let line = reporter.line(workload, false);
    let looked = match get(client, workload).await {
        Ok(object) => status_of(workload, &object).map(|status| (object, status)),
        Err(outcome) => Err(outcome),
    };
    let (object, status) = match looked {
        Ok(looked) => looked,
        Err(outcome) => {
            line.finish(&outcome)?;
            return Ok(false);
        }
    };
    if status.phase == Phase::Done {
        line.finish(&Outcome::RolledOut(status.message))?;
        return Ok(true);
    }
    let details = match listed(client, workload, &object).await {
        Ok(seen) => explain(client, workload, &object, &seen).await,
        Err(outcome) => {
            line.finish(&outcome)?;
            return Ok(false);
        }
    };
    match status.phase {
        Phase::Waiting => {
            line.progress(&status);
            line.details(&details);
        }
        _ => line.finish(&Outcome::Failed {
            headline: format!("error: {}: {}", workload.display_name(), status.message),
            details,
        })?,
    }
    Ok(false)
}

/// The pods and ReplicaSets of a workload from one list each.
async fn listed(client: &Client, workload: &Workload, object: &Value) -> Result<Seen, Outcome> {
    let selector = super::selector_of(object).map_err(Outcome::error)?;
    let params = ListParams::default().labels(&selector);
    let namespace = &workload.namespace;
    let mut seen = Seen::default();
    let pods = Api::<Pod>::namespaced(client.clone(), namespace)
        .list(&params)
        .await
        .map_err(request_failed)?;
    seen.pods.items = pods.items.into_iter().map(|p| (p.name_any(), p)).collect();
    if workload.kind == WorkloadKind::Deployment {
        let replica_sets = Api::<ReplicaSet>::namespaced(client.clone(), namespace)
            .list(&params)
            .await
            .map_err(request_failed)?;
        seen.replica_sets.items = replica_sets
            .items
            .into_iter()
            .map(|r| (r.name_any(), r))
            .collect();
    }
    Ok(seen)
}

/// How `apply --wait` ended.
#[derive(Debug, PartialEq, Eq)]
pub enum Waited {
    AllRolledOut,
    NotAll,
    /// Ctrl-C, before these workloads (`deployment.apps/web`) rolled out.
    Interrupted {
        unfinished: Vec<String>,
    },
}

/// `apply --wait`: follows the rollout of every workload among `targets`
/// (other objects have none) at once, until all of them rolled out, or
/// `timeout` (zero waits as long as it takes) or Ctrl-C.
pub async fn applied<'a>(
    client: &Client,
    targets: impl IntoIterator<Item = &'a Target>,
    timeout: Duration,
    terminal: &Terminal,
    interrupt: &Interrupt,
) -> std::io::Result<Waited> {
    let mut workloads: Vec<Workload> = Vec::new();
    for workload in targets
        .into_iter()
        .filter_map(|t| Workload::from_target(t).ok())
    {
        if !workloads.contains(&workload) {
            workloads.push(workload);
        }
    }
    if workloads.is_empty() {
        return Ok(Waited::AllRolledOut);
    }
    // stdout holds what was applied (maybe as YAML or JSON): progress goes to stderr.
    let reporter = Reporter::new(terminal, Sink::Stderr);
    let limit = (!timeout.is_zero()).then_some(timeout);
    let outcomes = follow_all(client, &workloads, limit, &reporter, interrupt).await?;
    let unfinished: Vec<String> = workloads
        .iter()
        .zip(&outcomes)
        .filter(|(_, outcome)| **outcome == Outcome::Interrupted)
        .map(|(workload, _)| workload.display_name())
        .collect();
    Ok(if !unfinished.is_empty() {
        Waited::Interrupted { unfinished }
    } else if outcomes.iter().all(Outcome::is_success) {
        Waited::AllRolledOut
    } else {
        Waited::NotAll
    })
}
