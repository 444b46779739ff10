//! `tug delete` against the real cluster.

use std::time::{Duration, Instant};

use predicates::prelude::*;

use crate::support::{Namespace, Running, cluster, repo_path};
use crate::terminal::Terminal;

/// Whether `what` (e.g. `configmap/x`) exists in the namespace.
fn exists(ns: &Namespace, what: &str) -> bool {
    !ns.kubectl(&["get", what, "--ignore-not-found", "-o", "name"])
        .trim()
        .is_empty()
}

fn create_configmap(ns: &Namespace, name: &str, labels: &str) {
    ns.kubectl(&["create", "configmap", name]);
    if !labels.is_empty() {
        ns.kubectl(&["label", "configmap", name, labels]);
    }
}

/// A ConfigMap that stays (terminating) after deletion until its finalizer is removed.
fn create_held_configmap(ns: &Namespace, name: &str) {
    ns.kubectl(&["create", "configmap", name]);
    ns.kubectl(&[
        "patch",
        "configmap",
        name,
        "--type=merge",
        "-p",
        r#"{"metadata":{"finalizers":["kubetug.test/hold"]}}"#,
    ]);
}

/// Removes the finalizer of a held ConfigMap, so that its deletion completes.
fn release(namespace: &str, name: &str) {
    crate::support::release_configmap(&cluster().kubeconfig, namespace, name);
}

#[test]
fn deleting_by_file_removes_the_objects_then_they_are_not_found_unless_ignored() {
    let ns = Namespace::new("delete_by_file");
    let example = repo_path("examples/flask");
    let example = example.to_str().unwrap();
    ns.tug().args(["apply", "-f", example]).assert().success();

    ns.tug()
        .args(["delete", "--yes", "-f", example])
        .assert()
        .success()
        .stdout(format!(
            "deployment.apps \"flask-app\" deleted from {0} namespace\n\
             service \"flask-app\" deleted from {0} namespace\n",
            ns.name
        ));
    assert!(!exists(&ns, "deployment/flask-app"));
    assert!(!exists(&ns, "service/flask-app"));

    ns.tug()
        .args(["delete", "-f", example])
        .assert()
        .code(1)
        .stdout("")
        .stderr(
            "Error from server (NotFound): deployments.apps \"flask-app\" not found\n\
             Error from server (NotFound): services \"flask-app\" not found\n",
        );
    ns.tug()
        .args(["delete", "--ignore-not-found", "-f", example])
        .assert()
        .success()
        .stdout("")
        .stderr("");
}

#[test]
fn a_missing_object_fails_the_run_but_the_others_are_still_deleted() {
    let ns = Namespace::new("delete_missing_and_present");
    create_configmap(&ns, "present", "");
    ns.tug()
        .args(["delete", "configmap", "missing", "present"])
        .assert()
        .code(1)
        .stdout(format!(
            "configmap \"present\" deleted from {} namespace\n",
            ns.name
        ))
        .stderr("Error from server (NotFound): configmaps \"missing\" not found\n");
    assert!(!exists(&ns, "configmap/present"));
}

#[test]
fn type_slash_name_arguments_are_deleted() {
    let ns = Namespace::new("delete_type_slash_name");
    create_configmap(&ns, "one", "");
    ns.kubectl(&["create", "secret", "generic", "two"]);
    ns.tug()
        .args(["delete", "cm/one", "secret/two"])
        .assert()
        .success();
    assert!(!exists(&ns, "configmap/one") && !exists(&ns, "secret/two"));
}

#[test]
fn a_label_selector_deletes_only_the_matching_objects_and_all_deletes_the_rest() {
    let ns = Namespace::new("delete_selector");
    create_configmap(&ns, "web-1", "app=web");
    create_configmap(&ns, "web-2", "app=web");
    create_configmap(&ns, "db", "app=db");
    ns.tug()
        .args(["delete", "configmaps", "-l", "app=web"])
        .assert()
        .success()
        .stdout(format!(
            "configmap \"web-1\" deleted from {0} namespace\n\
             configmap \"web-2\" deleted from {0} namespace\n",
            ns.name
        ));
    assert!(!exists(&ns, "configmap/web-1") && !exists(&ns, "configmap/web-2"));
    assert!(exists(&ns, "configmap/db"));

    ns.tug()
        .args(["delete", "configmaps", "-l", "app=nothing"])
        .assert()
        .success()
        .stdout("No resources found\n");

    ns.tug()
        .args(["delete", "configmaps", "--all"])
        .assert()
        .success()
        .stdout(predicate::str::contains(format!(
            "configmap \"db\" deleted from {} namespace\n",
            ns.name
        )));
    assert!(!exists(&ns, "configmap/db"));
}

#[test]
fn a_type_without_names_selector_or_all_is_refused_before_any_request() {
    let ns = Namespace::new("delete_no_names");
    ns.tug()
        .args(["delete", "configmaps"])
        .assert()
        .code(1)
        .stderr(predicate::str::starts_with(
            "error: resource(s) were provided, but no name was specified",
        ));
    ns.tug()
        .args(["delete", "configmaps", "x", "--all"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("names cannot be given"));
}

#[test]
fn delete_returns_only_once_the_object_is_gone() {
    let ns = Namespace::new("delete_waits");
    create_held_configmap(&ns, "held");
    let mut delete = Running::start(
        &cluster().kubeconfig,
        &ns.name,
        &["delete", "configmap", "held", "-v", "6"],
    );
    delete.await_stdout(
        |l| l.starts_with("configmap \"held\" deleted"),
        "the deleted line",
    );
    // The watch is opened once the object was read still there (terminating).
    delete.await_stderr(
        |l| l.contains("watch=true") && l.contains(" 200 "),
        "the watch for the object to go",
    );
    assert!(
        delete.is_running(),
        "ended while a finalizer held the object"
    );
    assert!(exists(&ns, "configmap/held"));
    release(&ns.name, "held");
    let (status, _, stderr) = delete.finish();
    assert_eq!(status.code(), Some(0), "{stderr:?}");
    assert!(!exists(&ns, "configmap/held"));
}

#[test]
fn waiting_gives_up_at_the_timeout_and_no_wait_returns_at_once() {
    let ns = Namespace::new("delete_wait_timeout");
    create_held_configmap(&ns, "held");
    ns.tug()
        .args(["delete", "configmap", "held", "--timeout=2s"])
        .assert()
        .code(1)
        .stderr("error: timed out waiting for the condition on configmaps/held\n");
    assert!(exists(&ns, "configmap/held"));

    create_held_configmap(&ns, "also-held");
    ns.tug()
        .args(["delete", "configmap", "also-held", "--wait=false"])
        .assert()
        .success();
    assert!(exists(&ns, "configmap/also-held"));
    release(&ns.name, "held");
    release(&ns.name, "also-held");
}

#[test]
fn a_server_dry_run_deletes_nothing_and_says_so() {
    let ns = Namespace::new("delete_dry_run");
    create_configmap(&ns, "kept", "");
    ns.tug()
        .args(["delete", "configmap", "kept", "--dry-run=server"])
        .assert()
        .success()
        .stdout(format!(
            "configmap \"kept\" deleted from {} namespace (server dry run)\n",
            ns.name
        ));
    assert!(exists(&ns, "configmap/kept"));
}

#[test]
fn cascade_orphan_leaves_the_replicasets_of_a_deployment() {
    let ns = Namespace::new("delete_orphan");
    ns.kubectl(&["create", "deployment", "web", "--image=nginx"]);
    let start = Instant::now();
    while ns
        .kubectl(&["get", "replicasets", "-o", "name"])
        .trim()
        .is_empty()
    {
        assert!(start.elapsed() < Duration::from_secs(60), "no replicaset");
        std::thread::sleep(Duration::from_millis(200));
    }
    ns.tug()
        .args(["delete", "deployment", "web", "--cascade=orphan"])
        .assert()
        .success();
    assert!(!exists(&ns, "deployment/web"));
    // The garbage collector orphans before the Deployment goes: once it is
    // gone, its ReplicaSets must be there with no owner left to take them.
    let owners = ns.kubectl(&[
        "get",
        "replicasets",
        "-o",
        "jsonpath={range .items[*]}{.metadata.name}={.metadata.ownerReferences}{\"\\n\"}{end}",
    ]);
    let replicasets: Vec<&str> = owners.lines().collect();
    assert!(!replicasets.is_empty(), "the replicasets were deleted");
    assert!(
        replicasets.iter().all(|r| r.ends_with('=')),
        "not orphaned: {replicasets:?}"
    );
}

#[test]
fn on_a_terminal_delete_lists_what_goes_and_no_keeps_it() {
    let ns = Namespace::new("delete_terminal_no");
    create_configmap(&ns, "kept", "");
    let terminal = Terminal::tug(&["-n", &ns.name, "delete", "configmap", "kept"]);
    let screen = terminal.wait_for("Delete them?");
    assert!(
        screen.contains("You are about to delete 1 object(s) in context"),
        "{screen}"
    );
    assert!(
        screen.contains(&format!("configmap/kept in namespace \"{}\"", ns.name)),
        "{screen}"
    );
    terminal.send(&["n", "Enter"]);
    let (code, screen) = terminal.finish();
    assert_eq!(code, 0, "{screen}");
    assert!(screen.contains("deletion is cancelled"), "{screen}");
    assert!(exists(&ns, "configmap/kept"));
}

#[test]
fn on_a_terminal_delete_goes_ahead_when_the_answer_is_yes() {
    let ns = Namespace::new("delete_terminal_yes");
    create_configmap(&ns, "gone", "");
    let terminal = Terminal::tug(&["-n", &ns.name, "delete", "configmap", "gone"]);
    terminal.wait_for("Delete them?");
    terminal.send(&["y", "Enter"]);
    let (code, screen) = terminal.finish();
    assert_eq!(code, 0, "{screen}");
    assert!(screen.contains("configmap \"gone\" deleted"), "{screen}");
    assert!(!exists(&ns, "configmap/gone"));
}

#[test]
fn yes_skips_the_question_on_a_terminal() {
    let ns = Namespace::new("delete_terminal_yes_flag");
    create_configmap(&ns, "gone", "");
    let terminal = Terminal::tug(&["-n", &ns.name, "delete", "--yes", "configmap", "gone"]);
    let (code, screen) = terminal.finish();
    assert_eq!(code, 0, "{screen}");
    assert!(!screen.contains("Delete them?"), "{screen}");
    assert!(!exists(&ns, "configmap/gone"));
}

#[test]
fn deleting_a_hundred_objects_waits_for_each_with_one_watch_and_prints_what_kubectl_prints() {
    let ns = Namespace::new("delete_hundred");
    let theirs = Namespace::new("delete_hundred_kubectl");
    let list = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(list.path(), crate::support::configmap_list(100)).unwrap();
    let file = list.path().to_str().unwrap();
    ns.kubectl(&["create", "-f", file]);
    theirs.kubectl(&["create", "-f", file]);
    // The first and the last stay after deletion until released: the wait
    // must outlast both.
    for held in ["cm-0000", "cm-0099"] {
        ns.kubectl(&[
            "patch",
            "configmap",
            held,
            "--type=merge",
            "-p",
            r#"{"metadata":{"finalizers":["kubetug.test/hold"]}}"#,
        ]);
    }
    let mut running = crate::support::Running::start(
        &cluster().kubeconfig,
        &ns.name,
        &["delete", "configmaps", "--all", "-v", "6"],
    );
    running.await_stdout(
        |l| l.starts_with("configmap \"cm-0099\" deleted"),
        "the last deletion",
    );
    // The watch is opened once the objects were read still there (terminating).
    running.await_stderr(
        |l| l.contains("watch=true") && l.contains(" 200 "),
        "the watch for the objects to go",
    );
    assert!(exists(&ns, "configmap/cm-0000"));
    assert!(
        running.is_running(),
        "returned before held objects were gone"
    );
    release(&ns.name, "cm-0000");
    release(&ns.name, "cm-0099");
    let (status, stdout, stderr) = running.finish();
    assert!(status.success(), "{stderr:?}");
    assert!(!exists(&ns, "configmap/cm-0099"));

    let watches: Vec<&String> = stderr
        .iter()
        .filter(|l| l.starts_with("I GET ") && l.contains("watch=true"))
        .collect();
    assert_eq!(watches.len(), 1, "{watches:#?}");
    let kubectl_printed = theirs
        .kubectl(&["delete", "configmaps", "--all"])
        .replace(&theirs.name, &ns.name);
    assert_eq!(stdout.join("\n") + "\n", kubectl_printed);
}
