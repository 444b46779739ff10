//! `tug wait`: wait until objects meet conditions, exist or are deleted.

use std::io::Write;

use tokio::time::Instant;

use crate::actions::wait::{Condition, Waited};
use crate::cli::{GlobalArgs, WaitArgs};

use super::ObjectArgs;

/// Waits for every object and condition in turn; the first failure ends it with 1.
pub async fn run(global: &GlobalArgs, args: &WaitArgs) -> anyhow::Result<u8> {
    let objects = ObjectArgs {
        command: "wait",
        files: &args.files,
        resources: &args.resources,
        selector: args.selector.as_deref(),
        field_selector: None,
        all: args.all,
        all_namespaces: false,
    };
    objects.validate()?;
    let conditions = conditions(&args.conditions)?;
    let manifests = super::read_manifests(&args.files)?;
    let deadline = (!args.timeout.is_zero()).then(|| Instant::now() + args.timeout);
    let mut session = super::Session::start(global).await?;
    let mut targets = session.objects(&objects, manifests).await?;
    let creates = matches!(conditions.first(), Some(Condition::Create));
    if let (true, true, Some(deadline)) = (targets.is_empty(), creates, deadline) {
        // Nothing matches -l or --all yet: wait until something does, as
        // kubectl waits for --for=create first.
        for selection in session.select(&args.resources, false).await? {
            let client = &session.cluster.client;
            crate::actions::wait::until_any(client, &selection, args.selector.as_deref(), deadline)
                .await?;
        }
        targets = session.objects(&objects, Vec::new()).await?;
    }
    let deletes = conditions.iter().any(|c| matches!(c, Condition::Delete));
    if targets.is_empty() && !deletes {
        anyhow::bail!("no matching resources found");
    }
    let client = &session.cluster.client;
    let mut out = crate::term::stdout_unbuffered();
    for target in &targets {
        for condition in &conditions {
            match crate::actions::wait::until(client, target, condition, deadline).await {
                Ok(Waited::Met) => writeln!(out, "{} condition met", target.display_name())?,
                Ok(Waited::Absent) => {}
                Err(error) => return Err(error.into()),
            }
        }
    }
    Ok(0)
}

/// Every `--for`, checked before any request; `create` first, as kubectl waits for it first.
fn conditions(values: &[String]) -> anyhow::Result<Vec<Condition>> {
    let mut conditions = values
        .iter()
        .map(|value| Condition::parse(value).map_err(|e| anyhow::anyhow!(e)))
        .collect::<anyhow::Result<Vec<_>>>()?;
    conditions.sort_by_key(|c| !matches!(c, Condition::Create));
    Ok(conditions)
}
