//! Watches that outlast the connection they started on: kube's watcher
//! resumes from the last resourceVersion when the server ends a watch,
//! re-lists on 410 Gone and backs off while the server is away. Wrapped
//! once, here, so that every long-running command tells a passing outage
//! (retried) from a refusal (which no retry mends) the same way.

use std::fmt::Debug;

use futures::{Stream, StreamExt};
use kube::runtime::WatchStreamExt;
use kube::runtime::watcher::{self, Event};
use kube::{Api, Resource};
use serde::de::DeserializeOwned;

/// What a lasting watch yields.
#[derive(Debug)]
pub enum Change<K> {
    /// An event of kube's watcher (a re-list is `Init`, `InitApply`…, `InitDone`).
    Event(Event<K>),
    /// The watch was interrupted and is being retried (connection lost,
    /// server restarting, history compacted); says why.
    Interrupted(String),
}

/// Why a watch cannot go on: the server refuses it, whatever the retries.
#[derive(Debug, thiserror::Error)]
#[error("{message}")]
pub struct Refused {
    /// The HTTP status code of the refusal, when the server sent one.
    pub code: Option<u16>,
    /// The line to show, in kubectl's words for server errors.
    pub message: String,
}

/// Watches what `config` selects through `api`, until dropped. Ends with
/// [`Refused`] when the server will never serve it.
pub fn lasting<K>(
    api: Api<K>,
    config: watcher::Config,
) -> impl Stream<Item = Result<Change<K>, Refused>> + Send + 'static
where
    K: Resource + Clone + DeserializeOwned + Debug + Send + 'static,
{
    watcher::watcher(api, config)
        .default_backoff()
        .map(|item| match item {
            Ok(event) => Ok(Change::Event(event)),
            Err(error) => match refusal(&error) {
                Some(refused) => Err(refused),
                None => Ok(Change::Interrupted(interruption(&error))),
            },
        })
}

/// The first object the watch of `config` sees, listed or changed: for
/// waits until something exists. Ends with [`Refused`] when the server will
/// never serve the watch.
pub async fn first_seen<K>(api: Api<K>, config: watcher::Config) -> Result<K, Refused>
where
    K: Resource + Clone + DeserializeOwned + Debug + Send + 'static,
{
    let mut changes = lasting(api, config).boxed();
    while let Some(change) = changes.next().await {
        if let Change::Event(Event::Apply(object) | Event::InitApply(object)) = change? {
            return Ok(object);
        }
    }
    Err(Refused {
        code: None,
        message: "error: the watch ended".into(),
    })
}

/// Why a watch was interrupted, in a few words: the server's message, or
/// what became of the connection.
fn interruption(error: &watcher::Error) -> String {
    match error {
        watcher::Error::WatchError(status) => status.message.clone(),
        watcher::Error::InitialListFailed(kube::Error::Api(status))
        | watcher::Error::WatchStartFailed(kube::Error::Api(status))
        | watcher::Error::WatchFailed(kube::Error::Api(status)) => status.message.clone(),
        watcher::Error::WatchFailed(_) => "the connection to the API server was lost".into(),
        watcher::Error::InitialListFailed(cause) | watcher::Error::WatchStartFailed(cause) => {
            format!(
                "cannot reach the API server: {}",
                crate::error::root_cause(cause)
            )
        }
        watcher::Error::NoResourceVersion => error.to_string(),
    }
}

/// The errors no retry mends: not allowed (401, 403), the type is not
/// served or cannot be watched (404, 405), a malformed request (400, 422),
/// or a list without a resourceVersion to watch from.
fn refusal(error: &watcher::Error) -> Option<Refused> {
    let status = match error {
        watcher::Error::InitialListFailed(kube::Error::Api(status))
        | watcher::Error::WatchStartFailed(kube::Error::Api(status))
        | watcher::Error::WatchFailed(kube::Error::Api(status)) => status.as_ref(),
        watcher::Error::WatchError(status) => status.as_ref(),
        watcher::Error::NoResourceVersion => {
            return Some(Refused {
                code: None,
                message: format!("error: {error}"),
            });
        }
        _ => return None,
    };
    matches!(status.code, 400 | 401 | 403 | 404 | 405 | 422).then(|| Refused {
        code: Some(status.code),
        message: crate::error::server_error(status),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use kube::core::Status;

    fn api_error(code: u16) -> watcher::Error {
        watcher::Error::InitialListFailed(kube::Error::Api(
            Status::failure("no", "Reason").with_code(code).boxed(),
        ))
    }

    #[test]
    fn refusals_end_the_watch_and_outages_do_not() {
        assert!(refusal(&api_error(403)).is_some());
        assert!(refusal(&api_error(404)).is_some());
        assert!(refusal(&api_error(503)).is_none());
        assert!(refusal(&api_error(429)).is_none());
        let gone = watcher::Error::WatchError(
            Status::failure("too old", "Expired").with_code(410).boxed(),
        );
        assert!(refusal(&gone).is_none(), "410 Gone is mended by a re-list");
        assert_eq!(interruption(&gone), "too old");
    }
}
