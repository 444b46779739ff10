//! Containers' logs through the API server (`pods/log`), as kubectl's
//! `logs` reads them: which pods and containers the arguments name, the pod
//! kubectl would pick from a workload, and each log as a stream of lines —
//! one log after another, or all at once when they are followed.

use std::cmp::Ordering;
use std::collections::BTreeMap;
use std::time::Duration;

use futures::stream::{self, BoxStream};
use futures::{AsyncBufRead, AsyncBufReadExt, StreamExt};
use k8s_openapi::api::core::v1::Pod;
use k8s_openapi::jiff::Timestamp;
use kube::api::{Api, ListParams, LogParams};
use kube::runtime::watcher;
use kube::{Client, ResourceExt};
use serde_json::Value;
use tokio::time::Instant;

use crate::resource::Target;
use crate::watch::first_seen;

/// The annotation that names the container `logs` and `exec` pick by default.
const DEFAULT_CONTAINER: &str = "kubectl.kubernetes.io/default-container";

/// The pause before asking again for a followed log the server refused for now.
const RETRY_INTERVAL: Duration = Duration::from_secs(1);

/// Why logs could not be read.
#[derive(Debug, thiserror::Error)]
pub enum LogsError {
    #[error("{0}")]
    Request(#[from] kube::Error),
    #[error("container {container} is not valid for pod {pod} out of: {all}")]
    NoSuchContainer {
        container: String,
        pod: String,
        all: String,
    },
    #[error(
        "cannot get the logs of {0}: only pods, deployments, replicasets, statefulsets, \
         daemonsets, jobs, services and replicationcontrollers have pods"
    )]
    NoPods(String),
    #[error("cannot get the logs of {0}: {1}")]
    BadSelector(String, String),
    #[error("no pod of {0} appeared within {1} (--pod-running-timeout)")]
    NoPodYet(String, String),
    #[error("cannot wait for a pod of {0}: {1}")]
    Watch(String, String),
    /// A read of the body failed: the connection went (or stayed silent
    /// past `--request-timeout`), whatever the layer that noticed (TLS,
    /// HTTP/2) calls it.
    #[error("the log of pod/{0}/{1} broke off: the connection to the API server was lost")]
    BrokenOff(String, String),
}

/// One container's log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    pub pod: String,
    pub container: String,
}

impl Source {
    /// kubectl's `--prefix`: `[pod/web-1/app] `.
    pub fn prefix(&self) -> String {
        format!("[pod/{}/{}] ", self.pod, self.container)
    }
}

/// What the arguments name.
#[derive(Debug, Clone)]
pub enum Subject {
    /// `POD`, or `pod/NAME`.
    Pod(String),
    /// `TYPE/NAME` of a workload or service: one of its pods.
    Owner(Box<Target>),
    /// `-l`: every pod whose labels match.
    Selector(String),
}

/// Which containers of a pod: `-c NAME`, the default one, or `--all-containers`.
#[derive(Debug, Clone, Copy)]
pub enum Containers<'a> {
    Named(&'a str),
    Default,
    All,
}

/// Pods found, and kubectl's notices about the choices made (for stderr).
#[derive(Debug)]
pub struct Found {
    pub pods: Vec<Pod>,
    pub notices: Vec<String>,
}

/// The pods `subject` names in `namespace`. A workload that has no pod yet
/// is given until `timeout` to get one, as kubectl gives it.
pub async fn pods(
    client: &Client,
    namespace: &str,
    subject: &Subject,
    timeout: Duration,
) -> Result<Found, LogsError> {
    let api: Api<Pod> = Api::namespaced(client.clone(), namespace);
    match subject {
        Subject::Pod(name) => Ok(Found {
            pods: vec![api.get(name).await?],
            notices: Vec::new(),
        }),
        Subject::Owner(target) => {
            if !has_pods(&target.resource) {
                return Err(LogsError::NoPods(target.display_name()));
            }
            let object: Value = serde_json::to_value(target.api(client).get(&target.name).await?)
                .unwrap_or_default();
            let selector = pod_selector(target, &object)?;
            one_pod_of(&api, &target.display_name(), &selector, timeout).await
        }
        Subject::Selector(selector) => {
            let mut pods = api
                .list(&ListParams::default().labels(selector))
                .await?
                .items;
            pods.sort_by_key(ResourceExt::name_any);
            Ok(Found {
                pods,
                notices: Vec::new(),
            })
        }
    }
}

/// The types whose objects select pods, as `(group, kind)`: selected by a
/// label selector, or by a map of labels.
const WITH_POD_SELECTOR: [(&str, &str); 5] = [
    ("apps", "Deployment"),
    ("apps", "ReplicaSet"),
    ("apps", "StatefulSet"),
    ("apps", "DaemonSet"),
    ("batch", "Job"),
];
const WITH_POD_LABELS: [(&str, &str); 2] = [("", "Service"), ("", "ReplicationController")];

/// Whether objects of `resource` have pods whose logs can be read.
fn has_pods(resource: &crate::resource::ResourceType) -> bool {
    let key = (resource.group.as_str(), resource.kind.as_str());
    WITH_POD_SELECTOR.contains(&key) || WITH_POD_LABELS.contains(&key)
}

/// The label selector of the pods of a workload or service, as a query string.
fn pod_selector(target: &Target, object: &Value) -> Result<String, LogsError> {
    let resource = &target.resource;
    let bad = |e: String| LogsError::BadSelector(target.display_name(), e);
    let key = (resource.group.as_str(), resource.kind.as_str());
    match key {
        _ if WITH_POD_SELECTOR.contains(&key) => {
            crate::actions::rollout::selector_of(object).map_err(bad)
        }
        _ if WITH_POD_LABELS.contains(&key) => {
            let labels: BTreeMap<String, String> =
                serde_json::from_value(object["spec"]["selector"].clone()).unwrap_or_default();
            if labels.is_empty() {
                return Err(bad("it has no selector, so it has no pods".into()));
            }
            let pairs: Vec<String> = labels.iter().map(|(k, v)| format!("{k}={v}")).collect();
            Ok(pairs.join(","))
        }
        _ => Err(LogsError::NoPods(target.display_name())),
    }
}

/// The pod kubectl reads a workload's logs from (see [`by_logging`]); when
/// there is none yet, the first that appears before `timeout`.
async fn one_pod_of(
    api: &Api<Pod>,
    owner: &str,
    selector: &str,
    timeout: Duration,
) -> Result<Found, LogsError> {
    let mut pods = api
        .list(&ListParams::default().labels(selector))
        .await?
        .items;
    pods.sort_by(by_logging);
    let count = pods.len();
    let mut notices = Vec::new();
    let pod = match pods.into_iter().next() {
        Some(pod) => pod,
        None => first_to_appear(api, owner, selector, timeout).await?,
    };
    if count > 1 {
        notices.push(format!("Found {count} pods, using pod/{}", pod.name_any()));
    }
    Ok(Found {
        pods: vec![pod],
        notices,
    })
}

async fn first_to_appear(
    api: &Api<Pod>,
    owner: &str,
    selector: &str,
    timeout: Duration,
) -> Result<Pod, LogsError> {
    let config = watcher::Config::default().labels(selector);
    let appeared = async {
        first_seen(api.clone(), config)
            .await
            .map_err(|refused| LogsError::Watch(owner.into(), refused.message))
    };
    tokio::time::timeout(timeout, appeared).await.map_err(|_| {
        LogsError::NoPodYet(
            owner.into(),
            humantime::format_duration(timeout).to_string(),
        )
    })?
}

/// kubectl's order for picking a pod to read logs from (`podutils.ByLogging`):
/// scheduled before unscheduled, running before unknown before pending, ready
/// before not, ready for longer first, more restarts first, older first.
pub fn by_logging(a: &Pod, b: &Pod) -> Ordering {
    let scheduled = |p: &Pod| {
        p.spec
            .as_ref()
            .and_then(|s| s.node_name.as_ref())
            .is_some_and(|n| !n.is_empty())
    };
    let phase = |p: &Pod| match p.status.as_ref().and_then(|s| s.phase.as_deref()) {
        Some("Running") => 0,
        Some("Unknown") => 1,
        Some("Pending") => 2,
        _ => 3,
    };
    let ready_since = |p: &Pod| {
        p.status
            .as_ref()
            .and_then(|s| s.conditions.as_ref())
            .and_then(|c| c.iter().find(|c| c.type_ == "Ready" && c.status == "True"))
            .map(|c| c.last_transition_time.as_ref().map(|t| t.0))
    };
    let restarts = |p: &Pod| {
        let statuses = p
            .status
            .as_ref()
            .and_then(|s| s.container_statuses.as_ref());
        statuses
            .into_iter()
            .flatten()
            .map(|c| c.restart_count)
            .max()
            .unwrap_or(0)
    };
    let created = |p: &Pod| p.metadata.creation_timestamp.as_ref().map(|t| t.0);
    // No time sorts after any time, as kubectl's afterOrZero has it.
    let earlier_first = |x: Option<Timestamp>, y: Option<Timestamp>| match (x, y) {
        (Some(x), Some(y)) => x.cmp(&y),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    };
    scheduled(b)
        .cmp(&scheduled(a))
        .then_with(|| phase(a).cmp(&phase(b)))
        .then_with(|| ready_since(b).is_some().cmp(&ready_since(a).is_some()))
        .then_with(|| match (ready_since(a), ready_since(b)) {
            (Some(x), Some(y)) => earlier_first(x, y),
            _ => Ordering::Equal,
        })
        .then_with(|| restarts(b).cmp(&restarts(a)))
        .then_with(|| earlier_first(created(a), created(b)))
}

/// The logs to read from `pod`, with kubectl's notices when a default
/// container was chosen among several.
pub fn sources_of(pod: &Pod, which: Containers) -> Result<(Vec<Source>, Vec<String>), LogsError> {
    let name = pod.name_any();
    let spec = pod.spec.clone().unwrap_or_default();
    let source = |container: &str| Source {
        pod: name.clone(),
        container: container.to_string(),
    };
    let init: Vec<&str> = spec
        .init_containers
        .iter()
        .flatten()
        .map(|c| c.name.as_str())
        .collect();
    let main: Vec<&str> = spec.containers.iter().map(|c| c.name.as_str()).collect();
    let ephemeral: Vec<&str> = spec
        .ephemeral_containers
        .iter()
        .flatten()
        .map(|c| c.name.as_str())
        .collect();
    let exists = |c: &str| init.contains(&c) || main.contains(&c) || ephemeral.contains(&c);
    let all_names = || {
        let mut names: Vec<String> = main.iter().map(|c| c.to_string()).collect();
        names.extend(ephemeral.iter().map(|c| format!("{c} (ephem)")));
        names.extend(init.iter().map(|c| format!("{c} (init)")));
        names.join(", ")
    };
    match which {
        Containers::All => {
            let every = init.iter().chain(&main).chain(&ephemeral);
            Ok((every.map(|c| source(c)).collect(), Vec::new()))
        }
        Containers::Named(container) if exists(container) => {
            Ok((vec![source(container)], Vec::new()))
        }
        Containers::Named(container) => Err(LogsError::NoSuchContainer {
            container: container.into(),
            pod: name.clone(),
            all: all_names(),
        }),
        Containers::Default => {
            let mut notices = Vec::new();
            let annotated = pod
                .annotations()
                .get(DEFAULT_CONTAINER)
                .filter(|c| !c.is_empty());
            if let Some(container) = annotated {
                if exists(container) {
                    return Ok((vec![source(container)], notices));
                }
                notices.push(format!(
                    "Default container name \"{container}\" not found in pod {name}"
                ));
            }
            let Some(first) = main.first() else {
                return Err(LogsError::NoSuchContainer {
                    container: String::new(),
                    pod: name.clone(),
                    all: all_names(),
                });
            };
            if main.len() + init.len() + ephemeral.len() > 1 {
                notices.push(format!(
                    "Defaulted container \"{first}\" out of: {}",
                    all_names()
                ));
            }
            Ok((vec![source(first)], notices))
        }
    }
}

/// How every log is read.
#[derive(Debug, Clone)]
pub struct Reading {
    /// kubectl's flags as `pods/log` takes them; the container is set per source.
    pub params: LogParams,
    /// How long a followed log that cannot be read yet (its container has
    /// not started) is tried again, as kubectl's `--pod-running-timeout`.
    pub retry_for: Duration,
}

/// What reading logs yields, in the order to show it; `usize` is the index of the source.
#[derive(Debug)]
pub enum Output {
    /// A line of a log, with its newline unless the log ended without one;
    /// or, of a line longer than [`MAX_PIECE`], a piece without newline,
    /// the rest to follow.
    Piece(usize, Vec<u8>),
    /// A followed log cannot be read yet and is tried again in a second.
    Retrying(usize, LogsError),
    /// A log could not be read, or broke off; the others go on.
    Failed(usize, LogsError),
}

/// The log of every source in `namespace`: one after another, or all at
/// once when followed, whole lines interleaved as they come. Each followed
/// log ends on its own (its container ended, a byte limit was reached)
/// without ending the others, as kubectl's do.
pub fn read(
    client: &Client,
    namespace: &str,
    sources: &[Source],
    reading: &Reading,
) -> BoxStream<'static, Output> {
    let api: Api<Pod> = Api::namespaced(client.clone(), namespace);
    let logs = sources
        .iter()
        .enumerate()
        .map(|(index, source)| one_log(api.clone(), index, source.clone(), reading.clone()))
        .collect::<Vec<_>>();
    if reading.params.follow {
        stream::select_all(logs).boxed()
    } else {
        stream::iter(logs).flatten().boxed()
    }
}

type Reader = std::pin::Pin<Box<dyn AsyncBufRead + Send>>;

/// Where reading one log stands.
enum Step {
    /// About to request the log, after a pause when an attempt was refused.
    Open {
        pause: bool,
        deadline: Instant,
    },
    Read(Pieces<Reader>),
    Done,
}

fn one_log(
    api: Api<Pod>,
    index: usize,
    source: Source,
    reading: Reading,
) -> BoxStream<'static, Output> {
    let start = Step::Open {
        pause: false,
        deadline: Instant::now() + reading.retry_for,
    };
    let mut params = reading.params;
    params.container = Some(source.container.clone());
    stream::unfold(start, move |step| {
        let (api, params, source) = (api.clone(), params.clone(), source.clone());
        async move {
            match step {
                Step::Open { pause, deadline } => {
                    if pause {
                        tokio::time::sleep(RETRY_INTERVAL).await;
                    }
                    Some(open(&api, index, &source, &params, deadline).await)
                }
                Step::Read(mut reader) => match reader.next_piece().await {
                    Ok(None) => None,
                    Ok(Some(piece)) => {
                        Some((Some(Output::Piece(index, piece)), Step::Read(reader)))
                    }
                    Err(_) => {
                        let error = LogsError::BrokenOff(source.pod, source.container);
                        Some((Some(Output::Failed(index, error)), Step::Done))
                    }
                },
                Step::Done => None,
            }
        }
    })
    .filter_map(futures::future::ready)
    .boxed()
}

/// The most bytes of a log held at once: a longer line is passed on in
/// pieces, so that a log of one endless line needs no endless memory.
pub const MAX_PIECE: usize = 64 * 1024;

/// A log read in pieces: each a whole line, or [`MAX_PIECE`] bytes of a
/// longer one.
struct Pieces<R> {
    reader: R,
    /// The start of a character a cut would have split, for the next piece.
    carried: Vec<u8>,
}

impl<R: AsyncBufRead + Unpin> Pieces<R> {
    fn new(reader: R) -> Self {
        Pieces {
            reader,
            carried: Vec::new(),
        }
    }

    /// The next piece; `None` at the end of the log.
    async fn next_piece(&mut self) -> std::io::Result<Option<Vec<u8>>> {
        let mut piece = std::mem::take(&mut self.carried);
        loop {
            let buffer = self.reader.fill_buf().await?;
            if buffer.is_empty() {
                return Ok((!piece.is_empty()).then_some(piece));
            }
            let room = MAX_PIECE.saturating_sub(piece.len()).min(buffer.len());
            if let Some(newline) = buffer[..room].iter().position(|&b| b == b'\n') {
                piece.extend_from_slice(&buffer[..=newline]);
                self.reader.consume_unpin(newline + 1);
                return Ok(Some(piece));
            }
            piece.extend_from_slice(&buffer[..room]);
            self.reader.consume_unpin(room);
            if piece.len() >= MAX_PIECE {
                // A character cut in two would show as two replacement
                // characters on a terminal: its start goes with the next piece.
                let whole = whole_characters(&piece);
                self.carried = piece.split_off(whole);
                return Ok(Some(piece));
            }
        }
    }
}

/// How many bytes of `bytes` end before a UTF-8 character that is cut off
/// at its end (all of them when none is, or when they are not UTF-8).
fn whole_characters(bytes: &[u8]) -> usize {
    // A character is at most 4 bytes: its start is among the last 3.
    for back in 1..=3.min(bytes.len()) {
        let at = bytes.len() - back;
        let width = match bytes[at] {
            b if b & 0b1100_0000 == 0b1000_0000 => continue,
            b if b & 0b1110_0000 == 0b1100_0000 => 2,
            b if b & 0b1111_0000 == 0b1110_0000 => 3,
            b if b & 0b1111_1000 == 0b1111_0000 => 4,
            _ => return bytes.len(),
        };
        return if width > back { at } else { bytes.len() };
    }
    bytes.len()
}

/// Requests one log. A followed log the server will not serve yet (the
/// container is waiting to start) is tried again until `deadline`; any
/// other refusal ends it.
async fn open(
    api: &Api<Pod>,
    index: usize,
    source: &Source,
    params: &LogParams,
    deadline: Instant,
) -> (Option<Output>, Step) {
    match api.log_stream(&source.pod, params).await {
        Ok(reader) => (None, Step::Read(Pieces::new(Box::pin(reader)))),
        Err(error @ kube::Error::Api(_)) if params.follow && Instant::now() < deadline => (
            Some(Output::Retrying(index, error.into())),
            Step::Open {
                pause: true,
                deadline,
            },
        ),
        Err(error) => (Some(Output::Failed(index, error.into())), Step::Done),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use futures::TryStreamExt;
    use serde_json::json;

    fn pod(value: Value) -> Pod {
        serde_json::from_value(value).unwrap()
    }

    fn named(name: &str, node: &str, phase: &str, ready_at: Option<&str>, created: &str) -> Pod {
        let conditions = match ready_at {
            Some(at) => json!([{"type": "Ready", "status": "True", "lastTransitionTime": at}]),
            None => json!([{"type": "Ready", "status": "False"}]),
        };
        pod(json!({
            "metadata": {"name": name, "creationTimestamp": created},
            "spec": {"nodeName": node, "containers": [{"name": "app"}]},
            "status": {"phase": phase, "conditions": conditions},
        }))
    }

    #[test]
    fn the_pod_picked_is_scheduled_running_and_longest_ready_as_kubectl_picks_it() {
        let t1 = "2026-01-01T00:00:01Z";
        let t2 = "2026-01-01T00:00:02Z";
        let mut pods = [
            named("pending", "", "Pending", None, t1),
            named("unready", "n", "Running", None, t1),
            named("ready-later", "n", "Running", Some(t2), t1),
            named("ready-first", "n", "Running", Some(t1), t2),
            named("unknown", "n", "Unknown", None, t1),
        ];
        pods.sort_by(by_logging);
        let order: Vec<String> = pods.iter().map(ResourceExt::name_any).collect();
        assert_eq!(
            order,
            [
                "ready-first",
                "ready-later",
                "unready",
                "unknown",
                "pending"
            ]
        );
    }

    fn two_containers(annotation: Option<&str>) -> Pod {
        let annotations = annotation.map(|c| json!({DEFAULT_CONTAINER: c}));
        pod(json!({
            "metadata": {"name": "web", "annotations": annotations},
            "spec": {
                "initContainers": [{"name": "setup"}],
                "containers": [{"name": "app"}, {"name": "sidecar"}],
            },
        }))
    }

    fn names(sources: &[Source]) -> Vec<&str> {
        sources.iter().map(|s| s.container.as_str()).collect()
    }

    #[test]
    fn the_default_container_is_the_annotated_one_else_the_first_with_a_notice() {
        let (sources, notices) = sources_of(&two_containers(None), Containers::Default).unwrap();
        assert_eq!(names(&sources), ["app"]);
        assert_eq!(
            notices,
            ["Defaulted container \"app\" out of: app, sidecar, setup (init)"]
        );
        let annotated = two_containers(Some("sidecar"));
        let (sources, notices) = sources_of(&annotated, Containers::Default).unwrap();
        assert_eq!((names(&sources), notices.len()), (vec!["sidecar"], 0));
        let (sources, notices) =
            sources_of(&two_containers(Some("gone")), Containers::Default).unwrap();
        assert_eq!(names(&sources), ["app"]);
        assert_eq!(
            notices[0],
            "Default container name \"gone\" not found in pod web"
        );
    }

    fn pieces_of(log: &[u8]) -> Vec<Vec<u8>> {
        // A reader that hands out a few bytes at a time, as a network does.
        let chunks = log
            .chunks(1000)
            .map(|c| Ok::<_, std::io::Error>(c.to_vec()));
        let mut pieces = Pieces::new(stream::iter(chunks).into_async_read());
        let mut all = Vec::new();
        futures::executor::block_on(async {
            while let Some(piece) = pieces.next_piece().await.unwrap() {
                all.push(piece);
            }
        });
        all
    }

    #[test]
    fn a_log_comes_in_whole_lines_and_a_long_line_in_bounded_pieces() {
        assert_eq!(pieces_of(b"a\nbb\nlast"), [&b"a\n"[..], b"bb\n", b"last"]);
        let long = [vec![b'x'; 3 * MAX_PIECE + 10], b"\nnext\n".to_vec()].concat();
        let pieces = pieces_of(&long);
        assert!(pieces.iter().all(|p| p.len() <= MAX_PIECE));
        assert_eq!(pieces.len(), 5);
        assert_eq!(pieces[3], [vec![b'x'; 10], b"\n".to_vec()].concat());
        assert_eq!(pieces.concat(), long);
    }

    #[test]
    fn a_piece_never_ends_inside_a_character() {
        // "é" is 2 bytes: one byte short of the limit, the cut would split one.
        let log = [vec![b'x'; MAX_PIECE - 1], "éé\n".as_bytes().to_vec()].concat();
        let pieces = pieces_of(&log);
        assert_eq!(pieces[0].len(), MAX_PIECE - 1);
        assert!(pieces.iter().all(|p| std::str::from_utf8(p).is_ok()));
        assert_eq!(pieces.concat(), log);
        assert_eq!(whole_characters(b"ab\xf0\x9f\x98"), 2);
        assert_eq!(whole_characters("ab😀".as_bytes()), 6);
        assert_eq!(whole_characters(b"\xff\xff"), 2, "not UTF-8: cut anywhere");
    }

    #[test]
    fn all_containers_start_with_the_init_containers_and_unknown_names_are_refused() {
        let pod = two_containers(None);
        let (sources, _) = sources_of(&pod, Containers::All).unwrap();
        assert_eq!(names(&sources), ["setup", "app", "sidecar"]);
        assert_eq!(sources[0].prefix(), "[pod/web/setup] ");
        let error = sources_of(&pod, Containers::Named("db")).unwrap_err();
        assert_eq!(
            error.to_string(),
            "container db is not valid for pod web out of: app, sidecar, setup (init)"
        );
    }
}
