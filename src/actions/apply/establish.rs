//! Waiting until an applied CustomResourceDefinition serves its types.

use std::borrow::Cow;
use std::time::Duration;

use k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta;
use kube::Client;
use kube::core::ClusterResourceScope;
use serde::{Deserialize, Deserializer};
use serde_json::Value;

use super::ApplyError;

/// How long a CustomResourceDefinition may take to become Established.
const TIMEOUT: Duration = Duration::from_secs(60);

/// Whether a CustomResourceDefinition, as applied or as found unchanged,
/// already serves its types: then there is nothing to wait for.
pub fn is_established(crd: &Value) -> bool {
    crd["status"]["conditions"]
        .as_array()
        .is_some_and(|conditions| {
            conditions
                .iter()
                .any(|c| c["type"] == "Established" && c["status"] == "True")
        })
}

/// Watches the definition until it is Established.
pub async fn wait_established(client: &Client, name: &str) -> Result<(), ApplyError> {
    let api: kube::Api<Establishment> = kube::Api::all(client.clone());
    let established =
        kube::runtime::wait::await_condition(api, name, |crd: Option<&Establishment>| {
            crd.is_some_and(Establishment::is_established)
        });
    match tokio::time::timeout(TIMEOUT, established).await {
        Ok(Ok(_)) => Ok(()),
        Ok(Err(e)) => Err(ApplyError::Request(e.to_string())),
        Err(_) => Err(ApplyError::NotEstablished(TIMEOUT)),
    }
}

/// A CustomResourceDefinition as far as waiting needs it. Every watch event
/// carries the whole definition; read as the typed object, its schema and
/// managedFields cost megabytes per event for large CRDs, and nothing here
/// uses them.
#[derive(Clone, Debug, Deserialize)]
struct Establishment {
    #[serde(deserialize_with = "identity_only")]
    metadata: ObjectMeta,
    // A new definition's status, or its conditions, may be null.
    status: Option<EstablishmentStatus>,
}

impl Establishment {
    fn is_established(&self) -> bool {
        self.status
            .as_ref()
            .and_then(|status| status.conditions.as_ref())
            .is_some_and(|conditions| conditions.iter().any(Condition::is_established))
    }
}

#[derive(Clone, Debug, Deserialize)]
struct EstablishmentStatus {
    conditions: Option<Vec<Condition>>,
}

#[derive(Clone, Debug, Deserialize)]
struct Condition {
    #[serde(rename = "type")]
    kind: String,
    status: String,
}

impl Condition {
    fn is_established(&self) -> bool {
        self.kind == "Established" && self.status == "True"
    }
}

/// The metadata a watch needs (name and resourceVersion), without managedFields.
fn identity_only<'de, D: Deserializer<'de>>(deserializer: D) -> Result<ObjectMeta, D::Error> {
    #[derive(Deserialize)]
    #[serde(rename_all = "camelCase")]
    struct Identity {
        name: Option<String>,
        resource_version: Option<String>,
    }
    let identity = Identity::deserialize(deserializer)?;
    Ok(ObjectMeta {
        name: identity.name,
        resource_version: identity.resource_version,
        ..ObjectMeta::default()
    })
}

impl kube::Resource for Establishment {
    type DynamicType = ();
    type Scope = ClusterResourceScope;

    fn kind(_: &()) -> Cow<'_, str> {
        "CustomResourceDefinition".into()
    }

    fn group(_: &()) -> Cow<'_, str> {
        "apiextensions.k8s.io".into()
    }

    fn version(_: &()) -> Cow<'_, str> {
        "v1".into()
    }

    fn plural(_: &()) -> Cow<'_, str> {
        "customresourcedefinitions".into()
    }

    fn meta(&self) -> &ObjectMeta {
        &self.metadata
    }

    fn meta_mut(&mut self) -> &mut ObjectMeta {
        &mut self.metadata
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn only_a_definition_established_true_needs_no_waiting() {
        let with = |conditions: Value| json!({"status": {"conditions": conditions}});
        assert!(is_established(&with(json!([
            {"type": "NamesAccepted", "status": "True"},
            {"type": "Established", "status": "True"}
        ]))));
        assert!(!is_established(&with(
            json!([{"type": "Established", "status": "False"}])
        )));
        assert!(!is_established(&json!({"spec": {}})));
    }

    #[test]
    fn waiting_reads_conditions_but_not_schemas_or_managed_fields() {
        let crd: Establishment = serde_json::from_value(json!({
            "metadata": {"name": "a.example.com", "resourceVersion": "7",
                         "managedFields": [{"manager": "tug", "fieldsV1": {"f:spec": {}}}]},
            "spec": {"versions": [{"schema": {"openAPIV3Schema": {"type": "object"}}}]},
            "status": {"conditions": [{"type": "Established", "status": "True", "reason": "x"}]}
        }))
        .unwrap();
        assert_eq!(crd.metadata.name.as_deref(), Some("a.example.com"));
        assert_eq!(crd.metadata.resource_version.as_deref(), Some("7"));
        assert!(crd.metadata.managed_fields.is_none());
        assert!(crd.is_established());
    }

    #[test]
    fn a_new_definition_with_null_conditions_is_not_established() {
        let crd: Establishment = serde_json::from_value(json!({
            "metadata": {"name": "a.example.com"},
            "status": {"conditions": null, "acceptedNames": {"kind": ""}}
        }))
        .unwrap();
        assert!(!crd.is_established());
    }
}
