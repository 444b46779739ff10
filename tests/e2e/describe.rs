//! `tug describe` against the real cluster, compared with kubectl's
//! describe of the same live objects section by section. Only what
//! legitimately differs between two reads is set aside: the ages of events
//! (and, for a stuck rollout, how often an event has repeated by then).

use predicates::prelude::*;

use crate::support::{Namespace, cells, eventually, repo_path, widget_manifests};

/// A description cut into its top-level sections: each line that starts
/// at column 0 with the indented lines under it.
fn sections(text: &str) -> Vec<(String, Vec<String>)> {
    let mut sections: Vec<(String, Vec<String>)> = Vec::new();
    for line in text.lines() {
        match sections.last_mut() {
            Some((_, lines)) if line.starts_with(' ') || line.is_empty() => {
                lines.push(line.to_string())
            }
            _ => sections.push((line.to_string(), Vec::new())),
        }
    }
    sections
}

/// An Events section as its rows' cells without the age column: the two
/// reads happen at different moments, which changes ages and their widths.
fn event_rows(heading: &str, lines: &[String]) -> Vec<Vec<String>> {
    if heading.ends_with("<none>") {
        return Vec::new();
    }
    let mut rows: Vec<Vec<String>> = lines
        .iter()
        .map(|line| {
            let mut cells = cells(line);
            if cells.len() > 2 {
                cells.remove(2);
            }
            cells
        })
        .collect();
    rows.sort();
    rows
}

/// `tug describe ARGS` and `kubectl describe ARGS` in `ns` agree section by
/// section, apart from events' ages and the sections named in `tug_only`.
/// Returns tug's output.
fn matches_kubectl(ns: &Namespace, args: &[&str], tug_only: &[&str]) -> String {
    matches_kubectl_but(ns, args, tug_only, &[])
}

/// [`matches_kubectl`], where the sections named in `volatile` (which change
/// between two reads) need only be there in both.
fn matches_kubectl_but(
    ns: &Namespace,
    args: &[&str],
    tug_only: &[&str],
    volatile: &[&str],
) -> String {
    let output = ns.tug().arg("describe").args(args).output().unwrap();
    assert!(
        output.status.success(),
        "tug describe {args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let tug = String::from_utf8(output.stdout).unwrap();
    let kubectl = ns.kubectl(&[&["describe"], args].concat());
    let ours: Vec<_> = sections(&tug)
        .into_iter()
        .filter(|(heading, _)| !tug_only.iter().any(|s| heading.starts_with(s)))
        .collect();
    let theirs = sections(&kubectl);
    let headings = |s: &[(String, Vec<String>)]| -> Vec<String> {
        s.iter()
            .map(|(h, _)| h.split(':').next().unwrap_or_default().to_string())
            .collect()
    };
    assert_eq!(
        headings(&ours),
        headings(&theirs),
        "tug:\n{tug}\nkubectl:\n{kubectl}"
    );
    for ((heading, lines), (their_heading, their_lines)) in ours.iter().zip(&theirs) {
        if volatile.iter().any(|v| heading.starts_with(v)) {
            continue;
        }
        if heading.starts_with("Events:") {
            assert_eq!(
                event_rows(heading, lines),
                event_rows(their_heading, their_lines),
                "events differ:\ntug:\n{tug}\nkubectl:\n{kubectl}"
            );
        } else {
            assert_eq!(
                (heading, lines),
                (their_heading, their_lines),
                "section {heading:?} differs:\ntug:\n{tug}\nkubectl:\n{kubectl}"
            );
        }
    }
    tug
}

/// `tug apply -f -` of `manifests`, without waiting for rollouts.
fn apply_text(ns: &Namespace, manifests: &str) {
    ns.tug()
        .args(["apply", "-f", "-"])
        .write_stdin(manifests)
        .assert()
        .success();
}

fn apply(ns: &Namespace, path: &str) {
    ns.tug()
        .args(["apply", "-f", path, "--wait", "--timeout", "90s"])
        .assert()
        .success();
}

fn first_name(ns: &Namespace, kind: &str, selector: &str) -> String {
    ns.kubectl(&[
        "get",
        kind,
        "-l",
        selector,
        "-o",
        "jsonpath={.items[0].metadata.name}",
    ])
}

#[test]
fn deployment_replicaset_pod_and_service_read_like_kubectls() {
    let ns = Namespace::new("describe_flask");
    apply(&ns, repo_path("examples/flask").to_str().unwrap());
    let rs = first_name(&ns, "replicaset", "app=flask-app");
    let pod = first_name(&ns, "pod", "app=flask-app");
    let deployment = matches_kubectl(&ns, &["deployment", "flask-app"], &[]);
    assert!(
        deployment.contains(
            "Replicas:               3 desired | 3 updated | 3 total | 3 available | 0 unavailable"
        ),
        "{deployment}"
    );
    assert!(deployment.contains("ScalingReplicaSet"), "{deployment}");
    matches_kubectl(&ns, &[&format!("replicaset/{rs}")], &[]);
    matches_kubectl(&ns, &["pod", &pod], &[]);
    let service = matches_kubectl(&ns, &["service/flask-app"], &[]);
    assert!(service.contains("Endpoints:"), "{service}");
}

#[test]
fn configmap_secret_and_namespace_read_like_kubectls_and_secret_values_stay_hidden() {
    let ns = Namespace::new("describe_config");
    ns.kubectl(&[
        "create",
        "configmap",
        "settings",
        "--from-literal=mode=fast",
        "--from-literal=motd=two\nlines",
    ]);
    ns.kubectl(&[
        "create",
        "secret",
        "generic",
        "login",
        "--from-literal=password=hunter2",
    ]);
    ns.kubectl(&["create", "quota", "small", "--hard=pods=4"]);
    ns.kubectl(&[
        "create",
        "quota",
        "batch",
        "--hard=pods=2",
        "--scopes=BestEffort,Terminating",
    ]);
    apply_text(
        &ns,
        "apiVersion: v1\nkind: LimitRange\nmetadata: {name: small}\nspec:\n  limits:\n  - type: Container\n    max: {cpu: 500m}\n",
    );
    matches_kubectl(&ns, &["configmap", "settings"], &[]);
    let secret = matches_kubectl(&ns, &["secret/login"], &[]);
    assert!(secret.contains("password:  7 bytes"), "{secret}");
    assert!(!secret.contains("hunter2"), "{secret}");
    // -v 9 logs requests, never the Secret's data.
    ns.tug()
        .args(["describe", "secret/login", "-v", "9"])
        .assert()
        .success()
        .stdout(predicate::str::contains("hunter2").not())
        .stderr(predicate::str::contains("hunter2").not());
    matches_kubectl(&ns, &["namespace", &ns.name], &[]);
}

#[test]
fn statefulset_daemonset_and_job_read_like_kubectls() {
    let ns = Namespace::new("describe_workloads");
    let workloads = r#"apiVersion: apps/v1
kind: StatefulSet
metadata: {name: db}
spec:
  serviceName: db
  replicas: 2
  selector: {matchLabels: {app: db}}
  template:
    metadata: {labels: {app: db}}
    spec:
      containers:
      - name: db
        image: db:1
        env: [{name: MODE, value: primary}, {name: POD, valueFrom: {fieldRef: {fieldPath: metadata.name}}}]
        readinessProbe: {tcpSocket: {port: 5432}}
  volumeClaimTemplates:
  - metadata: {name: data}
    spec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: 1Gi}}}
---
apiVersion: apps/v1
kind: DaemonSet
metadata: {name: agent}
spec:
  selector: {matchLabels: {app: agent}}
  template:
    metadata: {labels: {app: agent}}
    spec:
      containers:
      - name: agent
        image: agent:1
        args: [--verbose]
        resources: {requests: {cpu: 10m}, limits: {memory: 64Mi}}
        volumeMounts: [{name: cache, mountPath: /cache}]
      volumes: [{name: cache, emptyDir: {}}]
---
apiVersion: batch/v1
kind: Job
metadata: {name: once}
spec:
  template:
    spec:
      restartPolicy: Never
      containers: [{name: once, image: once:1, command: [sh, -c, "echo hi"]}]
"#;
    // db-0 waits for a volume the cluster cannot provide: a steady state too.
    apply_text(&ns, workloads);
    // kwok runs the Job's pod to completion and the DaemonSet's pod forever.
    let settled = || {
        let agent = ns.kubectl(&[
            "get",
            "pods",
            "-l",
            "app=agent",
            "-o",
            "jsonpath={.items[*].status.phase}",
        ]);
        let done = ns.kubectl(&["get", "job/once", "-o", "jsonpath={.status.completionTime}"]);
        let warned = ns.kubectl(&[
            "get",
            "events",
            "--field-selector",
            "reason=FailedScheduling",
        ]);
        agent == "Running" && !done.is_empty() && warned.contains("db-0")
    };
    eventually("the workloads settle", settled);
    matches_kubectl(&ns, &["statefulset", "db"], &[]);
    matches_kubectl(&ns, &["daemonset/agent"], &[]);
    matches_kubectl(&ns, &["job/once"], &[]);
}

#[test]
fn custom_resources_and_types_without_a_describer_use_the_generic_form() {
    let ns = Namespace::new("describe_generic");
    let (group, manifests) = widget_manifests(&ns, "blue");
    apply_text(&ns, &manifests);
    // Other tests' Widgets are in groups of their own: the type is named in full.
    let widget = matches_kubectl(&ns, &[&format!("widgets.{group}"), "blue"], &[]);
    assert!(
        widget.contains("Spec:\n  Colour:  blue\n  Size:    3\n"),
        "{widget}"
    );
    ns.kubectl(&["create", "role", "reader", "--verb=get", "--resource=pods"]);
    // kubectl describes a Role with a describer of its own; tug with the generic form.
    let role = ns.tug().args(["describe", "role/reader"]).output().unwrap();
    let role = String::from_utf8(role.stdout).unwrap();
    assert!(role.contains("Rules:\n  API Groups:\n"), "{role}");
}

#[test]
fn a_stuck_deployment_gets_the_rollout_diagnosis_and_its_warning_events() {
    let ns = Namespace::new("describe_stuck");
    ns.kubectl(&[
        "create",
        "deployment",
        "web",
        "--image=web:fail",
        "--replicas=2",
    ]);
    eventually("an ImagePullBackOff event", || {
        ns.kubectl(&["get", "events", "--field-selector", "type=Warning"])
            .contains("ImagePullBackOff")
    });
    let text = matches_kubectl(&ns, &["deployment", "web"], &["Diagnosis:"]);
    let diagnosis = &sections(&text)
        .into_iter()
        .find(|(heading, _)| heading == "Diagnosis:")
        .unwrap_or_else(|| panic!("no Diagnosis section:\n{text}"))
        .1;
    let diagnosis = diagnosis.join("\n");
    assert!(diagnosis.contains("0 of 2 pods ready"), "{diagnosis}");
    assert!(
        diagnosis.contains("container \"web\" is waiting: ImagePullBackOff"),
        "{diagnosis}"
    );
    let pod = first_name(&ns, "pod", "app=web");
    let pod = matches_kubectl(&ns, &["pod", &pod], &[]);
    assert!(pod.contains("Reason:       ImagePullBackOff"), "{pod}");
}

#[test]
fn several_objects_are_described_without_events_like_kubectl() {
    let ns = Namespace::new("describe_several");
    apply(&ns, repo_path("examples/flask").to_str().unwrap());
    // A name that matches nothing stands for the names it begins, as in kubectl.
    let pods = matches_kubectl(&ns, &["pods", "flask-app"], &[]);
    assert_eq!(pods.matches("\nContainers:").count(), 3, "{pods}");
    assert!(!pods.contains("Events:"), "{pods}");
    matches_kubectl(&ns, &["deployment,service", "-l", "app=flask-app"], &[]);
    let from_file = ns
        .tug()
        .args([
            "describe",
            "-f",
            repo_path("examples/flask").to_str().unwrap(),
        ])
        .output()
        .unwrap();
    let from_file = String::from_utf8(from_file.stdout).unwrap();
    assert!(
        from_file.starts_with("Name:                   flask-app\n"),
        "{from_file}"
    );
    assert!(from_file.contains("\n\n\nName:"), "{from_file}");
}

#[test]
fn missing_objects_and_bad_arguments_are_one_line_errors() {
    let ns = Namespace::new("describe_errors");
    ns.tug()
        .args(["describe", "deployment", "nope"])
        .assert()
        .code(1)
        .stdout("")
        .stderr("Error from server (NotFound): deployments.apps \"nope\" not found\n");
    ns.tug()
        .args(["describe", "gizmos", "x"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "the server doesn't have a resource type \"gizmos\"",
        ));
    ns.tug()
        .arg("describe")
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "you must specify the type of resource to describe",
        ));
    ns.tug()
        .args(["describe", "pods", "web", "-l", "app=web"])
        .assert()
        .code(1)
        .stderr("error: name cannot be provided when a selector is specified\n");
    ns.tug()
        .args(["describe", "pods"])
        .assert()
        .success()
        .stderr(format!("No resources found in {} namespace.\n", ns.name));
}

/// A kwok node of one test's own, with a taint that keeps every other
/// test's pods off it, and a RuntimeClass whose pods carry an overhead.
const OWN_NODE: &str = r#"apiVersion: v1
kind: Node
metadata:
  name: NAME
  annotations: {kwok.x-k8s.io/node: fake}
  labels: {type: kwok, kubernetes.io/hostname: NAME}
spec:
  taints: [{key: kubetug.test/own, value: "true", effect: NoSchedule}]
status:
  allocatable: {cpu: "4", memory: 8Gi, pods: "110"}
  capacity: {cpu: "4", memory: 8Gi, pods: "110"}
---
apiVersion: node.k8s.io/v1
kind: RuntimeClass
metadata: {name: NAME}
handler: kwok
overhead:
  podFixed: {cpu: 50m, memory: 10Mi}
"#;

/// Pods whose totals kubectl computes with more than the containers' sum:
/// init containers, a sidecar (an init container that keeps running) and a
/// runtime's overhead.
const NODE_PODS: &str = r#"apiVersion: v1
kind: Pod
metadata: {name: plain}
spec:
  nodeName: NAME
  tolerations: [{key: kubetug.test/own, operator: Exists}]
  containers:
  - {name: a, image: a:1, resources: {requests: {cpu: 100m, memory: 64Mi}, limits: {memory: 128Mi}}}
  - {name: b, image: b:1, resources: {requests: {cpu: 150m}}}
---
apiVersion: v1
kind: Pod
metadata: {name: init-heavy}
spec:
  nodeName: NAME
  tolerations: [{key: kubetug.test/own, operator: Exists}]
  initContainers:
  - {name: migrate, image: m:1, resources: {requests: {cpu: 500m, memory: 1Gi}, limits: {cpu: "1"}}}
  containers:
  - {name: app, image: app:1, resources: {requests: {cpu: 100m, memory: 32Mi}}}
---
apiVersion: v1
kind: Pod
metadata: {name: sidecar}
spec:
  nodeName: NAME
  tolerations: [{key: kubetug.test/own, operator: Exists}]
  initContainers:
  - {name: proxy, image: p:1, restartPolicy: Always, resources: {requests: {cpu: 200m, memory: 32Mi}, limits: {cpu: 300m}}}
  - {name: setup, image: s:1, resources: {requests: {cpu: 250m}}}
  containers:
  - {name: app, image: app:1, resources: {requests: {cpu: 100m}, limits: {cpu: 400m}}}
---
apiVersion: v1
kind: Pod
metadata: {name: overhead}
spec:
  nodeName: NAME
  runtimeClassName: NAME
  tolerations: [{key: kubetug.test/own, operator: Exists}]
  containers:
  - {name: app, image: app:1, resources: {limits: {cpu: "1"}}}
"#;

/// Deletes the node and RuntimeClass a test made.
struct OwnNode(String);

impl Drop for OwnNode {
    fn drop(&mut self) {
        let _ = std::process::Command::new(&crate::support::cluster().kubectl)
            .arg("--kubeconfig")
            .arg(&crate::support::cluster().kubeconfig)
            .args(["delete", "--wait=false", "--ignore-not-found"])
            .args([
                format!("node/{}", self.0),
                format!("runtimeclass/{}", self.0),
            ])
            .output();
    }
}

/// A section's rows as cells, without the last one (the pods' ages, which
/// differ between two reads, and with them the column's width).
fn rows_but_age(section: &[String]) -> Vec<Vec<String>> {
    section
        .iter()
        .map(|line| {
            let mut cells = cells(line);
            cells.pop();
            cells
        })
        .collect()
}

#[test]
fn a_node_reads_like_kubectls_with_the_totals_tug_computes() {
    let ns = Namespace::new("describe_node");
    let node = OwnNode(format!("describe-{}", ns.name));
    apply_text(&ns, &OWN_NODE.replace("NAME", &node.0));
    apply_text(&ns, &NODE_PODS.replace("NAME", &node.0));
    ns.kubectl(&[
        "wait",
        "--for=condition=Ready",
        "pods",
        "--all",
        "--timeout=60s",
    ]);
    // The node's heartbeats renew its lease and conditions between two reads.
    let volatile = ["Lease:", "Conditions:", "Non-terminated Pods:", "Events:"];
    let text = matches_kubectl_but(&ns, &["node", &node.0], &[], &volatile);
    assert!(
        text.contains("Allocated resources:\n  (Total limits may be over 100 percent"),
        "{text}"
    );
    assert!(text.contains("\nSystem Info:\n  Machine ID:"), "{text}");
    let pods_of = |text: &str| {
        sections(text)
            .into_iter()
            .find(|(heading, _)| heading.starts_with("Non-terminated Pods:"))
            .map(|(heading, lines)| (heading, rows_but_age(&lines)))
            .expect("a Non-terminated Pods section")
    };
    let theirs = ns.kubectl(&["describe", "node", &node.0]);
    assert_eq!(
        pods_of(&text),
        pods_of(&theirs),
        "tug:\n{text}\nkubectl:\n{theirs}"
    );
}

/// A pod that uses most of what a container can set.
const BUSY_POD: &str = r#"apiVersion: v1
kind: Pod
metadata: {name: busy, labels: {app: busy}, annotations: {note: hi}}
spec:
  initContainers:
  - {name: init, image: init:1, command: [sh, -c, "true"]}
  containers:
  - name: c
    image: c:1
    resources: {requests: {cpu: 250m, memory: 64Mi}, limits: {memory: 128Mi}}
    envFrom: [{configMapRef: {name: cm}}, {secretRef: {name: s, optional: true}, prefix: S_}]
    env:
    - {name: CPU_LIMIT, valueFrom: {resourceFieldRef: {resource: limits.cpu}}}
    - {name: MEM_LIMIT, valueFrom: {resourceFieldRef: {resource: limits.memory, divisor: 1Mi}}}
    - {name: CPU_REQ, valueFrom: {resourceFieldRef: {resource: requests.cpu, divisor: 1m}}}
    - {name: PASS, valueFrom: {secretKeyRef: {name: s, key: password}}}
    - {name: MULTI, value: "a\nb"}
    livenessProbe: {exec: {command: [cat, /tmp/ok]}}
    readinessProbe: {httpGet: {path: /ready, port: 8080}}
    ports: [{containerPort: 80, name: http}, {containerPort: 443}]
    volumeMounts: [{name: cfg, mountPath: /etc/cfg, readOnly: true}, {name: data, mountPath: /data, subPath: x}]
  volumes:
  - {name: cfg, configMap: {name: cm}}
  - {name: data, emptyDir: {sizeLimit: 1Gi}}
  - {name: sec, secret: {secretName: s}}
  - {name: host, hostPath: {path: /tmp}}
  - {name: dapi, downwardAPI: {items: [{path: labels, fieldRef: {fieldPath: metadata.labels}}]}}
  tolerations: [{key: k, operator: Equal, value: v, effect: NoSchedule}]
  nodeSelector: {type: kwok}
"#;

#[test]
fn a_pod_with_init_containers_probes_env_and_volumes_reads_like_kubectls() {
    let ns = Namespace::new("describe_busy_pod");
    apply_text(&ns, BUSY_POD);
    eventually("the pod runs", || {
        ns.kubectl(&[
            "get",
            "pod/busy",
            "-o",
            "jsonpath={.status.containerStatuses[0].ready}",
        ]) == "true"
    });
    let text = matches_kubectl(&ns, &["pod", "busy"], &[]);
    assert!(
        text.contains("CPU_LIMIT:  node allocatable (limits.cpu)"),
        "{text}"
    );
    assert!(text.contains("MEM_LIMIT:  128 (limits.memory)"), "{text}");
}

#[test]
fn field_references_in_the_environment_show_their_values() {
    let ns = Namespace::new("describe_field_refs");
    // kubectl shows these values empty; tug shows what the pod sees.
    apply_text(
        &ns,
        "apiVersion: v1\nkind: Pod\nmetadata: {name: refs, labels: {tier: web}}\nspec:\n  containers:\n  - name: c\n    image: x:1\n    env:\n    - {name: TIER, valueFrom: {fieldRef: {fieldPath: \"metadata.labels['tier']\"}}}\n    - {name: NAME, valueFrom: {fieldRef: {fieldPath: metadata.name}}}\n",
    );
    ns.tug()
        .args(["describe", "pod/refs"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "TIER:  web (v1:metadata.labels['tier'])",
        ))
        .stdout(predicate::str::contains("NAME:  refs (v1:metadata.name)"));
}
