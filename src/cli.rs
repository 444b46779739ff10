//! The whole command-line definition. Doc comments here become `--help`,
//! the man pages under `man/` and the shell completions under `completions/`.

use std::path::PathBuf;
use std::time::Duration;

use crate::kubectl_flags::AcceptKubectlFlags;
use clap::{Arg, ArgAction, Args, Command as ClapCommand, Parser, Subcommand, ValueEnum};

/// A kubectl-style client for Kubernetes, built on server-side apply.
///
/// tug applies manifests with server-side apply, shows status as the tables
/// kubectl users know, and explains what happened when something goes wrong.
#[derive(Debug, Parser)]
#[command(
    name = "tug",
    version,
    propagate_version = true,
    max_term_width = 100,
    accept_kubectl_flags = crate::kubectl_flags::ACCEPTED,
    map_bool_flags = kubectl_bool
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,

    #[command(subcommand)]
    pub command: Command,
}

/// Flags every subcommand accepts, with kubectl's names and meaning.
#[derive(Debug, Clone, Args)]
pub struct GlobalArgs {
    /// Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)
    #[arg(long, global = true, value_name = "PATH")]
    pub kubeconfig: Option<PathBuf>,

    /// The name of the kubeconfig context to use
    #[arg(long, global = true, value_name = "NAME")]
    pub context: Option<String>,

    /// The namespace for this request (default: the context's namespace, else "default")
    #[arg(
        short = 'n',
        long,
        global = true,
        value_name = "NAMESPACE",
        value_parser = parse_namespace
    )]
    pub namespace: Option<String>,

    /// How long to wait for a single server request, e.g. 30s, 1m; 0 waits forever
    #[arg(long, global = true, value_name = "DURATION", value_parser = parse_duration, default_value = "0")]
    pub request_timeout: Duration,

    /// Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)
    #[arg(
        short = 'v',
        long = "verbose",
        visible_alias = "v",
        global = true,
        value_name = "LEVEL",
        default_value_t = 0
    )]
    pub verbosity: u8,

    /// When to colour output: auto colours only a terminal and honours NO_COLOR
    #[arg(long, global = true, value_enum, value_name = "WHEN", default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,

    #[command(flatten)]
    pub connection: ConnectionArgs,
}

/// kubectl's flags that override parts of the kubeconfig for one command.
#[derive(Debug, Clone, Default, Args)]
pub struct ConnectionArgs {
    /// The address of the API server, e.g. https://10.0.0.1:6443
    #[arg(short = 's', long, global = true, value_name = "URL")]
    pub server: Option<String>,

    /// A bearer token for authentication to the API server
    #[arg(long, global = true, value_name = "TOKEN")]
    pub token: Option<String>,

    /// The kubeconfig user to use
    #[arg(long, global = true, value_name = "NAME")]
    pub user: Option<String>,

    /// The kubeconfig cluster to use
    #[arg(long, global = true, value_name = "NAME")]
    pub cluster: Option<String>,

    /// The user to impersonate for the operation
    #[arg(long = "as", global = true, value_name = "USER")]
    pub impersonate: Option<String>,

    /// A group to impersonate for the operation (repeatable)
    #[arg(long = "as-group", global = true, value_name = "GROUP")]
    pub impersonate_groups: Vec<String>,

    /// A certificate file of the certificate authority that signed the API server's certificate
    #[arg(long, global = true, value_name = "PATH")]
    pub certificate_authority: Option<PathBuf>,

    /// Accept any certificate of the API server: makes the connection open to interception
    #[arg(long, global = true)]
    pub insecure_skip_tls_verify: bool,
}

/// When output may carry ANSI colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Apply manifests to the cluster with server-side apply
    Apply(ApplyArgs),
    /// Show resources as tables, or as YAML, JSON, names or JSONPath
    Get(GetArgs),
    /// Show what `apply` would change, as a unified diff per object
    Diff(DiffArgs),
    /// Show the details of objects and their events, as kubectl describes them
    ///
    /// Deployments, ReplicaSets, Pods, Services, Nodes, StatefulSets, DaemonSets,
    /// Jobs, ConfigMaps, Secrets and Namespaces have kubectl's layout; every other
    /// type, custom resources included, shows its fields as an indented tree.
    /// Secret values are never shown, only their sizes. A Deployment that has
    /// not rolled out gets a Diagnosis section: what `rollout status` says is
    /// holding it up.
    Describe(DescribeArgs),
    /// List events, oldest first by when they were last seen
    Events(EventsArgs),
    /// Delete resources named by manifests, by TYPE NAME or by label selector
    Delete(DeleteArgs),
    /// Follow, inspect and undo rollouts of deployments, statefulsets and daemonsets
    #[command(subcommand)]
    Rollout(RolloutCommand),
    /// Set the number of replicas of a deployment, replicaset or statefulset
    Scale(ScaleArgs),
    /// Print the logs of a container in a pod, or of the pods a workload or selector picks
    ///
    /// The logs are read through the API server from the kubelet of the pod's node. On a
    /// terminal, control characters in them are shown (^[ for ESC), not obeyed; a pipe or a
    /// file gets the log's own bytes.
    #[command(after_help = LOGS_EXAMPLES)]
    Logs(LogsArgs),
    /// Wait until objects meet a condition, match a JSONPath value, exist or are deleted
    ///
    /// Each object is waited for in turn, each --for in the order given; a line
    /// `TYPE/NAME condition met` is printed for each met. Exit 0 when all are met, 1 when
    /// the time runs out or an object cannot be read.
    #[command(after_help = WAIT_EXAMPLES)]
    Wait(WaitArgs),
    /// Show the kubeconfig in use, its contexts and the current one
    #[command(subcommand)]
    Config(ConfigCommand),
    /// Switch the namespace of the current context; - switches back to the previous one
    ///
    /// Named as the `kubectl ns` plugin (kubens) that kubectl users already type. Without
    /// NAME, a terminal shows a picker of the cluster's namespaces (type to filter). A
    /// namespace the cluster does not have is refused unless --force.
    Ns(NsArgs),
    /// List the resource types the server has, with their short names and verbs
    ApiResources(ApiResourcesArgs),
    /// Print the client version and, when reachable, the server version
    Version(VersionArgs),
    /// Print a shell completion script that completes types, names, namespaces and contexts
    ///
    /// The script calls tug back for each completion: resource types come from the discovery
    /// cache, names and namespaces from the cluster (within 2 seconds; a slow or unreachable
    /// cluster completes nothing), contexts from the kubeconfig. Install it with, for bash,
    /// `source <(tug completion bash)` in ~/.bashrc; zsh, `source <(tug completion zsh)` in
    /// ~/.zshrc; fish, `tug completion fish | source` in ~/.config/fish/config.fish.
    Completion(CompletionArgs),
}

/// Where manifests come from: `-f` files, directories or stdin.
#[derive(Debug, Clone, Args)]
pub struct FileArgs {
    /// A manifest file, a directory of .yaml/.yml/.json files, or - for stdin (repeatable)
    #[arg(short = 'f', long = "filename", value_name = "PATH")]
    pub filenames: Vec<PathBuf>,

    /// Descend into subdirectories of directories given with -f
    #[arg(short = 'R', long)]
    pub recursive: bool,
}

#[derive(Debug, Args)]
pub struct ApplyArgs {
    #[command(flatten)]
    pub files: FileArgs,

    /// The field manager recorded as the owner of the applied fields
    #[arg(long, default_value = "tug", value_name = "NAME")]
    pub field_manager: String,

    /// Take ownership of fields that other field managers own
    #[arg(long)]
    pub force_conflicts: bool,

    /// none sends the change; server asks the server what it would do; client only prints what would be sent
    #[arg(long, value_enum, default_value_t = DryRun::None, value_name = "MODE", num_args = 0..=1, require_equals = true, default_missing_value = "client")]
    pub dry_run: DryRun,

    /// How the server treats unknown or duplicate fields
    #[arg(long, value_enum, default_value_t = Validation::Strict, value_name = "MODE", num_args = 0..=1, require_equals = true, default_missing_value = "strict")]
    pub validate: Validation,

    /// Send every object, also those whose live object shows that applying changes nothing
    ///
    /// By default an object is not sent when the live object (read anyway to report
    /// created/configured/unchanged) proves that server-side apply would be a no-op: the
    /// field manager's Apply entry holds exactly the fields the manifest sets, at its
    /// apiVersion, and every value is already the live value. Any doubt sends it.
    #[arg(long)]
    pub always_send: bool,

    /// How many objects are applied at the same time
    #[arg(long, default_value_t = 32, value_name = "N", value_parser = clap::value_parser!(u16).range(1..=256))]
    pub concurrency: u16,

    /// Print the applied objects as returned by the server instead of one result line each
    #[arg(short = 'o', long, value_enum, value_name = "FORMAT")]
    pub output: Option<ObjectFormat>,

    /// Wait until every applied workload has rolled out
    #[arg(long)]
    pub wait: bool,

    /// How long --wait waits before giving up
    #[arg(long, value_parser = parse_duration, default_value = "5m", value_name = "DURATION")]
    pub timeout: Duration,

    /// Show the diff against the live objects first and ask before applying
    #[arg(long)]
    pub diff: bool,

    /// Answer yes to the confirmations that --diff and --prune ask on a terminal
    #[arg(short = 'y', long)]
    pub yes: bool,

    /// Apply every valid object and report each invalid one, then exit 1, as kubectl does
    ///
    /// By default nothing is applied while any object of the input is invalid: a document
    /// that does not parse, a duplicate key, no name, a type the server does not serve.
    /// With this flag the others are applied and each invalid one is reported with its
    /// file, line and document. Not with --prune, which would delete what is left out.
    #[arg(long, conflicts_with = "prune")]
    pub continue_on_error: bool,

    #[command(flatten)]
    pub prune: PruneArgs,
}

/// Pruning with an ApplySet (KEP-3659), with kubectl's flag names.
#[derive(Debug, Clone, Args)]
pub struct PruneArgs {
    /// Delete the members of the --applyset that this run does not apply
    ///
    /// Only objects labelled applyset.kubernetes.io/part-of with the set's id are ever
    /// deleted, and only after every object of the run has been applied.
    #[arg(long, requires = "applyset")]
    pub prune: bool,

    /// The ApplySet's parent: a Secret NAME, or RESOURCE[.GROUP]/NAME (a ConfigMap or a custom resource)
    ///
    /// The parent lives in the namespace of the command (-n, else the context's). It records the kinds
    /// and namespaces of the set, as KEP-3659 specifies, so that kubectl can prune the same set.
    #[arg(long, value_name = "[RESOURCE[.GROUP]/]NAME", requires = "prune")]
    pub applyset: Option<String>,

    /// Prune a set whose parent names another tool (e.g. kubectl), and make tug its tool
    #[arg(long, requires = "applyset")]
    pub applyset_takeover: bool,
}

/// What a dry run does. kubectl still takes the booleans of old versions
/// (any spelling Go reads), and `--dry-run` alone for client.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DryRun {
    #[value(aliases = ["false", "0", "f", "F", "FALSE", "False"])]
    None,
    Server,
    #[value(aliases = ["true", "1", "t", "T", "TRUE", "True", "unchanged"])]
    Client,
}

/// The server's field validation, as kubectl's `--validate`: true is strict,
/// false ignore (any spelling Go reads), `--validate` alone strict.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Validation {
    #[value(aliases = ["true", "1", "t", "T", "TRUE", "True"])]
    Strict,
    Warn,
    #[value(aliases = ["false", "0", "f", "F", "FALSE", "False"])]
    Ignore,
}

/// Whole-object output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ObjectFormat {
    Name,
    Yaml,
    Json,
}

#[derive(Debug, Args)]
pub struct GetArgs {
    /// TYPE[,TYPE...] [NAME...], or TYPE/NAME... (types as plural, singular, short name or kind)
    ///
    /// `applysets [NAME...]` lists the ApplySets whose parents are Secrets or ConfigMaps: each
    /// parent, the tool that manages it, its members per kind and the namespaces it spans.
    #[arg(value_name = "RESOURCE")]
    pub resources: Vec<String>,

    #[command(flatten)]
    pub files: FileArgs,

    /// wide, yaml, json, name, jsonpath=TEMPLATE or custom-columns=SPEC
    #[arg(short = 'o', long, value_name = "FORMAT")]
    pub output: Option<String>,

    /// Leave out the header row of tables
    #[arg(long)]
    pub no_headers: bool,

    /// Only objects whose labels match, e.g. app=web,tier!=db
    #[arg(short = 'l', long, value_name = "SELECTOR")]
    pub selector: Option<String>,

    /// Only objects whose fields match, e.g. status.phase=Running
    #[arg(long, value_name = "SELECTOR")]
    pub field_selector: Option<String>,

    /// List across all namespaces, with a NAMESPACE column
    #[arg(short = 'A', long)]
    pub all_namespaces: bool,

    /// Sort rows by the value at this JSONPath, e.g. .metadata.name
    #[arg(long, value_name = "JSONPATH")]
    pub sort_by: Option<String>,

    /// Add a LABELS column
    #[arg(long)]
    pub show_labels: bool,

    /// Add a column with the value of each of these labels (repeatable or comma-separated)
    #[arg(short = 'L', long, value_name = "LABEL", value_delimiter = ',')]
    pub label_columns: Vec<String>,

    /// Prefix names with their kind also when only one type is listed
    #[arg(long)]
    pub show_kind: bool,

    /// Say nothing about named objects that do not exist, and print nothing when nothing is found
    #[arg(long)]
    pub ignore_not_found: bool,

    /// After the table, print a row for every change until interrupted
    #[arg(short = 'w', long)]
    pub watch: bool,

    /// Print only the changes, not the initial table
    #[arg(long)]
    pub watch_only: bool,

    /// With --watch or --watch-only, show the type of each change: an EVENT
    /// column (ADDED, MODIFIED, DELETED), or objects wrapped as
    /// {"type": …, "object": …}
    #[arg(long)]
    pub output_watch_events: bool,

    /// Fetch lists in pages of this many objects; 0 fetches all at once
    #[arg(long, default_value_t = 500, value_name = "N")]
    pub chunk_size: u32,
}

#[derive(Debug, Args)]
pub struct DescribeArgs {
    /// TYPE [NAME...], or TYPE/NAME...; a lone TYPE NAME that matches no object describes those whose names start with NAME
    #[arg(value_name = "RESOURCE")]
    pub resources: Vec<String>,

    #[command(flatten)]
    pub files: FileArgs,

    /// Describe the objects whose labels match, e.g. app=web
    #[arg(short = 'l', long, value_name = "SELECTOR")]
    pub selector: Option<String>,

    /// Describe objects across all namespaces
    #[arg(short = 'A', long)]
    pub all_namespaces: bool,

    /// Show the events of each object (default: only when one object is described)
    #[arg(long)]
    pub show_events: Option<bool>,
}

#[derive(Debug, Args)]
pub struct EventsArgs {
    /// Only events about this object, as TYPE/NAME, e.g. deployment/web
    #[arg(long = "for", value_name = "TYPE/NAME")]
    pub for_object: Option<String>,

    /// Only events of these types: Normal, Warning (repeatable or comma-separated)
    #[arg(long, value_name = "TYPE", value_delimiter = ',', value_parser = parse_event_type)]
    pub types: Vec<String>,

    /// List events across all namespaces, with a NAMESPACE column
    #[arg(short = 'A', long)]
    pub all_namespaces: bool,

    /// After the list, print each new event until interrupted
    #[arg(short = 'w', long)]
    pub watch: bool,

    /// Leave out the header row
    #[arg(long)]
    pub no_headers: bool,
}

#[derive(Debug, Args)]
pub struct DiffArgs {
    #[command(flatten)]
    pub files: FileArgs,

    /// The field manager the dry-run apply uses
    #[arg(long, default_value = "tug", value_name = "NAME")]
    pub field_manager: String,

    /// Diff as if fields owned by other managers were taken over
    #[arg(long)]
    pub force_conflicts: bool,

    #[command(flatten)]
    pub prune: PruneArgs,
}

#[derive(Debug, Args)]
pub struct DeleteArgs {
    /// TYPE NAME..., TYPE/NAME..., or TYPE with -l or --all
    #[arg(value_name = "RESOURCE")]
    pub resources: Vec<String>,

    #[command(flatten)]
    pub files: FileArgs,

    /// Delete the objects whose labels match
    #[arg(short = 'l', long, value_name = "SELECTOR")]
    pub selector: Option<String>,

    /// Delete every object of the given types in the namespace
    #[arg(long)]
    pub all: bool,

    /// Delete the objects whose fields match, e.g. status.phase=Succeeded
    #[arg(long, value_name = "SELECTOR", conflicts_with = "all")]
    pub field_selector: Option<String>,

    /// With -l, --field-selector or --all: across all namespaces
    #[arg(short = 'A', long)]
    pub all_namespaces: bool,

    /// Seconds each object is given to end; -1 its own default, 0 (with --force) at once
    #[arg(long, default_value_t = -1, value_name = "SECONDS", allow_negative_numbers = true)]
    pub grace_period: i64,

    /// End the objects at once (grace period 1)
    #[arg(long, conflicts_with = "grace_period")]
    pub now: bool,

    /// Remove the objects from the API at once, without waiting for them to end (grace period 0)
    #[arg(long)]
    pub force: bool,

    /// name prints each deleted object as TYPE/NAME
    #[arg(short = 'o', long, value_enum, value_name = "FORMAT")]
    pub output: Option<NameFormat>,

    /// Delete every member of this ApplySet, then its parent ([RESOURCE[.GROUP]/]NAME as for apply)
    #[arg(long, value_name = "[RESOURCE[.GROUP]/]NAME", conflicts_with_all = ["all", "selector"])]
    pub applyset: Option<String>,

    /// Wait until the objects are gone
    #[arg(long, default_value_t = true)]
    pub wait: bool,

    /// How dependents are deleted
    #[arg(long, value_enum, default_value_t = Cascade::Background, value_name = "MODE")]
    pub cascade: Cascade,

    /// none deletes; server asks the server what would be deleted
    #[arg(long, value_enum, default_value_t = DryRun::None, value_name = "MODE", num_args = 0..=1, require_equals = true, default_missing_value = "client")]
    pub dry_run: DryRun,

    /// Treat objects that do not exist as deleted
    #[arg(long)]
    pub ignore_not_found: bool,

    /// Delete without asking, also on a terminal
    #[arg(short = 'y', long)]
    pub yes: bool,

    /// How long --wait waits
    #[arg(long, value_parser = parse_duration, default_value = "5m", value_name = "DURATION")]
    pub timeout: Duration,
}

/// kubectl's `--cascade` modes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Cascade {
    Background,
    Foreground,
    Orphan,
}

#[derive(Debug, Subcommand)]
pub enum RolloutCommand {
    /// Follow a rollout until it completes, and say why when it is stuck
    Status(RolloutStatusArgs),
    /// List the revisions of a workload with their change-cause
    History(RolloutHistoryArgs),
    /// Roll back to the previous revision, or to --to-revision
    Undo(RolloutUndoArgs),
    /// Restart every pod of a workload with a rolling update
    Restart(RolloutTarget),
    /// Pause a deployment's rollout
    Pause(RolloutTarget),
    /// Resume a paused deployment's rollout
    Resume(RolloutTarget),
}

/// The workloads a rollout subcommand acts on.
#[derive(Debug, Args)]
pub struct RolloutTarget {
    /// TYPE/NAME..., or TYPE NAME... (deployment, statefulset, daemonset)
    #[arg(value_name = "RESOURCE", required = true)]
    pub resources: Vec<String>,
}

#[derive(Debug, Args)]
pub struct RolloutStatusArgs {
    #[command(flatten)]
    pub target: RolloutTarget,

    /// Follow the rollout; false prints the status once (exit 0 done, 1 not done)
    #[arg(short = 'w', long, default_value_t = true)]
    pub watch: bool,

    /// Give up after this long; 0 waits forever
    #[arg(long, value_parser = parse_duration, default_value = "0", value_name = "DURATION")]
    pub timeout: Duration,
}

#[derive(Debug, Args)]
pub struct RolloutHistoryArgs {
    #[command(flatten)]
    pub target: RolloutTarget,

    /// Show the pod template of this revision
    #[arg(long, value_name = "N")]
    pub revision: Option<i64>,
}

#[derive(Debug, Args)]
pub struct RolloutUndoArgs {
    #[command(flatten)]
    pub target: RolloutTarget,

    /// The revision to roll back to; 0 is the previous one
    #[arg(long, default_value_t = 0, value_name = "N")]
    pub to_revision: i64,
}

#[derive(Debug, Args)]
pub struct ScaleArgs {
    /// TYPE NAME... or TYPE/NAME...
    #[arg(value_name = "RESOURCE")]
    pub resources: Vec<String>,

    #[command(flatten)]
    pub files: FileArgs,

    /// The new number of replicas
    #[arg(long, value_name = "N")]
    pub replicas: i32,

    /// Only scale if the current number of replicas is this
    #[arg(long, value_name = "N", allow_negative_numbers = true)]
    pub current_replicas: Option<i32>,
}

const LOGS_EXAMPLES: &str = "\
Examples:
  tug logs web                      the logs of pod web (its only or default container)
  tug logs -f deploy/web -c app     follow container app of a pod of deployment web
  tug logs -l app=web --since 10m   the last 10 minutes of every pod labelled app=web
  tug logs web --all-containers -p  the previous instance of every container of pod web";

#[derive(Debug, Args)]
pub struct LogsArgs {
    /// A pod, or TYPE/NAME for a pod of a deployment, replicaset, statefulset, daemonset, job,
    /// service or replicationcontroller
    ///
    /// For TYPE/NAME, one of the pods its selector matches is picked as kubectl picks it:
    /// scheduled, running and ready first, then ready for longest, then most restarted,
    /// then oldest.
    #[arg(value_name = "POD|TYPE/NAME")]
    pub resource: Option<String>,

    /// The container whose logs to print, as -c names it
    #[arg(value_name = "CONTAINER")]
    pub inline_container: Option<String>,

    /// The container whose logs to print (default: the pod's default-container
    /// annotation, else its first container)
    #[arg(short = 'c', long, value_name = "NAME")]
    pub container: Option<String>,

    /// Keep printing the log as it grows, until every stream ends or Ctrl-C
    #[arg(short = 'f', long)]
    pub follow: bool,

    /// Print only this many of the most recent lines; -1 prints all (default: all, 10 with -l)
    #[arg(long, value_name = "N", allow_negative_numbers = true)]
    pub tail: Option<i64>,

    /// Only lines newer than this, e.g. 30s, 5m, 1h
    #[arg(long, value_name = "DURATION", value_parser = parse_duration, conflicts_with = "since_time")]
    pub since: Option<Duration>,

    /// Only lines written at or after this time (RFC 3339, e.g. 2026-11-28T15:00:00Z)
    #[arg(long, value_name = "TIME", value_parser = parse_time)]
    pub since_time: Option<k8s_openapi::jiff::Timestamp>,

    /// Begin each line with the time it was written (RFC 3339)
    #[arg(long)]
    pub timestamps: bool,

    /// The logs of the previous instance of the container, e.g. before it crashed
    #[arg(short = 'p', long)]
    pub previous: bool,

    /// Every container of the pod(s): init containers, containers, ephemeral containers
    #[arg(long)]
    pub all_containers: bool,

    /// The pods whose labels match, e.g. app=web; each line is prefixed with its source
    #[arg(short = 'l', long, value_name = "SELECTOR")]
    pub selector: Option<String>,

    /// Begin each line with its source, [pod/NAME/CONTAINER] (default: true with -l)
    #[arg(long)]
    pub prefix: Option<bool>,

    /// Stop each log after this many bytes
    #[arg(long, value_name = "N")]
    pub limit_bytes: Option<i64>,

    /// How many logs -f follows at once at most
    #[arg(long, default_value_t = 5, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    pub max_log_requests: u16,

    /// How long to wait for a pod to exist and for its container to start
    #[arg(long, value_parser = parse_duration, default_value = "20s", value_name = "DURATION")]
    pub pod_running_timeout: Duration,
}

const WAIT_EXAMPLES: &str = "\
Examples:
  tug wait --for=condition=Available deploy/web
  tug wait --for=condition=Ready=false pod/web --timeout=1m
  tug wait --for=jsonpath='{.status.phase}'=Running pod -l app=web
  tug wait --for=delete -f web.yaml";

#[derive(Debug, Args)]
pub struct WaitArgs {
    /// TYPE NAME..., TYPE/NAME..., or TYPE with -l or --all
    #[arg(value_name = "RESOURCE")]
    pub resources: Vec<String>,

    #[command(flatten)]
    pub files: FileArgs,

    /// What to wait for (repeatable, all must hold): condition=NAME[=VALUE] (VALUE defaults
    /// to true, compared ignoring case), jsonpath=EXPR[=VALUE] (without VALUE, any value), create
    /// or delete
    #[arg(long = "for", value_name = "CONDITION", required = true)]
    pub conditions: Vec<String>,

    /// Wait for the objects whose labels match, e.g. app=web (those that exist now)
    #[arg(short = 'l', long, value_name = "SELECTOR")]
    pub selector: Option<String>,

    /// Wait for every object of the given types in the namespace (those that exist now)
    #[arg(long)]
    pub all: bool,

    /// How long to wait for all of them; 0 checks once, a negative duration waits a week
    #[arg(long, value_parser = parse_wait_timeout, default_value = "30s", value_name = "DURATION", allow_hyphen_values = true)]
    pub timeout: Duration,
}

#[derive(Debug, Subcommand)]
pub enum ConfigCommand {
    /// Print the merged kubeconfig with credentials redacted
    View(ConfigViewArgs),
    /// Print the name of the current context
    CurrentContext,
    /// List the contexts (or the ones named), marking the current one
    GetContexts(GetContextsArgs),
    /// Switch the current context; - switches back to the previous one
    ///
    /// Without NAME, a terminal shows a picker of the contexts (type to filter). The
    /// current context is written to the kubeconfig file kubectl writes it to.
    UseContext(UseContextArgs),
    /// Set the namespace, cluster or user of a context, creating it if needed
    ///
    /// Takes the global flags --namespace, --cluster and --user as the values to set,
    /// as `kubectl config set-context` does.
    SetContext(SetContextArgs),
    /// Rename a context in the kubeconfig file that defines it
    RenameContext(RenameContextArgs),
    /// Delete a context from the kubeconfig file that defines it
    DeleteContext(DeleteContextArgs),
}

#[derive(Debug, Args)]
pub struct GetContextsArgs {
    /// Only these contexts
    #[arg(value_name = "NAME")]
    pub names: Vec<String>,

    /// name prints only the names
    #[arg(short = 'o', long, value_enum, value_name = "FORMAT")]
    pub output: Option<NameFormat>,

    /// Leave out the header row
    #[arg(long)]
    pub no_headers: bool,
}

/// The one format of lists that have only a table otherwise.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum NameFormat {
    Name,
}

#[derive(Debug, Args)]
pub struct UseContextArgs {
    /// The context to use, or - for the previous one
    #[arg(value_name = "NAME")]
    pub name: Option<String>,
}

#[derive(Debug, Args)]
pub struct SetContextArgs {
    /// The context to change or create
    #[arg(
        value_name = "NAME",
        required_unless_present = "current",
        conflicts_with = "current"
    )]
    pub name: Option<String>,

    /// Change the current context
    #[arg(long)]
    pub current: bool,
}

#[derive(Debug, Args)]
pub struct RenameContextArgs {
    /// The context's name now
    #[arg(value_name = "OLD")]
    pub old: String,

    /// Its new name
    #[arg(value_name = "NEW")]
    pub new: String,
}

#[derive(Debug, Args)]
pub struct DeleteContextArgs {
    /// The context to delete
    #[arg(value_name = "NAME")]
    pub name: String,
}

#[derive(Debug, Args)]
pub struct NsArgs {
    /// The namespace to switch to, or - for the previous one
    #[arg(value_name = "NAME")]
    pub name: Option<String>,

    /// Switch also to a namespace the cluster does not have (or that cannot be checked)
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct ConfigViewArgs {
    /// Show credentials and certificate data as they are, instead of redacted
    #[arg(long)]
    pub raw: bool,
}

#[derive(Debug, Args)]
pub struct ApiResourcesArgs {
    /// Only namespaced types (true), or only cluster-scoped ones (false)
    #[arg(long)]
    pub namespaced: Option<bool>,

    /// Only the types of this API group; "" is the core group
    #[arg(long, value_name = "GROUP")]
    pub api_group: Option<String>,

    /// Only the types that support all these verbs, e.g. list,watch
    #[arg(long, value_name = "VERB", value_delimiter = ',')]
    pub verbs: Vec<String>,

    /// wide adds VERBS and CATEGORIES; name prints one TYPE.GROUP per line
    #[arg(short = 'o', long, value_enum, value_name = "FORMAT")]
    pub output: Option<ApiResourcesFormat>,

    /// Sort by name or kind instead of by API group
    #[arg(long, value_enum, value_name = "FIELD")]
    pub sort_by: Option<ApiResourcesSort>,

    /// Leave out the header row
    #[arg(long)]
    pub no_headers: bool,

    /// Use the discovery cache even when the server could be asked
    #[arg(long)]
    pub cached: bool,
}

/// Formats of `tug api-resources`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ApiResourcesFormat {
    Wide,
    Name,
}

/// Sort orders of `tug api-resources`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ApiResourcesSort {
    Name,
    Kind,
}

#[derive(Debug, Args)]
pub struct VersionArgs {
    /// Print only the client version, without contacting the server
    #[arg(long)]
    pub client: bool,

    /// Print the versions as yaml or json
    #[arg(short = 'o', long, value_enum, value_name = "FORMAT")]
    pub output: Option<VersionFormat>,
}

/// Formats of `tug version`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum VersionFormat {
    Yaml,
    Json,
}

#[derive(Debug, Args)]
pub struct CompletionArgs {
    /// The shell to print the completion script for
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,

    /// Print the self-contained script of completions/, which completes
    /// subcommands and flags without calling tug (no types, names or namespaces)
    #[arg(long = "static")]
    pub static_script: bool,
}

/// Rewrites every boolean flag of a command tree; see [`kubectl_bool`].
///
/// Applied once to the whole tree (by `Cli`'s `map_bool_flags`), so that
/// every boolean flag, those added later included, reads as kubectl's do.
trait MapBoolFlags {
    fn map_bool_flags(self, map: fn(Arg) -> Arg) -> Self;
}

impl MapBoolFlags for ClapCommand {
    fn map_bool_flags(self, map: fn(Arg) -> Arg) -> Self {
        self.mut_args(|arg| if is_bool_flag(&arg) { map(arg) } else { arg })
            .mut_subcommands(|sub| sub.map_bool_flags(map))
    }
}

/// A flag (not a positional argument) whose value is a `bool`.
fn is_bool_flag(arg: &Arg) -> bool {
    !arg.is_positional() && arg.get_value_parser().type_id() == std::any::TypeId::of::<bool>()
}

/// A boolean flag as kubectl (Go's pflag) reads it: `--flag` alone is true,
/// `--flag=VALUE` takes any spelling of [`parse_bool`], `-f=false` too. A
/// value is only ever joined with `=`, so in `--flag NAME` NAME stays an
/// argument of its own.
fn kubectl_bool(arg: Arg) -> Arg {
    // A plain `bool` field is a SetTrue flag, false unless given (its
    // default is only filled in when the command is built).
    let off_unless_given =
        matches!(arg.get_action(), ArgAction::SetTrue) && arg.get_default_values().is_empty();
    let arg = arg
        .action(ArgAction::Set)
        .num_args(0..=1)
        .require_equals(true)
        .default_missing_value("true")
        .value_parser(parse_bool)
        .value_name("BOOL");
    if off_unless_given {
        arg.default_value("false").hide_default_value(true)
    } else {
        arg
    }
}

/// A boolean as Go's strconv.ParseBool reads it, which kubectl's flags use.
pub fn parse_bool(text: &str) -> Result<bool, String> {
    match text {
        "1" | "t" | "T" | "true" | "TRUE" | "True" => Ok(true),
        "0" | "f" | "F" | "false" | "FALSE" | "False" => Ok(false),
        _ => Err(format!(
            "\"{text}\" is not a boolean; expected true or false"
        )),
    }
}

/// The longest duration kubectl accepts: Go's, `2562047h47m16.854775807s`.
const LONGEST_DURATION: Duration = Duration::new(i64::MAX as u64 / 1_000_000_000, 854_775_807);
const LONGEST_DURATION_TEXT: &str = "2562047h47m16.854775807s";

/// Parses a duration as kubectl does: `0`, or numbers with units such as
/// `90s`, `5m`, `1h30m`, up to Go's longest (about 292 years), so that no
/// deadline computed from it can overflow.
pub fn parse_duration(text: &str) -> Result<Duration, String> {
    if text.trim() == "0" {
        return Ok(Duration::ZERO);
    }
    let duration = humantime::parse_duration(text)
        .map_err(|e| format!("{e}; expected a duration such as 30s, 5m or 1h30m"))?;
    if duration > LONGEST_DURATION {
        return Err(format!(
            "{text} is longer than the longest duration, {LONGEST_DURATION_TEXT}"
        ));
    }
    Ok(duration)
}

/// `--types`: the API server accepts only these two event types.
fn parse_event_type(text: &str) -> Result<String, String> {
    ["Normal", "Warning"]
        .into_iter()
        .find(|t| t.eq_ignore_ascii_case(text))
        .map(String::from)
        .ok_or_else(|| format!("\"{text}\" is not an event type; the types are Normal and Warning"))
}

/// kubectl's `wait --timeout`: a negative duration waits a week.
fn parse_wait_timeout(text: &str) -> Result<Duration, String> {
    match text.strip_prefix('-') {
        Some(positive) => parse_duration(positive).map(|_| Duration::from_secs(7 * 24 * 3600)),
        None => parse_duration(text),
    }
}

/// An RFC 3339 time such as `2026-11-28T15:00:00Z` or `…+01:00`.
fn parse_time(text: &str) -> Result<k8s_openapi::jiff::Timestamp, String> {
    text.parse()
        .map_err(|_| "expected an RFC 3339 time such as 2026-11-28T15:00:00Z".to_string())
}

/// `-n`: checked before anything is read or sent, since it becomes part of URLs.
fn parse_namespace(text: &str) -> Result<String, String> {
    crate::resource::names::check_namespace(text).map(|()| text.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_command_line_definition_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn durations_read_like_kubectls() {
        assert_eq!(parse_duration("0"), Ok(Duration::ZERO));
        assert_eq!(parse_duration("90s"), Ok(Duration::from_secs(90)));
        assert_eq!(parse_duration("1h30m"), Ok(Duration::from_secs(5400)));
        assert!(parse_duration("soon").is_err());
    }

    #[test]
    fn durations_are_bounded_as_gos_are() {
        assert_eq!(
            parse_duration("2562047h"),
            Ok(Duration::from_secs(2562047 * 3600))
        );
        let error = parse_duration("18446744073709551615s").unwrap_err();
        assert!(
            error.contains("longer than the longest duration"),
            "{error}"
        );
        assert!(parse_duration("99999999999999999999999s").is_err());
        assert!(parse_duration("-5s").is_err());
    }
}
