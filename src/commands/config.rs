//! `tug config`: the kubeconfig as tug sees it, with credentials redacted.

use std::io::Write;

use crate::cli::{ConfigCommand, GlobalArgs};
use crate::client::load_kubeconfig;

/// What kubectl prints in place of certificate data and secrets.
const OMITTED: &str = "DATA+OMITTED";
const REDACTED: &str = "REDACTED";

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
        ConfigCommand::View => {
            redact(&mut kubeconfig);
            out.write_all(serde_saphyr::to_string(&kubeconfig)?.as_bytes())?;
        }
    }
    out.flush()?;
    Ok(0)
}

/// Replaces every credential and certificate blob, so that `config view`
/// is safe to paste into an issue.
fn redact(kubeconfig: &mut kube::config::Kubeconfig) {
    for cluster in kubeconfig
        .clusters
        .iter_mut()
        .filter_map(|c| c.cluster.as_mut())
    {
        if cluster.certificate_authority_data.is_some() {
            cluster.certificate_authority_data = Some(OMITTED.into());
        }
    }
    for auth in kubeconfig
        .auth_infos
        .iter_mut()
        .filter_map(|a| a.auth_info.as_mut())
    {
        if auth.client_certificate_data.is_some() {
            auth.client_certificate_data = Some(OMITTED.into());
        }
        if auth.client_key_data.is_some() {
            auth.client_key_data = Some(OMITTED.to_string().into());
        }
        if auth.token.is_some() {
            auth.token = Some(REDACTED.to_string().into());
        }
        if auth.password.is_some() {
            auth.password = Some(REDACTED.to_string().into());
        }
    }
}
