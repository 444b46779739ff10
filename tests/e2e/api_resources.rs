//! `tug api-resources`: kubectl's table, filters and formats, from discovery.

use predicates::prelude::*;

use crate::support::{Namespace, kubectl, tug, widget_manifests};

/// The same output, but for the spaces kubectl leaves after an empty last column.
fn without_trailing_spaces(text: &str) -> String {
    text.lines()
        .map(|l| l.trim_end().to_string() + "\n")
        .collect()
}

#[test]
fn api_resources_prints_what_kubectl_prints() {
    // Groups no test creates types in, so that both see the same list.
    let cases: [&[&str]; 8] = [
        &["--api-group="],
        &["--api-group=apps"],
        &["--api-group=apps", "-o", "wide"],
        &["--api-group=rbac.authorization.k8s.io", "-o", "name"],
        &["--api-group=", "--namespaced=false"],
        &["--api-group=", "--verbs=list,watch", "--no-headers"],
        &["--api-group=apps", "--sort-by=kind"],
        &["--api-group=batch", "--namespaced"],
    ];
    for case in cases {
        let mut args = vec!["api-resources"];
        args.extend_from_slice(case);
        let expected = without_trailing_spaces(&kubectl(&args));
        let out = tug().args(&args).assert().success().get_output().clone();
        assert_eq!(
            String::from_utf8_lossy(&out.stdout),
            expected,
            "tug {args:?} differs from kubectl"
        );
    }
}

#[test]
fn api_resources_shows_a_type_created_a_moment_ago() {
    let ns = Namespace::new("api_resources_crd");
    let (group, manifests) = widget_manifests(&ns, "w");
    // Discovery is cached first, without the new type.
    tug()
        .args(["api-resources", "--api-group=apps"])
        .assert()
        .success();
    ns.tug()
        .args(["apply", "-f", "-"])
        .write_stdin(manifests)
        .assert()
        .success();
    tug()
        .args(["api-resources", &format!("--api-group={group}")])
        .assert()
        .success()
        .stdout(
            predicate::str::is_match(format!(r"(?m)^widgets\s+wg\s+{group}/v1\s+true\s+Widget$"))
                .unwrap(),
        );
    ns.kubectl(&["delete", "crd", &format!("widgets.{group}"), "--wait=false"]);
}
