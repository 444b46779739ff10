//! Knowing, without asking the server, that a server-side apply would change
//! nothing: the live object's Apply entry for our field manager must hold
//! exactly the field set structured-merge-diff would build from the manifest,
//! and every value the manifest sets must already be the live value, byte for
//! byte. Anything uncertain — a list whose type only the schema knows and no
//! schema, a value in another representation, a write-only field — means the
//! request is sent.

use std::collections::BTreeMap;

use serde_json::{Map, Value};

use super::schema::{ListShape, MapShape, Schemas, Type};
use super::{Applied, Change, Options};
use crate::resource::Target;

/// What the manifest and the live object say about sending an apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    /// Applying would change neither the object nor its field ownership.
    Unchanged,
    /// It may change something, or that cannot be known here.
    Send,
    /// Only the schema can tell how a list or a map is merged.
    NeedSchema,
}

/// Why the local check gave up; only the distinction to `NeedSchema` matters.
#[derive(Debug)]
enum Doubt {
    Send,
    NeedSchema,
}

type Walk<T> = Result<T, Doubt>;

/// Metadata fields the server never records as owned (its "strip meta"
/// set); a manifest that sets any but name and namespace is sent.
const UNOWNED_METADATA: [&str; 9] = [
    "name",
    "namespace",
    "creationTimestamp",
    "selfLink",
    "uid",
    "clusterName",
    "generation",
    "managedFields",
    "resourceVersion",
];

/// Whether applying `body` to `live` would change nothing, loading the
/// schema of its type only when the field set alone cannot tell.
pub async fn is_unchanged(
    body: &Value,
    live: &Value,
    target: &Target,
    options: &Options,
    schemas: &Schemas,
) -> bool {
    let manager = &options.field_manager;
    let force = options.force_conflicts;
    match decide(body, live, manager, force, Type::Unknown) {
        Decision::Unchanged => true,
        Decision::Send => false,
        Decision::NeedSchema => {
            let resource = &target.resource;
            let Some(openapi) = schemas.of(&resource.api_version()).await else {
                return false;
            };
            let Some(schema) = openapi.type_of(&resource.group, &resource.version, &resource.kind)
            else {
                return false;
            };
            decide(body, live, manager, force, schema) == Decision::Unchanged
        }
    }
}

/// The result of an apply that was not sent: the live object as it is, and
/// as it was before only when the caller keeps objects (a second copy of
/// every live object is otherwise the largest cost of a large re-apply).
pub fn unchanged(live: Value, keep_before: bool) -> Applied {
    Applied {
        change: Change::Unchanged,
        before: keep_before.then(|| live.clone()),
        object: live,
        taken_over: Vec::new(),
    }
}

/// Decides for `body`, the object exactly as the apply would send it, against
/// `live`. `schema` is the object's type, or `Type::Unknown` when not loaded.
pub fn decide(
    body: &Value,
    live: &Value,
    field_manager: &str,
    force_conflicts: bool,
    schema: Type,
) -> Decision {
    let Some(ours) = our_field_set(body, live, field_manager) else {
        return Decision::Send;
    };
    if !sendable_without_doubt(body) {
        return Decision::Send;
    }
    let expected = match expected_field_set(body, live, schema, &ours) {
        Ok(set) => set,
        Err(Doubt::Send) => return Decision::Send,
        Err(Doubt::NeedSchema) => return Decision::NeedSchema,
    };
    if expected != ours {
        return Decision::Send;
    }
    // A forced apply takes fields other managers share with us; let the
    // server decide who owns what.
    if force_conflicts && shares_fields_with_others(live, field_manager) {
        return Decision::Send;
    }
    Decision::Unchanged
}

/// The field set of our Apply entry, when there is exactly one and it was
/// recorded at the manifest's apiVersion.
fn our_field_set(body: &Value, live: &Value, field_manager: &str) -> Option<Node> {
    let entries = live["metadata"]["managedFields"].as_array()?;
    let mut ours = entries.iter().filter(|e| {
        e["manager"] == field_manager
            && e["operation"] == "Apply"
            && e["subresource"].as_str().unwrap_or_default().is_empty()
    });
    let entry = ours.next()?;
    if ours.next().is_some()
        || entry["apiVersion"] != body["apiVersion"]
        || entry["fieldsType"] != "FieldsV1"
    {
        return None;
    }
    Node::parse(&entry["fieldsV1"])
}

/// Manifests whose effect is not visible in the live object are always sent:
/// write-only Secret data, generated names, preconditions, status.
fn sendable_without_doubt(body: &Value) -> bool {
    let Some(metadata) = body["metadata"].as_object() else {
        return false;
    };
    let bookkeeping = metadata
        .keys()
        .any(|key| key == "generateName" || UNOWNED_METADATA[2..].contains(&key.as_str()));
    let write_only = body["kind"] == "Secret" && body.get("stringData").is_some();
    !bookkeeping && !write_only && body.get("status").is_none()
}

fn shares_fields_with_others(live: &Value, field_manager: &str) -> bool {
    let entries = live["metadata"]["managedFields"]
        .as_array()
        .map_or(&[][..], Vec::as_slice);
    let (ours, others): (Vec<&Value>, Vec<&Value>) = entries
        .iter()
        .partition(|e| e["manager"] == field_manager && e["operation"] == "Apply");
    let our_paths: Vec<String> = ours
        .iter()
        .flat_map(|e| super::fields::paths(&e["fieldsV1"]))
        .collect();
    others
        .iter()
        .flat_map(|e| super::fields::paths(&e["fieldsV1"]))
        .any(|path| our_paths.contains(&path))
}

/// One step of a field path, as FieldsV1 writes it: `f:name`, `k:{…}`,
/// `v:value`, `i:index`. Values are kept as canonical JSON text so that the
/// server's encoding and ours compare equal.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Element {
    Field(String),
    Key(Vec<(String, String)>),
    Value(String),
    Index(u64),
}

impl Element {
    fn parse(text: &str) -> Option<Element> {
        let (kind, rest) = text.split_once(':')?;
        match kind {
            "f" => Some(Element::Field(rest.to_string())),
            "k" => {
                let fields: Map<String, Value> = serde_json::from_str(rest).ok()?;
                Some(Element::key(fields.iter()))
            }
            "v" => Some(Element::Value(canonical(&serde_json::from_str(rest).ok()?))),
            "i" => rest.parse().ok().map(Element::Index),
            _ => None,
        }
    }

    fn key<'a>(fields: impl Iterator<Item = (&'a String, &'a Value)>) -> Element {
        let mut key: Vec<(String, String)> = fields
            .map(|(name, value)| (name.clone(), canonical(value)))
            .collect();
        key.sort();
        Element::Key(key)
    }
}

fn canonical(value: &Value) -> String {
    value.to_string()
}

/// A node of a field set: whether its own path is a member, and its children.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
struct Node {
    member: bool,
    children: BTreeMap<Element, Node>,
}

impl Node {
    fn leaf() -> Node {
        Node {
            member: true,
            children: BTreeMap::new(),
        }
    }

    /// Reads FieldsV1: `{}` is a member without children, `.` marks a member
    /// that also has children. `None` when it is not well formed.
    fn parse(fields: &Value) -> Option<Node> {
        let object = fields.as_object()?;
        let mut node = Node {
            member: object.is_empty(),
            children: BTreeMap::new(),
        };
        for (key, child) in object {
            if key == "." {
                node.member = true;
            } else {
                node.children
                    .insert(Element::parse(key)?, Node::parse(child)?);
            }
        }
        Some(node)
    }

    fn child(&self, element: &Element) -> Option<&Node> {
        self.children.get(element)
    }

    /// Drops nodes that are neither members nor lead to one.
    fn prune(&mut self) {
        self.children.retain(|_, child| {
            child.prune();
            child.member || !child.children.is_empty()
        });
    }
}

/// The field set structured-merge-diff builds from `body` (its `ToFieldSet`
/// after the server strips type and object metadata), checking on the way
/// that every value set is already the live value.
fn expected_field_set(body: &Value, live: &Value, schema: Type, ours: &Node) -> Walk<Node> {
    let mut set = value_node(body, schema, Some(live), Some(ours))?;
    for field in ["apiVersion", "kind", "metadata"] {
        if let Some(node) = set.children.get_mut(&Element::Field(field.to_string())) {
            node.member = false;
        }
    }
    if let Some(metadata) = set
        .children
        .get_mut(&Element::Field("metadata".to_string()))
    {
        for field in UNOWNED_METADATA {
            if let Some(node) = metadata
                .children
                .get_mut(&Element::Field(field.to_string()))
            {
                node.member = false;
            }
        }
    }
    set.prune();
    Ok(set)
}

/// The field-set node of one value: members its own path when it is a
/// scalar or atomic; children for granular maps and associative lists.
/// `hint` is our recorded set at the same path, used only where no schema
/// is known.
fn value_node(value: &Value, ty: Type, live: Option<&Value>, hint: Option<&Node>) -> Walk<Node> {
    let live = live.ok_or(Doubt::Send)?;
    match value {
        Value::Null => Err(Doubt::Send),
        Value::Bool(_) | Value::Number(_) | Value::String(_) => {
            same(value, live)?;
            Ok(Node::leaf())
        }
        Value::Object(fields) => map_node(fields, ty, live, hint),
        Value::Array(items) => list_node(items, ty, live),
    }
}

fn same(value: &Value, live: &Value) -> Walk<()> {
    if value == live {
        Ok(())
    } else {
        Err(Doubt::Send)
    }
}

fn map_node(
    fields: &Map<String, Value>,
    ty: Type,
    live: &Value,
    hint: Option<&Node>,
) -> Walk<Node> {
    let shape = ty.map_shape();
    match shape {
        MapShape::NotAMap => return Err(Doubt::Send),
        MapShape::Atomic => {
            same(&Value::Object(fields.clone()), live)?;
            return Ok(Node::leaf());
        }
        MapShape::Unknown if !fields.is_empty() && hint.is_some_and(|h| h.children.is_empty()) => {
            // Recorded as one leaf: an atomic map, or an empty one before.
            return Err(Doubt::NeedSchema);
        }
        MapShape::Unknown | MapShape::Granular => {}
    }
    let live_fields = live.as_object().ok_or(Doubt::Send)?;
    let mut node = Node::default();
    for (key, value) in fields {
        let element = Element::Field(key.clone());
        let child_hint = hint.and_then(|h| h.child(&element));
        let (child_ty, declared) = match shape {
            MapShape::Granular => {
                let (child_ty, declared) = ty.field(key).ok_or(Doubt::Send)?;
                (child_ty, Some(declared))
            }
            _ => (Type::Unknown, None),
        };
        let mut child = value_node(value, child_ty, live_fields.get(key), child_hint)?;
        let empty_map = value.as_object().is_some_and(Map::is_empty);
        child.member |= empty_map
            || match declared {
                Some(declared) => !declared,
                // Whether a key is a declared field decides its membership;
                // for a non-empty map it is the same as when last applied.
                None => value.is_object() && child_hint.is_some_and(|h| h.member),
            };
        node.children.insert(element, child);
    }
    Ok(node)
}

fn list_node(items: &[Value], ty: Type, live: &Value) -> Walk<Node> {
    if items.is_empty() {
        // An empty granular list claims nothing, an atomic one its path.
        return Err(Doubt::Send);
    }
    match ty.list_shape() {
        ListShape::Unknown => Err(Doubt::NeedSchema),
        ListShape::NotAList => Err(Doubt::Send),
        ListShape::Atomic => {
            same(&Value::Array(items.to_vec()), live)?;
            Ok(Node::leaf())
        }
        ListShape::Set => {
            // Merging could reorder or keep others' items; only identical is sure.
            same(&Value::Array(items.to_vec()), live)?;
            let mut node = Node::default();
            for item in items {
                if item.is_object() || item.is_array() || item.is_null() {
                    return Err(Doubt::Send);
                }
                let previous = node
                    .children
                    .insert(Element::Value(canonical(item)), Node::leaf());
                if previous.is_some() {
                    return Err(Doubt::Send);
                }
            }
            Ok(node)
        }
        ListShape::Map { keys, element } => {
            let live_items = live.as_array().ok_or(Doubt::Send)?;
            let item_keys = items
                .iter()
                .map(|item| item_key(item, &keys, element))
                .collect::<Walk<Vec<Element>>>()?;
            let live_keys = live_items
                .iter()
                .map(|item| item_key(item, &keys, element))
                .collect::<Walk<Vec<Element>>>()?;
            // Items of other managers, or another order, may be merged
            // differently: only the same items in the same order are sure.
            if item_keys != live_keys {
                return Err(Doubt::Send);
            }
            let mut node = Node::default();
            for ((item, live_item), key) in items.iter().zip(live_items).zip(item_keys) {
                let mut child = value_node(item, element, Some(live_item), None)?;
                child.member = true;
                if node.children.insert(key, child).is_some() {
                    return Err(Doubt::Send);
                }
            }
            Ok(node)
        }
    }
}

/// `k:{…}` of an associative list item: its key fields, missing ones filled
/// with the schema's default as the server does, absent ones left out.
fn item_key(item: &Value, keys: &[String], element: Type) -> Walk<Element> {
    let fields = item.as_object().ok_or(Doubt::Send)?;
    let mut key: Vec<(&String, &Value)> = Vec::with_capacity(keys.len());
    for name in keys {
        if let Some(value) = fields.get(name).or_else(|| element.default_of(name)) {
            key.push((name, value));
        }
    }
    if key.is_empty() {
        return Err(Doubt::Send);
    }
    Ok(Element::key(key.into_iter()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn configmap(data: Value) -> Value {
        json!({"apiVersion": "v1", "kind": "ConfigMap",
               "metadata": {"name": "c", "namespace": "ns", "labels": {"app": "web"}}, "data": data})
    }

    fn live_with(object: &Value, entries: Value) -> Value {
        let mut live = object.clone();
        live["metadata"]["uid"] = json!("1234");
        live["metadata"]["resourceVersion"] = json!("7");
        live["metadata"]["managedFields"] = entries;
        live
    }

    fn applied_by(manager: &str, fields: Value) -> Value {
        json!({"manager": manager, "operation": "Apply", "apiVersion": "v1",
               "fieldsType": "FieldsV1", "time": "2026-11-28T12:00:00Z", "fieldsV1": fields})
    }

    fn configmap_fields() -> Value {
        json!({"f:data": {"f:a": {}}, "f:metadata": {"f:labels": {"f:app": {}}}})
    }

    fn decide_untyped(body: &Value, live: &Value) -> Decision {
        decide(body, live, "tug", false, Type::Unknown)
    }

    #[test]
    fn an_object_applied_with_the_same_values_and_fields_is_unchanged() {
        let body = configmap(json!({"a": "1"}));
        let live = live_with(&body, json!([applied_by("tug", configmap_fields())]));
        assert_eq!(decide_untyped(&body, &live), Decision::Unchanged);
    }

    #[test]
    fn a_value_that_differs_is_sent() {
        let body = configmap(json!({"a": "1"}));
        let live = live_with(
            &configmap(json!({"a": "2"})),
            json!([applied_by("tug", configmap_fields())]),
        );
        assert_eq!(decide_untyped(&body, &live), Decision::Send);
    }

    #[test]
    fn a_value_in_another_representation_is_sent() {
        let body = configmap(json!({"a": 1}));
        let live = live_with(
            &configmap(json!({"a": "1"})),
            json!([applied_by("tug", configmap_fields())]),
        );
        assert_eq!(decide_untyped(&body, &live), Decision::Send);
    }

    #[test]
    fn a_field_no_longer_in_the_manifest_is_sent_so_that_it_is_removed() {
        let body = configmap(json!({"a": "1"}));
        let live = live_with(
            &configmap(json!({"a": "1", "b": "2"})),
            json!([applied_by(
                "tug",
                json!({"f:data": {"f:a": {}, "f:b": {}}, "f:metadata": {"f:labels": {"f:app": {}}}})
            )]),
        );
        assert_eq!(decide_untyped(&body, &live), Decision::Send);
    }

    #[test]
    fn a_field_we_do_not_own_yet_is_sent() {
        let body = configmap(json!({"a": "1", "b": "2"}));
        let live = live_with(&body, json!([applied_by("tug", configmap_fields())]));
        assert_eq!(decide_untyped(&body, &live), Decision::Send);
    }

    #[test]
    fn another_manager_another_operation_or_another_version_is_sent() {
        let body = configmap(json!({"a": "1"}));
        let by_other = live_with(&body, json!([applied_by("other", configmap_fields())]));
        assert_eq!(decide_untyped(&body, &by_other), Decision::Send);
        let mut updated = applied_by("tug", configmap_fields());
        updated["operation"] = json!("Update");
        assert_eq!(
            decide_untyped(&body, &live_with(&body, json!([updated]))),
            Decision::Send
        );
        let mut older = applied_by("tug", configmap_fields());
        older["apiVersion"] = json!("v0");
        assert_eq!(
            decide_untyped(&body, &live_with(&body, json!([older]))),
            Decision::Send
        );
        assert_eq!(
            decide(
                &body,
                &live_with(&body, json!([applied_by("tug", configmap_fields())])),
                "ci",
                false,
                Type::Unknown
            ),
            Decision::Send
        );
    }

    #[test]
    fn write_only_fields_generated_names_and_preconditions_are_sent() {
        let mut secret = json!({"apiVersion": "v1", "kind": "Secret",
            "metadata": {"name": "s", "namespace": "ns"}, "stringData": {"a": "1"}});
        let live = live_with(
            &secret,
            json!([applied_by("tug", json!({"f:stringData": {"f:a": {}}}))]),
        );
        assert_eq!(decide_untyped(&secret, &live), Decision::Send);
        secret.as_object_mut().unwrap().remove("stringData");
        secret["metadata"]["resourceVersion"] = json!("7");
        assert_eq!(decide_untyped(&secret, &live), Decision::Send);
    }

    #[test]
    fn shared_fields_are_sent_only_when_forcing() {
        let body = configmap(json!({"a": "1"}));
        let live = live_with(
            &body,
            json!([
                applied_by("tug", configmap_fields()),
                applied_by("other", json!({"f:data": {"f:a": {}}}))
            ]),
        );
        assert_eq!(decide_untyped(&body, &live), Decision::Unchanged);
        assert_eq!(
            decide(&body, &live, "tug", true, Type::Unknown),
            Decision::Send
        );
    }

    #[test]
    fn lists_and_leaves_that_may_be_atomic_need_the_schema() {
        let body = json!({"apiVersion": "v1", "kind": "Service", "metadata": {"name": "s"},
            "spec": {"selector": {"app": "web"}}});
        let live = live_with(
            &body,
            json!([applied_by("tug", json!({"f:spec": {"f:selector": {}}}))]),
        );
        assert_eq!(decide_untyped(&body, &live), Decision::NeedSchema);
        let body = json!({"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "p"},
            "spec": {"containers": [{"name": "a", "image": "x"}]}});
        let live = live_with(
            &body,
            json!([applied_by(
                "tug",
                json!({"f:spec": {"f:containers": {
                "k:{\"name\":\"a\"}": {".": {}, "f:name": {}, "f:image": {}}}}})
            )]),
        );
        assert_eq!(decide_untyped(&body, &live), Decision::NeedSchema);
    }

    #[test]
    fn field_sets_parse_every_kind_of_path_element() {
        let set = Node::parse(&json!({
            "f:a": {".": {}, "f:b": {}},
            "k:{\"port\":80,\"protocol\":\"TCP\"}": {".": {}},
            "v:\"x\"": {}, "i:3": {}
        }))
        .unwrap();
        assert!(!set.member);
        assert!(set.children[&Element::Field("a".into())].member);
        assert!(set.children.contains_key(&Element::Key(vec![
            ("port".into(), "80".into()),
            ("protocol".into(), "\"TCP\"".into())
        ])));
        assert!(set.children.contains_key(&Element::Value("\"x\"".into())));
        assert!(set.children.contains_key(&Element::Index(3)));
        assert!(Node::parse(&json!({"q:x": {}})).is_none());
    }

    fn service(ports: Value) -> Value {
        json!({"apiVersion": "v1", "kind": "Service", "metadata": {"name": "web", "namespace": "ns"},
               "spec": {"selector": {"app": "web"}, "ports": ports}})
    }

    fn service_fields() -> Value {
        json!({"f:spec": {"f:selector": {}, "f:ports": {
            "k:{\"port\":80,\"protocol\":\"TCP\"}": {".": {}, "f:port": {}}}}})
    }

    fn decide_typed(body: &Value, live: &Value) -> Decision {
        let openapi = crate::actions::apply::schema::service_openapi();
        let schema = openapi.type_of("", "v1", "Service").unwrap();
        decide(body, live, "tug", false, schema)
    }

    #[test]
    fn with_the_schema_atomic_maps_and_keyed_lists_with_defaulted_keys_are_unchanged() {
        let body = service(json!([{"port": 80}]));
        let live = live_with(
            &service(json!([{"port": 80, "protocol": "TCP"}])),
            json!([applied_by("tug", service_fields())]),
        );
        assert_eq!(decide_untyped(&body, &live), Decision::NeedSchema);
        assert_eq!(decide_typed(&body, &live), Decision::Unchanged);
    }

    #[test]
    fn with_the_schema_other_items_another_order_or_a_changed_item_are_sent() {
        let fields = service_fields();
        let body = service(json!([{"port": 80}]));
        let extra_item = live_with(
            &service(json!([{"port": 80, "protocol": "TCP"}, {"port": 81, "protocol": "TCP"}])),
            json!([applied_by("tug", fields.clone())]),
        );
        assert_eq!(decide_typed(&body, &extra_item), Decision::Send);
        let udp = live_with(
            &service(json!([{"port": 80, "protocol": "UDP"}])),
            json!([applied_by("tug", fields.clone())]),
        );
        assert_eq!(decide_typed(&body, &udp), Decision::Send);
        let mut other_selector = service(json!([{"port": 80, "protocol": "TCP"}]));
        other_selector["spec"]["selector"] = json!({"app": "web", "tier": "front"});
        let live = live_with(&other_selector, json!([applied_by("tug", fields)]));
        assert_eq!(decide_typed(&body, &live), Decision::Send);
    }
}
