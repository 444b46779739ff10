//! `tug get applysets`: the ApplySets of the namespace, as a table.

use std::io::Write;

use super::Session;
use crate::actions::applyset;
use crate::cli::{GetArgs, GlobalArgs};
use crate::error::Problems;

/// `tug get applysets [NAME…]`: the sets whose parents are Secrets or
/// ConfigMaps, in the namespace or with `-A` in all, as a table.
pub(super) async fn get(global: &GlobalArgs, args: &GetArgs) -> anyhow::Result<u8> {
    let others_given = args.output.is_some()
        || !args.files.filenames.is_empty()
        || args.selector.is_some()
        || args.field_selector.is_some()
        || args.sort_by.is_some()
        || args.watch
        || args.watch_only;
    if others_given {
        anyhow::bail!(
            "applysets are shown as a table: only NAME…, -A and --no-headers go with them"
        );
    }
    let names = &args.resources[1..];
    if args.all_namespaces && !names.is_empty() {
        anyhow::bail!("a resource cannot be retrieved by name across all namespaces");
    }
    let session = Session::start(global).await?;
    let namespace = (!args.all_namespaces).then_some(session.cluster.namespace.as_str());
    let mut sets = applyset::find(
        &session.cluster.client,
        session.discovery.current(),
        namespace,
    )
    .await?;
    let missing: Vec<String> = names
        .iter()
        .filter(|name| !sets.iter().any(|set| &set.parent.target.name == *name))
        .map(|name| {
            format!(
                "applyset \"{name}\" not found in {} namespace",
                session.cluster.namespace
            )
        })
        .collect();
    if !names.is_empty() {
        sets.retain(|set| names.contains(&set.parent.target.name));
    }
    if !missing.is_empty() {
        let mut out = crate::term::stdout();
        crate::printers::applyset::write_table(
            &mut out,
            &sets,
            false,
            args.no_headers || sets.is_empty(),
        )?;
        out.flush()?;
        return Err(Problems(missing).into());
    }
    if sets.is_empty() {
        match namespace {
            Some(namespace) => eprintln!("No applysets found in {namespace} namespace."),
            None => eprintln!("No applysets found"),
        }
        return Ok(0);
    }
    let mut out = crate::term::stdout();
    crate::printers::applyset::write_table(&mut out, &sets, args.all_namespaces, args.no_headers)?;
    out.flush()?;
    Ok(0)
}
