//! Deleting objects as kubectl does: kubectl's `--cascade` as a propagation
//! policy, listing by label selector, and waiting until deleted objects are
//! really gone (finalizers and foreground deletion can take a while).

use std::error::Error as StdError;

use kube::api::{DeleteParams, DynamicObject, ListParams, PropagationPolicy};
use kube::runtime::wait::{await_condition, conditions};
use kube::{Api, Client};
use tokio::time::Instant;

use crate::cli::{Cascade, DryRun};
use crate::resource::Target;
use crate::resource::args::Selection;

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
    let resource = selection.resource.api_resource();
    let api: Api<DynamicObject> = match &selection.namespace {
        Some(namespace) => Api::namespaced_with(client.clone(), namespace, &resource),
        None => Api::all_with(client.clone(), &resource),
    };
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
/// up at `deadline` (`None` waits for ever). A user who may delete but not
/// watch is not failed for that, as kubectl does not fail them.
pub async fn wait_gone(
    client: &Client,
    target: &Target,
    uid: Option<&str>,
    deadline: Option<Instant>,
) -> Result<(), WaitError> {
    let api = target.api(client);
    let gone = async {
        match uid {
            Some(uid) => await_condition(api, &target.name, conditions::is_deleted(uid)).await,
            None => {
                await_condition(api, &target.name, |o: Option<&DynamicObject>| o.is_none()).await
            }
        }
    };
    let what = format!("{}/{}", target.resource.qualified_plural(), target.name);
    let result = match deadline {
        Some(deadline) => tokio::time::timeout_at(deadline, gone)
            .await
            .map_err(|_| WaitError::TimedOut(what.clone()))?,
        None => gone.await,
    };
    match result {
        Ok(_) => Ok(()),
        Err(error) if is_not_permitted(&error) => Ok(()),
        Err(error) => Err(WaitError::Failed(
            what,
            crate::error::innermost_message(&error),
        )),
    }
}

/// Forbidden (403) or method not allowed (405) anywhere in the error's causes.
fn is_not_permitted(error: &(dyn StdError + 'static)) -> bool {
    let mut current = Some(error);
    while let Some(error) = current {
        let code = match error.downcast_ref::<kube::Error>() {
            Some(kube::Error::Api(status)) => Some(status.code),
            _ => error
                .downcast_ref::<kube::core::Status>()
                .map(|status| status.code),
        };
        if matches!(code, Some(403 | 405)) {
            return true;
        }
        current = error.source();
    }
    false
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
    fn forbidden_and_not_found_are_told_apart() {
        let status = |code: u16| {
            kube::Error::Api(
                kube::core::Status::failure("no", "Forbidden")
                    .with_code(code)
                    .boxed(),
            )
        };
        assert!(is_not_permitted(&status(403)));
        assert!(!is_not_permitted(&status(404)));
        assert!(is_not_found(&status(404)));
        assert!(!is_not_found(&status(403)));
    }
}
