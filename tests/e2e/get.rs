//! `tug get` against the real cluster, and side by side with kubectl.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use predicates::prelude::*;
use serde_json::Value;

use crate::support::{Namespace, cluster, configmap_list, repo_path, widget_manifests};

/// The flask example, rolled out, in a namespace of its own.
fn flask(test: &str) -> Namespace {
    let ns = Namespace::new(test);
    let example = repo_path("examples/flask");
    ns.kubectl(&["apply", "--server-side", "-f", example.to_str().unwrap()]);
    ns.kubectl(&[
        "label",
        "deployment/flask-app",
        "service/flask-app",
        &format!("test={}", ns.name),
    ]);
    ns.kubectl(&["rollout", "status", "deployment/flask-app", "--timeout=60s"]);
    ns
}

/// A CRD with printer columns, named after the namespace, and one object of it.
fn widgets(ns: &Namespace) -> String {
    let (group, crd) = widget_manifests(ns, "blue");
    ns.tug()
        .args(["apply", "-f", "-"])
        .write_stdin(crd)
        .assert()
        .success();
    let widget_type = format!("widgets.{group}");
    // Discovery lists a new CRD a moment after it is Established.
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let attempt = ns.tug().args(["get", &widget_type]).output().unwrap();
        if attempt.status.success() {
            break;
        }
        let stderr = String::from_utf8_lossy(&attempt.stderr);
        assert!(
            Instant::now() < deadline,
            "{widget_type} never appeared in discovery: {stderr}"
        );
        std::thread::sleep(Duration::from_millis(200));
    }
    widget_type
}

/// Cells of a kubectl-style table: columns are separated by at least two spaces.
fn cells(table: &str) -> Vec<Vec<String>> {
    table
        .lines()
        .map(|line| {
            line.split("  ")
                .map(str::trim)
                .filter(|c| !c.is_empty())
                .map(String::from)
                .collect::<Vec<String>>()
        })
        .filter(|row| !row.is_empty())
        .collect()
}

fn stdout_of(command: &mut assert_cmd::Command) -> String {
    let output = command.output().unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

/// tug and kubectl print the same cells, except AGE, which may differ by the
/// seconds between the two calls.
fn assert_same_table(ns: &Namespace, args: &[&str]) {
    let ours = stdout_of(ns.tug().arg("get").args(args));
    let theirs = ns.kubectl(&[&["get"], args].concat());
    let (ours, theirs) = (cells(&ours), cells(&theirs));
    assert_eq!(
        ours.len(),
        theirs.len(),
        "row count of get {args:?}:\n{ours:?}\n{theirs:?}"
    );
    // Each table of a multi-type get has its own header and AGE column.
    let mut age = None;
    for (a, b) in ours.iter().zip(&theirs) {
        if b.first().is_some_and(|c| c == "NAME" || c == "NAMESPACE") {
            age = b.iter().position(|c| c == "AGE");
        }
        if args.contains(&"--no-headers") {
            // Without a header, AGE is found by the values' shape: compare all but it.
            assert_eq!(a.len(), b.len(), "get {args:?}: {a:?} vs {b:?}");
            let differing = (0..a.len()).filter(|&i| a[i] != b[i]);
            assert!(
                differing
                    .into_iter()
                    .all(|i| b[i].ends_with('s') || b[i].ends_with('m')),
                "get {args:?}: {a:?} vs {b:?}"
            );
        } else {
            let without_age = |row: &Vec<String>| -> Vec<String> {
                row.iter()
                    .enumerate()
                    .filter(|(i, _)| Some(*i) != age)
                    .map(|(_, c)| c.clone())
                    .collect()
            };
            assert_eq!(without_age(a), without_age(b), "get {args:?}");
        }
    }
}

#[test]
fn tables_match_kubectl_cell_for_cell() {
    let ns = flask("get_same_as_kubectl");
    let widget_type = widgets(&ns);
    let selector = format!("test={}", ns.name);
    for resource in [
        "deployments",
        "services",
        "pods",
        "nodes",
        widget_type.as_str(),
        "deployments,services",
        "all",
    ] {
        assert_same_table(&ns, &[resource]);
        assert_same_table(&ns, &[resource, "-o", "wide"]);
        assert_same_table(&ns, &[resource, "--no-headers"]);
    }
    for resource in ["deployments", "services", widget_type.as_str()] {
        assert_same_table(&ns, &[resource, "-A", "-l", &selector]);
        assert_same_table(&ns, &[resource, "-l", &selector, "--show-labels"]);
    }
    assert_same_table(
        &ns,
        &["pods", "-l", "app=flask-app", "--sort-by=.metadata.name"],
    );
}

#[test]
fn the_flask_example_shows_ready_replicas_and_a_pending_load_balancer() {
    let ns = flask("get_flask_tables");
    let out = stdout_of(ns.tug().args(["get", "deployments,services"]));
    let rows = cells(&out);
    assert_eq!(rows[0], ["NAME", "READY", "UP-TO-DATE", "AVAILABLE", "AGE"]);
    assert_eq!(
        rows[1][0..4],
        ["deployment.apps/flask-app", "3/3", "3", "3"]
    );
    assert!(out.contains("\n\nNAME"), "{out}");
    let service = rows.iter().find(|r| r[0] == "service/flask-app").unwrap();
    assert_eq!(service[1], "LoadBalancer");
    assert_eq!(service[3], "<pending>");
    assert!(
        service[4].starts_with("80:") && service[4].ends_with("/TCP"),
        "{service:?}"
    );
}

#[test]
fn names_jsonpath_custom_columns_and_lists() {
    let ns = flask("get_formats");
    ns.tug()
        .args(["get", "deploy/flask-app", "svc/flask-app", "-o", "name"])
        .assert()
        .success()
        .stdout("deployment.apps/flask-app\nservice/flask-app\n");
    ns.tug()
        .args([
            "get",
            "deployment",
            "flask-app",
            "-o",
            "jsonpath={.spec.replicas}",
        ])
        .assert()
        .success()
        .stdout("3");
    ns.tug()
        .args([
            "get",
            "deploy",
            "-o",
            "custom-columns=NAME:.metadata.name,IMAGE:.spec.template.spec.containers[*].image",
        ])
        .assert()
        .success()
        .stdout("NAME        IMAGE\nflask-app   flask-app:1.0\n");
    let list: Value = serde_json::from_str(&stdout_of(ns.tug().args([
        "get",
        "deploy,svc",
        "-o",
        "json",
    ])))
    .unwrap();
    assert_eq!(list["kind"], "List");
    assert_eq!(list["items"].as_array().unwrap().len(), 2);
    let one: Value = serde_json::from_str(&stdout_of(ns.tug().args([
        "get",
        "svc",
        "flask-app",
        "-o",
        "json",
    ])))
    .unwrap();
    assert_eq!(one["kind"], "Service");
    ns.tug()
        .args(["get", "deploy", "flask-app", "-o", "yaml"])
        .assert()
        .success()
        .stdout(predicate::str::contains("kind: Deployment"));
}

#[test]
fn objects_named_by_manifests_are_looked_up_live() {
    let ns = flask("get_from_files");
    let example = repo_path("examples/flask");
    let out = stdout_of(
        ns.tug()
            .args(["get", "-f", example.to_str().unwrap(), "--no-headers"]),
    );
    let rows = cells(&out);
    assert_eq!(rows[0][0..2], ["deployment.apps/flask-app", "3/3"]);
    assert_eq!(rows[1][0], "service/flask-app");
}

#[test]
fn an_empty_namespace_and_a_missing_name_are_reported_like_kubectl() {
    let ns = Namespace::new("get_empty");
    ns.tug()
        .args(["get", "deployments"])
        .assert()
        .success()
        .stdout("")
        .stderr(format!("No resources found in {} namespace.\n", ns.name));
    ns.tug()
        .args(["get", "deployment", "missing"])
        .assert()
        .code(1)
        .stderr("Error from server (NotFound): deployments.apps \"missing\" not found\n");
    ns.tug()
        .args(["get", "gizmos"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "the server doesn't have a resource type \"gizmos\"",
        ));
}

#[test]
fn a_closed_pipe_ends_quietly() {
    let ns = Namespace::new("get_closed_pipe");
    let list = configmap_list(400);
    ns.tug()
        .args(["apply", "-f", "-"])
        .write_stdin(list)
        .assert()
        .success();
    let script = format!(
        "{} -n {} get configmaps | head -n 1; echo \"status=${{PIPESTATUS[0]}}\"",
        assert_cmd::cargo::cargo_bin!("tug").display(),
        ns.name
    );
    let output = Command::new("bash")
        .args(["-c", &script])
        .env("KUBECONFIG", &cluster().kubeconfig)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    let lines: Vec<&str> = stdout.lines().collect();
    assert!(
        lines.len() == 2 && lines[0].starts_with("NAME ") && lines[1] == "status=0",
        "{stdout}"
    );
    assert_eq!(String::from_utf8_lossy(&output.stderr), "");
}

#[test]
fn watch_prints_a_row_for_each_change() {
    let ns = flask("get_watch");
    let mut child = Command::new(assert_cmd::cargo::cargo_bin!("tug"))
        .args(["-n", &ns.name, "get", "deployment", "flask-app", "--watch"])
        .env("KUBECONFIG", &cluster().kubeconfig)
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    assert!(lines.next().unwrap().unwrap().starts_with("NAME"));
    assert!(lines.next().unwrap().unwrap().contains("3/3"));
    ns.kubectl(&["scale", "deployment/flask-app", "--replicas=5"]);
    let deadline = Instant::now() + Duration::from_secs(60);
    let mut seen = false;
    while Instant::now() < deadline {
        let Some(Ok(line)) = lines.next() else { break };
        if line.starts_with("flask-app") && line.contains("5/5") {
            seen = true;
            break;
        }
    }
    child.kill().unwrap();
    child.wait().unwrap();
    assert!(seen, "no row with 5/5 after scaling");
}

#[test]
fn selectors_narrow_the_list() {
    let ns = flask("get_selectors");
    ns.tug()
        .args(["get", "pods", "-l", "app=nothing"])
        .assert()
        .success()
        .stdout("")
        .stderr(predicate::str::contains("No resources found"));
    let out = stdout_of(ns.tug().args([
        "get",
        "pods",
        "--field-selector",
        "status.phase=Running",
        "--no-headers",
    ]));
    assert_eq!(out.lines().count(), 3, "{out}");
}

#[test]
fn names_and_custom_columns_of_a_list_read_in_pages_match_kubectl() {
    let ns = Namespace::new("get_paged_names_columns");
    ns.tug()
        .args(["apply", "-f", "-"])
        .write_stdin(configmap_list(25))
        .assert()
        .success();
    for output in [
        "name",
        "custom-columns=NAME:.metadata.name,NS:.metadata.namespace",
    ] {
        let expected = ns.kubectl(&["get", "configmaps", "-o", output]);
        ns.tug()
            .args(["get", "configmaps", "--chunk-size", "7", "-o", output])
            .assert()
            .success()
            .stdout(expected);
    }
}
