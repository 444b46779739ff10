//! `tug rollout` and `tug apply --wait` against the real cluster. Images
//! ending in `:fail` never become ready: the kwok stage in
//! tests/cluster/kwok-fail-stage.yaml reports ImagePullBackOff for them.

use std::io::BufReader;
use std::process::Stdio;
use std::time::{Duration, Instant};

use predicates::prelude::*;
use serde_json::Value;

use crate::support::{Namespace, PATIENCE, cluster, repo_path};

/// The flask example's Deployment with `replicas` and `image`, written to `dir`.
fn flask_manifest(dir: &tempfile::TempDir, replicas: u32, image: &str) -> String {
    let example = repo_path("examples/flask/flask-deployment.yaml");
    let text = std::fs::read_to_string(example)
        .unwrap()
        .replace("replicas: 3", &format!("replicas: {replicas}"))
        .replace("image: flask-app:1.0", &format!("image: {image}"));
    let path = dir
        .path()
        .join(format!("flask-{replicas}-{}.yaml", image.replace(':', "-")));
    std::fs::write(&path, text).unwrap();
    path.to_str().unwrap().to_string()
}

fn deployment(ns: &Namespace) -> Value {
    serde_json::from_str(&ns.kubectl(&["get", "deployment/flask-app", "-o", "json"])).unwrap()
}

fn template_image(ns: &Namespace) -> String {
    deployment(ns)["spec"]["template"]["spec"]["containers"][0]["image"]
        .as_str()
        .unwrap()
        .to_string()
}

/// `tug rollout ARGS…` in the namespace.
fn rollout(ns: &Namespace, args: &[&str]) -> assert_cmd::assert::Assert {
    ns.tug().arg("rollout").args(args).assert()
}

/// `tug rollout status WHAT… --timeout 60s`, which must succeed.
fn rolls_out(ns: &Namespace, what: &[&str]) -> assert_cmd::assert::Assert {
    rollout(ns, &[&["status"], what, &["--timeout", "60s"]].concat()).success()
}

/// `tug apply --wait` of `manifest`, which must succeed.
fn apply_and_wait(ns: &Namespace, manifest: &str) {
    ns.tug()
        .args(["apply", "-f", manifest, "--wait", "--timeout", "90s"])
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "deployment \"flask-app\" successfully rolled out",
        ));
}

#[test]
fn apply_wait_returns_once_the_flask_example_is_ready() {
    let ns = Namespace::new("rollout_apply_wait");
    let example = repo_path("examples/flask");
    ns.tug()
        .args(["apply", "-f", example.to_str().unwrap(), "--wait"])
        .assert()
        .success()
        .stdout("deployment.apps/flask-app created\nservice/flask-app created\n")
        .stderr(predicate::str::ends_with(
            "deployment \"flask-app\" successfully rolled out\n",
        ));
    // No waiting here: --wait already did.
    let status = &deployment(&ns)["status"];
    assert_eq!(status["readyReplicas"], 3, "{status}");
    assert_eq!(status["availableReplicas"], 3, "{status}");
}

#[test]
fn apply_wait_after_scaling_returns_with_every_replica_ready() {
    let ns = Namespace::new("rollout_scale_wait");
    let dir = tempfile::tempdir().unwrap();
    apply_and_wait(&ns, &flask_manifest(&dir, 3, "flask-app:1.0"));
    apply_and_wait(&ns, &flask_manifest(&dir, 5, "flask-app:1.0"));
    let status = &deployment(&ns)["status"];
    assert_eq!(status["readyReplicas"], 5, "{status}");
    assert_eq!(status["updatedReplicas"], 5, "{status}");
}

#[test]
fn a_rolling_update_keeps_enough_replicas_available_and_ends_on_the_new_image() {
    let ns = Namespace::new("rollout_zero_downtime");
    let dir = tempfile::tempdir().unwrap();
    apply_and_wait(&ns, &flask_manifest(&dir, 5, "flask-app:1.0"));

    // Every change of the Deployment's status while it rolls, from a watch.
    let mut watch = std::process::Command::new(&cluster().kubectl)
        .arg("--kubeconfig")
        .arg(&cluster().kubeconfig)
        .args([
            "-n",
            &ns.name,
            "get",
            "deployment/flask-app",
            "-o",
            "json",
            "--watch",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let stdout = watch.stdout.take().unwrap();
    let (sender, samples) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for document in serde_json::Deserializer::from_reader(BufReader::new(stdout))
            .into_iter::<Value>()
            .map_while(Result::ok)
        {
            let available = document["status"]["availableReplicas"].as_i64();
            if sender.send(available.unwrap_or(0)).is_err() {
                break;
            }
        }
    });
    // The watch prints the object as it is first: from then on it sees every change.
    let first = samples
        .recv_timeout(PATIENCE)
        .expect("the watch printed the Deployment");
    apply_and_wait(&ns, &flask_manifest(&dir, 5, "flask-app:2.0"));
    watch.kill().unwrap();
    let _ = watch.wait();
    let available: Vec<i64> = std::iter::once(first).chain(samples.iter()).collect();

    // 5 replicas with the default maxUnavailable of 25% allow 1 unavailable.
    let lowest = available.iter().min().copied().unwrap_or(0);
    assert!(
        lowest >= 4,
        "available replicas dropped to {lowest}: {available:?}"
    );

    let pods: Value =
        serde_json::from_str(&ns.kubectl(&["get", "pods", "-l", "app=flask-app", "-o", "json"]))
            .unwrap();
    let images: Vec<&str> = pods["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["metadata"]["deletionTimestamp"].is_null())
        .map(|p| p["spec"]["containers"][0]["image"].as_str().unwrap())
        .collect();
    assert_eq!(images, vec!["flask-app:2.0"; 5], "{images:?}");
}

#[test]
fn a_failing_image_fails_apply_wait_with_the_reason_and_undo_recovers() {
    let ns = Namespace::new("rollout_fail_undo");
    let dir = tempfile::tempdir().unwrap();
    apply_and_wait(&ns, &flask_manifest(&dir, 3, "flask-app:1.0"));

    let started = Instant::now();
    let assert = ns
        .tug()
        .args(["apply", "-f", &flask_manifest(&dir, 3, "flask-app:fail")])
        .args(["--wait", "--timeout", "60s"])
        .assert()
        .code(1)
        .stdout("deployment.apps/flask-app configured\n");
    let elapsed = started.elapsed();
    assert!(elapsed < Duration::from_secs(75), "took {elapsed:?}");
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).into_owned();
    assert!(
        stderr
            .contains("error: timed out after 1m waiting for deployment \"flask-app\" to roll out"),
        "{stderr}"
    );
    // Said once while waiting, as soon as it persisted, and again in the diagnosis.
    let early = stderr
        .lines()
        .filter(|l| {
            l.starts_with("deployment \"flask-app\": pod") && l.contains("ImagePullBackOff")
        })
        .count();
    assert_eq!(early, 1, "{stderr}");
    assert!(
        stderr.contains("container \"flask-app\" is waiting: ImagePullBackOff: Back-off pulling image \"flask-app:fail\""),
        "{stderr}"
    );
    assert!(
        stderr.contains("Failed: Error: ImagePullBackOff"),
        "{stderr}"
    );
    assert!(!stderr.contains("successfully rolled out"), "{stderr}");

    rollout(&ns, &["undo", "deployment/flask-app"])
        .success()
        .stdout("deployment.apps/flask-app rolled back\n")
        .stderr(predicate::str::contains("server-side apply"));
    assert_eq!(template_image(&ns), "flask-app:1.0");
    rolls_out(&ns, &["deployment/flask-app"]).stdout(predicate::str::ends_with(
        "deployment \"flask-app\" successfully rolled out\n",
    ));
}

#[test]
fn a_passed_progress_deadline_fails_rollout_status_with_the_pods_reason() {
    let ns = Namespace::new("rollout_deadline");
    let dir = tempfile::tempdir().unwrap();
    let manifest = flask_manifest(&dir, 2, "flask-app:fail");
    let text = std::fs::read_to_string(&manifest).unwrap().replace(
        "  replicas: 2\n",
        "  replicas: 2\n  progressDeadlineSeconds: 3\n",
    );
    std::fs::write(&manifest, text).unwrap();
    ns.tug().args(["apply", "-f", &manifest]).assert().success();
    rollout(&ns, &["status", "deploy/flask-app", "--timeout", "60s"])
        .code(1)
        .stderr(predicate::str::contains(
            "error: deployment \"flask-app\" exceeded its progress deadline",
        ))
        .stderr(predicate::str::contains("ImagePullBackOff"));
}

#[test]
fn rollout_status_without_watch_exits_by_whether_the_rollout_is_done() {
    let ns = Namespace::new("rollout_status_once");
    let dir = tempfile::tempdir().unwrap();
    apply_and_wait(&ns, &flask_manifest(&dir, 3, "flask-app:1.0"));
    rollout(&ns, &["status", "deployment", "flask-app", "--watch=false"])
        .success()
        .stdout("deployment \"flask-app\" successfully rolled out\n");

    ns.tug()
        .args(["apply", "-f", &flask_manifest(&dir, 3, "flask-app:fail")])
        .assert()
        .success();
    rollout(&ns, &["status", "deployment/flask-app", "--watch=false"])
        .code(1)
        // Right after the apply, the controller may not have seen the change.
        .stdout(predicate::str::starts_with("Waiting for deployment "))
        .stdout(predicate::str::contains("\n").count(1));
}

#[test]
fn history_lists_revisions_like_kubectl_and_restart_adds_one() {
    let ns = Namespace::new("rollout_history_restart");
    let dir = tempfile::tempdir().unwrap();
    apply_and_wait(&ns, &flask_manifest(&dir, 2, "flask-app:1.0"));
    let history = |ns: &Namespace| {
        let output = ns
            .tug()
            .args(["rollout", "history", "deployment/flask-app"])
            .output()
            .unwrap();
        assert!(output.status.success());
        String::from_utf8(output.stdout).unwrap()
    };
    assert_eq!(
        history(&ns),
        ns.kubectl(&["rollout", "history", "deployment/flask-app"])
    );

    rollout(&ns, &["restart", "deployment/flask-app"])
        .success()
        .stdout("deployment.apps/flask-app restarted\n");
    let annotations = &deployment(&ns)["spec"]["template"]["metadata"]["annotations"];
    assert!(
        annotations["kubectl.kubernetes.io/restartedAt"].is_string(),
        "{annotations}"
    );
    rolls_out(&ns, &["deployment/flask-app"]);
    let listed = history(&ns);
    assert_eq!(
        listed,
        "deployment.apps/flask-app \nREVISION  CHANGE-CAUSE\n1         <none>\n2         <none>\n\n"
    );
    assert_eq!(
        listed,
        ns.kubectl(&["rollout", "history", "deployment/flask-app"])
    );

    rollout(&ns, &["history", "deployment/flask-app", "--revision", "2"])
        .success()
        .stdout(predicate::str::contains(
            "kubectl.kubernetes.io/restartedAt",
        ))
        .stdout(predicate::str::contains("image: flask-app:1.0"));
    rollout(
        &ns,
        &["undo", "deployment/flask-app", "--to-revision", "99"],
    )
    .code(1)
    .stderr("error: unable to find specified revision 99 in history\n");
}

#[test]
fn a_paused_deployment_does_not_roll_until_resumed() {
    let ns = Namespace::new("rollout_pause_resume");
    let dir = tempfile::tempdir().unwrap();
    apply_and_wait(&ns, &flask_manifest(&dir, 2, "flask-app:1.0"));
    rollout(&ns, &["pause", "deployment/flask-app"])
        .success()
        .stdout("deployment.apps/flask-app paused\n");
    assert_eq!(deployment(&ns)["spec"]["paused"], true);
    rollout(&ns, &["pause", "deployment/flask-app"])
        .code(1)
        .stderr("error: deployments.apps \"flask-app\" is already paused\n");

    ns.tug()
        .args(["apply", "-f", &flask_manifest(&dir, 2, "flask-app:2.0")])
        .assert()
        .success();
    rollout(&ns, &["status", "deployment/flask-app", "--watch=false"])
        .code(1)
        .stderr(predicate::str::contains("the rollout is paused"));

    rollout(&ns, &["resume", "deployment/flask-app"])
        .success()
        .stdout("deployment.apps/flask-app resumed\n");
    rolls_out(&ns, &["deployment/flask-app"]);
    let status = &deployment(&ns)["status"];
    assert_eq!(status["updatedReplicas"], 2, "{status}");
    rollout(&ns, &["resume", "deployment/flask-app"])
        .code(1)
        .stderr("error: deployments.apps \"flask-app\" is not paused\n");
}

#[test]
fn statefulsets_and_daemonsets_roll_out_and_roll_back() {
    let ns = Namespace::new("rollout_sts_ds");
    let manifest = |version: u32| {
        format!(
            "apiVersion: apps/v1
kind: StatefulSet
metadata: {{name: db}}
spec:
  replicas: 2
  serviceName: db
  selector: {{matchLabels: {{app: db}}}}
  template:
    metadata: {{labels: {{app: db}}}}
    spec: {{containers: [{{name: db, image: 'db:{version}'}}]}}
---
apiVersion: apps/v1
kind: DaemonSet
metadata: {{name: agent}}
spec:
  selector: {{matchLabels: {{app: agent}}}}
  template:
    metadata: {{labels: {{app: agent}}}}
    spec: {{containers: [{{name: agent, image: 'agent:{version}'}}]}}
"
        )
    };
    for version in [1, 2] {
        ns.tug()
            .args(["apply", "-f", "-", "--wait", "--timeout", "90s"])
            .write_stdin(manifest(version))
            .assert()
            .success()
            .stderr(predicate::str::contains(
                "daemon set \"agent\" successfully rolled out",
            ))
            .stderr(predicate::str::contains(
                "partitioned roll out complete: 2 new pods have been updated...",
            ));
    }
    rollout(&ns, &["undo", "statefulset/db", "daemonset/agent"])
        .success()
        .stdout("statefulset.apps/db rolled back\ndaemonset.apps/agent rolled back\n");
    rolls_out(&ns, &["sts/db", "ds/agent"]);
    let image = |what: &str| {
        let object: Value =
            serde_json::from_str(&ns.kubectl(&["get", what, "-o", "json"])).unwrap();
        object["spec"]["template"]["spec"]["containers"][0]["image"]
            .as_str()
            .unwrap()
            .to_string()
    };
    assert_eq!(image("statefulset/db"), "db:1");
    assert_eq!(image("daemonset/agent"), "agent:1");
    rollout(&ns, &["pause", "daemonset/agent"])
        .code(1)
        .stderr("error: daemonsets.apps \"agent\" pausing is not supported\n");
}

#[test]
fn rollout_status_of_something_that_does_not_roll_out_is_refused() {
    let ns = Namespace::new("rollout_not_workload");
    ns.kubectl(&["create", "configmap", "settings"]);
    rollout(&ns, &["status", "configmap/settings"])
        .code(1)
        .stderr(predicate::str::contains(
            "only deployments, statefulsets and daemonsets roll out",
        ));
    rollout(&ns, &["status", "deployment/missing"])
        .code(1)
        .stderr("Error from server (NotFound): deployments.apps \"missing\" not found\n");
}
