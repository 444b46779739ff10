//! Published manifests of real projects (`tests/corpus`: argo-cd,
//! kube-prometheus, cert-manager, the guestbook), applied by tug and by
//! `kubectl apply --server-side`, with the results compared.
//!
//! How the two runs are kept apart: each tool applies its own copy of a
//! project, rewritten line by line so that nothing it creates is shared with
//! the other tool, with other tests or with another run of this test. Every
//! namespace the manifests name (`monitoring`, `kube-system`, `default`…) and
//! the context's namespace become `TAG-NAMESPACE`; every API group defined by
//! a CustomResourceDefinition or an APIService becomes `TAG.GROUP`
//! everywhere in the text (so CRDs, custom resources and RBAC rules move
//! together); cluster-scoped objects get `-TAG` after their name. TAG differs
//! by tool and by process. Only names change: the bytes around them, with
//! their indentation, trailing spaces and YAML 1.1 scalars, stay as
//! published. Namespaces exist before either tool runs, as they do in a real
//! cluster, so that kubectl does not lose objects to its file order; kubectl
//! runs twice (as its users must when CRDs and their resources come
//! together), tug once.
//!
//! What must hold: every object kubectl applies, tug applies, and the two
//! copies on the server are equal once the tags are put back — everything
//! but metadata (apart from labels and annotations) and status, and without
//! what the server allocates (cluster IPs, node ports). The test reads tug's
//! own output for what it applied and the server for what it stored, so a
//! fault in tug's reader, ordering or apply fails it. Everything is deleted at
//! the end, the cluster-scoped objects and APIServices first, so that an
//! APIService without a backend does not outlive the test.
//!
//! Then both apply every project again, the path most runs of a deployment
//! pipeline take: tug must report each object kubectl re-applies as
//! unchanged, exit as kubectl does, and the copies must still be equal.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

use crate::support::cluster;

/// The corpus kept in the repository (tests/corpus/README.md says where each file comes from).
fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus")
}

/// What the line rewrites need to know about a project, read from its manifests.
#[derive(Default)]
struct Names {
    /// Every namespace named by an object or a `namespace:` field.
    namespaces: BTreeSet<String>,
    /// API groups defined here (CRDs, APIServices), outermost first.
    groups: BTreeSet<String>,
    /// Kinds whose objects have no namespace.
    cluster_kinds: BTreeSet<String>,
}

impl Names {
    fn of(project: &Path, cluster_kinds: &BTreeSet<String>) -> Names {
        let mut names = Names {
            cluster_kinds: cluster_kinds.clone(),
            ..Names::default()
        };
        for file in yaml_files(project) {
            let text = std::fs::read_to_string(&file).unwrap();
            let documents: Vec<Value> = serde_saphyr::from_multiple(&text)
                .unwrap_or_else(|e| panic!("{}: {e}", file.display()));
            for document in documents.iter().flat_map(objects_of) {
                names.learn(document);
            }
            for line in text.lines() {
                if let Some(namespace) = field_value(line, "namespace") {
                    names.namespaces.insert(namespace.to_owned());
                }
            }
        }
        // A group inside another (acme.cert-manager.io) moves with it.
        let groups = names.groups.clone();
        names
            .groups
            .retain(|g| !groups.iter().any(|outer| g.ends_with(&format!(".{outer}"))));
        names
    }

    fn learn(&mut self, object: &Value) {
        let kind = object["kind"].as_str().unwrap_or_default();
        let spec = &object["spec"];
        match kind {
            "Namespace" => {
                let name = object["metadata"]["name"].as_str().unwrap_or_default();
                self.namespaces.insert(name.to_owned());
            }
            "CustomResourceDefinition" => {
                self.groups
                    .insert(spec["group"].as_str().unwrap_or_default().to_owned());
                if spec["scope"] == "Cluster" {
                    let kind = spec["names"]["kind"].as_str().unwrap_or_default();
                    self.cluster_kinds.insert(kind.to_owned());
                }
            }
            "APIService" => {
                self.groups
                    .insert(spec["group"].as_str().unwrap_or_default().to_owned());
            }
            _ => {}
        }
    }
}

/// A document's objects: itself, or the items of a List.
fn objects_of(document: &Value) -> Vec<&Value> {
    match document["items"].as_array() {
        Some(items)
            if document["kind"]
                .as_str()
                .is_some_and(|k| k.ends_with("List")) =>
        {
            items.iter().collect()
        }
        _ if document.is_object() => vec![document],
        _ => vec![],
    }
}

/// Manifest files below `dir`, as `apply -R` finds them.
fn yaml_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            files.extend(yaml_files(&path));
        } else if path
            .extension()
            .is_some_and(|e| e == "yaml" || e == "yml" || e == "json")
        {
            files.push(path);
        }
    }
    files
}

/// `  namespace: "x"` → `x` for a line that sets `key` to a plain scalar.
fn field_value<'a>(line: &'a str, key: &str) -> Option<&'a str> {
    let rest = line.trim_start().trim_start_matches("- ").trim_start();
    let value = rest.strip_prefix(key)?.strip_prefix(':')?.trim();
    let value = value.trim_matches(|c| c == '"' || c == '\'');
    let plain = !value.is_empty()
        && value
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-.:".contains(c));
    plain.then_some(value)
}

/// One tool's copy of the corpus: its tag and how names are rewritten.
struct Copy {
    tag: String,
    dir: tempfile::TempDir,
    kubeconfig: PathBuf,
}

impl Copy {
    fn new(tool: &str) -> Copy {
        let tag = format!("corpus{}{tool}", std::process::id());
        let dir = tempfile::tempdir().unwrap();
        let kubeconfig = dir.path().join("kubeconfig");
        std::fs::copy(&cluster().kubeconfig, &kubeconfig).unwrap();
        let copy = Copy {
            tag,
            dir,
            kubeconfig,
        };
        copy.kubectl(&[
            "config",
            "set-context",
            "--current",
            &format!("--namespace={}", copy.namespace("default")),
        ]);
        copy
    }

    fn namespace(&self, original: &str) -> String {
        format!("{}-{original}", self.tag)
    }

    /// Writes the rewritten project below this copy's directory; returns its path.
    fn write(&self, project: &Path, names: &Names) -> PathBuf {
        let target = self.dir.path().join(project.file_name().unwrap());
        for file in yaml_files(project) {
            let relative = file.strip_prefix(project).unwrap();
            let out = target.join(relative);
            std::fs::create_dir_all(out.parent().unwrap()).unwrap();
            let text = std::fs::read_to_string(&file).unwrap();
            std::fs::write(out, self.rewrite(&text, names)).unwrap();
        }
        target
    }

    fn rewrite(&self, text: &str, names: &Names) -> String {
        let mut text = text.to_owned();
        for group in &names.groups {
            text = text.replace(group.as_str(), &format!("{}.{group}", self.tag));
        }
        let mut out = String::with_capacity(text.len() + 4096);
        let mut document = Vec::new();
        for line in text.split_inclusive('\n') {
            if line.starts_with("---") {
                out.push_str(&self.rewrite_document(&document, names));
                document.clear();
                out.push_str(line);
            } else {
                document.push(line);
            }
        }
        out.push_str(&self.rewrite_document(&document, names));
        out
    }

    /// Namespaces everywhere; the name of a Namespace or cluster-scoped object.
    fn rewrite_document(&self, lines: &[&str], names: &Names) -> String {
        let kind = lines
            .iter()
            .find_map(|l| l.strip_prefix("kind:"))
            .map(|k| k.trim().to_owned())
            .unwrap_or_default();
        let renamed = |name: &str| -> Option<String> {
            match kind.as_str() {
                "Namespace" => Some(self.namespace(name)),
                // Named after their group, which is rewritten already.
                "CustomResourceDefinition" | "APIService" => None,
                kind if names.cluster_kinds.contains(kind) => Some(format!("{name}-{}", self.tag)),
                _ => None,
            }
        };
        let mut out = String::new();
        let mut in_metadata = false;
        let mut named = false;
        for line in lines {
            let indented = line.starts_with([' ', '\t']);
            if !indented && !line.trim().is_empty() && !line.starts_with('#') {
                in_metadata = line.trim_end() == "metadata:";
            }
            let mut line = line.to_string();
            if let Some(namespace) = field_value(&line, "namespace")
                && names.namespaces.contains(namespace)
            {
                line = line.replacen(namespace, &self.namespace(namespace), 1);
            } else if in_metadata
                && indented
                && !named
                && let Some(name) = field_value(&line, "name")
                && let Some(new_name) = renamed(name)
            {
                line = line.replacen(name, &new_name, 1);
                named = true;
            }
            out.push_str(&line);
        }
        out
    }

    /// kubectl with this copy's kubeconfig (whose namespace is this copy's `default`).
    fn kubectl(&self, args: &[&str]) -> std::process::Output {
        Command::new(&cluster().kubectl)
            .arg("--kubeconfig")
            .arg(&self.kubeconfig)
            .args(args)
            .output()
            .unwrap()
    }

    fn tug(&self, args: &[&str]) -> std::process::Output {
        Command::new(assert_cmd::cargo::cargo_bin!("tug"))
            .env("KUBECONFIG", &self.kubeconfig)
            .args(args)
            .output()
            .unwrap()
    }

    /// The other copy's tag put in place of this one's.
    fn retag(&self, text: &str, other: &Copy) -> String {
        text.replace(&self.tag, &other.tag)
    }
}

/// Deletes what the copies created, even when the test fails: every
/// cluster-scoped object of theirs (APIServices and CRDs among them) and
/// their namespaces, with all that is in them.
struct Cleanup<'a> {
    copies: [&'a Copy; 2],
}

impl Drop for Cleanup<'_> {
    fn drop(&mut self) {
        for copy in self.copies {
            let listed = copy.kubectl(&[
                "get",
                "apiservices,customresourcedefinitions,clusterroles,clusterrolebindings,namespaces",
                "-o",
                "name",
            ]);
            let names: Vec<String> = String::from_utf8_lossy(&listed.stdout)
                .lines()
                .filter(|name| name.contains(&copy.tag))
                .map(String::from)
                .collect();
            if !names.is_empty() {
                let mut args = vec!["delete", "--ignore-not-found", "--wait=false"];
                args.extend(names.iter().map(String::as_str));
                copy.kubectl(&args);
            }
        }
    }
}

/// Kinds the server serves without a namespace.
fn cluster_scoped_kinds() -> BTreeSet<String> {
    let out = crate::support::kubectl(&["api-resources", "--namespaced=false", "--no-headers"]);
    out.lines()
        .filter_map(|line| line.split_whitespace().last())
        .map(String::from)
        .collect()
}

/// `kind.group/name` of each object a tool reports applied, from its stdout.
fn applied(stdout: &[u8], words: &[&str]) -> BTreeSet<String> {
    String::from_utf8_lossy(stdout)
        .lines()
        .filter_map(|line| line.split_once(' '))
        .filter(|(_, word)| words.contains(&word.trim()))
        .map(|(name, _)| name.to_owned())
        .collect()
}

/// What apply decides, keyed by namespace and name: everything but status and
/// metadata other than labels and annotations, without server-allocated values.
fn applied_content(object: &Value) -> Value {
    let mut content = object.clone();
    let map = content.as_object_mut().unwrap();
    map.remove("status");
    let metadata = map.remove("metadata").unwrap_or_default();
    map.insert(
        "labels".into(),
        metadata.get("labels").cloned().unwrap_or_default(),
    );
    let mut annotations = metadata.get("annotations").cloned().unwrap_or_default();
    if let Some(annotations) = annotations.as_object_mut() {
        // Written by kubectl's client-side apply only.
        annotations.remove("kubectl.kubernetes.io/last-applied-configuration");
        // Counts the applies that changed the template, which differ: kubectl runs twice.
        annotations.remove("deployment.kubernetes.io/revision");
    }
    // Without those, an object whose controller had not yet written the
    // revision has no annotations, like one that never had any.
    if annotations.as_object().is_some_and(|a| a.is_empty()) {
        annotations = Value::Null;
    }
    map.insert("annotations".into(), annotations);
    if let Some(spec) = map.get_mut("spec").and_then(Value::as_object_mut) {
        for allocated in ["clusterIP", "clusterIPs", "healthCheckNodePort"] {
            spec.remove(allocated);
        }
        if let Some(ports) = spec.get_mut("ports").and_then(Value::as_array_mut) {
            for port in ports {
                if let Some(port) = port.as_object_mut() {
                    port.remove("nodePort");
                }
            }
        }
    }
    content
}

/// The objects of one type that a copy holds, by namespace/name with its tag put back.
fn stored(copy: &Copy, reference: &Copy, kind: &str) -> BTreeMap<String, Value> {
    let kind = reference.retag(kind, copy);
    let output = copy.kubectl(&["get", &kind, "-A", "-o", "json"]);
    assert!(
        output.status.success(),
        "kubectl get {kind}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let list: Value = serde_json::from_slice(&output.stdout).unwrap();
    list["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|item| {
            let metadata = &item["metadata"];
            [&metadata["name"], &metadata["namespace"]]
                .iter()
                .any(|name| name.as_str().is_some_and(|n| n.contains(&copy.tag)))
        })
        .map(|item| {
            serde_json::from_str::<Value>(&copy.retag(&item.to_string(), reference)).unwrap()
        })
        .map(|item| {
            let metadata = &item["metadata"];
            let key = format!(
                "{}/{}",
                metadata["namespace"].as_str().unwrap_or_default(),
                metadata["name"].as_str().unwrap_or_default()
            );
            (key, applied_content(&item))
        })
        .collect()
}

/// Applies one project with both tools and returns what differs.
fn compare_project(
    project: &Path,
    cluster_kinds: &BTreeSet<String>,
    ours: &Copy,
    theirs: &Copy,
) -> Vec<String> {
    let project_name = project.file_name().unwrap().to_string_lossy().into_owned();
    let names = Names::of(project, cluster_kinds);
    for copy in [ours, theirs] {
        let mut namespaces: Vec<String> =
            names.namespaces.iter().map(|n| copy.namespace(n)).collect();
        namespaces.push(copy.namespace("default"));
        for namespace in namespaces {
            // Already there when two projects share one.
            copy.kubectl(&["create", "namespace", &namespace]);
        }
    }

    let our_dir = ours.write(project, &names);
    let their_dir = theirs.write(project, &names);
    let our_dir = our_dir.to_str().unwrap();
    let their_dir = their_dir.to_str().unwrap();
    // The two runs touch nothing in common, so they run side by side.
    let (tug, kubectl_applied) = std::thread::scope(|scope| {
        let tug = scope.spawn(|| ours.tug(&["apply", "-R", "-f", our_dir]));
        let mut kubectl_applied = BTreeSet::new();
        for _ in 0..2 {
            let run = theirs.kubectl(&["apply", "--server-side", "-R", "-f", their_dir]);
            kubectl_applied.extend(applied(&run.stdout, &["serverside-applied"]));
        }
        (tug.join().unwrap(), kubectl_applied)
    });
    let tug_stderr = String::from_utf8_lossy(&tug.stderr).into_owned();
    assert!(
        !tug_stderr.contains("panicked"),
        "{project_name}: {tug_stderr}"
    );
    let tug_stdout = ours.retag(&String::from_utf8_lossy(&tug.stdout), theirs);
    let tug_applied = applied(
        tug_stdout.as_bytes(),
        &["created", "configured", "unchanged"],
    );

    let mut failures = Vec::new();
    let missing: Vec<&String> = kubectl_applied.difference(&tug_applied).collect();
    if !missing.is_empty() {
        failures.push(format!(
            "{project_name}: kubectl applied, tug did not: {missing:?}\ntug said:\n{tug_stderr}"
        ));
    }
    failures.extend(compare_stored(
        &project_name,
        &kubectl_applied,
        ours,
        theirs,
    ));

    // The unchanged path: both apply the same files again. kubectl's
    // server-side apply names every object serverside-applied; tug must name
    // the same objects, each unchanged, exit as kubectl does, and leave the
    // stored objects as kubectl's.
    let (tug, kubectl) = std::thread::scope(|scope| {
        let tug = scope.spawn(|| ours.tug(&["apply", "-R", "-f", our_dir]));
        let kubectl = theirs.kubectl(&["apply", "--server-side", "-R", "-f", their_dir]);
        (tug.join().unwrap(), kubectl)
    });
    let tug_stderr = String::from_utf8_lossy(&tug.stderr).into_owned();
    if tug.status.code() != kubectl.status.code() {
        failures.push(format!(
            "{project_name}: applied again, tug exited {:?}, kubectl {:?}\ntug said:\n{tug_stderr}\n\
             kubectl said:\n{}",
            tug.status.code(),
            kubectl.status.code(),
            String::from_utf8_lossy(&kubectl.stderr)
        ));
    }
    // An object defined more than once in a project (the guestbook's two
    // variants) goes through each definition again: it is reported as often
    // as kubectl reports it, but need not be unchanged.
    let tug_stdout = ours.retag(&String::from_utf8_lossy(&tug.stdout), theirs);
    let reported = |stdout: &str| -> BTreeMap<String, Vec<String>> {
        let mut reported: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for (name, word) in stdout.lines().filter_map(|line| line.split_once(' ')) {
            reported.entry(name.into()).or_default().push(word.into());
        }
        reported
    };
    let ours_again = reported(&tug_stdout);
    let theirs_again = reported(&String::from_utf8_lossy(&kubectl.stdout));
    for (name, words) in &theirs_again {
        let tug_words = ours_again.get(name).cloned().unwrap_or_default();
        let expected = match words.as_slice() {
            [_] => vec!["unchanged".to_owned()],
            _ if tug_words.len() == words.len() => continue,
            _ => vec!["created, configured or unchanged".to_owned(); words.len()],
        };
        if tug_words != expected {
            failures.push(format!(
                "{project_name}: applied again, kubectl said {name} {words:?}, tug {tug_words:?}"
            ));
        }
    }
    for name in ours_again.keys().filter(|n| !theirs_again.contains_key(*n)) {
        failures.push(format!(
            "{project_name}: applied again, tug reported {name}, which kubectl did not apply"
        ));
    }
    let reapplied: BTreeSet<String> = theirs_again.into_keys().collect();
    failures.extend(
        compare_stored(&project_name, &reapplied, ours, theirs)
            .into_iter()
            .map(|failure| format!("applied again: {failure}")),
    );
    failures
}

/// The objects kubectl reported `applied` as the server stores them in
/// kubectl's copy, against the same objects in tug's copy; what differs.
fn compare_stored(
    project_name: &str,
    applied: &BTreeSet<String>,
    ours: &Copy,
    theirs: &Copy,
) -> Vec<String> {
    let mut failures = Vec::new();
    let mut by_kind: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for (kind, name) in applied.iter().filter_map(|n| n.split_once('/')) {
        by_kind.entry(kind).or_default().insert(name);
    }
    for (kind, applied_names) in by_kind {
        let expected = stored(theirs, theirs, kind);
        let actual = stored(ours, theirs, kind);
        // Other projects, applied meanwhile, may have objects of this type too.
        let applied_here = |key: &&String| {
            applied_names.contains(key.rsplit_once('/').map_or(key.as_str(), |(_, name)| name))
        };
        for (key, content) in expected.iter().filter(|(key, _)| applied_here(key)) {
            match actual.get(key) {
                Some(ours) if ours == content => {}
                Some(ours) => failures.push(format!(
                    "{project_name}: {kind} {key} differs:\n  tug:     {ours}\n  kubectl: {content}"
                )),
                None => failures.push(format!(
                    "{project_name}: {kind} {key} is missing from tug's copy"
                )),
            }
        }
    }
    failures
}

#[test]
fn real_world_manifests_apply_as_with_kubectl() {
    let corpus = corpus_dir();
    let cluster_kinds = cluster_scoped_kinds();
    let ours = Copy::new("t");
    let theirs = Copy::new("k");
    let _cleanup = Cleanup {
        copies: [&ours, &theirs],
    };
    let mut projects: Vec<PathBuf> = std::fs::read_dir(&corpus)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    projects.sort();
    assert!(!projects.is_empty(), "no projects in {}", corpus.display());
    // One project at a time: other tests share the cluster, and some of them
    // measure how long their own requests take.
    let failures: Vec<String> = projects
        .iter()
        .flat_map(|project| compare_project(project, &cluster_kinds, &ours, &theirs))
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
