//! `tug ns`: the current context's namespace, switched with the cluster's
//! namespaces to pick from, as the `kubectl ns` plugin (kubens) does.

use std::io::Write;

use crate::actions::context::{self, Wanted};
use crate::actions::namespace;
use crate::cli::{GlobalArgs, NsArgs};
use crate::kubeconfig::Chain;
use crate::printers::escape_terminal;
use crate::term::Terminal;

pub async fn run(global: &GlobalArgs, args: &NsArgs, terminal: Terminal) -> anyhow::Result<u8> {
    let chain = Chain::of(global);
    let (context_name, current) = context::namespace_of(&chain, global.context.as_deref())?;
    let wanted = match Wanted::from_arg(args.name.as_deref()) {
        Wanted::Named(name) => name,
        Wanted::Previous => context::previous_namespace(&chain, &context_name)?,
        Wanted::Ask => {
            let cluster = crate::connect::connect(global).await?;
            let names = namespace::names(&cluster).await?;
            context::ask("namespace", &names, Some(&current), terminal)?
        }
    };
    crate::resource::names::check_namespace(&wanted).map_err(anyhow::Error::msg)?;
    if !args.force {
        check_exists(global, &wanted).await?;
    }
    context::switch_namespace(&chain, &context_name, &wanted)?;
    let mut out = crate::term::stdout();
    writeln!(
        out,
        "Context \"{}\" modified.\nActive namespace is \"{wanted}\".",
        escape_terminal(&context_name)
    )?;
    out.flush()?;
    Ok(0)
}

/// Refuses a namespace the cluster does not have, or that cannot be checked.
async fn check_exists(global: &GlobalArgs, name: &str) -> anyhow::Result<()> {
    let cluster = crate::connect::connect(global).await?;
    let found = namespace::exists(&cluster, name).await.map_err(|e| {
        anyhow::anyhow!(
            "cannot check that namespace \"{name}\" exists ({}); --force switches to it unchecked",
            crate::error::describe(&e).trim_start_matches("error: ")
        )
    })?;
    if !found {
        anyhow::bail!(
            "namespace \"{name}\" not found in context \"{}\"; --force switches to it anyway",
            escape_terminal(&cluster.context)
        );
    }
    Ok(())
}
