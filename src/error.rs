//! How failures reach the user: one line each, kubectl's wording, and the
//! exit code that goes with it. `main.rs` calls [`report`] and nothing else.

use std::error::Error as StdError;

/// A failure whose exit code is not the usual 1 (e.g. `diff` errors are 2).
#[derive(Debug, thiserror::Error)]
#[error("{message}")]
pub struct ExitWith {
    pub code: u8,
    pub message: String,
}

/// The failures of a run have already been printed; only the exit code is left.
#[derive(Debug, thiserror::Error)]
#[error("{code}")]
pub struct AlreadyReported {
    pub code: u8,
}

/// Several problems found before anything was sent, e.g. every bad document
/// of every manifest; each is printed on a line of its own.
#[derive(Debug, thiserror::Error)]
#[error("{}", .0.join("\n"))]
pub struct Problems(pub Vec<String>);

/// An error to show and the process exit code.
pub struct Report {
    /// The line(s) to print on stderr, if any (a closed stdout prints nothing).
    pub line: Option<String>,
    pub code: u8,
}

/// Turns any error of a run into what the user sees.
pub fn report(error: &anyhow::Error) -> Report {
    if error.chain().any(crate::term::is_closed_stdout) {
        return Report {
            line: None,
            code: 0,
        };
    }
    if let Some(done) = error.downcast_ref::<AlreadyReported>() {
        return Report {
            line: None,
            code: done.code,
        };
    }
    if let Some(problems) = error.downcast_ref::<Problems>() {
        let lines: Vec<String> = problems.0.iter().map(|p| format!("error: {p}")).collect();
        return Report {
            line: Some(lines.join("\n")),
            code: 1,
        };
    }
    let code = error
        .downcast_ref::<ExitWith>()
        .map(|e| e.code)
        .unwrap_or(1);
    Report {
        line: Some(describe(error)),
        code,
    }
}

/// One line for an error: kubectl's `Error from server (Reason): message` for
/// API errors, otherwise `error: context: root cause`.
pub fn describe(error: &anyhow::Error) -> String {
    if let Some(status) = error.chain().find_map(api_status) {
        return server_error(status);
    }
    let line = innermost_message(error.as_ref());
    format!("error: {}", single_line(&line))
}

/// kubectl's wording of a status returned by the API server.
pub fn server_error(status: &kube::core::Status) -> String {
    server_error_about(status, None)
}

/// kubectl's wording, naming what failed: `Error from server (Reason): SUBJECT: message`.
pub fn server_error_about(status: &kube::core::Status, subject: Option<&str>) -> String {
    let reason = match status.reason.as_str() {
        "" | "Unknown" => String::new(),
        reason => format!(" ({reason})"),
    };
    let subject = subject.map(|s| format!("{s}: ")).unwrap_or_default();
    format!(
        "Error from server{reason}: {subject}{}",
        single_line(&status.message)
    )
}

fn api_status<'a>(e: &'a (dyn StdError + 'static)) -> Option<&'a kube::core::Status> {
    match e.downcast_ref::<kube::Error>() {
        Some(kube::Error::Api(status)) => Some(status),
        _ => None,
    }
}

/// The deepest cause's message, which for network and TLS failures is the one
/// that says what went wrong ("Connection refused", "UnknownIssuer").
pub fn innermost_message(error: &(dyn StdError + 'static)) -> String {
    let inner = root_cause(error).to_string();
    let outer = error.to_string();
    if inner == outer || outer.contains(&inner) {
        outer
    } else {
        format!("{outer}: {inner}")
    }
}

/// The last error in the chain of causes.
pub fn root_cause<'a>(error: &'a (dyn StdError + 'static)) -> &'a (dyn StdError + 'static) {
    let mut current = error;
    while let Some(next) = current.source() {
        current = next;
    }
    current
}

/// Text, often the server's, as one line that cannot drive the terminal.
fn single_line(text: &str) -> String {
    let line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    crate::printers::escape_terminal(&line).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::{ErrorKind, Write};

    /// A writer whose reader has gone, as a closed pipe or socket is.
    struct Closed;

    impl Write for Closed {
        fn write(&mut self, _: &[u8]) -> std::io::Result<usize> {
            Err(ErrorKind::BrokenPipe.into())
        }

        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn only_a_closed_stdout_ends_quietly() {
        let mut stdout = crate::term::Stdout(Closed);
        let closed = anyhow::Error::new(stdout.write(b"x").unwrap_err()).context("printing");
        let quiet = report(&closed);
        assert!(quiet.line.is_none());
        assert_eq!(quiet.code, 0);
        let connection = anyhow::Error::new(std::io::Error::from(ErrorKind::BrokenPipe))
            .context("cannot reach the API server at https://127.0.0.1:6443");
        let failed = report(&connection);
        assert_eq!(failed.code, 1);
        assert!(
            failed
                .line
                .as_deref()
                .is_some_and(|l| l.contains("cannot reach")),
            "{:?}",
            failed.line
        );
    }
}
