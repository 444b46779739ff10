//! `api-resources`: the resource types of the discovery cache, one per type
//! at its group's preferred version, filtered and ordered as kubectl does.

use crate::cli::ApiResourcesSort;
use crate::resource::{Discovery, ResourceType};

/// kubectl's filters; `None` and empty filter nothing.
#[derive(Default)]
pub struct Filter {
    pub namespaced: Option<bool>,
    pub api_group: Option<String>,
    pub verbs: Vec<String>,
}

/// The types that pass `filter`, sorted by `sort` (by API group when
/// `None`), then by name. A type served at several versions of its group
/// appears once, at the first version the server prefers that has it.
pub fn list<'a>(
    discovery: &'a Discovery,
    filter: &Filter,
    sort: Option<ApiResourcesSort>,
) -> Vec<&'a ResourceType> {
    let mut types: Vec<&ResourceType> = Vec::new();
    for resource in &discovery.resources {
        let seen = types
            .iter()
            .any(|t| t.group == resource.group && t.plural == resource.plural);
        if !seen && passes(resource, filter) {
            types.push(resource);
        }
    }
    let key = |r: &ResourceType| -> String {
        match sort {
            Some(ApiResourcesSort::Name) => r.plural.clone(),
            Some(ApiResourcesSort::Kind) => r.kind.clone(),
            None => r.group.clone(),
        }
    };
    types.sort_by(|a, b| key(a).cmp(&key(b)).then_with(|| a.plural.cmp(&b.plural)));
    types
}

fn passes(resource: &ResourceType, filter: &Filter) -> bool {
    filter.namespaced.is_none_or(|n| n == resource.namespaced)
        && filter
            .api_group
            .as_ref()
            .is_none_or(|g| *g == resource.group)
        && filter.verbs.iter().all(|v| resource.supports(v))
}
