//! `tug logs`: containers' logs read through the API server from kwok, which
//! plays the kubelet of the cluster's nodes.

use std::time::Duration;

use crate::support::{ContainerLog, Namespace, Running, cluster};

/// A running pod `name` with `containers` (images never pulled: kwok runs
/// nothing), labelled `labels`, once the API server serves their logs.
fn pod(ns: &Namespace, name: &str, containers: &[&str], labels: &str) -> Vec<ContainerLog> {
    create_pod(ns, name, containers, labels);
    ns.serve_logs(name, containers)
}

/// The pod of [`pod`], whose logs kwok does not serve yet.
fn create_pod(ns: &Namespace, name: &str, containers: &[&str], labels: &str) {
    let containers_yaml: String = containers
        .iter()
        .map(|c| format!("  - name: {c}\n    image: registry.example/{c}:1\n"))
        .collect();
    let manifest = format!(
        "apiVersion: v1\nkind: Pod\nmetadata:\n  name: {name}\n  labels: {{{labels}}}\nspec:\n  containers:\n{containers_yaml}"
    );
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("pod.yaml");
    std::fs::write(&file, manifest).unwrap();
    ns.kubectl(&["apply", "-f", &file.to_string_lossy()]);
}

/// What `tug logs ARGS` printed: stdout, stderr and the exit code.
fn tug_logs(ns: &Namespace, args: &[&str]) -> (String, String, Option<i32>) {
    let output = ns.tug().arg("logs").args(args).output().unwrap();
    (
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
        output.status.code(),
    )
}

/// An RFC 3339 time `ago` before now, as the kubelet stamps log lines.
fn time_ago(ago: Duration) -> String {
    let output = std::process::Command::new("date")
        .args([
            "-u",
            "-d",
            &format!("@{}", now_seconds() - ago.as_secs()),
            "+%Y-%m-%dT%H:%M:%S.000000000Z",
        ])
        .output()
        .unwrap();
    String::from_utf8(output.stdout).unwrap().trim().to_string()
}

fn now_seconds() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs()
}

#[test]
fn logs_prints_what_kubectl_prints_for_every_reading_flag() {
    let ns = Namespace::new("logs_flags");
    let log = pod(&ns, "web", &["app"], "app: web").remove(0);
    log.write(&time_ago(Duration::from_secs(7200)), "two hours ago");
    log.write(&time_ago(Duration::from_secs(600)), "ten minutes ago");
    log.write(&time_ago(Duration::from_secs(5)), "just now");
    log.write_previous(&time_ago(Duration::from_secs(9000)), "before the restart");
    let since_time = time_ago(Duration::from_secs(3600));
    let flag_sets: [&[&str]; 8] = [
        &[],
        &["--timestamps"],
        &["--tail", "2"],
        &["--tail", "-1"],
        &["--since", "1h"],
        &["--since-time", &since_time],
        &["--previous"],
        &["--limit-bytes", "5"],
    ];
    for flags in flag_sets {
        let mut args = vec!["web"];
        args.extend_from_slice(flags);
        let (stdout, stderr, code) = tug_logs(&ns, &args);
        assert_eq!(code, Some(0), "tug logs {args:?}: {stderr}");
        let mut kubectl_args = vec!["logs"];
        kubectl_args.extend_from_slice(&args);
        assert_eq!(stdout, ns.kubectl(&kubectl_args), "tug logs {args:?}");
    }
    let (stdout, _, _) = tug_logs(&ns, &["pod/web", "--since", "1h"]);
    assert_eq!(stdout, "ten minutes ago\njust now\n");
}

#[test]
fn logs_picks_a_container_as_kubectl_does() {
    let ns = Namespace::new("logs_containers");
    let logs = pod(&ns, "web", &["app", "sidecar"], "app: web");
    logs[0].write(&time_ago(Duration::from_secs(2)), "from app");
    logs[1].write(&time_ago(Duration::from_secs(1)), "from sidecar");

    let (stdout, stderr, code) = tug_logs(&ns, &["web"]);
    assert_eq!((stdout.as_str(), code), ("from app\n", Some(0)));
    assert_eq!(stderr, "Defaulted container \"app\" out of: app, sidecar\n");
    assert_eq!(tug_logs(&ns, &["web", "-c", "sidecar"]).0, "from sidecar\n");
    assert_eq!(tug_logs(&ns, &["web", "sidecar"]).0, "from sidecar\n");
    let (stdout, _, _) = tug_logs(&ns, &["web", "--all-containers", "--prefix"]);
    assert_eq!(
        stdout,
        "[pod/web/app] from app\n[pod/web/sidecar] from sidecar\n"
    );

    let (_, stderr, code) = tug_logs(&ns, &["web", "-c", "db"]);
    assert_eq!(code, Some(1));
    assert_eq!(
        stderr,
        "error: container db is not valid for pod web out of: app, sidecar\n"
    );
}

#[test]
fn logs_of_a_deployment_are_read_from_one_of_its_pods() {
    let ns = Namespace::new("logs_deployment");
    ns.rolled_out_deployment("web");
    let names = ns.kubectl(&["get", "pods", "-l", "app=web", "-o", "name"]);
    for name in names.lines() {
        let pod = name.trim_start_matches("pod/");
        ns.serve_logs(pod, &["web"])[0].write(&time_ago(Duration::ZERO), &format!("I am {pod}"));
    }

    let (stdout, stderr, code) = tug_logs(&ns, &["deploy/web"]);
    assert_eq!(code, Some(0), "{stderr}");
    let chosen = stderr
        .strip_prefix("Found 2 pods, using pod/")
        .and_then(|rest| rest.strip_suffix('\n'))
        .unwrap_or_else(|| panic!("unexpected stderr: {stderr}"));
    assert_eq!(stdout, format!("I am {chosen}\n"));
}

#[test]
fn logs_with_a_selector_reads_every_pod_and_prefixes_each_line() {
    let ns = Namespace::new("logs_selector");
    let a = pod(&ns, "a", &["app"], "tier: web");
    let b = pod(&ns, "b", &["app"], "tier: web");
    pod(&ns, "other", &["app"], "tier: db");
    for i in 1..=12 {
        a[0].write(&time_ago(Duration::ZERO), &format!("a{i}"));
    }
    b[0].write(&time_ago(Duration::ZERO), "b1");

    let (stdout, stderr, code) = tug_logs(&ns, &["-l", "tier=web"]);
    assert_eq!(code, Some(0), "{stderr}");
    // kubectl's default with a selector: the last 10 lines of each log.
    let expected: String = (3..=12)
        .map(|i| format!("[pod/a/app] a{i}\n"))
        .chain(["[pod/b/app] b1\n".to_string()])
        .collect();
    assert_eq!(stdout, expected);
    // kubectl reads the pods in no fixed order: compare the lines.
    let kubectl = ns.kubectl(&["logs", "-l", "tier=web", "--prefix"]);
    let sorted = |text: &str| {
        let mut lines: Vec<String> = text.lines().map(String::from).collect();
        lines.sort();
        lines
    };
    assert_eq!(sorted(&stdout), sorted(&kubectl));
    assert_eq!(
        tug_logs(&ns, &["-l", "tier=web", "--prefix=false", "--tail", "1"]).0,
        "a12\nb1\n"
    );
    let (_, stderr, code) = tug_logs(&ns, &["-l", "tier=none"]);
    assert_eq!(
        (stderr.as_str(), code),
        (
            format!("No resources found in {} namespace.\n", ns.name).as_str(),
            Some(0)
        )
    );
}

#[test]
fn a_followed_log_shows_new_lines_and_outlives_the_end_of_another() {
    let ns = Namespace::new("logs_follow");
    let a = pod(&ns, "a", &["app"], "tier: web");
    let b = pod(&ns, "b", &["app"], "tier: web");
    // Lines of 5 bytes: with --limit-bytes 10, a log ends after two lines.
    for line in ["a1-x", "a2-x", "a3-x"] {
        a[0].write(&time_ago(Duration::ZERO), line);
    }
    b[0].write(&time_ago(Duration::ZERO), "b1-x");

    let args = ["logs", "-f", "-l", "tier=web", "--limit-bytes", "10"];
    let mut running = Running::start(&cluster().kubeconfig, &ns.name, &args);
    running.await_stdout(|l| l == "[pod/a/app] a2-x", "the end of a's log");
    running.await_stdout(|l| l == "[pod/b/app] b1-x", "b's first line");
    // a's log has ended; b's is still followed.
    b[0].write(&time_ago(Duration::ZERO), "b2-x");
    running.await_stdout(|l| l == "[pod/b/app] b2-x", "the line written to b");
    let (status, stdout, stderr) = running.finish();
    assert_eq!(status.code(), Some(0), "{stderr:?}");
    assert!(!stdout.iter().any(|l| l.contains("a3-x")), "{stdout:?}");
}

#[test]
fn a_followed_log_the_server_cannot_serve_yet_is_tried_again() {
    let ns = Namespace::new("logs_retry");
    create_pod(&ns, "web", &["app"], "app: web");
    let args = ["logs", "-f", "web", "--pod-running-timeout", "90s"];
    let mut running = Running::start(&cluster().kubeconfig, &ns.name, &args);
    // Unscheduled yet, or no log at kwok: the API server refuses, tug says
    // so and tries again, as kubectl does.
    running.await_stderr(
        |l| l.starts_with("Error from server (BadRequest): "),
        "a refusal",
    );
    let log = ns.serve_logs("web", &["app"]);
    log[0].write(&time_ago(Duration::ZERO), "at last");
    running.await_stdout(|l| l == "at last", "the line written once served");
    running.interrupt_expecting_130();
}

#[test]
fn ctrl_c_ends_a_followed_log_with_130() {
    let ns = Namespace::new("logs_ctrl_c");
    let log = pod(&ns, "web", &["app"], "app: web");
    log[0].write(&time_ago(Duration::ZERO), "started");
    let mut running = Running::start(&cluster().kubeconfig, &ns.name, &["logs", "-f", "web"]);
    running.await_stdout(|l| l == "started", "the first line");
    log[0].write(&time_ago(Duration::ZERO), "still going");
    running.await_stdout(|l| l == "still going", "the line written while following");
    running.interrupt_expecting_130();
}

#[test]
fn logs_refuses_bad_arguments_before_sending_anything() {
    let ns = Namespace::new("logs_refused");
    let refused: [(&[&str], &str); 7] = [
        (
            &[],
            "error: POD or TYPE/NAME is a required argument for the logs command, unless -l selects the pods (see 'tug logs --help')",
        ),
        (
            &["web", "-l", "app=web"],
            "error: only a selector (-l) or a POD name is allowed",
        ),
        (
            &["web", "app", "-c", "app"],
            "error: only one of -c or an inline [CONTAINER] arg is allowed",
        ),
        (
            &["web", "-c", "app", "--all-containers"],
            "error: --all-containers=true should not be specified with container name app",
        ),
        (
            &["web", "--tail", "-2"],
            "error: --tail must be greater than or equal to -1",
        ),
        (
            &["web/.."],
            "error: invalid resource name \"..\": [may not be '..']",
        ),
        (
            &["configmap/settings"],
            "error: cannot get the logs of configmap/settings: only pods, deployments, replicasets, statefulsets, daemonsets, jobs, services and replicationcontrollers have pods",
        ),
    ];
    for (args, expected) in refused {
        let (stdout, stderr, code) = tug_logs(&ns, &[args, &["-v", "6"]].concat());
        assert_eq!(code, Some(1), "{args:?}: {stderr}");
        assert_eq!(stdout, "");
        let errors: Vec<&str> = stderr.lines().filter(|l| !l.starts_with("I ")).collect();
        assert_eq!(errors, [expected], "{args:?}");
        let sent: Vec<&str> = stderr
            .lines()
            .filter(|l| l.contains("/pods") || l.contains("/configmaps"))
            .collect();
        assert!(sent.is_empty(), "{args:?} sent {sent:?}");
    }
}

#[test]
fn control_characters_of_a_log_reach_a_pipe_as_they_are_and_a_terminal_escaped() {
    let ns = Namespace::new("logs_control_characters");
    let log = pod(&ns, "web", &["app"], "app: web");
    log[0].write(&time_ago(Duration::ZERO), "\x1b[31mred\x1b[0m and \x07bell");
    let (stdout, _, _) = tug_logs(&ns, &["web"]);
    assert_eq!(stdout, "\x1b[31mred\x1b[0m and \x07bell\n");
    assert_eq!(stdout, ns.kubectl(&["logs", "web"]));

    let terminal = crate::terminal::Terminal::tug(&["-n", &ns.name, "logs", "web"]);
    terminal.wait_for("^[[31mred^[[0m and ^Gbell");
}
