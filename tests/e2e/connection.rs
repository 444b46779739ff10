//! How tug reaches the API server: proxies from the environment and the
//! kubeconfig, kubectl's connection flags, and tug's name on its writes.

use std::net::TcpListener;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use predicates::prelude::*;

use crate::support::{Namespace, cluster, repo_path, server_of, tug};

/// A proxy program listening on loopback, with its log; stopped when dropped.
struct LoopbackProxy {
    child: Child,
    port: u16,
    log: PathBuf,
    _dir: tempfile::TempDir,
}

impl LoopbackProxy {
    /// tinyproxy, an HTTP proxy that tunnels HTTPS with CONNECT.
    fn http() -> LoopbackProxy {
        let dir = tempfile::tempdir().unwrap();
        let port = free_port();
        let log = dir.path().join("tinyproxy.log");
        let config = dir.path().join("tinyproxy.conf");
        std::fs::write(
            &config,
            format!(
                "Port {port}\nListen 127.0.0.1\nTimeout 600\nMaxClients 100\nAllow 127.0.0.1\n\
                 LogLevel Connect\nLogFile \"{}\"\n",
                log.display()
            ),
        )
        .unwrap();
        let child = Command::new("tinyproxy")
            .arg("-d")
            .arg("-c")
            .arg(&config)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("tinyproxy is installed (tests/all installs it)");
        LoopbackProxy::started(child, port, log, dir)
    }

    /// microsocks, a SOCKS5 proxy that logs each connection it makes.
    fn socks5() -> LoopbackProxy {
        let dir = tempfile::tempdir().unwrap();
        let port = free_port();
        let log = dir.path().join("microsocks.log");
        let child = Command::new("microsocks")
            .args(["-i", "127.0.0.1", "-p", &port.to_string()])
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(&log).unwrap())
            .spawn()
            .expect("microsocks is installed (tests/all installs it)");
        LoopbackProxy::started(child, port, log, dir)
    }

    fn started(child: Child, port: u16, log: PathBuf, dir: tempfile::TempDir) -> LoopbackProxy {
        let deadline = Instant::now() + Duration::from_secs(10);
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(Instant::now() < deadline, "the proxy did not start");
            std::thread::sleep(Duration::from_millis(50));
        }
        LoopbackProxy {
            child,
            port,
            log,
            _dir: dir,
        }
    }

    fn url(&self, scheme: &str) -> String {
        format!("{scheme}://127.0.0.1:{}", self.port)
    }

    /// How many connections the proxy made to the API server.
    fn connections_to_the_server(&self) -> usize {
        let log = std::fs::read_to_string(&self.log).unwrap_or_default();
        let server = server_authority();
        log.lines()
            .filter(|line| {
                // tinyproxy: `Request (file descriptor 5): CONNECT 127.0.0.1:PORT HTTP/1.1`;
                // microsocks: `client[4] 127.0.0.1: connected to 127.0.0.1:PORT`.
                line.contains(&format!("CONNECT {server} "))
                    || line.ends_with(&format!("connected to {server}"))
            })
            .count()
    }
}

impl Drop for LoopbackProxy {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// TLS in front of a [`LoopbackProxy`]: together an `https://` proxy. Its
/// certificate, for 127.0.0.1, is signed by the cluster's CA, because Go
/// (and so kubectl) checks an https proxy with the cluster's TLS settings.
struct TlsFront {
    port: u16,
    _runtime: tokio::runtime::Runtime,
    _dir: tempfile::TempDir,
}

impl TlsFront {
    fn before(proxy: &LoopbackProxy) -> TlsFront {
        let dir = tempfile::tempdir().unwrap();
        let pki = cluster().kubeconfig.parent().unwrap().join("pki");
        let (key, cert) = (dir.path().join("proxy.key"), dir.path().join("proxy.crt"));
        let script = format!(
            "set -e; cd '{dir}'; \
             openssl req -new -newkey rsa:2048 -nodes -subj /CN=proxy -keyout proxy.key -out proxy.csr; \
             printf 'subjectAltName=IP:127.0.0.1\\n' > san.ext; \
             openssl x509 -req -days 1 -in proxy.csr -CA '{pki}/ca.crt' -CAkey '{pki}/ca.key' \
               -CAcreateserial -CAserial serial -extfile san.ext -out proxy.crt",
            dir = dir.path().display(),
            pki = pki.display()
        );
        let made = Command::new("sh").args(["-c", &script]).output().unwrap();
        assert!(made.status.success(), "{made:?}");
        use rustls::pki_types::pem::PemObject;
        let certs = rustls::pki_types::CertificateDer::pem_file_iter(&cert)
            .unwrap()
            .collect::<Result<Vec<_>, _>>()
            .unwrap();
        let key = rustls::pki_types::PrivateKeyDer::from_pem_file(&key).unwrap();
        let config = rustls::ServerConfig::builder_with_provider(std::sync::Arc::new(
            rustls::crypto::ring::default_provider(),
        ))
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_no_client_auth()
        .with_single_cert(certs, key)
        .unwrap();
        let acceptor = tokio_rustls::TlsAcceptor::from(std::sync::Arc::new(config));
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .unwrap();
        let listener = runtime
            .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
            .unwrap();
        let port = listener.local_addr().unwrap().port();
        let upstream = proxy.port;
        runtime.spawn(async move {
            while let Ok((socket, _)) = listener.accept().await {
                let acceptor = acceptor.clone();
                tokio::spawn(async move {
                    let Ok(mut tls) = acceptor.accept(socket).await else {
                        return;
                    };
                    let Ok(mut plain) =
                        tokio::net::TcpStream::connect(("127.0.0.1", upstream)).await
                    else {
                        return;
                    };
                    let _ = tokio::io::copy_bidirectional(&mut tls, &mut plain).await;
                });
            }
        });
        TlsFront {
            port,
            _runtime: runtime,
            _dir: dir,
        }
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// The test cluster's kubeconfig as text.
fn admin_kubeconfig() -> String {
    std::fs::read_to_string(&cluster().kubeconfig).unwrap()
}

/// `https://127.0.0.1:PORT`.
fn server_url() -> String {
    server_of(&cluster().kubeconfig)
}

fn server_authority() -> String {
    server_url().trim_start_matches("https://").to_string()
}

fn cluster_ca() -> PathBuf {
    cluster().kubeconfig.parent().unwrap().join("pki/ca.crt")
}

/// `tug` with a proxy environment of its own, nothing inherited.
fn tug_with_proxy_env(vars: &[(&str, &str)]) -> assert_cmd::Command {
    let mut cmd = tug();
    for name in [
        "HTTPS_PROXY",
        "https_proxy",
        "HTTP_PROXY",
        "http_proxy",
        "ALL_PROXY",
        "all_proxy",
        "NO_PROXY",
        "no_proxy",
    ] {
        cmd.env_remove(name);
    }
    for (name, value) in vars {
        cmd.env(name, value);
    }
    cmd
}

/// A kubeconfig for the test cluster whose cluster entry names `proxy_url`.
fn kubeconfig_with_proxy_url(dir: &tempfile::TempDir, proxy_url: &str) -> PathBuf {
    let path = dir.path().join("config");
    let with_proxy = admin_kubeconfig().replace(
        &format!("    server: {}", server_url()),
        &format!("    server: {}\n    proxy-url: {proxy_url}", server_url()),
    );
    std::fs::write(&path, with_proxy).unwrap();
    path
}

#[test]
fn a_kubeconfig_proxy_url_carries_every_request_through_an_http_proxy() {
    let proxy = LoopbackProxy::http();
    let ns = Namespace::new("http_proxy_url");
    let dir = tempfile::tempdir().unwrap();
    tug_with_proxy_env(&[])
        .env(
            "KUBECONFIG",
            kubeconfig_with_proxy_url(&dir, &proxy.url("http")),
        )
        .args(["-n", &ns.name, "apply", "-f"])
        .arg(repo_path("examples/flask"))
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "deployment.apps/flask-app created",
        ));
    assert!(
        proxy.connections_to_the_server() >= 1,
        "{}",
        std::fs::read_to_string(&proxy.log).unwrap()
    );
    assert_eq!(
        ns.kubectl(&["get", "deployment", "-o", "name"]).trim(),
        "deployment.apps/flask-app"
    );
}

#[test]
fn a_kubeconfig_proxy_url_speaks_tls_to_an_https_proxy() {
    let proxy = LoopbackProxy::http();
    let front = TlsFront::before(&proxy);
    let url = format!("https://127.0.0.1:{}", front.port);
    gets_through_proxy_url(&proxy, &url, &[]);
}

/// `tug get namespace default` with a kubeconfig whose `proxy-url` is
/// `url`, in the environment `env`, reaches the server through `proxy`.
fn gets_through_proxy_url(proxy: &LoopbackProxy, url: &str, env: &[(&str, &str)]) {
    let dir = tempfile::tempdir().unwrap();
    tug_with_proxy_env(env)
        .env("KUBECONFIG", kubeconfig_with_proxy_url(&dir, url))
        .args(["get", "namespace", "default", "-o", "name"])
        .assert()
        .success()
        .stdout("namespace/default\n");
    assert!(
        proxy.connections_to_the_server() >= 1,
        "{}",
        std::fs::read_to_string(&proxy.log).unwrap()
    );
}

#[test]
fn proxies_from_the_environment_never_carry_requests_to_loopback() {
    // Nothing listens on port 9; a proxy there would fail every request.
    let env = [
        ("HTTPS_PROXY", "https://127.0.0.1:9"),
        ("HTTP_PROXY", "http://127.0.0.1:9"),
        ("ALL_PROXY", "socks5://127.0.0.1:9"),
    ];
    let mut kubectl = std::process::Command::new(&cluster().kubectl);
    kubectl
        .arg("--kubeconfig")
        .arg(&cluster().kubeconfig)
        .args(["get", "namespace", "default", "-o", "name"]);
    for (name, value) in env {
        kubectl.env(name, value);
    }
    let reference = kubectl.output().unwrap();
    assert!(reference.status.success(), "{reference:?}");
    tug_with_proxy_env(&env)
        .args(["get", "namespace", "default", "-o", "name"])
        .assert()
        .success()
        .stdout(String::from_utf8(reference.stdout).unwrap())
        .stderr("");
}

#[test]
fn no_proxy_covering_the_server_bypasses_the_proxy() {
    let proxy = LoopbackProxy::http();
    tug_with_proxy_env(&[
        ("https_proxy", &proxy.url("http")),
        ("no_proxy", "example.com,127.0.0.1"),
    ])
    .args(["get", "namespace", "default"])
    .assert()
    .success();
    assert_eq!(proxy.connections_to_the_server(), 0);
}

#[test]
fn a_kubeconfig_proxy_url_reaches_the_server_through_socks5_despite_no_proxy() {
    let proxy = LoopbackProxy::socks5();
    // kubectl's rule: NO_PROXY is about the environment's proxies only.
    gets_through_proxy_url(&proxy, &proxy.url("socks5"), &[("NO_PROXY", "127.0.0.1")]);
}

#[test]
fn a_proxy_that_is_down_is_a_one_line_error_naming_the_server_at_once() {
    let closed = free_port();
    let dir = tempfile::tempdir().unwrap();
    let started = Instant::now();
    let out = tug_with_proxy_env(&[])
        .env(
            "KUBECONFIG",
            kubeconfig_with_proxy_url(&dir, &format!("http://127.0.0.1:{closed}")),
        )
        .args(["get", "namespaces"])
        .assert()
        .code(1)
        .get_output()
        .clone();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        stderr.starts_with(&format!(
            "error: cannot reach the API server at {}",
            server_url()
        )),
        "{stderr}"
    );
    // A server never reached is not waited for as if it were restarting.
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "{:?}",
        started.elapsed()
    );
}

/// Which managers own fields of deployment `name`, and through which subresource.
fn managers(ns: &Namespace, name: &str) -> Vec<(String, String)> {
    let object = ns.deployment(name);
    object["metadata"]["managedFields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            (
                m["manager"].as_str().unwrap_or_default().to_string(),
                m["subresource"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect()
}

#[test]
fn writes_that_are_not_applies_are_recorded_under_tugs_name() {
    let ns = Namespace::new("field_manager");
    ns.kubectl(&["create", "deployment", "web", "--image=nginx"]);
    ns.tug()
        .args(["scale", "deployment/web", "--replicas=2"])
        .assert()
        .success();
    assert!(
        managers(&ns, "web").contains(&("tug".into(), "scale".into())),
        "{:?}",
        managers(&ns, "web")
    );
    ns.tug()
        .args(["rollout", "pause", "deployment/web"])
        .assert()
        .success();
    let after_pause = managers(&ns, "web");
    assert!(
        after_pause
            .iter()
            .any(|(manager, subresource)| manager.starts_with("tug") && subresource.is_empty()),
        "{after_pause:?}"
    );
    assert!(
        after_pause.iter().all(|(manager, _)| !manager.is_empty()),
        "{after_pause:?}"
    );
}

#[test]
fn a_conflict_over_replicas_names_the_scale_subresource_and_the_way_out() {
    let ns = Namespace::new("conflict_scale");
    let manifest = repo_path("examples/flask/flask-deployment.yaml");
    ns.tug()
        .arg("apply")
        .arg("-f")
        .arg(&manifest)
        .assert()
        .success();
    ns.kubectl(&["scale", "deployment/flask-app", "--replicas=4"]);
    let dir = tempfile::tempdir().unwrap();
    let changed = dir.path().join("deployment.yaml");
    let text = std::fs::read_to_string(&manifest).unwrap();
    std::fs::write(&changed, text.replace("replicas: 3", "replicas: 6")).unwrap();
    ns.tug()
        .arg("apply")
        .arg("-f")
        .arg(&changed)
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            ".spec.replicas  owned by \"kubectl\" through the scale subresource",
        ))
        .stderr(predicate::str::contains(
            "To leave .spec.replicas to a HorizontalPodAutoscaler or to `tug scale`, remove `replicas`",
        ));
    let json = ns.kubectl(&[
        "get",
        "deployment",
        "flask-app",
        "-o",
        "jsonpath={.spec.replicas}",
    ]);
    assert_eq!(json, "4");
}

/// A token of a service account allowed to read the namespace `ns`.
fn viewer_token(ns: &Namespace) -> String {
    ns.kubectl(&["create", "serviceaccount", "reader"]);
    ns.kubectl(&[
        "create",
        "rolebinding",
        "reader",
        "--clusterrole=view",
        &format!("--serviceaccount={}:reader", ns.name),
    ]);
    ns.kubectl(&["create", "token", "reader"])
        .trim()
        .to_string()
}

#[test]
fn server_token_and_certificate_authority_flags_work_without_any_kubeconfig() {
    let ns = Namespace::new("flags_no_kubeconfig");
    ns.kubectl(&["create", "configmap", "settings"]);
    let token = viewer_token(&ns);
    let home = tempfile::tempdir().unwrap();
    let ca = cluster_ca();
    let mut cmd = assert_cmd::Command::new(assert_cmd::cargo::cargo_bin!("tug"));
    cmd.env_remove("KUBECONFIG")
        .env("HOME", home.path())
        .args(["-s", &server_url(), "--token", &token])
        .arg("--certificate-authority")
        .arg(&ca)
        .args(["-n", &ns.name, "get", "configmap", "settings", "-o", "name"])
        .assert()
        .success()
        .stdout("configmap/settings\n");
}

#[test]
fn impersonation_flags_act_as_the_named_user() {
    let ns = Namespace::new("flags_impersonate");
    viewer_token(&ns);
    let reader = format!("system:serviceaccount:{}:reader", ns.name);
    ns.tug()
        .args(["--as", &reader, "--as-group", "system:serviceaccounts"])
        .args(["scale", "deployment/none", "--replicas=1"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(format!(
            "User \"{reader}\" cannot"
        )));
}

#[test]
fn user_and_cluster_flags_pick_kubeconfig_entries_and_unknown_ones_are_refused() {
    let viewer = std::fs::read_to_string(&cluster().viewer_kubeconfig).unwrap();
    let admin = admin_kubeconfig();
    let dir = tempfile::tempdir().unwrap();
    let both = dir.path().join("config");
    // The admin kubeconfig plus the viewer's user entry.
    let viewer_user = viewer
        .split("users:\n")
        .nth(1)
        .and_then(|rest| rest.split("contexts:").next())
        .unwrap();
    std::fs::write(
        &both,
        admin.replace("users:\n", &format!("users:\n{viewer_user}")),
    )
    .unwrap();
    tug()
        .env("KUBECONFIG", &both)
        .args([
            "get",
            "secrets",
            "-n",
            "kube-system",
            "--user",
            "kubetug-viewer",
        ])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("cannot list resource \"secrets\""));
    tug()
        .env("KUBECONFIG", &both)
        .args([
            "get",
            "namespace",
            "default",
            "--cluster",
            "kubetug-local",
            "-o",
            "name",
        ])
        .assert()
        .success()
        .stdout("namespace/default\n");
    tug()
        .env("KUBECONFIG", &both)
        .args(["get", "pods", "--user", "nobody"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("--user \"nobody\" does not exist"));
}

#[test]
fn insecure_skip_tls_verify_connects_and_warns_on_stderr() {
    tug()
        .args([
            "--insecure-skip-tls-verify",
            "get",
            "namespace",
            "default",
            "-o",
            "name",
        ])
        .assert()
        .success()
        .stdout("namespace/default\n")
        .stderr(predicate::str::starts_with(
            "warning: the API server's certificate is not checked",
        ));
}

#[test]
fn no_verbosity_level_prints_the_token() {
    let ns = Namespace::new("token_verbose");
    let token = viewer_token(&ns);
    let out = ns
        .tug()
        .args(["--token", &token, "-v", "9", "get", "configmaps"])
        .assert()
        .get_output()
        .clone();
    let everything = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        everything.contains("I GET "),
        "-v 9 logs requests: {everything}"
    );
    assert!(!everything.contains(&token), "{everything}");
    assert!(
        !everything.to_lowercase().contains("authorization"),
        "{everything}"
    );
}

#[test]
fn in_cluster_configuration_is_used_when_there_is_no_kubeconfig() {
    // Without the service account files, the attempt itself shows tug tried
    // the pod's configuration rather than asking for a kubeconfig.
    let home = tempfile::tempdir().unwrap();
    let mut cmd = assert_cmd::Command::new(assert_cmd::cargo::cargo_bin!("tug"));
    let out = cmd
        .env_remove("KUBECONFIG")
        .env("HOME", home.path())
        .env("KUBERNETES_SERVICE_HOST", "127.0.0.1")
        .env("KUBERNETES_SERVICE_PORT", "443")
        .args(["get", "pods"])
        .assert()
        .code(1)
        .get_output()
        .clone();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("in-cluster service account"), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
}
