//! Reading objects: lists in pages (`limit`/`continue`), single objects, and
//! the server's own Table rendering for types tug has no columns for.

use kube::Client;
use serde_json::Value;

use super::{ResourceType, Target};

/// What kubectl's server-side printing asks for: a Table, else the object.
pub const ACCEPT_TABLE: &str = "application/json;as=Table;v=v1;g=meta.k8s.io,application/json";

/// How a list is narrowed and paged.
#[derive(Debug, Clone, Default)]
pub struct ListQuery {
    pub label_selector: Option<String>,
    pub field_selector: Option<String>,
    /// Objects per page; 0 asks for all at once.
    pub chunk_size: u32,
    /// Table rows carry the whole object instead of its metadata.
    pub objects_in_table: bool,
}

/// One page of a list.
pub struct Page {
    /// The items, or the Table (with its rows) when a Table was asked for.
    pub body: Value,
    pub resource_version: String,
}

/// The URL of the collection of `resource`, in `namespace` or across all.
pub fn collection_url(resource: &ResourceType, namespace: Option<&str>) -> String {
    let prefix = if resource.group.is_empty() {
        format!("/api/{}", resource.version)
    } else {
        format!("/apis/{}/{}", resource.group, resource.version)
    };
    match namespace {
        Some(ns) if resource.namespaced => format!("{prefix}/namespaces/{ns}/{}", resource.plural),
        _ => format!("{prefix}/{}", resource.plural),
    }
}

/// Lists `resource` page by page, handing each page to `on_page` so that
/// no more than one page of raw objects is held at a time.
pub async fn list_pages(
    client: &Client,
    resource: &ResourceType,
    namespace: Option<&str>,
    query: &ListQuery,
    as_table: bool,
    mut on_page: impl FnMut(Page) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    let mut continue_token: Option<String> = None;
    loop {
        let mut url = form_urlencoded::Serializer::new(String::new());
        if query.chunk_size > 0 {
            url.append_pair("limit", &query.chunk_size.to_string());
        }
        if let Some(token) = &continue_token {
            url.append_pair("continue", token);
        }
        if let Some(selector) = &query.label_selector {
            url.append_pair("labelSelector", selector);
        }
        if let Some(selector) = &query.field_selector {
            url.append_pair("fieldSelector", selector);
        }
        if as_table {
            let include = if query.objects_in_table {
                "Object"
            } else {
                "Metadata"
            };
            url.append_pair("includeObject", include);
        }
        let uri = format!("{}?{}", collection_url(resource, namespace), url.finish());
        let body = get_json(client, &uri, as_table).await?;
        continue_token = body["metadata"]["continue"]
            .as_str()
            .filter(|t| !t.is_empty())
            .map(String::from);
        let resource_version = body["metadata"]["resourceVersion"]
            .as_str()
            .unwrap_or_default()
            .to_string();
        on_page(Page {
            body,
            resource_version,
        })?;
        if continue_token.is_none() {
            return Ok(());
        }
    }
}

/// One object, as itself or as a one-row Table; `None` when it does not exist.
pub async fn get(client: &Client, target: &Target, as_table: bool) -> kube::Result<Option<Value>> {
    let uri = format!(
        "{}/{}",
        collection_url(&target.resource, target.namespace.as_deref()),
        target.name
    );
    match get_json(client, &uri, as_table).await {
        Ok(body) => Ok(Some(body)),
        Err(kube::Error::Api(status)) if status.code == 404 => Ok(None),
        Err(e) => Err(e),
    }
}

/// Whether the namespace `name` exists: kubectl checks when a named object
/// is not found in a namespace other than `default`, to say which is missing.
pub async fn namespace_exists(client: &Client, name: &str) -> kube::Result<bool> {
    match get_json(client, &format!("/api/v1/namespaces/{name}"), false).await {
        Ok(_) => Ok(true),
        Err(kube::Error::Api(status)) if status.code == 404 => Ok(false),
        Err(e) => Err(e),
    }
}

async fn get_json(client: &Client, uri: &str, as_table: bool) -> kube::Result<Value> {
    let mut request = http::Request::get(uri);
    if as_table {
        request = request.header(http::header::ACCEPT, ACCEPT_TABLE);
    }
    let request = request.body(Vec::new()).map_err(kube::Error::HttpError)?;
    Ok(crate::raw_request::send(client, request).await?.body)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixtures::resource;

    #[test]
    fn collection_urls_follow_the_api_layout() {
        assert_eq!(
            collection_url(&resource("", "Thing", true), Some("ns")),
            "/api/v1/namespaces/ns/things"
        );
        assert_eq!(
            collection_url(&resource("apps", "Thing", true), None),
            "/apis/apps/v1/things"
        );
        assert_eq!(
            collection_url(&resource("", "Thing", false), Some("ns")),
            "/api/v1/things"
        );
    }
}
