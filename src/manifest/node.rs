//! The shape a YAML document is read into: plain JSON values, except that the
//! elements of a top-level sequence or of an `items` sequence keep their source
//! locations, so each object expanded from a `List` can point at itself.

use std::fmt;

use serde::de::{self, Deserialize, Deserializer, IntoDeserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value};
use serde_saphyr::Spanned;

/// The key whose sequence value a `List` is expanded from.
const ITEMS: &str = "items";

/// A document root, a List item, or a nested item of either.
#[derive(Debug)]
pub(super) enum Node {
    /// A mapping. An `items` sequence is held in `items`, with a `null`
    /// placeholder left in `fields` so the key keeps its place.
    Mapping {
        fields: Map<String, Value>,
        items: Option<Vec<Spanned<Node>>>,
    },
    Sequence(Vec<Spanned<Node>>),
    Scalar(Value),
}

impl Node {
    /// The plain JSON value, with located elements put back in place.
    pub(super) fn into_value(self) -> Value {
        match self {
            Node::Mapping { mut fields, items } => {
                if let Some(items) = items {
                    fields.insert(ITEMS.to_owned(), located_into_array(items));
                }
                Value::Object(fields)
            }
            Node::Sequence(elements) => located_into_array(elements),
            Node::Scalar(value) => value,
        }
    }

    /// What kind of YAML node this is, for messages.
    pub(super) fn describe(&self) -> &'static str {
        match self {
            Node::Mapping { .. } => "a mapping",
            Node::Sequence(_) => "a sequence",
            Node::Scalar(Value::String(_)) => "a string",
            Node::Scalar(Value::Number(_)) => "a number",
            Node::Scalar(Value::Bool(_)) => "a boolean",
            Node::Scalar(_) => "null",
        }
    }
}

fn located_into_array(elements: Vec<Spanned<Node>>) -> Value {
    Value::Array(elements.into_iter().map(|e| e.value.into_value()).collect())
}

impl<'de> Deserialize<'de> for Node {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(NodeVisitor)
    }
}

struct NodeVisitor;

/// Scalars become JSON values exactly as `serde_json::Value` would read them.
fn scalar<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Node, D::Error> {
    Value::deserialize(deserializer).map(Node::Scalar)
}

impl<'de> Visitor<'de> for NodeVisitor {
    type Value = Node;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any YAML value")
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Node, E> {
        Ok(Node::Scalar(Value::Bool(v)))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Node, E> {
        Ok(Node::Scalar(Value::from(v)))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Node, E> {
        Ok(Node::Scalar(Value::from(v)))
    }

    fn visit_i128<E: de::Error>(self, v: i128) -> Result<Node, E> {
        scalar(v.into_deserializer())
    }

    fn visit_u128<E: de::Error>(self, v: u128) -> Result<Node, E> {
        scalar(v.into_deserializer())
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Node, E> {
        Ok(Node::Scalar(Value::from(v)))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Node, E> {
        Ok(Node::Scalar(Value::String(v.to_owned())))
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<Node, E> {
        Ok(Node::Scalar(Value::String(v)))
    }

    fn visit_unit<E: de::Error>(self) -> Result<Node, E> {
        Ok(Node::Scalar(Value::Null))
    }

    fn visit_none<E: de::Error>(self) -> Result<Node, E> {
        Ok(Node::Scalar(Value::Null))
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Node, D::Error> {
        Node::deserialize(deserializer)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Node, A::Error> {
        let mut elements = Vec::with_capacity(seq.size_hint().unwrap_or(0));
        while let Some(element) = seq.next_element::<Spanned<Node>>()? {
            elements.push(element);
        }
        Ok(Node::Sequence(elements))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Node, A::Error> {
        let mut fields = Map::new();
        let mut items = None;
        while let Some(key) = map.next_key::<String>()? {
            if key == ITEMS {
                // Only `items` is read as a Node: everything else needs no locations,
                // and plain values are cheaper.
                match map.next_value::<Node>()? {
                    Node::Sequence(elements) => {
                        items = Some(elements);
                        fields.insert(key, Value::Null);
                    }
                    other => {
                        fields.insert(key, other.into_value());
                    }
                }
            } else {
                let value = map.next_value::<Value>()?;
                fields.insert(key, value);
            }
        }
        Ok(Node::Mapping { fields, items })
    }
}
