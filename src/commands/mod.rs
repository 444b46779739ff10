//! One file per subcommand; each is thin and calls into the library modules.

mod completion;
mod config;
mod version;

use crate::cli::{Cli, Command};

/// Runs one parsed command line; `Ok` carries the exit code.
pub async fn run(cli: Cli) -> anyhow::Result<u8> {
    let global = cli.global;
    match cli.command {
        Command::Version(args) => version::run(&global, &args).await,
        Command::Completion(args) => completion::run(&args),
        Command::Config(command) => config::run(&global, &command),
        Command::Apply(_) => not_implemented("apply"),
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
