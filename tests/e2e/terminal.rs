//! A real pseudo-terminal for the questions tug asks only a person: tmux runs
//! `tug`, keys are typed with `send-keys` and the screen is read with
//! `capture-pane`. Each run has a tmux server of its own, stopped on drop.

use std::path::PathBuf;
use std::process::Command;
use std::time::{Duration, Instant};

use crate::support::cluster;

/// How long a screen may take to show what a test waits for.
const PATIENCE: Duration = Duration::from_secs(60);

/// `tug` running in a terminal.
pub struct Terminal {
    dir: tempfile::TempDir,
}

impl Terminal {
    /// Starts `tug ARGS` as the admin user in a detached 200×50 terminal.
    pub fn tug(args: &[&str]) -> Terminal {
        Terminal::tug_with(&cluster().kubeconfig.display().to_string(), args)
    }

    /// Starts `tug ARGS` with `$KUBECONFIG` set to `kubeconfig`.
    pub fn tug_with(kubeconfig: &str, args: &[&str]) -> Terminal {
        let dir = tempfile::tempdir().unwrap();
        let terminal = Terminal { dir };
        let exit_file = terminal.exit_file();
        let mut command = vec![
            format!("KUBECONFIG={kubeconfig}"),
            format!("EXIT_FILE={}", exit_file.display()),
            // The shell keeps the screen after tug ends, for capture-pane.
            "sh".into(),
            "-c".into(),
            r#""$@"; echo $? > "$EXIT_FILE"; sleep 600"#.into(),
            "sh".into(),
            assert_cmd::cargo::cargo_bin!("tug").display().to_string(),
        ];
        command.extend(args.iter().map(|a| a.to_string()));
        terminal.start(command);
        terminal
    }

    /// Starts an interactive shell (`bash --norc`, `fish --no-config`, …)
    /// with tug first on `$PATH`, the admin kubeconfig and a home of its own.
    pub fn shell(shell: &[&str]) -> Terminal {
        let dir = tempfile::tempdir().unwrap();
        let terminal = Terminal { dir };
        let tug = assert_cmd::cargo::cargo_bin!("tug");
        let bin = tug.parent().expect("tug is in a directory");
        let mut command = vec![
            format!("KUBECONFIG={}", cluster().kubeconfig.display()),
            format!("PATH={}:/usr/bin:/bin", bin.display()),
            format!("HOME={}", terminal.dir.path().display()),
            // The discovery cache the other tests fill: types complete from it.
            format!("XDG_CACHE_HOME={}", real_home_cache().display()),
            "TERM=xterm".into(),
        ];
        command.extend(shell.iter().map(|a| a.to_string()));
        terminal.start(command);
        terminal
    }

    /// `tmux new-session` running `env ENV… PROGRAM ARGS…` in a 200×50 terminal.
    fn start(&self, env_and_command: Vec<String>) {
        let mut command = ["new-session", "-d", "-x", "200", "-y", "50", "env"]
            .map(String::from)
            .to_vec();
        command.extend(env_and_command);
        self.tmux(&command);
    }

    /// Waits until the screen shows `text`, and returns the screen.
    pub fn wait_for(&self, text: &str) -> String {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if screen.contains(text) {
                return screen;
            }
            assert!(
                start.elapsed() < PATIENCE,
                "the terminal never showed {text:?}:\n{screen}"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// Types `keys`, in tmux's key names (`y`, `Enter`, `Tab`).
    pub fn send(&self, keys: &[&str]) {
        let mut command = vec!["send-keys".to_string(), "-t".into(), "0".into()];
        command.extend(keys.iter().map(|k| k.to_string()));
        self.tmux(&command);
    }

    /// Waits until tug has ended; returns its exit code and the final screen.
    pub fn finish(&self) -> (i32, String) {
        let start = Instant::now();
        loop {
            if let Ok(code) = std::fs::read_to_string(self.exit_file())
                && let Ok(code) = code.trim().parse()
            {
                return (code, self.screen());
            }
            assert!(
                start.elapsed() < PATIENCE,
                "tug did not end:\n{}",
                self.screen()
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// The text on the screen now.
    pub fn screen(&self) -> String {
        self.tmux(&["capture-pane".into(), "-p".into(), "-t".into(), "0".into()])
    }

    fn exit_file(&self) -> PathBuf {
        self.dir.path().join("exit-code")
    }

    fn tmux(&self, args: &[String]) -> String {
        let output = Command::new("tmux")
            .arg("-S")
            .arg(self.dir.path().join("socket"))
            .args(["-f", "/dev/null"])
            .args(args)
            .output()
            .expect("run tmux (apt-get install tmux)");
        assert!(
            output.status.success(),
            "tmux {args:?} failed: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8_lossy(&output.stdout).into_owned()
    }
}

/// The cache directory tug uses outside the test shells.
fn real_home_cache() -> PathBuf {
    std::env::var_os("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::home_dir().map(|home| home.join(".cache")))
        .expect("a home directory")
}

impl Drop for Terminal {
    fn drop(&mut self) {
        let _ = Command::new("tmux")
            .arg("-S")
            .arg(self.dir.path().join("socket"))
            .arg("kill-server")
            .output();
    }
}
