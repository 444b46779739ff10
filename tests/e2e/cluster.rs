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

/// A build cache holding the binaries the shared cluster runs, except kwok's.
fn cache_missing_kwok() -> tempfile::TempDir {
    let cache = tempfile::tempdir().unwrap();
    let kubectl = &crate::support::cluster().kubectl;
    let built = kubectl.parent().unwrap();
    let bin = cache.path().join("bin").join(built.file_name().unwrap());
    std::fs::create_dir_all(&bin).unwrap();
    for tool in [
        "etcd",
        "kube-apiserver",
        "kube-controller-manager",
        "kube-scheduler",
        "kubectl",
    ] {
        std::os::unix::fs::symlink(built.join(tool), bin.join(tool)).unwrap();
    }
    cache
}

#[test]
fn the_build_prints_one_line_per_component_with_its_time_and_keeps_go_output_in_a_log() {
    let cache = cache_missing_kwok();
    std::fs::write(cache.path().join("build-times"), "kwok 42\n").unwrap();
    let output = std::process::Command::new(repo_path("tests/cluster/build"))
        .env("KUBETUG_CACHE", cache.path())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    let log = cache.path().join("build/build.log");
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 3, "{stderr}");
    assert!(
        lines[0].starts_with("build: kwok v")
            && lines[0].ends_with(&format!(
                ": building, about 0m42s (go output in {})",
                log.display()
            )),
        "the estimate is the last build's time: {stderr}"
    );
    assert!(
        lines[1].starts_with("build: kwok v") && lines[1].contains(": built in "),
        "{stderr}"
    );
    assert!(
        lines[2].starts_with("build: binaries ready in "),
        "{stderr}"
    );
    assert!(!stderr.contains("go: "), "{stderr}");
    assert!(std::fs::read_to_string(log).unwrap().contains("go: "));
    let times = std::fs::read_to_string(cache.path().join("build-times")).unwrap();
    assert_eq!(times.lines().count(), 2, "the time is recorded: {times}");
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
