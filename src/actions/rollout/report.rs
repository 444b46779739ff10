//! What following rollouts looks like: on a terminal, a live line per
//! workload (updated / ready / available of desired, old replicas still
//! there); otherwise kubectl's `Waiting for …` lines, each only when it
//! changes. Problems found while waiting and failures go to stderr.

use std::io::{self, Write};
use std::sync::Mutex;
use std::time::Duration;

use indicatif::{MultiProgress, ProgressBar, ProgressStyle};

use super::status::{Counts, Status};
use super::{Outcome, Workload};
use crate::term::Terminal;

/// How often the live lines' spinners turn.
const TICK: Duration = Duration::from_millis(120);

/// Where the status lines of a rollout go: `rollout status` prints them on
/// stdout as kubectl does; `apply --wait` keeps stdout for what was applied.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sink {
    Stdout,
    Stderr,
}

/// Shows the progress of one or more rollouts.
pub struct Reporter {
    /// Live lines, drawn on stderr, when stderr is a terminal.
    live: Option<MultiProgress>,
    sink: Sink,
}

impl Reporter {
    /// Live lines when stderr is a terminal, plain lines otherwise.
    pub fn new(terminal: &Terminal, sink: Sink) -> Reporter {
        Reporter {
            live: terminal.stderr_is_terminal.then(MultiProgress::new),
            sink,
        }
    }

    /// A reporter that only ever prints plain lines.
    pub fn plain(sink: Sink) -> Reporter {
        Reporter { live: None, sink }
    }

    /// The line of one workload. `named` puts its name before plain
    /// waiting lines, which need it when several rollouts are followed at
    /// once (kubectl follows them one after the other).
    pub fn line(&self, workload: &Workload, named: bool) -> Line<'_> {
        let bar = self.live.as_ref().map(|multi| {
            let bar = multi.add(ProgressBar::new_spinner());
            bar.set_style(
                ProgressStyle::with_template("{spinner} {prefix}  {msg}  {elapsed}")
                    .unwrap_or_else(|_| ProgressStyle::default_spinner()),
            );
            bar.set_prefix(workload.display_name());
            bar.set_message("waiting for the first status");
            bar.enable_steady_tick(TICK);
            bar
        });
        Line {
            reporter: self,
            quoted: workload.quoted(),
            prefix: named.then(|| format!("{}: ", workload.display_name())),
            bar,
            last: Mutex::new(None),
        }
    }

    /// Writes `text` as a line to `sink`, with the live lines out of the way;
    /// it quotes events and conditions, so its control characters are escaped.
    fn write(&self, sink: Sink, text: &str) -> io::Result<()> {
        let text = crate::printers::escape_terminal(text);
        let write = || -> io::Result<()> {
            match sink {
                Sink::Stdout => {
                    let mut out = crate::term::stdout_unbuffered();
                    writeln!(out, "{text}")?;
                    out.flush()
                }
                Sink::Stderr => writeln!(io::stderr().lock(), "{text}"),
            }
        };
        match &self.live {
            Some(multi) => multi.suspend(write),
            None => write(),
        }
    }
}

/// The progress of one workload's rollout.
pub struct Line<'a> {
    reporter: &'a Reporter,
    /// `deployment "web"`, for problems printed while waiting.
    quoted: String,
    /// Put before plain waiting lines, if anything.
    prefix: Option<String>,
    bar: Option<ProgressBar>,
    /// The last plain line printed, so that only changes are printed.
    last: Mutex<Option<String>>,
}

impl Line<'_> {
    /// Shows `status`: updates the live line, or prints kubectl's line if it changed.
    pub fn progress(&self, status: &Status) {
        if let Some(bar) = &self.bar {
            bar.set_message(counts_text(&status.counts));
            return;
        }
        let mut last = self.last.lock().unwrap_or_else(|e| e.into_inner());
        if last.as_deref() != Some(status.message.as_str()) {
            // A closed pipe shows when the final line is written.
            let prefix = self.prefix.as_deref().unwrap_or_default();
            let _ = self
                .reporter
                .write(self.reporter.sink, &format!("{prefix}{}", status.message));
            *last = Some(status.message.clone());
        }
    }

    /// A problem seen while waiting, printed once on stderr.
    pub fn note(&self, problem: &str) {
        let _ = self
            .reporter
            .write(Sink::Stderr, &format!("{}: {problem}", self.quoted));
    }

    /// Lines that explain the status, indented under it on stderr.
    pub fn details(&self, lines: &[String]) {
        if lines.is_empty() {
            return;
        }
        let text: Vec<String> = lines.iter().map(|l| format!("  {l}")).collect();
        let _ = self.reporter.write(Sink::Stderr, &text.join("\n"));
    }

    /// Ends the line: the success message where status lines go, or the
    /// failure and its explanation on stderr.
    pub fn finish(&self, outcome: &Outcome) -> io::Result<()> {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
        match outcome {
            Outcome::RolledOut(message) => self.reporter.write(self.reporter.sink, message),
            Outcome::Failed { headline, details } => {
                let mut text = headline.clone();
                for detail in details {
                    text.push_str("\n  ");
                    text.push_str(detail);
                }
                self.reporter.write(Sink::Stderr, &text)
            }
            // The command says what Ctrl-C left undone.
            Outcome::Interrupted => Ok(()),
        }
    }
}

/// `2/3 updated, 2/3 ready, 1/3 available, 1 old pending termination`.
pub fn counts_text(counts: &Counts) -> String {
    let desired = counts.desired;
    let mut text = format!(
        "{}/{desired} updated, {}/{desired} ready, {}/{desired} available",
        counts.updated, counts.ready, counts.available
    );
    if counts.old > 0 {
        text.push_str(&format!(", {} old pending termination", counts.old));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_live_line_counts_against_the_desired_replicas() {
        let counts = Counts {
            desired: 3,
            updated: 2,
            ready: 2,
            available: 1,
            old: 1,
        };
        assert_eq!(
            counts_text(&counts),
            "2/3 updated, 2/3 ready, 1/3 available, 1 old pending termination"
        );
        assert_eq!(
            counts_text(&Counts { old: 0, ..counts }),
            "2/3 updated, 2/3 ready, 1/3 available"
        );
    }
}
