//! The server's `Warning` headers reach the user from every command, on
//! stderr, once each, worded as kubectl words them.

use std::process::Output;

use crate::support::{Namespace, cluster, kubectl};

/// A CustomResourceDefinition of kind Gadget whose only version is
/// deprecated, in a group of the test namespace's own, with one Gadget
/// `name`; returns the group once the server serves it.
fn deprecated_gadgets(ns: &Namespace, name: &str) -> String {
    let group = format!("{}.kubetug.test", ns.name);
    let crd = format!(
        r#"apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: gadgets.{group}
spec:
  group: {group}
  scope: Namespaced
  names: {{plural: gadgets, singular: gadget, kind: Gadget}}
  versions:
  - name: v1
    served: true
    storage: true
    deprecated: true
    deprecationWarning: "gadgets.{group}/v1 is going away; move to widgets"
    schema:
      openAPIV3Schema: {{type: object, x-kubernetes-preserve-unknown-fields: true}}
"#
    );
    let file = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(file.path(), crd).unwrap();
    kubectl(&["apply", "-f", &file.path().display().to_string()]);
    let crd_name = format!("crd/gadgets.{group}");
    kubectl(&[
        "wait",
        "--for=condition=Established",
        &crd_name,
        "--timeout=60s",
    ]);
    let gadget = format!(
        "apiVersion: {group}/v1\nkind: Gadget\nmetadata: {{name: {name}}}\nspec: {{size: 1}}\n"
    );
    std::fs::write(file.path(), gadget).unwrap();
    ns.kubectl(&["apply", "-f", &file.path().display().to_string()]);
    group
}

fn remove_gadgets(group: &str) {
    kubectl(&["delete", "crd", &format!("gadgets.{group}"), "--wait=false"]);
}

/// The `Warning:` lines of a run's stderr.
fn warning_lines(output: &Output) -> Vec<String> {
    String::from_utf8_lossy(&output.stderr)
        .lines()
        .filter(|l| l.starts_with("Warning:"))
        .map(str::to_string)
        .collect()
}

/// kubectl, as the admin user in `ns`, with its whole output whatever its exit status.
fn kubectl_output(ns: &Namespace, args: &[&str]) -> Output {
    std::process::Command::new(&cluster().kubectl)
        .arg("--kubeconfig")
        .arg(&cluster().kubeconfig)
        .args(["-n", &ns.name])
        .args(args)
        .output()
        .unwrap()
}

fn assert_warned_like_kubectl(tug: &Output, kubectl: &Output, group: &str) {
    assert!(tug.status.success(), "{tug:?}");
    let expected = format!("Warning: gadgets.{group}/v1 is going away; move to widgets");
    assert_eq!(
        warning_lines(kubectl),
        vec![expected.clone()],
        "{kubectl:?}"
    );
    assert_eq!(warning_lines(tug), vec![expected], "{tug:?}");
    assert!(
        !String::from_utf8_lossy(&tug.stdout).contains("going away"),
        "the warning is not output: {tug:?}"
    );
}

#[test]
fn get_of_a_deprecated_version_prints_the_servers_warning_on_stderr() {
    let ns = Namespace::new("warnings_get");
    let group = deprecated_gadgets(&ns, "old");
    let resource = format!("gadgets.{group}");
    let tug = ns.tug().args(["get", &resource]).output().unwrap();
    let kubectl = kubectl_output(&ns, &["get", &resource]);
    assert_warned_like_kubectl(&tug, &kubectl, &group);
    assert!(
        String::from_utf8_lossy(&tug.stdout).contains("old"),
        "{tug:?}"
    );
    remove_gadgets(&group);
}

#[test]
fn delete_of_a_deprecated_version_prints_the_servers_warning_once() {
    let ns = Namespace::new("warnings_delete");
    let group = deprecated_gadgets(&ns, "first");
    let file = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(
        file.path(),
        format!("apiVersion: {group}/v1\nkind: Gadget\nmetadata: {{name: second}}\n"),
    )
    .unwrap();
    ns.kubectl(&["apply", "-f", &file.path().display().to_string()]);
    let resource = format!("gadgets.{group}");
    // Two objects, so several requests bring the same warning.
    let tug = ns
        .tug()
        .args(["delete", &resource, "first", "second"])
        .output()
        .unwrap();
    ns.kubectl(&["apply", "-f", &file.path().display().to_string()]);
    let kubectl = kubectl_output(&ns, &["delete", &resource, "second"]);
    assert_warned_like_kubectl(&tug, &kubectl, &group);
    remove_gadgets(&group);
}
