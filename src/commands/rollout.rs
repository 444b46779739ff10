//! `tug rollout status|history|undo|restart|pause|resume TYPE/NAME…`:
//! resolve the workloads, call into `crate::actions::rollout`, print the result.

use std::io::Write;

use kube::api::ListParams;

use crate::actions::rollout::control::{self, Action};
use crate::actions::rollout::history::{self, RolloutError, Undone};
use crate::actions::rollout::report::{Reporter, Sink};
use crate::actions::rollout::{NotAWorkload, Outcome, Workload, WorkloadKind, wait};
use crate::cli::{
    GlobalArgs, RolloutCommand, RolloutHistoryArgs, RolloutStatusArgs, RolloutTarget,
    RolloutUndoArgs,
};
use crate::connect::Cluster;
use crate::error::AlreadyReported;
use crate::interrupt::{EXIT_CODE as INTERRUPTED, Interrupt};
use crate::term::Terminal;

pub async fn run(
    global: &GlobalArgs,
    command: &RolloutCommand,
    terminal: Terminal,
    interrupt: &Interrupt,
) -> anyhow::Result<u8> {
    match command {
        RolloutCommand::Status(args) => status(global, args, terminal, interrupt).await,
        RolloutCommand::History(args) => show_history(global, args).await,
        RolloutCommand::Undo(args) => undo(global, args, interrupt).await,
        RolloutCommand::Restart(target) => {
            control(global, target, Action::Restart, interrupt).await
        }
        RolloutCommand::Pause(target) => control(global, target, Action::Pause, interrupt).await,
        RolloutCommand::Resume(target) => control(global, target, Action::Resume, interrupt).await,
    }
}

async fn status(
    global: &GlobalArgs,
    args: &RolloutStatusArgs,
    terminal: Terminal,
    interrupt: &Interrupt,
) -> anyhow::Result<u8> {
    let (cluster, workloads) = resolve(global, &args.target).await?;
    let client = &cluster.client;
    let all_done = if args.watch {
        let reporter = Reporter::new(&terminal, Sink::Stdout);
        let timeout = (!args.timeout.is_zero()).then_some(args.timeout);
        let outcomes = wait::follow_all(client, &workloads, timeout, &reporter, interrupt).await?;
        if outcomes.contains(&Outcome::Interrupted) {
            return Err(AlreadyReported { code: INTERRUPTED }.into());
        }
        outcomes.iter().all(Outcome::is_success)
    } else {
        let reporter = Reporter::plain(Sink::Stdout);
        let mut all_done = true;
        for workload in &workloads {
            all_done &= wait::check_once(client, workload, &reporter).await?;
        }
        all_done
    };
    if all_done {
        Ok(0)
    } else {
        Err(AlreadyReported { code: 1 }.into())
    }
}

async fn show_history(global: &GlobalArgs, args: &RolloutHistoryArgs) -> anyhow::Result<u8> {
    let (cluster, workloads) = resolve(global, &args.target).await?;
    let mut out = crate::term::stdout();
    for workload in &workloads {
        let history = history::load(&cluster.client, workload)
            .await
            .map_err(RolloutError::into_anyhow)?;
        match args.revision {
            Some(number) if number > 0 => {
                let revision =
                    history::find(&history.revisions, number).map_err(RolloutError::into_anyhow)?;
                out.write_all(serde_saphyr::to_string(&revision.template)?.as_bytes())?;
            }
            _ => write!(
                out,
                "{}",
                history::table(&workload.display_name(), &history.revisions)
            )?,
        }
    }
    out.flush()?;
    Ok(0)
}

async fn undo(
    global: &GlobalArgs,
    args: &RolloutUndoArgs,
    interrupt: &Interrupt,
) -> anyhow::Result<u8> {
    let (cluster, workloads) = resolve(global, &args.target).await?;
    let mut out = crate::term::stdout();
    let _hold = interrupt.hold();
    for done in 0..=workloads.len() {
        if interrupt.is_set() {
            out.flush()?;
            let left = names(&workloads[done..]);
            return Err(crate::interrupt::stopped(
                done,
                "rolled back",
                "not rolled back",
                &left,
            ));
        }
        let Some(workload) = workloads.get(done) else {
            break;
        };
        let (undone, warning) = history::undo(&cluster.client, workload, args.to_revision)
            .await
            .map_err(RolloutError::into_anyhow)?;
        if let Some(warning) = warning {
            eprintln!("{warning}");
        }
        let name = workload.display_name();
        match undone {
            Undone::RolledBack => writeln!(out, "{name} rolled back")?,
            Undone::AlreadyAt(revision) => writeln!(
                out,
                "{name} skipped rollback (current template already matches revision {revision})"
            )?,
        }
    }
    out.flush()?;
    Ok(0)
}

async fn control(
    global: &GlobalArgs,
    target: &RolloutTarget,
    action: Action,
    interrupt: &Interrupt,
) -> anyhow::Result<u8> {
    let (cluster, workloads) = resolve(global, target).await?;
    let mut out = crate::term::stdout();
    let mut failed = false;
    let _hold = interrupt.hold();
    // Like kubectl, one refusal does not stop the others.
    for done in 0..=workloads.len() {
        if interrupt.is_set() {
            out.flush()?;
            let not_done = format!("not {}", action.done_word());
            let left = names(&workloads[done..]);
            return Err(crate::interrupt::stopped(
                done,
                action.done_word(),
                &not_done,
                &left,
            ));
        }
        let Some(workload) = workloads.get(done) else {
            break;
        };
        match control::run(&cluster.client, workload, action).await {
            Ok(()) => writeln!(out, "{} {}", workload.display_name(), action.done_word())?,
            Err(error) => {
                out.flush()?;
                eprintln!("{}", crate::error::describe(&error.into_anyhow()));
                failed = true;
            }
        }
    }
    out.flush()?;
    if failed {
        return Err(AlreadyReported { code: 1 }.into());
    }
    Ok(0)
}

fn names(workloads: &[Workload]) -> Vec<String> {
    workloads.iter().map(Workload::display_name).collect()
}

/// The workloads named by `TYPE/NAME…` or `TYPE NAME…`; a TYPE without
/// names means every object of it in the namespace, as with kubectl.
async fn resolve(
    global: &GlobalArgs,
    target: &RolloutTarget,
) -> anyhow::Result<(Cluster, Vec<Workload>)> {
    // Usage mistakes are reported before the kubeconfig is read.
    crate::resource::args::parse(&target.resources).map_err(|e| anyhow::anyhow!(e))?;
    let mut session = super::Session::start(global).await?;
    let selections = session.select(&target.resources, false).await?;
    let cluster = session.cluster;
    let mut workloads = Vec::new();
    for selection in selections {
        if !selection.names.is_empty() {
            for target in selection.targets() {
                workloads.push(Workload::from_target(&target)?);
            }
            continue;
        }
        let resource = &selection.resource;
        let not_a_workload = || NotAWorkload {
            name: resource.qualified_plural(),
            kind: resource.kind.clone(),
        };
        let kind = WorkloadKind::of(&resource.group, &resource.kind).ok_or_else(not_a_workload)?;
        let all = Workload {
            kind,
            namespace: cluster.namespace.clone(),
            name: String::new(),
        };
        let names = all
            .api(&cluster.client)
            .list_metadata(&ListParams::default())
            .await
            .map_err(|e| cluster.unreachable(e))?;
        workloads.extend(
            names
                .items
                .into_iter()
                .filter_map(|m| m.metadata.name)
                .map(|name| Workload {
                    name,
                    ..all.clone()
                }),
        );
    }
    if workloads.is_empty() {
        eprintln!("No resources found in {} namespace.", cluster.namespace);
    }
    Ok((cluster, workloads))
}
