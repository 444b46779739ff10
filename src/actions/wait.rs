//! Waiting until an object meets a condition, as kubectl's `wait` does: a
//! status condition with a given status, a value at a JSONPath, existence
//! or deletion. Waits watch the object with a watch that outlasts server
//! restarts; a deadline of `None` checks once.

use futures::StreamExt;
use kube::Client;
use kube::api::DynamicObject;
use kube::runtime::watcher::{self, Event};
use serde_json::Value;
use tokio::time::Instant;

use crate::printers::jsonpath::JsonPath;
use crate::resource::Target;
use crate::resource::args::Selection;
use crate::watch::{Change, first_seen, lasting};

/// What `--for` waits for.
#[derive(Debug, Clone)]
pub enum Condition {
    Create,
    Delete,
    /// `condition=NAME[=VALUE]`: the status condition of type NAME has
    /// status VALUE (both compared ignoring case), for the latest generation.
    Status {
        name: String,
        value: String,
    },
    /// `jsonpath=EXPR[=VALUE]`: EXPR finds one value, equal to VALUE when given.
    JsonPath {
        path: JsonPath,
        value: Option<String>,
    },
}

/// Why waiting did not end well.
#[derive(Debug, thiserror::Error)]
pub enum WaitError {
    #[error("timed out waiting for the condition on {0}")]
    TimedOut(String),
    #[error("condition not met for {0}")]
    NotMet(String),
    #[error("cannot wait for {0}: {1}")]
    Failed(String, String),
    #[error("{0}")]
    Request(#[from] kube::Error),
}

impl Condition {
    /// Reads a `--for` value as kubectl does.
    pub fn parse(text: &str) -> Result<Condition, String> {
        match text.to_lowercase().as_str() {
            "create" => return Ok(Condition::Create),
            "delete" => return Ok(Condition::Delete),
            _ => {}
        }
        if let Some(rest) = text.strip_prefix("condition=") {
            let (name, value) = rest.split_once('=').unwrap_or((rest, "true"));
            if name.is_empty() {
                return Err("--for=condition= needs a condition type, e.g. condition=Ready".into());
            }
            return Ok(Condition::Status {
                name: name.into(),
                value: value.into(),
            });
        }
        if let Some(rest) = text.strip_prefix("jsonpath=") {
            return jsonpath_condition(rest);
        }
        Err(format!(
            "unrecognized condition: \"{text}\"; expected condition=NAME[=VALUE], \
             jsonpath=EXPR[=VALUE], create or delete"
        ))
    }

    /// Whether `object` meets the condition; `Create` is met by any object.
    fn is_met(&self, object: &Value) -> Result<bool, String> {
        match self {
            Condition::Create => Ok(true),
            Condition::Delete => Ok(false),
            Condition::Status { name, value } => Ok(status_condition_is(object, name, value)),
            Condition::JsonPath { path, value } => jsonpath_is(path, value.as_deref(), object),
        }
    }
}

/// `EXPR` or `EXPR=VALUE`, where `==` inside EXPR is a comparison, not the split.
fn jsonpath_condition(input: &str) -> Result<Condition, String> {
    let (mut parts, mut current) = (Vec::new(), String::new());
    let mut chars = input.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '=' if chars.peek() == Some(&'=') => {
                chars.next();
                current.push_str("==");
            }
            '=' => parts.push(std::mem::take(&mut current)),
            c => current.push(c),
        }
    }
    parts.push(current);
    let value = match parts.as_slice() {
        [_] => None,
        [_, value] => {
            let value = value.trim_matches(['\'', '"']);
            if value.is_empty() {
                return Err("jsonpath wait has to have a value after equal sign, like \
                            --for=jsonpath='{.status.readyReplicas}'=3"
                    .into());
            }
            Some(value.to_string())
        }
        _ => {
            return Err(
                "jsonpath wait format must be --for=jsonpath='{.status.readyReplicas}'=3 \
                        or --for=jsonpath='{.status.readyReplicas}'"
                    .into(),
            );
        }
    };
    let path = JsonPath::parse(&relaxed(&parts[0])?).map_err(|e| e.to_string())?;
    Ok(Condition::JsonPath { path, value })
}

/// kubectl's relaxed JSONPath: `{.a.b}`, `{a.b}`, `.a.b` and `a.b` all mean `{.a.b}`.
fn relaxed(expression: &str) -> Result<String, String> {
    let inner = expression
        .strip_prefix('{')
        .and_then(|e| e.strip_suffix('}'))
        .unwrap_or(expression);
    let inner = inner.strip_prefix('.').unwrap_or(inner);
    if inner.is_empty() {
        return Err("jsonpath expression cannot be empty".into());
    }
    if inner.contains(['{', '}']) {
        return Err(format!(
            "unexpected path string {expression:?}, expected a 'name1.name2' or '.name1.name2' \
             or '{{name1.name2}}' or '{{.name1.name2}}'"
        ));
    }
    Ok(format!("{{.{inner}}}"))
}

/// kubectl's check: the first condition of type `name` has status `value`,
/// and it (or the status) was observed at the object's generation.
fn status_condition_is(object: &Value, name: &str, value: &str) -> bool {
    let same = |a: &str, b: &str| a.to_lowercase() == b.to_lowercase();
    let conditions = object["status"]["conditions"].as_array();
    let Some(condition) = conditions
        .into_iter()
        .flatten()
        .find(|c| c["type"].as_str().is_some_and(|t| same(t, name)) && c["status"].is_string())
    else {
        return false;
    };
    if let Some(generation) = object["metadata"]["generation"].as_i64() {
        let observed = condition["observedGeneration"]
            .as_i64()
            .or_else(|| object["status"]["observedGeneration"].as_i64());
        if observed.is_some_and(|observed| observed < generation) {
            return false;
        }
    }
    condition["status"].as_str().is_some_and(|s| same(s, value))
}

/// kubectl's check: `path` finds exactly one value, a scalar printed as
/// `value` when one is given.
fn jsonpath_is(path: &JsonPath, value: Option<&str>, object: &Value) -> Result<bool, String> {
    let results = path.find_results(object).map_err(|e| e.to_string())?;
    match results.as_slice() {
        [] => Ok(false),
        [found] if found.is_empty() => Ok(false),
        [found] if found.len() > 1 => {
            Err("given jsonpath expression matches more than one value".into())
        }
        [found] => match (found[0], value) {
            (_, None) => Ok(true),
            (Value::Object(_) | Value::Array(_), Some(_)) => {
                Err("jsonpath leads to a nested object or list which is not supported".into())
            }
            (_, Some(expected)) => {
                let printed = path.render(object).map_err(|e| e.to_string())?;
                Ok(printed.trim() == expected.trim())
            }
        },
        _ => Err("given jsonpath expression matches more than one list".into()),
    }
}

/// How a wait ended well.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Waited {
    Met,
    /// Waiting for a deletion of an object that did not exist: nothing to
    /// report, as kubectl reports nothing.
    Absent,
}

/// Waits until `target` meets `condition`, giving up at `deadline`; `None`
/// checks once.
pub async fn until(
    client: &Client,
    target: &Target,
    condition: &Condition,
    deadline: Option<Instant>,
) -> Result<Waited, WaitError> {
    // kubectl names the plural alone, without its group.
    let what = format!("{}/{}", target.resource.plural, target.name);
    let Some(deadline) = deadline else {
        return check_once(client, target, condition, &what).await;
    };
    if let Condition::Delete = condition {
        return until_deleted(client, target, deadline, &what).await;
    }
    let by_name = watcher::Config::default().fields(&format!("metadata.name={}", target.name));
    let mut changes = lasting(target.api(client), by_name).boxed();
    let met = async {
        let (mut synced, mut seen) = (false, false);
        while let Some(change) = changes.next().await {
            let object = match change {
                Ok(Change::Event(Event::Apply(object) | Event::InitApply(object))) => object,
                // An object missing from the first list is an error, as kubectl
                // has it; one deleted while waited for may come back.
                Ok(Change::Event(Event::InitDone)) if !synced => {
                    synced = true;
                    if !seen && !matches!(condition, Condition::Create) {
                        return Err(not_found(target));
                    }
                    continue;
                }
                Ok(_) => continue,
                Err(refused) => return Err(WaitError::Failed(what.clone(), refused.message)),
            };
            seen = true;
            if condition
                .is_met(&to_json(object))
                .map_err(|e| WaitError::Failed(what.clone(), e))?
            {
                return Ok(Waited::Met);
            }
        }
        Err(WaitError::Failed(what.clone(), "the watch ended".into()))
    };
    tokio::time::timeout_at(deadline, met)
        .await
        .map_err(|_| WaitError::TimedOut(what.clone()))?
}

/// `--for=create` with `-l` or `--all` when nothing matches yet: waits
/// until an object of `selection` (whose labels match `selector`) exists.
pub async fn until_any(
    client: &Client,
    selection: &Selection,
    selector: Option<&str>,
    deadline: Instant,
) -> Result<(), WaitError> {
    let what = selection.resource.plural.clone();
    let mut config = watcher::Config::default();
    if let Some(selector) = selector {
        config = config.labels(selector);
    }
    let appeared = async {
        first_seen(selection.api(client), config)
            .await
            .map(|_| ())
            .map_err(|refused| WaitError::Failed(what.clone(), refused.message))
    };
    tokio::time::timeout_at(deadline, appeared)
        .await
        .map_err(|_| WaitError::TimedOut(what.clone()))?
}

/// `--timeout=0`: one read, no waiting.
async fn check_once(
    client: &Client,
    target: &Target,
    condition: &Condition,
    what: &str,
) -> Result<Waited, WaitError> {
    let object = match target.api(client).get_opt(&target.name).await? {
        Some(object) => to_json(object),
        None if matches!(condition, Condition::Delete) => return Ok(Waited::Absent),
        None if matches!(condition, Condition::Create) => {
            return Err(WaitError::NotMet(what.into()));
        }
        None => return Err(not_found(target)),
    };
    match condition.is_met(&object) {
        Ok(true) => Ok(Waited::Met),
        Ok(false) => Err(WaitError::NotMet(what.into())),
        Err(e) => Err(WaitError::Failed(what.into(), e)),
    }
}

/// Gone, or replaced by another object of the name: the uid read first tells.
async fn until_deleted(
    client: &Client,
    target: &Target,
    deadline: Instant,
    what: &str,
) -> Result<Waited, WaitError> {
    let Some(object) = target.api(client).get_opt(&target.name).await? else {
        return Ok(Waited::Absent);
    };
    let uid = object.metadata.uid.as_deref();
    crate::actions::delete::wait_gone(client, target, uid, Some(deadline))
        .await
        .map(|()| Waited::Met)
        .map_err(|error| match error {
            crate::actions::delete::WaitError::TimedOut(_) => WaitError::TimedOut(what.into()),
            crate::actions::delete::WaitError::Failed(_, why) => {
                WaitError::Failed(what.into(), why)
            }
        })
}

/// The server's NotFound, as a GET of the object would have answered.
fn not_found(target: &Target) -> WaitError {
    let message = format!(
        "{} \"{}\" not found",
        target.resource.qualified_plural(),
        target.name
    );
    let status = kube::core::Status::failure(&message, "NotFound").with_code(404);
    WaitError::Request(kube::Error::Api(status.boxed()))
}

fn to_json(object: DynamicObject) -> Value {
    serde_json::to_value(object).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn parse(text: &str) -> Condition {
        Condition::parse(text).unwrap()
    }

    #[test]
    fn for_values_are_read_as_kubectl_reads_them() {
        assert!(matches!(parse("Delete"), Condition::Delete));
        assert!(matches!(parse("create"), Condition::Create));
        assert!(matches!(
            parse("condition=Ready"),
            Condition::Status { name, value } if name == "Ready" && value == "true"
        ));
        assert!(matches!(
            parse("condition=Ready=False"),
            Condition::Status { value, .. } if value == "False"
        ));
        assert!(matches!(
            parse("jsonpath={.status.phase}='Running'"),
            Condition::JsonPath { value: Some(v), .. } if v == "Running"
        ));
        let filter = r#"jsonpath={.status.conditions[?(@.type=="Ready")].status}=True"#;
        assert!(matches!(parse(filter), Condition::JsonPath { value: Some(v), .. } if v == "True"));
        assert!(matches!(
            parse("jsonpath=.spec.replicas"),
            Condition::JsonPath { value: None, .. }
        ));
        for bad in [
            "ready",
            "condition=",
            "jsonpath=",
            "jsonpath={.a}=",
            "jsonpath={.a}=1=2",
        ] {
            assert!(Condition::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn a_status_condition_counts_only_once_observed_at_the_latest_generation() {
        let object = |observed: i64| {
            json!({"metadata": {"generation": 2}, "status": {"observedGeneration": observed,
                "conditions": [{"type": "Available", "status": "True"}]}})
        };
        let available = parse("condition=available");
        assert_eq!(available.is_met(&object(2)), Ok(true));
        assert_eq!(available.is_met(&object(1)), Ok(false));
        assert_eq!(
            parse("condition=Available=false").is_met(&object(2)),
            Ok(false)
        );
        assert_eq!(available.is_met(&json!({})), Ok(false));
    }

    #[test]
    fn a_jsonpath_must_find_one_scalar_equal_to_the_value() {
        let object = json!({"spec": {"replicas": 3, "ports": [1, 2], "template": {}}});
        assert_eq!(
            parse("jsonpath={.spec.replicas}=3").is_met(&object),
            Ok(true)
        );
        assert_eq!(
            parse("jsonpath={.spec.replicas}=4").is_met(&object),
            Ok(false)
        );
        assert_eq!(parse("jsonpath={.spec.missing}").is_met(&object), Ok(false));
        assert_eq!(parse("jsonpath={.spec.template}").is_met(&object), Ok(true));
        assert!(
            parse("jsonpath={.spec.ports[*]}=1")
                .is_met(&object)
                .is_err()
        );
        assert!(
            parse("jsonpath={.spec.template}=x")
                .is_met(&object)
                .is_err()
        );
    }
}
