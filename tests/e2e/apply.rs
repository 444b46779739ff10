//! `tug apply` against the real cluster.

use std::path::Path;

use predicates::prelude::*;
use serde_json::Value;

use crate::support::{Namespace, cluster, configmap_list, kubectl, repo_path, widget_manifests};
use crate::terminal::Terminal;

fn write(dir: &Path, name: &str, text: &str) -> String {
    let path = dir.join(name);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).unwrap();
    }
    std::fs::write(&path, text).unwrap();
    path.to_str().unwrap().to_string()
}

fn configmap(name: &str, value: &str) -> String {
    format!(
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {name}\ndata:\n  key: \"{value}\"\n"
    )
}

fn live(ns: &Namespace, what: &str) -> Value {
    serde_json::from_str(&ns.kubectl(&["get", what, "-o", "json"])).unwrap()
}

#[test]
fn the_flask_example_is_created_then_unchanged_then_scaled_then_updated() {
    let ns = Namespace::new("apply_flask");
    let example = repo_path("examples/flask");
    ns.tug()
        .args(["apply", "-f", example.to_str().unwrap()])
        .assert()
        .success()
        .stdout("deployment.apps/flask-app created\nservice/flask-app created\n")
        .stderr("2 applied: 2 created, 0 configured, 0 unchanged, 0 failed\n");
    ns.kubectl(&["rollout", "status", "deployment/flask-app", "--timeout=60s"]);
    assert_eq!(
        live(&ns, "deployment/flask-app")["status"]["readyReplicas"],
        3
    );

    ns.tug()
        .args(["apply", "-f", example.to_str().unwrap()])
        .assert()
        .success()
        .stdout("deployment.apps/flask-app unchanged\nservice/flask-app unchanged\n");

    let dir = tempfile::tempdir().unwrap();
    let original = std::fs::read_to_string(example.join("flask-deployment.yaml")).unwrap();
    let scaled = write(
        dir.path(),
        "scaled.yaml",
        &original.replace("replicas: 3", "replicas: 5"),
    );
    ns.tug()
        .args(["apply", "-f", &scaled])
        .assert()
        .success()
        .stdout("deployment.apps/flask-app configured\n");
    ns.kubectl(&["rollout", "status", "deployment/flask-app", "--timeout=60s"]);
    assert_eq!(
        live(&ns, "deployment/flask-app")["status"]["readyReplicas"],
        5
    );

    let updated = write(
        dir.path(),
        "updated.yaml",
        &original
            .replace("replicas: 3", "replicas: 5")
            .replace("flask-app:1.0", "flask-app:2.0"),
    );
    ns.tug()
        .args(["apply", "-f", &updated])
        .assert()
        .success()
        .stdout("deployment.apps/flask-app configured\n");
    ns.kubectl(&["rollout", "status", "deployment/flask-app", "--timeout=90s"]);
    let replicasets = live(&ns, "replicasets");
    let images: Vec<&str> = replicasets["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|rs| {
            rs["spec"]["template"]["spec"]["containers"][0]["image"]
                .as_str()
                .unwrap()
        })
        .collect();
    assert!(
        images.contains(&"flask-app:2.0") && images.contains(&"flask-app:1.0"),
        "{images:?}"
    );
}

#[test]
fn manifests_are_read_from_stdin() {
    let ns = Namespace::new("apply_stdin");
    ns.tug()
        .args(["apply", "-f", "-"])
        .write_stdin(configmap("from-stdin", "1"))
        .assert()
        .success()
        .stdout("configmap/from-stdin created\n");
    assert_eq!(live(&ns, "configmap/from-stdin")["data"]["key"], "1");
}

#[test]
fn input_without_objects_is_an_error() {
    let ns = Namespace::new("apply_nothing");
    ns.tug()
        .args(["apply", "-f", "-"])
        .write_stdin("# nothing here\n---\n")
        .assert()
        .code(1)
        .stderr("error: no objects passed: the files given with -f hold no manifests\n");
}

#[test]
fn directories_are_read_and_recursive_descends() {
    let ns = Namespace::new("apply_recursive");
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a.yaml", &configmap("top", "1"));
    write(dir.path(), "nested/b.yml", &configmap("nested", "2"));
    write(dir.path(), "notes.txt", "not a manifest");
    let path = dir.path().to_str().unwrap();
    ns.tug()
        .args(["apply", "-f", path])
        .assert()
        .success()
        .stdout("configmap/top created\n");
    ns.tug()
        .args(["apply", "-R", "-f", path])
        .assert()
        .success()
        .stdout("configmap/top unchanged\nconfigmap/nested created\n");
}

#[test]
fn lists_and_multi_document_files_are_expanded() {
    let ns = Namespace::new("apply_lists");
    let list = r#"{"apiVersion": "v1", "kind": "ConfigMapList", "items": [
        {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "one"}},
        {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "two"}}]}"#;
    let dir = tempfile::tempdir().unwrap();
    let json = write(dir.path(), "list.json", list);
    let yaml = write(
        dir.path(),
        "many.yaml",
        &format!(
            "# leading comment\n---\n{}---\n# only a comment\n---\n{}",
            configmap("three", "3"),
            configmap("four", "4")
        ),
    );
    ns.tug()
        .args(["apply", "-f", &json, "-f", &yaml])
        .assert()
        .success()
        .stdout("configmap/one created\nconfigmap/two created\nconfigmap/three created\nconfigmap/four created\n");
}

#[test]
fn a_custom_resource_applies_after_its_definition_in_the_same_file() {
    let ns = Namespace::new("apply_crd");
    let (group, manifest) = widget_manifests(&ns, "first");
    ns.tug()
        .args(["apply", "-f", "-"])
        .write_stdin(manifest)
        .assert()
        .success()
        .stdout(format!(
            "widget.{group}/first created\ncustomresourcedefinition.apiextensions.k8s.io/widgets.{group} created\n"
        ));
    assert_eq!(
        live(&ns, &format!("widgets.{group}/first"))["spec"]["size"],
        3
    );
    kubectl(&["delete", "crd", &format!("widgets.{group}"), "--wait=false"]);
}

#[test]
fn objects_without_a_namespace_get_the_flag_and_a_different_one_is_refused() {
    let ns = Namespace::new("apply_namespaces");
    let elsewhere =
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: elsewhere\n  namespace: other-ns\n";
    ns.tug()
        .args(["apply", "-f", "-"])
        .write_stdin(format!("{}---\n{elsewhere}", configmap("here", "1")))
        .assert()
        .code(1)
        .stdout("")
        .stderr(predicate::str::contains("<stdin>:"))
        .stderr(predicate::str::contains("(document 2)"))
        .stderr(predicate::str::contains("--namespace=other-ns"));
    assert!(
        ns.kubectl(&["get", "configmaps", "-o", "name"])
            .lines()
            .all(|l| l != "configmap/here")
    );
}

#[test]
fn invalid_documents_are_all_reported_and_nothing_is_applied() {
    let ns = Namespace::new("apply_invalid");
    let dir = tempfile::tempdir().unwrap();
    let good = write(dir.path(), "good.yaml", &configmap("good", "1"));
    let bad = write(
        dir.path(),
        "bad.yaml",
        "apiVersion: v1\nmetadata:\n  name: no-kind\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  generateName: gen-\n",
    );
    let broken = write(dir.path(), "broken.yaml", "key: [unclosed\n");
    let assert = ns
        .tug()
        .args(["apply", "-f", &good, "-f", &bad, "-f", &broken])
        .assert()
        .code(1)
        .stdout("");
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).into_owned();
    assert!(
        stderr.contains("bad.yaml:1:1 (document 1)") && stderr.contains("kind"),
        "{stderr}"
    );
    assert!(
        stderr.contains("(document 2)") && stderr.contains("generateName"),
        "{stderr}"
    );
    assert!(stderr.contains("broken.yaml:1:6 (document 1)"), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(
        !ns.kubectl(&["get", "configmaps", "-o", "name"])
            .contains("configmap/good")
    );
}

#[test]
fn a_field_the_schema_does_not_know_is_a_one_line_error_naming_the_object() {
    let ns = Namespace::new("apply_unknown_field");
    let manifest = format!("{}spec:\n  bogus: true\n", configmap("strict", "1"));
    let out = ns
        .tug()
        .args(["apply", "-f", "-"])
        .write_stdin(manifest)
        .assert()
        .code(1)
        .stderr(predicate::str::starts_with(
            "Error from server: configmap/strict (<stdin>:1:1 (document 1)): ",
        ))
        .stderr(predicate::str::contains(
            ".spec: field not declared in schema",
        ))
        .get_output()
        .clone();
    assert_eq!(String::from_utf8_lossy(&out.stderr).lines().count(), 1);
}

#[test]
fn a_field_owned_by_another_manager_is_a_readable_conflict_until_forced() {
    let ns = Namespace::new("apply_conflict");
    ns.tug()
        .args(["apply", "-f", "-"])
        .write_stdin(configmap("shared", "mine"))
        .assert()
        .success();
    ns.kubectl(&[
        "patch",
        "configmap",
        "shared",
        "--field-manager=other-tool",
        "-p",
        r#"{"data":{"key":"theirs"}}"#,
    ]);
    ns.tug()
        .args(["apply", "-f", "-"])
        .write_stdin(configmap("shared", "mine again"))
        .assert()
        .code(1)
        .stdout("")
        .stderr(predicate::str::contains(
            ".data.key  owned by \"other-tool\"",
        ))
        .stderr(predicate::str::contains("--force-conflicts"));
    ns.tug()
        .args(["apply", "--force-conflicts", "-f", "-"])
        .write_stdin(configmap("shared", "mine again"))
        .assert()
        .success()
        .stdout("configmap/shared configured\n")
        .stderr(predicate::str::contains(
            ".data.key  was owned by \"other-tool\"",
        ));
    assert_eq!(live(&ns, "configmap/shared")["data"]["key"], "mine again");
}

#[test]
fn equal_values_set_by_kubectl_create_are_shared_without_conflict() {
    let ns = Namespace::new("apply_shared_values");
    ns.kubectl(&["create", "configmap", "made", "--from-literal=key=same"]);
    ns.tug()
        .args(["apply", "-f", "-"])
        .write_stdin(configmap("made", "same"))
        .assert()
        .success();
    ns.tug()
        .args(["apply", "-f", "-"])
        .write_stdin(configmap("made", "different"))
        .assert()
        .code(1)
        .stderr(predicate::str::contains("owned by \"kubectl-create\""));
}

#[test]
fn objects_applied_client_side_by_kubectl_are_taken_over_and_removed_fields_go() {
    let ns = Namespace::new("apply_csa_upgrade");
    let dir = tempfile::tempdir().unwrap();
    let both = write(
        dir.path(),
        "both.yaml",
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: legacy\ndata:\n  keep: \"1\"\n  drop: \"2\"\n",
    );
    ns.kubectl(&["apply", "-f", &both]);
    let one = write(
        dir.path(),
        "one.yaml",
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: legacy\ndata:\n  keep: \"changed\"\n",
    );
    ns.tug()
        .args(["apply", "-f", &one])
        .assert()
        .success()
        .stdout("configmap/legacy configured\n");
    let data = &live(&ns, "configmap/legacy")["data"];
    assert_eq!(data, &serde_json::json!({"keep": "changed"}));
}

#[test]
fn a_view_only_user_gets_a_clean_forbidden_error() {
    let ns = Namespace::new("apply_forbidden");
    let out = ns
        .tug()
        .env("KUBECONFIG", &cluster().viewer_kubeconfig)
        .args(["apply", "-f", "-"])
        .write_stdin(configmap("nope", "1"))
        .assert()
        .code(1)
        .stdout("")
        .stderr(predicate::str::starts_with(
            "Error from server (Forbidden): configmap/nope (<stdin>:1:1 (document 1)):",
        ))
        .get_output()
        .clone();
    assert_eq!(String::from_utf8_lossy(&out.stderr).lines().count(), 1);
}

#[test]
fn dry_runs_change_nothing_and_say_so() {
    let ns = Namespace::new("apply_dry_run");
    ns.tug()
        .args(["apply", "--dry-run=server", "-f", "-"])
        .write_stdin(configmap("dry", "1"))
        .assert()
        .success()
        .stdout("configmap/dry created (server dry run)\n");
    ns.tug()
        .args(["apply", "--dry-run=client", "-o", "json", "-f", "-"])
        .write_stdin(configmap("dry", "1"))
        .assert()
        .success()
        .stdout(predicate::str::contains(format!(
            "\"namespace\": \"{}\"",
            ns.name
        )));
    assert!(
        !ns.kubectl(&["get", "configmaps", "-o", "name"])
            .contains("configmap/dry")
    );
}

#[test]
fn output_name_and_json_print_what_the_server_returned() {
    let ns = Namespace::new("apply_output");
    ns.tug()
        .args(["apply", "-o", "name", "-f", "-"])
        .write_stdin(configmap("named", "1"))
        .assert()
        .success()
        .stdout("configmap/named\n");
    let out = ns
        .tug()
        .args(["apply", "-o", "json", "-f", "-"])
        .write_stdin(configmap("named", "1"))
        .assert()
        .success()
        .get_output()
        .clone();
    let object: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(object["metadata"]["uid"].is_string());
}

#[test]
fn objects_larger_than_the_annotation_limit_apply() {
    let ns = Namespace::new("apply_large");
    let big = "x".repeat(300 * 1024);
    ns.tug()
        .args(["apply", "-f", "-"])
        .write_stdin(configmap("big", &big))
        .assert()
        .success()
        .stdout("configmap/big created\n");
}

/// The same manifests applied by tug and by `kubectl apply --server-side`
/// give the same live objects.
#[test]
fn tug_and_kubectl_server_side_apply_produce_the_same_objects() {
    let by_tug = Namespace::new("apply_diff_tug");
    let by_kubectl = Namespace::new("apply_diff_kubectl");
    let example = repo_path("examples/flask");
    by_tug
        .tug()
        .args(["apply", "-f", example.to_str().unwrap()])
        .assert()
        .success();
    by_kubectl.kubectl(&["apply", "--server-side", "-f", example.to_str().unwrap()]);
    for what in ["deployment/flask-app", "service/flask-app"] {
        let (a, b) = (
            comparable(live(&by_tug, what)),
            comparable(live(&by_kubectl, what)),
        );
        assert_eq!(a, b, "{what} differs");
    }
}

/// An object without what differs by nature between two namespaces and runs.
fn comparable(mut object: Value) -> Value {
    if let Some(metadata) = object["metadata"].as_object_mut() {
        for key in [
            "managedFields",
            "uid",
            "resourceVersion",
            "creationTimestamp",
            "namespace",
            "generation",
        ] {
            metadata.remove(key);
        }
        if let Some(annotations) = metadata
            .get_mut("annotations")
            .and_then(Value::as_object_mut)
        {
            annotations.remove("deployment.kubernetes.io/revision");
        }
    }
    if let Some(spec) = object["spec"].as_object_mut() {
        for key in ["clusterIP", "clusterIPs"] {
            spec.remove(key);
        }
        if let Some(ports) = spec.get_mut("ports").and_then(Value::as_array_mut) {
            for port in ports {
                port.as_object_mut().map(|p| p.remove("nodePort"));
            }
        }
    }
    object.as_object_mut().map(|o| o.remove("status"));
    object
}

#[test]
fn ctrl_c_stops_sending_reports_what_was_not_applied_and_exits_130() {
    let ns = Namespace::new("apply_interrupted");
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "many.json", &configmap_list(2000));
    let output = crate::support::interrupted_tug(
        ["-n", &ns.name, "apply", "--concurrency", "2", "-f", &path],
        || {
            ns.kubectl(&["get", "configmaps", "-o", "name"])
                .contains("cm-")
        },
    );
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(130), "{stderr}");
    assert!(stderr.contains("not applied (interrupted)"), "{stderr}");
    let created = String::from_utf8_lossy(&output.stdout)
        .lines()
        .filter(|l| l.ends_with(" created"))
        .count();
    assert!(created > 0 && created < 2000, "{created} created");
    let live = ns
        .kubectl(&["get", "configmaps", "-o", "name"])
        .lines()
        .filter(|l| l.contains("cm-"))
        .count();
    assert_eq!(
        live, created,
        "every object reported created exists, and no other"
    );
}

#[test]
fn a_long_apply_on_a_terminal_shows_progress_that_is_gone_when_done() {
    let ns = Namespace::new("apply_progress");
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "many.json", &configmap_list(1500));
    let terminal = Terminal::tug(&["-n", &ns.name, "apply", "--concurrency", "1", "-f", &path]);
    terminal.wait_for("applying");
    let (code, screen) = terminal.finish();
    assert_eq!(code, 0, "{screen}");
    assert!(screen.contains("1500 applied: 1500 created"), "{screen}");
    assert!(
        !screen.contains("applying"),
        "the progress bar is still there:\n{screen}"
    );
}

#[test]
fn a_json_stream_is_applied_as_kubectl_applies_it() {
    let tug_ns = Namespace::new("apply_json_stream");
    let kubectl_ns = Namespace::new("apply_json_stream_kubectl");
    let object = |name: &str, value: &str| {
        format!(
            r#"{{"apiVersion":"v1","kind":"ConfigMap","metadata":{{"name":"{name}"}},"data":{{"key":"{value}"}}}}"#
        )
    };
    // One object per line and two run together, as generators write them.
    let stream = format!(
        "{}\n{}{}\n",
        object("first", "1"),
        object("second", "{2}"),
        object("third", "3")
    );
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "stream.json", &stream);
    tug_ns
        .tug()
        .args(["apply", "-f", &file])
        .assert()
        .success()
        .stdout("configmap/first created\nconfigmap/second created\nconfigmap/third created\n");
    kubectl_ns.kubectl(&["apply", "--server-side", "-f", &file]);
    let data = |ns: &Namespace| {
        ns.kubectl(&[
            "get",
            "configmaps",
            "-o",
            "jsonpath={range .items[?(@.data.key)]}{.metadata.name}={.data.key} {end}",
        ])
    };
    assert_eq!(data(&tug_ns), "first=1 second={2} third=3 ");
    assert_eq!(data(&tug_ns), data(&kubectl_ns));
}

#[test]
fn continue_on_error_applies_the_valid_objects_as_kubectl_does_and_reports_the_rest() {
    let tug_ns = Namespace::new("apply_continue_on_error");
    let kubectl_ns = Namespace::new("apply_continue_on_error_kubectl");
    let object = |kind: &str, name: &str, body: &str| {
        format!(
            "apiVersion: v1\nkind: {kind}\nmetadata:\n  name: {name}\n  labels: {{set: input}}\n{body}"
        )
    };
    let dir = tempfile::tempdir().unwrap();
    let good = write(
        dir.path(),
        "1-good.yaml",
        &[
            object("ConfigMap", "alpha", "data: {k: \"1\"}\n"),
            "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  labels: {set: input}\n".to_string(),
            object("ConfigMap", "beta", "data: {k: \"2\"}\n"),
        ]
        .join("---\n"),
    );
    let unknown = write(
        dir.path(),
        "2-unknown.yaml",
        &[
            "apiVersion: gadgets.example.invalid/v1\nkind: Gadget\nmetadata:\n  name: g\n"
                .to_string(),
            object("Service", "web", "spec:\n  ports: [{port: 80}]\n"),
        ]
        .join("---\n"),
    );
    // A document that does not parse, last in its file: kubectl stops
    // reading a file there, tug would go on.
    let broken = write(
        dir.path(),
        "3-broken.yaml",
        &format!(
            "{}---\nkind: [ConfigMap\n",
            object("ConfigMap", "gamma", "data: {k: \"3\"}\n")
        ),
    );
    let path = dir.path().to_str().unwrap();

    let out = tug_ns
        .tug()
        .args(["apply", "--continue-on-error", "-f", path])
        .assert()
        .code(1)
        .get_output()
        .clone();
    let stderr = String::from_utf8_lossy(&out.stderr);
    for expected in [
        format!("error: {good}:8:1 (document 2): missing \"metadata.name\""),
        format!("error: {unknown}:1:1 (document 1): no matches for kind \"Gadget\""),
        "4 applied: 4 created, 0 configured, 0 unchanged, 0 failed, 3 invalid".to_string(),
    ] {
        assert!(stderr.contains(&expected), "{expected}\n{stderr}");
    }
    let broken_line = stderr
        .lines()
        .find(|line| line.starts_with(&format!("error: {broken}:")))
        .unwrap_or_else(|| panic!("{stderr}"));
    assert!(broken_line.contains("(document 2)"), "{stderr}");

    let kubectl = std::process::Command::new(&cluster().kubectl)
        .arg("--kubeconfig")
        .arg(&cluster().kubeconfig)
        .args(["-n", &kubectl_ns.name, "apply", "--server-side", "-f", path])
        .output()
        .unwrap();
    assert_eq!(kubectl.status.code(), Some(1));

    let applied = |ns: &Namespace| {
        ns.kubectl(&[
            "get",
            "configmaps,services",
            "-l",
            "set=input",
            "-o",
            "jsonpath={range .items[*]}{.kind}/{.metadata.name} {.data} {.spec.ports[*].port};{end}",
        ])
    };
    assert_eq!(
        applied(&tug_ns),
        r#"ConfigMap/alpha {"k":"1"} ;ConfigMap/beta {"k":"2"} ;ConfigMap/gamma {"k":"3"} ;Service/web  80;"#
    );
    assert_eq!(applied(&tug_ns), applied(&kubectl_ns));

    // Without the flag, nothing is applied.
    let strict = Namespace::new("apply_all_or_nothing");
    strict.tug().args(["apply", "-f", path]).assert().code(1);
    assert_eq!(applied(&strict), "");
}
