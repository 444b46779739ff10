//! `tug logs`: the logs of a pod's containers, of a pod of a workload, or of
//! every pod a label selector matches.

use std::io::Write;

use kube::api::LogParams;

use crate::actions::logs::{Containers, Output, Reading, Source, Subject};
use crate::cli::{GlobalArgs, LogsArgs};
use crate::error::AlreadyReported;
use crate::printers::logs::LogWriter;
use crate::term::Terminal;

/// kubectl's default `--tail` when a selector picks the pods.
const SELECTOR_TAIL: i64 = 10;

/// Prints the logs; exit 1 when any could not be read.
pub async fn run(global: &GlobalArgs, args: &LogsArgs, terminal: Terminal) -> anyhow::Result<u8> {
    let containers = validate(args)?;
    let reading = reading(args);
    let mut session = super::Session::start(global).await?;
    let subject = subject(&mut session, args).await?;
    let client = &session.cluster.client;
    let namespace = session.cluster.namespace.clone();
    let found =
        crate::actions::logs::pods(client, &namespace, &subject, args.pod_running_timeout).await?;
    for notice in &found.notices {
        eprintln!("{notice}");
    }
    if found.pods.is_empty() {
        eprintln!("No resources found in {namespace} namespace.");
        return Ok(0);
    }
    let mut sources = Vec::new();
    for pod in &found.pods {
        let (more, notices) = crate::actions::logs::sources_of(pod, containers)?;
        for notice in notices {
            eprintln!("{}", crate::printers::escape_terminal(&notice));
        }
        sources.extend(more);
    }
    if args.follow && sources.len() > usize::from(args.max_log_requests) {
        anyhow::bail!(
            "you are attempting to follow {} log streams, but maximum allowed concurrency is {}, \
             use --max-log-requests to increase the limit",
            sources.len(),
            args.max_log_requests
        );
    }
    let prefix = args.prefix.unwrap_or(args.selector.is_some());
    let logs = crate::actions::logs::read(client, &namespace, &sources, &reading);
    print(logs, &sources, prefix, args.follow, terminal).await
}

/// kubectl's checks, before any request; returns the containers asked for.
fn validate(args: &LogsArgs) -> anyhow::Result<Containers<'_>> {
    match (&args.resource, &args.selector) {
        (None, None) => anyhow::bail!(
            "POD or TYPE/NAME is a required argument for the logs command, unless -l selects the pods \
             (see 'tug logs --help')"
        ),
        (Some(_), Some(_)) => anyhow::bail!("only a selector (-l) or a POD name is allowed"),
        _ => {}
    }
    if let Some(resource) = &args.resource {
        let name = resource.rsplit('/').next().unwrap_or(resource);
        crate::resource::names::check_name(name).map_err(|e| anyhow::anyhow!(e))?;
    }
    if args.tail.is_some_and(|tail| tail < -1) {
        anyhow::bail!("--tail must be greater than or equal to -1");
    }
    let container = match (&args.container, &args.inline_container) {
        (Some(_), Some(_)) => {
            anyhow::bail!("only one of -c or an inline [CONTAINER] arg is allowed")
        }
        (Some(c), None) | (None, Some(c)) => Some(c.as_str()),
        (None, None) => None,
    };
    match (container, args.all_containers) {
        (Some(c), true) => {
            anyhow::bail!("--all-containers=true should not be specified with container name {c}")
        }
        (Some(c), false) => Ok(Containers::Named(c)),
        (None, true) => Ok(Containers::All),
        (None, false) => Ok(Containers::Default),
    }
}

/// The flags as `pods/log` takes them.
fn reading(args: &LogsArgs) -> Reading {
    let tail = match (args.tail, &args.selector) {
        (Some(-1), _) | (None, None) => None,
        (Some(tail), _) => Some(tail),
        (None, Some(_)) => Some(SELECTOR_TAIL),
    };
    Reading {
        params: LogParams {
            follow: args.follow,
            limit_bytes: args.limit_bytes,
            previous: args.previous,
            // Whole seconds, at least one: the server takes no less.
            since_seconds: args.since.filter(|since| !since.is_zero()).map(|since| {
                let seconds = since.as_secs() + u64::from(since.subsec_nanos() > 0);
                i64::try_from(seconds).unwrap_or(i64::MAX)
            }),
            since_time: args.since_time,
            tail_lines: tail,
            timestamps: args.timestamps,
            ..LogParams::default()
        },
        retry_for: args.pod_running_timeout,
    }
}

/// What the arguments name: a pod, an object with pods, or a selector.
async fn subject(session: &mut super::Session, args: &LogsArgs) -> anyhow::Result<Subject> {
    match (&args.resource, &args.selector) {
        (Some(resource), _) if resource.contains('/') => {
            let selections = session
                .select(std::slice::from_ref(resource), false)
                .await?;
            let target = selections
                .iter()
                .flat_map(|s| s.targets())
                .next()
                .ok_or_else(|| anyhow::anyhow!("{resource} names no object"))?;
            if target.resource.group.is_empty() && target.resource.kind == "Pod" {
                return Ok(Subject::Pod(target.name));
            }
            Ok(Subject::Owner(Box::new(target)))
        }
        (Some(pod), _) => Ok(Subject::Pod(pod.clone())),
        // validate has made sure that a selector is given.
        (None, selector) => Ok(Subject::Selector(selector.clone().unwrap_or_default())),
    }
}

/// Writes every line as it comes, each log's problems on stderr; a
/// followed log is flushed line by line, so that it shows as it grows.
async fn print(
    mut logs: futures::stream::BoxStream<'static, Output>,
    sources: &[Source],
    prefix: bool,
    follow: bool,
    terminal: Terminal,
) -> anyhow::Result<u8> {
    use futures::StreamExt;
    let prefixes = sources.iter().map(|s| prefix.then(|| s.prefix())).collect();
    let mut writer = LogWriter::new(prefixes, terminal.stdout_is_terminal, follow);
    let mut out = crate::term::stdout();
    let mut failed = false;
    while let Some(output) = logs.next().await {
        match output {
            Output::Piece(index, piece) => {
                writer.write(&mut out, index, &piece)?;
                if follow {
                    out.flush()?;
                }
            }
            Output::Retrying(_, error) => eprintln!("{}", describe(error)),
            Output::Failed(_, error) => {
                out.flush()?;
                eprintln!("{}", describe(error));
                failed = true;
            }
        }
    }
    out.flush()?;
    if failed {
        return Err(AlreadyReported { code: 1 }.into());
    }
    Ok(0)
}

fn describe(error: crate::actions::logs::LogsError) -> String {
    crate::error::describe(&error.into())
}
