//! `tug get` against the real cluster, and side by side with kubectl.

use std::process::Command;
use std::time::{Duration, Instant};

use predicates::prelude::*;
use serde_json::Value;

use crate::support::{
    Namespace, Running, cells, cluster, configmap_list, eventually, repo_path, rows_between,
    widget_manifests,
};

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

/// The cells of every line of a table.
fn table_cells(table: &str) -> Vec<Vec<String>> {
    table
        .lines()
        .map(cells)
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

/// tug prints the same cells as kubectl, AGE included: each of tug's rows is
/// kubectl's row from just before or just after it, since an age may tick
/// between two calls. A tick on both sides of tug's call (a loaded machine)
/// is retried, up to a deadline.
fn assert_same_table(ns: &Namespace, args: &[&str]) {
    let kubectl = || table_cells(&ns.kubectl(&[&["get"], args].concat()));
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let before = kubectl();
        let ours = table_cells(&stdout_of(ns.tug().arg("get").args(args)));
        let after = kubectl();
        if rows_between(&ours, &before, &after) {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "get {args:?}:\ntug:     {ours:?}\nkubectl: {before:?}\nkubectl: {after:?}"
        );
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
    let rows = table_cells(&out);
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
    let rows = table_cells(&out);
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
    let mut watch = Running::start(
        &cluster().kubeconfig,
        &ns.name,
        &["get", "deployment", "flask-app", "--watch"],
    );
    watch.await_stdout(|l| l.starts_with("NAME"), "header");
    watch.await_stdout(
        |l| l.starts_with("flask-app") && l.contains("3/3"),
        "row of the table",
    );
    ns.kubectl(&["scale", "deployment/flask-app", "--replicas=5"]);
    watch.await_stdout(
        |l| l.starts_with("flask-app") && l.contains("5/5"),
        "row with 5/5 after scaling",
    );
    watch.stop();
}

/// tug and kubectl watching the same objects with the same ARGS…
struct SideBySide {
    tug: Running,
    kubectl: Running,
}

impl SideBySide {
    fn start(ns: &Namespace, args: &[&str]) -> SideBySide {
        let kubeconfig = &cluster().kubeconfig;
        SideBySide {
            tug: Running::start(kubeconfig, &ns.name, args),
            kubectl: Running::kubectl(kubeconfig, &ns.name, args),
        }
    }

    /// Waits until both printed `count` lines satisfying `wanted`.
    fn await_lines(&mut self, count: usize, wanted: impl Fn(&str) -> bool, what: &str) {
        self.kubectl
            .await_stdout_lines(count, &wanted, &format!("kubectl's {what}"));
        self.tug
            .await_stdout_lines(count, &wanted, &format!("tug's {what}"));
    }

    /// Stops both; asserts they printed the same bytes, AGE included, but
    /// for a tick of one second between the two.
    fn assert_same_lines(self) -> Vec<String> {
        let theirs = self.kubectl.stop();
        let ours = self.tug.stop();
        let has_age = theirs.first().is_some_and(|header| header.ends_with("AGE"));
        let seconds = |age: &str| age.strip_suffix('s')?.parse::<i64>().ok();
        let same = |(our, their): (&String, &String)| {
            if our == their || !has_age {
                return our == their;
            }
            // The age is the last cell; the lines are equal up to it.
            let (our_rest, our_age) = our.rsplit_once(' ').unwrap_or_default();
            let (their_rest, their_age) = their.rsplit_once(' ').unwrap_or_default();
            our_rest == their_rest
                && seconds(our_age)
                    .zip(seconds(their_age))
                    .is_some_and(|(a, b)| (a - b).abs() <= 1)
        };
        assert!(
            ours.len() == theirs.len() && ours.iter().zip(&theirs).all(same),
            "tug:\n{}\nkubectl:\n{}",
            ours.join("\n"),
            theirs.join("\n")
        );
        ours
    }
}

fn starts_with_cell(cell: &'static str) -> impl Fn(&str) -> bool {
    move |line| line.split_whitespace().next() == Some(cell)
}

/// A namespace whose kube-root-ca.crt exists: a watch started in it lists it
/// rather than seeing it arrive.
fn namespace_with_root_ca(test: &str) -> Namespace {
    let ns = Namespace::new(test);
    eventually("kube-root-ca.crt in the new namespace", || {
        ns.tug()
            .args(["get", "configmap", "kube-root-ca.crt"])
            .output()
            .unwrap()
            .status
            .success()
    });
    ns
}

#[test]
fn get_watch_shows_a_deleted_configmap_again_as_kubectl_does() {
    let ns = namespace_with_root_ca("get_watch_deleted");
    ns.kubectl(&["create", "configmap", "a", "--from-literal=n=1"]);
    let mut both = SideBySide::start(&ns, &["get", "configmaps", "-w"]);
    both.await_lines(1, starts_with_cell("a"), "row of the table");
    ns.kubectl(&["create", "configmap", "b"]);
    both.await_lines(1, starts_with_cell("b"), "row of a created ConfigMap");
    ns.kubectl(&["delete", "configmap", "a"]);
    both.await_lines(2, starts_with_cell("a"), "row of the deleted ConfigMap");
    let ours = both.assert_same_lines();
    assert_eq!(ours.len(), 5, "{ours:?}");
}

#[test]
fn get_watch_of_a_custom_resource_on_an_empty_list_prints_the_header_and_aligns_rows_as_kubectl_does()
 {
    let ns = Namespace::new("get_watch_custom");
    let widget_type = widgets(&ns);
    ns.kubectl(&["delete", &widget_type, "blue"]);
    let mut both = SideBySide::start(&ns, &["get", &widget_type, "-w"]);
    let apply = |name: &str, size: u32| {
        let manifest = format!(
            r#"{{"apiVersion": "{}/v1", "kind": "Widget", "metadata": {{"name": "{name}"}}, "spec": {{"size": {size}}}}}"#,
            widget_type.trim_start_matches("widgets.")
        );
        ns.tug()
            .args(["apply", "-f", "-"])
            .write_stdin(manifest)
            .assert()
            .success();
    };
    apply("red", 3);
    both.await_lines(1, starts_with_cell("red"), "row of a created Widget");
    apply("red", 40);
    both.await_lines(1, |l| cells(l) == ["red", "40"], "row of a change");
    // Wider than the first rows: kubectl widens the column from here on.
    apply("a-widget-with-a-long-name", 5);
    both.await_lines(
        1,
        starts_with_cell("a-widget-with-a-long-name"),
        "row of a long name",
    );
    ns.kubectl(&["delete", &widget_type, "red"]);
    both.await_lines(3, starts_with_cell("red"), "row of the deleted Widget");
    let ours = both.assert_same_lines();
    assert_eq!(
        ours[0].split_whitespace().collect::<Vec<_>>(),
        ["NAME", "SIZE"]
    );
}

#[test]
fn get_watch_output_watch_events_adds_kubectls_event_column() {
    let ns = namespace_with_root_ca("get_watch_events");
    let mut both = SideBySide::start(&ns, &["get", "configmaps", "-w", "--output-watch-events"]);
    both.await_lines(1, |l| l.contains("kube-root-ca.crt"), "row of the table");
    ns.kubectl(&["create", "configmap", "a"]);
    both.await_lines(
        1,
        |l| l.starts_with("ADDED") && l.contains(" a "),
        "ADDED row",
    );
    ns.kubectl(&["label", "configmap", "a", "x=y"]);
    both.await_lines(1, |l| l.starts_with("MODIFIED"), "MODIFIED row");
    ns.kubectl(&["delete", "configmap", "a"]);
    both.await_lines(1, |l| l.starts_with("DELETED"), "DELETED row");
    let ours = both.assert_same_lines();
    assert!(ours[0].starts_with("EVENT "), "{ours:?}");
}

#[test]
fn get_watch_output_watch_events_wraps_json_objects_in_their_event() {
    let ns = Namespace::new("get_watch_events_json");
    ns.kubectl(&["create", "configmap", "a"]);
    let mut watch = Running::start(
        &cluster().kubeconfig,
        &ns.name,
        &[
            "get",
            "configmap",
            "a",
            "-w",
            "-o",
            "json",
            "--output-watch-events",
        ],
    );
    watch.await_stdout(|l| l == "}", "the object of the table");
    ns.kubectl(&["delete", "configmap", "a"]);
    watch.await_stdout_lines(2, |l| l == "}", "the event of the deletion");
    let text = watch.stop().join("\n");
    let events: Vec<(String, String)> = serde_json::Deserializer::from_str(&text)
        .into_iter::<Value>()
        .map(|event| {
            let event = event.unwrap();
            (
                event["type"].as_str().unwrap_or_default().to_string(),
                event["object"]["metadata"]["name"]
                    .as_str()
                    .unwrap_or_default()
                    .to_string(),
            )
        })
        .collect();
    let expected = [("ADDED", "a"), ("DELETED", "a")].map(|(t, n)| (t.to_string(), n.to_string()));
    assert_eq!(events, expected);
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
