//! `tug config`: the kubeconfig as tug sees it, with credentials redacted
//! unless `--raw` asks for them.

use std::io::Write;

use crate::cli::{ConfigCommand, GlobalArgs};
use crate::client::load_kubeconfig;

pub fn run(global: &GlobalArgs, command: &ConfigCommand) -> anyhow::Result<u8> {
    let mut kubeconfig = load_kubeconfig(global)?.config;
    let current = global
        .context
        .clone()
        .or(kubeconfig.current_context.clone());
    let mut out = crate::term::stdout();
    match command {
        ConfigCommand::CurrentContext => match current {
            Some(name) => writeln!(out, "{name}")?,
            None => anyhow::bail!("current-context is not set"),
        },
        ConfigCommand::GetContexts => {
            let rows = kubeconfig.contexts.iter().map(|named| {
                let context = named.context.clone().unwrap_or_default();
                vec![
                    if current.as_deref() == Some(named.name.as_str()) {
                        "*"
                    } else {
                        ""
                    }
                    .to_string(),
                    named.name.clone(),
                    context.cluster,
                    context.user.unwrap_or_default(),
                    context.namespace.unwrap_or_default(),
                ]
            });
            let header = ["CURRENT", "NAME", "CLUSTER", "AUTHINFO", "NAMESPACE"];
            crate::printers::table::write_plain(&mut out, &header, rows)?;
        }
        ConfigCommand::View(args) => {
            if !args.raw {
                crate::redact::kubeconfig(&mut kubeconfig);
            }
            out.write_all(serde_saphyr::to_string(&kubeconfig)?.as_bytes())?;
        }
    }
    out.flush()?;
    Ok(0)
}
