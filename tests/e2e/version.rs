//! `tug version` against the local cluster.

use predicates::prelude::*;

use crate::support::{cluster, tug};

#[test]
fn version_shows_the_servers_git_version() {
    let server = crate::support::kubectl(&["version", "-o", "json"]);
    let server: serde_json::Value = serde_json::from_str(&server).unwrap();
    let git_version = server["serverVersion"]["gitVersion"]
        .as_str()
        .unwrap()
        .to_string();
    tug()
        .arg("version")
        .assert()
        .success()
        .stdout(predicate::str::contains(format!(
            "Server Version: {git_version}\n"
        )))
        // Built for the cluster's own minor version: no skew to warn about.
        .stderr("");
}

#[test]
fn a_server_with_an_unknown_certificate_authority_is_refused_in_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let other_ca = dir.path().join("other-ca.crt");
    let status = std::process::Command::new("openssl")
        .args([
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "1",
            "-subj",
            "/CN=other-ca",
        ])
        .arg("-keyout")
        .arg(dir.path().join("other-ca.key"))
        .arg("-out")
        .arg(&other_ca)
        .output()
        .unwrap()
        .status;
    assert!(status.success());
    let kubeconfig = std::fs::read_to_string(&cluster().kubeconfig).unwrap();
    let wrong: String = kubeconfig
        .lines()
        .map(|line| {
            match line
                .trim_start()
                .starts_with("certificate-authority-data: ")
            {
                true => format!("    certificate-authority: {}", other_ca.display()),
                false => line.to_string(),
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    let path = dir.path().join("config");
    std::fs::write(&path, wrong).unwrap();
    let out = tug()
        .env("KUBECONFIG", &path)
        .arg("version")
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "cannot reach the API server at https://127.0.0.1:",
        ))
        .get_output()
        .clone();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(stderr.trim_end().lines().count(), 1, "{stderr}");
    assert!(stderr.to_lowercase().contains("certificate"), "{stderr}");
}
