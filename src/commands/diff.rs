//! `tug diff -f …`: what `apply` would change, as a unified diff per object
//! between the live object and the server's dry-run result. The exit code is
//! kubectl's (and diff(1)'s): 0 no differences, 1 differences, 2 trouble.

use std::io::Write;

use kube::Client;

use crate::actions::apply::Options;
use crate::cli::{DiffArgs, DryRun, GlobalArgs, Validation};
use crate::error::AlreadyReported;
use crate::printers::apply::write_failure;
use crate::resource::{ResolvedManifest, Target};
use crate::term::Terminal;

/// Objects diffed at the same time, as `apply`'s default concurrency.
const CONCURRENCY: usize = 16;
/// diff(1)'s exit code for trouble: 1 already means "there are differences".
const TROUBLE: u8 = 2;

/// Prints the diffs; `Ok` carries 0 (no differences) or 1 (differences).
pub async fn run(global: &GlobalArgs, args: &DiffArgs, terminal: Terminal) -> anyhow::Result<u8> {
    compare(global, args, terminal)
        .await
        .map_err(exit_with_trouble)
}

async fn compare(global: &GlobalArgs, args: &DiffArgs, terminal: Terminal) -> anyhow::Result<u8> {
    if args.files.filenames.is_empty() {
        anyhow::bail!("must specify one of -f (see 'tug diff --help')");
    }
    // Bad manifests are reported before any connection is made.
    let manifests = super::read_manifests_or_none(&args.files)?;
    if args.prune.applyset.is_some() {
        crate::actions::prune::check_unlabelled(&manifests)?;
    }
    let mut session = super::Session::start(global).await?;
    let manifests = session.resolve(manifests).await?;
    let set =
        crate::actions::prune::open_if_named(&session.cluster, &mut session.discovery, &args.prune)
            .await?;
    let options = Options {
        field_manager: args.field_manager.clone(),
        force_conflicts: args.force_conflicts,
        dry_run: DryRun::Server,
        // As strict as `apply` is by default, so that diff fails where apply would.
        validation: Validation::Strict,
        concurrency: CONCURRENCY,
        always_send: false,
        keep_objects: true,
        part_of: set.as_ref().map(|set| set.parent.id()),
    };
    let client = &session.cluster.client;
    let mut shown = show(client, &manifests, &options, terminal).await?;
    if let Some(set) = &set {
        let targets =
            crate::actions::prune::to_prune(client, &session.discovery, set, &manifests).await?;
        shown.changed += show_pruned(client, &targets, terminal).await?;
    }
    if shown.failed > 0 {
        return Err(AlreadyReported { code: TROUBLE }.into());
    }
    Ok(u8::from(shown.changed > 0))
}

/// Every failure of `diff` exits with 2, the shared ones (kubeconfig,
/// connection, bad manifests) included, which the rest of tug reports with
/// 1. The message is printed here, exactly as `main` would print it.
fn exit_with_trouble(error: anyhow::Error) -> anyhow::Error {
    let report = crate::error::report(&error);
    // A closed pipe (0) or Ctrl-C keep their own code.
    if report.code != 1 {
        return error;
    }
    if let Some(line) = report.line {
        // Nothing more can be done if even stderr is gone.
        let _ = writeln!(std::io::stderr(), "{line}");
    }
    AlreadyReported { code: TROUBLE }.into()
}

/// What [`show`] found.
pub(super) struct Shown {
    /// Objects that applying would create or change.
    pub changed: usize,
    /// Objects that could not be diffed; their errors have been printed.
    pub failed: usize,
}

/// Prints the diff of every manifest against its live object on stdout, and
/// why any could not be diffed on stderr. Shared by `diff` and `apply --diff`.
pub(super) async fn show(
    client: &Client,
    manifests: &[ResolvedManifest],
    options: &Options,
    terminal: Terminal,
) -> anyhow::Result<Shown> {
    let outcomes = crate::actions::diff::diff_all(client, manifests, options).await;
    let mut out = crate::term::stdout();
    let mut err = std::io::stderr();
    let mut shown = Shown {
        changed: 0,
        failed: 0,
    };
    for (manifest, outcome) in manifests.iter().zip(&outcomes) {
        let name = manifest.target.display_name();
        match outcome {
            Ok(diff) => {
                if let Some(lines) = crate::printers::diff::unified(diff)? {
                    crate::printers::diff::write_lines(&mut out, &lines, terminal.color)?;
                    shown.changed += 1;
                }
            }
            Err(error) => {
                // Keeps the diffs above the errors that follow them on a terminal.
                out.flush()?;
                write_failure(
                    &mut err,
                    &name,
                    &manifest.manifest.source.to_string(),
                    error,
                )?;
                shown.failed += 1;
            }
        }
    }
    out.flush()?;
    Ok(shown)
}

/// Prints, for each object that pruning would delete, its diff to nothing;
/// returns how many were shown (objects gone meanwhile are not).
pub(super) async fn show_pruned(
    client: &Client,
    targets: &[Target],
    terminal: Terminal,
) -> anyhow::Result<usize> {
    let mut out = crate::term::stdout();
    let mut shown = 0;
    for target in targets {
        let Some(live) = crate::resource::fetch::get(client, target, false).await? else {
            continue;
        };
        let diff =
            crate::actions::diff::ObjectDiff::new(target, Some(live), serde_json::Value::Null);
        if let Some(lines) = crate::printers::diff::unified(&diff)? {
            crate::printers::diff::write_lines(&mut out, &lines, terminal.color)?;
            shown += 1;
        }
    }
    out.flush()?;
    Ok(shown)
}
