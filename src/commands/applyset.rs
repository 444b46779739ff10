//! The ApplySet steps that `apply --prune`, `diff --prune` and
//! `delete --applyset` share: opening the set named by `--applyset`,
//! finding the members to prune, and pruning them; and `get applysets`.

use std::io::Write;

use kube::Client;

use super::Session;
use crate::actions::applyset::{self, Parent, Scope};
use crate::cli::{Cascade, DryRun, GetArgs, GlobalArgs, PruneArgs};
use crate::error::Problems;
use crate::interrupt::Interrupt;
use crate::manifest::Manifest;
use crate::printers::apply::pruned_line;
use crate::resource::{ResolvedManifest, Target};

/// A set whose parent was read and may be managed by tug.
pub(super) struct OpenSet {
    pub parent: Parent,
    /// What the parent records (nothing when it does not exist yet).
    pub recorded: Scope,
    /// The parent's tooling annotation; `None` when it does not exist yet.
    tooling: Option<String>,
}

impl OpenSet {
    /// Whether the parent exists.
    pub fn exists(&self) -> bool {
        self.tooling.is_some()
    }

    /// Makes the parent record `scope`; no request when it already does,
    /// with this version of tug as its tool.
    pub async fn record(
        &mut self,
        client: &Client,
        scope: Scope,
        dry_run: DryRun,
    ) -> anyhow::Result<()> {
        let own_namespace = |scope: &Scope| {
            let mut namespaces = scope.namespaces.clone();
            namespaces.extend(self.parent.target.namespace.clone());
            (scope.kinds.clone(), namespaces)
        };
        if self.tooling.as_deref() == Some(applyset::tooling().as_str())
            && own_namespace(&self.recorded) == own_namespace(&scope)
        {
            return Ok(());
        }
        applyset::record(client, &self.parent, &scope, dry_run).await?;
        if dry_run == DryRun::None {
            self.tooling = Some(applyset::tooling());
            self.recorded = scope;
        }
        Ok(())
    }
}

/// Resolves `--applyset` in the command's namespace and reads the parent;
/// refuses a parent of another tool unless `take_over`.
pub(super) async fn open(
    session: &mut Session,
    spec: &str,
    take_over: bool,
) -> anyhow::Result<OpenSet> {
    let type_name = spec
        .split_once('/')
        .map_or("secrets", |(resource, _)| resource);
    session
        .discovery
        .ensure(|d| d.by_name(type_name).is_some())
        .await
        .map_err(|e| session.cluster.unreachable(e))?;
    let parent = Parent::resolve(
        spec,
        session.discovery.current(),
        &session.cluster.namespace,
    )?;
    let recorded = applyset::read(&session.cluster.client, &parent, take_over).await?;
    // A recorded kind the cached discovery does not know may be new since it was cached.
    session
        .discovery
        .ensure(|d| applyset::kinds_known(d, &recorded.scope))
        .await
        .map_err(|e| session.cluster.unreachable(e))?;
    Ok(OpenSet {
        parent,
        recorded: recorded.scope,
        tooling: recorded.tooling,
    })
}

/// The set `--applyset` names, opened (see [`open`]); `None` without it.
pub(super) async fn open_if_named(
    session: &mut Session,
    args: &PruneArgs,
) -> anyhow::Result<Option<OpenSet>> {
    match &args.applyset {
        Some(spec) => Ok(Some(open(session, spec, args.applyset_takeover).await?)),
        None => Ok(None),
    }
}

/// The members of the set, wherever the parent or this run says it spans,
/// that `manifests` do not define.
pub(super) async fn to_prune(
    session: &Session,
    set: &OpenSet,
    manifests: &[ResolvedManifest],
) -> anyhow::Result<Vec<Target>> {
    let scope = set.recorded.union(&Scope::of(manifests));
    let members = applyset::members(
        &session.cluster.client,
        session.discovery.current(),
        &set.parent,
        &scope,
    )
    .await?;
    Ok(applyset::unlisted(members, manifests))
}

/// What pruning did.
pub(super) struct Pruned {
    pub count: usize,
    /// Some object could not be deleted; each has been reported.
    pub failed: bool,
}

/// Deletes `targets`, printing `kind/name pruned` for each and the server's
/// error (e.g. Forbidden) for each that could not be. After Ctrl-C, says
/// what was not pruned and ends with 130.
pub(super) async fn prune(
    client: &Client,
    targets: &[Target],
    dry_run: DryRun,
    interrupt: &Interrupt,
) -> anyhow::Result<Pruned> {
    let mut out = crate::term::stdout();
    let mut err = std::io::stderr();
    let mut pruned = Pruned {
        count: 0,
        failed: false,
    };
    if dry_run == DryRun::Client {
        for target in targets {
            writeln!(out, "{}", pruned_line(&target.display_name(), dry_run))?;
        }
        pruned.count = targets.len();
        out.flush()?;
        return Ok(pruned);
    }
    let params = crate::actions::delete::params(Cascade::Background, dry_run);
    let mut done = Vec::new();
    let mut results = crate::actions::delete::delete_each(client, targets, &params, interrupt);
    while let Some((target, result)) = futures::StreamExt::next(&mut results).await {
        match result {
            Ok(_) => {
                writeln!(out, "{}", pruned_line(&target.display_name(), dry_run))?;
                pruned.count += 1;
            }
            // Deleted meanwhile by someone else: gone all the same.
            Err(error) if crate::actions::delete::is_not_found(&error) => {}
            Err(error) => {
                out.flush()?;
                writeln!(err, "{}", crate::error::describe(&error.into()))?;
                pruned.failed = true;
            }
        }
        done.push(target);
    }
    out.flush()?;
    if interrupt.is_set() {
        let not_pruned: Vec<String> = targets
            .iter()
            .filter(|t| !done.iter().any(|d| std::ptr::eq(*d, *t)))
            .map(Target::display_name)
            .collect();
        return Err(crate::interrupt::stopped(
            pruned.count,
            "pruned",
            "not pruned",
            &not_pruned,
        ));
    }
    Ok(pruned)
}

/// Refuses manifests that set the part-of label themselves, before any request.
pub(super) fn check_unlabelled(manifests: &[Manifest]) -> anyhow::Result<()> {
    let labelled = applyset::labelled_in_input(manifests);
    if labelled.is_empty() {
        return Ok(());
    }
    Err(Problems(labelled).into())
}

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
