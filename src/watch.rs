//! Watches that outlast the connection they started on: kube's watcher
//! resumes from the last resourceVersion when the server ends a watch,
//! re-lists on 410 Gone and backs off while the server is away. Wrapped
//! once, here, so that every long-running command tells a passing outage
//! (retried) from a refusal (which no retry mends) the same way.

use std::fmt::Debug;
use std::time::Duration;

use futures::{Stream, StreamExt};
use kube::core::{Status, WatchEvent};
use kube::runtime::WatchStreamExt;
use kube::runtime::watcher::{self, Event};
use kube::{Api, Client, Resource};
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::resource::ResourceType;
use crate::resource::fetch::{ACCEPT_TABLE, ListQuery, collection_url, list_pages};

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
    refused(status)
}

fn refused(status: &Status) -> Option<Refused> {
    matches!(status.code, 400 | 401 | 403 | 404 | 405 | 422).then(|| Refused {
        code: Some(status.code),
        message: crate::error::server_error(status),
    })
}

/// The type of a watch event, as the server and kubectl name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventType {
    Added,
    Modified,
    Deleted,
}

impl EventType {
    pub fn as_str(self) -> &'static str {
        match self {
            EventType::Added => "ADDED",
            EventType::Modified => "MODIFIED",
            EventType::Deleted => "DELETED",
        }
    }
}

/// What a lasting watch of server-rendered objects reports.
#[derive(Debug)]
pub enum Raw {
    /// A (re-)list begins: the watch starts from nothing, or its history
    /// was compacted (410 Gone).
    ListStarted,
    /// One page of that list: a Table, or a list of objects.
    Listed(Value),
    /// The list is complete; events follow.
    ListDone,
    /// One change, exactly as the server sent it: a one-row Table or the object.
    Event(EventType, Value),
    /// The watch was interrupted and is being retried; says why.
    Interrupted(String),
}

/// What a watch of server-rendered objects reads.
pub struct RawWatch<'a> {
    pub client: &'a Client,
    pub resource: &'a ResourceType,
    pub namespace: Option<&'a str>,
    pub query: &'a ListQuery,
    /// Rows of the server's Table (kubectl's server-side printing) instead of objects.
    pub as_table: bool,
}

/// The longest pause between attempts while the server is away.
const MAX_PAUSE: Duration = Duration::from_secs(30);

impl RawWatch<'_> {
    /// Watches from resourceVersion `from` (a list first when empty),
    /// handing every change to `on` until `on` fails or the server refuses.
    /// Each event is the server's own rendering of the object at that
    /// change: no request per event. A watch the server ends is resumed
    /// from the last version seen; 410 Gone re-lists.
    pub async fn run(
        &self,
        mut from: String,
        mut on: impl FnMut(Raw) -> anyhow::Result<()>,
    ) -> anyhow::Result<()> {
        let mut pause = Duration::from_millis(500);
        loop {
            let outcome = if from.is_empty() {
                self.list(&mut from, &mut on).await
            } else {
                self.watch(&mut from, &mut on).await
            };
            let cause = match outcome {
                Ok(()) => {
                    pause = Duration::from_millis(500);
                    continue;
                }
                Err(cause) => cause,
            };
            let cause = match cause.downcast::<kube::Error>() {
                Ok(error) => error,
                Err(other) => return Err(other),
            };
            if let kube::Error::Api(status) = &cause {
                if status.code == 410 {
                    from.clear();
                    continue;
                }
                if let Some(refusal) = refused(status) {
                    return Err(refusal.into());
                }
            }
            on(Raw::Interrupted(match &cause {
                kube::Error::Api(status) => status.message.clone(),
                other => format!(
                    "cannot reach the API server: {}",
                    crate::error::root_cause(other)
                ),
            }))?;
            tokio::time::sleep(pause).await;
            pause = (pause * 2).min(MAX_PAUSE);
        }
    }

    async fn list(
        &self,
        from: &mut String,
        on: &mut impl FnMut(Raw) -> anyhow::Result<()>,
    ) -> anyhow::Result<()> {
        on(Raw::ListStarted)?;
        let mut version = String::new();
        list_pages(
            self.client,
            self.resource,
            self.namespace,
            self.query,
            self.as_table,
            |page| {
                version = page.resource_version;
                on(Raw::Listed(page.body))
            },
        )
        .await?;
        on(Raw::ListDone)?;
        *from = version;
        Ok(())
    }

    /// One watch request, until the server ends it (Ok) or it fails.
    async fn watch(
        &self,
        from: &mut String,
        on: &mut impl FnMut(Raw) -> anyhow::Result<()>,
    ) -> anyhow::Result<()> {
        let mut url = form_urlencoded::Serializer::new(String::new());
        url.append_pair("watch", "true");
        url.append_pair("resourceVersion", from);
        if let Some(selector) = &self.query.label_selector {
            url.append_pair("labelSelector", selector);
        }
        if let Some(selector) = &self.query.field_selector {
            url.append_pair("fieldSelector", selector);
        }
        let uri = format!(
            "{}?{}",
            collection_url(self.resource, self.namespace),
            url.finish()
        );
        let mut request = http::Request::get(uri);
        if self.as_table {
            request = request.header(http::header::ACCEPT, ACCEPT_TABLE);
        }
        let request = request.body(Vec::new()).map_err(kube::Error::HttpError)?;
        let events = self.client.request_events::<Value>(request).await?;
        let mut events = std::pin::pin!(events);
        while let Some(event) = events.next().await {
            let (kind, object) = match event? {
                WatchEvent::Added(object) => (EventType::Added, object),
                WatchEvent::Modified(object) => (EventType::Modified, object),
                WatchEvent::Deleted(object) => (EventType::Deleted, object),
                WatchEvent::Bookmark(bookmark) => {
                    *from = bookmark.metadata.resource_version;
                    continue;
                }
                WatchEvent::Error(status) => return Err(kube::Error::Api(status).into()),
            };
            if let Some(version) = version_of(&object) {
                *from = version.to_string();
            }
            on(Raw::Event(kind, object))?;
        }
        Ok(())
    }
}

/// The resourceVersion of an event's object, or of the object of its Table row.
fn version_of(object: &Value) -> Option<&str> {
    object["rows"][0]["object"]["metadata"]["resourceVersion"]
        .as_str()
        .or_else(|| object["metadata"]["resourceVersion"].as_str())
        .filter(|v| !v.is_empty())
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
