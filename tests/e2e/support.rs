//! The local cluster the end-to-end tests run against, and a namespace per test.

use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::process::{Child, Command as Process, ExitStatus, Stdio};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{Receiver, channel};
use std::time::{Duration, Instant};

use assert_cmd::Command;

/// The running local cluster: started by tests/cluster/up when the test
/// command has not already started it.
pub struct TestCluster {
    pub kubeconfig: PathBuf,
    /// A user bound to the `view` ClusterRole only.
    pub viewer_kubeconfig: PathBuf,
    /// kubectl built at the cluster's version: the reference tug is compared with.
    pub kubectl: PathBuf,
}

pub fn cluster() -> &'static TestCluster {
    static CLUSTER: OnceLock<TestCluster> = OnceLock::new();
    CLUSTER.get_or_init(|| {
        let kubeconfig = match std::env::var_os("KUBETUG_TEST_KUBECONFIG") {
            Some(path) => PathBuf::from(path),
            None => start_cluster(),
        };
        let state = kubeconfig
            .parent()
            .expect("the kubeconfig lives in the cluster's state dir");
        let bin = std::fs::read_to_string(state.join("bin"))
            .expect("tests/cluster/up records its bin dir");
        TestCluster {
            viewer_kubeconfig: state.join("viewer.kubeconfig"),
            kubectl: Path::new(bin.trim()).join("kubectl"),
            kubeconfig,
        }
    })
}

/// End-to-end tests fail, never skip, when the cluster cannot start.
fn start_cluster() -> PathBuf {
    let up = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cluster/up");
    let output = std::process::Command::new(&up)
        .output()
        .expect("run tests/cluster/up");
    assert!(
        output.status.success(),
        "tests/cluster/up failed:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let stdout = String::from_utf8_lossy(&output.stdout);
    PathBuf::from(
        stdout
            .lines()
            .next()
            .expect("tests/cluster/up prints the kubeconfig path"),
    )
}

/// A namespace of its own for one test, deleted when the test ends.
pub struct Namespace {
    pub name: String,
}

impl Namespace {
    pub fn new(test: &str) -> Self {
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let name = format!(
            "{}-{}-{}",
            test.replace('_', "-")
                .chars()
                .take(40)
                .collect::<String>()
                .trim_end_matches('-'),
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::Relaxed)
        );
        kubectl(&["create", "namespace", &name]);
        Namespace { name }
    }

    /// `tug -n NAMESPACE` as the admin user.
    pub fn tug(&self) -> Command {
        let mut cmd = tug();
        cmd.args(["-n", &self.name]);
        cmd
    }

    /// Deployment `name` as the server stores it, managedFields included.
    pub fn deployment(&self, name: &str) -> serde_json::Value {
        let json = self.kubectl(&[
            "get",
            "deployment",
            name,
            "-o",
            "json",
            "--show-managed-fields",
        ]);
        serde_json::from_str(&json).expect("kubectl prints JSON")
    }

    /// Deployment `name` of two pods (labelled `app=NAME`, one container
    /// `NAME`), created with kubectl, once rolled out.
    pub fn rolled_out_deployment(&self, name: &str) {
        let image = format!("--image=registry.example/{name}:1");
        self.kubectl(&["create", "deployment", name, &image, "--replicas=2"]);
        let deployment = format!("deployment/{name}");
        self.kubectl(&["rollout", "status", &deployment, "--timeout=90s"]);
    }

    /// kubectl -n NAMESPACE as the admin user; panics with its stderr when it fails.
    pub fn kubectl(&self, args: &[&str]) -> String {
        let mut all = vec!["-n", &self.name];
        all.extend_from_slice(args);
        kubectl(&all)
    }
}

/// A container's log as kwok serves it through the API server: a file in
/// the kubelet's CRI format (`TIME STREAM F LINE`), named by a `Logs`
/// object in the pod's namespace; and one for the previous instance.
pub struct ContainerLog {
    current: PathBuf,
    previous: PathBuf,
}

impl ContainerLog {
    /// Appends `line`, written at `time` (RFC 3339), to the running instance's log.
    pub fn write(&self, time: &str, line: &str) {
        append_cri_line(&self.current, time, line);
    }

    /// Appends `line` to the log of the previous instance.
    pub fn write_previous(&self, time: &str, line: &str) {
        append_cri_line(&self.previous, time, line);
    }
}

fn append_cri_line(path: &Path, time: &str, line: &str) {
    use std::io::Write;
    let mut file = std::fs::OpenOptions::new()
        .append(true)
        .open(path)
        .expect("open the log file");
    writeln!(file, "{time} stdout F {line}").expect("write the log file");
}

impl Namespace {
    /// Has kwok serve the logs of `containers` of the running pod `pod`,
    /// empty for now; returns them once the API server serves them.
    pub fn serve_logs(&self, pod: &str, containers: &[&str]) -> Vec<ContainerLog> {
        let state = cluster().kubeconfig.parent().expect("a state dir");
        let dir = state.join("pod-logs").join(&self.name);
        std::fs::create_dir_all(&dir).expect("create the log directory");
        let logs: Vec<ContainerLog> = containers
            .iter()
            .map(|container| ContainerLog {
                current: dir.join(format!("{pod}-{container}.log")),
                previous: dir.join(format!("{pod}-{container}.previous.log")),
            })
            .collect();
        let mut entries = String::new();
        for (container, log) in containers.iter().zip(&logs) {
            std::fs::write(&log.current, "").expect("create the log file");
            std::fs::write(&log.previous, "").expect("create the log file");
            entries.push_str(&format!(
                "  - containers: [{container}]\n    logsFile: {}\n    previousLogsFile: {}\n",
                log.current.display(),
                log.previous.display()
            ));
        }
        let manifest = format!(
            "apiVersion: kwok.x-k8s.io/v1alpha1\nkind: Logs\nmetadata:\n  name: {pod}\nspec:\n  logs:\n{entries}"
        );
        let file = dir.join(format!("{pod}.logs.yaml"));
        std::fs::write(&file, manifest).expect("write the Logs manifest");
        self.kubectl(&["apply", "-f", &file.to_string_lossy()]);
        for container in containers {
            self.await_log(pod, container);
        }
        logs
    }

    /// Waits until the API server serves the log of `container` of `pod`
    /// (the pod is running and kwok has seen its Logs object).
    fn await_log(&self, pod: &str, container: &str) {
        let deadline = Instant::now() + PATIENCE;
        loop {
            let output = Process::new(&cluster().kubectl)
                .arg("--kubeconfig")
                .arg(&cluster().kubeconfig)
                .args(["-n", &self.name, "logs", pod, "-c", container])
                .output()
                .expect("run kubectl");
            if output.status.success() {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "the log of {pod}/{container} is not served: {}",
                String::from_utf8_lossy(&output.stderr)
            );
            std::thread::sleep(Duration::from_millis(250));
        }
    }
}

impl Drop for Namespace {
    fn drop(&mut self) {
        if let Some(state) = cluster().kubeconfig.parent() {
            let _ = std::fs::remove_dir_all(state.join("pod-logs").join(&self.name));
        }
        let _ = std::process::Command::new(&cluster().kubectl)
            .arg("--kubeconfig")
            .arg(&cluster().kubeconfig)
            .args(["delete", "namespace", &self.name, "--wait=false"])
            .output();
    }
}

/// `tug` as the admin user, with a clean environment for colour and prompts.
pub fn tug() -> Command {
    let mut cmd = Command::new(assert_cmd::cargo::cargo_bin!("tug"));
    cmd.env("KUBECONFIG", &cluster().kubeconfig)
        .env_remove("NO_COLOR");
    cmd
}

/// Runs tug and sends it Ctrl-C (SIGINT) as soon as `started` says its work
/// has begun, so that it is interrupted in the middle of it however fast or
/// loaded the machine is; returns what it printed and its exit status.
pub fn interrupted_tug<I, S>(args: I, started: impl Fn() -> bool) -> std::process::Output
where
    I: IntoIterator<Item = S>,
    S: AsRef<std::ffi::OsStr>,
{
    let child = std::process::Command::new(assert_cmd::cargo::cargo_bin!("tug"))
        .args(args)
        .env("KUBECONFIG", &cluster().kubeconfig)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    while !started() {
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let status = std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    child.wait_with_output().unwrap()
}

/// The reference kubectl as the admin user; panics with its stderr when it fails.
pub fn kubectl(args: &[&str]) -> String {
    kubectl_with(&cluster().kubeconfig, args)
}

/// The reference kubectl with `kubeconfig`; panics with its stderr when it fails.
pub fn kubectl_with(kubeconfig: &Path, args: &[&str]) -> String {
    let output = std::process::Command::new(&cluster().kubectl)
        .arg("--kubeconfig")
        .arg(kubeconfig)
        .args(args)
        .output()
        .expect("run kubectl");
    assert!(
        output.status.success(),
        "kubectl {args:?} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// Removes the finalizers of ConfigMap `name`, so that its deletion completes.
pub fn release_configmap(kubeconfig: &Path, namespace: &str, name: &str) {
    kubectl_with(
        kubeconfig,
        &[
            "-n",
            namespace,
            "patch",
            "configmap",
            name,
            "--type=json",
            "-p",
            r#"[{"op":"remove","path":"/metadata/finalizers"}]"#,
        ],
    );
}

/// The API server's URL in a kubeconfig the cluster scripts wrote: `https://127.0.0.1:PORT`.
pub fn server_of(kubeconfig: &Path) -> String {
    std::fs::read_to_string(kubeconfig)
        .expect("read the kubeconfig")
        .lines()
        .find_map(|l| l.trim().strip_prefix("server: "))
        .expect("the kubeconfig names a server")
        .to_string()
}

/// Waits up to a minute for `settled` to hold, checking twice a second;
/// fails the test naming `what` when it never does.
pub fn eventually(what: &str, mut settled: impl FnMut() -> bool) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    while !settled() {
        assert!(
            std::time::Instant::now() < deadline,
            "{what} within a minute"
        );
        std::thread::sleep(std::time::Duration::from_millis(500));
    }
}

/// The cells of a table line: columns are at least two spaces apart.
pub fn cells(line: &str) -> Vec<String> {
    line.split("  ")
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .map(String::from)
        .collect()
}

/// Whether each of tug's rows is kubectl's row from just before or just
/// after it: an age may tick between two calls.
pub fn rows_between<T: PartialEq>(ours: &[T], before: &[T], after: &[T]) -> bool {
    ours.len() == before.len()
        && before.len() == after.len()
        && ours
            .iter()
            .zip(before.iter().zip(after))
            .all(|(row, (before, after))| row == before || row == after)
}

/// The path of a file in the repository, e.g. `examples/flask`.
pub fn repo_path(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(relative)
}

/// A CustomResourceDefinition of kind Widget in an API group of the test
/// namespace's own (so that tests never share it), with printer columns
/// (SIZE; COLOUR only with -o wide), and one Widget `name` of size 3, labelled
/// `test=NAMESPACE` — the CR first, so that apply has to order them.
/// Returns the group and the manifests.
pub fn widget_manifests(ns: &Namespace, name: &str) -> (String, String) {
    let group = format!("{}.kubetug.test", ns.name);
    let manifests = format!(
        r#"apiVersion: {group}/v1
kind: Widget
metadata:
  name: {name}
  labels:
    test: {namespace}
spec:
  size: 3
  colour: blue
---
apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: widgets.{group}
spec:
  group: {group}
  scope: Namespaced
  names: {{plural: widgets, singular: widget, kind: Widget, shortNames: [wg]}}
  versions:
  - name: v1
    served: true
    storage: true
    additionalPrinterColumns:
    - {{name: Size, type: integer, jsonPath: .spec.size}}
    - {{name: Colour, type: string, jsonPath: .spec.colour, priority: 1}}
    schema:
      openAPIV3Schema:
        type: object
        properties:
          spec:
            type: object
            properties:
              size: {{type: integer}}
              colour: {{type: string}}
"#,
        namespace = ns.name
    );
    (group, manifests)
}

/// A `v1/List` of `count` empty ConfigMaps named `cm-0000`, `cm-0001`, … as JSON.
pub fn configmap_list(count: usize) -> String {
    let items: Vec<String> = (0..count)
        .map(|i| format!(r#"{{"apiVersion": "v1", "kind": "ConfigMap", "metadata": {{"name": "cm-{i:04}"}}}}"#))
        .collect();
    format!(
        r#"{{"apiVersion": "v1", "kind": "List", "items": [{}]}}"#,
        items.join(",")
    )
}

/// A second local cluster for the tests that stop, restart, pause or throttle
/// its components. Those tests take turns (one holds it at a time, across
/// processes too: the turn is a lock on a file beside its state), and
/// whatever a test changed is put back when its turn ends, so that each
/// finds the cluster in its default state.
pub struct DisruptiveCluster {
    pub kubeconfig: PathBuf,
    state: PathBuf,
    /// Components restarted with extra arguments or paused, to put back.
    changed: std::cell::RefCell<Vec<String>>,
    /// Locked while this test has its turn; unlocked when dropped.
    _turn: std::fs::File,
}

/// Waits for the disruptive cluster's turn, starting the cluster on first use.
pub fn disruptive_cluster() -> DisruptiveCluster {
    let state = match std::env::var_os("KUBETUG_DISRUPTIVE_STATE") {
        Some(path) => PathBuf::from(path),
        None => cluster()
            .kubeconfig
            .parent()
            .and_then(Path::parent)
            .expect("the cluster's state dir has a parent")
            .join("cluster-disruptive"),
    };
    std::fs::create_dir_all(state.parent().expect("a state dir has a parent"))
        .expect("create the cache dir");
    let turn = std::fs::File::create(state.with_extension("turn")).expect("create the turn file");
    turn.lock().expect("wait for the disruptive cluster's turn");
    let output = std::process::Command::new(repo_path("tests/cluster/up"))
        .env("KUBETUG_CLUSTER_STATE", &state)
        .output()
        .expect("run tests/cluster/up");
    assert!(
        output.status.success(),
        "tests/cluster/up of the disruptive cluster failed:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    DisruptiveCluster {
        kubeconfig: state.join("admin.kubeconfig"),
        state,
        changed: Default::default(),
        _turn: turn,
    }
}

impl DisruptiveCluster {
    /// `tug` as the admin user of this cluster.
    pub fn tug(&self) -> Command {
        let mut cmd = Command::new(assert_cmd::cargo::cargo_bin!("tug"));
        cmd.env("KUBECONFIG", &self.kubeconfig)
            .env_remove("NO_COLOR");
        cmd
    }

    /// kubectl as the admin user of this cluster; panics with its stderr when it fails.
    pub fn kubectl(&self, args: &[&str]) -> String {
        kubectl_with(&self.kubeconfig, args)
    }

    /// `tests/cluster/up` again, with `recorded` as the digest of the
    /// configuration the running cluster was started from, when given;
    /// returns what up said on stderr.
    pub fn up(&self, recorded: Option<&str>) -> String {
        if let Some(recorded) = recorded {
            std::fs::write(self.state.join("config-hash"), recorded).expect("write the digest");
        }
        let output = Process::new(repo_path("tests/cluster/up"))
            .env("KUBETUG_CLUSTER_STATE", &self.state)
            .output()
            .expect("run tests/cluster/up");
        let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
        assert!(
            output.status.success(),
            "tests/cluster/up failed:\n{stderr}"
        );
        stderr
    }

    /// `tests/cluster/restart [--down SECONDS] COMPONENT ARGS…`, waiting until it serves again.
    pub fn restart(&self, component: &str, down: std::time::Duration, args: &[&str]) {
        let output = self
            .restart_command(component, down, args)
            .output()
            .expect("run restart");
        assert!(
            output.status.success(),
            "tests/cluster/restart {component} failed:\n{}",
            String::from_utf8_lossy(&output.stderr)
        );
        if !args.is_empty() {
            self.changed.borrow_mut().push(component.to_string());
        }
    }

    /// The same restart, started in the background, for a test that runs
    /// tug meanwhile; wait on the child before asserting.
    pub fn restart_in_background(
        &self,
        component: &str,
        down: std::time::Duration,
    ) -> std::process::Child {
        self.restart_command(component, down, &[])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("start restart")
    }

    fn restart_command(
        &self,
        component: &str,
        down: std::time::Duration,
        args: &[&str],
    ) -> std::process::Command {
        let mut command = std::process::Command::new(repo_path("tests/cluster/restart"));
        command
            .env("KUBETUG_CLUSTER_STATE", &self.state)
            .args(["--down", &format!("{:.1}", down.as_secs_f64()), component])
            .args(args);
        command
    }

    /// Stops (SIGSTOP) or continues (SIGCONT) a component without ending it.
    pub fn signal(&self, component: &str, signal: &str) {
        let pid = std::fs::read_to_string(self.state.join(format!("{component}.pid")))
            .expect("the component's pid file");
        let status = std::process::Command::new("kill")
            .args([&format!("-{signal}"), pid.trim()])
            .status()
            .expect("run kill");
        assert!(status.success(), "kill -{signal} {component}");
        if signal == "STOP" {
            self.changed.borrow_mut().push(component.to_string());
        }
    }
}

impl Drop for DisruptiveCluster {
    fn drop(&mut self) {
        for component in self.changed.take() {
            let pid = std::fs::read_to_string(self.state.join(format!("{component}.pid")))
                .unwrap_or_default();
            let _ = std::process::Command::new("kill")
                .args(["-CONT", pid.trim()])
                .status();
            let _ = self
                .restart_command(&component, std::time::Duration::ZERO, &[])
                .output();
        }
    }
}

/// How long any awaited output may take on a loaded machine.
pub const PATIENCE: Duration = Duration::from_secs(90);

/// `tug ARGS…` running in the background, its output read line by line.
pub struct Running {
    child: Child,
    stdout: Receiver<String>,
    stderr: Receiver<String>,
    seen_stdout: Vec<String>,
    seen_stderr: Vec<String>,
}

impl Running {
    pub fn start(kubeconfig: &Path, namespace: &str, args: &[&str]) -> Running {
        Running::spawn(
            assert_cmd::cargo::cargo_bin!("tug"),
            kubeconfig,
            namespace,
            args,
        )
    }

    /// The reference kubectl with the same ARGS…, read as tug is.
    pub fn kubectl(kubeconfig: &Path, namespace: &str, args: &[&str]) -> Running {
        Running::spawn(&cluster().kubectl, kubeconfig, namespace, args)
    }

    fn spawn(program: &Path, kubeconfig: &Path, namespace: &str, args: &[&str]) -> Running {
        let mut child = Process::new(program)
            .args(["-n", namespace])
            .args(args)
            .env("KUBECONFIG", kubeconfig)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap_or_else(|e| panic!("start {}: {e}", program.display()));
        let stdout = lines_of(child.stdout.take().expect("piped stdout"));
        let stderr = lines_of(child.stderr.take().expect("piped stderr"));
        Running {
            child,
            stdout,
            stderr,
            seen_stdout: Vec::new(),
            seen_stderr: Vec::new(),
        }
    }

    /// Waits until a line of stdout satisfies `wanted`.
    pub fn await_stdout(&mut self, wanted: impl Fn(&str) -> bool, what: &str) {
        self.await_stdout_lines(1, wanted, what)
    }

    /// Waits until `count` lines of stdout satisfy `wanted`.
    pub fn await_stdout_lines(&mut self, count: usize, wanted: impl Fn(&str) -> bool, what: &str) {
        let deadline = Instant::now() + PATIENCE;
        while self.seen_stdout.iter().filter(|l| wanted(l)).count() < count {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.stdout.recv_timeout(left) {
                Ok(line) => self.seen_stdout.push(line),
                Err(_) => {
                    let stderr = self.drain_stderr();
                    panic!(
                        "no {what} on stdout; stdout: {:?}; stderr: {stderr:?}",
                        self.seen_stdout
                    )
                }
            }
        }
    }

    /// Waits until a line of stderr satisfies `wanted`; returns how long it took.
    pub fn await_stderr(&mut self, wanted: impl Fn(&str) -> bool, what: &str) -> Duration {
        self.await_stderr_lines(1, wanted, what)
    }

    /// Waits until `count` lines of stderr satisfy `wanted`; returns how long it took.
    pub fn await_stderr_lines(
        &mut self,
        count: usize,
        wanted: impl Fn(&str) -> bool,
        what: &str,
    ) -> Duration {
        let start = Instant::now();
        while self.seen_stderr.iter().filter(|l| wanted(l)).count() < count {
            let left = (start + PATIENCE).saturating_duration_since(Instant::now());
            match self.stderr.recv_timeout(left) {
                Ok(line) => self.seen_stderr.push(line),
                Err(_) => panic!("no {what} on stderr: {:?}", self.seen_stderr),
            }
        }
        start.elapsed()
    }

    pub fn drain_stderr(&mut self) -> Vec<String> {
        self.seen_stderr.extend(self.stderr.try_iter());
        self.seen_stderr.clone()
    }

    /// Whether tug has not ended yet.
    pub fn is_running(&mut self) -> bool {
        self.child.try_wait().expect("wait for tug").is_none()
    }

    /// Ctrl-C, as a terminal sends it.
    pub fn interrupt(&self) {
        let status = Process::new("kill")
            .args(["-INT", &self.child.id().to_string()])
            .status()
            .expect("run kill");
        assert!(status.success());
    }

    /// Ctrl-C, then the end, which must be exit code 130.
    pub fn interrupt_expecting_130(self) {
        self.interrupt();
        let (status, _, stderr) = self.finish();
        assert_eq!(status.code(), Some(130), "{stderr:?}");
    }

    /// Waits for the end; returns the exit status and every line of stdout and stderr.
    pub fn finish(mut self) -> (ExitStatus, Vec<String>, Vec<String>) {
        let deadline = Instant::now() + PATIENCE;
        let status = loop {
            if let Some(status) = self.child.try_wait().expect("wait for tug") {
                break status;
            }
            if Instant::now() > deadline {
                let _ = self.child.kill();
                let stderr = self.drain_stderr();
                panic!(
                    "tug did not end; stdout: {:?}; stderr: {stderr:?}",
                    self.seen_stdout
                );
            }
            std::thread::sleep(Duration::from_millis(50));
        };
        let mut stdout = self.seen_stdout;
        stdout.extend(self.stdout.iter());
        let mut stderr = self.seen_stderr;
        stderr.extend(self.stderr.iter());
        (status, stdout, stderr)
    }

    /// Stops a watch that would never end by itself; returns its stdout.
    pub fn stop(mut self) -> Vec<String> {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let mut stdout = self.seen_stdout;
        stdout.extend(self.stdout.iter());
        stdout
    }
}

/// The lines of `stream`, read on a thread of their own, as they come.
pub fn lines_of(stream: impl Read + Send + 'static) -> Receiver<String> {
    let (send, receive) = channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stream).lines().map_while(Result::ok) {
            if send.send(line).is_err() {
                break;
            }
        }
    });
    receive
}

/// An APIService of the test's own group, whose Service has no endpoints:
/// the aggregator lists its group as unavailable until it is deleted.
pub struct UnavailableApi {
    /// The APIService's name, `v1.GROUP`.
    pub name: String,
}

impl UnavailableApi {
    pub fn new(ns: &Namespace) -> UnavailableApi {
        let group = format!("{}.kubetug.test", ns.name);
        let manifests = format!(
            "apiVersion: v1\nkind: Service\nmetadata: {{name: nobody, namespace: {ns}}}\n\
             spec:\n  ports: [{{port: 443}}]\n  selector: {{app: nobody}}\n---\n\
             apiVersion: apiregistration.k8s.io/v1\nkind: APIService\nmetadata: {{name: v1.{group}}}\n\
             spec:\n  group: {group}\n  version: v1\n  groupPriorityMinimum: 100\n  versionPriority: 100\n\
             \x20 insecureSkipTLSVerify: true\n  service: {{name: nobody, namespace: {ns}}}\n",
            ns = ns.name
        );
        ns.tug()
            .args(["apply", "-f", "-"])
            .write_stdin(manifests)
            .assert()
            .success();
        UnavailableApi {
            name: format!("v1.{group}"),
        }
    }
}

impl Drop for UnavailableApi {
    fn drop(&mut self) {
        let _ = Process::new(&cluster().kubectl)
            .arg("--kubeconfig")
            .arg(&cluster().kubeconfig)
            .args(["delete", "apiservice", &self.name, "--wait=false"])
            .output();
    }
}
