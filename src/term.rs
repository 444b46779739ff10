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
/// returned, so that `main` can end quietly instead of panicking.
pub fn stdout() -> impl Write {
    std::io::BufWriter::new(std::io::stdout().lock())
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
