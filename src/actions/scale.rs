//! Setting the number of replicas through the `scale` subresource, as
//! kubectl's scaler does: a merge patch, or, when the current number must be
//! checked first, a read and an update guarded by the resourceVersion read.

use k8s_openapi::api::autoscaling::v1::ScaleSpec;
use kube::Client;
use kube::api::{Patch, PatchParams, PostParams};

use crate::resource::{ResourceType, Target};

/// The built-in types with a `scale` subresource, as `(group, kind)`.
const SCALABLE: [(&str, &str); 4] = [
    ("apps", "Deployment"),
    ("apps", "ReplicaSet"),
    ("apps", "StatefulSet"),
    ("", "ReplicationController"),
];

/// How often a guarded update is tried when someone else changed the object
/// between the read and the write (409 Conflict).
const ATTEMPTS: u32 = 5;

/// Why an object was not scaled.
#[derive(Debug, thiserror::Error)]
pub enum ScaleError {
    /// kubectl's words for a failed `--current-replicas` precondition.
    #[error("Expected replicas to be {expected}, was {actual}")]
    Precondition { expected: i32, actual: i32 },
    #[error("{0}")]
    Request(#[source] kube::Error),
}

impl From<kube::Error> for ScaleError {
    fn from(error: kube::Error) -> Self {
        ScaleError::Request(error)
    }
}

/// Whether `resource` is one of the types `scale` works on.
pub fn is_scalable(resource: &ResourceType) -> bool {
    SCALABLE
        .iter()
        .any(|&(group, kind)| resource.group == group && resource.kind == kind)
}

/// Sets `target`'s replicas to `replicas`; with `expected`, only if it has
/// that many now.
pub async fn scale(
    client: &Client,
    target: &Target,
    replicas: i32,
    expected: Option<i32>,
) -> Result<(), ScaleError> {
    let api = target.api(client);
    let Some(expected) = expected else {
        let patch = serde_json::json!({"spec": {"replicas": replicas}});
        api.patch_scale(&target.name, &PatchParams::default(), &Patch::Merge(&patch))
            .await?;
        return Ok(());
    };
    let mut attempt = 1;
    loop {
        let mut scale = api.get_scale(&target.name).await?;
        let actual = scale.spec.as_ref().and_then(|s| s.replicas).unwrap_or(0);
        if actual != expected {
            return Err(ScaleError::Precondition { expected, actual });
        }
        scale.spec = Some(ScaleSpec {
            replicas: Some(replicas),
        });
        // The resourceVersion read above makes the server refuse the update
        // if the replicas changed since they were checked.
        match api
            .replace_scale(&target.name, &PostParams::default(), &scale)
            .await
        {
            Err(kube::Error::Api(status)) if status.code == 409 && attempt < ATTEMPTS => {
                attempt += 1;
            }
            result => return result.map(|_| ()).map_err(ScaleError::from),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn resource(group: &str, kind: &str) -> ResourceType {
        crate::fixtures::resource(group, kind, true)
    }

    #[test]
    fn only_workloads_with_a_scale_subresource_are_scalable() {
        assert!(is_scalable(&resource("apps", "Deployment")));
        assert!(is_scalable(&resource("", "ReplicationController")));
        assert!(!is_scalable(&resource("", "ConfigMap")));
        assert!(!is_scalable(&resource("apps", "DaemonSet")));
        assert!(!is_scalable(&resource("example.com", "Deployment")));
    }

    #[test]
    fn a_failed_precondition_reads_like_kubectls() {
        let error = ScaleError::Precondition {
            expected: 1,
            actual: 2,
        };
        assert_eq!(error.to_string(), "Expected replicas to be 1, was 2");
    }
}
