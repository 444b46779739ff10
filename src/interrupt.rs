//! Ctrl-C. Every command ends with exit code 130 when interrupted; a write
//! in flight [holds](Interrupt::hold) the interruption, so that the
//! requests already sent finish, none is started after, and the command
//! says what was and was not done. A second Ctrl-C ends at once.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use tokio::sync::watch;

/// Exit code after Ctrl-C, as shells report SIGINT.
pub const EXIT_CODE: u8 = 130;

/// Whether Ctrl-C was pressed; cheap to clone and share.
#[derive(Clone)]
pub struct Interrupt {
    /// Set on the first Ctrl-C, for code that checks between requests.
    pressed: Arc<AtomicBool>,
    state: Arc<watch::Sender<State>>,
}

#[derive(Debug, Default, Clone, Copy)]
struct State {
    presses: u32,
    holds: usize,
}

impl State {
    fn ends_command(self) -> bool {
        self.presses >= 2 || (self.presses == 1 && self.holds == 0)
    }
}

/// While alive, the first Ctrl-C is left to the write that holds it.
pub struct Hold {
    state: Arc<watch::Sender<State>>,
}

impl Drop for Hold {
    fn drop(&mut self) {
        self.state.send_modify(|s| s.holds -= 1);
    }
}

impl Interrupt {
    /// Starts listening for Ctrl-C (SIGINT) for the rest of the process.
    pub fn listen() -> Interrupt {
        let interrupt = Interrupt {
            pressed: Arc::new(AtomicBool::new(false)),
            state: Arc::new(watch::Sender::new(State::default())),
        };
        let listener = interrupt.clone();
        tokio::spawn(async move {
            while tokio::signal::ctrl_c().await.is_ok() {
                listener.pressed.store(true, Ordering::SeqCst);
                listener.state.send_modify(|s| s.presses += 1);
            }
        });
        interrupt
    }

    /// Whether Ctrl-C was pressed.
    pub fn is_set(&self) -> bool {
        self.pressed.load(Ordering::SeqCst)
    }

    /// The flag behind [`Interrupt::is_set`], for code that takes a plain flag.
    pub fn flag(&self) -> &AtomicBool {
        &self.pressed
    }

    /// Leaves the first Ctrl-C to the caller until the hold is dropped.
    pub fn hold(&self) -> Hold {
        self.state.send_modify(|s| s.holds += 1);
        Hold {
            state: self.state.clone(),
        }
    }

    /// Resolves once Ctrl-C was pressed.
    pub async fn pressed(&self) {
        let mut state = self.state.subscribe();
        // The sender lives as long as `self`, so waiting cannot fail.
        let _ = state.wait_for(|s| s.presses > 0).await;
    }

    /// Resolves once the command must end now: Ctrl-C and nothing holds
    /// it, or Ctrl-C twice.
    pub async fn ends_command(&self) {
        let mut state = self.state.subscribe();
        let _ = state.wait_for(|s| s.ends_command()).await;
    }
}

/// The line a write prints when interrupted, e.g. `interrupted: 2 deleted;
/// not deleted: configmap/c, configmap/d` (`done_word` "deleted",
/// `not_done_label` "not deleted").
pub fn summary(done: usize, done_word: &str, not_done_label: &str, not_done: &[String]) -> String {
    let mut line = format!("interrupted: {done} {done_word}");
    if !not_done.is_empty() {
        line.push_str(&format!("; {not_done_label}: {}", not_done.join(", ")));
    }
    line
}

/// Ends a write after Ctrl-C: prints its [`summary`] on stderr and returns
/// the error that exits with 130.
pub fn stopped(
    done: usize,
    done_word: &str,
    not_done_label: &str,
    not_done: &[String],
) -> anyhow::Error {
    eprintln!("{}", summary(done, done_word, not_done_label, not_done));
    crate::error::AlreadyReported { code: EXIT_CODE }.into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_held_interruption_waits_for_the_write_unless_pressed_twice() {
        let held = State {
            presses: 1,
            holds: 1,
        };
        assert!(!held.ends_command());
        assert!(State { holds: 0, ..held }.ends_command());
        assert!(State { presses: 2, ..held }.ends_command());
        assert!(!State::default().ends_command());
    }

    #[test]
    fn the_summary_names_what_was_not_done() {
        assert_eq!(
            summary(
                2,
                "deleted",
                "not deleted",
                &["configmap/c".into(), "configmap/d".into()]
            ),
            "interrupted: 2 deleted; not deleted: configmap/c, configmap/d"
        );
        assert_eq!(
            summary(1, "scaled", "not scaled", &[]),
            "interrupted: 1 scaled"
        );
    }
}
