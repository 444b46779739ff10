//! `tug apply -f …`: read and check every manifest, resolve it through
//! discovery, apply with server-side apply, print what happened.

use std::io::Write;

use crate::actions::apply::{Options, Outcome};
use crate::actions::rollout::wait::Waited;
use crate::cli::{ApplyArgs, DryRun, GlobalArgs, ObjectFormat};
use crate::client::Cluster;
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
    let manifests = super::read_manifests(&args.files)?;
    let mut session = super::Session::start(global).await?;
    let manifests = session.resolve(manifests).await?;
    let cluster = session.cluster;
    let options = Options {
        field_manager: args.field_manager.clone(),
        force_conflicts: args.force_conflicts,
        dry_run: args.dry_run,
        validation: args.validate,
        concurrency: usize::from(args.concurrency),
        always_send: args.always_send,
        keep_objects: args.output.is_some(),
    };

    let diff_options = Options {
        keep_objects: true,
        ..options.clone()
    };
    if args.diff && !diff_confirmed(&cluster, &manifests, &diff_options, args, terminal).await? {
        writeln!(crate::term::stdout(), "apply is cancelled")?;
        return Ok(0);
    }
    if args.dry_run == DryRun::Client {
        return print_client_dry_run(&manifests, args.output);
    }

    // Requests in flight finish after Ctrl-C and the outcomes say which
    // objects were not applied.
    let hold = interrupt.hold();
    let progress = progress_bar(&terminal, manifests.len());
    let outcomes = crate::actions::apply::apply_all(
        &cluster.client,
        &manifests,
        &options,
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

    print_outcomes(&manifests, &outcomes, args)?;
    if interrupt.is_set() {
        return Err(AlreadyReported { code: INTERRUPTED }.into());
    }
    if outcomes.iter().any(Result::is_err) {
        return Err(AlreadyReported { code: 1 }.into());
    }
    if !args.wait {
        return Ok(0);
    }
    let targets = manifests.iter().map(|m| &m.target);
    let waited = crate::actions::rollout::wait::applied(
        &cluster.client,
        targets,
        args.timeout,
        &terminal,
        interrupt,
    )
    .await?;
    drop(hold);
    match waited {
        Waited::AllRolledOut => Ok(0),
        Waited::NotAll => Err(AlreadyReported { code: 1 }.into()),
        Waited::Interrupted { unfinished } => Err(crate::interrupt::stopped(
            outcomes.len(),
            "applied",
            "not rolled out yet",
            &unfinished,
        )),
    }
}

/// `--diff`: shows what applying would change, then, when a person can
/// answer and nothing said yes already, asks whether to go on.
async fn diff_confirmed(
    cluster: &Cluster,
    manifests: &[ResolvedManifest],
    options: &Options,
    args: &ApplyArgs,
    terminal: Terminal,
) -> anyhow::Result<bool> {
    let shown = super::diff::show(&cluster.client, manifests, options, terminal).await?;
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
                for warning in &applied.warnings {
                    writeln!(
                        err,
                        "Warning: {name}: {}",
                        crate::printers::escape_terminal(warning)
                    )?;
                }
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
    if outcomes.len() > 1 {
        writeln!(err, "{}", report::summary(outcomes))?;
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
