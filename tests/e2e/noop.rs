//! `tug apply` leaves out the requests that would change nothing, and only
//! those: each test here would catch an object wrongly reported unchanged.

use std::path::Path;

use predicates::prelude::*;
use serde_json::Value;

use crate::support::{Namespace, kubectl, widget_manifests};

const WORKLOADS: &str = r#"apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
  labels: {app: web}
data:
  mode: fast
  level: "3"
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  labels: {app: web}
spec:
  replicas: 1
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      nodeSelector: {type: kwok}
      containers:
      - name: web
        image: registry.example/web:1
        args: ["--port", "8080"]
        ports:
        - containerPort: 8080
        env:
        - {name: MODE, value: fast}
        - name: LEVEL
          valueFrom:
            configMapKeyRef: {name: settings, key: level}
        resources:
          requests: {cpu: 100m, memory: 64Mi}
---
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector: {app: web}
  ports:
  - port: 80
    targetPort: 8080
"#;

fn write(dir: &Path, name: &str, text: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path.to_str().unwrap().to_string()
}

/// Runs `tug -v 6 apply ARGS -f -` with `manifests` on stdin; returns stdout
/// and the number of PATCH requests it sent.
fn apply(ns: &Namespace, args: &[&str], manifests: &str) -> (String, usize) {
    let output = ns
        .tug()
        .args(["-v", "6", "apply"])
        .args(args)
        .args(["-f", "-"])
        .write_stdin(manifests.to_string())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "tug apply failed: {stderr}");
    let patches = stderr.lines().filter(|l| l.starts_with("I PATCH ")).count();
    (
        String::from_utf8_lossy(&output.stdout).into_owned(),
        patches,
    )
}

fn live(ns: &Namespace, what: &str) -> Value {
    serde_json::from_str(&ns.kubectl(&["get", what, "-o", "json"])).unwrap()
}

/// `kubectl patch` removes `data.mode`: the field leaves every manager's set.
fn remove_mode_as_another_client(ns: &Namespace) {
    ns.kubectl(&[
        "patch",
        "configmap",
        "settings",
        "--type=json",
        "-p",
        r#"[{"op": "remove", "path": "/data/mode"}]"#,
    ]);
}

fn configmap(data: &str) -> String {
    format!("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n{data}")
}

#[test]
fn unchanged_configmaps_deployments_and_services_are_not_sent_again() {
    let ns = Namespace::new("noop_unchanged");
    let (created, patches) = apply(&ns, &[], WORKLOADS);
    assert_eq!(patches, 3);
    assert_eq!(
        created,
        "configmap/settings created\ndeployment.apps/web created\nservice/web created\n"
    );
    let before = live(&ns, "configmap/settings")["metadata"]["resourceVersion"].clone();

    let (again, patches) = apply(&ns, &[], WORKLOADS);
    assert_eq!(
        again,
        "configmap/settings unchanged\ndeployment.apps/web unchanged\nservice/web unchanged\n"
    );
    assert_eq!(patches, 0, "nothing changed, so nothing is sent");
    assert_eq!(
        live(&ns, "configmap/settings")["metadata"]["resourceVersion"],
        before
    );

    let (forced, patches) = apply(&ns, &["--always-send"], WORKLOADS);
    assert_eq!(forced, again);
    assert_eq!(patches, 3, "--always-send sends every object");
}

#[test]
fn a_value_removed_by_another_client_is_restored() {
    let ns = Namespace::new("noop_drift_restored");
    let manifest = configmap("  mode: fast\n  level: \"3\"\n");
    apply(&ns, &[], &manifest);
    remove_mode_as_another_client(&ns);
    let (out, patches) = apply(&ns, &[], &manifest);
    assert_eq!(
        (out.as_str(), patches),
        ("configmap/settings configured\n", 1)
    );
    assert_eq!(live(&ns, "configmap/settings")["data"]["mode"], "fast");
}

#[test]
fn a_value_changed_by_another_client_is_a_conflict_not_unchanged() {
    let ns = Namespace::new("noop_drift_conflict");
    let manifest = configmap("  mode: fast\n");
    apply(&ns, &[], &manifest);
    ns.kubectl(&[
        "patch",
        "configmap",
        "settings",
        "-p",
        r#"{"data":{"mode":"slow"}}"#,
    ]);
    ns.tug()
        .args(["apply", "-f", "-"])
        .write_stdin(manifest.clone())
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            ".data.mode  owned by \"kubectl-patch\"",
        ));
    let (out, _) = apply(&ns, &["--force-conflicts"], &manifest);
    assert_eq!(out, "configmap/settings configured\n");
    assert_eq!(live(&ns, "configmap/settings")["data"]["mode"], "fast");
}

#[test]
fn a_field_removed_from_the_manifest_is_removed_from_the_object() {
    let ns = Namespace::new("noop_field_removed");
    apply(&ns, &[], &configmap("  mode: fast\n  level: \"3\"\n"));
    let (out, patches) = apply(&ns, &[], &configmap("  mode: fast\n"));
    assert_eq!(
        (out.as_str(), patches),
        ("configmap/settings configured\n", 1)
    );
    assert_eq!(
        live(&ns, "configmap/settings")["data"],
        serde_json::json!({"mode": "fast"})
    );

    let (out, _) = apply(
        &ns,
        &[],
        &WORKLOADS.replace("        args: [\"--port\", \"8080\"]\n", ""),
    );
    assert!(out.contains("deployment.apps/web created"), "{out}");
    apply(&ns, &[], WORKLOADS);
    let without_env = WORKLOADS.replace("        - {name: MODE, value: fast}\n", "");
    let (out, patches) = apply(&ns, &[], &without_env);
    assert!(out.contains("deployment.apps/web configured"), "{out}");
    assert_eq!(patches, 1);
    let env = &live(&ns, "deployment/web")["spec"]["template"]["spec"]["containers"][0]["env"];
    assert_eq!(env.as_array().map(Vec::len), Some(1), "{env}");
}

#[test]
fn values_the_server_normalises_are_sent_until_the_manifest_says_what_the_server_stores() {
    let ns = Namespace::new("noop_normalised");
    let loose = WORKLOADS.replace("{cpu: 100m, memory: 64Mi}", "{cpu: 0.5, memory: 1024Mi}");
    apply(&ns, &[], &loose);
    let requests = &live(&ns, "deployment/web")["spec"]["template"]["spec"]["containers"][0]["resources"]
        ["requests"];
    assert_eq!(
        requests,
        &serde_json::json!({"cpu": "500m", "memory": "1Gi"})
    );

    // The live values differ in representation from the manifest's: sent,
    // and the server finds nothing to change.
    let (out, patches) = apply(&ns, &[], &loose);
    assert!(out.contains("deployment.apps/web unchanged"), "{out}");
    assert!(out.contains("service/web unchanged"), "{out}");
    assert_eq!(patches, 1, "only the Deployment's quantities are in doubt");

    let exact = WORKLOADS.replace("{cpu: 100m, memory: 64Mi}", "{cpu: 500m, memory: 1Gi}");
    let (out, patches) = apply(&ns, &[], &exact);
    assert!(out.contains("deployment.apps/web unchanged"), "{out}");
    assert_eq!(patches, 0);
}

#[test]
fn another_field_manager_is_always_sent() {
    let ns = Namespace::new("noop_other_manager");
    apply(&ns, &[], WORKLOADS);
    let (_, patches) = apply(&ns, &["--field-manager", "ci"], WORKLOADS);
    assert_eq!(patches, 3);
    let (_, patches) = apply(&ns, &["--field-manager", "ci"], WORKLOADS);
    assert_eq!(patches, 0, "the second run of that manager changes nothing");
}

#[test]
fn custom_resources_are_skipped_like_built_in_types_and_only_when_unchanged() {
    let ns = Namespace::new("noop_custom");
    let (group, manifests) = widget_manifests(&ns, "gear");
    apply(&ns, &[], &manifests);
    let (out, patches) = apply(&ns, &[], &manifests);
    assert!(
        out.contains(&format!("widget.{group}/gear unchanged")),
        "{out}"
    );
    assert!(
        out.contains(&format!(
            "customresourcedefinition.apiextensions.k8s.io/widgets.{group} unchanged"
        )),
        "{out}"
    );
    assert_eq!(patches, 0);

    let (out, patches) = apply(&ns, &[], &manifests.replace("size: 3", "size: 4"));
    assert!(
        out.contains(&format!("widget.{group}/gear configured")),
        "{out}"
    );
    assert_eq!(patches, 1);
    let (_, patches) = apply(&ns, &[], &manifests.replace("  colour: blue\n", ""));
    assert_eq!(patches, 1);
    assert_eq!(
        live(&ns, &format!("widget.{group}/gear"))["spec"],
        serde_json::json!({"size": 3})
    );
    kubectl(&["delete", "crd", &format!("widgets.{group}"), "--wait=false"]);
}

#[test]
fn dry_runs_diffs_and_forced_applies_see_what_a_sent_apply_would_do() {
    let ns = Namespace::new("noop_dry_run_diff_force");
    let manifest = configmap("  mode: fast\n  level: \"3\"\n");
    apply(&ns, &[], &manifest);
    // A server dry run is always sent: it asks for the server's checks.
    let (out, patches) = apply(&ns, &["--dry-run=server"], &manifest);
    assert_eq!(
        (out.as_str(), patches),
        ("configmap/settings unchanged (server dry run)\n", 1)
    );

    remove_mode_as_another_client(&ns);
    let (out, _) = apply(&ns, &["--dry-run=server"], &manifest);
    assert_eq!(out, "configmap/settings configured (server dry run)\n");
    assert!(
        live(&ns, "configmap/settings")["data"]
            .get("mode")
            .is_none()
    );

    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "settings.yaml", &manifest);
    ns.tug()
        .args(["diff", "-f", &file])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("+  mode: fast"));
    ns.tug()
        .args(["apply", "--diff", "-y", "-f", &file])
        .assert()
        .success()
        .stdout(predicate::str::contains("configmap/settings configured"));
    assert_eq!(live(&ns, "configmap/settings")["data"]["mode"], "fast");

    // Another manager shares a value: equal, so no conflict and nothing to
    // send; forcing would take it over, so the server decides.
    let shared = write(dir.path(), "shared.yaml", &configmap("  mode: fast\n"));
    ns.kubectl(&[
        "apply",
        "--server-side",
        "--field-manager=other-tool",
        "-f",
        &shared,
    ]);
    let (_, patches) = apply(&ns, &[], &manifest);
    assert_eq!(patches, 0);
    let (_, patches) = apply(&ns, &["--force-conflicts"], &manifest);
    assert_eq!(patches, 1);
}

#[test]
fn secrets_with_write_only_string_data_are_always_sent() {
    let ns = Namespace::new("noop_secret");
    let secret =
        "apiVersion: v1\nkind: Secret\nmetadata:\n  name: token\nstringData:\n  token: abc\n";
    apply(&ns, &[], secret);
    let (out, patches) = apply(&ns, &[], secret);
    assert_eq!((out.as_str(), patches), ("secret/token unchanged\n", 1));
}

/// A ValidatingAdmissionPolicy, bound to one namespace, that denies every
/// ConfigMap labelled `frozen`; deleted (policy and binding) when dropped.
struct FreezePolicy {
    name: String,
}

impl FreezePolicy {
    fn new(ns: &Namespace) -> FreezePolicy {
        let name = format!("freeze-{}", ns.name);
        let manifests = format!(
            r#"apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicy
metadata:
  name: {name}
spec:
  failurePolicy: Fail
  matchConstraints:
    resourceRules:
    - apiGroups: [""]
      apiVersions: ["v1"]
      operations: ["CREATE", "UPDATE"]
      resources: ["configmaps"]
  validations:
  - expression: "!has(object.metadata.labels) || !('frozen' in object.metadata.labels)"
    message: frozen config maps cannot be written
---
apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicyBinding
metadata:
  name: {name}
spec:
  policyName: {name}
  validationActions: [Deny]
  matchResources:
    namespaceSelector:
      matchLabels:
        kubernetes.io/metadata.name: {namespace}
"#,
            namespace = ns.name
        );
        let dir = tempfile::tempdir().unwrap();
        let file = write(dir.path(), "policy.yaml", &manifests);
        kubectl(&["apply", "-f", &file]);
        FreezePolicy { name }
    }
}

impl Drop for FreezePolicy {
    fn drop(&mut self) {
        let _ = std::process::Command::new(&crate::support::cluster().kubectl)
            .arg("--kubeconfig")
            .arg(&crate::support::cluster().kubeconfig)
            .args([
                "delete",
                "validatingadmissionpolicybinding,validatingadmissionpolicy",
                &self.name,
                "--wait=false",
            ])
            .output();
    }
}

/// kubectl -n NAMESPACE ARGS, failing or not: its exit code and stderr.
fn kubectl_outcome(ns: &Namespace, args: &[&str]) -> (Option<i32>, String) {
    let output = std::process::Command::new(&crate::support::cluster().kubectl)
        .arg("--kubeconfig")
        .arg(&crate::support::cluster().kubeconfig)
        .args(["-n", &ns.name])
        .args(args)
        .output()
        .unwrap();
    (
        output.status.code(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn server_dry_runs_and_diffs_of_unchanged_objects_are_admitted_anew() {
    let ns = Namespace::new("noop_dry_run_admission");
    let manifest = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n  labels: {frozen: \"yes\"}\ndata:\n  mode: fast\n";
    apply(&ns, &[], manifest);
    let policy = FreezePolicy::new(&ns);
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "settings.yaml", manifest);
    let denial = format!("ValidatingAdmissionPolicy '{}'", policy.name);

    // The API server picks up new policies after a moment: kubectl's dry run
    // failing is the evidence that it has.
    let kubectl_dry_run = ["apply", "--server-side", "--dry-run=server", "-f", &file];
    crate::support::eventually("the policy denies kubectl's dry run", || {
        kubectl_outcome(&ns, &kubectl_dry_run).0 == Some(1)
    });
    let (_, kubectl_stderr) = kubectl_outcome(&ns, &kubectl_dry_run);
    assert!(kubectl_stderr.contains(&denial), "{kubectl_stderr}");
    ns.tug()
        .args(["apply", "--dry-run=server", "-f", &file])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(&denial));

    let (kubectl_code, kubectl_stderr) =
        kubectl_outcome(&ns, &["diff", "--server-side", "-f", &file]);
    assert!(kubectl_stderr.contains(&denial), "{kubectl_stderr}");
    ns.tug()
        .args(["diff", "-f", &file])
        .assert()
        .code(kubectl_code.unwrap())
        .stderr(predicate::str::contains(&denial));
    assert_eq!(kubectl_code, Some(2));

    // The preview of `apply --diff` asks the server too; the apply itself
    // skips the unchanged object, which is then not admitted again.
    ns.tug()
        .args(["apply", "--diff", "-y", "-f", &file])
        .assert()
        .success()
        .stderr(predicate::str::contains(&denial))
        .stdout(predicate::str::contains("configmap/settings unchanged"));
}
