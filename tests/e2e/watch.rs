//! Long-running commands (`get -w`, `rollout status`, `apply --wait`,
//! `delete --wait`): they carry on when kube-apiserver restarts, ends
//! watches or stops answering, and Ctrl-C ends them with exit code 130 and
//! a line saying what was and was not done.

use std::time::Duration;

use crate::support::{
    DisruptiveCluster, Namespace, Running, cluster, disruptive_cluster, release_configmap,
};

/// A namespace of the disruptive cluster for one test (the cluster is
/// thrown away after the run, so it is left behind).
fn namespace_of(cluster: &DisruptiveCluster, test: &str) -> String {
    let name = format!("{}-{}", test.replace('_', "-"), std::process::id());
    cluster.kubectl(&["create", "namespace", &name]);
    name
}

/// `get -w` printing each ConfigMap's name and value of `n`, one line per change.
const WATCH_VALUES: &[&str] = &[
    "get",
    "configmaps",
    "-w",
    "-o",
    "custom-columns=NAME:.metadata.name,N:.data.n",
];

fn set_value(cluster: &DisruptiveCluster, ns: &str, name: &str, value: &str) {
    cluster.kubectl(&[
        "-n",
        ns,
        "patch",
        "configmap",
        name,
        "--type=merge",
        "-p",
        &format!(r#"{{"data":{{"n":"{value}"}}}}"#),
    ]);
}

fn row(name: &str, value: &str) -> impl Fn(&str) -> bool {
    let wanted: Vec<String> = vec![name.into(), value.into()];
    move |line| line.split_whitespace().collect::<Vec<_>>() == wanted
}

fn is_watch_request(line: &str) -> bool {
    line.contains("watch=true") && line.contains(" 200 ")
}

/// How many watch requests tug has logged so far.
fn watch_requests(watch: &mut Running) -> usize {
    watch
        .drain_stderr()
        .iter()
        .filter(|l| is_watch_request(l))
        .count()
}

fn assert_no_duplicates(lines: &[String]) {
    let mut sorted = lines.to_vec();
    sorted.sort();
    sorted.dedup();
    assert_eq!(sorted.len(), lines.len(), "duplicate rows: {lines:?}");
}

#[test]
fn get_watch_carries_on_across_an_api_server_restart_without_duplicate_rows() {
    let cluster = disruptive_cluster();
    let ns = namespace_of(&cluster, "watch_restart");
    cluster.kubectl(&["-n", &ns, "create", "configmap", "a", "--from-literal=n=1"]);
    let mut watch = Running::start(&cluster.kubeconfig, &ns, WATCH_VALUES);
    watch.await_stdout(row("a", "1"), "row of the table");
    set_value(&cluster, &ns, "a", "2");
    watch.await_stdout(row("a", "2"), "row of the change before the restart");

    let mut restart = cluster.restart_in_background("kube-apiserver", Duration::from_secs(2));
    assert!(restart.wait().unwrap().success(), "restart kube-apiserver");
    set_value(&cluster, &ns, "a", "3");
    cluster.kubectl(&["-n", &ns, "create", "configmap", "b", "--from-literal=n=1"]);
    watch.await_stdout(row("a", "3"), "row of a change after the restart");
    watch.await_stdout(row("b", "1"), "row of an object created after the restart");
    let stdout = watch.stop();
    assert_eq!(
        stdout[0].split_whitespace().collect::<Vec<_>>(),
        ["NAME", "N"]
    );
    assert_no_duplicates(&stdout);
}

#[test]
fn a_watch_left_open_across_the_servers_watch_timeout_keeps_printing() {
    let cluster = disruptive_cluster();
    // The server ends every watch after 2 to 4 seconds.
    cluster.restart(
        "kube-apiserver",
        Duration::ZERO,
        &["--min-request-timeout=2"],
    );
    let ns = namespace_of(&cluster, "watch_timeout");
    cluster.kubectl(&["-n", &ns, "create", "configmap", "a", "--from-literal=n=0"]);
    // -v 6 logs each watch request: the evidence that the server ended the last one.
    let verbose_watch = [WATCH_VALUES, &["-v", "6"]].concat();
    let mut watch = Running::start(&cluster.kubeconfig, &ns, &verbose_watch);
    watch.await_stdout(row("a", "0"), "row of the table");
    // Changes over more than one watch's lifetime, each printed once.
    for value in 1..=4 {
        set_value(&cluster, &ns, "a", &value.to_string());
        watch.await_stdout(row("a", &value.to_string()), "row of a change");
        let watches = watch_requests(&mut watch);
        watch.await_stderr_lines(watches + 1, is_watch_request, "a watch opened again");
    }
    let stdout = watch.stop();
    assert_no_duplicates(&stdout);
    // kube-root-ca.crt, made for the namespace, may come in the table or after.
    let values: Vec<&str> = stdout
        .iter()
        .filter_map(|line| line.strip_prefix("a "))
        .map(str::trim)
        .collect();
    assert_eq!(values, ["0", "1", "2", "3", "4"], "{stdout:?}");
}

#[test]
fn a_watch_notices_a_server_that_stopped_answering_and_carries_on_once_it_answers() {
    let cluster = disruptive_cluster();
    let ns = namespace_of(&cluster, "watch_stopped");
    cluster.kubectl(&["-n", &ns, "create", "configmap", "a", "--from-literal=n=1"]);
    // -v 6 shows when the watch itself is open: the server stops answering
    // under an open watch, not under the list before it (a request the
    // retry policy sends again until its budget is spent).
    let verbose_watch = [WATCH_VALUES, &["-v", "6"]].concat();
    let mut watch = Running::start(&cluster.kubeconfig, &ns, &verbose_watch);
    watch.await_stdout(row("a", "1"), "row of the table");
    watch.await_stderr(
        |l| l.contains("watch=true") && l.contains(" 200 "),
        "the watch request answered",
    );

    cluster.signal("kube-apiserver", "STOP");
    let noticed = watch.await_stderr(
        |l| l.starts_with("Warning: the watch was interrupted"),
        "warning about the dead connection",
    );
    eprintln!("the dead connection was noticed after {noticed:?}");
    cluster.signal("kube-apiserver", "CONT");
    assert!(
        noticed < Duration::from_secs(30),
        "noticed only after {noticed:?}"
    );
    set_value(&cluster, &ns, "a", "2");
    watch.await_stdout(
        row("a", "2"),
        "row of a change after the server answered again",
    );
    assert_no_duplicates(&watch.stop());
}

/// A Deployment of `replicas` that is paused: its rollout waits until resumed.
fn paused_deployment(name: &str) -> String {
    format!(
        r#"apiVersion: apps/v1
kind: Deployment
metadata:
  name: {name}
spec:
  replicas: 2
  paused: true
  selector:
    matchLabels: {{app: {name}}}
  template:
    metadata:
      labels: {{app: {name}}}
    spec:
      containers:
      - name: web
        image: web:1.0
"#
    )
}

fn write_manifest(dir: &tempfile::TempDir, text: &str) -> String {
    let path = dir.path().join("manifest.yaml");
    std::fs::write(&path, text).unwrap();
    path.to_str().unwrap().to_string()
}

#[test]
fn rollout_status_and_apply_wait_carry_on_across_an_api_server_restart() {
    let cluster = disruptive_cluster();
    let ns = namespace_of(&cluster, "rollout_restart");
    let dir = tempfile::tempdir().unwrap();
    let manifest = write_manifest(&dir, &paused_deployment("web"));
    let mut apply = Running::start(
        &cluster.kubeconfig,
        &ns,
        &["apply", "-f", &manifest, "--wait"],
    );
    apply.await_stdout(|l| l == "deployment.apps/web created", "apply's line");
    let mut status = Running::start(
        &cluster.kubeconfig,
        &ns,
        &["rollout", "status", "deployment/web"],
    );
    status.await_stdout(|l| l.starts_with("Waiting for"), "a waiting line");

    let mut restart = cluster.restart_in_background("kube-apiserver", Duration::from_secs(2));
    assert!(restart.wait().unwrap().success(), "restart kube-apiserver");
    cluster.kubectl(&["-n", &ns, "rollout", "resume", "deployment/web"]);

    let (code, stdout, stderr) = status.finish();
    assert!(code.success(), "rollout status: {stdout:?} {stderr:?}");
    assert_eq!(
        stdout.last().map(String::as_str),
        Some("deployment \"web\" successfully rolled out")
    );
    // Lines may come back (a resume makes the spec unobserved again), but
    // a resumed watch must not print the same status twice in a row.
    assert!(
        stdout.windows(2).all(|pair| pair[0] != pair[1]),
        "a status line repeated: {stdout:?}"
    );
    let (code, _, stderr) = apply.finish();
    assert!(code.success(), "apply --wait: {stderr:?}");
    assert!(
        stderr.contains(&"deployment \"web\" successfully rolled out".to_string()),
        "{stderr:?}"
    );
}

/// A ConfigMap that stays (terminating) after deletion until its finalizer is removed.
fn held_configmap(ns: &str, name: &str) -> String {
    format!(
        r#"{{"apiVersion":"v1","kind":"ConfigMap","metadata":{{"name":"{name}","namespace":"{ns}","finalizers":["kubetug.test/hold"]}}}}"#
    )
}

#[test]
fn delete_wait_carries_on_across_an_api_server_restart() {
    let cluster = disruptive_cluster();
    let ns = namespace_of(&cluster, "delete_restart");
    let dir = tempfile::tempdir().unwrap();
    let manifest = write_manifest(&dir, &held_configmap(&ns, "held"));
    cluster.kubectl(&["create", "-f", &manifest]);
    let mut delete = Running::start(
        &cluster.kubeconfig,
        &ns,
        &["delete", "configmap", "held", "--yes"],
    );
    delete.await_stdout(
        |l| l.starts_with("configmap \"held\" deleted"),
        "delete's line",
    );

    let mut restart = cluster.restart_in_background("kube-apiserver", Duration::from_secs(2));
    assert!(restart.wait().unwrap().success(), "restart kube-apiserver");
    release_configmap(&cluster.kubeconfig, &ns, "held");

    let (code, stdout, stderr) = delete.finish();
    assert!(code.success(), "delete --wait: {stdout:?} {stderr:?}");
    cluster
        .tug()
        .args(["-n", &ns, "get", "configmap", "held"])
        .assert()
        .failure()
        .stderr("Error from server (NotFound): configmaps \"held\" not found\n");
}

/// Lets a held ConfigMap of the shared cluster go when the test ends,
/// however it ends, so that its namespace can be deleted.
struct Release<'a>(&'a Namespace, &'a str);

impl Drop for Release<'_> {
    fn drop(&mut self) {
        release_configmap(&cluster().kubeconfig, &self.0.name, self.1);
    }
}

/// The main cluster: Ctrl-C needs no fault.
fn start_in(ns: &Namespace, args: &[&str]) -> Running {
    Running::start(&cluster().kubeconfig, &ns.name, args)
}

#[test]
fn ctrl_c_ends_get_watch_and_rollout_status_with_130() {
    let ns = Namespace::new("watch_ctrl_c");
    ns.kubectl(&["create", "configmap", "a"]);
    let dir = tempfile::tempdir().unwrap();
    ns.kubectl(&[
        "apply",
        "-f",
        &write_manifest(&dir, &paused_deployment("web")),
    ]);

    let mut watch = start_in(&ns, &["get", "configmaps", "-w"]);
    watch.await_stdout(|l| l.starts_with("a "), "row of the table");
    let mut status = start_in(&ns, &["rollout", "status", "deployment/web"]);
    status.await_stdout(|l| l.starts_with("Waiting for"), "a waiting line");
    watch.interrupt();
    status.interrupt();
    for (what, running) in [("get -w", watch), ("rollout status", status)] {
        let (code, _, stderr) = running.finish();
        assert_eq!(code.code(), Some(130), "{what}: {stderr:?}");
    }
}

#[test]
fn ctrl_c_during_apply_wait_says_what_was_applied_and_has_not_rolled_out() {
    let ns = Namespace::new("apply_wait_ctrl_c");
    let dir = tempfile::tempdir().unwrap();
    let manifest = write_manifest(&dir, &paused_deployment("web"));
    let mut apply = start_in(&ns, &["apply", "-f", &manifest, "--wait"]);
    apply.await_stdout(|l| l == "deployment.apps/web created", "apply's line");
    apply.await_stderr(|l| l.starts_with("Waiting for"), "a waiting line");
    apply.interrupt();
    let (code, _, stderr) = apply.finish();
    assert_eq!(code.code(), Some(130), "{stderr:?}");
    assert_eq!(
        stderr.last().map(String::as_str),
        Some("interrupted: 1 applied; not rolled out yet: deployment.apps/web")
    );
}

#[test]
fn ctrl_c_during_delete_wait_says_what_was_deleted_and_is_not_gone_yet() {
    let ns = Namespace::new("delete_wait_ctrl_c");
    let dir = tempfile::tempdir().unwrap();
    ns.kubectl(&[
        "create",
        "-f",
        &write_manifest(&dir, &held_configmap(&ns.name, "held")),
    ]);
    let _release = Release(&ns, "held");
    let mut delete = start_in(&ns, &["delete", "configmap", "held", "--yes"]);
    delete.await_stdout(
        |l| l.starts_with("configmap \"held\" deleted"),
        "delete's line",
    );
    delete.interrupt();
    let (code, _, stderr) = delete.finish();
    assert_eq!(code.code(), Some(130), "{stderr:?}");
    assert_eq!(
        stderr.last().map(String::as_str),
        Some("interrupted: 1 deleted; not gone yet: configmap/held")
    );
}
