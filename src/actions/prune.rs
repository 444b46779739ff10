//! Applying into an ApplySet and pruning it: the steps `apply --prune`,
//! `diff --prune` and `delete --applyset` share, on top of the ApplySet
//! records of [`super::applyset`]. A command opens the set `--applyset`
//! names, applies into it, finds the members this run no longer defines
//! and prunes them; what happened goes back to the command to print.

use kube::Client;

use super::applyset::{self, Parent, Scope};
use crate::actions::apply::{ApplyError, Outcome};
use crate::cli::{Cascade, DryRun, PruneArgs};
use crate::connect::Cluster;
use crate::error::Problems;
use crate::interrupt::Interrupt;
use crate::manifest::Manifest;
use crate::resource::{CachedDiscovery, ResolvedManifest, Target};

/// A set whose parent was read and may be managed by tug.
pub struct OpenSet {
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

/// Resolves `--applyset` in the cluster's namespace and reads the parent;
/// refuses a parent of another tool unless `take_over`.
pub async fn open(
    cluster: &Cluster,
    discovery: &mut CachedDiscovery,
    spec: &str,
    take_over: bool,
) -> anyhow::Result<OpenSet> {
    let type_name = spec
        .split_once('/')
        .map_or("secrets", |(resource, _)| resource);
    discovery
        .ensure(|d| d.by_name(type_name).is_some())
        .await
        .map_err(|e| cluster.unreachable(e))?;
    let parent = Parent::resolve(spec, discovery.current(), &cluster.namespace)?;
    let recorded = applyset::read(&cluster.client, &parent, take_over).await?;
    // A recorded kind the cached discovery does not know may be new since it was cached.
    discovery
        .ensure(|d| applyset::kinds_known(d, &recorded.scope))
        .await
        .map_err(|e| cluster.unreachable(e))?;
    Ok(OpenSet {
        parent,
        recorded: recorded.scope,
        tooling: recorded.tooling,
    })
}

/// The set `--applyset` names, opened (see [`open`]); `None` without it.
pub async fn open_if_named(
    cluster: &Cluster,
    discovery: &mut CachedDiscovery,
    args: &PruneArgs,
) -> anyhow::Result<Option<OpenSet>> {
    match &args.applyset {
        Some(spec) => Ok(Some(
            open(cluster, discovery, spec, args.applyset_takeover).await?,
        )),
        None => Ok(None),
    }
}

/// Refuses manifests that set the part-of label themselves, before any request.
pub fn check_unlabelled(manifests: &[Manifest]) -> anyhow::Result<()> {
    let labelled = applyset::labelled_in_input(manifests);
    if labelled.is_empty() {
        return Ok(());
    }
    Err(Problems(labelled).into())
}

/// Applies every manifest with `apply` once the parent records the set's
/// old and new scope, so that an interrupted run leaves no member
/// unrecorded. A new parent in a namespace this input creates can only be
/// written once that namespace exists: then the Namespaces are applied first.
pub async fn apply_into_set(
    client: &Client,
    set: &mut OpenSet,
    manifests: &[ResolvedManifest],
    dry_run: DryRun,
    apply: impl AsyncFn(&[ResolvedManifest]) -> Vec<Outcome>,
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
        set.record(client, superset, dry_run).await?;
        return Ok(apply(manifests).await);
    }
    let (first, rest): (Vec<usize>, Vec<usize>) =
        (0..manifests.len()).partition(|&i| is_namespace(&manifests[i]));
    let mut outcomes: Vec<Option<Outcome>> = manifests.iter().map(|_| None).collect();
    let created = apply_some(manifests, &first, &apply, &mut outcomes).await;
    // A dry run creates no namespace to write the parent in; after a failure
    // nothing is pruned, and the next run records the set.
    if created && dry_run == DryRun::None {
        set.record(client, superset, dry_run).await?;
    }
    apply_some(manifests, &rest, &apply, &mut outcomes).await;
    Ok(outcomes
        .into_iter()
        .map(|o| o.unwrap_or(Err(ApplyError::Interrupted)))
        .collect())
}

/// Applies the manifests at `indices`, putting each outcome in its place;
/// returns whether all were applied.
async fn apply_some(
    manifests: &[ResolvedManifest],
    indices: &[usize],
    apply: &impl AsyncFn(&[ResolvedManifest]) -> Vec<Outcome>,
    outcomes: &mut [Option<Outcome>],
) -> bool {
    let some: Vec<ResolvedManifest> = indices.iter().map(|&i| manifests[i].clone()).collect();
    let applied = apply(&some).await;
    let all = applied.iter().all(Result::is_ok);
    for (&i, outcome) in indices.iter().zip(applied) {
        outcomes[i] = Some(outcome);
    }
    all
}

/// The members of the set, wherever the parent or this run says it spans,
/// that `manifests` do not define.
pub async fn to_prune(
    client: &Client,
    discovery: &CachedDiscovery,
    set: &OpenSet,
    manifests: &[ResolvedManifest],
) -> anyhow::Result<Vec<Target>> {
    let scope = set.recorded.union(&Scope::of(manifests));
    let members = applyset::members(client, discovery.current(), &set.parent, &scope).await?;
    Ok(applyset::unlisted(members, manifests))
}

/// What pruning did.
pub struct Pruned {
    pub count: usize,
    /// Some object could not be deleted; each has been reported.
    pub failed: bool,
}

/// Deletes `targets`, handing `report` each one pruned (`Ok`) and the
/// server's error (e.g. Forbidden) for each that could not be, as they come;
/// an object deleted meanwhile by someone else is gone all the same. A
/// client dry run prunes all at once, sending nothing. After Ctrl-C, the
/// error says what was not pruned and ends with 130.
pub async fn prune(
    client: &Client,
    targets: &[Target],
    dry_run: DryRun,
    interrupt: &Interrupt,
    mut report: impl FnMut(&Target, Result<(), kube::Error>) -> anyhow::Result<()>,
) -> anyhow::Result<Pruned> {
    let mut pruned = Pruned {
        count: 0,
        failed: false,
    };
    if dry_run == DryRun::Client {
        for target in targets {
            report(target, Ok(()))?;
        }
        pruned.count = targets.len();
        return Ok(pruned);
    }
    let params = super::delete::params(Cascade::Background, dry_run);
    let mut done = Vec::new();
    let mut results = super::delete::delete_each(client, targets, &params, interrupt);
    while let Some((target, result)) = futures::StreamExt::next(&mut results).await {
        match result {
            Ok(_) => {
                report(target, Ok(()))?;
                pruned.count += 1;
            }
            Err(error) if super::delete::is_not_found(&error) => {}
            Err(error) => {
                report(target, Err(error))?;
                pruned.failed = true;
            }
        }
        done.push(target);
    }
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

/// After pruning: narrows the parent to this run's scope, only when nothing
/// is left behind: the parent must keep recording where the members left
/// behind are.
pub async fn narrow(
    client: &Client,
    set: &mut OpenSet,
    manifests: &[ResolvedManifest],
    pruned: &Pruned,
    dry_run: DryRun,
) -> anyhow::Result<()> {
    if pruned.failed {
        return Ok(());
    }
    set.record(client, Scope::of(manifests), dry_run).await
}

/// Every member of the set `spec` names, then its parent, for deleting the
/// whole set. Naming the set to delete is consent enough, whichever tool
/// made it.
pub async fn whole_set(
    cluster: &Cluster,
    discovery: &mut CachedDiscovery,
    spec: &str,
) -> anyhow::Result<Vec<Target>> {
    let set = open(cluster, discovery, spec, true).await?;
    if !set.exists() {
        anyhow::bail!("ApplySet parent {} not found", set.parent);
    }
    let mut targets = applyset::members(
        &cluster.client,
        discovery.current(),
        &set.parent,
        &set.recorded,
    )
    .await?;
    targets.push(set.parent.target);
    Ok(targets)
}
