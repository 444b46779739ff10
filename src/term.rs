//! The terminal: whether stdout/stderr are terminals, whether to colour, and
//! asking the user yes/no questions or to pick from a list (on stderr, so
//! that stdout stays the command's output, and only when
//! [`Terminal::can_prompt`]).

use std::io::{IsTerminal, Write};

use dialoguer::console::Term;
use dialoguer::{Confirm, FuzzySelect};

use crate::cli::ColorChoice;

/// What the process is attached to, decided once at start-up.
#[derive(Debug, Clone, Copy)]
pub struct Terminal {
    pub stdout_is_terminal: bool,
    pub stderr_is_terminal: bool,
    pub stdin_is_terminal: bool,
    pub color: bool,
}

impl Terminal {
    /// Looks at the real stdio streams and the colour choice (`NO_COLOR` counts for `auto`).
    pub fn detect(choice: ColorChoice) -> Self {
        let stdout_is_terminal = std::io::stdout().is_terminal();
        let color = match choice {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                stdout_is_terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
            }
        };
        Terminal {
            stdout_is_terminal,
            stderr_is_terminal: std::io::stderr().is_terminal(),
            stdin_is_terminal: std::io::stdin().is_terminal(),
            color,
        }
    }

    /// Questions are asked only when a person can answer them.
    pub fn can_prompt(&self) -> bool {
        self.stdin_is_terminal && self.stderr_is_terminal
    }
}

/// Standard output, buffered; every write error (a closed pipe included) is
/// returned as a [`StdoutFailed`], so that `main` can end quietly instead of
/// panicking.
pub fn stdout() -> impl Write {
    std::io::BufWriter::new(Stdout(std::io::stdout().lock()))
}

/// Standard output, each write passed on at once (for progress lines that
/// must show while the command goes on); errors as with [`stdout`].
pub fn stdout_unbuffered() -> impl Write {
    Stdout(std::io::stdout())
}

/// A write to standard output failed. Told apart from every other I/O
/// error so that a closed stdout (`tug get … | head -1`) ends quietly while
/// a broken pipe anywhere else (a connection to the server) is an error.
#[derive(Debug, thiserror::Error)]
#[error("cannot write to standard output: {0}")]
pub struct StdoutFailed(#[source] pub std::io::Error);

/// Whether `error` is a write to standard output that found it closed.
pub fn is_closed_stdout(error: &(dyn std::error::Error + 'static)) -> bool {
    error
        .downcast_ref::<std::io::Error>()
        .and_then(|io| io.get_ref())
        .and_then(|inner| inner.downcast_ref::<StdoutFailed>())
        .is_some_and(|failed| failed.0.kind() == std::io::ErrorKind::BrokenPipe)
}

/// Standard output whose errors say they are standard output's.
pub(crate) struct Stdout<W>(pub(crate) W);

impl<W: Write> Write for Stdout<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.write(buf).map_err(stdout_failed)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.0.flush().map_err(stdout_failed)
    }
}

fn stdout_failed(error: std::io::Error) -> std::io::Error {
    std::io::Error::new(error.kind(), StdoutFailed(error))
}

/// Asks `question` on the terminal; only `y` followed by Enter is yes.
pub fn confirm(question: &str) -> anyhow::Result<bool> {
    let answer = Confirm::new()
        .with_prompt(question)
        .default(false)
        // One stray key press must not delete anything: the answer needs Enter.
        .wait_for_newline(true)
        .interact_on_opt(&Term::stderr())
        .map_err(|e| anyhow::anyhow!("cannot read the answer from the terminal: {e}"))?;
    // Esc and q leave the question unanswered, which is no.
    Ok(answer == Some(true))
}

/// Lets the user pick one of `items` by typing part of it, starting at
/// `current`; `None` when the user leaves with Esc.
pub fn pick(
    prompt: &str,
    items: &[String],
    current: Option<usize>,
) -> anyhow::Result<Option<usize>> {
    let mut select = FuzzySelect::new()
        .with_prompt(prompt)
        .items(items)
        .max_length(15);
    if let Some(index) = current {
        select = select.default(index);
    }
    select
        .interact_on_opt(&Term::stderr())
        .map_err(|e| anyhow::anyhow!("cannot read the choice from the terminal: {e}"))
}
