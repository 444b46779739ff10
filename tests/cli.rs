//! Behaviour of the binary that needs no cluster: usage errors, missing or
//! unreachable clusters, the client version.

use assert_cmd::Command;
use predicates::prelude::*;

/// `tug` with no kubeconfig anywhere: no $KUBECONFIG and an empty home.
fn tug_without_kubeconfig(home: &std::path::Path) -> Command {
    let mut cmd = Command::new(assert_cmd::cargo::cargo_bin!("tug"));
    cmd.env_remove("KUBECONFIG").env("HOME", home);
    cmd
}

fn one_line(text: &[u8]) -> bool {
    String::from_utf8_lossy(text).trim_end().lines().count() == 1
}

#[test]
fn an_unknown_flag_is_one_line_and_exit_code_1() {
    let home = tempfile::tempdir().unwrap();
    let out = tug_without_kubeconfig(home.path())
        .args(["apply", "--no-such-flag"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("'--no-such-flag'"))
        .stderr(predicate::str::contains("tug apply --help"))
        .get_output()
        .clone();
    assert!(
        one_line(&out.stderr),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn a_missing_required_flag_is_named_on_the_one_line() {
    let home = tempfile::tempdir().unwrap();
    tug_without_kubeconfig(home.path())
        .args(["scale", "deployment/web"])
        .assert()
        .code(1)
        .stderr("error: the following required arguments were not provided: --replicas <N> (see 'tug scale --help')\n");
}

#[test]
fn without_a_kubeconfig_tug_says_how_to_point_it_at_a_cluster() {
    let home = tempfile::tempdir().unwrap();
    let out = tug_without_kubeconfig(home.path())
        .arg("version")
        .assert()
        .code(1)
        .stderr(predicate::str::contains("no kubeconfig found"))
        .stderr(predicate::str::contains("--kubeconfig"))
        .stderr(predicate::str::contains("tests/cluster/up"))
        .get_output()
        .clone();
    assert!(one_line(&out.stderr));
}

#[test]
fn a_kubeconfig_that_does_not_exist_is_named() {
    let home = tempfile::tempdir().unwrap();
    tug_without_kubeconfig(home.path())
        .args(["--kubeconfig", "/nonexistent/config", "version"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("/nonexistent/config"));
}

#[test]
fn a_refused_connection_names_the_server() {
    let dir = tempfile::tempdir().unwrap();
    let kubeconfig = dir.path().join("config");
    std::fs::write(
        &kubeconfig,
        "apiVersion: v1\nkind: Config\nclusters:\n- name: c\n  cluster:\n    server: https://127.0.0.1:1\n\
         users:\n- name: u\n  user:\n    token: secret-token-never-printed\n\
         contexts:\n- name: x\n  context:\n    cluster: c\n    user: u\ncurrent-context: x\n",
    )
    .unwrap();
    let out = tug_without_kubeconfig(dir.path())
        .env("KUBECONFIG", &kubeconfig)
        .args(["version", "-v", "9"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("https://127.0.0.1:1"))
        .stderr(predicate::str::contains("Connection refused"))
        .get_output()
        .clone();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("secret-token-never-printed"), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn the_client_version_needs_no_cluster() {
    let home = tempfile::tempdir().unwrap();
    tug_without_kubeconfig(home.path())
        .args(["version", "--client"])
        .assert()
        .success()
        .stdout(format!("Client Version: v{}\n", env!("CARGO_PKG_VERSION")));
}

#[test]
fn config_view_redacts_credentials() {
    let dir = tempfile::tempdir().unwrap();
    let kubeconfig = dir.path().join("config");
    std::fs::write(
        &kubeconfig,
        "apiVersion: v1\nkind: Config\nclusters:\n- name: c\n  cluster:\n    server: https://127.0.0.1:1\n    certificate-authority-data: Q0EK\n\
         users:\n- name: u\n  user:\n    token: secret-token-never-printed\n    client-key-data: S0VZCg==\n\
         contexts:\n- name: x\n  context:\n    cluster: c\n    user: u\ncurrent-context: x\n",
    )
    .unwrap();
    tug_without_kubeconfig(dir.path())
        .env("KUBECONFIG", &kubeconfig)
        .args(["config", "view"])
        .assert()
        .success()
        .stdout(predicate::str::contains("token: REDACTED"))
        .stdout(predicate::str::contains("DATA+OMITTED"))
        .stdout(predicate::str::contains("secret-token-never-printed").not())
        .stdout(predicate::str::contains("S0VZCg==").not());
}

#[test]
fn completion_prints_a_script_for_the_shell() {
    let home = tempfile::tempdir().unwrap();
    tug_without_kubeconfig(home.path())
        .args(["completion", "bash"])
        .assert()
        .success()
        .stdout(predicate::str::contains("_tug()"));
}
