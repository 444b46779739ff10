//! `tug delete`: resolve what to delete (manifests, `TYPE NAME…`,
//! `TYPE/NAME…`, or `TYPE` with `-l`/`--all`), show it and ask on a
//! terminal, delete, then wait until it is gone.

use std::io::Write;
use std::time::Duration;

use futures::StreamExt;
use kube::Client;
use kube::api::DeleteParams;
use tokio::time::Instant;

use crate::cli::{DeleteArgs, DryRun, GlobalArgs, NameFormat};
use crate::error::AlreadyReported;
use crate::interrupt::Interrupt;
use crate::printers::delete::{deleted_line, preview};
use crate::resource::Target;
use crate::term::Terminal;

use super::ObjectArgs;

/// Deletes what the arguments name; 1 when any object could not be deleted.
pub async fn run(
    global: &GlobalArgs,
    args: &DeleteArgs,
    terminal: Terminal,
    interrupt: &Interrupt,
) -> anyhow::Result<u8> {
    let objects = ObjectArgs {
        command: "delete",
        files: &args.files,
        resources: &args.resources,
        selector: args.selector.as_deref(),
        field_selector: args.field_selector.as_deref(),
        all: args.all,
        all_namespaces: args.all_namespaces,
    };
    match args.applyset {
        Some(_) => validate_applyset(args)?,
        None => objects.validate()?,
    }
    let grace_period = grace_period(args)?;
    if grace_period == Some(0) {
        eprintln!(
            "Warning: Immediate deletion does not wait for confirmation that the running \
             resource has been terminated. The resource may continue to run on the cluster \
             indefinitely."
        );
    }
    let manifests = super::read_manifests_or_none(&args.files)?;
    let mut session = super::Session::start(global).await?;
    // An ApplySet's parent comes last, and goes only once every member has.
    let mut parents = 0;
    let targets = match &args.applyset {
        Some(spec) => {
            parents = 1;
            crate::actions::prune::whole_set(&session.cluster, &mut session.discovery, spec).await?
        }
        None => session.objects(&objects, manifests).await?,
    };
    let cluster = &session.cluster;
    let (mut out, mut err) = (crate::term::stdout_unbuffered(), std::io::stderr());
    if targets.is_empty() {
        writeln!(out, "No resources found")?;
        return Ok(0);
    }
    if cluster.namespace_is_explicit && targets.iter().any(|t| t.namespace.is_none()) {
        writeln!(
            err,
            "Warning: deleting cluster-scoped resources, not scoped to the provided namespace"
        )?;
    }
    // A dry run deletes nothing, so there is nothing to confirm.
    if args.dry_run == DryRun::None && !args.yes && terminal.can_prompt() {
        write!(err, "{}", preview(&cluster.context, &targets))?;
        if !crate::term::confirm("Delete them?")? {
            writeln!(out, "deletion is cancelled")?;
            return Ok(0);
        }
    }
    if args.dry_run == DryRun::Client {
        for target in &targets {
            writeln!(out, "{}", result_line(target, args, grace_period))?;
        }
        return Ok(0);
    }

    let client = &cluster.client;
    // Ctrl-C lets the requests in flight finish; the run then says what
    // was deleted and what was not, or which deleted objects are not gone yet.
    let _hold = interrupt.hold();
    let (members, parent) = targets.split_at(targets.len() - parents);
    let params = &DeleteParams {
        grace_period_seconds: grace_period,
        ..crate::actions::delete::params(args.cascade, args.dry_run)
    };
    let (mut deleted, mut failed) = delete_all(client, members, args, params, interrupt).await?;
    if !failed && !interrupt.is_set() {
        let (parent_deleted, parent_failed) =
            delete_all(client, parent, args, params, interrupt).await?;
        deleted.extend(parent_deleted);
        failed |= parent_failed;
    }
    let waits = args.wait && args.dry_run == DryRun::None;
    let not_deleted: Vec<String> = targets
        .iter()
        .filter(|t| !deleted.iter().any(|(d, _)| std::ptr::eq(*d, *t)))
        .map(Target::display_name)
        .collect();
    // When everything was deleted, the wait says what is not gone yet.
    if interrupt.is_set() && (!waits || !not_deleted.is_empty()) {
        return Err(crate::interrupt::stopped(
            deleted.len(),
            "deleted",
            "not deleted",
            &not_deleted,
        ));
    }
    if waits {
        match wait_all(client, &deleted, args.timeout, interrupt).await? {
            Ok(all_gone) => failed |= !all_gone,
            Err(not_gone) => {
                return Err(crate::interrupt::stopped(
                    deleted.len(),
                    "deleted",
                    "not gone yet",
                    &not_gone,
                ));
            }
        }
    }
    if failed {
        return Err(AlreadyReported { code: 1 }.into());
    }
    Ok(0)
}

/// Deletes every target, printing a line for each as kubectl does; returns
/// the deleted ones with their uids, and whether any failed.
/// After Ctrl-C, no further request is started.
async fn delete_all<'a>(
    client: &Client,
    targets: &'a [Target],
    args: &DeleteArgs,
    params: &DeleteParams,
    interrupt: &Interrupt,
) -> anyhow::Result<(Vec<(&'a Target, Option<String>)>, bool)> {
    // kubectl treats objects that vanished between listing and deleting as deleted.
    let ignore_not_found = args.ignore_not_found
        || args.all
        || args.selector.is_some()
        || args.field_selector.is_some();
    let mut results = crate::actions::delete::delete_each(client, targets, params, interrupt);
    let (mut out, mut err) = (crate::term::stdout_unbuffered(), std::io::stderr());
    let mut deleted = Vec::new();
    let mut failed = false;
    while let Some((target, result)) = results.next().await {
        match result {
            Ok(uid) => {
                writeln!(
                    out,
                    "{}",
                    result_line(target, args, params.grace_period_seconds)
                )?;
                deleted.push((target, uid));
            }
            Err(error) if ignore_not_found && crate::actions::delete::is_not_found(&error) => {}
            Err(error) => {
                writeln!(err, "{}", crate::error::describe(&error.into()))?;
                failed = true;
            }
        }
    }
    Ok((deleted, failed))
}

/// The grace period sent, as kubectl works it out: `--now` is 1 second,
/// `--force` 0, and a 0 without `--force` is made 1 against accidents;
/// `None` leaves each object its own.
fn grace_period(args: &DeleteArgs) -> anyhow::Result<Option<u32>> {
    let seconds = match (args.now, args.force, args.grace_period) {
        (true, _, _) => 1,
        (false, true, seconds) if seconds > 0 => {
            anyhow::bail!("--force and --grace-period greater than 0 cannot be specified together")
        }
        (false, true, _) => 0,
        (false, false, 0) => 1,
        (false, false, seconds) => seconds,
    };
    Ok(u32::try_from(seconds).ok())
}

/// The line for one deleted object: kubectl's sentence, or `TYPE/NAME` with `-o name`.
fn result_line(target: &Target, args: &DeleteArgs, grace_period: Option<u32>) -> String {
    match args.output {
        Some(NameFormat::Name) => target.display_name(),
        None => deleted_line(target, args.dry_run, grace_period == Some(0)),
    }
}

/// Waits until every deleted object is gone; false when any is not by
/// `timeout` (kubectl's 0: no limit), each reported on stderr in the order
/// deleted. After Ctrl-C, the objects that are not gone yet.
async fn wait_all(
    client: &Client,
    deleted: &[(&Target, Option<String>)],
    timeout: Duration,
    interrupt: &Interrupt,
) -> anyhow::Result<Result<bool, Vec<String>>> {
    let deadline = (!timeout.is_zero()).then(|| Instant::now() + timeout);
    let mut gone = crate::actions::delete::wait_all_gone(client, deleted, deadline);
    let mut outcomes: Vec<Option<Result<(), _>>> = deleted.iter().map(|_| None).collect();
    loop {
        tokio::select! {
            next = gone.next() => match next {
                Some((index, outcome)) => outcomes[index] = Some(outcome),
                None => break,
            },
            () = interrupt.pressed() => break,
        }
    }
    let mut err = std::io::stderr();
    let mut all_gone = true;
    let mut not_gone = Vec::new();
    for ((target, _), outcome) in deleted.iter().zip(outcomes) {
        match outcome {
            Some(Ok(())) => {}
            Some(Err(error)) => {
                writeln!(err, "error: {error}")?;
                all_gone = false;
            }
            None => not_gone.push(target.display_name()),
        }
    }
    if interrupt.is_set() {
        return Ok(Err(not_gone));
    }
    Ok(Ok(all_gone))
}

/// `--applyset` names what to delete by itself.
fn validate_applyset(args: &DeleteArgs) -> anyhow::Result<()> {
    if !args.files.filenames.is_empty() || !args.resources.is_empty() {
        anyhow::bail!("--applyset names what to delete: give no files or resources with it");
    }
    Ok(())
}
