//! One file per subcommand; each is thin and calls into the library modules.

mod api_resources;
mod apply;
mod applyset;
mod completion;
mod config;
mod delete;
mod describe;
mod diff;
mod events;
mod get;
mod logs;
mod ns;
mod rollout;
mod scale;
mod version;
mod wait;

use crate::cli::{Cli, Command, FileArgs, GlobalArgs};
use crate::connect::Cluster;
use crate::error::{AlreadyReported, Problems};
use crate::interrupt::Interrupt;
use crate::manifest::Manifest;
use crate::resource::Target;
use crate::resource::args::{ObjectChoice, Selection};
use crate::resource::{CachedDiscovery, NamespaceDefault, ResolvedManifest};
use crate::term::Terminal;

/// Runs one parsed command line; `Ok` carries the exit code. Ctrl-C ends
/// any command with 130, once the writes that hold it have said what they
/// did (see [`Interrupt`]).
pub async fn run(cli: Cli) -> anyhow::Result<u8> {
    let interrupt = Interrupt::listen();
    tokio::select! {
        result = run_command(cli, &interrupt) => result,
        () = interrupt.ends_command() => Err(AlreadyReported { code: crate::interrupt::EXIT_CODE }.into()),
    }
}

async fn run_command(cli: Cli, interrupt: &Interrupt) -> anyhow::Result<u8> {
    let global = cli.global;
    let terminal = Terminal::detect(global.color);
    match cli.command {
        Command::ApiResources(args) => api_resources::run(&global, &args).await,
        Command::Version(args) => version::run(&global, &args).await,
        Command::Completion(args) => completion::run(&args),
        Command::Config(command) => config::run(&global, &command, terminal),
        Command::Ns(args) => ns::run(&global, &args, terminal).await,
        Command::Apply(args) => apply::run(&global, &args, terminal, interrupt).await,
        Command::Get(args) => get::run(&global, &args).await,
        Command::Diff(args) => diff::run(&global, &args, terminal).await,
        Command::Describe(args) => describe::run(&global, &args).await,
        Command::Events(args) => events::run(&global, &args).await,
        Command::Delete(args) => delete::run(&global, &args, terminal, interrupt).await,
        Command::Rollout(command) => rollout::run(&global, &command, terminal, interrupt).await,
        Command::Scale(args) => scale::run(&global, &args, interrupt).await,
        Command::Logs(args) => logs::run(&global, &args, terminal).await,
        Command::Wait(args) => wait::run(&global, &args).await,
    }
}

/// A connected cluster and what it serves.
struct Session {
    cluster: Cluster,
    discovery: CachedDiscovery,
}

impl Session {
    async fn start(global: &GlobalArgs) -> anyhow::Result<Session> {
        let cluster = crate::connect::connect(global).await?;
        let discovery = CachedDiscovery::load(cluster.client.clone(), &cluster.server)
            .await
            .map_err(|e| cluster.unreachable(e))?;
        Ok(Session { cluster, discovery })
    }

    /// `TYPE[,TYPE] [NAME…]` or `TYPE/NAME…` as selections; `all_namespaces`
    /// drops the namespace of namespaced types.
    async fn select(
        &mut self,
        args: &[String],
        all_namespaces: bool,
    ) -> anyhow::Result<Vec<Selection>> {
        let parsed = crate::resource::args::parse(args).map_err(|e| anyhow::anyhow!(e))?;
        self.discovery
            .ensure(|d| crate::resource::args::types_known(d, &parsed))
            .await
            .map_err(|e| self.cluster.unreachable(e))?;
        let namespace = (!all_namespaces).then_some(self.cluster.namespace.as_str());
        crate::resource::args::resolve(self.discovery.current(), &parsed, namespace)
            .map_err(|e| self.unknown_type(anyhow::anyhow!(e)))
    }

    /// A type was not found: it may belong to a group the server could not
    /// list, which kubectl's warnings name first.
    fn unknown_type(&self, error: anyhow::Error) -> anyhow::Error {
        for warning in self.discovery.current().unavailable_warnings() {
            eprintln!("{warning}");
        }
        error
    }

    /// Manifests (see [`read_manifests`]) resolved through discovery,
    /// refreshed once if a kind is unknown.
    async fn resolve(&mut self, manifests: Vec<Manifest>) -> anyhow::Result<Vec<ResolvedManifest>> {
        let (resolved, problems) = self.resolve_each(manifests).await?;
        if problems.is_empty() {
            Ok(resolved)
        } else {
            Err(self.unknown_type(Problems(problems).into()))
        }
    }

    /// The manifests that resolve, and a line for each that does not.
    async fn resolve_each(
        &mut self,
        manifests: Vec<Manifest>,
    ) -> anyhow::Result<(Vec<ResolvedManifest>, Vec<String>)> {
        self.discovery
            .ensure(|d| crate::resource::kinds_known(d, &manifests))
            .await
            .map_err(|e| self.cluster.unreachable(e))?;
        let namespaces = NamespaceDefault {
            namespace: self.cluster.namespace.clone(),
            explicit: self.cluster.namespace_is_explicit,
        };
        Ok(crate::resource::resolve_manifests(
            self.discovery.current(),
            manifests,
            &namespaces,
        ))
    }
}

/// The objects a command acts on, as `delete` and `wait` take them: `-f`,
/// `TYPE NAME…`, `TYPE/NAME…`, or `TYPE` with `-l` or `--all`.
struct ObjectArgs<'a> {
    /// The subcommand, for the pointer to its help.
    command: &'static str,
    files: &'a FileArgs,
    resources: &'a [String],
    selector: Option<&'a str>,
    field_selector: Option<&'a str>,
    all: bool,
    /// `-A`: the objects `-l`, `--field-selector` or `--all` list in every namespace.
    all_namespaces: bool,
}

impl ObjectArgs<'_> {
    /// Refuses combinations kubectl refuses, before any request.
    fn validate(&self) -> anyhow::Result<()> {
        ObjectChoice {
            command: self.command,
            files_given: !self.files.filenames.is_empty(),
            resources: self.resources,
            selects: true,
            selector: self.selector.is_some() || self.field_selector.is_some(),
            all: self.all,
        }
        .check()
        .map_err(|e| anyhow::anyhow!(e))
    }
}

impl Session {
    /// The objects `args` name: those of `manifests` (read from `-f`), the
    /// named ones, or those `-l`/`--all` list now.
    async fn objects(
        &mut self,
        args: &ObjectArgs<'_>,
        manifests: Vec<Manifest>,
    ) -> anyhow::Result<Vec<Target>> {
        if !args.files.filenames.is_empty() {
            let manifests = self.resolve(manifests).await?;
            return Ok(manifests.into_iter().map(|m| m.target).collect());
        }
        let selections = self.select(args.resources, args.all_namespaces).await?;
        let mut targets = Vec::new();
        for selection in &selections {
            if args.all || args.selector.is_some() || args.field_selector.is_some() {
                let client = &self.cluster.client;
                let (labels, fields) = (args.selector, args.field_selector);
                targets.extend(
                    crate::actions::delete::list_matching(client, selection, labels, fields)
                        .await?,
                );
            } else {
                targets.extend(selection.targets());
            }
        }
        Ok(targets)
    }
}

/// Every manifest of `-f` (none without `-f`), or every problem in them: read
/// once (stdin cannot be read twice) and before any connection is made.
/// Files that hold no manifest are refused, as kubectl's apply refuses them.
fn read_manifests(files: &FileArgs) -> anyhow::Result<Vec<Manifest>> {
    let manifests = read_manifests_or_none(files)?;
    if manifests.is_empty() && !files.filenames.is_empty() {
        anyhow::bail!("no objects passed: the files given with -f hold no manifests");
    }
    Ok(manifests)
}

/// As [`read_manifests`], but files without a manifest (an empty render in a
/// pipeline) are an empty set, as kubectl's get, delete and diff take them.
fn read_manifests_or_none(files: &FileArgs) -> anyhow::Result<Vec<Manifest>> {
    if files.filenames.is_empty() {
        return Ok(Vec::new());
    }
    crate::manifest::read(&files.filenames, files.recursive)
        .map_err(|errors| Problems(errors.0.iter().map(ToString::to_string).collect()).into())
}
