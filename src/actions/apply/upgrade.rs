//! Applying to an object that `kubectl apply` (client-side) manages: its
//! field ownership is first handed to our field manager, as kubectl's
//! csaupgrade does, so that fields left out of the manifest are removed
//! instead of conflicting. The server cannot dry-run the two writes chained
//! (an apply request may not carry managedFields), so the apply is dry-run
//! against the object as it is and the upgrade's effect put in on top: the
//! conflicts with the managers handed over are dropped, and the fields only
//! they owned and the manifest leaves out are removed. A real apply runs
//! that dry run first, so that an apply that would fail writes nothing.

use kube::Client;
use kube::api::{Patch, PatchParams, PostParams};
use serde_json::{Map, Value};

use super::ApplyError;
use super::fields::Upgrade;
use crate::raw_request::Response;
use crate::resource::Target;

/// The upgrade to make before applying `body` to `live`, if any. A manifest
/// that names another resourceVersion than the live one is applied as it
/// is, to fail as it would without the upgrade, and nothing is written.
pub fn plan(live: &Value, body: &Value, manager: &str) -> Option<Upgrade> {
    let pinned = &body["metadata"]["resourceVersion"];
    if !pinned.is_null() && *pinned != live["metadata"]["resourceVersion"] {
        return None;
    }
    super::fields::upgrade_client_side_apply(live, manager)
}

/// Applies `body` to `live` with the ownership `upgrade` first: as a dry run
/// when `params` say so, else the dry run, then the upgrade, then the apply.
pub async fn apply(
    client: &Client,
    target: &Target,
    live: &Value,
    upgrade: &Upgrade,
    body: &Value,
    params: &PatchParams,
) -> Result<Response, ApplyError> {
    let simulated = dry_run(client, target, upgrade, body, params).await?;
    if params.dry_run {
        return Ok(simulated);
    }
    let upgraded = write_upgrade(client, target, live, &upgrade.managed_fields).await?;
    let mut body = body.clone();
    // The manifest's resourceVersion was the live one, which the upgrade
    // checked before writing: the apply follows on from what it wrote.
    if !body["metadata"]["resourceVersion"].is_null() {
        body["metadata"]["resourceVersion"] = upgraded["metadata"]["resourceVersion"].clone();
    }
    super::send_apply(client, target, &body, params)
        .await
        .map_err(|error| ApplyError::AfterUpgrade {
            from: upgrade.from.clone(),
            to: params.field_manager.clone().unwrap_or_default(),
            error: Box::new(error),
        })
}

/// What applying `body` after `upgrade` would make of the object, asking the
/// server without writing anything.
async fn dry_run(
    client: &Client,
    target: &Target,
    upgrade: &Upgrade,
    body: &Value,
    params: &PatchParams,
) -> Result<Response, ApplyError> {
    let params = PatchParams {
        dry_run: true,
        ..params.clone()
    };
    let applied = match super::send_apply(client, target, body, &params).await {
        // Fields the handed-over managers own become ours, which the
        // apply may then change: only the conflicts with others remain.
        Err(ApplyError::Conflict { conflicts }) if !params.force => {
            let others: Vec<_> = conflicts
                .into_iter()
                .filter(|c| !upgrade.from.contains(&c.manager))
                .collect();
            if !others.is_empty() {
                return Err(ApplyError::Conflict { conflicts: others });
            }
            let forced = PatchParams {
                force: true,
                ..params.clone()
            };
            super::send_apply(client, target, body, &forced).await?
        }
        other => other?,
    };
    let manager = params.field_manager.clone().unwrap_or_default();
    let managed_fields: Vec<Value> = entries(&applied.body)
        .iter()
        .filter(|e| !upgrade.hands_over(e))
        .cloned()
        .collect();
    let before = apply_entry(&upgrade.managed_fields, &manager);
    let keep: Vec<&Value> = managed_fields.iter().map(|e| &e["fieldsV1"]).collect();
    let mut object = applied.body.clone();
    let removed = before.is_some_and(|before| remove_unowned(&mut object, before, &keep));
    let mut response = if removed {
        // The server fills defaults in again and checks what remains.
        object["metadata"]["managedFields"] = Value::Array(managed_fields.clone());
        // Secret stringData is merged into data after the apply's pruning,
        // which the response shows already done: it is sent again for that.
        if let Some(string_data) = body.get("stringData") {
            object["stringData"] = string_data.clone();
        }
        replace_dry_run(client, target, &object, &manager).await?
    } else {
        applied
    };
    response.body["metadata"]["managedFields"] = Value::Array(managed_fields);
    Ok(response)
}

fn entries(object: &Value) -> &[Value] {
    object["metadata"]["managedFields"]
        .as_array()
        .map_or(&[], Vec::as_slice)
}

/// The field set of `manager`'s Apply entry.
fn apply_entry<'a>(managed_fields: &'a [Value], manager: &str) -> Option<&'a Value> {
    managed_fields
        .iter()
        .find(|e| {
            e["manager"] == manager && e["operation"] == "Apply" && e["subresource"].is_null()
        })
        .map(|e| &e["fieldsV1"])
}

/// Removes from `object` what structured-merge-diff prunes: the fields of
/// `before` (our field set before the apply) that no set in `keep` (ours
/// after it and everybody else's) holds or leads into. Returns whether
/// anything was removed.
fn remove_unowned(object: &mut Value, before: &Value, keep: &[&Value]) -> bool {
    let Some(fields) = before.as_object() else {
        return false;
    };
    let mut removed = false;
    let mut gone: Vec<String> = Vec::new();
    for (key, child) in fields.iter().filter(|(key, _)| *key != ".") {
        let kept: Vec<&Value> = keep.iter().filter_map(|k| k.get(key)).collect();
        let member = child
            .as_object()
            .is_some_and(|c| c.is_empty() || c.contains_key("."));
        if kept.is_empty() && member {
            gone.push(key.clone());
        } else if let Some(value) = locate(object, key) {
            removed |= remove_unowned(value, child, &kept);
        }
    }
    for key in &gone {
        removed |= remove(object, key);
    }
    removed
}

/// The value at one FieldsV1 step: `f:name`, `k:{"name":"web"}`, `v:"x"`, `i:0`.
fn locate<'a>(value: &'a mut Value, key: &str) -> Option<&'a mut Value> {
    match value {
        Value::Object(map) => map.get_mut(key.strip_prefix("f:")?),
        Value::Array(items) => {
            let index = position(items, key)?;
            items.get_mut(index)
        }
        _ => None,
    }
}

fn remove(value: &mut Value, key: &str) -> bool {
    match value {
        Value::Object(map) => key
            .strip_prefix("f:")
            .is_some_and(|name| map.remove(name).is_some()),
        Value::Array(items) => match position(items, key) {
            Some(index) => {
                items.remove(index);
                true
            }
            None => false,
        },
        _ => false,
    }
}

fn position(items: &[Value], key: &str) -> Option<usize> {
    let (kind, rest) = key.split_once(':')?;
    match kind {
        "k" => {
            let fields: Map<String, Value> = serde_json::from_str(rest).ok()?;
            items
                .iter()
                .position(|item| fields.iter().all(|(name, value)| item[name] == *value))
        }
        "v" => {
            let wanted: Value = serde_json::from_str(rest).ok()?;
            items.iter().position(|item| *item == wanted)
        }
        "i" => rest.parse().ok().filter(|&i: &usize| i < items.len()),
        _ => None,
    }
}

/// Rewrites managedFields as kubectl's upgrade does, guarded by the
/// resourceVersion it was computed from. Returns the object after it.
async fn write_upgrade(
    client: &Client,
    target: &Target,
    live: &Value,
    managed_fields: &[Value],
) -> Result<Value, ApplyError> {
    let patch = serde_json::json!([
        {"op": "test", "path": "/metadata/resourceVersion", "value": live["metadata"]["resourceVersion"]},
        {"op": "replace", "path": "/metadata/managedFields", "value": managed_fields},
    ]);
    let patch = serde_json::from_value(patch).map_err(|e| ApplyError::Request(e.to_string()))?;
    let request = kube::core::Request::new(target.api(client).resource_url())
        .patch(
            &target.name,
            &PatchParams::default(),
            &Patch::<()>::Json(patch),
        )
        .map_err(|e| ApplyError::Request(e.to_string()))?;
    Ok(crate::raw_request::send(client, request).await?.body)
}

/// The server's answer to replacing the object with `object`, as a dry run.
async fn replace_dry_run(
    client: &Client,
    target: &Target,
    object: &Value,
    manager: &str,
) -> Result<Response, ApplyError> {
    let params = PostParams {
        dry_run: true,
        field_manager: Some(manager.to_string()),
    };
    let body = serde_json::to_vec(object).map_err(|e| ApplyError::Request(e.to_string()))?;
    let request = kube::core::Request::new(target.api(client).resource_url())
        .replace(&target.name, &params, body)
        .map_err(|e| ApplyError::Request(e.to_string()))?;
    Ok(crate::raw_request::send(client, request).await?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn fields_only_the_old_owner_held_are_removed() {
        let mut object = json!({"data": {"a": "9", "b": "2"},
            "spec": {"containers": [{"name": "web", "image": "x", "args": ["-v"]}, {"name": "side"}]}});
        let before = json!({"f:data": {"f:a": {}, "f:b": {}}, "f:spec": {"f:containers": {
            "k:{\"name\":\"web\"}": {".": {}, "f:image": {}, "f:args": {}},
            "k:{\"name\":\"side\"}": {".": {}}}}});
        let ours = json!({"f:data": {"f:a": {}}, "f:spec": {"f:containers": {
            "k:{\"name\":\"web\"}": {".": {}, "f:image": {}}}}});
        let theirs = json!({"f:spec": {"f:containers": {"k:{\"name\":\"side\"}": {"f:x": {}}}}});
        assert!(remove_unowned(&mut object, &before, &[&ours, &theirs]));
        assert_eq!(
            object,
            json!({"data": {"a": "9"},
                "spec": {"containers": [{"name": "web", "image": "x"}, {"name": "side"}]}})
        );
    }

    #[test]
    fn nothing_is_removed_when_the_manifest_keeps_every_field() {
        let mut object = json!({"data": {"a": "1"}});
        let before = json!({"f:data": {"f:a": {}}});
        assert!(!remove_unowned(&mut object, &before, &[&before]));
        assert_eq!(object, json!({"data": {"a": "1"}}));
    }

    #[test]
    fn a_manifest_pinned_to_another_version_is_not_upgraded() {
        let live = json!({"metadata": {"resourceVersion": "5", "managedFields": [
            {"manager": "kubectl-client-side-apply", "operation": "Update", "apiVersion": "v1",
             "fieldsV1": {"f:metadata": {"f:annotations": {
                 "f:kubectl.kubernetes.io/last-applied-configuration": {}}}}}]}});
        let pinned = |rv: &str| json!({"metadata": {"resourceVersion": rv}});
        assert!(plan(&live, &pinned("4"), "tug").is_none());
        assert!(plan(&live, &pinned("5"), "tug").is_some());
        assert!(plan(&live, &json!({"metadata": {}}), "tug").is_some());
    }
}
