//! tug as a drop-in for kubectl in scripts: the same invocation prints the
//! same bytes on stdout and stderr and exits with the same code.

use std::process::Output;
use std::time::{Duration, Instant};

use crate::support::{Namespace, cluster};

/// What one run printed and how it ended.
#[derive(Debug, PartialEq)]
struct Run {
    stdout: String,
    stderr: String,
    code: Option<i32>,
}

impl From<Output> for Run {
    fn from(output: Output) -> Run {
        Run {
            stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
            code: output.status.code(),
        }
    }
}

fn tug_run(ns: &Namespace, args: &[&str]) -> Run {
    ns.tug().args(args).output().unwrap().into()
}

fn kubectl_run(ns: &Namespace, args: &[&str]) -> Run {
    std::process::Command::new(&cluster().kubectl)
        .arg("--kubeconfig")
        .arg(&cluster().kubeconfig)
        .args(["-n", &ns.name])
        .args(args)
        .output()
        .expect("run kubectl")
        .into()
}

/// tug and kubectl, given `args` in `ns`, print the same bytes and exit
/// alike; returns tug's run. Tables show ages, which may tick between the
/// two runs, so a difference is checked again until a deadline.
fn assert_same_run(ns: &Namespace, args: &[&str]) -> Run {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let ours = tug_run(ns, args);
        let theirs = kubectl_run(ns, args);
        if ours == theirs {
            return ours;
        }
        assert!(
            Instant::now() < deadline,
            "tug and kubectl differ on {args:?}:\ntug:     {ours:?}\nkubectl: {theirs:?}"
        );
        std::thread::sleep(Duration::from_millis(300));
    }
}

/// Two labelled ConfigMaps, `a` and `b` (label `order`), and `c` without
/// that label; all three labelled `set=NAMESPACE`.
fn configmaps(test: &str) -> Namespace {
    let ns = Namespace::new(test);
    for name in ["b", "c", "a"] {
        ns.kubectl(&["create", "configmap", name, "--from-literal=k=v"]);
    }
    ns.kubectl(&["label", "configmap", "a", "order=1", "tier.example/role=db"]);
    ns.kubectl(&["label", "configmap", "b", "order=2"]);
    let set = format!("set={}", ns.name);
    ns.kubectl(&["label", "configmap", "a", "b", "c", &set]);
    ns
}

#[test]
fn get_ignore_not_found_prints_nothing_for_missing_objects() {
    let ns = configmaps("get_ignore_not_found");
    let missing_namespace = format!("{}-missing", ns.name);
    for args in [
        &["get", "configmap", "nope", "--ignore-not-found"][..],
        &[
            "get",
            "configmap",
            "nope",
            "--ignore-not-found",
            "-o",
            "json",
        ],
        &[
            "get",
            "configmap",
            "nope",
            "a",
            "--ignore-not-found",
            "-o",
            "name",
        ],
        &["get", "configmap", "-l", "none=1", "--ignore-not-found"],
        &[
            "get",
            "configmap",
            "-l",
            "none=1",
            "--ignore-not-found=true",
            "-o",
            "yaml",
        ],
        &[
            "get",
            "configmap",
            "a",
            "-n",
            &missing_namespace,
            "--ignore-not-found",
        ],
    ] {
        assert_same_run(&ns, args);
    }
}

#[test]
fn get_label_columns_and_show_kind_are_kubectls() {
    let ns = configmaps("get_label_columns");
    let set = format!("set={}", ns.name);
    let run = assert_same_run(
        &ns,
        &[
            "get",
            "cm",
            "-l",
            &set,
            "-L",
            "order",
            "-L",
            "tier.example/role,missing",
            "--show-kind",
        ],
    );
    assert!(run.stdout.contains("configmap/a"), "{}", run.stdout);
}

#[test]
fn get_sort_by_a_path_without_leading_dot_lists_objects_missing_it_first() {
    let ns = configmaps("get_sort_by_relaxed");
    let set = format!("set={}", ns.name);
    let run = assert_same_run(
        &ns,
        &[
            "get",
            "cm",
            "-l",
            &set,
            "--sort-by=metadata.labels.order",
            "-o",
            "name",
        ],
    );
    assert_eq!(run.stdout, "configmap/c\nconfigmap/a\nconfigmap/b\n");
}

#[test]
fn get_of_several_types_without_headers_has_no_blank_line_between_them() {
    let ns = configmaps("get_no_headers_kinds");
    ns.kubectl(&["create", "secret", "generic", "s", "--from-literal=k=v"]);
    let run = assert_same_run(&ns, &["get", "configmaps,secrets", "--no-headers"]);
    assert!(!run.stdout.contains("\n\n"), "{}", run.stdout);
}

#[test]
fn get_with_no_match_prints_what_kubectl_prints_in_every_format() {
    let ns = configmaps("get_no_match_formats");
    for args in [
        &["get", "cm", "-l", "none=1"][..],
        &["get", "cm", "-l", "none=1", "-o", "name"],
        &[
            "get",
            "cm",
            "-l",
            "none=1",
            "-o",
            "jsonpath={.items[*].metadata.name}",
        ],
        &[
            "get",
            "cm",
            "-l",
            "none=1",
            "-o",
            "custom-columns=NAME:.metadata.name",
        ],
        &["get", "cm", "-l", "none=1", "-o", "json"],
    ] {
        assert_same_run(&ns, args);
    }
}

#[test]
fn get_in_a_missing_namespace_says_the_namespace_is_missing() {
    let ns = Namespace::new("get_missing_namespace");
    let missing = format!("{}-typo", ns.name);
    let run = assert_same_run(&ns, &["get", "configmap", "a", "b", "-n", &missing]);
    assert_eq!(run.code, Some(1));
    assert!(run.stderr.contains("namespaces"), "{}", run.stderr);
}

/// Runs `args` with kubectl in one namespace and with tug in another, both
/// first given the same objects by `setup`: what each prints, with the
/// namespaces' names swapped, and how each exits must be the same.
fn assert_same_change(test: &str, setup: impl Fn(&Namespace), args: &[&str]) -> Run {
    let (for_kubectl, for_tug) = (Namespace::new(test), Namespace::new(test));
    setup(&for_kubectl);
    setup(&for_tug);
    let mut theirs = kubectl_run(&for_kubectl, args);
    theirs.stdout = theirs.stdout.replace(&for_kubectl.name, &for_tug.name);
    theirs.stderr = theirs.stderr.replace(&for_kubectl.name, &for_tug.name);
    let ours = tug_run(&for_tug, args);
    assert_eq!(ours, theirs, "tug and kubectl differ on {args:?}");
    ours
}

fn two_configmaps(ns: &Namespace) {
    ns.kubectl(&["create", "configmap", "a"]);
    ns.kubectl(&["create", "configmap", "b"]);
}

#[test]
fn delete_with_grace_period_0_and_force_says_force_deleted() {
    let run = assert_same_change(
        "delete_force",
        two_configmaps,
        &["delete", "configmap", "a", "--grace-period=0", "--force"],
    );
    assert!(
        run.stderr.starts_with("Warning: Immediate deletion"),
        "{}",
        run.stderr
    );
    assert!(run.stdout.contains("force deleted"), "{}", run.stdout);
}

#[test]
fn delete_now_with_o_name_prints_type_and_name() {
    let run = assert_same_change(
        "delete_now_name",
        two_configmaps,
        &["delete", "configmap", "a", "b", "--now", "-o", "name"],
    );
    assert_eq!(run.stdout, "configmap/a\nconfigmap/b\n");
}

#[test]
fn delete_by_field_selector_deletes_only_the_matching_objects() {
    let run = assert_same_change(
        "delete_field_selector",
        two_configmaps,
        &["delete", "configmap", "--field-selector", "metadata.name=b"],
    );
    assert!(
        run.stdout.starts_with("configmap \"b\" deleted"),
        "{}",
        run.stdout
    );
}

#[test]
fn delete_with_a_selector_across_all_namespaces_deletes_in_each() {
    let (first, second) = (
        Namespace::new("delete_all_namespaces"),
        Namespace::new("delete_all_namespaces"),
    );
    let mark = format!("mark={}", first.name);
    for ns in [&first, &second] {
        two_configmaps(ns);
        ns.kubectl(&["label", "configmap", "a", &mark]);
    }
    let run = tug_run(&first, &["delete", "configmap", "-A", "-l", &mark]);
    // The server lists the namespaces in its own order.
    let mut printed: Vec<&str> = run.stdout.lines().collect();
    printed.sort();
    let mut expected: Vec<String> = [&first, &second]
        .iter()
        .map(|ns| format!("configmap \"a\" deleted from {} namespace", ns.name))
        .collect();
    expected.sort();
    assert_eq!(printed, expected, "{}", run.stderr);
    for ns in [&first, &second] {
        assert_eq!(
            ns.kubectl(&["get", "configmap", "-o", "name", "-l", &mark]),
            ""
        );
        assert_eq!(
            ns.kubectl(&["get", "configmap", "b", "-o", "name"]),
            "configmap/b\n"
        );
    }
}

/// The keys of a JSON object, sorted.
fn keys(object: &serde_json::Value) -> Vec<String> {
    let mut keys: Vec<String> = object
        .as_object()
        .map(|o| o.keys().cloned().collect())
        .unwrap_or_default();
    keys.sort();
    keys
}

#[test]
fn version_o_json_has_the_keys_of_kubectls() {
    let ns = Namespace::new("version_json_keys");
    let parse = |run: Run| -> serde_json::Value {
        assert_eq!(run.code, Some(0), "{}", run.stderr);
        serde_json::from_str(&run.stdout).expect("JSON")
    };
    let ours = parse(tug_run(&ns, &["version", "-o", "json"]));
    let theirs = parse(kubectl_run(&ns, &["version", "-o", "json"]));
    for part in ["clientVersion", "serverVersion"] {
        assert_eq!(keys(&ours[part]), keys(&theirs[part]), "{part}");
    }
    assert_eq!(ours["serverVersion"], theirs["serverVersion"]);
}
