//! Targets: the objects a command acts on, each resolved through discovery to
//! its resource type and namespace.

pub mod args;
pub mod discovery;
pub mod fetch;
pub mod names;

use kube::Api;
use kube::api::DynamicObject;

use crate::manifest::Manifest;
pub use discovery::{CachedDiscovery, Discovery, ResourceType};

/// One object to act on.
#[derive(Debug, Clone)]
pub struct Target {
    pub resource: ResourceType,
    pub name: String,
    /// `None` for cluster-scoped objects.
    pub namespace: Option<String>,
}

impl Target {
    /// kubectl's `kind.group/name`, e.g. `deployment.apps/flask-app`.
    pub fn display_name(&self) -> String {
        format!("{}/{}", self.resource.qualified_kind(), self.name)
    }

    /// The dynamic API handle for this object's type and namespace.
    pub fn api(&self, client: &kube::Client) -> Api<DynamicObject> {
        dynamic_api(client, &self.resource, self.namespace.as_deref())
    }
}

/// The dynamic API handle for `resource` in `namespace`, or across all
/// namespaces (and for cluster-scoped types) when `None`.
pub fn dynamic_api(
    client: &kube::Client,
    resource: &ResourceType,
    namespace: Option<&str>,
) -> Api<DynamicObject> {
    let resource = resource.api_resource();
    match namespace {
        Some(ns) => Api::namespaced_with(client.clone(), ns, &resource),
        None => Api::all_with(client.clone(), &resource),
    }
}

/// The namespace rules of kubectl: what `-n` and the context say.
#[derive(Debug, Clone)]
pub struct NamespaceDefault {
    pub namespace: String,
    /// `-n` was given: objects naming another namespace are an error.
    pub explicit: bool,
}

/// A manifest together with the object it targets.
#[derive(Debug, Clone)]
pub struct ResolvedManifest {
    pub manifest: Manifest,
    pub target: Target,
}

impl ResolvedManifest {
    /// The manifest as it is sent: with its resolved namespace, or none when cluster-scoped.
    pub fn object_to_send(&self) -> serde_json::Value {
        let mut body = self.manifest.object();
        match &self.target.namespace {
            Some(ns) => body["metadata"]["namespace"] = serde_json::Value::String(ns.clone()),
            None => {
                if let Some(metadata) = body["metadata"].as_object_mut() {
                    metadata.remove("namespace");
                }
            }
        }
        body
    }
}

/// Whether discovery knows the kind of every manifest that no CRD among them defines.
pub fn kinds_known(discovery: &Discovery, manifests: &[Manifest]) -> bool {
    let defined_here: Vec<ResourceType> = manifests.iter().flat_map(crd_resource_types).collect();
    manifests.iter().all(|m| {
        discovery.by_kind(m.api_version(), m.kind()).is_some()
            || defined_here
                .iter()
                .any(|r| r.kind == m.kind() && r.api_version() == m.api_version())
    })
}

/// Resolves every manifest's type and namespace; types defined by a
/// CustomResourceDefinition among the manifests resolve without the server
/// knowing them yet. Returns the manifests that resolve and the problems
/// with the others, one line each.
pub fn resolve_manifests(
    discovery: &Discovery,
    manifests: Vec<Manifest>,
    namespaces: &NamespaceDefault,
) -> (Vec<ResolvedManifest>, Vec<String>) {
    let defined_here: Vec<ResourceType> = manifests.iter().flat_map(crd_resource_types).collect();
    let mut resolved = Vec::with_capacity(manifests.len());
    let mut problems = Vec::new();
    for manifest in manifests {
        let resource = discovery
            .by_kind(manifest.api_version(), manifest.kind())
            .or_else(|| {
                defined_here.iter().find(|r| {
                    r.kind == manifest.kind() && r.api_version() == manifest.api_version()
                })
            })
            .cloned();
        let Some(resource) = resource else {
            problems.push(format!(
                "{}: no matches for kind \"{}\" in version \"{}\" on the server; is its CustomResourceDefinition installed?",
                manifest.source,
                manifest.kind(),
                manifest.api_version()
            ));
            continue;
        };
        let namespace = if resource.namespaced {
            match (manifest.namespace(), namespaces.explicit) {
                (Some(own), true) if own != namespaces.namespace => {
                    problems.push(format!(
                        "{}: the namespace from the provided object \"{own}\" does not match the namespace \"{}\"; \
                         you must pass '--namespace={own}' to perform this operation",
                        manifest.source, namespaces.namespace
                    ));
                    continue;
                }
                (Some(own), _) => Some(own.to_string()),
                (None, _) => Some(namespaces.namespace.clone()),
            }
        } else {
            None
        };
        let checked = names::check_name(manifest.name()).and_then(|()| match &namespace {
            Some(namespace) => names::check_namespace(namespace),
            None => Ok(()),
        });
        if let Err(problem) = checked {
            problems.push(format!("{}: {problem}", manifest.source));
            continue;
        }
        let target = Target {
            name: manifest.name().to_string(),
            resource,
            namespace,
        };
        resolved.push(ResolvedManifest { manifest, target });
    }
    (resolved, problems)
}

/// The resource types a CustomResourceDefinition manifest will create.
fn crd_resource_types(manifest: &Manifest) -> Vec<ResourceType> {
    if manifest.kind() != "CustomResourceDefinition"
        || !manifest.api_version().starts_with("apiextensions.k8s.io/")
    {
        return Vec::new();
    }
    let object = manifest.object();
    let spec = &object["spec"];
    let names = &spec["names"];
    let text = |v: &serde_json::Value| v.as_str().unwrap_or_default().to_string();
    let texts = |v: &serde_json::Value| -> Vec<String> {
        let items = v.as_array().map(Vec::as_slice).unwrap_or_default();
        items
            .iter()
            .filter_map(|s| s.as_str().map(String::from))
            .collect()
    };
    let versions = spec["versions"]
        .as_array()
        .map(Vec::as_slice)
        .unwrap_or_default();
    versions
        .iter()
        .filter(|v| v["served"].as_bool().unwrap_or(true))
        .map(|version| ResourceType {
            group: text(&spec["group"]),
            version: text(&version["name"]),
            kind: text(&names["kind"]),
            plural: text(&names["plural"]),
            singular: names["singular"]
                .as_str()
                .map(String::from)
                .unwrap_or_else(|| text(&names["kind"]).to_lowercase()),
            short_names: texts(&names["shortNames"]),
            namespaced: spec["scope"].as_str() != Some("Cluster"),
            verbs: [
                "create", "delete", "get", "list", "patch", "update", "watch",
            ]
            .map(String::from)
            .to_vec(),
            preferred: version["storage"].as_bool().unwrap_or(false),
            categories: texts(&names["categories"]),
        })
        .collect()
}
