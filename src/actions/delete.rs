//! Deleting objects as kubectl does: kubectl's `--cascade` as a propagation
//! policy, listing by label selector, and waiting until deleted objects are
//! really gone (finalizers and foreground deletion can take a while).

use std::collections::{HashMap, HashSet, VecDeque};

use futures::stream::BoxStream;
use futures::{Stream, StreamExt};
use kube::api::{DeleteParams, DynamicObject, ListParams, PropagationPolicy};
use kube::core::PartialObjectMeta;
use kube::runtime::watcher::{self, Event};
use kube::{Api, Client};
use tokio::time::Instant;

use crate::cli::{Cascade, DryRun};
use crate::interrupt::Interrupt;
use crate::resource::Target;
use crate::resource::args::Selection;
use crate::watch::{Change, Refused, lasting};

/// Objects listed per request, as kubectl's default `--chunk-size`.
const PAGE_SIZE: u32 = 500;

/// The request options for `--cascade` and `--dry-run`.
pub fn params(cascade: Cascade, dry_run: DryRun) -> DeleteParams {
    DeleteParams {
        dry_run: dry_run == DryRun::Server,
        propagation_policy: Some(match cascade {
            Cascade::Background => PropagationPolicy::Background,
            Cascade::Foreground => PropagationPolicy::Foreground,
            Cascade::Orphan => PropagationPolicy::Orphan,
        }),
        ..DeleteParams::default()
    }
}

/// Every object of `selection`'s type (in its namespace, or in all when it
/// has none) whose labels match `selector`, or every object when there is
/// none; in the server's order.
pub async fn list(
    client: &Client,
    selection: &Selection,
    selector: Option<&str>,
) -> kube::Result<Vec<Target>> {
    list_matching(client, selection, selector, None).await
}

/// [`list`], narrowed also by the field selector `fields`.
pub async fn list_matching(
    client: &Client,
    selection: &Selection,
    labels: Option<&str>,
    fields: Option<&str>,
) -> kube::Result<Vec<Target>> {
    let api = selection.api(client);
    let mut params = ListParams::default().limit(PAGE_SIZE);
    if let Some(labels) = labels {
        params = params.labels(labels);
    }
    if let Some(fields) = fields {
        params = params.fields(fields);
    }
    let mut targets = Vec::new();
    loop {
        // Names are all that is needed: metadata-only pages stay small even for Secrets.
        let page = api.list_metadata(&params).await?;
        targets.extend(page.items.into_iter().filter_map(|o| {
            Some(Target {
                resource: selection.resource.clone(),
                name: o.metadata.name?,
                namespace: o.metadata.namespace.or_else(|| selection.namespace.clone()),
            })
        }));
        match page.metadata.continue_ {
            Some(token) if !token.is_empty() => params = params.continue_token(&token),
            _ => break,
        }
    }
    Ok(targets)
}

/// Deletes one object; returns its uid when the server tells it, so that
/// waiting is not fooled by an object created again under the same name.
pub async fn delete(
    client: &Client,
    target: &Target,
    params: &DeleteParams,
) -> kube::Result<Option<String>> {
    let response = target.api(client).delete(&target.name, params).await?;
    Ok(response.either(
        |object| object.metadata.uid,
        |status| status.details.map(|d| d.uid).filter(|uid| !uid.is_empty()),
    ))
}

/// Delete requests in flight at once.
const CONCURRENCY: usize = 16;

/// Deletes every target, a few at a time, yielding each with its result
/// (see [`delete`]) in input order; after Ctrl-C no further request starts.
pub fn delete_each<'a, 't: 'a>(
    client: &'a Client,
    targets: &'t [Target],
    params: &'a DeleteParams,
    interrupt: &'a Interrupt,
) -> impl Stream<Item = (&'t Target, kube::Result<Option<String>>)> + 'a {
    futures::stream::iter(targets)
        .take_while(|_| std::future::ready(!interrupt.is_set()))
        .map(move |target| async move { (target, delete(client, target, params).await) })
        .buffered(CONCURRENCY)
}

/// Whether a failed request failed because the object does not exist.
pub fn is_not_found(error: &kube::Error) -> bool {
    matches!(error, kube::Error::Api(status) if status.code == 404)
}

/// Why waiting for a deleted object to go did not end well.
#[derive(Debug, thiserror::Error)]
pub enum WaitError {
    #[error("timed out waiting for the condition on {0}")]
    TimedOut(String),
    #[error("cannot wait for {0} to be deleted: {1}")]
    Failed(String, String),
}

/// Waits until `target` (the object with `uid`, when known) is gone, giving
/// up at `deadline` (`None` waits for ever); see [`wait_all_gone`].
pub async fn wait_gone(
    client: &Client,
    target: &Target,
    uid: Option<&str>,
    deadline: Option<Instant>,
) -> Result<(), WaitError> {
    let deleted = [(target, uid.map(String::from))];
    let mut gone = wait_all_gone(client, &deleted, deadline);
    match gone.next().await {
        Some((_, outcome)) => outcome,
        None => Err(WaitError::Failed(what(target), "the watch ended".into())),
    }
}

/// Waits until every deleted object (the one with its uid, when known) is
/// gone, giving up at `deadline` (`None` waits for ever). One watch per
/// type and namespace serves all its objects, so that deleting a thousand
/// objects does not open a thousand watches; a watch of one object selects
/// it by name. Yields the index of each object in `deleted` with how its
/// wait ended, as each ends. The watches outlast server restarts. A user
/// who may delete but not watch is not failed for that, as kubectl does not
/// fail them.
pub fn wait_all_gone(
    client: &Client,
    deleted: &[(&Target, Option<String>)],
    deadline: Option<Instant>,
) -> BoxStream<'static, (usize, Result<(), WaitError>)> {
    let mut groups: Vec<(&Target, Vec<Waiting>)> = Vec::new();
    for (index, (target, uid)) in deleted.iter().enumerate() {
        let waiting = Waiting {
            index,
            name: target.name.clone(),
            uid: uid.clone(),
            what: what(target),
        };
        let same_watch = |(first, _): &&mut (&Target, Vec<Waiting>)| {
            first.resource == target.resource && first.namespace == target.namespace
        };
        match groups.iter_mut().find(same_watch) {
            Some((_, group)) => group.push(waiting),
            None => groups.push((target, vec![waiting])),
        }
    }
    let watches = groups.into_iter().map(|(target, waiting)| {
        let names: HashSet<String> = waiting.iter().map(|w| w.name.clone()).collect();
        let mut config = watcher::Config::default();
        if let [name] = Vec::from_iter(&names).as_slice() {
            config = config.fields(&format!("metadata.name={name}"));
        }
        let watch = Watch {
            changes: lasting(metadata_api(client, target), config).boxed(),
            live: Live {
                names,
                ..Live::default()
            },
            waiting,
            settled: VecDeque::new(),
            deadline,
        };
        futures::stream::unfold(watch, Watch::next_settled).boxed()
    });
    futures::stream::select_all(watches).boxed()
}

/// The handle for `target`'s type and namespace that asks for metadata
/// only: a watch of a whole type carries no more than names and uids.
fn metadata_api(client: &Client, target: &Target) -> Api<PartialObjectMeta<DynamicObject>> {
    let resource = target.resource.api_resource();
    match &target.namespace {
        Some(ns) => Api::namespaced_with(client.clone(), ns, &resource),
        None => Api::all_with(client.clone(), &resource),
    }
}

/// kubectl's `plural.group/name`, as waits name what they wait for.
fn what(target: &Target) -> String {
    format!("{}/{}", target.resource.qualified_plural(), target.name)
}

/// One deleted object waited for.
struct Waiting {
    /// Its place among all the objects waited for.
    index: usize,
    name: String,
    uid: Option<String>,
    what: String,
}

type Changes = BoxStream<'static, Result<Change<PartialObjectMeta<DynamicObject>>, Refused>>;

/// The objects of one type and namespace waited for, with their watch.
struct Watch {
    changes: Changes,
    live: Live,
    waiting: Vec<Waiting>,
    /// Waits that have ended, not yet yielded.
    settled: VecDeque<(usize, Result<(), WaitError>)>,
    deadline: Option<Instant>,
}

impl Watch {
    /// The next wait to end, and the watch to go on with.
    async fn next_settled(mut self) -> Option<((usize, Result<(), WaitError>), Watch)> {
        loop {
            if let Some(settled) = self.settled.pop_front() {
                return Some((settled, self));
            }
            if self.waiting.is_empty() {
                return None;
            }
            let change = match self.deadline {
                Some(deadline) => tokio::time::timeout_at(deadline, self.changes.next()).await,
                None => Ok(self.changes.next().await),
            };
            match change {
                Err(_) => self.settle_all(|w| Err(WaitError::TimedOut(w.what.clone()))),
                Ok(Some(Ok(Change::Event(event)))) => {
                    self.live.take(event);
                    let live = &self.live;
                    let (gone, left) = std::mem::take(&mut self.waiting)
                        .into_iter()
                        .partition(|w| live.is_gone(&w.name, w.uid.as_deref()));
                    self.waiting = left;
                    self.settle(gone, |_| Ok(()));
                }
                Ok(Some(Ok(Change::Interrupted(_)))) => {}
                Ok(Some(Err(refused))) if matches!(refused.code, Some(403 | 405)) => {
                    self.settle_all(|_| Ok(()));
                }
                Ok(Some(Err(refused))) => self.settle_all(|w| {
                    Err(WaitError::Failed(w.what.clone(), refused.message.clone()))
                }),
                Ok(None) => self.settle_all(|w| {
                    Err(WaitError::Failed(w.what.clone(), "the watch ended".into()))
                }),
            }
        }
    }

    /// Ends every wait still going with `outcome`.
    fn settle_all(&mut self, outcome: impl Fn(&Waiting) -> Result<(), WaitError>) {
        let waiting = std::mem::take(&mut self.waiting);
        self.settle(waiting, outcome);
    }

    fn settle(&mut self, waits: Vec<Waiting>, outcome: impl Fn(&Waiting) -> Result<(), WaitError>) {
        self.settled
            .extend(waits.iter().map(|w| (w.index, outcome(w))));
    }
}

/// The objects of the names waited for as a watch sees them, across
/// re-lists; others of the type are not kept.
#[derive(Default)]
struct Live {
    names: HashSet<String>,
    /// Whether a complete list has arrived: before, absence proves nothing.
    synced: bool,
    /// The uid of the object of each name there is one of.
    current: HashMap<String, String>,
    relisted: HashMap<String, String>,
}

impl Live {
    /// Records an event.
    fn take(&mut self, event: Event<PartialObjectMeta<DynamicObject>>) {
        let named = |object: PartialObjectMeta<DynamicObject>| {
            let name = object.metadata.name.unwrap_or_default();
            self.names
                .contains(&name)
                .then(|| (name, object.metadata.uid.unwrap_or_default()))
        };
        match event {
            Event::Apply(object) => {
                if let Some((name, uid)) = named(object) {
                    self.current.insert(name, uid);
                }
            }
            Event::Delete(object) => {
                if let Some((name, _)) = named(object) {
                    self.current.remove(&name);
                }
            }
            Event::Init => self.relisted.clear(),
            Event::InitApply(object) => {
                if let Some((name, uid)) = named(object) {
                    self.relisted.insert(name, uid);
                }
            }
            Event::InitDone => {
                self.current = std::mem::take(&mut self.relisted);
                self.synced = true;
            }
        }
    }

    /// Whether the object of `name` with `uid` (or, when not known, any
    /// object of the name) is gone.
    fn is_gone(&self, name: &str, uid: Option<&str>) -> bool {
        self.synced
            && match (self.current.get(name), uid) {
                (None, _) => true,
                (Some(current), Some(uid)) => current != uid,
                (Some(_), None) => false,
            }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cascade_modes_become_propagation_policies() {
        let orphan = params(Cascade::Orphan, DryRun::None);
        assert!(matches!(
            orphan.propagation_policy,
            Some(PropagationPolicy::Orphan)
        ));
        assert!(!orphan.dry_run);
        assert!(params(Cascade::Background, DryRun::Server).dry_run);
    }

    #[test]
    fn not_found_is_told_from_other_failures() {
        let status = |code: u16| {
            kube::Error::Api(
                kube::core::Status::failure("no", "Forbidden")
                    .with_code(code)
                    .boxed(),
            )
        };
        assert!(is_not_found(&status(404)));
        assert!(!is_not_found(&status(403)));
    }

    fn object(name: &str, uid: &str) -> PartialObjectMeta<DynamicObject> {
        PartialObjectMeta {
            types: None,
            metadata: kube::core::ObjectMeta {
                name: Some(name.into()),
                uid: Some(uid.into()),
                ..Default::default()
            },
            _phantom: std::marker::PhantomData,
        }
    }

    fn waiting_for(names: &[&str]) -> Live {
        Live {
            names: names.iter().map(|n| n.to_string()).collect(),
            ..Live::default()
        }
    }

    #[test]
    fn an_object_is_gone_once_a_complete_list_lacks_it_or_holds_another_of_its_name() {
        let mut live = waiting_for(&["held"]);
        live.take(Event::Init);
        live.take(Event::InitApply(object("held", "a")));
        assert!(!live.is_gone("held", Some("a")), "not listed whole yet");
        live.take(Event::InitDone);
        assert!(!live.is_gone("held", Some("a")));
        live.take(Event::Apply(object("held", "b")));
        assert!(live.is_gone("held", Some("a")), "created again");
        assert!(!live.is_gone("held", None));
        live.take(Event::Delete(object("held", "b")));
        assert!(live.is_gone("held", None));
        let mut relisted = waiting_for(&["held"]);
        relisted.take(Event::Init);
        assert!(!relisted.is_gone("held", None));
        relisted.take(Event::InitDone);
        assert!(relisted.is_gone("held", None), "listed empty");
    }

    #[test]
    fn one_watch_keeps_only_the_objects_waited_for() {
        let mut live = waiting_for(&["a", "b"]);
        live.take(Event::Init);
        live.take(Event::InitApply(object("a", "1")));
        live.take(Event::InitApply(object("other", "2")));
        live.take(Event::InitApply(object("b", "3")));
        live.take(Event::InitDone);
        assert_eq!(
            live.current.len(),
            2,
            "an object not waited for is not kept"
        );
        live.take(Event::Delete(object("a", "1")));
        assert!(live.is_gone("a", Some("1")));
        assert!(!live.is_gone("b", Some("3")));
        live.take(Event::Init);
        live.take(Event::InitDone);
        assert!(live.is_gone("b", Some("3")), "gone from a re-list");
    }
}
