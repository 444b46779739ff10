//! Switching and editing contexts and namespaces: written to the file
//! kubectl writes them to, every unknown field kept, safe under concurrent
//! writers, with pickers on a terminal and `-` to go back.

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use predicates::prelude::*;

use crate::support::{Namespace, cluster, tug};
use crate::terminal::Terminal;

/// The first file of a two-file `$KUBECONFIG`: contexts of its own, no
/// current context, fields no kubeconfig schema has, group-readable.
const FIRST: &str = r#"apiVersion: v1
kind: Config
clusters:
- name: c1
  cluster: {server: "https://10.0.0.1:6443", future-cluster-field: kept-too}
users:
- name: u1
  user: {token: first-s3cret}
contexts:
- name: first
  context: {cluster: c1, user: u1, namespace: one, extensions: [{name: e, extension: {foo: bar}}]}
- name: shared
  context: {cluster: c1, user: u1}
preferences: {}
future-top-field: {keep: me}
"#;

/// The second file: the current context, and a context `shared` that the
/// first file's definition hides.
const SECOND: &str = r#"apiVersion: v1
kind: Config
clusters:
- name: c2
  cluster: {server: "https://10.0.0.2:6443"}
users:
- name: u2
  user: {token: second-s3cret}
contexts:
- name: second
  context: {cluster: c2, user: u2}
- name: shared
  context: {cluster: c2, user: u2, namespace: hidden}
current-context: second
"#;

/// Two kubeconfig files (and a third, missing one) in a directory of their own.
struct Files {
    dir: tempfile::TempDir,
}

impl Files {
    fn new() -> Files {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("first"), FIRST).unwrap();
        std::fs::write(dir.path().join("second"), SECOND).unwrap();
        let mode = std::fs::Permissions::from_mode(0o640);
        std::fs::set_permissions(dir.path().join("first"), mode).unwrap();
        Files { dir }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// `$KUBECONFIG` listing the files, the missing one last.
    fn env(&self) -> String {
        ["first", "second", "missing"]
            .map(|f| self.path(f).display().to_string())
            .join(":")
    }

    fn tug(&self, args: &[&str]) -> assert_cmd::assert::Assert {
        tug().env("KUBECONFIG", self.env()).args(args).assert()
    }

    fn kubectl(&self, args: &[&str]) {
        let output = std::process::Command::new(&cluster().kubectl)
            .env("KUBECONFIG", self.env())
            .args(args)
            .output()
            .unwrap();
        assert!(output.status.success(), "kubectl {args:?}: {output:?}");
    }

    /// What kubectl's loader reads from file `name`: its current context and
    /// each context's fields (unknown fields left out, as kubectl drops them).
    fn contexts_of(&self, name: &str) -> serde_json::Value {
        let text = std::fs::read_to_string(self.path(name)).unwrap_or_default();
        let doc: serde_json::Value = serde_saphyr::from_str(&text).unwrap_or_default();
        let mut contexts: Vec<serde_json::Value> = doc["contexts"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|c| {
                serde_json::json!({
                    "name": c["name"],
                    "cluster": c["context"]["cluster"],
                    "user": c["context"]["user"],
                    "namespace": c["context"]["namespace"],
                })
            })
            .collect();
        // kubectl writes contexts sorted by name; tug keeps the file's order.
        contexts.sort_by_key(|c| c["name"].to_string());
        serde_json::json!({"current": doc["current-context"], "contexts": contexts})
    }
}

fn yaml(path: &Path) -> serde_json::Value {
    serde_saphyr::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

#[test]
fn context_changes_go_to_the_files_kubectl_writes_them_to() {
    let (by_tug, by_kubectl) = (Files::new(), Files::new());
    let steps: [&[&str]; 6] = [
        &["config", "use-context", "first"],
        &["config", "set-context", "shared", "--namespace=changed"],
        &[
            "config",
            "set-context",
            "brand-new",
            "--namespace=n",
            "--cluster=c2",
            "--user=u2",
        ],
        &["config", "set-context", "--current", "--namespace=current"],
        &["config", "rename-context", "second", "renamed"],
        &["config", "delete-context", "brand-new"],
    ];
    for step in steps {
        by_tug.tug(step).success();
        by_kubectl.kubectl(step);
        for file in ["first", "second", "missing"] {
            assert_eq!(
                by_tug.contexts_of(file),
                by_kubectl.contexts_of(file),
                "after {step:?}, file {file} differs from kubectl's"
            );
        }
    }
}

#[test]
fn writing_keeps_unknown_fields_the_mode_and_credentials_out_of_the_output() {
    let files = Files::new();
    let out = files
        .tug(&["config", "set-context", "first", "--namespace=two"])
        .success()
        .stdout("Context \"first\" modified.\n")
        .get_output()
        .clone();
    let all = format!("{out:?}");
    assert!(!all.contains("s3cret"), "{all}");
    let first = yaml(&files.path("first"));
    assert_eq!(first["future-top-field"]["keep"], "me");
    assert_eq!(
        first["clusters"][0]["cluster"]["future-cluster-field"],
        "kept-too"
    );
    assert_eq!(first["users"][0]["user"]["token"], "first-s3cret");
    let context = &first["contexts"][0]["context"];
    assert_eq!(context["namespace"], "two");
    assert_eq!(context["extensions"][0]["extension"]["foo"], "bar");
    let mode = std::fs::metadata(files.path("first"))
        .unwrap()
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o640);
}

#[test]
fn concurrent_writers_lose_no_change() {
    let files = Files::new();
    let writers: Vec<std::process::Child> = (0..16)
        .map(|i| {
            std::process::Command::new(assert_cmd::cargo::cargo_bin!("tug"))
                .env("KUBECONFIG", files.env())
                .args([
                    "config",
                    "set-context",
                    &format!("writer-{i}"),
                    "--namespace=ns",
                ])
                .stdout(std::process::Stdio::null())
                .spawn()
                .unwrap()
        })
        .collect();
    for mut writer in writers {
        assert!(writer.wait().unwrap().success());
    }
    let names: Vec<String> = yaml(&files.path("first"))["contexts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap().to_string())
        .collect();
    for i in 0..16 {
        assert!(
            names.contains(&format!("writer-{i}")),
            "writer-{i} lost: {names:?}"
        );
    }
    let leftovers: Vec<_> = std::fs::read_dir(files.dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.starts_with('.'))
        .collect();
    assert!(leftovers.is_empty(), "temporary files left: {leftovers:?}");
}

#[test]
fn dash_switches_back_to_the_previous_context() {
    let files = Files::new();
    files
        .tug(&["config", "use-context", "-"])
        .code(1)
        .stderr(predicate::str::starts_with("error: no previous context"));
    files.tug(&["config", "use-context", "first"]).success();
    files
        .tug(&["config", "use-context", "-"])
        .success()
        .stdout("Switched to context \"second\".\n");
    files
        .tug(&["config", "use-context", "-"])
        .success()
        .stdout("Switched to context \"first\".\n");
    files
        .tug(&["config", "get-contexts"])
        .success()
        .stdout(predicate::str::is_match(r"(?m)^\*\s+first\s").unwrap());
}

#[test]
fn use_context_refuses_unknown_names_and_lists_the_choices_off_a_terminal() {
    let files = Files::new();
    files
        .tug(&["config", "use-context", "nope"])
        .code(1)
        .stderr("error: no context exists with the name: \"nope\"\n");
    files
        .tug(&["config", "use-context"])
        .code(1)
        .stderr("error: no context given; name one of: first, shared, second\n");
    assert_eq!(files.contexts_of("second")["current"], "second");
}

#[test]
fn use_context_on_a_terminal_picks_by_typing_part_of_the_name() {
    let files = Files::new();
    let terminal = Terminal::tug_with(&files.env(), &["config", "use-context"]);
    terminal.wait_for("Switch to context");
    terminal.send(&["fir"]);
    terminal.wait_for("> first");
    terminal.send(&["Enter"]);
    let (code, screen) = terminal.finish();
    assert_eq!(code, 0, "{screen}");
    assert!(
        screen.contains("Switched to context \"first\"."),
        "{screen}"
    );
    assert_eq!(files.contexts_of("first")["current"], "first");
}

/// A copy of the cluster's admin kubeconfig, for tests that change it.
fn admin_copy() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("config");
    std::fs::copy(&cluster().kubeconfig, &path).unwrap();
    (dir, path)
}

fn namespace_in(kubeconfig: &Path) -> serde_json::Value {
    yaml(kubeconfig)["contexts"][0]["context"]["namespace"].clone()
}

#[test]
fn ns_switches_the_namespace_and_dash_goes_back() {
    let ns = Namespace::new("ns_switch");
    let (_dir, kubeconfig) = admin_copy();
    let tug_with = |args: &[&str]| tug().env("KUBECONFIG", &kubeconfig).args(args).assert();
    tug_with(&["ns", &ns.name])
        .success()
        .stdout(predicate::str::ends_with(format!(
            "Active namespace is \"{}\".\n",
            ns.name
        )));
    assert_eq!(namespace_in(&kubeconfig), ns.name.as_str());
    tug_with(&["ns", "-"]).success();
    assert_eq!(namespace_in(&kubeconfig), "default");
    tug_with(&["ns", "-"]).success();
    assert_eq!(namespace_in(&kubeconfig), ns.name.as_str());
}

#[test]
fn ns_refuses_a_namespace_the_cluster_does_not_have_unless_forced() {
    let (_dir, kubeconfig) = admin_copy();
    let tug_with = |args: &[&str]| tug().env("KUBECONFIG", &kubeconfig).args(args).assert();
    tug_with(&["ns", "no-such-namespace-here"])
        .code(1)
        .stderr(predicate::str::starts_with(
            "error: namespace \"no-such-namespace-here\" not found in context",
        ));
    assert!(namespace_in(&kubeconfig).is_null());
    tug_with(&["ns", "Bad_Name"]).code(1);
    tug_with(&["ns", "--force", "no-such-namespace-here"]).success();
    assert_eq!(namespace_in(&kubeconfig), "no-such-namespace-here");
}

#[test]
fn ns_on_a_terminal_picks_from_the_clusters_namespaces() {
    let ns = Namespace::new("ns_picker");
    let (_dir, kubeconfig) = admin_copy();
    let terminal = Terminal::tug_with(&kubeconfig.display().to_string(), &["ns"]);
    terminal.wait_for("Switch to namespace");
    terminal.send(&[&ns.name]);
    terminal.wait_for(&format!("> {}", ns.name));
    terminal.send(&["Enter"]);
    let (code, screen) = terminal.finish();
    assert_eq!(code, 0, "{screen}");
    assert_eq!(namespace_in(&kubeconfig), ns.name.as_str());
}

#[test]
fn set_context_starts_a_kubeconfig_only_its_owner_reads_and_nothing_else_creates_one() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("none");
    tug()
        .env("KUBECONFIG", &missing)
        .args(["config", "use-context", "fresh"])
        .assert()
        .code(1);
    assert!(!missing.exists(), "a failed switch created {missing:?}");
    let path = dir.path().join("new").join("config");
    tug()
        .env("KUBECONFIG", &path)
        .args(["config", "set-context", "fresh", "--namespace=x"])
        .assert()
        .success()
        .stdout("Context \"fresh\" created.\n");
    let mode = std::fs::metadata(&path).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o600);
    assert_eq!(yaml(&path)["contexts"][0]["context"]["namespace"], "x");
}

#[test]
fn a_kubeconfig_kubectl_is_writing_is_left_alone_and_said_so() {
    let files = Files::new();
    let lock = files.path("first.lock");
    std::fs::write(&lock, "").unwrap();
    let before = std::fs::read_to_string(files.path("first")).unwrap();
    files
        .tug(&["config", "set-context", "first", "--namespace=two"])
        .code(1)
        .stderr(predicate::str::contains(format!(
            "{} exists: kubectl is writing it",
            lock.display()
        )));
    assert_eq!(
        std::fs::read_to_string(files.path("first")).unwrap(),
        before
    );
    std::fs::remove_file(&lock).unwrap();
    files
        .tug(&["config", "set-context", "first", "--namespace=two"])
        .success();
    assert!(!lock.exists(), "tug removes the lock it took");
}

#[test]
fn get_contexts_prints_what_kubectl_prints() {
    let files = Files::new();
    let forms: [&[&str]; 4] = [
        &["config", "get-contexts"],
        &["config", "get-contexts", "shared", "first"],
        &["config", "get-contexts", "-o", "name"],
        &["config", "get-contexts", "--no-headers"],
    ];
    for form in forms {
        let kubectl = std::process::Command::new(&cluster().kubectl)
            .env("KUBECONFIG", files.env())
            .args(form)
            .output()
            .unwrap();
        let expected: String = String::from_utf8_lossy(&kubectl.stdout)
            .lines()
            .map(|l| l.trim_end().to_string() + "\n")
            .collect();
        files.tug(form).success().stdout(expected);
    }
    files
        .tug(&["config", "get-contexts", "first", "nope"])
        .code(1)
        .stdout(predicate::str::contains("first"))
        .stderr("error: context nope not found\n");
}

#[test]
fn escape_in_the_picker_changes_nothing() {
    let files = Files::new();
    let terminal = Terminal::tug_with(&files.env(), &["config", "use-context"]);
    terminal.wait_for("Switch to context");
    terminal.send(&["Escape"]);
    let (code, screen) = terminal.finish();
    assert_eq!(code, 1, "{screen}");
    assert!(screen.contains("error: no context chosen"), "{screen}");
    assert_eq!(files.contexts_of("second")["current"], "second");
}

#[test]
fn ns_without_a_name_off_a_terminal_lists_the_clusters_namespaces() {
    let (_dir, kubeconfig) = admin_copy();
    tug()
        .env("KUBECONFIG", &kubeconfig)
        .arg("ns")
        .assert()
        .code(1)
        .stderr(predicate::str::starts_with(
            "error: no namespace given; name one of: ",
        ))
        .stderr(predicate::str::contains("kube-system"));
}

#[test]
fn verbose_switching_prints_no_credentials() {
    let files = Files::new();
    let out = files
        .tug(&["-v", "9", "config", "use-context", "first"])
        .success()
        .get_output()
        .clone();
    let all = format!("{out:?}");
    assert!(!all.contains("s3cret"), "{all}");
}

#[test]
fn ns_writes_what_kubectls_set_context_current_namespace_writes() {
    let (by_tug, by_kubectl) = (Files::new(), Files::new());
    by_tug.tug(&["ns", "--force", "elsewhere"]).success();
    by_kubectl.kubectl(&[
        "config",
        "set-context",
        "--current",
        "--namespace=elsewhere",
    ]);
    for file in ["first", "second", "missing"] {
        assert_eq!(
            by_tug.contexts_of(file),
            by_kubectl.contexts_of(file),
            "file {file} differs from kubectl's"
        );
    }
}

/// A `$KUBECONFIG` of real credentials as kubectl users have them: the
/// cluster's admin identity embedded (CA data, client certificate and key)
/// in a file reached through a symlink, and a second file with a user whose
/// credential plugin takes arguments and environment.
struct RealFiles {
    dir: tempfile::TempDir,
}

const PLUGIN_USER: &str = r#"apiVersion: v1
kind: Config
clusters:
- name: plugin-cluster
  cluster: {server: "https://127.0.0.1:9", certificate-authority-data: "Y2EtZGF0YQ=="}
users:
- name: plugin-user
  user:
    exec:
      apiVersion: client.authentication.k8s.io/v1
      command: /usr/local/bin/credentials
      args: ["--cluster", "plugin-cluster", "--token-file", "/run/s3cret"]
      env: [{name: PLUGIN_MODE, value: s3cret-mode}]
      interactiveMode: Never
contexts:
- name: plugin
  context: {cluster: plugin-cluster, user: plugin-user, namespace: plugins}
"#;

impl RealFiles {
    fn new() -> RealFiles {
        let dir = tempfile::tempdir().unwrap();
        let flat = std::process::Command::new(&cluster().kubectl)
            .env("KUBECONFIG", &cluster().kubeconfig)
            .args(["config", "view", "--raw", "--flatten"])
            .output()
            .unwrap();
        assert!(flat.status.success(), "{flat:?}");
        std::fs::create_dir(dir.path().join("real")).unwrap();
        std::fs::write(dir.path().join("real/admin"), &flat.stdout).unwrap();
        std::os::unix::fs::symlink("real/admin", dir.path().join("admin")).unwrap();
        std::fs::write(dir.path().join("plugin"), PLUGIN_USER).unwrap();
        RealFiles { dir }
    }

    fn env(&self) -> String {
        ["admin", "plugin"]
            .map(|f| self.dir.path().join(f).display().to_string())
            .join(":")
    }

    fn kubectl(&self, args: &[&str]) -> std::process::Output {
        std::process::Command::new(&cluster().kubectl)
            .env("KUBECONFIG", self.env())
            .args(args)
            .output()
            .unwrap()
    }

    /// The merged configuration as kubectl's own loader reads it, secrets included.
    fn as_kubectl_reads_it(&self) -> serde_json::Value {
        let view = self.kubectl(&["config", "view", "--raw", "-o", "json"]);
        assert!(view.status.success(), "kubectl cannot read it: {view:?}");
        serde_json::from_slice(&view.stdout).unwrap()
    }
}

#[test]
fn kubectl_reads_back_every_credential_of_the_files_tug_writes() {
    let (by_tug, by_kubectl) = (RealFiles::new(), RealFiles::new());
    let admin_context = by_tug.as_kubectl_reads_it()["current-context"]
        .as_str()
        .unwrap()
        .to_owned();
    let steps: [&[&str]; 5] = [
        &["config", "use-context", "plugin"],
        &["config", "set-context", "plugin", "--namespace=elsewhere"],
        &["config", "rename-context", "plugin", "plugin-renamed"],
        &["config", "use-context", &admin_context],
        &[
            "config",
            "set-context",
            "--current",
            "--namespace=kube-system",
        ],
    ];
    for step in steps {
        tug()
            .env("KUBECONFIG", by_tug.env())
            .args(step)
            .assert()
            .success();
        let theirs = by_kubectl.kubectl(step);
        assert!(theirs.status.success(), "kubectl {step:?}: {theirs:?}");
        assert_eq!(
            by_tug.as_kubectl_reads_it(),
            by_kubectl.as_kubectl_reads_it(),
            "after {step:?}, kubectl reads tug's files otherwise than its own"
        );
    }
    let link = by_tug.dir.path().join("admin");
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink(),
        "the symlink was replaced by a file"
    );
    // The embedded CA, certificate and key still authenticate kubectl.
    let get = by_tug.kubectl(&["get", "serviceaccount", "default", "-o", "name"]);
    assert!(get.status.success(), "{get:?}");
    assert_eq!(
        String::from_utf8_lossy(&get.stdout),
        "serviceaccount/default\n"
    );
}
