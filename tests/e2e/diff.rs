//! `tug diff` and `tug apply --diff` against the real cluster.

use predicates::prelude::*;

use crate::support::Namespace;
use crate::terminal::Terminal;

fn configmap(name: &str, value: &str) -> String {
    format!(
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {name}\ndata:\n  key: \"{value}\"\n"
    )
}

fn secret(name: &str, password: &str) -> String {
    format!(
        "apiVersion: v1\nkind: Secret\nmetadata:\n  name: {name}\nstringData:\n  password: {password}\n"
    )
}

fn apply(ns: &Namespace, manifest: &str) {
    ns.tug()
        .args(["apply", "-f", "-"])
        .write_stdin(manifest.to_string())
        .assert()
        .success();
}

fn value(ns: &Namespace, name: &str) -> String {
    ns.kubectl(&["get", "configmap", name, "-o", "jsonpath={.data.key}"])
}

/// A manifest in a file, for the terminal tests (their stdin is the terminal).
fn manifest_file(dir: &tempfile::TempDir, text: &str) -> String {
    let path = dir.path().join("manifest.yaml");
    std::fs::write(&path, text).unwrap();
    path.to_str().unwrap().to_string()
}

#[test]
fn diff_exits_0_without_changes_and_1_with_a_diff_of_the_change() {
    let ns = Namespace::new("diff_exit_codes");
    apply(&ns, &configmap("settings", "1"));
    ns.tug()
        .args(["diff", "-f", "-"])
        .write_stdin(configmap("settings", "1"))
        .assert()
        .code(0)
        .stdout("");
    let name = format!("v1.ConfigMap.{}.settings", ns.name);
    ns.tug()
        .args(["diff", "-f", "-"])
        .write_stdin(configmap("settings", "2"))
        .assert()
        .code(1)
        .stdout(format!(
            "diff -u -N live/{name} merged/{name}\n--- live/{name}\n+++ merged/{name}\n\
             @@ -1,6 +1,6 @@\n apiVersion: v1\n data:\n-  key: \"1\"\n+  key: \"2\"\n kind: ConfigMap\n \
             metadata:\n   name: settings\n"
        ));
    assert_eq!(value(&ns, "settings"), "1");
}

#[test]
fn a_new_object_is_diffed_against_nothing() {
    let ns = Namespace::new("diff_new_object");
    let name = format!("v1.ConfigMap.{}.fresh", ns.name);
    ns.tug()
        .args(["diff", "-f", "-"])
        .write_stdin(configmap("fresh", "1"))
        .assert()
        .code(1)
        .stdout(format!(
            "diff -u -N live/{name} merged/{name}\n--- live/{name}\n+++ merged/{name}\n\
             @@ -0,0 +1,7 @@\n+apiVersion: v1\n+data:\n+  key: \"1\"\n+kind: ConfigMap\n\
             +metadata:\n+  name: fresh\n+  namespace: {}\n",
            ns.name
        ));
    assert!(
        ns.kubectl(&["get", "configmaps", "-o", "name"])
            .lines()
            .all(|l| l != "configmap/fresh")
    );
}

#[test]
fn secret_values_are_never_printed_only_whether_they_change() {
    let ns = Namespace::new("diff_secret_masked");
    // base64 of the two passwords, as the server stores them.
    let (old, old_base64) = ("old-plain-s3cret", "b2xkLXBsYWluLXMzY3JldA==");
    let (new, new_base64) = ("new-plain-s3cret", "bmV3LXBsYWluLXMzY3JldA==");
    let assert_hidden = |output: &std::process::Output| {
        let text = format!(
            "{}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
        for leak in [
            old,
            new,
            old_base64,
            new_base64,
            "b2xkLXBsYWlu",
            "bmV3LXBsYWlu",
        ] {
            assert!(!text.contains(leak), "{leak} leaked:\n{text}");
        }
        text
    };

    let created = ns
        .tug()
        .args(["diff", "-f", "-"])
        .write_stdin(secret("creds", old))
        .assert()
        .code(1)
        .get_output()
        .clone();
    assert!(assert_hidden(&created).contains("+  password: \"***\"\n"));

    // kubectl's client-side apply also keeps a copy in an annotation.
    let dir = tempfile::tempdir().unwrap();
    ns.kubectl(&["apply", "-f", &manifest_file(&dir, &secret("creds", old))]);
    let changed = ns
        .tug()
        .args(["diff", "--force-conflicts", "-f", "-"])
        .write_stdin(secret("creds", new))
        .assert()
        .code(1)
        .get_output()
        .clone();
    let text = assert_hidden(&changed);
    assert!(
        text.contains("-  password: \"*** (before)\"\n+  password: \"*** (after)\"\n"),
        "{text}"
    );

    let unchanged = ns
        .tug()
        .args(["diff", "--force-conflicts", "-f", "-"])
        .write_stdin(secret("creds", old))
        .assert()
        .get_output()
        .clone();
    assert_hidden(&unchanged);
}

#[test]
fn every_kind_of_failure_makes_diff_exit_2() {
    let ns = Namespace::new("diff_errors");
    ns.tug()
        .args(["diff", "-f", "-"])
        .write_stdin("key: [unclosed\n")
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::starts_with(
            "error: <stdin>:1:6 (document 1)",
        ));
    ns.tug()
        .args(["diff", "-f", "-"])
        .write_stdin(format!(
            "{}spec:\n  bogus: true\n",
            configmap("strict", "1")
        ))
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("field not declared in schema"));
    ns.tug()
        .args(["--context", "no-such-context", "diff", "-f", "-"])
        .write_stdin(configmap("any", "1"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no-such-context"));
    ns.tug().args(["diff"]).assert().code(2);
}

#[test]
fn apply_diff_without_a_terminal_refuses_unless_told_yes() {
    let ns = Namespace::new("apply_diff_no_terminal");
    apply(&ns, &configmap("settings", "1"));
    ns.tug()
        .args(["apply", "--diff", "-f", "-"])
        .write_stdin(configmap("settings", "2"))
        .assert()
        .code(1)
        .stdout("")
        .stderr(predicate::str::contains("no terminal to ask on: add -y"));
    assert_eq!(value(&ns, "settings"), "1", "nothing is applied");

    ns.tug()
        .args(["apply", "--diff", "-y", "-f", "-"])
        .write_stdin(configmap("settings", "2"))
        .assert()
        .success()
        .stdout(predicate::str::contains("-  key: \"1\"\n+  key: \"2\"\n"))
        .stdout(predicate::str::ends_with("configmap/settings configured\n"));
    assert_eq!(value(&ns, "settings"), "2");

    ns.tug()
        .args(["apply", "--diff", "--yes", "-f", "-"])
        .write_stdin(configmap("settings", "2"))
        .assert()
        .success()
        .stdout("configmap/settings unchanged\n")
        .stderr("no differences: applying changes nothing\n");
}

/// `apply --diff` on a terminal, answering `answer`; returns the final screen.
fn apply_diff_on_a_terminal(ns: &Namespace, answer: &str) -> String {
    apply(ns, &configmap("settings", "1"));
    let dir = tempfile::tempdir().unwrap();
    let file = manifest_file(&dir, &configmap("settings", "2"));
    let terminal = Terminal::tug(&["-n", &ns.name, "apply", "--diff", "-f", &file]);
    let screen = terminal.wait_for("Apply these changes in context");
    assert!(
        screen.contains("-  key: \"1\"") && screen.contains("+  key: \"2\""),
        "{screen}"
    );
    terminal.send(&[answer, "Enter"]);
    let (code, screen) = terminal.finish();
    assert_eq!(code, 0, "{screen}");
    screen
}

#[test]
fn apply_diff_on_a_terminal_applies_after_yes() {
    let ns = Namespace::new("apply_diff_terminal_yes");
    let screen = apply_diff_on_a_terminal(&ns, "y");
    assert!(screen.contains("configmap/settings configured"), "{screen}");
    assert_eq!(value(&ns, "settings"), "2");
}

#[test]
fn apply_diff_on_a_terminal_changes_nothing_after_no() {
    let ns = Namespace::new("apply_diff_terminal_no");
    let screen = apply_diff_on_a_terminal(&ns, "n");
    assert!(screen.contains("apply is cancelled"), "{screen}");
    assert_eq!(value(&ns, "settings"), "1");
}
