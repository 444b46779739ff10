//! `apply --prune --applyset`: a directory as the whole desired state, with
//! ApplySets that kubectl (KUBECTL_APPLYSET=true) reads and writes too.

use std::path::Path;

use predicates::prelude::*;

use crate::support::{Namespace, cluster, repo_path};
use crate::terminal::Terminal;

const PART_OF: &str = "applyset.kubernetes.io/part-of";
const ID: &str = "applyset.kubernetes.io/id";

/// A ConfigMap manifest, in `namespace` when given.
fn configmap(name: &str, namespace: Option<&str>) -> String {
    let namespace = namespace.map_or(String::new(), |ns| format!("\n  namespace: {ns}"));
    format!(
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {name}{namespace}\ndata:\n  key: value\n"
    )
}

/// A directory holding `files` (name, content).
fn directory(files: &[(impl AsRef<Path>, String)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (name, content) in files {
        std::fs::write(dir.path().join(name), content).unwrap();
    }
    dir
}

fn exists(ns: &Namespace, what: &str) -> bool {
    !ns.kubectl(&["get", what, "--ignore-not-found", "-o", "name"])
        .trim()
        .is_empty()
}

/// A directory with a ConfigMap `NAME` in `NAME.yaml` for each name, applied
/// as the set `set`.
fn applied(ns: &Namespace, names: &[&str], set: &str) -> tempfile::TempDir {
    let files: Vec<(String, String)> = names
        .iter()
        .map(|name| (format!("{name}.yaml"), configmap(name, None)))
        .collect();
    let dir = directory(&files);
    apply_set(ns, dir.path(), set).success();
    dir
}

/// `tug apply -f DIR --prune --applyset=SET` in the namespace, as the admin.
fn apply_set(ns: &Namespace, dir: &Path, set: &str) -> assert_cmd::assert::Assert {
    ns.tug()
        .args(["apply", "--prune", "-f"])
        .arg(dir)
        .arg(format!("--applyset={set}"))
        .assert()
}

/// `tug apply … --applyset=SET` without `-n`, which would refuse objects of
/// other namespaces: the kubeconfig's context namespace is `home` instead.
fn apply_set_across_namespaces(home: &str, dir: &Path, set: &str) -> assert_cmd::assert::Assert {
    let config = tempfile::NamedTempFile::new().unwrap();
    std::fs::copy(&cluster().kubeconfig, config.path()).unwrap();
    crate::support::kubectl_with(
        config.path(),
        &[
            "config",
            "set-context",
            "--current",
            &format!("--namespace={home}"),
        ],
    );
    crate::support::tug()
        .env("KUBECONFIG", config.path())
        .args(["apply", "--prune", "-f"])
        .arg(dir)
        .arg(format!("--applyset={set}"))
        .assert()
}

/// kubectl's `apply --server-side --prune --applyset=SET` with ApplySets
/// enabled; returns what it printed.
fn kubectl_apply_set(ns: &Namespace, dir: &Path, set: &str) -> String {
    let out = std::process::Command::new(&cluster().kubectl)
        .env("KUBECTL_APPLYSET", "true")
        .arg("--kubeconfig")
        .arg(&cluster().kubeconfig)
        .args(["-n", &ns.name, "apply", "--server-side", "--prune", "-f"])
        .arg(dir)
        .arg(format!("--applyset={set}"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The parent Secret's id label.
fn id_of(ns: &Namespace, set: &str) -> String {
    ns.kubectl(&[
        "get",
        "secret",
        set,
        "-o",
        &format!("jsonpath={{.metadata.labels.{}}}", ID.replace('.', "\\.")),
    ])
}

/// The names of the objects of `kind` that the set's selector lists.
fn members(ns: &Namespace, kind: &str, id: &str) -> String {
    ns.kubectl(&["get", kind, "-l", &format!("{PART_OF}={id}"), "-o", "name"])
}

#[test]
fn removing_a_file_from_the_flask_example_prunes_its_service_and_nothing_else() {
    let ns = Namespace::new("prune_flask");
    let example = repo_path("examples/flask");
    let read = |file: &str| std::fs::read_to_string(example.join(file)).unwrap();
    let dir = directory(&[
        ("flask-deployment.yaml", read("flask-deployment.yaml")),
        ("flask-service.yaml", read("flask-service.yaml")),
    ]);
    ns.kubectl(&["create", "configmap", "unrelated"]);
    apply_set(&ns, dir.path(), "flask")
        .success()
        .stdout("deployment.apps/flask-app created\nservice/flask-app created\n")
        .stderr("2 applied: 2 created, 0 configured, 0 unchanged, 0 failed; 0 pruned\n");

    std::fs::remove_file(dir.path().join("flask-service.yaml")).unwrap();
    apply_set(&ns, dir.path(), "flask")
        .success()
        .stdout("deployment.apps/flask-app unchanged\nservice/flask-app pruned\n")
        .stderr("1 applied: 0 created, 0 configured, 1 unchanged, 0 failed; 1 pruned\n");
    assert!(!exists(&ns, "service/flask-app"));
    assert!(exists(&ns, "deployment/flask-app"));
    assert!(exists(&ns, "configmap/unrelated"));
    let annotations = ns.kubectl(&[
        "get",
        "secret",
        "flask",
        "-o",
        "jsonpath={.metadata.annotations}",
    ]);
    assert!(
        annotations.contains(r#""applyset.kubernetes.io/contains-group-kinds":"Deployment.apps""#),
        "{annotations}"
    );
    assert!(
        annotations.contains(r#""applyset.kubernetes.io/tooling":"tug/v"#),
        "{annotations}"
    );
}

#[test]
fn the_part_of_label_is_applied_without_touching_the_file_and_a_rerun_sends_nothing() {
    let ns = Namespace::new("prune_label_noop");
    let dir = applied(&ns, &["a"], "set");
    let id = id_of(&ns, "set");
    assert!(id.starts_with("applyset-") && id.ends_with("-v1"), "{id}");
    assert_eq!(members(&ns, "configmaps", &id), "configmap/a\n");
    assert_eq!(
        std::fs::read_to_string(dir.path().join("a.yaml")).unwrap(),
        configmap("a", None)
    );

    let log = ns
        .tug()
        .args(["apply", "--prune", "--applyset=set", "-v", "6", "-f"])
        .arg(dir.path())
        .assert()
        .success()
        .stdout(predicate::str::contains("configmap/a unchanged"))
        .get_output()
        .stderr
        .clone();
    let log = String::from_utf8_lossy(&log);
    // One GET of the parent, one of the member, one list to prune: no write.
    assert!(!log.contains("PATCH") && !log.contains("DELETE"), "{log}");
}

#[test]
fn a_renamed_object_is_created_and_its_old_name_pruned() {
    let ns = Namespace::new("prune_rename");
    let dir = directory(&[("cm.yaml", configmap("old", None))]);
    apply_set(&ns, dir.path(), "set").success();
    std::fs::write(dir.path().join("cm.yaml"), configmap("new", None)).unwrap();
    apply_set(&ns, dir.path(), "set")
        .success()
        .stdout("configmap/new created\nconfigmap/old pruned\n");
    assert!(!exists(&ns, "configmap/old"));
}

#[test]
fn an_object_moved_to_another_namespace_and_a_namespace_left_behind_are_cleaned_up() {
    let home = Namespace::new("prune_move_home");
    let away = Namespace::new("prune_move_away");
    let dir = directory(&[
        ("stay.yaml", configmap("stay", None)),
        ("moving.yaml", configmap("moving", Some(&away.name))),
    ]);
    apply_set_across_namespaces(&home.name, dir.path(), "set").success();
    let additional = home.kubectl(&[
        "get",
        "secret",
        "set",
        "-o",
        "jsonpath={.metadata.annotations.applyset\\.kubernetes\\.io/additional-namespaces}",
    ]);
    assert_eq!(additional, away.name);

    // The only object of `away` moves home: `away` is no longer in the input at all.
    std::fs::write(dir.path().join("moving.yaml"), configmap("moving", None)).unwrap();
    apply_set_across_namespaces(&home.name, dir.path(), "set")
        .success()
        .stdout("configmap/moving created\nconfigmap/stay unchanged\nconfigmap/moving pruned\n");
    assert!(!exists(&away, "configmap/moving"));
    assert!(exists(&home, "configmap/moving"));
    let additional = home.kubectl(&[
        "get",
        "secret",
        "set",
        "-o",
        "jsonpath={.metadata.annotations.applyset\\.kubernetes\\.io/additional-namespaces}",
    ]);
    assert_eq!(additional, "", "the parent no longer spans {}", away.name);
}

#[test]
fn an_object_of_the_same_name_without_the_label_survives() {
    let home = Namespace::new("prune_unlabelled_home");
    let other = Namespace::new("prune_unlabelled_other");
    let dir = directory(&[
        ("a.yaml", configmap("a", None)),
        ("b.yaml", configmap("b", Some(&other.name))),
        ("c.yaml", configmap("c", Some(&other.name))),
    ]);
    apply_set_across_namespaces(&home.name, dir.path(), "set").success();
    // Same kind and name as a member, in a namespace the set spans, but not a member.
    home.kubectl(&["create", "configmap", "b"]);
    // A member of another set.
    home.kubectl(&["create", "configmap", "d"]);
    home.kubectl(&[
        "label",
        "configmap",
        "d",
        &format!("{PART_OF}=applyset-other-v1"),
    ]);

    std::fs::remove_file(dir.path().join("b.yaml")).unwrap();
    apply_set_across_namespaces(&home.name, dir.path(), "set")
        .success()
        .stdout("configmap/a unchanged\nconfigmap/c unchanged\nconfigmap/b pruned\n");
    assert!(!exists(&other, "configmap/b"));
    assert!(exists(&home, "configmap/b"));
    assert!(exists(&home, "configmap/d"));
}

#[test]
fn a_member_deleted_by_hand_is_created_again() {
    let ns = Namespace::new("prune_recreate");
    let dir = applied(&ns, &["a", "b"], "set");
    ns.kubectl(&["delete", "configmap", "a"]);
    apply_set(&ns, dir.path(), "set")
        .success()
        .stdout("configmap/a created\nconfigmap/b unchanged\n");
}

#[test]
fn a_failed_apply_prunes_nothing() {
    let ns = Namespace::new("prune_after_failure");
    let dir = applied(&ns, &["a", "b"], "set");
    std::fs::remove_file(dir.path().join("b.yaml")).unwrap();
    let invalid =
        "apiVersion: v1\nkind: Service\nmetadata:\n  name: bad\nspec:\n  ports:\n  - port: 99999\n";
    std::fs::write(dir.path().join("c.yaml"), invalid).unwrap();
    apply_set(&ns, dir.path(), "set")
        .code(1)
        .stdout("configmap/a unchanged\n")
        .stderr(
            predicate::str::contains("service/bad").and(predicate::str::contains("pruned").not()),
        );
    assert!(exists(&ns, "configmap/b"));
}

#[test]
fn dry_runs_and_diff_show_what_would_be_pruned_without_deleting_it() {
    let ns = Namespace::new("prune_dry_run");
    let dir = applied(&ns, &["a", "b"], "set");
    std::fs::remove_file(dir.path().join("b.yaml")).unwrap();
    for (mode, suffix) in [("server", " (server dry run)"), ("client", " (dry run)")] {
        ns.tug()
            .args([
                "apply",
                "--prune",
                "--applyset=set",
                &format!("--dry-run={mode}"),
                "-f",
            ])
            .arg(dir.path())
            .assert()
            .success()
            .stdout(predicate::str::contains(format!(
                "configmap/b pruned{suffix}\n"
            )));
    }
    ns.tug()
        .args(["diff", "--prune", "--applyset=set", "-f"])
        .arg(dir.path())
        .assert()
        .code(1)
        .stdout(
            predicate::str::contains(format!("--- live/v1.ConfigMap.{}.b", ns.name))
                .and(predicate::str::contains("-  key: value")),
        );
    assert!(exists(&ns, "configmap/b"));
}

#[test]
fn objects_the_user_may_not_delete_are_reported_each_and_the_run_fails() {
    let ns = Namespace::new("prune_forbidden");
    let user = format!("pruner-{}", ns.name);
    ns.kubectl(&[
        "create",
        "role",
        "no-delete",
        "--verb=get,list,watch,create,patch,update",
        "--resource=configmaps,secrets",
    ]);
    ns.kubectl(&[
        "create",
        "rolebinding",
        "no-delete",
        "--role=no-delete",
        &format!("--user={user}"),
    ]);
    let dir = applied(&ns, &["a", "b"], "set");
    std::fs::remove_file(dir.path().join("b.yaml")).unwrap();
    ns.tug()
        .args([
            "apply",
            "--prune",
            "--applyset=set",
            &format!("--as={user}"),
            "-f",
        ])
        .arg(dir.path())
        .assert()
        .code(1)
        .stdout("configmap/a unchanged\n")
        .stderr(predicate::str::starts_with(
            "Error from server (Forbidden): configmaps \"b\" is forbidden",
        ));
    assert!(exists(&ns, "configmap/b"));
    // The parent still records the namespace and kind of what was left behind.
    apply_set(&ns, dir.path(), "set")
        .success()
        .stdout("configmap/a unchanged\nconfigmap/b pruned\n");
}

#[test]
fn kubectl_and_tug_compute_the_same_id_and_prune_each_others_members() {
    let ns = Namespace::new("prune_kubectl_interop");
    let dir = applied(&ns, &["a", "b"], "shared");
    let tug_id = id_of(&ns, "shared");

    // kubectl makes a parent of the same name of its own, over tug's members;
    // it prunes from its second run on, once its parent records their kind.
    ns.kubectl(&["delete", "secret", "shared"]);
    std::fs::remove_file(dir.path().join("b.yaml")).unwrap();
    let kubectl_apply = || kubectl_apply_set(&ns, dir.path(), "shared");
    kubectl_apply();
    assert_eq!(id_of(&ns, "shared"), tug_id);
    let pruned = kubectl_apply();
    assert!(pruned.contains("configmap/b pruned"), "{pruned}");
    assert_eq!(members(&ns, "configmaps", &tug_id), "configmap/a\n");

    // kubectl's set is refused, and tug says how to take it over.
    let dir = directory(&[("c.yaml", configmap("c", None))]);
    apply_set(&ns, dir.path(), "shared")
        .code(1)
        .stdout("")
        .stderr(
            predicate::str::contains("is managed by \"kubectl\", not tug")
                .and(predicate::str::contains("--applyset-takeover")),
        );
    assert!(!exists(&ns, "configmap/c"));
    ns.tug()
        .args([
            "apply",
            "--prune",
            "--applyset=shared",
            "--applyset-takeover",
            "-f",
        ])
        .arg(dir.path())
        .assert()
        .success()
        .stdout("configmap/c created\nconfigmap/a pruned\n");
    assert_eq!(id_of(&ns, "shared"), tug_id);
}

#[test]
fn deleting_a_set_removes_its_members_then_its_parent() {
    let ns = Namespace::new("prune_delete_set");
    applied(&ns, &["a"], "set");
    ns.kubectl(&["create", "configmap", "unrelated"]);
    ns.tug()
        .args(["delete", "--applyset=set"])
        .assert()
        .success()
        .stdout(format!(
            "configmap \"a\" deleted from {0} namespace\nsecret \"set\" deleted from {0} namespace\n",
            ns.name
        ));
    assert!(!exists(&ns, "configmap/a"));
    assert!(!exists(&ns, "secret/set"));
    assert!(exists(&ns, "configmap/unrelated"));
}

#[test]
fn on_a_terminal_pruning_shows_the_list_and_asks_first() {
    let ns = Namespace::new("prune_terminal");
    let dir = applied(&ns, &["a", "b"], "set");
    std::fs::remove_file(dir.path().join("b.yaml")).unwrap();
    let path = dir.path().to_str().unwrap();
    let terminal = Terminal::tug(&[
        "-n",
        &ns.name,
        "apply",
        "--prune",
        "--applyset=set",
        "-f",
        path,
    ]);
    terminal.wait_for("Prune them?");
    let screen = terminal.wait_for("configmap/b in namespace");
    assert!(
        screen.contains("You are about to delete 1 object(s)"),
        "{screen}"
    );
    terminal.send(&["n", "Enter"]);
    let (code, screen) = terminal.finish();
    assert_eq!(code, 0, "{screen}");
    assert!(screen.contains("pruning is cancelled"), "{screen}");
    assert!(exists(&ns, "configmap/b"));
}

#[test]
fn get_applysets_shows_each_parent_its_tool_members_per_kind_and_namespaces() {
    let home = Namespace::new("prune_get_home");
    let other = Namespace::new("prune_get_other");
    let example = repo_path("examples/flask");
    let read = |file: &str| std::fs::read_to_string(example.join(file)).unwrap();
    let dir = directory(&[
        ("flask-deployment.yaml", read("flask-deployment.yaml")),
        ("flask-service.yaml", read("flask-service.yaml")),
        ("away.yaml", configmap("away", Some(&other.name))),
    ]);
    apply_set_across_namespaces(&home.name, dir.path(), "flask").success();
    home.tug()
        .args(["get", "applysets"])
        .assert()
        .success()
        .stdout(
            predicate::str::is_match(format!(
                "^NAME +TOOLING +MEMBERS +NAMESPACES\n\
             secret/flask +tug/v[0-9.]+ +ConfigMap=1,Deployment.apps=1,Service=1 +{},{}\n$",
                home.name, other.name
            ))
            .unwrap(),
        );
    home.tug()
        .args(["get", "applyset", "missing"])
        .assert()
        .code(1)
        .stderr(format!(
            "error: applyset \"missing\" not found in {} namespace\n",
            home.name
        ));
}

#[test]
fn a_configmap_parent_has_the_id_kubectl_gives_it() {
    let ns = Namespace::new("prune_configmap_parent");
    let dir = applied(&ns, &["a", "b"], "configmaps/cmset");
    let id_of_configmap = || {
        ns.kubectl(&[
            "get",
            "configmap",
            "cmset",
            "-o",
            "jsonpath={.metadata.labels.applyset\\.kubernetes\\.io/id}",
        ])
    };
    let tug_id = id_of_configmap();
    assert_eq!(
        members(&ns, "configmaps", &tug_id),
        "configmap/a\nconfigmap/b\n"
    );
    ns.kubectl(&["delete", "configmap", "cmset"]);
    kubectl_apply_set(&ns, dir.path(), "configmaps/cmset");
    assert_eq!(id_of_configmap(), tug_id);
}

#[test]
fn a_type_that_cannot_be_a_parent_is_refused_before_anything_is_applied() {
    let ns = Namespace::new("prune_bad_parent");
    let dir = directory(&[("a.yaml", configmap("a", None))]);
    apply_set(&ns, dir.path(), "deployments.apps/web")
        .code(1)
        .stdout("")
        .stderr(predicate::str::contains(
            "deployments.apps cannot be an ApplySet parent",
        ));
    assert!(!exists(&ns, "configmap/a"));
    let labelled = format!(
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n  labels:\n    {PART_OF}: applyset-mine-v1\n"
    );
    std::fs::write(dir.path().join("a.yaml"), labelled).unwrap();
    apply_set(&ns, dir.path(), "set")
        .code(1)
        .stderr(predicate::str::contains(
            "label is set by --applyset and must not be in the manifest",
        ));
}

#[test]
fn a_kind_whose_definition_was_deleted_leaves_the_set() {
    let ns = Namespace::new("prune_deleted_crd");
    let (group, widgets) = crate::support::widget_manifests(&ns, "w");
    let dir = directory(&[("a.yaml", configmap("a", None)), ("widgets.yaml", widgets)]);
    apply_set(&ns, dir.path(), "set").success();
    ns.kubectl(&["delete", "crd", &format!("widgets.{group}")]);
    std::fs::remove_file(dir.path().join("widgets.yaml")).unwrap();
    apply_set(&ns, dir.path(), "set")
        .success()
        .stdout("configmap/a unchanged\n");
    let kinds = ns.kubectl(&[
        "get",
        "secret",
        "set",
        "-o",
        "jsonpath={.metadata.annotations.applyset\\.kubernetes\\.io/contains-group-kinds}",
    ]);
    assert_eq!(kinds, "ConfigMap");
}

#[test]
fn objects_applied_before_without_a_set_join_it_on_the_first_run_with_one() {
    let ns = Namespace::new("prune_join_set");
    let dir = directory(&[("a.yaml", configmap("a", None))]);
    ns.tug()
        .args(["apply", "-f"])
        .arg(dir.path())
        .assert()
        .success()
        .stdout("configmap/a created\n");
    apply_set(&ns, dir.path(), "set")
        .success()
        .stdout("configmap/a configured\n");
    assert_eq!(
        members(&ns, "configmaps", &id_of(&ns, "set")),
        "configmap/a\n"
    );
}

#[test]
fn ctrl_c_during_the_apply_prunes_nothing() {
    let ns = Namespace::new("prune_interrupted");
    let dir = applied(&ns, &["old"], "set");
    std::fs::remove_file(dir.path().join("old.yaml")).unwrap();
    std::fs::write(
        dir.path().join("many.json"),
        crate::support::configmap_list(2000),
    )
    .unwrap();
    let path = dir.path().to_str().unwrap();
    let output = crate::support::interrupted_tug(
        [
            "-n",
            &ns.name,
            "apply",
            "--prune",
            "--applyset=set",
            "--concurrency",
            "2",
            "-f",
            path,
        ],
        || {
            ns.kubectl(&["get", "configmaps", "-o", "name"])
                .contains("cm-")
        },
    );
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(130), "{stderr}");
    assert!(!String::from_utf8_lossy(&output.stdout).contains("pruned"));
    assert!(exists(&ns, "configmap/old"));
}

#[test]
fn pruning_500_of_1000_members_lists_them_in_pages_and_sends_one_delete_each() {
    let ns = Namespace::new("prune_large");
    let dir = directory(&[("all.json", crate::support::configmap_list(1000))]);
    apply_set(&ns, dir.path(), "set").success();
    std::fs::write(
        dir.path().join("all.json"),
        crate::support::configmap_list(500),
    )
    .unwrap();
    let output = ns
        .tug()
        .args(["apply", "--prune", "--applyset=set", "-v", "6", "-f"])
        .arg(dir.path())
        .assert()
        .success()
        .get_output()
        .clone();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(
        stdout.lines().filter(|l| l.ends_with(" pruned")).count(),
        500
    );
    let log = String::from_utf8_lossy(&output.stderr);
    let requests = |verb: &str, path: &str| {
        log.lines()
            .filter(|l| l.starts_with(&format!("I {verb} ")) && l.contains(path))
            .count()
    };
    let configmaps = format!("/namespaces/{}/configmaps", ns.name);
    assert_eq!(requests("DELETE", &configmaps), 500, "{log}");
    assert_eq!(
        requests("PATCH", ""),
        0,
        "nothing changed, the parent neither"
    );
    // No GET of one object: the 500 applied are read with one paged list,
    // the members with another (500 a page, so a few pages each).
    assert_eq!(requests("GET", &format!("{configmaps}/")), 0);
    let lists = requests("GET", &format!("{configmaps}?"));
    assert!((4..=6).contains(&lists), "{lists} lists:\n{log}");
}

#[test]
fn the_diff_of_a_secret_to_be_pruned_masks_its_values() {
    let ns = Namespace::new("prune_diff_secret");
    let secret = "apiVersion: v1\nkind: Secret\nmetadata:\n  name: creds\nstringData:\n  password: hunter2-do-not-print\n";
    let dir = directory(&[
        ("a.yaml", configmap("a", None)),
        ("creds.yaml", secret.to_string()),
    ]);
    apply_set(&ns, dir.path(), "set").success();
    std::fs::remove_file(dir.path().join("creds.yaml")).unwrap();
    let output = ns
        .tug()
        .args(["diff", "--prune", "--applyset=set", "-v", "6", "-f"])
        .arg(dir.path())
        .assert()
        .code(1)
        .stdout(predicate::str::contains("-  password: \"***\""))
        .get_output()
        .clone();
    let everything = [output.stdout, output.stderr].concat();
    let everything = String::from_utf8_lossy(&everything);
    assert!(
        !everything.contains("hunter2") && !everything.contains("aHVudGVy"),
        "{everything}"
    );
}

#[test]
fn a_parent_whose_namespace_does_not_exist_yet_is_one_clear_error_before_anything_is_applied() {
    let ns = Namespace::new("prune_parent_namespace");
    let missing = format!("{}-missing", ns.name);
    let dir = directory(&[("a.yaml", configmap("a", Some(&ns.name)))]);
    apply_set_across_namespaces(&missing, dir.path(), "set")
        .code(1)
        .stdout("")
        .stderr(format!(
            "error: ApplySet parent secret/set in namespace {missing}: namespaces \"{missing}\" not found\n"
        ));
    assert!(!exists(&ns, "configmap/a"));
}

#[test]
fn a_parent_in_a_namespace_the_input_creates_is_written_once_it_exists() {
    let ns = Namespace::new("prune_new_namespace");
    let created = format!("{}-new", ns.name);
    let namespace = format!("apiVersion: v1\nkind: Namespace\nmetadata:\n  name: {created}\n");
    let dir = directory(&[
        ("a.yaml", configmap("a", Some(&created))),
        ("b.yaml", configmap("b", Some(&created))),
        ("namespace.yaml", namespace),
    ]);
    let first = apply_set_across_namespaces(&created, dir.path(), "set")
        .get_output()
        .clone();
    std::fs::remove_file(dir.path().join("b.yaml")).unwrap();
    let second = apply_set_across_namespaces(&created, dir.path(), "set")
        .get_output()
        .clone();
    // Deleted before the assertions, so that a failure leaves nothing behind.
    crate::support::kubectl(&["delete", "namespace", &created, "--wait=false"]);
    let stdout =
        |output: &std::process::Output| String::from_utf8_lossy(&output.stdout).into_owned();
    assert_eq!(
        stdout(&first),
        format!("configmap/a created\nconfigmap/b created\nnamespace/{created} created\n"),
        "{}",
        String::from_utf8_lossy(&first.stderr)
    );
    assert_eq!(
        stdout(&second),
        format!("configmap/a unchanged\nnamespace/{created} unchanged\nconfigmap/b pruned\n")
    );
}
