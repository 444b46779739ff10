//! Namespaces, with their resource quotas and limit ranges.

use std::collections::BTreeSet;

use k8s_openapi::api::core::v1::{LimitRange, Namespace, ResourceQuota};

use super::{Writer, timestamp};

/// Writes a Namespace with the quotas and limit ranges in it.
pub fn describe(
    w: &mut Writer,
    namespace: &Namespace,
    quotas: &[ResourceQuota],
    limits: &[LimitRange],
) {
    w.field(
        0,
        "Name",
        namespace.metadata.name.as_deref().unwrap_or_default(),
    );
    w.labels("", "Labels", namespace.metadata.labels.as_ref());
    w.annotations("Annotations", namespace.metadata.annotations.as_ref());
    let status = namespace.status.clone().unwrap_or_default();
    w.field(0, "Status", status.phase.as_deref().unwrap_or_default());
    if let Some(conditions) = status.conditions.as_ref().filter(|c| !c.is_empty()) {
        w.write(0, "Conditions:\n");
        w.write(1, "Type\tStatus\tLastTransitionTime\tReason\tMessage\n");
        w.write(1, "----\t------\t------------------\t------\t-------\n");
        for c in conditions {
            w.write(
                1,
                &format!(
                    "{}\t{}\t{}\t{}\t{}\n",
                    c.type_,
                    c.status,
                    timestamp(c.last_transition_time.as_ref()),
                    c.reason.as_deref().unwrap_or_default(),
                    c.message.as_deref().unwrap_or_default()
                ),
            );
        }
    }
    w.write(0, "\n");
    resource_quotas(w, quotas);
    w.write(0, "\n");
    limit_ranges(w, limits);
}

fn resource_quotas(w: &mut Writer, quotas: &[ResourceQuota]) {
    if quotas.is_empty() {
        w.write(0, "No resource quota.\n");
        return;
    }
    let mut quotas: Vec<&ResourceQuota> = quotas.iter().collect();
    quotas.sort_by(|a, b| a.metadata.name.cmp(&b.metadata.name));
    w.write(0, "Resource Quotas\n");
    for quota in quotas {
        w.field(
            1,
            "Name",
            quota.metadata.name.as_deref().unwrap_or_default(),
        );
        let mut scopes = quota
            .spec
            .as_ref()
            .and_then(|s| s.scopes.clone())
            .unwrap_or_default();
        if !scopes.is_empty() {
            scopes.sort();
            w.field(1, "Scopes", scopes.join(", "));
            for help in scopes.iter().filter_map(|s| scope_help(s)) {
                w.write(1, &format!("* {help}\n"));
            }
        }
        w.write(1, "Resource\tUsed\tHard\n");
        w.write(1, "--------\t---\t---\n");
        let status = quota.status.clone().unwrap_or_default();
        let used = status.used.unwrap_or_default();
        for (resource, hard) in status.hard.iter().flatten() {
            // Go prints a missing quantity as zero.
            let used = used.get(resource).map_or("0", |q| q.0.as_str());
            w.write(1, &format!("{resource}\t{used}\t{}\n", hard.0));
        }
    }
}

/// What a quota scope matches, in kubectl's words.
fn scope_help(scope: &str) -> Option<&'static str> {
    Some(match scope {
        "Terminating" => {
            "Matches all pods that have an active deadline. These pods have a limited lifespan on a node before being actively terminated by the system."
        }
        "NotTerminating" => {
            "Matches all pods that do not have an active deadline. These pods usually include long running pods whose container command is not expected to terminate."
        }
        "BestEffort" => {
            "Matches all pods that do not have resource requirements set. These pods have a best effort quality of service."
        }
        "NotBestEffort" => {
            "Matches all pods that have at least one resource requirement set. These pods have a burstable or guaranteed quality of service."
        }
        _ => return None,
    })
}

fn limit_ranges(w: &mut Writer, ranges: &[LimitRange]) {
    if ranges.is_empty() {
        w.write(0, "No LimitRange resource.\n");
        return;
    }
    w.write(0, "Resource Limits\n Type\tResource\tMin\tMax\tDefault Request\tDefault Limit\tMax Limit/Request Ratio\n");
    w.write(
        0,
        " ----\t--------\t---\t---\t---------------\t-------------\t-----------------------\n",
    );
    for item in ranges
        .iter()
        .filter_map(|r| r.spec.as_ref())
        .flat_map(|s| &s.limits)
    {
        let lists = [
            &item.min,
            &item.max,
            &item.default_request,
            &item.default,
            &item.max_limit_request_ratio,
        ];
        // kubectl walks a Go map here, in no set order; sorted is stable.
        let resources: BTreeSet<&String> = lists
            .iter()
            .filter_map(|l| l.as_ref())
            .flat_map(|l| l.keys())
            .collect();
        for resource in resources {
            let cells: Vec<&str> = lists
                .iter()
                .map(|l| {
                    l.as_ref()
                        .and_then(|l| l.get(resource))
                        .map_or("-", |q| q.0.as_str())
                })
                .collect();
            w.write(
                0,
                &format!(" {}\t{resource}\t{}\n", item.type_, cells.join("\t")),
            );
        }
    }
}
