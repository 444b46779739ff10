//! Behaviour of the binary that needs no cluster: usage errors, missing or
//! unreachable clusters, the client version.

use std::path::Path;

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
fn completion_prints_a_script_that_asks_tug_or_with_static_the_repositorys() {
    let home = tempfile::tempdir().unwrap();
    tug_without_kubeconfig(home.path())
        .args(["completion", "bash"])
        .assert()
        .success()
        .stdout(predicate::str::contains("_TUG_COMPLETE=\"bash\""));
    let repository_script =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("completions/tug.fish"))
            .unwrap();
    tug_without_kubeconfig(home.path())
        .args(["completion", "fish", "--static"])
        .assert()
        .success()
        .stdout(repository_script);
}

/// Runs `tug ARGS` without any kubeconfig and returns its stderr, after
/// checking that it failed with one line and no panic. A usage error must be
/// found before the kubeconfig is read, so it is what the line says.
fn refused_without_kubeconfig(args: &[&str]) -> String {
    let home = tempfile::tempdir().unwrap();
    let out = tug_without_kubeconfig(home.path())
        .args(args)
        .assert()
        .code(1)
        .get_output()
        .clone();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(one_line(&out.stderr), "{args:?}: {stderr}");
    assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
    assert!(!stderr.contains("no kubeconfig"), "{args:?}: {stderr}");
    stderr
}

#[test]
fn huge_durations_are_refused_without_a_panic() {
    for duration in [
        "18446744073709551615s",
        "99999999999999999999999h",
        "2562048h",
        "-1s",
        "1e9s",
    ] {
        let timeout = format!("--timeout={duration}");
        let stderr = refused_without_kubeconfig(&["rollout", "status", "deploy/x", &timeout]);
        assert!(stderr.contains("--timeout"), "{duration}: {stderr}");
        let request_timeout = format!("--request-timeout={duration}");
        refused_without_kubeconfig(&["get", "pods", &request_timeout]);
    }
}

#[test]
fn out_of_range_numbers_are_refused_without_a_panic() {
    for args in [
        &["scale", "deploy/x", "--replicas", "2147483648"][..],
        &["scale", "deploy/x", "--replicas", "-1"],
        &[
            "scale",
            "deploy/x",
            "--replicas",
            "1",
            "--current-replicas",
            "-2",
        ],
        &["get", "pods", "--chunk-size", "-1"],
        &["get", "pods", "--chunk-size", "4294967296"],
        &[
            "rollout",
            "history",
            "deploy/x",
            "--revision",
            "9223372036854775808",
        ],
        &[
            "rollout",
            "undo",
            "deploy/x",
            "--to-revision",
            "-9223372036854775809",
        ],
        &["apply", "-f", "-", "--concurrency", "0"],
        &["apply", "-f", "-", "--concurrency", "65536"],
        &["get", "pods", "-v", "256"],
    ] {
        refused_without_kubeconfig(args);
    }
}

#[test]
fn negative_and_huge_jsonpath_indexes_are_refused_or_empty_without_a_panic() {
    for template in [
        "jsonpath={.items[99999999999999999999]}",
        "jsonpath={.items[-99999999999999999999]}",
        "jsonpath={.items[1:2:0:4]}",
        "custom-columns=X:.items[99999999999999999999]",
    ] {
        refused_without_kubeconfig(&["get", "pods", "-o", template]);
    }
}

#[test]
fn names_that_would_change_the_url_are_refused() {
    let stderr = refused_without_kubeconfig(&["get", "deploy", "a/../b"]);
    assert!(stderr.starts_with("error: "), "{stderr}");
    let stderr = refused_without_kubeconfig(&["get", "deploy", ".."]);
    assert_eq!(
        stderr,
        "error: invalid resource name \"..\": [may not be '..']\n"
    );
    let stderr = refused_without_kubeconfig(&["get", "deploy/%2e%2e"]);
    assert_eq!(
        stderr,
        "error: invalid resource name \"%2e%2e\": [may not contain '%']\n"
    );
    let stderr = refused_without_kubeconfig(&["rollout", "status", "deploy/.."]);
    assert!(stderr.contains("may not be '..'"), "{stderr}");
    let stderr = refused_without_kubeconfig(&["delete", "deploy", "x%y"]);
    assert!(stderr.contains("may not contain '%'"), "{stderr}");
}

#[test]
fn namespaces_must_be_rfc_1123_labels() {
    for namespace in ["a/../b", "Kube-System", "..", "a%2Fb", &"n".repeat(64)] {
        let stderr = refused_without_kubeconfig(&["get", "pods", "-n", namespace]);
        assert!(stderr.contains("invalid namespace"), "{stderr}");
    }
}

#[test]
fn a_name_with_all_namespaces_is_kubectls_usage_error() {
    for args in [
        &["get", "deploy", "x", "-A"][..],
        &["get", "deploy/x", "--all-namespaces"],
    ] {
        let stderr = refused_without_kubeconfig(args);
        assert_eq!(
            stderr,
            "error: a resource cannot be retrieved by name across all namespaces\n"
        );
    }
}

#[test]
fn binary_huge_and_deeply_nested_manifests_are_one_line_errors() {
    let dir = tempfile::tempdir().unwrap();
    let cases: [(&str, Vec<u8>); 5] = [
        ("binary.yaml", (0..=255u8).cycle().take(4096).collect()),
        ("nul.yaml", b"apiVersion: v1\0\nkind: Pod\n".to_vec()),
        (
            "deep.yaml",
            format!("a: {}{}", "[".repeat(100_000), "]".repeat(100_000)).into_bytes(),
        ),
        (
            "deep-map.yaml",
            format!("a: {}{}", "{b: ".repeat(50_000), "}".repeat(50_000)).into_bytes(),
        ),
        ("utf16.json", vec![0xff, 0xfe, b'{', 0, b'}', 0, 0xd8]),
    ];
    for (name, bytes) in cases {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        let stderr = refused_without_kubeconfig(&["apply", "-f", path.to_str().unwrap()]);
        assert!(stderr.contains(name), "{name}: {stderr}");
    }
}

/// Parses `tug ARGS` as main does.
fn parse(args: &[&str]) -> Result<kubetug::cli::Cli, clap::Error> {
    use clap::Parser;
    kubetug::cli::Cli::try_parse_from(std::iter::once("tug").chain(args.iter().copied()))
}

fn delete_waits(args: &[&str]) -> bool {
    match parse(args).unwrap().command {
        kubetug::cli::Command::Delete(delete) => delete.wait,
        other => panic!("{other:?}"),
    }
}

fn get_flags(args: &[&str]) -> (bool, bool, bool, Vec<String>) {
    match parse(args).unwrap().command {
        kubetug::cli::Command::Get(get) => {
            (get.all_namespaces, get.watch, get.no_headers, get.resources)
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn boolean_flags_take_every_form_kubectl_takes() {
    assert!(delete_waits(&["delete", "pod/a", "--wait"]));
    assert!(delete_waits(&["delete", "pod/a"]));
    for (value, expected) in [
        ("true", true),
        ("True", true),
        ("TRUE", true),
        ("t", true),
        ("T", true),
        ("1", true),
        ("false", false),
        ("False", false),
        ("FALSE", false),
        ("f", false),
        ("F", false),
        ("0", false),
    ] {
        let flag = format!("--wait={value}");
        assert_eq!(
            delete_waits(&["delete", "pod/a", &flag]),
            expected,
            "{flag}"
        );
        let flag = format!("--no-headers={value}");
        assert_eq!(get_flags(&["get", "pods", &flag]).2, expected, "{flag}");
    }
    let pods = vec!["pods".to_string()];
    assert_eq!(
        get_flags(&["get", "pods"]),
        (false, false, false, pods.clone())
    );
    assert_eq!(
        get_flags(&["get", "-A=true", "pods"]),
        (true, false, false, pods.clone())
    );
    assert!(!get_flags(&["get", "-A=false", "pods"]).0);
    assert_eq!(
        get_flags(&["get", "-Aw", "pods"]),
        (true, true, false, pods.clone())
    );
    assert!(get_flags(&["get", "--all-namespaces=1", "pods"]).0);
    assert!(parse(&["apply", "-f", "x", "--force-conflicts=T"]).is_ok());
    assert!(parse(&["--insecure-skip-tls-verify=false", "version"]).is_ok());
}

#[test]
fn a_boolean_flag_never_takes_the_next_argument_as_its_value() {
    // `-A pods`: pods is the type to list, as with kubectl.
    let (all, _, _, resources) = get_flags(&["get", "-A", "pods"]);
    assert!(all);
    assert_eq!(resources, ["pods"]);
    let (_, _, no_headers, resources) = get_flags(&["get", "--no-headers", "false"]);
    assert!(no_headers);
    assert_eq!(resources, ["false"]);
}

#[test]
fn a_boolean_flag_with_another_value_is_a_one_line_usage_error() {
    let home = tempfile::tempdir().unwrap();
    let out = tug_without_kubeconfig(home.path())
        .args(["get", "pods", "--no-headers=maybe"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("\"maybe\" is not a boolean"))
        .get_output()
        .clone();
    assert!(one_line(&out.stderr));
}

#[test]
fn every_boolean_flag_reads_as_kubectls() {
    use clap::CommandFactory;
    fn check(command: &clap::Command, path: &str) {
        for arg in command.get_arguments() {
            let is_bool = arg.get_value_parser().type_id() == std::any::TypeId::of::<bool>();
            if !is_bool || arg.is_positional() {
                continue;
            }
            let name = format!("{path} --{}", arg.get_id());
            assert!(arg.is_require_equals_set(), "{name}");
            assert_eq!(arg.get_num_args(), Some((0..=1).into()), "{name}");
        }
        for sub in command.get_subcommands() {
            check(sub, &format!("{path} {}", sub.get_name()));
        }
    }
    check(&kubetug::cli::Cli::command(), "tug");
}

#[test]
fn continue_on_error_cannot_be_combined_with_prune() {
    let error = parse(&[
        "apply",
        "-f",
        "x",
        "--continue-on-error",
        "--prune",
        "--applyset=s",
    ])
    .unwrap_err();
    assert_eq!(error.kind(), clap::error::ErrorKind::ArgumentConflict);
    assert!(parse(&["apply", "-f", "x", "--continue-on-error"]).is_ok());
}
