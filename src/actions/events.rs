//! Reading events: those about one object (for `describe`) and those of a
//! namespace or the cluster, narrowed to one object or to some types (for
//! `tug events`), always oldest first by when they were last seen.

use std::collections::HashMap;

use futures::StreamExt;
use k8s_openapi::api::core::v1::Event;
use k8s_openapi::jiff::Timestamp;
use kube::Client;
use kube::api::{Api, ListParams};
use kube::runtime::watcher;

use crate::watch::Change;

/// Events per page: kubectl's chunk size.
const PAGE: u32 = 500;

/// Which events to read.
#[derive(Debug, Clone, Default)]
pub struct EventQuery {
    /// `None` reads every namespace.
    pub namespace: Option<String>,
    /// The object the events must be about.
    pub about: Option<InvolvedObject>,
    /// Event types to keep, e.g. `Warning`; empty keeps all.
    pub types: Vec<String>,
}

/// An object as events refer to it.
#[derive(Debug, Clone, Default)]
pub struct InvolvedObject {
    pub kind: String,
    /// `apps/v1`; `None` matches any.
    pub api_version: Option<String>,
    pub name: String,
    /// `None` for cluster-scoped objects.
    pub namespace: Option<String>,
    /// `None` matches any object of that name, also one deleted and made again.
    pub uid: Option<String>,
}

impl InvolvedObject {
    /// The field selector the API server filters events by.
    pub fn field_selector(&self) -> String {
        let mut terms = vec![
            format!("involvedObject.kind={}", self.kind),
            format!("involvedObject.name={}", self.name),
        ];
        if let Some(api_version) = &self.api_version {
            terms.push(format!("involvedObject.apiVersion={api_version}"));
        }
        if let Some(namespace) = &self.namespace {
            terms.push(format!("involvedObject.namespace={namespace}"));
        }
        if let Some(uid) = &self.uid {
            terms.push(format!("involvedObject.uid={uid}"));
        }
        terms.join(",")
    }
}

impl EventQuery {
    /// The API handle and list parameters this query reads through.
    pub fn api(&self, client: &Client) -> (Api<Event>, ListParams) {
        let api = match &self.namespace {
            Some(namespace) => Api::namespaced(client.clone(), namespace),
            None => Api::all(client.clone()),
        };
        let mut params = ListParams::default().limit(PAGE);
        if let Some(about) = &self.about {
            params = params.fields(&about.field_selector());
        }
        (api, params)
    }

    /// Whether `event` is of one of the asked types (any, when none were asked).
    pub fn keeps(&self, event: &Event) -> bool {
        let kind = event.type_.as_deref().unwrap_or_default();
        self.types.is_empty() || self.types.iter().any(|t| t.eq_ignore_ascii_case(kind))
    }
}

/// The events the query selects, oldest first, read in pages.
pub async fn list(client: &Client, query: &EventQuery) -> kube::Result<Vec<Event>> {
    let (api, mut params) = query.api(client);
    let mut events = Vec::new();
    loop {
        let page = api.list(&params).await?;
        events.extend(page.items.into_iter().filter(|e| query.keeps(e)));
        match page.metadata.continue_.filter(|c| !c.is_empty()) {
            Some(token) => params.continue_token = Some(token),
            None => break,
        }
    }
    sort(&mut events);
    Ok(events)
}

/// The events about one object, in kubectl's describe order: by their last
/// timestamp, those without one (newer events, which carry only an event
/// time, such as the scheduler's) first. Those about a cluster-scoped
/// object (namespace `""`) may be in any namespace.
pub async fn about(client: &Client, object: InvolvedObject) -> kube::Result<Vec<Event>> {
    let query = EventQuery {
        namespace: object.namespace.clone().filter(|n| !n.is_empty()),
        about: Some(object),
        types: Vec::new(),
    };
    let mut events = list(client, &query).await?;
    sort_for_describe(&mut events);
    Ok(events)
}

/// kubectl's describe order: by last timestamp, events without one first.
/// Comparing second-precision timestamps with microsecond event times
/// would put a pod's Scheduled event after what followed it.
pub fn sort_for_describe(events: &mut [Event]) {
    events.sort_by_key(|e| e.last_timestamp.as_ref().map(|t| t.0));
}

/// What following events yields.
#[derive(Debug)]
pub enum Seen {
    /// The events there are when the watch starts (or resumes after a
    /// re-list), oldest first, without those already yielded.
    Existing(Vec<Event>),
    /// An event that happened, or happened again, since.
    New(Box<Event>),
    /// The watch was interrupted and is being resumed; says why.
    Interrupted(String),
}

/// Follows the events the query selects until the server refuses the
/// watch, handing each to `on_seen`; an event is yielded again only when it
/// changed (it repeated). Deleted events (expired after an hour) are not news.
pub async fn follow(
    client: &Client,
    query: &EventQuery,
    mut on_seen: impl FnMut(Seen) -> std::io::Result<()>,
) -> anyhow::Result<()> {
    let (api, params) = query.api(client);
    let mut config = watcher::Config::default();
    if let Some(fields) = params.field_selector {
        config = config.fields(&fields);
    }
    let mut changes = crate::watch::lasting(api, config).boxed();
    let mut yielded: HashMap<String, String> = HashMap::new();
    let mut listed: Vec<Event> = Vec::new();
    let mut is_new = |event: &Event| {
        let uid = event.metadata.uid.clone().unwrap_or_default();
        let version = event.metadata.resource_version.clone().unwrap_or_default();
        query.keeps(event) && yielded.insert(uid, version.clone()) != Some(version)
    };
    while let Some(change) = changes.next().await {
        match change? {
            Change::Event(watcher::Event::Init) => listed.clear(),
            Change::Event(watcher::Event::InitApply(event)) => listed.push(event),
            Change::Event(watcher::Event::InitDone) => {
                let mut existing: Vec<Event> = listed.drain(..).filter(&mut is_new).collect();
                sort(&mut existing);
                on_seen(Seen::Existing(existing))?;
            }
            Change::Event(watcher::Event::Apply(event)) if is_new(&event) => {
                on_seen(Seen::New(Box::new(event)))?
            }
            Change::Event(_) => {}
            Change::Interrupted(why) => on_seen(Seen::Interrupted(why))?,
        }
    }
    Ok(())
}

/// Oldest first by when each was last seen; events seen at the same time keep the server's order.
pub fn sort(events: &mut [Event]) {
    events.sort_by_key(last_seen);
}

/// When an event was last seen: its series' last observation, else its last
/// timestamp, else when it happened (newer events carry only that).
pub fn last_seen(event: &Event) -> Option<Timestamp> {
    event
        .series
        .as_ref()
        .and_then(|s| s.last_observed_time.as_ref().map(|t| t.0))
        .or(event.last_timestamp.as_ref().map(|t| t.0))
        .or(event.event_time.as_ref().map(|t| t.0))
        .or(event.first_timestamp.as_ref().map(|t| t.0))
        .or(event.metadata.creation_timestamp.as_ref().map(|t| t.0))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(json: serde_json::Value) -> Event {
        serde_json::from_value(json).unwrap()
    }

    #[test]
    fn events_sort_by_when_they_were_last_seen() {
        let mut events = vec![
            event(
                serde_json::json!({"metadata": {"name": "late"}, "involvedObject": {},
                "lastTimestamp": "2026-01-01T00:05:00Z"}),
            ),
            event(
                serde_json::json!({"metadata": {"name": "series"}, "involvedObject": {},
                "eventTime": "2026-01-01T00:00:00.000000Z",
                "series": {"count": 2, "lastObservedTime": "2026-01-01T00:06:00.000000Z"}}),
            ),
            event(
                serde_json::json!({"metadata": {"name": "early"}, "involvedObject": {},
                "eventTime": "2026-01-01T00:01:00.000000Z"}),
            ),
        ];
        sort(&mut events);
        let names: Vec<&str> = events
            .iter()
            .map(|e| e.metadata.name.as_deref().unwrap())
            .collect();
        assert_eq!(names, ["early", "late", "series"]);
    }

    #[test]
    fn the_field_selector_names_the_object() {
        let object = InvolvedObject {
            kind: "Pod".into(),
            api_version: None,
            name: "web".into(),
            namespace: Some("shop".into()),
            uid: Some("u-1".into()),
        };
        assert_eq!(
            object.field_selector(),
            "involvedObject.kind=Pod,involvedObject.name=web,involvedObject.namespace=shop,involvedObject.uid=u-1"
        );
    }

    #[test]
    fn types_are_matched_without_regard_to_case() {
        let query = EventQuery {
            types: vec!["warning".into()],
            ..EventQuery::default()
        };
        let warning =
            event(serde_json::json!({"metadata": {}, "involvedObject": {}, "type": "Warning"}));
        let normal =
            event(serde_json::json!({"metadata": {}, "involvedObject": {}, "type": "Normal"}));
        assert!(query.keeps(&warning));
        assert!(!query.keeps(&normal));
    }
}
