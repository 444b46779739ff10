//! Log lines as `tug logs` prints them.

use std::borrow::Cow;

/// `line` of a log as written to stdout, after `prefix` (kubectl's
/// `[pod/NAME/CONTAINER] `). Off a terminal the bytes are the log's own, so
/// that a saved log is the log, colours and all; on a terminal a container's
/// output may no more drive the terminal than an object may, so its control
/// characters are shown (see [`super::escape_terminal`]).
pub fn line<'a>(prefix: Option<&str>, line: &'a [u8], terminal: bool) -> Cow<'a, [u8]> {
    let line: Cow<'a, [u8]> = if terminal {
        let (text, newline) = match line.strip_suffix(b"\n") {
            Some(text) => (text, "\n"),
            None => (line, ""),
        };
        let escaped = super::escape_terminal(&String::from_utf8_lossy(text)).into_owned();
        Cow::Owned((escaped + newline).into_bytes())
    } else {
        Cow::Borrowed(line)
    };
    match prefix {
        Some(prefix) => Cow::Owned([prefix.as_bytes(), &line].concat()),
        None => line,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pipe_gets_the_logs_own_bytes() {
        let coloured = b"\x1b[31mred\x1b[0m \xff\n";
        assert_eq!(&*line(None, coloured, false), coloured);
        assert_eq!(
            &*line(Some("[pod/web/app] "), b"hello\n", false),
            b"[pod/web/app] hello\n"
        );
    }

    #[test]
    fn a_terminal_is_shown_control_characters_not_driven_by_them() {
        assert_eq!(
            &*line(Some("[pod/web/app] "), b"\x1b[2Jgone\r\n", true),
            b"[pod/web/app] ^[[2Jgone\\r\n"
        );
        assert_eq!(&*line(None, b"last line", true), b"last line");
    }
}
