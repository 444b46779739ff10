//! `tug scale`: set the replicas of deployments, replicasets, statefulsets
//! and replicationcontrollers through their `scale` subresource.

use std::io::Write;

use crate::cli::{GlobalArgs, ScaleArgs};
use crate::error::{AlreadyReported, Problems};
use crate::interrupt::Interrupt;
use crate::resource::Target;

/// Scales every named object; one line each, failures on stderr.
pub async fn run(
    global: &GlobalArgs,
    args: &ScaleArgs,
    interrupt: &Interrupt,
) -> anyhow::Result<u8> {
    let expected = validate(args)?;
    let from_files = !args.files.filenames.is_empty();
    let manifests = super::read_manifests(&args.files)?;
    let mut session = super::Session::start(global).await?;
    let targets: Vec<Target> = if from_files {
        let manifests = session.resolve(manifests).await?;
        manifests.into_iter().map(|m| m.target).collect()
    } else {
        let selections = session.select(&args.resources, false).await?;
        selections.iter().flat_map(|s| s.targets()).collect()
    };
    // Every object is checked before the first one is scaled.
    let unscalable: Vec<String> = targets
        .iter()
        .filter(|t| !crate::actions::scale::is_scalable(&t.resource))
        .map(|t| {
            format!(
                "cannot scale {}: {} have no scale subresource; only deployments, replicasets, \
                 statefulsets and replicationcontrollers can be scaled",
                t.display_name(),
                t.resource.qualified_plural()
            )
        })
        .collect();
    if !unscalable.is_empty() {
        return Err(Problems(unscalable).into());
    }

    let client = &session.cluster.client;
    let mut out = crate::term::stdout_unbuffered();
    let mut failed = false;
    // Ctrl-C lets the request in flight finish, then says what was left.
    let _hold = interrupt.hold();
    for done in 0..=targets.len() {
        if interrupt.is_set() {
            let left: Vec<String> = targets[done..].iter().map(Target::display_name).collect();
            return Err(crate::interrupt::stopped(
                done,
                "scaled",
                "not scaled",
                &left,
            ));
        }
        let Some(target) = targets.get(done) else {
            break;
        };
        match crate::actions::scale::scale(client, target, args.replicas, expected).await {
            Ok(()) => writeln!(out, "{} scaled", target.display_name())?,
            Err(error) => {
                writeln!(
                    std::io::stderr(),
                    "{}",
                    crate::error::describe(&error.into())
                )?;
                failed = true;
            }
        }
    }
    if failed {
        return Err(AlreadyReported { code: 1 }.into());
    }
    Ok(0)
}

/// kubectl's checks, before any request; returns the `--current-replicas`
/// precondition (kubectl's -1 means none).
fn validate(args: &ScaleArgs) -> anyhow::Result<Option<i32>> {
    if args.replicas < 0 {
        anyhow::bail!(
            "The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0"
        );
    }
    crate::resource::args::ObjectChoice {
        command: "scale",
        files_given: !args.files.filenames.is_empty(),
        resources: &args.resources,
        selects: false,
        selector: false,
        all: false,
    }
    .check()
    .map_err(|e| anyhow::anyhow!(e))?;
    match args.current_replicas {
        Some(n) if n < -1 => {
            anyhow::bail!("The --current-replicas must specify an integer of -1 or greater")
        }
        Some(-1) | None => Ok(None),
        Some(n) => Ok(Some(n)),
    }
}
