//! Deleting objects as kubectl does: kubectl's `--cascade` as a propagation
//! policy, listing by label selector, and waiting until deleted objects are
//! really gone (finalizers and foreground deletion can take a while).

use futures::{Stream, StreamExt};
use kube::Client;
use kube::api::{DeleteParams, DynamicObject, ListParams, PropagationPolicy};
use kube::runtime::watcher::{self, Event};
use tokio::time::Instant;

use crate::cli::{Cascade, DryRun};
use crate::interrupt::Interrupt;
use crate::resource::Target;
use crate::resource::args::Selection;
use crate::watch::{Change, lasting};

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

/// Every object of `selection`'s type (in its namespace) whose labels match
/// `selector`, or every object when there is none; in the server's order.
pub async fn list(
    client: &Client,
    selection: &Selection,
    selector: Option<&str>,
) -> kube::Result<Vec<Target>> {
    let api = selection.api(client);
    let mut params = ListParams::default().limit(PAGE_SIZE);
    if let Some(selector) = selector {
        params = params.labels(selector);
    }
    let mut names = Vec::new();
    loop {
        // Names are all that is needed: metadata-only pages stay small even for Secrets.
        let page = api.list_metadata(&params).await?;
        names.extend(page.items.into_iter().filter_map(|o| o.metadata.name));
        match page.metadata.continue_ {
            Some(token) if !token.is_empty() => params = params.continue_token(&token),
            _ => break,
        }
    }
    Ok(Selection {
        names,
        ..selection.clone()
    }
    .targets())
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
/// up at `deadline` (`None` waits for ever). The watch outlasts server
/// restarts. A user who may delete but not watch is not failed for that,
/// as kubectl does not fail them.
pub async fn wait_gone(
    client: &Client,
    target: &Target,
    uid: Option<&str>,
    deadline: Option<Instant>,
) -> Result<(), WaitError> {
    let what = format!("{}/{}", target.resource.qualified_plural(), target.name);
    let by_name = watcher::Config::default().fields(&format!("metadata.name={}", target.name));
    let mut changes = lasting(target.api(client), by_name).boxed();
    let gone = async {
        let mut live = Live::default();
        while let Some(change) = changes.next().await {
            match change {
                Ok(Change::Event(event)) => {
                    if live.take(event, uid) {
                        return Ok(());
                    }
                }
                Ok(Change::Interrupted(_)) => {}
                Err(refused) if matches!(refused.code, Some(403 | 405)) => return Ok(()),
                Err(refused) => return Err(WaitError::Failed(what.clone(), refused.message)),
            }
        }
        Err(WaitError::Failed(what.clone(), "the watch ended".into()))
    };
    match deadline {
        Some(deadline) => tokio::time::timeout_at(deadline, gone)
            .await
            .map_err(|_| WaitError::TimedOut(what.clone()))?,
        None => gone.await,
    }
}

/// The object of one name as a watch sees it, across re-lists.
#[derive(Default)]
struct Live {
    /// Whether a complete list has arrived: before, absence proves nothing.
    synced: bool,
    /// The uid of the object of that name, if there is one.
    current: Option<String>,
    relisted: Option<String>,
}

impl Live {
    /// Records an event; returns whether the object with `uid` (or, when
    /// not known, any object of the name) is gone.
    fn take(&mut self, event: Event<DynamicObject>, uid: Option<&str>) -> bool {
        let uid_of = |o: DynamicObject| o.metadata.uid.unwrap_or_default();
        match event {
            Event::Apply(object) => self.current = Some(uid_of(object)),
            Event::Delete(_) => self.current = None,
            Event::Init => self.relisted = None,
            Event::InitApply(object) => self.relisted = Some(uid_of(object)),
            Event::InitDone => {
                self.current = self.relisted.take();
                self.synced = true;
            }
        }
        self.synced
            && match (&self.current, uid) {
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

    fn object(uid: &str) -> DynamicObject {
        let mut object = DynamicObject::new(
            "held",
            &kube::discovery::ApiResource::erase::<k8s_openapi::api::core::v1::ConfigMap>(&()),
        );
        object.metadata.uid = Some(uid.into());
        object
    }

    #[test]
    fn an_object_is_gone_once_a_complete_list_lacks_it_or_holds_another_of_its_name() {
        let mut live = Live::default();
        assert!(!live.take(Event::Init, Some("a")));
        assert!(!live.take(Event::InitApply(object("a")), Some("a")));
        assert!(!live.take(Event::InitDone, Some("a")));
        assert!(!live.take(Event::Apply(object("a")), Some("a")));
        assert!(
            live.take(Event::Apply(object("b")), Some("a")),
            "created again"
        );
        assert!(!live.take(Event::Apply(object("b")), None));
        assert!(live.take(Event::Delete(object("b")), None));
        let mut relisted = Live::default();
        relisted.take(Event::Init, None);
        assert!(relisted.take(Event::InitDone, None), "listed empty");
    }
}
