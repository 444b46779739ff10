//! `tug config view` and kubeconfig errors: credentials never shown unless
//! asked for with `--raw`.

use predicates::prelude::*;

use crate::support::tug;

/// Every secret the kubeconfig below holds, one per kind of credential.
const SECRETS: [&str; 9] = [
    "token-s3cret",
    "password-s3cret",
    "a2V5LXMzY3JldA==",
    "id-token-s3cret",
    "refresh-s3cret",
    "client-s3cret",
    "env-s3cret",
    "flag-s3cret",
    "proxy-s3cret",
];

fn kubeconfig_with_every_credential() -> String {
    r#"apiVersion: v1
kind: Config
clusters:
- name: prod
  cluster:
    server: https://10.0.0.1:6443
    certificate-authority-data: Y2EtZGF0YQ==
    proxy-url: http://alice:proxy-s3cret@proxy.example:3128
users:
- name: static
  user:
    token: token-s3cret
    username: admin
    password: password-s3cret
    client-certificate-data: Y2VydC1kYXRh
    client-key-data: a2V5LXMzY3JldA==
- name: oidc
  user:
    auth-provider:
      name: oidc
      config:
        client-id: tug
        id-token: id-token-s3cret
        refresh-token: refresh-s3cret
        client-secret: client-s3cret
- name: plugin
  user:
    exec:
      apiVersion: client.authentication.k8s.io/v1
      command: get-token
      args: ["--cluster=prod", "--token", "flag-s3cret"]
      env:
      - name: API_KEY
        value: env-s3cret
contexts:
- name: prod
  context:
    cluster: prod
    user: static
current-context: prod
"#
    .to_string()
}

#[test]
fn config_view_redacts_every_kind_of_credential_and_raw_shows_them() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("config");
    std::fs::write(&path, kubeconfig_with_every_credential()).unwrap();
    let out = tug()
        .env("KUBECONFIG", &path)
        .args(["config", "view"])
        .assert()
        .success()
        .get_output()
        .clone();
    let view = String::from_utf8_lossy(&out.stdout);
    for secret in SECRETS {
        assert!(!view.contains(secret), "{secret} shown:\n{view}");
    }
    for kept in [
        "client-id: tug",
        "name: API_KEY",
        "--cluster=prod",
        "proxy.example:3128",
        "DATA+OMITTED",
        "REDACTED",
    ] {
        assert!(view.contains(kept), "{kept} missing:\n{view}");
    }
    let raw = tug()
        .env("KUBECONFIG", &path)
        .args(["config", "view", "--raw"])
        .assert()
        .success()
        .get_output()
        .clone();
    let raw = String::from_utf8_lossy(&raw.stdout);
    for secret in SECRETS {
        assert!(raw.contains(secret), "{secret} missing from --raw:\n{raw}");
    }
}

#[test]
fn errors_about_a_kubeconfig_never_quote_its_content() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("config");
    let broken = kubeconfig_with_every_credential()
        .replace("username: admin", "username: [token-s3cret")
        .replace(
            "server: https://10.0.0.1:6443",
            "server: https://10.0.0.1:6443\n    insecure-skip-tls-verify: password-s3cret",
        );
    std::fs::write(&path, broken).unwrap();
    for command in [&["config", "view"][..], &["get", "pods"]] {
        let out = tug()
            .env("KUBECONFIG", &path)
            .args(command)
            .assert()
            .code(1)
            .stderr(predicate::str::starts_with("error: cannot read kubeconfig"))
            .get_output()
            .clone();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
        assert!(stderr.contains("line "), "says where: {stderr}");
        for secret in SECRETS {
            assert!(!stderr.contains(secret), "{stderr}");
        }
    }
}
