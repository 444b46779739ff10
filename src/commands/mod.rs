//! One file per subcommand; each is thin and calls into the library modules.

mod apply;
mod completion;
mod config;
mod version;

use crate::cli::{Cli, Command, FileArgs, GlobalArgs};
use crate::client::Cluster;
use crate::error::Problems;
use crate::resource::{CachedDiscovery, NamespaceDefault, ResolvedManifest};
use crate::term::Terminal;

/// Runs one parsed command line; `Ok` carries the exit code.
pub async fn run(cli: Cli) -> anyhow::Result<u8> {
    let global = cli.global;
    let terminal = Terminal::detect(global.color);
    match cli.command {
        Command::Version(args) => version::run(&global, &args).await,
        Command::Completion(args) => completion::run(&args),
        Command::Config(command) => config::run(&global, &command),
        Command::Apply(args) => apply::run(&global, &args, terminal).await,
        Command::Get(_) => not_implemented("get"),
        Command::Diff(_) => not_implemented("diff"),
        Command::Delete(_) => not_implemented("delete"),
        Command::Rollout(_) => not_implemented("rollout"),
        Command::Scale(_) => not_implemented("scale"),
    }
}

fn not_implemented(name: &str) -> anyhow::Result<u8> {
    anyhow::bail!("`tug {name}` is not implemented yet")
}

/// Manifests named by `-f`, read, checked and resolved against the cluster.
struct ResolvedFiles {
    cluster: Cluster,
    manifests: Vec<ResolvedManifest>,
}

/// Reads and checks every manifest before anything is sent, then resolves
/// each through discovery (refreshed once if a kind is unknown).
async fn resolve_files(global: &GlobalArgs, files: &FileArgs) -> anyhow::Result<ResolvedFiles> {
    let manifests = crate::manifest::read(&files.filenames, files.recursive)
        .map_err(|errors| Problems(errors.0.iter().map(ToString::to_string).collect()))?;
    let cluster = crate::client::connect(global).await?;
    let mut discovery = CachedDiscovery::load(cluster.client.clone(), &cluster.server)
        .await
        .map_err(|e| cluster.unreachable(e))?;
    discovery
        .ensure(|d| crate::resource::kinds_known(d, &manifests))
        .await
        .map_err(|e| cluster.unreachable(e))?;
    let namespaces = NamespaceDefault {
        namespace: cluster.namespace.clone(),
        explicit: cluster.namespace_is_explicit,
    };
    let manifests = crate::resource::resolve_manifests(discovery.current(), manifests, &namespaces)
        .map_err(Problems)?;
    Ok(ResolvedFiles { cluster, manifests })
}
