//! Objects for unit tests, built the same way wherever a test needs one.

use crate::resource::{ResourceType, Target};

/// A resource type of `group` and `kind`, served at `v1`, namespaced or not.
pub fn resource(group: &str, kind: &str, namespaced: bool) -> ResourceType {
    ResourceType {
        group: group.into(),
        version: "v1".into(),
        kind: kind.into(),
        plural: format!("{}s", kind.to_lowercase()),
        singular: kind.to_lowercase(),
        short_names: vec![],
        namespaced,
        verbs: vec![],
        preferred: true,
        categories: vec![],
    }
}

/// The object `name` of `group`/`kind`, in `namespace` or cluster-scoped.
pub fn target(group: &str, kind: &str, name: &str, namespace: Option<&str>) -> Target {
    Target {
        resource: resource(group, kind, namespace.is_some()),
        name: name.into(),
        namespace: namespace.map(String::from),
    }
}
