//! `tug config`: the kubeconfig as tug sees it, with credentials redacted
//! unless `--raw` asks for them, and its contexts switched and edited.

use std::io::Write;

use crate::actions::context::{self, ContextFields, Wanted};
use crate::cli::{
    ConfigCommand, GetContextsArgs, GlobalArgs, NameFormat, SetContextArgs, UseContextArgs,
};
use crate::connect::load_kubeconfig;
use crate::kubeconfig::Chain;
use crate::printers::escape_terminal;
use crate::term::Terminal;

pub fn run(global: &GlobalArgs, command: &ConfigCommand, terminal: Terminal) -> anyhow::Result<u8> {
    let chain = Chain::of(global);
    let line = match command {
        ConfigCommand::View(args) => return view(global, args.raw),
        ConfigCommand::CurrentContext => return current_context(global),
        ConfigCommand::GetContexts(args) => return get_contexts(global, args),
        ConfigCommand::UseContext(args) => use_context(global, &chain, args, terminal)?,
        ConfigCommand::SetContext(args) => set_context(global, &chain, args)?,
        ConfigCommand::RenameContext(args) => {
            context::rename_context(&chain, &args.old, &args.new)?;
            format!(
                "Context \"{}\" renamed to \"{}\".",
                escape_terminal(&args.old),
                escape_terminal(&args.new)
            )
        }
        ConfigCommand::DeleteContext(args) => {
            let (file, was_current) = context::delete_context(&chain, &args.name)?;
            if was_current {
                eprintln!(
                    "warning: this removed your active context, use \"tug config use-context\" to select a different one"
                );
            }
            format!(
                "deleted context {} from {}",
                escape_terminal(&args.name),
                file.display()
            )
        }
    };
    let mut out = crate::term::stdout();
    writeln!(out, "{line}")?;
    out.flush()?;
    Ok(0)
}

fn use_context(
    global: &GlobalArgs,
    chain: &Chain,
    args: &UseContextArgs,
    terminal: Terminal,
) -> anyhow::Result<String> {
    let name = match Wanted::from_arg(args.name.as_deref()) {
        Wanted::Named(name) => name,
        Wanted::Previous => "-".into(),
        Wanted::Ask => {
            let kubeconfig = load_kubeconfig(global)?.config;
            let names: Vec<String> = kubeconfig.contexts.iter().map(|c| c.name.clone()).collect();
            let current = kubeconfig.current_context.as_deref();
            context::ask("context", &names, current, terminal)?
        }
    };
    let name = context::use_context(chain, &name)?;
    Ok(format!(
        "Switched to context \"{}\".",
        escape_terminal(&name)
    ))
}

/// kubectl's `set-context`: the global `--namespace`, `--cluster` and
/// `--user` are the values to set.
fn set_context(
    global: &GlobalArgs,
    chain: &Chain,
    args: &SetContextArgs,
) -> anyhow::Result<String> {
    let name = match &args.name {
        Some(name) => name.clone(),
        None => context::namespace_of(chain, None)?.0,
    };
    let fields = ContextFields {
        namespace: global.namespace.clone(),
        cluster: global.connection.cluster.clone(),
        user: global.connection.user.clone(),
    };
    let created = context::set_context(chain, &name, &fields)?;
    let verb = if created { "created" } else { "modified" };
    Ok(format!("Context \"{}\" {verb}.", escape_terminal(&name)))
}

fn current_context(global: &GlobalArgs) -> anyhow::Result<u8> {
    let kubeconfig = load_kubeconfig(global)?.config;
    match global.context.clone().or(kubeconfig.current_context) {
        Some(name) => {
            let mut out = crate::term::stdout();
            writeln!(out, "{}", escape_terminal(&name))?;
            out.flush()?;
            Ok(0)
        }
        None => anyhow::bail!("current-context is not set"),
    }
}

/// kubectl's `get-contexts`: sorted by name; names not found are reported
/// after the ones that were.
fn get_contexts(global: &GlobalArgs, args: &GetContextsArgs) -> anyhow::Result<u8> {
    let kubeconfig = load_kubeconfig(global)?.config;
    let current = global
        .context
        .clone()
        .or(kubeconfig.current_context.clone());
    let mut contexts: Vec<_> = kubeconfig
        .contexts
        .into_iter()
        .filter(|c| args.names.is_empty() || args.names.contains(&c.name))
        .collect();
    contexts.sort_by(|a, b| a.name.cmp(&b.name));
    let mut out = crate::term::stdout();
    if args.output == Some(NameFormat::Name) {
        for named in &contexts {
            writeln!(out, "{}", escape_terminal(&named.name))?;
        }
    } else {
        let rows = contexts.iter().map(|named| {
            let context = named.context.clone().unwrap_or_default();
            let marker = if current.as_deref() == Some(named.name.as_str()) {
                "*"
            } else {
                ""
            };
            vec![
                marker.to_string(),
                named.name.clone(),
                context.cluster,
                context.user.unwrap_or_default(),
                context.namespace.unwrap_or_default(),
            ]
        });
        let header: &[&str] = if args.no_headers {
            &[]
        } else {
            &["CURRENT", "NAME", "CLUSTER", "AUTHINFO", "NAMESPACE"]
        };
        crate::printers::table::write_plain(&mut out, header, rows)?;
    }
    out.flush()?;
    let missing: Vec<String> = args
        .names
        .iter()
        .filter(|name| !contexts.iter().any(|c| &c.name == *name))
        .map(|name| format!("context {} not found", escape_terminal(name)))
        .collect();
    match missing.as_slice() {
        [] => Ok(0),
        [one] => anyhow::bail!("{one}"),
        several => anyhow::bail!("[{}]", several.join(", ")),
    }
}

fn view(global: &GlobalArgs, raw: bool) -> anyhow::Result<u8> {
    let mut kubeconfig = load_kubeconfig(global)?.config;
    if !raw {
        crate::redact::kubeconfig(&mut kubeconfig);
    }
    let mut out = crate::term::stdout();
    out.write_all(serde_saphyr::to_string(&kubeconfig)?.as_bytes())?;
    out.flush()?;
    Ok(0)
}
