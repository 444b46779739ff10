//! ApplySets (KEP-3659): a parent object that records which kinds and
//! namespaces a set of applied objects spans, and a `part-of` label on every
//! member, so that any tool that follows the specification (kubectl with
//! `KUBECTL_APPLYSET=true` among them) can find the members and prune those
//! no longer applied.

use std::collections::{BTreeMap, BTreeSet, HashSet};

use base64::Engine;
use kube::Client;
use kube::api::{Patch, PatchParams};
use serde_json::{Value, json};

use crate::cli::DryRun;
use crate::manifest::Manifest;
use crate::resource::args::Selection;
use crate::resource::{Discovery, ResolvedManifest, ResourceType, Target};

/// On the parent: the set's id.
pub const ID_LABEL: &str = "applyset.kubernetes.io/id";
/// On every member: the id of the set it belongs to.
pub const PART_OF_LABEL: &str = "applyset.kubernetes.io/part-of";
const TOOLING_ANNOTATION: &str = "applyset.kubernetes.io/tooling";
const KINDS_ANNOTATION: &str = "applyset.kubernetes.io/contains-group-kinds";
/// What kubectl 1.27 wrote instead of group-kinds; still read, as kubectl reads it.
const RESOURCES_ANNOTATION: &str = "applyset.kubernetes.io/contains-group-resources";
const NAMESPACES_ANNOTATION: &str = "applyset.kubernetes.io/additional-namespaces";
/// On a CustomResourceDefinition: its objects may be parents.
const PARENT_TYPE_LABEL: &str = "applyset.kubernetes.io/is-parent-type";
/// The tool name in the tooling annotation, before the version.
const TOOL: &str = "tug";
/// The field manager of the parent's fields, named as kubectl names its own.
const FIELD_MANAGER: &str = "tug-applyset";

/// Why a set cannot be used or kept up to date.
#[derive(Debug, thiserror::Error)]
pub enum ApplySetError {
    #[error("--applyset: {0}")]
    BadParent(String),
    #[error(
        "ApplySet parent {parent} is managed by \"{tool}\", not tug; pruning it could delete what {tool} keeps. \
         Pass --applyset-takeover to prune it with tug and make tug its tool"
    )]
    OtherTool { parent: String, tool: String },
    #[error("ApplySet parent {0}: {1}")]
    Invalid(String, String),
    #[error("ApplySet parent {0}: {1}")]
    Request(String, String),
}

impl ApplySetError {
    /// A failed request about `parent`, in the server's words.
    fn request(parent: &Parent, error: &kube::Error) -> Self {
        let message = match error {
            kube::Error::Api(status) => status.message.clone(),
            other => crate::error::innermost_message(other),
        };
        ApplySetError::Request(parent.to_string(), message)
    }
}

/// `applyset.kubernetes.io/tooling`: `tug/v0.1.0`, as kubectl writes `kubectl/v1.37.2`.
pub fn tooling() -> String {
    format!("{TOOL}/v{}", env!("CARGO_PKG_VERSION"))
}

/// The object that records a set.
#[derive(Debug, Clone)]
pub struct Parent {
    pub target: Target,
}

impl std::fmt::Display for Parent {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.target.namespace {
            Some(namespace) => write!(f, "{} in namespace {namespace}", self.target.display_name()),
            None => write!(f, "{}", self.target.display_name()),
        }
    }
}

impl Parent {
    /// `--applyset=[RESOURCE[.GROUP]/]NAME`: a Secret unless a type is
    /// given, in `namespace` when the type is namespaced.
    pub fn resolve(
        spec: &str,
        discovery: &Discovery,
        namespace: &str,
    ) -> Result<Parent, ApplySetError> {
        let (resource, name) = match spec.split_once('/') {
            Some((resource, name)) => (resource, name),
            None => ("secrets", spec),
        };
        if name.is_empty() {
            return Err(ApplySetError::BadParent("the name cannot be blank".into()));
        }
        crate::resource::names::check_name(name).map_err(ApplySetError::BadParent)?;
        let resource = discovery.by_name(resource).ok_or_else(|| {
            ApplySetError::BadParent(format!(
                "the server doesn't have a resource type \"{resource}\""
            ))
        })?;
        Ok(Parent {
            target: Target {
                resource: resource.clone(),
                name: name.to_string(),
                namespace: resource.namespaced.then(|| namespace.to_string()),
            },
        })
    }

    /// The set's id as KEP-3659 defines it: the parent's name, namespace,
    /// kind and group joined with dots, hashed, in URL-safe base64.
    pub fn id(&self) -> String {
        let target = &self.target;
        let unhashed = [
            target.name.as_str(),
            target.namespace.as_deref().unwrap_or_default(),
            &target.resource.kind,
            &target.resource.group,
        ]
        .join(".");
        let hash = ring::digest::digest(&ring::digest::SHA256, unhashed.as_bytes());
        let encoded = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(hash.as_ref());
        format!("applyset-{encoded}-v1")
    }

    /// kubectl's selector for the members: `applyset.kubernetes.io/part-of=ID`.
    pub fn member_selector(&self) -> String {
        format!("{PART_OF_LABEL}={}", self.id())
    }

    fn is_builtin_type(&self) -> bool {
        let resource = &self.target.resource;
        resource.group.is_empty() && matches!(resource.kind.as_str(), "Secret" | "ConfigMap")
    }
}

/// The kinds and namespaces a set spans, as its parent records them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Scope {
    /// `Kind` or `Kind.group`, as the annotation writes them.
    pub kinds: BTreeSet<String>,
    /// Every namespace of namespaced members, the parent's own included.
    pub namespaces: BTreeSet<String>,
}

impl Scope {
    /// What `manifests` span.
    pub fn of(manifests: &[ResolvedManifest]) -> Scope {
        let mut scope = Scope::default();
        for manifest in manifests {
            scope.kinds.insert(group_kind(&manifest.target.resource));
            scope.namespaces.extend(manifest.target.namespace.clone());
        }
        scope
    }

    /// Both scopes together.
    pub fn union(&self, other: &Scope) -> Scope {
        Scope {
            kinds: self.kinds.union(&other.kinds).cloned().collect(),
            namespaces: self.namespaces.union(&other.namespaces).cloned().collect(),
        }
    }
}

/// `Deployment.apps`, `ConfigMap`: Go's `GroupKind.String()`.
pub fn group_kind(resource: &ResourceType) -> String {
    if resource.group.is_empty() {
        resource.kind.clone()
    } else {
        format!("{}.{}", resource.kind, resource.group)
    }
}

/// The parent as it is before this run.
#[derive(Debug, Clone)]
pub struct Recorded {
    /// `None` when the parent does not exist yet.
    pub tooling: Option<String>,
    pub scope: Scope,
}

/// Reads the parent and checks that tug may manage its set: it must carry
/// the set's id, and name tug as its tool unless `take_over`.
pub async fn read(
    client: &Client,
    parent: &Parent,
    take_over: bool,
) -> Result<Recorded, ApplySetError> {
    if !parent.is_builtin_type() {
        check_parent_type(client, parent).await?;
    }
    let live = crate::resource::fetch::get(client, &parent.target, false)
        .await
        .map_err(|e| ApplySetError::request(parent, &e))?;
    let Some(live) = live else {
        if !parent.is_builtin_type() {
            return Err(ApplySetError::Invalid(
                parent.to_string(),
                "custom resource parents are not created automatically; create it first".into(),
            ));
        }
        return Ok(Recorded {
            tooling: None,
            scope: Scope::default(),
        });
    };
    let text = |map: &str, key: &str| live["metadata"][map][key].as_str().map(str::to_string);
    let Some(tooling) = text("annotations", TOOLING_ANNOTATION) else {
        return Err(ApplySetError::Invalid(
            parent.to_string(),
            format!(
                "exists and has no {TOOLING_ANNOTATION} annotation: it is not an ApplySet parent"
            ),
        ));
    };
    let tool = tooling.split('/').next().unwrap_or_default();
    if tool != TOOL && !take_over {
        return Err(ApplySetError::OtherTool {
            parent: parent.to_string(),
            tool: tool.to_string(),
        });
    }
    match text("labels", ID_LABEL) {
        Some(id) if id == parent.id() => {}
        Some(id) => {
            return Err(ApplySetError::Invalid(
                parent.to_string(),
                format!(
                    "its {ID_LABEL} label is {id}, not {} as the specification requires",
                    parent.id()
                ),
            ));
        }
        None => {
            return Err(ApplySetError::Invalid(
                parent.to_string(),
                format!("has no {ID_LABEL} label"),
            ));
        }
    }
    let scope = recorded_scope(&live, parent)?;
    Ok(Recorded {
        tooling: Some(tooling),
        scope,
    })
}

/// The kinds and namespaces the parent's annotations record.
fn recorded_scope(live: &Value, parent: &Parent) -> Result<Scope, ApplySetError> {
    let annotations = &live["metadata"]["annotations"];
    let list = |key: &str| -> Option<BTreeSet<String>> {
        annotations[key].as_str().map(|text| {
            text.split(',')
                .filter(|item| !item.is_empty())
                .map(str::to_string)
                .collect()
        })
    };
    let kinds = match (list(KINDS_ANNOTATION), list(RESOURCES_ANNOTATION)) {
        (Some(kinds), _) => kinds,
        // Resources (`deployments.apps`) are resolved to kinds when listing.
        (None, Some(resources)) => resources,
        (None, None) => {
            return Err(ApplySetError::Invalid(
                parent.to_string(),
                format!("has no {KINDS_ANNOTATION} annotation"),
            ));
        }
    };
    let mut namespaces = list(NAMESPACES_ANNOTATION).unwrap_or_default();
    namespaces.extend(parent.target.namespace.clone());
    Ok(Scope { kinds, namespaces })
}

/// A custom parent type must be marked as one on its CustomResourceDefinition.
async fn check_parent_type(client: &Client, parent: &Parent) -> Result<(), ApplySetError> {
    let resource = &parent.target.resource;
    let crds: kube::Api<k8s_openapi::apiextensions_apiserver::pkg::apis::apiextensions::v1::CustomResourceDefinition> =
        kube::Api::all(client.clone());
    let name = format!("{}.{}", resource.plural, resource.group);
    let crd = crds
        .get_opt(&name)
        .await
        .map_err(|e| ApplySetError::request(parent, &e))?;
    let marked = crd.is_some_and(|crd| {
        crd.metadata
            .labels
            .unwrap_or_default()
            .contains_key(PARENT_TYPE_LABEL)
    });
    if marked {
        return Ok(());
    }
    Err(ApplySetError::BadParent(format!(
        "{} cannot be an ApplySet parent: only Secrets, ConfigMaps and custom resources whose \
         CustomResourceDefinition has the {PARENT_TYPE_LABEL} label can",
        resource.qualified_plural()
    )))
}

/// Writes the parent with server-side apply, recording `scope` and tug as
/// its tool; creates it when it does not exist.
pub async fn record(
    client: &Client,
    parent: &Parent,
    scope: &Scope,
    dry_run: DryRun,
) -> Result<(), ApplySetError> {
    if dry_run == DryRun::Client {
        return Ok(());
    }
    let body = parent_patch(parent, scope);
    let apply = |force: bool| {
        let params = PatchParams {
            dry_run: dry_run == DryRun::Server,
            force,
            field_manager: Some(FIELD_MANAGER.to_string()),
            field_validation: None,
        };
        let body = &body;
        async move {
            let request = kube::core::Request::new(parent.target.api(client).resource_url())
                .patch(&parent.target.name, &params, &Patch::Apply(body))
                .map_err(kube::Error::BuildRequest)?;
            crate::raw_request::send(client, request).await
        }
    };
    // A set taken over from another tool: its field manager owns the annotations.
    let result = match apply(false).await {
        Err(kube::Error::Api(status)) if status.code == 409 => apply(true).await,
        other => other,
    };
    result
        .map(drop)
        .map_err(|e| ApplySetError::request(parent, &e))
}

/// The parent's metadata as tug owns it.
fn parent_patch(parent: &Parent, scope: &Scope) -> Value {
    let target = &parent.target;
    let joined =
        |items: &mut dyn Iterator<Item = &String>| items.cloned().collect::<Vec<_>>().join(",");
    let additional = joined(
        &mut scope
            .namespaces
            .iter()
            .filter(|ns| Some(*ns) != target.namespace.as_ref()),
    );
    let mut metadata = json!({
        "name": target.name,
        "labels": {ID_LABEL: parent.id()},
        "annotations": {
            TOOLING_ANNOTATION: tooling(),
            KINDS_ANNOTATION: joined(&mut scope.kinds.iter()),
            NAMESPACES_ANNOTATION: additional,
        },
    });
    if let Some(namespace) = &target.namespace {
        metadata["namespace"] = json!(namespace);
    }
    json!({
        "apiVersion": target.resource.api_version(),
        "kind": target.resource.kind,
        "metadata": metadata,
    })
}

/// Adds the set's label to an object about to be applied.
pub fn label_member(body: &mut Value, id: &str) {
    body["metadata"]["labels"][PART_OF_LABEL] = Value::String(id.to_string());
}

/// Manifests that set the part-of label themselves: the set decides it.
pub fn labelled_in_input(manifests: &[Manifest]) -> Vec<String> {
    manifests
        .iter()
        .filter(|m| !m.object()["metadata"]["labels"][PART_OF_LABEL].is_null())
        .map(|m| {
            format!(
                "{}: the {PART_OF_LABEL} label is set by --applyset and must not be in the manifest",
                m.source
            )
        })
        .collect()
}

/// Every member of the set in `scope`: one paged list per kind and
/// namespace, with the part-of selector, so that only labelled objects are
/// ever seen.
pub async fn members(
    client: &Client,
    discovery: &Discovery,
    parent: &Parent,
    scope: &Scope,
) -> Result<Vec<Target>, ApplySetError> {
    let selector = parent.member_selector();
    let selections = lists_of(discovery, parent, scope)?;
    let lists = selections
        .iter()
        .map(|selection| crate::actions::delete::list(client, selection, Some(&selector)));
    let mut members = Vec::new();
    for listed in futures::future::join_all(lists).await {
        match listed {
            Ok(listed) => members.extend(listed),
            // A type deleted since discovery was cached: no objects are left.
            Err(error) if crate::actions::delete::is_not_found(&error) => {}
            Err(error) => {
                return Err(ApplySetError::request(parent, &error));
            }
        }
    }
    Ok(members)
}

/// The lists that find every member in `scope`: each kind in each
/// namespace, or once when cluster-scoped. Kinds the server no longer
/// serves (their definition was deleted) have no objects left.
fn lists_of(
    discovery: &Discovery,
    parent: &Parent,
    scope: &Scope,
) -> Result<Vec<Selection>, ApplySetError> {
    let mut selections = Vec::new();
    // A parent of kubectl 1.27 names resources, which this run may name as kinds.
    let mut listed_types = HashSet::new();
    for kind in &scope.kinds {
        let Some(resource) = resource_of(discovery, kind) else {
            let group = kind.split_once('.').map_or("", |(_, group)| group);
            // Objects of a group that is down may well still exist.
            if discovery
                .unavailable
                .iter()
                .any(|gv| gv.split('/').next() == Some(group))
            {
                return Err(ApplySetError::Invalid(
                    parent.to_string(),
                    format!(
                        "its members of kind {kind} cannot be listed: the server cannot serve their API group now"
                    ),
                ));
            }
            continue;
        };
        if !listed_types.insert(resource.qualified_plural()) {
            continue;
        }
        let namespaces: Vec<Option<String>> = if resource.namespaced {
            scope.namespaces.iter().cloned().map(Some).collect()
        } else {
            vec![None]
        };
        selections.extend(namespaces.into_iter().map(|namespace| Selection {
            resource: resource.clone(),
            names: Vec::new(),
            namespace,
        }));
    }
    Ok(selections)
}

/// Whether discovery knows every kind of `scope`.
pub fn kinds_known(discovery: &Discovery, scope: &Scope) -> bool {
    scope
        .kinds
        .iter()
        .all(|kind| resource_of(discovery, kind).is_some())
}

/// The preferred type of a `Kind.group` (or a `resources.group` from the older annotation).
fn resource_of<'a>(discovery: &'a Discovery, group_kind: &str) -> Option<&'a ResourceType> {
    let (kind, group) = group_kind.split_once('.').unwrap_or((group_kind, ""));
    let preferred = |r: &&ResourceType| r.group == group && r.preferred;
    discovery
        .resources
        .iter()
        .filter(preferred)
        .find(|r| r.kind == kind)
        .or_else(|| {
            discovery
                .resources
                .iter()
                .filter(preferred)
                .find(|r| r.plural == kind)
        })
}

/// The members that this run does not apply: those to prune.
pub fn unlisted(members: Vec<Target>, manifests: &[ResolvedManifest]) -> Vec<Target> {
    let key = |t: &Target| {
        (
            t.resource.group.clone(),
            t.resource.kind.clone(),
            t.namespace.clone(),
            t.name.clone(),
        )
    };
    let applied: HashSet<_> = manifests.iter().map(|m| key(&m.target)).collect();
    members
        .into_iter()
        .filter(|t| !applied.contains(&key(t)))
        .collect()
}

/// A set as `get applysets` shows it.
#[derive(Debug)]
pub struct Summary {
    pub parent: Parent,
    pub tooling: String,
    /// The namespaces the set spans, the parent's own included.
    pub namespaces: BTreeSet<String>,
    /// Members per `Kind.group`, every recorded kind included.
    pub members: BTreeMap<String, usize>,
}

/// Every set whose parent is a Secret or a ConfigMap in `namespace` (all
/// namespaces when `None`), with its members counted. Objects that carry
/// the id label but not the id of their own name are not parents.
pub async fn find(
    client: &Client,
    discovery: &Discovery,
    namespace: Option<&str>,
) -> anyhow::Result<Vec<Summary>> {
    let query = crate::resource::fetch::ListQuery {
        label_selector: Some(ID_LABEL.to_string()),
        chunk_size: 500,
        ..Default::default()
    };
    let mut summaries = Vec::new();
    for kind in ["ConfigMap", "Secret"] {
        let Some(resource) = discovery.by_kind("v1", kind) else {
            continue;
        };
        let mut parents = Vec::new();
        crate::resource::fetch::list_pages(
            client,
            resource,
            namespace,
            &query,
            false,
            |mut page| {
                if let Value::Array(items) = page.body["items"].take() {
                    parents.extend(
                        items
                            .into_iter()
                            .filter_map(|item| parent_of(resource, item)),
                    );
                }
                Ok(())
            },
        )
        .await?;
        for (parent, tooling, scope) in parents {
            let members = members(client, discovery, &parent, &scope).await?;
            let mut counts: BTreeMap<String, usize> =
                scope.kinds.iter().map(|kind| (kind.clone(), 0)).collect();
            for member in &members {
                *counts.entry(group_kind(&member.resource)).or_insert(0) += 1;
            }
            summaries.push(Summary {
                parent,
                tooling,
                namespaces: scope.namespaces,
                members: counts,
            });
        }
    }
    Ok(summaries)
}

/// A listed object as a parent, when its labels and annotations make it one.
fn parent_of(resource: &ResourceType, item: Value) -> Option<(Parent, String, Scope)> {
    let metadata = &item["metadata"];
    let parent = Parent {
        target: Target {
            resource: resource.clone(),
            name: metadata["name"].as_str()?.to_string(),
            namespace: metadata["namespace"].as_str().map(str::to_string),
        },
    };
    if metadata["labels"][ID_LABEL].as_str() != Some(parent.id().as_str()) {
        return None;
    }
    let tooling = metadata["annotations"][TOOLING_ANNOTATION]
        .as_str()?
        .to_string();
    let scope = recorded_scope(&item, &parent).ok()?;
    Some((parent, tooling, scope))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixtures::resource;

    fn secret_parent(name: &str, namespace: &str) -> Parent {
        Parent {
            target: Target {
                resource: resource("", "Secret", true),
                name: name.into(),
                namespace: Some(namespace.into()),
            },
        }
    }

    #[test]
    fn the_id_is_the_one_kubectl_computes() {
        // kubectl 1.37.2 labelled the Secret "myset" in "prune-probe-x" with this id.
        assert_eq!(
            secret_parent("myset", "prune-probe-x").id(),
            "applyset-R8tvdggv4JmVR4wA_XJrQvExwkWZP72WDyLtIuT8hio-v1"
        );
    }

    #[test]
    fn the_parent_records_kinds_and_the_other_namespaces_sorted() {
        let parent = secret_parent("set", "home");
        let scope = Scope {
            kinds: ["Deployment.apps", "ConfigMap"].map(String::from).into(),
            namespaces: ["home", "b", "a"].map(String::from).into(),
        };
        let patch = parent_patch(&parent, &scope);
        let annotations = &patch["metadata"]["annotations"];
        assert_eq!(annotations[KINDS_ANNOTATION], "ConfigMap,Deployment.apps");
        assert_eq!(annotations[NAMESPACES_ANNOTATION], "a,b");
        assert_eq!(patch["metadata"]["labels"][ID_LABEL], parent.id().as_str());
        assert_eq!(patch["metadata"]["namespace"], "home");
    }

    #[test]
    fn the_member_label_is_added_to_whatever_labels_the_manifest_has() {
        let mut bare = json!({"metadata": {"name": "a"}});
        label_member(&mut bare, "applyset-x-v1");
        assert_eq!(bare["metadata"]["labels"][PART_OF_LABEL], "applyset-x-v1");
        let mut labelled = json!({"metadata": {"name": "a", "labels": {"app": "web"}}});
        label_member(&mut labelled, "applyset-x-v1");
        assert_eq!(labelled["metadata"]["labels"]["app"], "web");
    }

    #[test]
    fn members_are_listed_per_kind_and_namespace_and_cluster_scoped_kinds_once() {
        let discovery = Discovery {
            resources: vec![
                resource("", "ConfigMap", true),
                resource("apps", "Deployment", true),
                resource("rbac.authorization.k8s.io", "ClusterRole", false),
            ],
            unavailable: vec!["metrics.k8s.io/v1beta1".into()],
        };
        let parent = secret_parent("set", "a");
        let scope = |kinds: &[&str]| Scope {
            kinds: kinds.iter().map(|k| k.to_string()).collect(),
            namespaces: ["a", "b"].map(String::from).into(),
        };
        // `deployments.apps` is how kubectl 1.27 recorded the same kind.
        let kinds = [
            "ConfigMap",
            "Deployment.apps",
            "deployments.apps",
            "ClusterRole.rbac.authorization.k8s.io",
            "Gone.example.com",
        ];
        let lists: Vec<(String, Option<String>)> = lists_of(&discovery, &parent, &scope(&kinds))
            .unwrap()
            .into_iter()
            .map(|s| (s.resource.kind, s.namespace))
            .collect();
        let list = |kind: &str, ns: Option<&str>| (kind.to_string(), ns.map(String::from));
        assert_eq!(
            lists,
            [
                list("ClusterRole", None),
                list("ConfigMap", Some("a")),
                list("ConfigMap", Some("b")),
                list("Deployment", Some("a")),
                list("Deployment", Some("b")),
            ]
        );
        let down = lists_of(&discovery, &parent, &scope(&["PodMetrics.metrics.k8s.io"]));
        assert!(matches!(down, Err(ApplySetError::Invalid(..))));
    }
}
