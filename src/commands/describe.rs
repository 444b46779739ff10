//! `tug describe`: resolve what the arguments select as `get` does, read
//! each object with what its describer shows beside it (`crate::actions::describe`)
//! and print them one after another, as kubectl does.

use std::io::Write;

use super::Session;
use crate::actions::describe::{describe, find};
use crate::cli::{DescribeArgs, GlobalArgs};
use crate::error::AlreadyReported;
use crate::resource::args::{ResourceArgs, Selection};

pub async fn run(global: &GlobalArgs, args: &DescribeArgs) -> anyhow::Result<u8> {
    let by_prefix = validate(args)?;
    let manifests = super::read_manifests(&args.files)?;
    let mut session = Session::start(global).await?;
    let selections: Vec<Selection> = if manifests.is_empty() {
        session.select(&args.resources, args.all_namespaces).await?
    } else {
        let resolved = session.resolve(manifests).await?;
        resolved
            .into_iter()
            .map(|m| Selection {
                resource: m.target.resource,
                names: vec![m.target.name],
                namespace: m.target.namespace,
            })
            .collect()
    };
    let cluster = &session.cluster;
    let found = find(cluster, &selections, args.selector.as_deref(), by_prefix).await?;
    // Events of many objects would drown them; kubectl shows them for one
    // object named exactly.
    let show_events = args
        .show_events
        .unwrap_or(found.objects.len() <= 1 && !found.by_prefix);
    let mut out = crate::term::stdout();
    for (i, (resource, object)) in found.objects.iter().enumerate() {
        let text = describe(&cluster.client, resource, object, show_events).await?;
        // kubectl separates objects by two blank lines, but ends each object
        // matched by a name prefix with one.
        if i > 0 && !found.by_prefix {
            out.write_all(b"\n\n")?;
        }
        out.write_all(text.as_bytes())?;
        if found.by_prefix {
            out.write_all(b"\n")?;
        }
        out.flush()?;
    }
    drop(out);
    if found.objects.is_empty() && found.not_found.is_empty() {
        match args.all_namespaces {
            true => eprintln!("No resources found"),
            false => eprintln!("No resources found in {} namespace.", cluster.namespace),
        }
    }
    for line in &found.not_found {
        eprintln!("{line}");
    }
    if !found.not_found.is_empty() {
        return Err(AlreadyReported { code: 1 }.into());
    }
    Ok(0)
}

/// Refuses contradictory arguments before anything is read; returns whether
/// the name may stand for a name prefix (`TYPE NAME`, as in kubectl).
fn validate(args: &DescribeArgs) -> anyhow::Result<bool> {
    let from_files = !args.files.filenames.is_empty();
    if from_files {
        if !args.resources.is_empty() {
            anyhow::bail!("give either -f or resource arguments, not both");
        }
        return Ok(false);
    }
    if args.resources.is_empty() {
        anyhow::bail!(
            "you must specify the type of resource to describe, e.g. `tug describe deployment web`"
        );
    }
    let parsed = crate::resource::args::parse(&args.resources).map_err(|e| anyhow::anyhow!(e))?;
    if parsed.names_any() && args.selector.is_some() {
        anyhow::bail!("name cannot be provided when a selector is specified");
    }
    if parsed.names_any() && args.all_namespaces {
        anyhow::bail!("a resource cannot be described by name across all namespaces");
    }
    Ok(
        matches!(&parsed, ResourceArgs::Types { types, names } if types.len() == 1 && names.len() == 1),
    )
}
