//! tug's own table rendering against kubectl's: the rows tug computes itself
//! for watch events (Deployments, Services, Pods), `-A` on cluster-scoped
//! types, and empty printer columns.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::Receiver;
use std::time::{Duration, Instant};

use crate::support::{Namespace, cells, cluster, rows_between, widget_manifests};

/// Deployments, Services of every type and Pods running, pending and failing.
const OBJECTS: &str = r#"
apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  replicas: 2
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers: [{name: web, image: "nginx:1.27", ports: [{containerPort: 80}]}]
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: broken}
spec:
  replicas: 1
  selector: {matchLabels: {app: broken}}
  template:
    metadata: {labels: {app: broken}}
    spec:
      containers: [{name: app, image: "registry.example/app:fail"}]
---
apiVersion: v1
kind: Pod
metadata: {name: pending, labels: {app: pending}}
spec:
  nodeSelector: {no-such-node: "true"}
  containers: [{name: app, image: busybox}]
---
apiVersion: v1
kind: Service
metadata: {name: plain}
spec:
  selector: {app: web}
  ports: [{name: http, port: 80, targetPort: 80}]
---
apiVersion: v1
kind: Service
metadata: {name: nodeport}
spec:
  type: NodePort
  selector: {app: web}
  ports: [{port: 80, name: http}, {port: 443, protocol: TCP, name: https}]
---
apiVersion: v1
kind: Service
metadata: {name: balancer}
spec:
  type: LoadBalancer
  selector: {app: web}
  ports: [{port: 8080}]
---
apiVersion: v1
kind: Service
metadata: {name: external}
spec:
  type: ExternalName
  externalName: db.example.com
"#;

/// `tug get ARGS --watch` with its stdout read line by line on a thread.
pub struct Watch {
    child: Child,
    lines: Receiver<String>,
}

impl Watch {
    pub fn start(ns: &Namespace, args: &[&str]) -> Watch {
        let mut child = Command::new(assert_cmd::cargo::cargo_bin!("tug"))
            .args(["-n", &ns.name, "get", "--watch"])
            .args(args)
            .env("KUBECONFIG", &cluster().kubeconfig)
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let (sender, lines) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if sender.send(line).is_err() {
                    break;
                }
            }
        });
        Watch { child, lines }
    }

    /// The next line, unless none comes before `deadline`.
    pub fn next_line(&self, deadline: Instant) -> Option<String> {
        let left = deadline.saturating_duration_since(Instant::now());
        self.lines.recv_timeout(left).ok()
    }
}

impl Drop for Watch {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// kubectl's rows of `get ARGS`, sorted, without the header.
fn kubectl_rows(ns: &Namespace, args: &[&str]) -> Vec<Vec<String>> {
    let table = ns.kubectl(&[&["get"], args].concat());
    let mut rows: Vec<Vec<String>> = table.lines().skip(1).map(cells).collect();
    rows.sort();
    rows
}

/// The rows tug prints for the watch events that labelling every object
/// (with `touched=VALUE`) causes: rows of tug's own renderer, not of the
/// server's Table.
fn rows_from_watch_events(ns: &Namespace, args: &[&str], value: &str) -> Vec<Vec<String>> {
    let resource = args[0];
    let names = ns.kubectl(&["get", resource, "-o", "name"]);
    let count = names.lines().count();
    let watch = Watch::start(ns, args);
    let deadline = Instant::now() + Duration::from_secs(30);
    // The header and initial rows come from the server's Table.
    for _ in 0..=count {
        watch.next_line(deadline).expect("the initial table");
    }
    let label = format!("touched={value}");
    ns.kubectl(&["label", resource, "--all", &label, "--overwrite"]);
    let mut rows: Vec<Vec<String>> = Vec::new();
    while rows.len() < count {
        let line = watch
            .next_line(deadline)
            .unwrap_or_else(|| panic!("{resource}: only {} watch rows: {rows:?}", rows.len()));
        let row = cells(&line);
        // Several events for one object: its last row counts.
        rows.retain(|r| r.first() != row.first());
        rows.push(row);
    }
    rows.sort();
    rows
}

fn wait_for(what: &str, check: impl Fn() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(60);
    while !check() {
        assert!(
            Instant::now() < deadline,
            "{what} did not happen within 60s"
        );
        std::thread::sleep(Duration::from_millis(500));
    }
}

#[test]
fn tugs_own_rows_match_kubectl_cell_for_cell() {
    let ns = Namespace::new("tables_builtin_rows");
    ns.tug()
        .args(["apply", "-f", "-"])
        .write_stdin(OBJECTS)
        .assert()
        .success();
    ns.kubectl(&["rollout", "status", "deployment/web", "--timeout=60s"]);
    wait_for("the broken pod's image pull to fail", || {
        ns.kubectl(&["get", "pods", "-l", "app=broken", "--no-headers"])
            .contains("ImagePullBackOff")
    });
    for resource in ["deployments", "services", "pods"] {
        for wide in [false, true] {
            let mut args = vec![resource];
            if wide {
                args.extend(["-o", "wide"]);
            }
            // Every cell, AGE included: each row is kubectl's from before the
            // change or after tug printed it (an age may tick in between);
            // when it ticked on both sides, again, up to a deadline.
            let deadline = Instant::now() + Duration::from_secs(60);
            for attempt in 0.. {
                let before = kubectl_rows(&ns, &args);
                let value = format!("{resource}-{wide}-{attempt}");
                let ours = rows_from_watch_events(&ns, &args, &value);
                let after = kubectl_rows(&ns, &args);
                if rows_between(&ours, &before, &after) {
                    break;
                }
                assert!(
                    Instant::now() < deadline,
                    "get {args:?}:\ntug:     {ours:?}\nkubectl: {before:?}\nkubectl: {after:?}"
                );
            }
        }
    }
}

#[test]
fn cluster_scoped_types_have_no_namespace_column_with_all_namespaces() {
    let ns = Namespace::new("tables_cluster_scoped");
    for resource in ["nodes", "clusterroles", "namespaces"] {
        let ours = ns.tug().args(["get", resource, "-A"]).output().unwrap();
        let ours = String::from_utf8_lossy(&ours.stdout);
        let theirs = ns.kubectl(&["get", resource, "-A"]);
        let header = |table: &str| cells(table.lines().next().unwrap_or_default());
        assert_eq!(header(&ours), header(&theirs), "get {resource} -A");
        assert!(ours.starts_with("NAME "), "{ours}");
    }
}

#[test]
fn an_empty_printer_column_prints_nothing_as_kubectl_does() {
    let ns = Namespace::new("tables_empty_column");
    let (group, manifests) = widget_manifests(&ns, "blue");
    let colourless = format!(
        "apiVersion: {group}/v1\nkind: Widget\nmetadata:\n  name: colourless\nspec:\n  size: 1\n"
    );
    ns.tug()
        .args(["apply", "-f", "-"])
        .write_stdin(format!("{manifests}---\n{colourless}"))
        .assert()
        .success();
    let widgets = format!("widgets.{group}");
    // kubectl pads the empty last cell with spaces; tug trims every line.
    let lines = |table: &str| -> Vec<String> {
        table
            .lines()
            .map(|line| line.trim_end().to_owned())
            .collect()
    };
    wait_for("the Widget type in discovery", || {
        ns.tug()
            .args(["get", &widgets])
            .output()
            .unwrap()
            .status
            .success()
    });
    let ours = ns
        .tug()
        .args(["get", &widgets, "-o", "wide"])
        .output()
        .unwrap();
    let theirs = ns.kubectl(&["get", &widgets, "-o", "wide"]);
    let ours = lines(&String::from_utf8_lossy(&ours.stdout));
    assert_eq!(ours, lines(&theirs));
    assert_eq!(ours.last().map(String::as_str), Some("colourless   1"));
}
