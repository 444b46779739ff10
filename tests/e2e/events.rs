//! `tug events` against the real cluster, compared with kubectl's `events`.

use std::io::{BufRead, BufReader};
use std::process::Stdio;

use predicates::prelude::*;

use crate::support::{Namespace, cells, eventually, repo_path};

/// The rows of an events table without the LAST SEEN column (ages change
/// between two reads), each row's cells split at the column gaps.
fn rows_without_ages(table: &str) -> Vec<Vec<String>> {
    table
        .lines()
        .map(|line| {
            let mut cells = cells(line);
            cells.remove(0);
            cells
        })
        .collect()
}

fn flask(ns: &Namespace) {
    ns.tug()
        .args([
            "apply",
            "-f",
            repo_path("examples/flask").to_str().unwrap(),
            "--wait",
            "--timeout",
            "90s",
        ])
        .assert()
        .success();
}

#[test]
fn events_of_a_namespace_and_of_one_object_read_like_kubectls() {
    let ns = Namespace::new("events_for");
    flask(&ns);
    for args in [
        vec!["events"],
        vec!["events", "--for", "deployment/flask-app"],
    ] {
        let tug = ns.tug().args(&args).output().unwrap();
        assert!(
            tug.status.success(),
            "{}",
            String::from_utf8_lossy(&tug.stderr)
        );
        let tug = String::from_utf8(tug.stdout).unwrap();
        let kubectl = ns.kubectl(&args);
        assert!(tug.starts_with("LAST SEEN   TYPE     REASON"), "{tug}");
        assert_eq!(
            rows_without_ages(&tug),
            rows_without_ages(&kubectl),
            "tug:\n{tug}\nkubectl:\n{kubectl}"
        );
    }
    let only_deployment = ns
        .tug()
        .args(["events", "--for", "deploy/flask-app"])
        .output()
        .unwrap();
    let only_deployment = String::from_utf8(only_deployment.stdout).unwrap();
    assert!(
        only_deployment
            .lines()
            .skip(1)
            .all(|l| l.contains("Deployment/flask-app")),
        "{only_deployment}"
    );
}

#[test]
fn types_keep_only_warnings_and_all_namespaces_adds_the_namespace() {
    let ns = Namespace::new("events_types");
    ns.tug()
        .args(["events", "--types", "Warning"])
        .assert()
        .success()
        .stdout("")
        .stderr(format!("No events found in {} namespace.\n", ns.name));
    ns.kubectl(&["create", "deployment", "web", "--image=web:fail"]);
    let mut warnings = String::new();
    eventually("tug events --types warning shows ImagePullBackOff", || {
        let out = ns
            .tug()
            .args(["events", "--types", "warning"])
            .output()
            .unwrap();
        warnings = String::from_utf8(out.stdout).unwrap();
        warnings.contains("ImagePullBackOff")
    });
    assert!(
        warnings.lines().skip(1).all(|l| l.contains("Warning")),
        "{warnings}"
    );
    let all = ns
        .tug()
        .args(["events", "-A", "--types", "Warning"])
        .output()
        .unwrap();
    let all = String::from_utf8(all.stdout).unwrap();
    assert!(all.starts_with("NAMESPACE"), "{all}");
    assert!(all.lines().any(|l| l.starts_with(&ns.name)), "{all}");
}

#[test]
fn watch_prints_the_existing_events_then_each_new_one() {
    let ns = Namespace::new("events_watch");
    flask(&ns);
    let mut watch = std::process::Command::new(assert_cmd::cargo::cargo_bin!("tug"))
        .env("KUBECONFIG", &crate::support::cluster().kubeconfig)
        .args([
            "-n",
            &ns.name,
            "events",
            "-w",
            "--for",
            "deployment/flask-app",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(watch.stdout.take().unwrap()).lines();
    let mut next = || {
        lines
            .next()
            .expect("the watch ends only when killed")
            .unwrap()
    };
    assert!(next().starts_with("LAST SEEN"));
    assert!(next().contains("Scaled up replica set"));
    ns.kubectl(&["scale", "deployment/flask-app", "--replicas=1"]);
    let scaled_down = next();
    watch.kill().unwrap();
    let _ = watch.wait();
    assert!(
        scaled_down.contains("Scaled down replica set"),
        "{scaled_down}"
    );
    assert!(scaled_down.contains("from 3 to 1"), "{scaled_down}");
}

#[test]
fn bad_arguments_are_refused_before_anything_is_read() {
    crate::support::tug()
        .args(["--kubeconfig", "/nonexistent", "events", "--types", "Bogus"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("\"Bogus\" is not an event type"));
    crate::support::tug()
        .args([
            "--kubeconfig",
            "/nonexistent",
            "events",
            "--for",
            "deployment",
        ])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("--for takes TYPE/NAME"));
}
