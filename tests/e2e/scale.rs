//! `tug scale` against the real cluster.

use predicates::prelude::*;

use crate::support::{Namespace, repo_path};

fn replicas(ns: &Namespace, name: &str) -> i64 {
    ns.deployment(name)["spec"]["replicas"].as_i64().unwrap()
}

fn create_deployment(ns: &Namespace, name: &str, replicas: u32) {
    let replicas = format!("--replicas={replicas}");
    ns.kubectl(&["create", "deployment", name, "--image=nginx", &replicas]);
}

/// `tug scale ARGS` succeeds and deployment `name` then has `expected` replicas.
fn assert_scaled(ns: &Namespace, args: &[&str], name: &str, expected: i64) {
    ns.tug()
        .arg("scale")
        .args(args)
        .assert()
        .success()
        .stdout(format!("deployment.apps/{name} scaled\n"));
    assert_eq!(replicas(ns, name), expected);
}

#[test]
fn scale_sets_replicas_through_the_scale_subresource_in_every_argument_form() {
    let ns = Namespace::new("scale_forms");
    let example = repo_path("examples/flask/flask-deployment.yaml");
    let example = example.to_str().unwrap();
    ns.tug().args(["apply", "-f", example]).assert().success();

    assert_scaled(
        &ns,
        &["deployment/flask-app", "--replicas", "2"],
        "flask-app",
        2,
    );
    // The server records writes through a subresource under its name.
    let managed = ns.deployment("flask-app")["metadata"]["managedFields"].clone();
    assert!(
        managed
            .as_array()
            .unwrap()
            .iter()
            .any(|m| m["subresource"] == "scale"),
        "{managed}"
    );
    assert_scaled(
        &ns,
        &["deploy", "flask-app", "--replicas", "4"],
        "flask-app",
        4,
    );
    assert_scaled(&ns, &["-f", example, "--replicas", "1"], "flask-app", 1);
}

#[test]
fn current_replicas_must_match_for_scale_to_change_anything() {
    let ns = Namespace::new("scale_current_replicas");
    create_deployment(&ns, "web", 3);
    ns.tug()
        .args([
            "scale",
            "deployment/web",
            "--replicas=5",
            "--current-replicas=2",
        ])
        .assert()
        .code(1)
        .stdout("")
        .stderr("error: Expected replicas to be 2, was 3\n");
    assert_eq!(replicas(&ns, "web"), 3);
    assert_scaled(
        &ns,
        &["deployment/web", "--replicas=5", "--current-replicas=3"],
        "web",
        5,
    );
}

#[test]
fn a_missing_workload_fails_and_the_others_are_still_scaled() {
    let ns = Namespace::new("scale_missing");
    create_deployment(&ns, "web", 1);
    ns.tug()
        .args([
            "scale",
            "deployment/missing",
            "deployment/web",
            "--replicas=2",
        ])
        .assert()
        .code(1)
        .stdout("deployment.apps/web scaled\n")
        .stderr("Error from server (NotFound): deployments.apps \"missing\" not found\n");
    assert_eq!(replicas(&ns, "web"), 2);
}

#[test]
fn scaling_a_config_map_is_refused_with_a_clear_reason() {
    let ns = Namespace::new("scale_configmap");
    ns.kubectl(&["create", "configmap", "settings"]);
    ns.tug()
        .args(["scale", "configmap/settings", "--replicas=2"])
        .assert()
        .code(1)
        .stdout("")
        .stderr(predicate::str::starts_with(
            "error: cannot scale configmap/settings: configmaps have no scale subresource;",
        ));
}
