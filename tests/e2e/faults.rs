//! Faults on the way to the API server: restarts, throttling, a stalled
//! etcd, refused credentials. Nothing reported done that is not, no panic,
//! one clear line per failure.

use std::collections::BTreeSet;
use std::process::Stdio;
use std::time::{Duration, Instant};

use predicates::prelude::*;

use crate::support::{
    DisruptiveCluster, PATIENCE, cluster, configmap_list, disruptive_cluster, lines_of, server_of,
    tug,
};

/// A namespace of the disruptive cluster, deleted when the test ends.
struct DisruptiveNamespace<'a> {
    cluster: &'a DisruptiveCluster,
    name: String,
}

impl<'a> DisruptiveNamespace<'a> {
    fn new(cluster: &'a DisruptiveCluster, test: &str) -> Self {
        let name = format!("{}-{}", test.replace('_', "-"), std::process::id());
        cluster.kubectl(&["create", "namespace", &name]);
        DisruptiveNamespace { cluster, name }
    }

    /// The names of the test's ConfigMaps (`cm-…`) in the namespace.
    fn config_maps(&self) -> BTreeSet<String> {
        self.cluster
            .kubectl(&["-n", &self.name, "get", "configmaps", "-o", "name"])
            .lines()
            .filter(|name| name.starts_with("configmap/cm-"))
            .map(str::to_string)
            .collect()
    }
}

impl Drop for DisruptiveNamespace<'_> {
    fn drop(&mut self) {
        let _ = std::process::Command::new(&cluster().kubectl)
            .arg("--kubeconfig")
            .arg(&self.cluster.kubeconfig)
            .args(["delete", "namespace", &self.name, "--wait=false"])
            .output();
    }
}

/// A file holding `count` ConfigMaps.
fn config_maps_file(count: usize) -> tempfile::NamedTempFile {
    let file = tempfile::Builder::new().suffix(".json").tempfile().unwrap();
    std::fs::write(file.path(), configmap_list(count)).unwrap();
    file
}

/// The objects `apply` reported as applied: `configmap/cm-0001 created`.
fn reported_applied(stdout: &str) -> BTreeSet<String> {
    stdout
        .lines()
        .filter_map(|line| {
            let (name, result) = line.split_once(' ')?;
            matches!(result, "created" | "configured" | "unchanged").then(|| name.to_string())
        })
        .collect()
}

#[test]
fn an_api_server_restart_during_apply_loses_nothing_and_reports_nothing_false() {
    let disruptive = disruptive_cluster();
    let ns = DisruptiveNamespace::new(&disruptive, "restart_during_apply");
    let manifests = config_maps_file(1000);
    let mut apply = std::process::Command::new(assert_cmd::cargo::cargo_bin!("tug"))
        .env("KUBECONFIG", &disruptive.kubeconfig)
        .args(["-n", &ns.name, "-v", "6", "apply", "-f"])
        .arg(manifests.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // However fast the apply is, the restart must come in its middle: once
    // the server has answered some of its writes, tug is paused (SIGSTOP)
    // until the server is provably down, then carries on against it.
    let stderr_lines = lines_of(apply.stderr.take().unwrap());
    let mut seen_stderr = Vec::new();
    let deadline = Instant::now() + PATIENCE;
    while seen_stderr
        .iter()
        .filter(|l: &&String| l.contains("PATCH ") && l.contains(" 201 Created"))
        .count()
        < 50
    {
        let left = deadline.saturating_duration_since(Instant::now());
        match stderr_lines.recv_timeout(left) {
            Ok(line) => seen_stderr.push(line),
            Err(_) => panic!("no 50 objects created: {seen_stderr:?}"),
        }
    }
    signal(&apply, "STOP");
    let sent_before = ns.config_maps().len();
    assert!(
        sent_before < 1000,
        "the apply had finished before the restart"
    );
    let mut restart = disruptive.restart_in_background("kube-apiserver", Duration::from_secs(2));
    let server = server_of(&disruptive.kubeconfig);
    let address = server.trim_start_matches("https://");
    let deadline = Instant::now() + PATIENCE;
    while std::net::TcpStream::connect(address).is_ok() {
        assert!(Instant::now() < deadline, "the API server never went down");
        std::thread::sleep(Duration::from_millis(20));
    }
    signal(&apply, "CONT");
    let output = apply.wait_with_output().unwrap();
    assert!(restart.wait().unwrap().success(), "the restart failed");
    seen_stderr.extend(stderr_lines.iter());
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = seen_stderr.join("\n");
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(
        stderr.contains(" failed after "),
        "no request met the server down ({sent_before} objects sent before):\n{stderr}"
    );
    let applied = reported_applied(&stdout);
    let present = ns.config_maps();
    let falsely_reported: Vec<&String> = applied.difference(&present).collect();
    assert!(
        falsely_reported.is_empty(),
        "reported applied but absent: {falsely_reported:?}"
    );
    if output.status.success() {
        assert_eq!(present.len(), 1000, "{stderr}");
    } else {
        // Every object not reported applied is named on stderr.
        for missing in (0..1000)
            .map(|i| format!("configmap/cm-{i:04}"))
            .filter(|name| !applied.contains(name))
        {
            assert!(
                stderr.contains(&missing),
                "{missing} not reported:\n{stderr}"
            );
        }
    }
}

#[test]
fn a_throttled_api_server_answering_429_still_gets_everything_applied() {
    let disruptive = disruptive_cluster();
    // Without priority and fairness the max-inflight limits answer 429 at once.
    disruptive.restart(
        "kube-apiserver",
        Duration::ZERO,
        &[
            "--enable-priority-and-fairness=false",
            "--max-requests-inflight=1",
            "--max-mutating-requests-inflight=1",
        ],
    );
    let ns = DisruptiveNamespace::new(&disruptive, "throttled_apply");
    // system:masters is exempt from the limits: apply as a service account.
    let namespace = ["-n", ns.name.as_str()];
    let as_deployer = format!("--serviceaccount={}:deployer", ns.name);
    disruptive.kubectl(&[&namespace[..], &["create", "serviceaccount", "deployer"]].concat());
    disruptive.kubectl(
        &[
            &namespace[..],
            &[
                "create",
                "rolebinding",
                "deployer",
                "--clusterrole=edit",
                &as_deployer,
            ],
        ]
        .concat(),
    );
    let token = disruptive.kubectl(&[&namespace[..], &["create", "token", "deployer"]].concat());
    let server = server_of(&disruptive.kubeconfig);
    let ca = disruptive.kubeconfig.with_file_name("pki").join("ca.crt");
    let home = tempfile::tempdir().unwrap();
    let manifests = config_maps_file(300);
    let output = std::process::Command::new(assert_cmd::cargo::cargo_bin!("tug"))
        .env_remove("KUBECONFIG")
        .env("HOME", home.path())
        .args([
            "-s",
            &server,
            "--token",
            token.trim(),
            "--certificate-authority",
        ])
        .arg(&ca)
        .args([
            "-n",
            &ns.name,
            "-v",
            "6",
            "apply",
            "--concurrency",
            "32",
            "-f",
        ])
        .arg(manifests.path())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    let throttled = stderr.matches("429 Too Many Requests").count();
    assert!(output.status.success(), "{stderr}");
    assert!(throttled > 0, "the server never throttled:\n{stderr}");
    assert_eq!(ns.config_maps().len(), 300);
}

#[test]
fn a_stalled_etcd_is_a_clear_timeout_within_the_request_timeout() {
    let disruptive = disruptive_cluster();
    disruptive.signal("etcd", "STOP");
    let stderr = fails_within(
        disruptive.tug().args([
            "--request-timeout",
            "3s",
            "get",
            "configmaps",
            "-n",
            "default",
        ]),
        Duration::from_secs(6),
    );
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains("no answer within 3s"), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn an_expired_client_certificate_is_one_line_naming_the_server_and_context() {
    let dir = tempfile::tempdir().unwrap();
    let pki = cluster().kubeconfig.parent().unwrap().join("pki");
    let key = dir.path().join("expired.key");
    let request = dir.path().join("expired.csr");
    let certificate = dir.path().join("expired.crt");
    let extensions = dir.path().join("client.ext");
    std::fs::write(&extensions, "extendedKeyUsage=clientAuth\n").unwrap();
    let openssl = |args: &[&std::ffi::OsStr]| {
        let output = std::process::Command::new("openssl")
            .args(args)
            .output()
            .unwrap();
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
    };
    openssl(&[
        "req".as_ref(),
        "-new".as_ref(),
        "-newkey".as_ref(),
        "rsa:2048".as_ref(),
        "-nodes".as_ref(),
        "-subj".as_ref(),
        "/O=system:masters/CN=expired-admin".as_ref(),
        "-keyout".as_ref(),
        key.as_os_str(),
        "-out".as_ref(),
        request.as_os_str(),
    ]);
    // Valid until a day before it was issued: expired from the start.
    openssl(&[
        "x509".as_ref(),
        "-req".as_ref(),
        "-days".as_ref(),
        "-1".as_ref(),
        "-in".as_ref(),
        request.as_os_str(),
        "-CA".as_ref(),
        pki.join("ca.crt").as_os_str(),
        "-CAkey".as_ref(),
        pki.join("ca.key").as_os_str(),
        "-CAcreateserial".as_ref(),
        "-CAserial".as_ref(),
        dir.path().join("ca.srl").as_os_str(),
        "-extfile".as_ref(),
        extensions.as_os_str(),
        "-out".as_ref(),
        certificate.as_os_str(),
    ]);
    let server = server_of(&cluster().kubeconfig);
    let kubeconfig = dir.path().join("config");
    std::fs::write(
        &kubeconfig,
        format!(
            "apiVersion: v1\nkind: Config\nclusters:\n- name: local\n  cluster:\n    server: {server}\n    \
             certificate-authority: {ca}\nusers:\n- name: expired\n  user:\n    client-certificate: {cert}\n    \
             client-key: {key}\ncontexts:\n- name: expired-admin\n  context: {{cluster: local, user: expired}}\n\
             current-context: expired-admin\n",
            ca = pki.join("ca.crt").display(),
            cert = certificate.display(),
            key = key.display(),
        ),
    )
    .unwrap();
    let output = tug()
        .env("KUBECONFIG", &kubeconfig)
        .args(["get", "pods"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(format!(
            "the API server at {server} (context \"expired-admin\") did not accept the credentials"
        )))
        .get_output()
        .clone();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
}

#[test]
fn a_wrong_certificate_authority_flag_is_one_line_naming_the_server_and_context() {
    let dir = tempfile::tempdir().unwrap();
    let other_ca = dir.path().join("other-ca.crt");
    let output = std::process::Command::new("openssl")
        .args([
            "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
        ])
        .args(["-subj", "/CN=other-ca", "-keyout"])
        .arg(dir.path().join("other-ca.key"))
        .arg("-out")
        .arg(&other_ca)
        .output()
        .unwrap();
    assert!(output.status.success());
    let output = tug()
        .arg("--certificate-authority")
        .arg(&other_ca)
        .args(["get", "pods"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "cannot reach the API server at https://127.0.0.1:",
        ))
        .stderr(predicate::str::contains("(context \"kubetug-local\")"))
        .get_output()
        .clone();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains("UnknownIssuer"), "{stderr}");
}

#[test]
fn the_api_servers_audit_log_names_tug_as_user_agent_and_field_manager() {
    // Declared first so that it outlives the audited API server.
    let dir = tempfile::tempdir().unwrap();
    let policy = dir.path().join("audit-policy.yaml");
    std::fs::write(
        &policy,
        "apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n- level: Metadata\n",
    )
    .unwrap();
    let log = dir.path().join("audit.log");
    let disruptive = disruptive_cluster();
    disruptive.restart(
        "kube-apiserver",
        Duration::ZERO,
        &[
            &format!("--audit-policy-file={}", policy.display()),
            &format!("--audit-log-path={}", log.display()),
        ],
    );
    let ns = DisruptiveNamespace::new(&disruptive, "audit_user_agent");
    disruptive.kubectl(&[
        "-n",
        &ns.name,
        "create",
        "deployment",
        "web",
        "--image=nginx",
    ]);
    disruptive
        .tug()
        .args(["-n", &ns.name, "scale", "deployment/web", "--replicas=2"])
        .assert()
        .success();
    let events: Vec<serde_json::Value> = std::fs::read_to_string(&log)
        .unwrap()
        .lines()
        .filter_map(|line| serde_json::from_str(line).ok())
        .filter(|event: &serde_json::Value| {
            event["objectRef"]["namespace"] == ns.name.as_str()
                && event["objectRef"]["subresource"] == "scale"
                && event["verb"] == "patch"
        })
        .collect();
    assert!(!events.is_empty(), "no audited scale request");
    let platform = format!(
        "tug/{} ({}/",
        env!("CARGO_PKG_VERSION"),
        std::env::consts::OS
    );
    for event in events {
        let agent = event["userAgent"].as_str().unwrap_or_default();
        assert!(agent.starts_with(&platform), "{event}");
        assert!(
            event["requestURI"]
                .as_str()
                .unwrap_or_default()
                .contains("fieldManager=tug"),
            "{event}"
        );
    }
}

/// A type of an aggregated API whose APIService has a Service with no
/// endpoints: the aggregator answers 503 for it, and will go on answering so.
#[test]
fn an_aggregated_api_without_a_backend_fails_at_once() {
    let ns = crate::support::Namespace::new("faults_no_backend");
    let api = crate::support::UnavailableApi::new(&ns);
    let group = api.name.trim_start_matches("v1.").to_owned();
    // The aggregator lists no types for a group it never reached, so the
    // type comes from a discovery cache written while the backend was up.
    let cache = tempfile::tempdir().unwrap();
    let server = server_of(&cluster().kubeconfig);
    // tug names the file after the server, as kubectl its cache dirs.
    let key = server.trim_start_matches("https://").replace(':', "_");
    let discovery = cache.path().join("kubetug/discovery");
    std::fs::create_dir_all(&discovery).unwrap();
    std::fs::write(
        discovery.join(format!("{key}.json")),
        serde_json::json!({"resources": [{
            "group": group, "version": "v1", "kind": "Thing", "plural": "things",
            "singular": "thing", "short_names": [], "namespaced": true,
            "verbs": ["get", "list"], "preferred": true,
        }]})
        .to_string(),
    )
    .unwrap();
    // Retrying would go on for the 30 s retry budget.
    let stderr = fails_within(
        ns.tug()
            .env("XDG_CACHE_HOME", cache.path())
            .args(["get", &format!("things.{group}")]),
        Duration::from_secs(10),
    );
    assert!(stderr.contains("unavailable"), "{stderr}");
}

/// Sends `signal` (`STOP`, `CONT`) to a running tug.
fn signal(child: &std::process::Child, signal: &str) {
    let status = std::process::Command::new("kill")
        .args([&format!("-{signal}"), &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success(), "kill -{signal}");
}

/// Runs `tug`, which must fail with exit code 1 within `limit`; its stderr.
fn fails_within(tug: &mut assert_cmd::Command, limit: Duration) -> String {
    let started = Instant::now();
    let output = tug.output().unwrap();
    let elapsed = started.elapsed();
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(elapsed < limit, "took {elapsed:?}: {stderr}");
    stderr
}
