//! The local cluster itself is real: kubectl can use it and Deployments roll out.

use crate::support::{Namespace, disruptive_cluster, kubectl, repo_path};

#[test]
fn the_local_cluster_has_a_ready_kwok_node() {
    let nodes = kubectl(&["get", "nodes", "--no-headers"]);
    assert!(
        nodes.contains("kwok-node-0") && nodes.contains(" Ready "),
        "{nodes}"
    );
}

#[test]
fn a_deployment_applied_with_kubectl_becomes_ready() {
    let ns = Namespace::new("deployment_becomes_ready");
    let manifest = repo_path("examples/flask/flask-deployment.yaml");
    ns.kubectl(&["apply", "-f", manifest.to_str().unwrap()]);
    ns.kubectl(&["rollout", "status", "deployment/flask-app", "--timeout=60s"]);
    let ready = ns.kubectl(&[
        "get",
        "deployment",
        "flask-app",
        "-o",
        "jsonpath={.status.readyReplicas}",
    ]);
    assert_eq!(ready, "3");
}

#[test]
fn up_starts_afresh_a_cluster_started_from_other_scripts_and_reuses_its_own() {
    let cluster = disruptive_cluster();
    let said = cluster.up(Some("the digest of older scripts"));
    assert!(
        said.contains("restarting the cluster") && said.contains("cluster started in"),
        "{said}"
    );
    let said = cluster.up(None);
    assert!(said.contains("reusing the running cluster"), "{said}");
    cluster.kubectl(&["get", "crd", "logs.kwok.x-k8s.io"]);
}
