//! The local cluster itself is real: kubectl can use it and Deployments roll out.

use crate::support::{Namespace, kubectl, repo_path};

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
