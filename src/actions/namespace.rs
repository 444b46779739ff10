//! The cluster's namespaces, for switching the current one.

use k8s_openapi::api::core::v1::Namespace;
use kube::Api;
use kube::api::ListParams;

use crate::connect::Cluster;

/// The names of every namespace, sorted.
pub async fn names(cluster: &Cluster) -> anyhow::Result<Vec<String>> {
    let api: Api<Namespace> = Api::all(cluster.client.clone());
    let list = api
        .list_metadata(&ListParams::default())
        .await
        .map_err(|e| cluster.unreachable(e))?;
    let mut names: Vec<String> = list
        .items
        .into_iter()
        .filter_map(|ns| ns.metadata.name)
        .collect();
    names.sort();
    Ok(names)
}

/// Whether the cluster has namespace `name`.
pub async fn exists(cluster: &Cluster, name: &str) -> anyhow::Result<bool> {
    let api: Api<Namespace> = Api::all(cluster.client.clone());
    match api.get_metadata_opt(name).await {
        Ok(found) => Ok(found.is_some()),
        Err(e) => Err(cluster.unreachable(e)),
    }
}
