//! Completion in real shells (bash, zsh, fish in a tmux terminal): types from
//! the discovery cache, names and namespaces from the cluster, contexts from
//! the kubeconfig, files after -f; nothing, quickly, from a silent cluster.

use std::time::{Duration, Instant};

use crate::support::{Namespace, repo_path, tug};
use crate::terminal::Terminal;

/// A namespace with a ConfigMap and a Deployment whose names nothing else shares.
fn namespace_with_objects(test: &str) -> Namespace {
    let ns = Namespace::new(test);
    ns.kubectl(&["create", "configmap", "only-one-like-this"]);
    ns.kubectl(&["create", "deployment", "web-unique", "--image=nginx"]);
    ns
}

/// Types `line`, presses Tab, waits until the line reads `completed`, then clears it.
fn completes(shell: &Terminal, line: &str, completed: &str) {
    shell.send(&[line, "Tab"]);
    shell.wait_for(completed);
    shell.send(&["C-u"]);
}

/// What every shell must complete, typed the same way in each.
fn completes_from_the_cluster(shell: &Terminal, ns: &Namespace) {
    let n = &ns.name;
    completes(
        shell,
        &format!("tug -n {n} get configmap only-"),
        "get configmap only-one-like-this",
    );
    completes(
        shell,
        &format!("tug -n {n} get configmap/only-"),
        "get configmap/only-one-like-this",
    );
    completes(
        shell,
        &format!("tug -n {n} rollout status deployment web-u"),
        "rollout status deployment web-unique",
    );
    completes(shell, "tug get deploym", "tug get deployments");
    completes(
        shell,
        &format!("tug get pods -n {}", &n[..n.len() - 1]),
        &format!("get pods -n {n}"),
    );
    completes(shell, "tug --context kubetug-lo", "--context kubetug-local");
    completes(
        shell,
        "tug config use-context kubetug-lo",
        "use-context kubetug-local",
    );
    let examples = repo_path("examples").display().to_string();
    completes(
        shell,
        &format!("tug apply -f {examples}/fla"),
        &format!("-f {examples}/flask/"),
    );
}

#[test]
fn bash_completes_from_the_cluster() {
    let ns = namespace_with_objects("complete_bash");
    let shell = Terminal::shell(&["bash", "--norc", "--noprofile"]);
    shell.send(&["source <(tug completion bash)", "Enter"]);
    completes_from_the_cluster(&shell, &ns);
}

#[test]
fn zsh_completes_from_the_cluster() {
    let ns = namespace_with_objects("complete_zsh");
    let shell = Terminal::shell(&["zsh", "-f"]);
    shell.send(&[
        "autoload -U compinit && compinit -u && source <(tug completion zsh)",
        "Enter",
    ]);
    completes_from_the_cluster(&shell, &ns);
}

#[test]
fn fish_completes_from_the_cluster() {
    let ns = namespace_with_objects("complete_fish");
    let shell = Terminal::shell(&["fish", "--no-config"]);
    shell.send(&["tug completion fish | source", "Enter"]);
    completes_from_the_cluster(&shell, &ns);
}

#[test]
fn the_static_bash_script_of_the_repository_still_completes_subcommands() {
    let shell = Terminal::shell(&["bash", "--norc", "--noprofile"]);
    let script = repo_path("completions/tug.bash");
    shell.send(&[&format!("source {}", script.display()), "Enter"]);
    completes(&shell, "tug rollo", "tug rollout");
    completes(&shell, "tug config use-con", "tug config use-context");
}

#[test]
fn a_silent_cluster_completes_nothing_within_the_time_limit() {
    // Accepts connections (the kernel does) but never answers.
    let silent = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let server = format!("https://{}", silent.local_addr().unwrap());
    let start = Instant::now();
    let out = tug()
        .env("_TUG_COMPLETE", "bash")
        .env("_CLAP_COMPLETE_INDEX", "6")
        .args([
            "--",
            "tug",
            "--server",
            &server,
            "--insecure-skip-tls-verify",
        ])
        .args(["get", "configmaps", "k"])
        .assert()
        .success()
        .get_output()
        .clone();
    let elapsed = start.elapsed();
    assert!(elapsed < Duration::from_secs(4), "took {elapsed:?}");
    assert!(out.stdout.is_empty(), "{out:?}");
    assert!(out.stderr.is_empty(), "not even the TLS warning: {out:?}");
}
