//! One file per subcommand; each is thin and calls into the library modules.

mod apply;
mod completion;
mod config;
mod delete;
mod diff;
mod get;
mod logs;
mod rollout;
mod scale;
mod version;

use crate::cli::{Cli, Command, FileArgs, GlobalArgs};
use crate::client::Cluster;
use crate::error::{AlreadyReported, Problems};
use crate::interrupt::Interrupt;
use crate::manifest::Manifest;
use crate::resource::args::Selection;
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
        Command::Version(args) => version::run(&global, &args).await,
        Command::Completion(args) => completion::run(&args),
        Command::Config(command) => config::run(&global, &command),
        Command::Apply(args) => apply::run(&global, &args, terminal, interrupt).await,
        Command::Get(args) => get::run(&global, &args).await,
        Command::Diff(args) => diff::run(&global, &args, terminal).await,
        Command::Delete(args) => delete::run(&global, &args, terminal, interrupt).await,
        Command::Rollout(command) => rollout::run(&global, &command, terminal, interrupt).await,
        Command::Scale(args) => scale::run(&global, &args, interrupt).await,
        Command::Logs(args) => logs::run(&global, &args, terminal).await,
    }
}

/// A connected cluster and what it serves.
struct Session {
    cluster: Cluster,
    discovery: CachedDiscovery,
}

impl Session {
    async fn start(global: &GlobalArgs) -> anyhow::Result<Session> {
        let cluster = crate::client::connect(global).await?;
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
        self.discovery
            .ensure(|d| crate::resource::kinds_known(d, &manifests))
            .await
            .map_err(|e| self.cluster.unreachable(e))?;
        let namespaces = NamespaceDefault {
            namespace: self.cluster.namespace.clone(),
            explicit: self.cluster.namespace_is_explicit,
        };
        crate::resource::resolve_manifests(self.discovery.current(), manifests, &namespaces)
            .map_err(|problems| self.unknown_type(Problems(problems).into()))
    }
}

/// Every manifest of `-f` (none without `-f`), or every problem in them: read
/// once (stdin cannot be read twice) and before any connection is made.
fn read_manifests(files: &FileArgs) -> anyhow::Result<Vec<Manifest>> {
    if files.filenames.is_empty() {
        return Ok(Vec::new());
    }
    let manifests = crate::manifest::read(&files.filenames, files.recursive)
        .map_err(|errors| Problems(errors.0.iter().map(ToString::to_string).collect()))?;
    if manifests.is_empty() {
        anyhow::bail!("no objects passed: the files given with -f hold no manifests");
    }
    Ok(manifests)
}
