//! What kubectl made, tug diffs, dry-runs and applies back as the real apply
//! does: `diff` and `apply --dry-run=server` fail exactly where the apply
//! fails and show what it writes, and `get -o yaml|json | apply` is a no-op.

use std::path::Path;

use predicates::prelude::*;
use serde_json::{Value, json};

use crate::support::{Namespace, cluster};

fn write(dir: &Path, name: &str, text: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path.to_str().unwrap().to_string()
}

/// kubectl's exit code, for comparisons where it is expected to fail.
fn kubectl_code(ns: &Namespace, args: &[&str]) -> i32 {
    std::process::Command::new(&cluster().kubectl)
        .arg("--kubeconfig")
        .arg(&cluster().kubeconfig)
        .args(["-n", &ns.name])
        .args(args)
        .output()
        .expect("run kubectl")
        .status
        .code()
        .unwrap_or(-1)
}

fn tug_code(ns: &Namespace, args: &[&str]) -> i32 {
    ns.tug()
        .args(args)
        .output()
        .unwrap()
        .status
        .code()
        .unwrap_or(-1)
}

/// The object as the server keeps it, managedFields included.
fn stored(ns: &Namespace, what: &str) -> Value {
    serde_json::from_str(&ns.kubectl(&["get", what, "-o", "json", "--show-managed-fields"]))
        .unwrap()
}

fn resource_version(object: &Value) -> Value {
    object["metadata"]["resourceVersion"].clone()
}

/// What applying can change, without what the server and controllers keep
/// changing on their own.
fn content(mut object: Value) -> Value {
    let fields = object.as_object_mut().unwrap();
    fields.remove("status");
    let metadata = fields["metadata"].as_object_mut().unwrap();
    for key in ["managedFields", "resourceVersion", "generation"] {
        metadata.remove(key);
    }
    if let Some(annotations) = metadata
        .get_mut("annotations")
        .and_then(Value::as_object_mut)
    {
        annotations.remove("deployment.kubernetes.io/revision");
    }
    object
}

const OLD: &str = r#"apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
data: {a: "1", b: "2"}
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  labels: {app: web, tier: front}
spec:
  replicas: 3
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
        args: ["--verbose"]
"#;

/// `a` changed, `b`, the label `tier`, `replicas` and `args` left out.
const NEW: &str = r#"apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
data: {a: "9"}
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  labels: {app: web}
spec:
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      nodeSelector: {type: kwok}
      containers:
      - name: web
        image: registry.example/web:2
"#;

#[test]
fn diff_and_server_dry_run_of_client_side_applied_objects_show_the_apply_and_write_nothing() {
    let ns = Namespace::new("roundtrip_csa_dry_run");
    let dir = tempfile::tempdir().unwrap();
    let (old, new) = (
        write(dir.path(), "old.yaml", OLD),
        write(dir.path(), "new.yaml", NEW),
    );
    ns.kubectl(&["apply", "-f", &old]);
    // Controllers write status until the rollout is done; a dry run must not.
    ns.kubectl(&["rollout", "status", "deployment/web", "--timeout=90s"]);
    let versions = || {
        ["configmap/settings", "deployment/web"].map(|what| resource_version(&stored(&ns, what)))
    };
    let written = versions();

    assert_eq!(kubectl_code(&ns, &["diff", "-f", &new]), 1);
    ns.tug().args(["diff", "-f", &new]).assert().code(1).stdout(
        predicate::str::contains("-  b: \"2\"").and(predicate::str::contains("+  a: \"9\"")),
    );
    let dry_run = ns
        .tug()
        .args(["apply", "--dry-run=server", "-f", &new, "-o", "json"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let dry_run: Value = serde_json::from_slice(&dry_run).unwrap();
    assert_eq!(versions(), written, "a dry run wrote");

    ns.tug().args(["apply", "-f", &new]).assert().success();
    let applied = [
        stored(&ns, "configmap/settings"),
        stored(&ns, "deployment/web"),
    ];
    assert_eq!(applied[0]["data"], json!({"a": "9"}));
    assert_eq!(applied[1]["spec"]["replicas"], 1, "left out, so defaulted");
    for (simulated, applied) in dry_run["items"].as_array().unwrap().iter().zip(applied) {
        assert_eq!(content(simulated.clone()), content(applied));
    }
}

#[test]
fn diff_and_server_dry_run_fail_exactly_where_the_apply_fails() {
    let ns = Namespace::new("roundtrip_other_managers");
    let dir = tempfile::tempdir().unwrap();
    let cm = |name: &str, value: &str| {
        format!(
            "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {name}\ndata:\n  a: \"{value}\"\n"
        )
    };
    // kubectl's diff of a client-side apply is its own apply; of the others,
    // a server-side dry run as tug's field manager.
    let as_tug = &["diff", "--server-side", "--field-manager=tug"][..];
    for (name, creator, kubectl_diff, applies) in [
        ("client-side", &["apply"][..], &["diff"][..], true),
        ("server-side", &["apply", "--server-side"], as_tug, false),
        ("created", &["create"], as_tug, false),
    ] {
        let old = write(dir.path(), &format!("{name}-old.yaml"), &cm(name, "1"));
        let new = write(dir.path(), &format!("{name}-new.yaml"), &cm(name, "9"));
        let mut args = creator.to_vec();
        args.extend(["-f", old.as_str()]);
        ns.kubectl(&args);
        let written = resource_version(&stored(&ns, &format!("configmap/{name}")));

        let (diff_code, apply_code) = if applies { (1, 0) } else { (2, 1) };
        let mut args = kubectl_diff.to_vec();
        args.extend(["-f", new.as_str()]);
        assert_eq!(kubectl_code(&ns, &args), diff_code, "{name}");
        assert_eq!(tug_code(&ns, &["diff", "-f", &new]), diff_code, "{name}");
        let dry_run = ["apply", "--dry-run=server", "-f", &new];
        assert_eq!(tug_code(&ns, &dry_run), apply_code, "{name}");
        assert_eq!(tug_code(&ns, &["apply", "-f", &new]), apply_code, "{name}");
        let after = stored(&ns, &format!("configmap/{name}"));
        if !applies {
            assert_eq!(
                resource_version(&after),
                written,
                "{name}: a failed apply wrote"
            );
        }
    }
    // Applying as the manager that applied it is no conflict, as for kubectl.
    let new = dir.path().join("server-side-new.yaml");
    let new = new.to_str().unwrap();
    assert_eq!(kubectl_code(&ns, &["diff", "--server-side", "-f", new]), 1);
    assert_eq!(
        tug_code(&ns, &["diff", "--field-manager=kubectl", "-f", new]),
        1
    );
    ns.tug()
        .args(["apply", "--field-manager=kubectl", "-f", new])
        .assert()
        .success();
    assert_eq!(stored(&ns, "configmap/server-side")["data"]["a"], "9");
}

const TYPES: &str = r#"apiVersion: v1
kind: ConfigMap
metadata: {name: rt}
data: {a: "1"}
---
apiVersion: v1
kind: Secret
metadata: {name: rt}
stringData: {password: hunter2}
---
apiVersion: v1
kind: ServiceAccount
metadata: {name: rt}
---
apiVersion: v1
kind: Service
metadata: {name: rt}
spec:
  selector: {app: rt}
  ports: [{port: 80, targetPort: 8080}]
---
apiVersion: v1
kind: LimitRange
metadata: {name: rt}
spec:
  limits: [{type: Container, default: {cpu: 200m}}]
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: rt}
spec:
  replicas: 1
  selector: {matchLabels: {app: rt}}
  template:
    metadata: {labels: {app: rt}}
    spec:
      nodeSelector: {type: kwok}
      containers: [{name: web, image: registry.example/web:1}]
---
apiVersion: apps/v1
kind: StatefulSet
metadata: {name: rt}
spec:
  replicas: 1
  serviceName: rt
  selector: {matchLabels: {app: rts}}
  template:
    metadata: {labels: {app: rts}}
    spec:
      nodeSelector: {type: kwok}
      containers: [{name: web, image: registry.example/web:1}]
---
apiVersion: apps/v1
kind: DaemonSet
metadata: {name: rt}
spec:
  selector: {matchLabels: {app: rtd}}
  template:
    metadata: {labels: {app: rtd}}
    spec:
      nodeSelector: {type: kwok}
      containers: [{name: web, image: registry.example/web:1}]
---
apiVersion: batch/v1
kind: Job
metadata: {name: rt}
spec:
  template:
    spec:
      restartPolicy: Never
      nodeSelector: {type: kwok}
      containers: [{name: web, image: registry.example/web:1}]
---
apiVersion: v1
kind: Pod
metadata: {name: rt}
spec:
  nodeSelector: {type: kwok}
  containers: [{name: web, image: registry.example/web:1}]
"#;

const KINDS: [&str; 10] = [
    "configmap",
    "secret",
    "serviceaccount",
    "service",
    "limitrange",
    "deployment",
    "statefulset",
    "daemonset",
    "job",
    "pod",
];

#[test]
fn get_output_applied_back_is_a_no_op_for_every_type_however_kubectl_made_it() {
    let dir = tempfile::tempdir().unwrap();
    let types = write(dir.path(), "types.yaml", TYPES);
    for creator in [&["apply"][..], &["apply", "--server-side"], &["create"]] {
        let ns = Namespace::new("roundtrip_get_apply");
        let mut args = creator.to_vec();
        args.extend(["-f", types.as_str()]);
        ns.kubectl(&args);
        for kind in KINDS {
            let what = format!("{kind}/rt");
            for format in ["yaml", "json"] {
                let before = content(stored(&ns, &what));
                let printed = ns
                    .tug()
                    .args(["get", &what, "-o", format])
                    .output()
                    .unwrap();
                assert!(printed.status.success(), "{creator:?} {what} -o {format}");
                ns.tug()
                    .args(["apply", "-f", "-"])
                    .write_stdin(printed.stdout)
                    .assert()
                    .success();
                assert_eq!(
                    content(stored(&ns, &what)),
                    before,
                    "{creator:?} {what} -o {format}"
                );
            }
        }
    }
}

#[test]
fn a_stale_resource_version_fails_as_kubectls_and_writes_nothing() {
    let ns = Namespace::new("roundtrip_stale_version");
    let dir = tempfile::tempdir().unwrap();
    let old = write(dir.path(), "old.yaml", OLD);
    ns.kubectl(&["apply", "-f", &old]);
    let printed = ns
        .tug()
        .args(["get", "configmap/settings", "-o", "yaml"])
        .output()
        .unwrap();
    let saved = write(
        dir.path(),
        "saved.yaml",
        &String::from_utf8(printed.stdout).unwrap(),
    );
    ns.kubectl(&["label", "configmap/settings", "moved=on"]);
    let moved = resource_version(&stored(&ns, "configmap/settings"));

    ns.tug()
        .args(["apply", "-f", &saved])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("Conflict"));
    assert_eq!(resource_version(&stored(&ns, "configmap/settings")), moved);
    assert_eq!(
        kubectl_code(&ns, &["apply", "--server-side", "-f", &saved]),
        1
    );
}

#[test]
fn empty_input_is_an_empty_set_for_get_delete_and_diff_as_for_kubectl() {
    let ns = Namespace::new("roundtrip_empty_input");
    for input in ["", "# rendered to nothing\n---\n"] {
        for command in ["get", "delete", "diff", "apply"] {
            let kubectl = std::process::Command::new(&cluster().kubectl)
                .arg("--kubeconfig")
                .arg(&cluster().kubeconfig)
                .args(["-n", &ns.name, command, "-f", "-"])
                .stdin(std::process::Stdio::piped())
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .and_then(|mut child| {
                    use std::io::Write;
                    child.stdin.take().unwrap().write_all(input.as_bytes())?;
                    child.wait_with_output()
                })
                .unwrap();
            let tug = ns
                .tug()
                .args([command, "-f", "-"])
                .write_stdin(input)
                .output()
                .unwrap();
            let expected = if command == "apply" { 1 } else { 0 };
            assert_eq!(
                kubectl.status.code(),
                Some(expected),
                "kubectl {command} {input:?}"
            );
            assert_eq!(tug.status.code(), Some(expected), "tug {command} {input:?}");
            assert_eq!(tug.stdout, kubectl.stdout, "{command} {input:?}");
        }
    }
}
