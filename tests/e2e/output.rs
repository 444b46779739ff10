//! `-o yaml` compared byte for byte with kubectl's, on the same objects.

use serde_json::json;

use crate::support::{Namespace, kubectl};

/// Text kubectl's YAML writer treats specially: YAML 1.1 look-alikes,
/// indicators, line breaks in every chomping, long lines, escapes.
fn awkward_data() -> serde_json::Value {
    let long = "word ".repeat(40);
    let long_quoted = format!("tab\t{long}");
    let long_block = format!("{long}\nend\n");
    let pairs = [
        ("bool-yes", "yes"),
        ("bool-on", "on"),
        ("bool-n", "n"),
        ("null-tilde", "~"),
        ("empty", ""),
        ("float-exp", "1e3"),
        ("float-dot", ".5"),
        ("int-hex", "0x10"),
        ("int-octal", "0755"),
        ("not-octal", "08"),
        ("int-underscore", "1_000"),
        ("sexagesimal", "12:30"),
        ("timestamp", "2024-01-01T00:00:00Z"),
        ("date", "2024-02-29"),
        ("not-a-date", "2024-02-30"),
        ("address", "10.96.0.1"),
        ("version", "1.2.3"),
        ("leading-space", " x"),
        ("trailing-space", "x "),
        ("dash", "- item"),
        ("comment", "#hash"),
        ("colon", "key: value"),
        ("quote", "it's"),
        ("double-quote", "\"q\""),
        ("star", "*alias"),
        ("document", "--- x"),
        ("multi-line", "line one\nline two"),
        ("clip", "line\n"),
        ("keep", "line\n\n"),
        ("only-break", "\n"),
        ("indented-block", "  indented\nnot\n"),
        ("space-before-break", "a \nb"),
        ("tab", "a\tb"),
        ("crlf", "a\r\nb"),
        ("long-plain", long.trim_end()),
        ("long-quoted", &long_quoted),
        ("long-block", &long_block),
        ("unicode", "café 日本"),
        ("emoji", "ok 😀"),
        ("next-line", "a\u{85}b"),
        ("1", "one"),
        ("10", "ten"),
        ("2", "two"),
        ("a10", "x"),
        ("a2", "y"),
        ("A", "z"),
    ];
    pairs
        .into_iter()
        .map(|(key, value)| (key.to_string(), json!(value)))
        .collect::<serde_json::Map<_, _>>()
        .into()
}

/// `tug get ARGS -o yaml` prints exactly what kubectl prints. Both read the
/// server at slightly different moments, so a comparison counts only when
/// kubectl printed the same before and after tug.
fn assert_same_yaml(ns: &Namespace, args: &[&str]) {
    let mut with_yaml = vec!["get"];
    with_yaml.extend(args);
    with_yaml.extend(["-o", "yaml"]);
    crate::support::eventually(&format!("get {args:?} holding still"), || {
        let before = ns.kubectl(&with_yaml);
        let output = ns.tug().args(&with_yaml).output().unwrap();
        assert!(
            output.status.success(),
            "tug get {with_yaml:?}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        let tug = String::from_utf8(output.stdout).unwrap();
        if ns.kubectl(&with_yaml) != before {
            return false;
        }
        assert_eq!(tug, before, "tug get {with_yaml:?} differs from kubectl");
        true
    });
}

fn create(ns: &Namespace, object: &serde_json::Value) {
    let file = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(file.path(), object.to_string()).unwrap();
    ns.kubectl(&["create", "-f", &file.path().to_string_lossy()]);
}

#[test]
fn get_o_yaml_is_kubectls_bytes_for_built_in_types() {
    let ns = Namespace::new("output_yaml_builtin");
    let long_annotation = format!("{}.example.com/{}", "a".repeat(60), "b".repeat(60));
    create(
        &ns,
        &json!({
            "apiVersion": "v1", "kind": "ConfigMap",
            "metadata": {"name": "awkward", "annotations": {
                long_annotation: "a key past 128 bytes", "on": "off"}},
            "data": awkward_data(),
        }),
    );
    create(
        &ns,
        &json!({"apiVersion": "v1", "kind": "Secret", "metadata": {"name": "creds"},
                "type": "Opaque", "stringData": {"password": "yes\n", "token": "0x10"}}),
    );
    create(
        &ns,
        &json!({"apiVersion": "v1", "kind": "Service", "metadata": {"name": "web"},
                "spec": {"selector": {"app": "web"}, "ports": [
                    {"name": "http", "port": 80, "targetPort": 8080},
                    {"name": "https", "port": 443, "targetPort": "https"}]}}),
    );
    ns.kubectl(&[
        "create",
        "deployment",
        "web",
        "--image=registry.example/web:1",
        "--replicas=2",
    ]);
    ns.kubectl(&["rollout", "status", "deployment/web", "--timeout=90s"]);
    ns.kubectl(&["create", "serviceaccount", "robot"]);
    ns.kubectl(&[
        "create",
        "role",
        "reader",
        "--verb=get,list",
        "--resource=configmaps,secrets",
    ]);
    ns.kubectl(&[
        "create",
        "rolebinding",
        "reader",
        "--role=reader",
        "--serviceaccount",
        &format!("{}:robot", ns.name),
    ]);

    for args in [
        &["configmap", "awkward"][..],
        &["secret", "creds"],
        &["service", "web"],
        &["deployment", "web"],
        &["serviceaccount", "robot"],
        &["role", "reader"],
        &["rolebinding", "reader"],
        &["namespace", &ns.name],
        &["pods"],
        &["replicasets"],
        // Several objects of several types: a List, kube-root-ca.crt's
        // certificate as a literal block among them.
        &["configmaps,services,secrets"],
    ] {
        assert_same_yaml(&ns, args);
    }
}

#[test]
fn get_o_yaml_is_kubectls_bytes_for_custom_resources() {
    let ns = Namespace::new("output_yaml_custom");
    let group = format!("{}.output.test", ns.name);
    let crd = format!("gadgets.{group}");
    create(
        &ns,
        &json!({
            "apiVersion": "apiextensions.k8s.io/v1", "kind": "CustomResourceDefinition",
            "metadata": {"name": crd},
            "spec": {"group": group, "scope": "Namespaced",
                "names": {"plural": "gadgets", "singular": "gadget", "kind": "Gadget"},
                "versions": [{"name": "v1", "served": true, "storage": true,
                    "schema": {"openAPIV3Schema": {"type": "object",
                        "x-kubernetes-preserve-unknown-fields": true}}}]},
        }),
    );
    kubectl(&[
        "wait",
        "--for=condition=Established",
        &format!("crd/{crd}"),
        "--timeout=60s",
    ]);
    create(
        &ns,
        &json!({
            "apiVersion": format!("{group}/v1"), "kind": "Gadget", "metadata": {"name": "g"},
            "spec": {
                "whole": 3, "negative": -7, "half": 0.5, "oneDotZero": 1.0, "big": 12345678.5,
                "huge": 1e20, "tiny": 1e-7, "maxInt": 9_007_199_254_740_993_i64,
                "flags": [true, false, null], "nested": [[1, [2.5, "3"]], [], {}],
                "objects": [{"name": "a", "values": {"on": "on", "y": "y"}}],
                "text": awkward_data(),
            },
        }),
    );
    // Fully qualified: a CRD of an earlier run may still serve `gadgets`.
    assert_same_yaml(&ns, &[&crd, "g"]);
    assert_same_yaml(&ns, &[&format!("{crd},configmaps")]);
    kubectl(&["delete", "crd", &crd, "--wait=false"]);
}
