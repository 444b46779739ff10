//! How the server merges each field: the OpenAPI v3 document of a group
//! version read as structured-merge-diff reads it (kube-openapi's
//! `schemaconv`): which lists are atomic, sets or maps with which keys,
//! which maps are atomic. Documents are cached on disk under their content
//! hash, so a known one costs only the small index request.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;

use kube::Client;
use serde_json::{Map, Value};

/// Types the server treats as plain scalars or untyped values whatever their schema says.
const QUANTITY: &str = "io.k8s.apimachinery.pkg.api.resource.Quantity";
const RAW_EXTENSION: &str = "io.k8s.apimachinery.pkg.runtime.RawExtension";

/// The named schemas of one group version.
#[derive(Debug)]
pub struct OpenApi {
    schemas: Map<String, Value>,
    /// (group, version, kind) → the name of its schema.
    kinds: HashMap<(String, String, String), String>,
}

impl OpenApi {
    pub(super) fn from_document(mut document: Value) -> Option<OpenApi> {
        let Value::Object(schemas) = document["components"]["schemas"].take() else {
            return None;
        };
        let text = |value: &Value| value.as_str().unwrap_or_default().to_string();
        let mut kinds = HashMap::new();
        for (name, schema) in &schemas {
            let listed = schema["x-kubernetes-group-version-kind"].as_array();
            for gvk in listed.map_or(&[][..], Vec::as_slice) {
                let key = (
                    text(&gvk["group"]),
                    text(&gvk["version"]),
                    text(&gvk["kind"]),
                );
                kinds.insert(key, name.clone());
            }
        }
        Some(OpenApi { schemas, kinds })
    }

    /// The type of objects of `kind` at `group`/`version`.
    pub fn type_of(&self, group: &str, version: &str, kind: &str) -> Option<Type<'_>> {
        let key = (group.to_string(), version.to_string(), kind.to_string());
        let schema = self.schemas.get(self.kinds.get(&key)?)?;
        Some(Type::Schema {
            openapi: self,
            node: schema,
            map_atomic: None,
            preserve_unknown: preserves_unknown(schema),
        })
    }

    /// The type a property, item or additionalProperties schema refers to.
    fn resolve<'a>(&'a self, schema: &'a Value, inherited_preserve: bool) -> Type<'a> {
        let reference = schema["$ref"]
            .as_str()
            .or_else(|| match schema["allOf"].as_array() {
                Some(all) if all.len() == 1 => all[0]["$ref"].as_str(),
                _ => None,
            });
        let Some(reference) = reference else {
            return Type::Schema {
                openapi: self,
                node: schema,
                map_atomic: None,
                preserve_unknown: inherited_preserve || preserves_unknown(schema),
            };
        };
        let name = reference.rsplit('/').next().unwrap_or(reference);
        match name {
            QUANTITY => Type::Scalar,
            RAW_EXTENSION => Type::Untyped,
            _ => match self.schemas.get(name) {
                Some(node) => Type::Schema {
                    openapi: self,
                    node,
                    // The referring property's map type wins over the type's own.
                    map_atomic: map_type_is_atomic(schema),
                    preserve_unknown: preserves_unknown(node),
                },
                None => Type::Unknown,
            },
        }
    }
}

fn preserves_unknown(schema: &Value) -> bool {
    schema["x-kubernetes-preserve-unknown-fields"] == true
}

fn map_type_is_atomic(schema: &Value) -> Option<bool> {
    schema["x-kubernetes-map-type"]
        .as_str()
        .map(|t| t == "atomic")
}

/// The type of a value, as far as it is known.
#[derive(Debug, Clone, Copy)]
pub enum Type<'a> {
    /// No schema loaded: the shape has to come from the recorded field set.
    Unknown,
    /// A scalar whatever its value looks like (quantities).
    Scalar,
    /// Untyped and atomic throughout (RawExtension, items without a schema).
    Untyped,
    /// Untyped: maps granular, lists atomic (preserved unknown fields).
    Deduced,
    Schema {
        openapi: &'a OpenApi,
        node: &'a Value,
        map_atomic: Option<bool>,
        preserve_unknown: bool,
    },
}

/// How a map value merges.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MapShape {
    Unknown,
    NotAMap,
    Atomic,
    Granular,
}

/// How a list value merges.
#[derive(Debug, Clone)]
pub enum ListShape<'a> {
    Unknown,
    NotAList,
    Atomic,
    Set,
    Map {
        keys: Vec<String>,
        element: Type<'a>,
    },
}

impl<'a> Type<'a> {
    fn schema_type(node: &Value) -> &str {
        node["type"].as_str().unwrap_or_default()
    }

    pub fn map_shape(self) -> MapShape {
        match self {
            Type::Unknown => MapShape::Unknown,
            Type::Scalar => MapShape::NotAMap,
            Type::Untyped => MapShape::Atomic,
            Type::Deduced => MapShape::Granular,
            Type::Schema {
                node, map_atomic, ..
            } => match Self::schema_type(node) {
                "object" | "" => {
                    if map_atomic.or_else(|| map_type_is_atomic(node)) == Some(true) {
                        MapShape::Atomic
                    } else {
                        MapShape::Granular
                    }
                }
                _ => MapShape::NotAMap,
            },
        }
    }

    /// The type of the map entry `key`, and whether it is a declared field
    /// (structured-merge-diff claims undeclared keys as members themselves).
    /// `None` when the schema allows no such key.
    pub fn field(self, key: &str) -> Option<(Type<'a>, bool)> {
        match self {
            Type::Deduced => Some((Type::Deduced, false)),
            Type::Schema {
                openapi,
                node,
                preserve_unknown,
                ..
            } => {
                let properties = node["properties"].as_object();
                if let Some(property) = properties.and_then(|p| p.get(key)) {
                    return Some((openapi.resolve(property, preserve_unknown), true));
                }
                match &node["additionalProperties"] {
                    Value::Object(_) => Some((
                        openapi.resolve(&node["additionalProperties"], preserve_unknown),
                        false,
                    )),
                    Value::Bool(true) => Some((Type::Deduced, false)),
                    Value::Bool(false) => None,
                    _ if preserve_unknown || properties.is_none_or(Map::is_empty) => {
                        Some((Type::Deduced, false))
                    }
                    _ => None,
                }
            }
            Type::Unknown | Type::Scalar | Type::Untyped => None,
        }
    }

    pub fn list_shape(self) -> ListShape<'a> {
        match self {
            Type::Unknown => ListShape::Unknown,
            Type::Scalar => ListShape::NotAList,
            Type::Untyped | Type::Deduced => ListShape::Atomic,
            Type::Schema {
                openapi,
                node,
                preserve_unknown,
                ..
            } => {
                if !matches!(Self::schema_type(node), "array" | "") {
                    return ListShape::NotAList;
                }
                let element = match &node["items"] {
                    Value::Object(_) => openapi.resolve(&node["items"], preserve_unknown),
                    _ => Type::Untyped,
                };
                list_relationship(node, element)
            }
        }
    }

    /// The schema's default for the field `name` of this (item) type.
    pub fn default_of(self, name: &str) -> Option<&'a Value> {
        match self {
            Type::Schema { node, .. } => node["properties"][name].get("default"),
            _ => None,
        }
    }
}

/// `x-kubernetes-list-type`, else the strategic-merge-patch markers, else atomic.
fn list_relationship<'a>(node: &Value, element: Type<'a>) -> ListShape<'a> {
    match node["x-kubernetes-list-type"].as_str() {
        Some("atomic") => return ListShape::Atomic,
        Some("set") => return ListShape::Set,
        Some("map") => {
            let keys = node["x-kubernetes-list-map-keys"].as_array().map(|keys| {
                keys.iter()
                    .filter_map(|k| k.as_str().map(String::from))
                    .collect()
            });
            return match keys {
                Some(keys) => ListShape::Map { keys, element },
                None => ListShape::Unknown,
            };
        }
        Some(_) => return ListShape::Unknown,
        None => {}
    }
    match node["x-kubernetes-patch-strategy"].as_str() {
        Some("merge" | "merge,retainKeys") => match node["x-kubernetes-patch-merge-key"].as_str() {
            Some(key) => ListShape::Map {
                keys: vec![key.to_string()],
                element,
            },
            None => ListShape::Set,
        },
        Some("retainKeys") | None => ListShape::Atomic,
        Some(_) => ListShape::Unknown,
    }
}

/// OpenAPI documents fetched (or read from the cache) during one run, by apiVersion.
pub struct Schemas {
    client: Client,
    loaded: futures::lock::Mutex<Loaded>,
}

#[derive(Default)]
struct Loaded {
    /// `/openapi/v3`'s `paths`: group version → URL with its content hash.
    index: Option<Map<String, Value>>,
    documents: HashMap<String, Option<Arc<OpenApi>>>,
}

impl Schemas {
    pub fn new(client: Client) -> Schemas {
        Schemas {
            client,
            loaded: futures::lock::Mutex::new(Loaded::default()),
        }
    }

    /// The document of `api_version` (`v1`, `apps/v1`); `None` when the
    /// server publishes none for it or it cannot be read.
    pub async fn of(&self, api_version: &str) -> Option<Arc<OpenApi>> {
        let mut loaded = self.loaded.lock().await;
        if let Some(document) = loaded.documents.get(api_version) {
            return document.clone();
        }
        if loaded.index.is_none() {
            let index = get_json(&self.client, "/openapi/v3").await;
            loaded.index = Some(match index {
                Some(Value::Object(mut root)) => match root.remove("paths") {
                    Some(Value::Object(paths)) => paths,
                    _ => Map::new(),
                },
                _ => Map::new(),
            });
        }
        let path = if api_version.contains('/') {
            format!("apis/{api_version}")
        } else {
            format!("api/{api_version}")
        };
        let url = loaded.index.as_ref().and_then(|paths| {
            paths.get(&path)?["serverRelativeURL"]
                .as_str()
                .map(String::from)
        });
        let document = match url {
            Some(url) => self
                .document(&url)
                .await
                .and_then(OpenApi::from_document)
                .map(Arc::new),
            None => None,
        };
        loaded
            .documents
            .insert(api_version.to_string(), document.clone());
        document
    }

    /// A document by its hashed URL: from the cache, else from the server.
    async fn document(&self, url: &str) -> Option<Value> {
        let file = cache_file(url);
        if let Some(cached) = file
            .as_deref()
            .and_then(|f| std::fs::read(f).ok())
            .and_then(|bytes| serde_json::from_slice(&bytes).ok())
        {
            return Some(cached);
        }
        let document = get_json(&self.client, url).await?;
        if let Some(file) = file {
            // A cache that cannot be written only costs a request next time.
            let _ = serde_json::to_vec(&document)
                .map(|bytes| crate::atomic_file::replace(&file, &bytes));
        }
        Some(document)
    }
}

async fn get_json(client: &Client, uri: &str) -> Option<Value> {
    let request = http::Request::get(uri).body(Vec::new()).ok()?;
    crate::raw_request::send(client, request)
        .await
        .ok()
        .map(|r| r.body)
}

/// `/openapi/v3/apis/apps/v1?hash=AB12` → `…/openapi/apis_apps_v1-AB12.json`;
/// only URLs carrying a hash are cached, since only they never change.
fn cache_file(url: &str) -> Option<PathBuf> {
    let (path, hash) = url.split_once("?hash=")?;
    let name: String = format!("{}-{hash}", path.trim_start_matches("/openapi/v3/"))
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '.' || c == '-' {
                c
            } else {
                '_'
            }
        })
        .collect();
    Some(
        crate::resource::discovery::cache_dir()?
            .join("openapi")
            .join(format!("{name}.json")),
    )
}

/// A Service's schema as the server publishes it, cut down, for tests.
#[cfg(test)]
pub(super) fn service_openapi() -> OpenApi {
    {
        use serde_json::json;
        OpenApi::from_document(json!({"components": {"schemas": {
            "io.k8s.api.core.v1.Service": {
                "type": "object",
                "x-kubernetes-group-version-kind": [{"group": "", "version": "v1", "kind": "Service"}],
                "properties": {
                    "apiVersion": {"type": "string"},
                    "kind": {"type": "string"},
                    "metadata": {"type": "object", "properties": {
                        "name": {"type": "string"}, "namespace": {"type": "string"}}},
                    "spec": {"allOf": [{"$ref": "#/components/schemas/io.k8s.api.core.v1.ServiceSpec"}]}
                }
            },
            "io.k8s.api.core.v1.ServiceSpec": {
                "type": "object",
                "properties": {
                    "selector": {"type": "object", "additionalProperties": {"type": "string"},
                                 "x-kubernetes-map-type": "atomic"},
                    "ports": {"type": "array",
                              "items": {"allOf": [{"$ref": "#/components/schemas/io.k8s.api.core.v1.ServicePort"}]},
                              "x-kubernetes-list-type": "map",
                              "x-kubernetes-list-map-keys": ["port", "protocol"]},
                    "finalizers": {"type": "array", "items": {"type": "string"},
                                   "x-kubernetes-patch-strategy": "merge"},
                    "args": {"type": "array", "items": {"type": "string"}},
                    "raw": {"allOf": [{"$ref": "#/components/schemas/io.k8s.apimachinery.pkg.runtime.RawExtension"}]},
                    "cpu": {"allOf": [{"$ref": "#/components/schemas/io.k8s.apimachinery.pkg.api.resource.Quantity"}]},
                    "free": {"type": "object", "x-kubernetes-preserve-unknown-fields": true,
                             "properties": {"known": {"type": "string"}}}
                }
            },
            "io.k8s.api.core.v1.ServicePort": {
                "type": "object",
                "properties": {"port": {"type": "integer"}, "protocol": {"type": "string", "default": "TCP"}}
            }
        }}}))
        .unwrap()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn openapi() -> OpenApi {
        service_openapi()
    }

    #[test]
    fn kinds_are_found_by_group_version_and_kind() {
        let openapi = openapi();
        assert!(openapi.type_of("", "v1", "Service").is_some());
        assert!(openapi.type_of("apps", "v1", "Service").is_none());
    }

    #[test]
    fn list_and_map_types_are_read_as_the_server_reads_them() {
        let openapi = openapi();
        let service = openapi.type_of("", "v1", "Service").unwrap();
        let (spec, declared) = service.field("spec").unwrap();
        assert!(declared);
        assert_eq!(spec.map_shape(), MapShape::Granular);
        assert_eq!(
            spec.field("selector").unwrap().0.map_shape(),
            MapShape::Atomic
        );
        match spec.field("ports").unwrap().0.list_shape() {
            ListShape::Map { keys, element } => {
                assert_eq!(keys, ["port", "protocol"]);
                assert_eq!(element.default_of("protocol"), Some(&json!("TCP")));
            }
            other => panic!("ports: {other:?}"),
        }
        assert!(matches!(
            spec.field("finalizers").unwrap().0.list_shape(),
            ListShape::Set
        ));
        assert!(matches!(
            spec.field("args").unwrap().0.list_shape(),
            ListShape::Atomic
        ));
        assert_eq!(spec.field("raw").unwrap().0.map_shape(), MapShape::Atomic);
        assert_eq!(spec.field("cpu").unwrap().0.map_shape(), MapShape::NotAMap);
        assert!(spec.field("unknown").is_none());
        let (free, _) = spec.field("free").unwrap();
        assert!(matches!(
            free.field("anything"),
            Some((Type::Deduced, false))
        ));
    }

    #[test]
    fn only_documents_with_a_content_hash_are_cached() {
        assert!(cache_file("/openapi/v3/apis/apps/v1").is_none());
        let file = cache_file("/openapi/v3/apis/apps/v1?hash=AB12").unwrap();
        assert!(file.ends_with("openapi/apis_apps_v1-AB12.json"));
    }
}
