//! Completions that know the cluster, through clap_complete's dynamic engine:
//! the shell runs `_TUG_COMPLETE=SHELL tug -- WORDS…` and tug answers with
//! candidates. Subcommands, flags and file paths come from the clap
//! definition; resource types from the discovery cache; resource names,
//! namespaces and contexts from the cluster and the kubeconfig.
//!
//! Every positional argument whose value name is `RESOURCE` (`TYPE NAME…`
//! or `TYPE/NAME…`), in any subcommand, completes types and names: the
//! definition says where, not a list of commands here. Contexts and
//! namespaces complete where [`CONTEXT_ARGS`] and [`NAMESPACE_ARGS`] say.
//! The completers are attached here, on top of the definition, rather than
//! named in it: they connect to the cluster, and `cli` stays below
//! everything that does.

use std::ffi::OsStr;
use std::future::Future;
use std::path::PathBuf;
use std::sync::OnceLock;
use std::time::Duration;

use clap::{ArgMatches, CommandFactory, FromArgMatches};
use clap_complete::engine::{ArgValueCompleter, CompletionCandidate};
use kube::Api;
use kube::api::{DynamicObject, ListParams};

use crate::cli::{Cli, GlobalArgs};
use crate::resource::CachedDiscovery;

/// The variable that makes a run of tug a completion request; tug's own
/// name, unlike clap_complete's default `COMPLETE`, which other programs may set.
pub const REQUEST_VARIABLE: &str = "_TUG_COMPLETE";

/// How long completion waits for the cluster. A slow or unreachable cluster
/// completes nothing after this, and prints nothing on the prompt.
pub const CLUSTER_TIME_LIMIT: Duration = Duration::from_secs(2);

/// The most names offered for one type: more would not help anyone choose.
const MOST_NAMES: u32 = 500;

/// The value name of arguments that take `TYPE NAME…` or `TYPE/NAME…`.
const RESOURCE: &str = "RESOURCE";

/// The arguments that take a kubeconfig context: (subcommand path, argument
/// id); the global flags are at the root.
const CONTEXT_ARGS: [(&[&str], &str); 5] = [
    (&[], "context"),
    (&["config", "get-contexts"], "names"),
    (&["config", "use-context"], "name"),
    (&["config", "rename-context"], "old"),
    (&["config", "delete-context"], "name"),
];

/// The arguments that take a namespace of the cluster, as [`CONTEXT_ARGS`].
const NAMESPACE_ARGS: [(&[&str], &str); 2] = [(&[], "namespace"), (&["ns"], "name")];

/// The words typed before the one being completed, e.g. `tug get deploy`.
static TYPED: OnceLock<Vec<String>> = OnceLock::new();

/// The command-line definition with the completers attached; `main` hands
/// it to clap_complete when the shell asks for completions.
pub fn command() -> clap::Command {
    TYPED.get_or_init(typed_words);
    with_completers(Cli::command())
}

/// The definition with every completer of this module attached.
fn with_completers(command: clap::Command) -> clap::Command {
    let mut command = with_resource_completers(command);
    for (path, id) in CONTEXT_ARGS {
        command = with_completer(command, path, id, contexts);
    }
    for (path, id) in NAMESPACE_ARGS {
        command = with_completer(command, path, id, namespaces);
    }
    command
}

/// Attaches `completer` to the argument `id` of the subcommand at `path`.
fn with_completer(
    command: clap::Command,
    path: &[&str],
    id: &str,
    completer: fn(&OsStr) -> Vec<CompletionCandidate>,
) -> clap::Command {
    match path.split_first() {
        None => command.mut_arg(id, |arg| arg.add(ArgValueCompleter::new(completer))),
        Some((name, rest)) => {
            command.mut_subcommand(name, |sub| with_completer(sub, rest, id, completer))
        }
    }
}

/// The registration script that makes `shell` ask tug for completions (what
/// `_TUG_COMPLETE=SHELL tug` prints), calling tug as it was called now.
pub fn registration(shell: clap_complete::Shell) -> std::io::Result<Vec<u8>> {
    let name = shell.to_string();
    let shells = clap_complete::env::Shells::builtins();
    let completer = shells
        .completer(&name)
        .ok_or_else(|| std::io::Error::other(format!("no dynamic completion for {name}")))?;
    let mut script = Vec::new();
    let path = invoked_as().display().to_string();
    completer.write_registration(REQUEST_VARIABLE, "tug", "tug", &path, &mut script)?;
    Ok(script)
}

/// tug's path as the shell should call it back: as typed when found on
/// `$PATH`, absolute when typed with a directory.
fn invoked_as() -> PathBuf {
    let arg0 = PathBuf::from(std::env::args_os().next().unwrap_or_else(|| "tug".into()));
    if arg0.components().count() > 1 {
        std::env::current_dir().map_or(arg0.clone(), |dir| dir.join(&arg0))
    } else {
        arg0
    }
}

/// Whether `arg` takes `TYPE NAME…` or `TYPE/NAME…`.
fn takes_resources(arg: &clap::Arg) -> bool {
    arg.is_positional()
        && arg
            .get_value_names()
            .is_some_and(|names| names.iter().any(|n| n == RESOURCE))
}

fn with_resource_completers(command: clap::Command) -> clap::Command {
    let mut command = command.mut_args(|arg| {
        if takes_resources(&arg) {
            arg.add(ArgValueCompleter::new(resources))
        } else {
            arg
        }
    });
    let names: Vec<String> = command
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in names {
        command = command.mut_subcommand(name, with_resource_completers);
    }
    command
}

/// The shells pass every word and say which one is being completed
/// (`_CLAP_COMPLETE_INDEX`; fish passes the words up to it).
fn typed_words() -> Vec<String> {
    let args: Vec<String> = std::env::args_os()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let words = match args.iter().position(|a| a == "--") {
        Some(dash) => &args[dash + 1..],
        None => &args[..0],
    };
    let index = std::env::var("_CLAP_COMPLETE_INDEX")
        .ok()
        .and_then(|i| i.parse().ok())
        .unwrap_or(words.len().saturating_sub(1));
    words[..index.min(words.len())].to_vec()
}

/// What the typed words say: the global flags and the leaf subcommand's matches.
struct Typed {
    global: GlobalArgs,
    leaf: ArgMatches,
    leaf_command: clap::Command,
}

impl Typed {
    fn parse() -> Option<Typed> {
        let words = TYPED.get()?;
        let command = Cli::command().ignore_errors(true);
        let matches = command.clone().try_get_matches_from(words).ok()?;
        let global = GlobalArgs::from_arg_matches(&matches).ok()?;
        let (mut leaf, mut leaf_command) = (matches, command);
        while let Some((name, sub)) = leaf.subcommand() {
            let sub = sub.clone();
            leaf_command = leaf_command.find_subcommand(name)?.clone();
            leaf = sub;
        }
        Some(Typed {
            global,
            leaf,
            leaf_command,
        })
    }

    /// The values already given to the `RESOURCE` argument.
    fn resources(&self) -> Vec<String> {
        self.leaf_command
            .get_arguments()
            .filter(|a| takes_resources(a))
            .filter_map(|a| self.leaf.get_raw(a.get_id().as_str()))
            .flatten()
            .map(|v| v.to_string_lossy().into_owned())
            .collect()
    }
}

/// `TYPE NAME…` and `TYPE/NAME…`: types first, then names of the type typed.
fn resources(current: &OsStr) -> Vec<CompletionCandidate> {
    let current = current.to_string_lossy();
    let Some(typed) = Typed::parse() else {
        return Vec::new();
    };
    let given = typed.resources();
    if let Some((kind, _)) = current.split_once('/') {
        let names = within_limit(names_of(&typed.global, kind));
        return matching(&current, names.into_iter().map(|n| format!("{kind}/{n}")));
    }
    match given.first() {
        None => matching(&current, within_limit(type_names(&typed.global))),
        Some(kind) if !kind.contains(['/', ',']) => {
            matching(&current, within_limit(names_of(&typed.global, kind)))
        }
        Some(_) => Vec::new(),
    }
}

/// `-n` and `tug ns`: the cluster's namespaces.
fn namespaces(current: &OsStr) -> Vec<CompletionCandidate> {
    let Some(typed) = Typed::parse() else {
        return Vec::new();
    };
    let names = within_limit(async {
        let cluster = quiet_connect(&typed.global).await?;
        crate::actions::namespace::names(&cluster).await.ok()
    });
    matching(&current.to_string_lossy(), names)
}

/// `--context` and the context subcommands: the kubeconfig's contexts.
fn contexts(current: &OsStr) -> Vec<CompletionCandidate> {
    let names = Typed::parse()
        .and_then(|typed| crate::connect::load_kubeconfig(&typed.global).ok())
        .map(|loaded| loaded.config.contexts.into_iter().map(|c| c.name))
        .into_iter()
        .flatten();
    matching(&current.to_string_lossy(), names)
}

/// Resource types as users type them: the plural names of the preferred
/// versions, from the discovery cache.
async fn type_names(global: &GlobalArgs) -> Option<Vec<String>> {
    let cluster = quiet_connect(global).await?;
    let discovery = CachedDiscovery::load(cluster.client, &cluster.server)
        .await
        .ok()?;
    let mut names: Vec<String> = discovery
        .current()
        .resources
        .iter()
        .filter(|r| r.preferred)
        .map(|r| r.plural.clone())
        .collect();
    names.sort();
    names.dedup();
    Some(names)
}

/// The names of the objects of type `kind` in the namespace in use.
async fn names_of(global: &GlobalArgs, kind: &str) -> Option<Vec<String>> {
    let cluster = quiet_connect(global).await?;
    let discovery = CachedDiscovery::load(cluster.client.clone(), &cluster.server)
        .await
        .ok()?;
    let resource = discovery.current().by_name(kind)?;
    let api: Api<DynamicObject> = if resource.namespaced {
        Api::namespaced_with(cluster.client, &cluster.namespace, &resource.api_resource())
    } else {
        Api::all_with(cluster.client, &resource.api_resource())
    };
    let list = api
        .list_metadata(&ListParams::default().limit(MOST_NAMES))
        .await
        .ok()?;
    Some(
        list.items
            .into_iter()
            .filter_map(|o| o.metadata.name)
            .collect(),
    )
}

/// A connection bounded by the time limit, retries included, that prints nothing.
async fn quiet_connect(global: &GlobalArgs) -> Option<crate::connect::Cluster> {
    let mut global = global.clone();
    global.request_timeout = CLUSTER_TIME_LIMIT;
    global.verbosity = 0;
    crate::connect::connect_silently(&global).await.ok()
}

/// Runs `work` for at most [`CLUSTER_TIME_LIMIT`]; nothing when it fails or is late.
fn within_limit(work: impl Future<Output = Option<Vec<String>>>) -> Vec<String> {
    let Ok(runtime) = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    else {
        return Vec::new();
    };
    let result = runtime.block_on(async {
        tokio::time::timeout(CLUSTER_TIME_LIMIT, work)
            .await
            .ok()
            .flatten()
    });
    // A request still waiting on a silent server must not hold the prompt.
    runtime.shutdown_background();
    result.unwrap_or_default()
}

/// The candidates that start with what is typed so far.
fn matching(current: &str, names: impl IntoIterator<Item = String>) -> Vec<CompletionCandidate> {
    names
        .into_iter()
        .filter(|n| n.starts_with(current))
        .map(CompletionCandidate::new)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_argument_named_for_a_completer_exists() {
        // clap panics on an argument or subcommand that is not defined.
        with_completers(Cli::command()).build();
    }
}
