//! API discovery: which resource types the server has, from the two
//! aggregated discovery requests (`/api` and `/apis`), or, from servers
//! that do not serve aggregated discovery, from one request per group
//! version as kubectl falls back to; cached on disk per server like
//! kubectl's discovery cache.

use std::path::PathBuf;
use std::time::{Duration, SystemTime};

use futures::future::join_all;
use k8s_openapi::apimachinery::pkg::apis::meta::v1::APIResourceList;
use kube::Client;
use kube::core::discovery::v2::APIGroupDiscoveryList;
use kube::discovery::ApiResource;
use serde::{Deserialize, Serialize};

/// How long a cached discovery document is trusted, as kubectl's default.
const CACHE_TTL: Duration = Duration::from_secs(6 * 60 * 60);

/// One resource type the server serves, at one version.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResourceType {
    pub group: String,
    pub version: String,
    pub kind: String,
    /// The URL name, e.g. `deployments`.
    pub plural: String,
    pub singular: String,
    pub short_names: Vec<String>,
    pub namespaced: bool,
    pub verbs: Vec<String>,
    /// Whether `version` is the group's preferred version.
    pub preferred: bool,
    /// Groups the type belongs to, such as `all` (`tug get all`).
    #[serde(default)]
    pub categories: Vec<String>,
}

impl ResourceType {
    /// `apps/v1`, or `v1` for the core group.
    pub fn api_version(&self) -> String {
        if self.group.is_empty() {
            self.version.clone()
        } else {
            format!("{}/{}", self.group, self.version)
        }
    }

    /// kubectl's prefix for object names in output: `deployment.apps`, `service`.
    pub fn qualified_kind(&self) -> String {
        let kind = self.kind.to_lowercase();
        if self.group.is_empty() {
            kind
        } else {
            format!("{kind}.{}", self.group)
        }
    }

    /// kubectl's name for the resource in messages: `deployments.apps`, `services`.
    pub fn qualified_plural(&self) -> String {
        if self.group.is_empty() {
            self.plural.clone()
        } else {
            format!("{}.{}", self.plural, self.group)
        }
    }

    /// The handle kube's dynamic API needs.
    pub fn api_resource(&self) -> ApiResource {
        ApiResource {
            group: self.group.clone(),
            version: self.version.clone(),
            api_version: self.api_version(),
            kind: self.kind.clone(),
            plural: self.plural.clone(),
        }
    }

    /// Whether the server allows `verb` (`patch`, `list`, `watch`, …) on it.
    pub fn supports(&self, verb: &str) -> bool {
        self.verbs.iter().any(|v| v == verb)
    }

    /// Whether `name` names this type the way kubectl accepts: plural,
    /// singular, short name or kind, optionally qualified with `.group` or
    /// `.version.group`.
    fn is_named(&self, name: &str) -> bool {
        let name = name.to_lowercase();
        let (base, qualifier) = match name.split_once('.') {
            Some((base, qualifier)) => (base.to_string(), Some(qualifier.to_string())),
            None => (name, None),
        };
        let qualifier_matches = match &qualifier {
            None => true,
            Some(q) => *q == self.group || *q == format!("{}.{}", self.version, self.group),
        };
        qualifier_matches
            && (base == self.plural
                || base == self.singular
                || base == self.kind.to_lowercase()
                || self.short_names.contains(&base))
    }
}

/// Every resource type of one server, in the server's order of preference.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Discovery {
    pub resources: Vec<ResourceType>,
    /// Group versions the server could not list (`group/version`), such as an
    /// aggregated API whose backend is down; every other type still works.
    #[serde(default)]
    pub unavailable: Vec<String>,
}

impl Discovery {
    /// The type of objects with this `apiVersion` and `kind`.
    pub fn by_kind(&self, api_version: &str, kind: &str) -> Option<&ResourceType> {
        self.resources
            .iter()
            .find(|r| r.kind == kind && r.api_version() == api_version)
    }

    /// The type a user means by `deploy`, `deployments.apps`, `Deployment`…:
    /// the preferred version of the first group that has such a name.
    pub fn by_name(&self, name: &str) -> Option<&ResourceType> {
        let mut matches = self.resources.iter().filter(|r| r.is_named(name));
        let first = matches.next()?;
        Some(
            std::iter::once(first)
                .chain(matches)
                .find(|r| r.preferred && r.group == first.group)
                .unwrap_or(first),
        )
    }

    /// The preferred version of every type in `category` (e.g. `all`), in the
    /// server's order.
    pub fn by_category(&self, category: &str) -> Vec<&ResourceType> {
        self.resources
            .iter()
            .filter(|r| r.preferred && r.categories.iter().any(|c| c == category))
            .collect()
    }

    /// kubectl's warnings for the group versions the server could not list,
    /// one line each: what a type that was not found may be missing from.
    pub fn unavailable_warnings(&self) -> Vec<String> {
        self.unavailable
            .iter()
            .map(|group_version| {
                format!(
                    "Warning: couldn't get resource list for {group_version}: \
                     the server is currently unable to handle the request"
                )
            })
            .collect()
    }

    /// Reads `/api` and `/apis`, asking for aggregated discovery (two
    /// requests in all) and accepting the older lists of group versions,
    /// whose resources are then read one group version at a time.
    pub async fn fetch(client: &Client) -> kube::Result<Self> {
        let (core, groups) = tokio::try_join!(listing(client, "/api"), listing(client, "/apis"))?;
        let mut discovery = Discovery::default();
        for listing in [core, groups] {
            match listing {
                Listing::Aggregated(list) => discovery.collect(list),
                Listing::GroupVersions(group_versions) => {
                    discovery.collect_each(client, group_versions).await
                }
            }
        }
        Ok(discovery)
    }

    /// The resources of each group version, read concurrently; a group
    /// version that cannot be read (an aggregated API without a backend)
    /// is unavailable and the rest still resolve, as with kubectl.
    async fn collect_each(&mut self, client: &Client, group_versions: Vec<GroupVersion>) {
        let lists = join_all(group_versions.iter().map(|gv| async move {
            if gv.group.is_empty() {
                client.list_core_api_resources(&gv.version).await
            } else {
                client
                    .list_api_group_resources(&format!("{}/{}", gv.group, gv.version))
                    .await
            }
        }))
        .await;
        for (gv, list) in group_versions.into_iter().zip(lists) {
            match list {
                Ok(list) => self.collect_list(&gv, list),
                Err(_) if gv.group.is_empty() => self.unavailable.push(gv.version),
                Err(_) => self
                    .unavailable
                    .push(format!("{}/{}", gv.group, gv.version)),
            }
        }
    }

    fn collect_list(&mut self, gv: &GroupVersion, list: APIResourceList) {
        // Subresources (`deployments/scale`) are not types of their own.
        for resource in list.resources.into_iter().filter(|r| !r.name.contains('/')) {
            self.resources.push(ResourceType {
                group: gv.group.clone(),
                version: gv.version.clone(),
                singular: Some(resource.singular_name)
                    .filter(|s| !s.is_empty())
                    .unwrap_or_else(|| resource.kind.to_lowercase()),
                kind: resource.kind,
                plural: resource.name,
                short_names: resource.short_names.unwrap_or_default(),
                namespaced: resource.namespaced,
                verbs: resource.verbs,
                preferred: gv.preferred,
                categories: resource.categories.unwrap_or_default(),
            });
        }
    }

    fn collect(&mut self, list: APIGroupDiscoveryList) {
        for group in list.items {
            self.collect_group(group);
        }
    }

    fn collect_group(&mut self, group: kube::core::discovery::v2::APIGroupDiscovery) {
        let group_name = group.metadata.and_then(|m| m.name).unwrap_or_default();
        for (index, version) in group.versions.into_iter().enumerate() {
            let Some(version_name) = version.version else {
                continue;
            };
            // The aggregator marks a version Stale when its APIService has no
            // working backend; it lists what it last saw, often nothing.
            if version.freshness.as_deref() == Some("Stale") {
                self.unavailable.push(if group_name.is_empty() {
                    version_name.clone()
                } else {
                    format!("{group_name}/{version_name}")
                });
            }
            for resource in version.resources {
                let (Some(plural), Some(kind)) = (
                    resource.resource,
                    resource.response_kind.and_then(|k| k.kind),
                ) else {
                    continue;
                };
                self.resources.push(ResourceType {
                    group: group_name.clone(),
                    version: version_name.clone(),
                    singular: resource
                        .singular_resource
                        .filter(|s| !s.is_empty())
                        .unwrap_or_else(|| kind.to_lowercase()),
                    kind,
                    plural,
                    short_names: resource.short_names,
                    namespaced: resource.scope.as_deref() == Some("Namespaced"),
                    verbs: resource.verbs,
                    preferred: index == 0,
                    categories: resource.categories,
                });
            }
        }
    }
}

/// kubectl's Accept for discovery: aggregated discovery, else the older lists.
const ACCEPT_DISCOVERY: &str =
    "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,application/json";

/// What a server answered to `/api` or `/apis`.
#[derive(Debug)]
enum Listing {
    /// Aggregated discovery: every group version with its resources.
    Aggregated(APIGroupDiscoveryList),
    /// The older `APIVersions` or `APIGroupList`: names only, in order of
    /// preference within each group.
    GroupVersions(Vec<GroupVersion>),
}

/// A group version named by the older discovery lists.
#[derive(Debug, PartialEq, Eq)]
struct GroupVersion {
    /// Empty for the core group.
    group: String,
    version: String,
    preferred: bool,
}

async fn listing(client: &Client, path: &str) -> kube::Result<Listing> {
    let request = http::Request::get(path)
        .header(http::header::ACCEPT, ACCEPT_DISCOVERY)
        .body(Vec::new())
        .map_err(kube::Error::HttpError)?;
    let body = client.request::<serde_json::Value>(request).await?;
    Listing::read(body).map_err(kube::Error::SerdeError)
}

impl Listing {
    /// Tells the two answers apart by their kind: a server without
    /// aggregated discovery ignores the aggregated Accept.
    fn read(body: serde_json::Value) -> serde_json::Result<Listing> {
        if body["kind"] == "APIGroupDiscoveryList" {
            return serde_json::from_value(body).map(Listing::Aggregated);
        }
        let text = |value: &serde_json::Value| value.as_str().unwrap_or_default().to_string();
        if body["kind"] == "APIVersions" {
            let versions = body["versions"]
                .as_array()
                .map(Vec::as_slice)
                .unwrap_or_default();
            return Ok(Listing::GroupVersions(
                versions
                    .iter()
                    .enumerate()
                    .map(|(index, version)| GroupVersion {
                        group: String::new(),
                        version: text(version),
                        preferred: index == 0,
                    })
                    .collect(),
            ));
        }
        let groups = body["groups"]
            .as_array()
            .map(Vec::as_slice)
            .unwrap_or_default();
        Ok(Listing::GroupVersions(
            groups
                .iter()
                .flat_map(|group| {
                    let name = text(&group["name"]);
                    let preferred = text(&group["preferredVersion"]["version"]);
                    let versions = group["versions"].as_array().cloned().unwrap_or_default();
                    versions.into_iter().map(move |version| {
                        let version = text(&version["version"]);
                        GroupVersion {
                            group: name.clone(),
                            preferred: version == preferred,
                            version,
                        }
                    })
                })
                .collect(),
        ))
    }
}

/// Discovery for one server, read from the disk cache when it is fresh and
/// fetched (then cached) otherwise.
pub struct CachedDiscovery {
    client: Client,
    cache_file: Option<PathBuf>,
    current: Discovery,
    /// Whether `current` came from the server during this run; a miss then
    /// means the type really does not exist, so there is no second fetch.
    fetched: bool,
}

impl CachedDiscovery {
    /// Loads discovery for the cluster at `server`.
    pub async fn load(client: Client, server: &str) -> kube::Result<Self> {
        let cache_file = cache_dir().map(|dir| dir.join(format!("{}.json", cache_key(server))));
        if let Some(current) = cache_file.as_deref().and_then(read_fresh) {
            return Ok(CachedDiscovery {
                client,
                cache_file,
                current,
                fetched: false,
            });
        }
        let mut discovery = CachedDiscovery {
            client,
            cache_file,
            current: Discovery::default(),
            fetched: false,
        };
        discovery.refresh().await?;
        Ok(discovery)
    }

    /// What is known now.
    pub fn current(&self) -> &Discovery {
        &self.current
    }

    /// Makes sure `known` holds, fetching discovery once more when it does
    /// not and what we have came from the cache (a CRD created moments ago).
    pub async fn ensure(&mut self, known: impl Fn(&Discovery) -> bool) -> kube::Result<()> {
        if !self.fetched && !known(&self.current) {
            self.refresh().await?;
        }
        Ok(())
    }

    /// Fetches discovery from the server and rewrites the cache.
    pub async fn refresh(&mut self) -> kube::Result<()> {
        self.current = Discovery::fetch(&self.client).await?;
        self.fetched = true;
        if let Some(file) = &self.cache_file {
            // A cache that cannot be written only costs speed next time.
            let _ = write_cache(file, &self.current);
        }
        Ok(())
    }
}

/// Where tug caches what it learns about servers.
pub(crate) fn cache_dir() -> Option<PathBuf> {
    let base = std::env::var_os("XDG_CACHE_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::home_dir().map(|home| home.join(".cache")))?;
    Some(base.join("kubetug").join("discovery"))
}

/// `https://127.0.0.1:6443` → `127.0.0.1_6443`, as kubectl names its cache dirs.
fn cache_key(server: &str) -> String {
    let host = server.split_once("://").map_or(server, |(_, rest)| rest);
    host.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '.' || c == '-' {
                c
            } else {
                '_'
            }
        })
        .collect()
}

/// Concurrent runs may refresh at once; an atomic write never leaves a torn file.
fn write_cache(file: &std::path::Path, discovery: &Discovery) -> std::io::Result<()> {
    crate::atomic_file::replace(file, &serde_json::to_vec(discovery)?)
}

fn read_fresh(file: &std::path::Path) -> Option<Discovery> {
    let modified = std::fs::metadata(file).ok()?.modified().ok()?;
    let age = SystemTime::now()
        .duration_since(modified)
        .unwrap_or(Duration::MAX);
    if age > CACHE_TTL {
        return None;
    }
    serde_json::from_slice(&std::fs::read(file).ok()?).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn resource(
        group: &str,
        version: &str,
        kind: &str,
        plural: &str,
        short: &[&str],
        preferred: bool,
    ) -> ResourceType {
        ResourceType {
            group: group.into(),
            version: version.into(),
            kind: kind.into(),
            plural: plural.into(),
            singular: kind.to_lowercase(),
            short_names: short.iter().map(|s| s.to_string()).collect(),
            namespaced: true,
            verbs: vec!["get".into(), "list".into(), "patch".into()],
            preferred,
            categories: vec![],
        }
    }

    fn discovery() -> Discovery {
        Discovery {
            resources: vec![
                resource("", "v1", "Service", "services", &["svc"], true),
                resource("apps", "v1", "Deployment", "deployments", &["deploy"], true),
                resource(
                    "autoscaling",
                    "v2",
                    "HorizontalPodAutoscaler",
                    "horizontalpodautoscalers",
                    &["hpa"],
                    true,
                ),
                resource(
                    "autoscaling",
                    "v1",
                    "HorizontalPodAutoscaler",
                    "horizontalpodautoscalers",
                    &["hpa"],
                    false,
                ),
                resource("example.com", "v1", "Service", "services", &[], true),
            ],
            unavailable: vec![],
        }
    }

    #[test]
    fn a_stale_group_version_is_unavailable_and_the_rest_still_resolve() {
        let list: APIGroupDiscoveryList = serde_json::from_value(serde_json::json!({
            "apiVersion": "apidiscovery.k8s.io/v2", "kind": "APIGroupDiscoveryList",
            "metadata": {},
            "items": [
                {"metadata": {"name": "metrics.k8s.io"},
                 "versions": [{"version": "v1beta1", "freshness": "Stale"}]},
                {"metadata": {"name": "apps"},
                 "versions": [{"version": "v1", "freshness": "Current", "resources": [
                    {"resource": "deployments", "responseKind": {"group": "apps", "version": "v1", "kind": "Deployment"},
                     "scope": "Namespaced", "singularResource": "deployment", "verbs": ["get"]}]}]},
            ]
        }))
        .unwrap();
        let mut discovery = Discovery::default();
        discovery.collect(list);
        assert_eq!(discovery.unavailable, ["metrics.k8s.io/v1beta1"]);
        assert!(discovery.by_name("deployments").is_some());
        assert_eq!(
            discovery.unavailable_warnings(),
            [
                "Warning: couldn't get resource list for metrics.k8s.io/v1beta1: \
              the server is currently unable to handle the request"
            ]
        );
    }

    #[test]
    fn servers_without_aggregated_discovery_are_read_group_version_by_group_version() {
        let aggregated = Listing::read(serde_json::json!({
            "apiVersion": "apidiscovery.k8s.io/v2", "kind": "APIGroupDiscoveryList",
            "items": [],
        }))
        .unwrap();
        assert!(matches!(aggregated, Listing::Aggregated(_)));
        let core = Listing::read(serde_json::json!({
            "kind": "APIVersions", "versions": ["v1"],
            "serverAddressByClientCIDRs": [],
        }))
        .unwrap();
        let Listing::GroupVersions(core) = core else {
            panic!("{core:?}");
        };
        assert_eq!(
            core,
            vec![GroupVersion {
                group: String::new(),
                version: "v1".into(),
                preferred: true
            }]
        );
        let groups = Listing::read(serde_json::json!({
            "kind": "APIGroupList", "apiVersion": "v1",
            "groups": [{
                "name": "autoscaling",
                "versions": [
                    {"groupVersion": "autoscaling/v2", "version": "v2"},
                    {"groupVersion": "autoscaling/v1", "version": "v1"},
                ],
                "preferredVersion": {"groupVersion": "autoscaling/v2", "version": "v2"},
            }],
        }))
        .unwrap();
        let Listing::GroupVersions(groups) = groups else {
            panic!("{groups:?}");
        };
        let named: Vec<_> = groups
            .iter()
            .map(|gv| (gv.group.as_str(), gv.version.as_str(), gv.preferred))
            .collect();
        assert_eq!(
            named,
            vec![("autoscaling", "v2", true), ("autoscaling", "v1", false)]
        );
    }

    #[test]
    fn an_older_resource_list_gives_types_without_their_subresources() {
        let list: APIResourceList = serde_json::from_value(serde_json::json!({
            "groupVersion": "apps/v1",
            "resources": [
                {"name": "deployments", "singularName": "deployment", "namespaced": true,
                 "kind": "Deployment", "verbs": ["get", "list"], "shortNames": ["deploy"],
                 "categories": ["all"]},
                {"name": "deployments/scale", "singularName": "", "namespaced": true,
                 "kind": "Scale", "verbs": ["get"]},
            ],
        }))
        .unwrap();
        let mut discovery = Discovery::default();
        let apps = GroupVersion {
            group: "apps".into(),
            version: "v1".into(),
            preferred: true,
        };
        discovery.collect_list(&apps, list);
        assert_eq!(discovery.resources.len(), 1);
        let deployment = discovery.by_name("deploy").unwrap();
        assert_eq!(deployment.api_version(), "apps/v1");
        assert_eq!(deployment.categories, vec!["all"]);
    }

    #[test]
    fn types_are_found_by_plural_singular_short_name_and_kind() {
        let d = discovery();
        for name in [
            "deployments",
            "deployment",
            "deploy",
            "Deployment",
            "deployments.apps",
            "deployment.v1.apps",
        ] {
            assert_eq!(
                d.by_name(name).map(|r| r.kind.as_str()),
                Some("Deployment"),
                "{name}"
            );
        }
        assert!(d.by_name("deployments.batch").is_none());
    }

    #[test]
    fn the_preferred_version_and_the_first_group_win() {
        let d = discovery();
        assert_eq!(d.by_name("hpa").unwrap().version, "v2");
        assert_eq!(d.by_name("services").unwrap().group, "");
        assert_eq!(
            d.by_name("services.example.com").unwrap().group,
            "example.com"
        );
    }

    #[test]
    fn a_category_holds_the_preferred_version_of_its_types() {
        let mut d = discovery();
        for r in &mut d.resources {
            if r.kind != "Service" || r.group.is_empty() {
                r.categories = vec!["all".into()];
            }
        }
        let kinds: Vec<String> = d
            .by_category("all")
            .iter()
            .map(|r| format!("{}/{}", r.api_version(), r.kind))
            .collect();
        assert_eq!(
            kinds,
            [
                "v1/Service",
                "apps/v1/Deployment",
                "autoscaling/v2/HorizontalPodAutoscaler"
            ]
        );
        assert!(d.by_category("nothing").is_empty());
    }

    #[test]
    fn kinds_resolve_by_exact_api_version() {
        let d = discovery();
        assert_eq!(
            d.by_kind("autoscaling/v1", "HorizontalPodAutoscaler")
                .unwrap()
                .version,
            "v1"
        );
        assert!(d.by_kind("apps/v1beta1", "Deployment").is_none());
    }

    #[test]
    fn names_in_output_are_qualified_like_kubectls() {
        let d = discovery();
        assert_eq!(
            d.by_name("deploy").unwrap().qualified_kind(),
            "deployment.apps"
        );
        assert_eq!(d.by_name("svc").unwrap().qualified_kind(), "service");
        assert_eq!(
            d.by_name("deploy").unwrap().qualified_plural(),
            "deployments.apps"
        );
    }

    #[test]
    fn cache_files_are_named_after_the_server() {
        assert_eq!(cache_key("https://127.0.0.1:6443"), "127.0.0.1_6443");
    }
}
