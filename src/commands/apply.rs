//! `tug apply -f …`: read and check every manifest, resolve it through
//! discovery, apply with server-side apply, print what happened.

use std::io::Write;

use crate::actions::apply::{Options, Outcome};
use crate::actions::prune::{self, OpenSet, Pruned};
use crate::actions::rollout::wait::Waited;
use crate::cli::{ApplyArgs, DryRun, GlobalArgs, ObjectFormat};
use crate::connect::Cluster;
use crate::error::AlreadyReported;
use crate::interrupt::{EXIT_CODE as INTERRUPTED, Interrupt};
use crate::printers::apply as report;
use crate::resource::{ResolvedManifest, Target};
use crate::term::Terminal;

/// Runs with more objects than this show a progress bar on a terminal.
const PROGRESS_THRESHOLD: usize = 30;

pub async fn run(
    global: &GlobalArgs,
    args: &ApplyArgs,
    terminal: Terminal,
    interrupt: &Interrupt,
) -> anyhow::Result<u8> {
    if args.files.filenames.is_empty() {
        anyhow::bail!("must specify one of -f (see 'tug apply --help')");
    }
    if args.wait && args.dry_run != DryRun::None {
        anyhow::bail!("--wait cannot be used with --dry-run: nothing rolls out");
    }
    // A preview exists to be read before the change: with nobody to ask,
    // applying right after it would make it a log, so only -y does that.
    if args.diff && !args.yes && args.dry_run == DryRun::None && !terminal.can_prompt() {
        anyhow::bail!(
            "--diff asks before applying and there is no terminal to ask on: \
             add -y to apply after showing the diff, or run 'tug diff'"
        );
    }
    let mut invalid = 0;
    let code = apply_input(global, args, terminal, interrupt, &mut invalid).await?;
    // --continue-on-error: the invalid objects were reported as they were found.
    if invalid > 0 {
        return Err(AlreadyReported { code: 1 }.into());
    }
    Ok(code)
}

/// Reads, resolves and applies the input; with --continue-on-error, each
/// invalid object is reported and counted in `invalid` instead of stopping
/// the run.
async fn apply_input(
    global: &GlobalArgs,
    args: &ApplyArgs,
    terminal: Terminal,
    interrupt: &Interrupt,
    invalid: &mut usize,
) -> anyhow::Result<u8> {
    let manifests = if args.continue_on_error {
        let read = crate::manifest::read_each(&args.files.filenames, args.files.recursive);
        report_invalid(read.errors.iter().map(ToString::to_string), invalid)?;
        read.manifests
    } else {
        super::read_manifests(&args.files)?
    };
    if args.prune.applyset.is_some() {
        prune::check_unlabelled(&manifests)?;
    }
    let mut session = super::Session::start(global).await?;
    let manifests = if args.continue_on_error {
        let (resolved, problems) = session.resolve_each(manifests).await?;
        report_invalid(problems, invalid)?;
        resolved
    } else {
        session.resolve(manifests).await?
    };
    if manifests.is_empty() && *invalid > 0 {
        return Err(AlreadyReported { code: 1 }.into());
    }
    let mut set =
        prune::open_if_named(&session.cluster, &mut session.discovery, &args.prune).await?;
    let options = options_of(args, set.as_ref().map(|set| set.parent.id()));
    if args.diff
        && !diff_confirmed(&session, set.as_ref(), &manifests, &options, args, terminal).await?
    {
        writeln!(crate::term::stdout(), "apply is cancelled")?;
        return Ok(0);
    }
    if args.dry_run == DryRun::Client {
        print_client_dry_run(&manifests, args.output)?;
        if let Some(set) = &set {
            let client = &session.cluster.client;
            let targets = prune::to_prune(client, &session.discovery, set, &manifests).await?;
            prune_printing(client, &targets, args.dry_run, interrupt).await?;
        }
        return Ok(0);
    }

    // Requests in flight finish after Ctrl-C and the outcomes say which
    // objects were not applied.
    let hold = interrupt.hold();
    let apply = async |manifests: &[ResolvedManifest]| {
        apply_with_progress(&session.cluster, manifests, &options, terminal, interrupt).await
    };
    let outcomes = match &mut set {
        Some(set) => {
            let client = &session.cluster.client;
            prune::apply_into_set(client, set, &manifests, options.dry_run, apply).await?
        }
        None => apply(&manifests).await,
    };
    print_outcomes(&manifests, &outcomes, args)?;
    if interrupt.is_set() || outcomes.iter().any(Result::is_err) {
        print_summary(&outcomes, *invalid, None)?;
        let code = if interrupt.is_set() { INTERRUPTED } else { 1 };
        return Err(AlreadyReported { code }.into());
    }
    let pruned = match &mut set {
        Some(set) => {
            Some(prune_unlisted(&session, set, &manifests, args, terminal, interrupt).await?)
        }
        None => None,
    };
    print_summary(&outcomes, *invalid, pruned.as_ref().map(|p| p.count))?;
    if pruned.is_some_and(|p| p.failed) {
        return Err(AlreadyReported { code: 1 }.into());
    }
    if !args.wait {
        return Ok(0);
    }
    let waited = wait_for_rollouts(&session.cluster, &manifests, args, terminal, interrupt).await;
    drop(hold);
    waited
}

/// Prints each problem as one `error:` line on stderr, and counts it.
fn report_invalid(
    problems: impl IntoIterator<Item = String>,
    invalid: &mut usize,
) -> anyhow::Result<()> {
    let mut err = std::io::stderr().lock();
    for problem in problems {
        writeln!(err, "error: {problem}")?;
        *invalid += 1;
    }
    Ok(())
}

/// `--wait`: follows the rollouts of what was applied.
async fn wait_for_rollouts(
    cluster: &Cluster,
    manifests: &[ResolvedManifest],
    args: &ApplyArgs,
    terminal: Terminal,
    interrupt: &Interrupt,
) -> anyhow::Result<u8> {
    let targets = manifests.iter().map(|m| &m.target);
    let waited = crate::actions::rollout::wait::applied(
        &cluster.client,
        targets,
        args.timeout,
        &terminal,
        interrupt,
    )
    .await?;
    match waited {
        Waited::AllRolledOut => Ok(0),
        Waited::NotAll => Err(AlreadyReported { code: 1 }.into()),
        Waited::Interrupted { unfinished } => Err(crate::interrupt::stopped(
            manifests.len(),
            "applied",
            "not rolled out yet",
            &unfinished,
        )),
    }
}

/// How to apply, from the flags; members of a set get its label `part_of`.
fn options_of(args: &ApplyArgs, part_of: Option<String>) -> Options {
    Options {
        field_manager: args.field_manager.clone(),
        force_conflicts: args.force_conflicts,
        dry_run: args.dry_run,
        validation: args.validate,
        concurrency: usize::from(args.concurrency),
        always_send: args.always_send,
        keep_objects: args.output.is_some(),
        part_of,
    }
}

/// Applies every manifest, with a progress bar for long runs on a terminal.
async fn apply_with_progress(
    cluster: &Cluster,
    manifests: &[ResolvedManifest],
    options: &Options,
    terminal: Terminal,
    interrupt: &Interrupt,
) -> Vec<Outcome> {
    let progress = progress_bar(&terminal, manifests.len());
    let outcomes = crate::actions::apply::apply_all(
        &cluster.client,
        manifests,
        options,
        interrupt.flag(),
        &|| {
            if let Some(bar) = &progress {
                bar.inc(1);
            }
        },
    )
    .await;
    if let Some(bar) = progress {
        bar.finish_and_clear();
    }
    outcomes
}

/// Once every object is applied: prunes the members of the set that this
/// run did not apply (asking first on a terminal), then narrows the parent
/// to this run's scope unless something was left behind.
async fn prune_unlisted(
    session: &super::Session,
    set: &mut OpenSet,
    manifests: &[ResolvedManifest],
    args: &ApplyArgs,
    terminal: Terminal,
    interrupt: &Interrupt,
) -> anyhow::Result<Pruned> {
    let client = &session.cluster.client;
    let targets = prune::to_prune(client, &session.discovery, set, manifests).await?;
    let asks =
        !targets.is_empty() && args.dry_run == DryRun::None && !args.yes && terminal.can_prompt();
    if asks {
        eprint!(
            "{}",
            crate::printers::delete::preview(&session.cluster.context, &targets)
        );
        if !crate::term::confirm("Prune them?")? {
            writeln!(crate::term::stdout(), "pruning is cancelled")?;
            return Ok(Pruned {
                count: 0,
                failed: false,
            });
        }
    }
    let pruned = prune_printing(client, &targets, args.dry_run, interrupt).await?;
    prune::narrow(client, set, manifests, &pruned, args.dry_run).await?;
    Ok(pruned)
}

/// Prunes `targets`, printing `kind/name pruned` for each on stdout and why
/// any could not be on stderr.
async fn prune_printing(
    client: &kube::Client,
    targets: &[Target],
    dry_run: DryRun,
    interrupt: &Interrupt,
) -> anyhow::Result<Pruned> {
    let mut out = crate::term::stdout();
    let pruned = prune::prune(client, targets, dry_run, interrupt, |target, result| {
        match result {
            Ok(()) => writeln!(
                out,
                "{}",
                report::pruned_line(&target.display_name(), dry_run)
            )?,
            Err(error) => {
                out.flush()?;
                writeln!(
                    std::io::stderr(),
                    "{}",
                    crate::error::describe(&error.into())
                )?;
            }
        }
        Ok(())
    })
    .await;
    out.flush()?;
    pruned
}

/// `--diff`: shows what applying would change, then, when a person can
/// answer and nothing said yes already, asks whether to go on.
async fn diff_confirmed(
    session: &super::Session,
    set: Option<&OpenSet>,
    manifests: &[ResolvedManifest],
    options: &Options,
    args: &ApplyArgs,
    terminal: Terminal,
) -> anyhow::Result<bool> {
    let cluster = &session.cluster;
    let options = Options {
        keep_objects: true,
        ..options.clone()
    };
    let mut shown = super::diff::show(&cluster.client, manifests, &options, terminal).await?;
    if let Some(set) = set {
        let targets = prune::to_prune(&cluster.client, &session.discovery, set, manifests).await?;
        shown.changed += super::diff::show_pruned(&cluster.client, &targets, terminal).await?;
    }
    if shown.changed == 0 && shown.failed == 0 {
        writeln!(
            std::io::stderr(),
            "no differences: applying changes nothing"
        )?;
        return Ok(true);
    }
    // Objects that could not be diffed are applied all the same: apply reports
    // their errors, and some only fail as a dry run (a namespace created
    // by the same apply does not exist yet).
    if args.yes || args.dry_run != DryRun::None {
        return Ok(true);
    }
    crate::term::confirm(&format!(
        "Apply these changes in context \"{}\"?",
        cluster.context
    ))
}

fn print_outcomes(
    manifests: &[ResolvedManifest],
    outcomes: &[Outcome],
    args: &ApplyArgs,
) -> anyhow::Result<()> {
    let mut out = crate::term::stdout();
    let mut err = std::io::stderr().lock();
    let mut objects = Vec::new();
    let mut names = Vec::new();
    for (manifest, outcome) in manifests.iter().zip(outcomes) {
        let name = manifest.target.display_name();
        match outcome {
            Ok(applied) => {
                report::write_taken_over(&mut err, &name, &applied.taken_over)?;
                match args.output {
                    None => writeln!(
                        out,
                        "{}",
                        report::result_line(&name, applied.change, args.dry_run)
                    )?,
                    Some(_) => {
                        objects.push(applied.object.clone());
                        names.push(name);
                    }
                }
            }
            Err(error) => report::write_failure(
                &mut err,
                &name,
                &manifest.manifest.source.to_string(),
                error,
            )?,
        }
    }
    if let Some(format) = args.output {
        crate::printers::objects::write_objects(&mut out, format, objects, &names)?;
    }
    out.flush()?;
    Ok(())
}

/// The counts, when there is more than one result to count.
fn print_summary(
    outcomes: &[Outcome],
    invalid: usize,
    pruned: Option<usize>,
) -> anyhow::Result<()> {
    if outcomes.len() > 1 || invalid > 0 || pruned.is_some() {
        writeln!(
            std::io::stderr(),
            "{}",
            report::summary(outcomes, invalid, pruned)
        )?;
    }
    Ok(())
}

/// `--dry-run=client`: everything up to the request; print what would be sent.
fn print_client_dry_run(
    manifests: &[ResolvedManifest],
    format: Option<ObjectFormat>,
) -> anyhow::Result<u8> {
    let mut out = crate::term::stdout();
    match format {
        None => {
            for manifest in manifests {
                writeln!(
                    out,
                    "{} serverside-applied{}",
                    manifest.target.display_name(),
                    report::dry_run_suffix(DryRun::Client)
                )?;
            }
        }
        Some(format) => {
            let objects = manifests
                .iter()
                .map(ResolvedManifest::object_to_send)
                .collect();
            let names: Vec<String> = manifests.iter().map(|m| m.target.display_name()).collect();
            crate::printers::objects::write_objects(&mut out, format, objects, &names)?;
        }
    }
    out.flush()?;
    Ok(0)
}

fn progress_bar(terminal: &Terminal, total: usize) -> Option<indicatif::ProgressBar> {
    if !terminal.stderr_is_terminal || total <= PROGRESS_THRESHOLD {
        return None;
    }
    let bar = indicatif::ProgressBar::new(total as u64);
    bar.set_style(
        indicatif::ProgressStyle::with_template("applying {bar:30} {pos}/{len} {elapsed}")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    Some(bar)
}
