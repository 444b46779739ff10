//! `tug apply -f …`: read and check every manifest, resolve it through
//! discovery, apply with server-side apply, print what happened.

use std::io::Write;

use crate::actions::apply::{ApplyError, Options, Outcome};
use crate::actions::applyset::Scope;
use crate::actions::rollout::wait::Waited;
use crate::cli::{ApplyArgs, DryRun, GlobalArgs, ObjectFormat};
use crate::connect::Cluster;
use crate::error::AlreadyReported;
use crate::interrupt::{EXIT_CODE as INTERRUPTED, Interrupt};
use crate::printers::apply as report;
use crate::resource::ResolvedManifest;
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
        super::applyset::check_unlabelled(&manifests)?;
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
    let mut set = super::applyset::open_if_named(&mut session, &args.prune).await?;
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
            let targets = super::applyset::to_prune(&session, set, &manifests).await?;
            super::applyset::prune(&session.cluster.client, &targets, args.dry_run, interrupt)
                .await?;
        }
        return Ok(0);
    }

    // Requests in flight finish after Ctrl-C and the outcomes say which
    // objects were not applied.
    let hold = interrupt.hold();
    let outcomes = match &mut set {
        Some(set) => {
            apply_into_set(
                &session.cluster,
                set,
                &manifests,
                &options,
                terminal,
                interrupt,
            )
            .await?
        }
        None => {
            apply_with_progress(&session.cluster, &manifests, &options, terminal, interrupt).await
        }
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

/// Applies every manifest once the parent records the set's old and new
/// scope, so that an interrupted run leaves no member unrecorded. A new
/// parent in a namespace this input creates can only be written once that
/// namespace exists: then the Namespaces are applied first.
async fn apply_into_set(
    cluster: &Cluster,
    set: &mut super::applyset::OpenSet,
    manifests: &[ResolvedManifest],
    options: &Options,
    terminal: Terminal,
    interrupt: &Interrupt,
) -> anyhow::Result<Vec<Outcome>> {
    let superset = set.recorded.union(&Scope::of(manifests));
    let is_namespace = |m: &ResolvedManifest| {
        m.target.resource.group.is_empty() && m.target.resource.kind == "Namespace"
    };
    let parent_namespace = set.parent.target.namespace.as_ref();
    let creates_parent_namespace = manifests
        .iter()
        .any(|m| is_namespace(m) && Some(&m.target.name) == parent_namespace);
    if set.exists() || !creates_parent_namespace {
        set.record(&cluster.client, superset, options.dry_run)
            .await?;
        return Ok(apply_with_progress(cluster, manifests, options, terminal, interrupt).await);
    }
    let (first, rest): (Vec<usize>, Vec<usize>) =
        (0..manifests.len()).partition(|&i| is_namespace(&manifests[i]));
    let mut outcomes: Vec<Option<Outcome>> = manifests.iter().map(|_| None).collect();
    let created = apply_some(
        cluster,
        manifests,
        &first,
        options,
        terminal,
        interrupt,
        &mut outcomes,
    )
    .await;
    // A dry run creates no namespace to write the parent in; after a failure
    // nothing is pruned, and the next run records the set.
    if created && options.dry_run == DryRun::None {
        set.record(&cluster.client, superset, options.dry_run)
            .await?;
    }
    apply_some(
        cluster,
        manifests,
        &rest,
        options,
        terminal,
        interrupt,
        &mut outcomes,
    )
    .await;
    Ok(outcomes
        .into_iter()
        .map(|o| o.unwrap_or(Err(ApplyError::Interrupted)))
        .collect())
}

/// Applies the manifests at `indices`, putting each outcome in its place;
/// returns whether all were applied.
async fn apply_some(
    cluster: &Cluster,
    manifests: &[ResolvedManifest],
    indices: &[usize],
    options: &Options,
    terminal: Terminal,
    interrupt: &Interrupt,
    outcomes: &mut [Option<Outcome>],
) -> bool {
    let some: Vec<ResolvedManifest> = indices.iter().map(|&i| manifests[i].clone()).collect();
    let applied = apply_with_progress(cluster, &some, options, terminal, interrupt).await;
    let all = applied.iter().all(Result::is_ok);
    for (&i, outcome) in indices.iter().zip(applied) {
        outcomes[i] = Some(outcome);
    }
    all
}

/// Once every object is applied: prunes the members of the set that this
/// run did not apply (asking first on a terminal), then narrows the parent
/// to this run's scope unless something was left behind.
async fn prune_unlisted(
    session: &super::Session,
    set: &mut super::applyset::OpenSet,
    manifests: &[ResolvedManifest],
    args: &ApplyArgs,
    terminal: Terminal,
    interrupt: &Interrupt,
) -> anyhow::Result<super::applyset::Pruned> {
    let client = &session.cluster.client;
    let targets = super::applyset::to_prune(session, set, manifests).await?;
    let asks =
        !targets.is_empty() && args.dry_run == DryRun::None && !args.yes && terminal.can_prompt();
    if asks {
        eprint!(
            "{}",
            crate::printers::delete::preview(&session.cluster.context, &targets)
        );
        if !crate::term::confirm("Prune them?")? {
            writeln!(crate::term::stdout(), "pruning is cancelled")?;
            return Ok(super::applyset::Pruned {
                count: 0,
                failed: false,
            });
        }
    }
    let pruned = super::applyset::prune(client, &targets, args.dry_run, interrupt).await?;
    // Narrowed to this run only when nothing is left behind: the parent
    // must keep recording where the members left behind are.
    if !pruned.failed {
        set.record(client, Scope::of(manifests), args.dry_run)
            .await?;
    }
    Ok(pruned)
}

/// `--diff`: shows what applying would change, then, when a person can
/// answer and nothing said yes already, asks whether to go on.
async fn diff_confirmed(
    session: &super::Session,
    set: Option<&super::applyset::OpenSet>,
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
        let targets = super::applyset::to_prune(session, set, manifests).await?;
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
    if args.yes || args.dry_run != DryRun::None || !terminal.can_prompt() {
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
