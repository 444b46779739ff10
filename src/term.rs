//! The terminal: whether stdout/stderr are terminals, whether to colour, and
//! whether the user may be asked questions.

use std::io::{IsTerminal, Write};

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
