//! `tug wait`: conditions, JSONPath values, creation and deletion, with
//! kubectl's output, exit codes and errors.

use crate::support::{Namespace, Running, cluster, release_configmap};

/// stdout, stderr and exit code of a command.
type Ran = (String, String, Option<i32>);

fn tug_wait(ns: &Namespace, args: &[&str]) -> Ran {
    let output = ns.tug().arg("wait").args(args).output().unwrap();
    ran(output)
}

fn kubectl_wait(ns: &Namespace, args: &[&str]) -> Ran {
    let output = std::process::Command::new(&cluster().kubectl)
        .arg("--kubeconfig")
        .arg(&cluster().kubeconfig)
        .args(["-n", &ns.name, "wait"])
        .args(args)
        .output()
        .unwrap();
    ran(output)
}

fn ran(output: std::process::Output) -> Ran {
    (
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
        output.status.code(),
    )
}

fn start_wait(ns: &Namespace, args: &[&str]) -> Running {
    let mut all = vec!["wait"];
    all.extend_from_slice(args);
    Running::start(&cluster().kubeconfig, &ns.name, &all)
}

#[test]
fn wait_prints_and_fails_as_kubectl_does() {
    let ns = Namespace::new("wait_like_kubectl");
    ns.rolled_out_deployment("web");
    let phase_running = "--for=jsonpath={.status.phase}=Running";
    let ready = r#"--for=jsonpath={.status.conditions[?(@.type=="Ready")].status}=True"#;
    let cases: [&[&str]; 8] = [
        &["--for=condition=Available", "deploy/web"],
        &["--for=condition=available=TRUE", "deployment", "web"],
        &[phase_running, "pods", "-l", "app=web"],
        &[ready, "pods", "--all"],
        &[
            "--for=jsonpath=.spec.replicas=2",
            "deploy/web",
            "--timeout=0",
        ],
        &[
            "--for=condition=Available=False",
            "deploy/web",
            "--timeout=0",
        ],
        &[
            "--for=condition=Available=False",
            "deploy/web",
            "--timeout=2s",
        ],
        &["--for=condition=Ready", "pod/missing"],
    ];
    for args in cases {
        let (mut tug, kubectl) = (tug_wait(&ns, args), kubectl_wait(&ns, args));
        // kubectl lists pods in name order; so does the server, for tug.
        tug.0 = sorted(&tug.0);
        assert_eq!(
            tug,
            (sorted(&kubectl.0), kubectl.1, kubectl.2),
            "wait {args:?}"
        );
    }
}

fn sorted(text: &str) -> String {
    let mut lines: Vec<&str> = text.lines().collect();
    lines.sort();
    lines.iter().map(|l| format!("{l}\n")).collect()
}

/// With `-v 6`, tug logs its watch request once it has read the object and
/// found the condition unmet: a wait that had ended would never watch.
fn await_watching(wait: &mut Running, what: &str) {
    wait.await_stderr(
        |l| l.contains("watch=true") && l.contains(" 200 "),
        &format!("watch request, {what}"),
    );
    assert!(wait.is_running(), "ended {what}");
}

#[test]
fn wait_returns_once_a_value_appears() {
    let ns = Namespace::new("wait_value");
    ns.kubectl(&["create", "configmap", "settings", "--from-literal=ready=no"]);
    let mut running = start_wait(
        &ns,
        &["--for=jsonpath={.data.ready}=yes", "cm/settings", "-v", "6"],
    );
    await_watching(&mut running, "while the value was no");
    ns.kubectl(&[
        "patch",
        "configmap",
        "settings",
        "-p",
        r#"{"data":{"ready":"yes"}}"#,
    ]);
    running.await_stdout(|l| l == "configmap/settings condition met", "the met line");
    let (status, stdout, stderr) = running.finish();
    assert_eq!(status.code(), Some(0), "{stderr:?}");
    assert_eq!(stdout, ["configmap/settings condition met"]);
}

#[test]
fn wait_for_create_and_delete_follows_the_object_coming_and_going() {
    let ns = Namespace::new("wait_create_delete");
    let mut created = start_wait(
        &ns,
        &["--for=create", "configmap/late", "--timeout=90s", "-v", "6"],
    );
    await_watching(&mut created, "before the object existed");
    ns.kubectl(&["create", "configmap", "late"]);
    created.await_stdout(|l| l == "configmap/late condition met", "the met line");
    assert_eq!(created.finish().0.code(), Some(0));

    // Deleted but held by a finalizer before the wait starts: the wait
    // reads it terminating and must go on watching.
    ns.kubectl(&[
        "patch",
        "configmap",
        "late",
        "-p",
        r#"{"metadata":{"finalizers":["kubetug.test/hold"]}}"#,
    ]);
    ns.kubectl(&["delete", "configmap", "late", "--wait=false"]);
    let mut deleted = start_wait(
        &ns,
        &["--for=delete", "configmap/late", "--timeout=90s", "-v", "6"],
    );
    await_watching(&mut deleted, "while a finalizer held the object");
    release_configmap(&cluster().kubeconfig, &ns.name, "late");
    deleted.await_stdout(|l| l == "configmap/late condition met", "the met line");
    assert_eq!(deleted.finish().0.code(), Some(0));

    // With a selector that matches nothing yet, until something does.
    let mut labelled = start_wait(
        &ns,
        &[
            "--for=create",
            "configmap",
            "-l",
            "app=late",
            "--timeout=90s",
            "-v",
            "6",
        ],
    );
    await_watching(&mut labelled, "before a matching object existed");
    ns.kubectl(&["create", "configmap", "later"]);
    ns.kubectl(&["label", "configmap", "later", "app=late"]);
    labelled.await_stdout(|l| l == "configmap/later condition met", "the met line");
    assert_eq!(labelled.finish().0.code(), Some(0));

    // Nothing to wait for: kubectl prints nothing and succeeds.
    let gone = ["--for=delete", "configmap/late"];
    assert_eq!(tug_wait(&ns, &gone), kubectl_wait(&ns, &gone));
}

#[test]
fn ctrl_c_ends_wait_with_130() {
    let ns = Namespace::new("wait_ctrl_c");
    ns.kubectl(&["create", "configmap", "settings"]);
    let mut running = start_wait(
        &ns,
        &[
            "--for=jsonpath={.data.ready}",
            "cm/settings",
            "--timeout=-1s",
            "-v",
            "6",
        ],
    );
    running.await_stderr(|l| l.contains("watch=true"), "the watch request");
    running.interrupt_expecting_130();
}

#[test]
fn wait_refuses_bad_input_before_sending_anything() {
    let ns = Namespace::new("wait_refused");
    let refused: [(&[&str], &str); 6] = [
        (
            &["--for=ready", "cm/a"],
            "error: unrecognized condition: \"ready\"; expected condition=NAME[=VALUE], jsonpath=EXPR[=VALUE], create or delete",
        ),
        (
            &["--for=condition=", "cm/a"],
            "error: --for=condition= needs a condition type, e.g. condition=Ready",
        ),
        (
            &["--for=jsonpath={.a}=", "cm/a"],
            "error: jsonpath wait has to have a value after equal sign, like --for=jsonpath='{.status.readyReplicas}'=3",
        ),
        (
            &["--for=jsonpath={.a[}", "cm/a"],
            "error: error parsing jsonpath {.a[}, unterminated array",
        ),
        (
            &["--for=delete"],
            "error: you must provide one or more resources by argument or filename (see 'tug wait --help')",
        ),
        (
            &["--for=delete", "cm"],
            "error: resource(s) were provided, but no name was specified; give names, --selector or --all",
        ),
    ];
    for (args, expected) in refused {
        let (stdout, stderr, code) = tug_wait(&ns, &[args, &["-v", "6"]].concat());
        assert_eq!((stdout.as_str(), code), ("", Some(1)), "{args:?}: {stderr}");
        assert_eq!(stderr.lines().collect::<Vec<_>>(), [expected], "{args:?}");
    }
}
