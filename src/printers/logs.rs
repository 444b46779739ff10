//! Log lines as `tug logs` prints them.

use std::borrow::Cow;
use std::io::Write;

/// Writes the pieces of several logs (whole lines, or pieces of long ones)
/// to one output, each line after its log's prefix (kubectl's
/// `[pod/NAME/CONTAINER] `). Where followed logs interleave and another
/// log's output comes in the middle of a long line, that line is broken
/// off there and its rest gets its prefix again, so that every line shown
/// says whose it is.
pub struct LogWriter {
    prefixes: Vec<Option<String>>,
    terminal: bool,
    /// Whether logs are read at once, so that their output interleaves.
    interleaved: bool,
    /// Per log: whether its next piece starts a line.
    at_line_start: Vec<bool>,
    /// The log whose line stands unfinished on the output.
    unfinished: Option<usize>,
}

impl LogWriter {
    /// A writer for the logs of `prefixes` (one each, `None` for no prefix);
    /// `terminal`: see [`line`].
    pub fn new(prefixes: Vec<Option<String>>, terminal: bool, interleaved: bool) -> Self {
        let at_line_start = vec![true; prefixes.len()];
        LogWriter {
            prefixes,
            terminal,
            interleaved,
            at_line_start,
            unfinished: None,
        }
    }

    /// Writes a piece of the log `index`.
    pub fn write(
        &mut self,
        out: &mut impl Write,
        index: usize,
        piece: &[u8],
    ) -> std::io::Result<()> {
        if let Some(other) = self
            .unfinished
            .filter(|&other| other != index && self.interleaved)
        {
            out.write_all(b"\n")?;
            self.at_line_start[other] = true;
        }
        let prefix = match self.at_line_start.get(index) {
            Some(true) => self.prefixes.get(index).and_then(Option::as_deref),
            _ => None,
        };
        out.write_all(&line(prefix, piece, self.terminal))?;
        let ends_line = piece.ends_with(b"\n");
        if let Some(start) = self.at_line_start.get_mut(index) {
            *start = ends_line;
        }
        self.unfinished = (!ends_line).then_some(index);
        Ok(())
    }
}

/// `line` of a log as written to stdout, after `prefix` (kubectl's
/// `[pod/NAME/CONTAINER] `). Off a terminal the bytes are the log's own, so
/// that a saved log is the log, colours and all; on a terminal a container's
/// output may no more drive the terminal than an object may, so its control
/// characters are shown (see [`super::escape_terminal`]).
fn line<'a>(prefix: Option<&str>, line: &'a [u8], terminal: bool) -> Cow<'a, [u8]> {
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

    fn written(writer: &mut LogWriter, pieces: &[(usize, &[u8])]) -> String {
        let mut out = Vec::new();
        for (index, piece) in pieces {
            writer.write(&mut out, *index, piece).unwrap();
        }
        String::from_utf8(out).unwrap()
    }

    fn prefixed(interleaved: bool, terminal: bool) -> LogWriter {
        let prefixes = vec![Some("[pod/a/c] ".into()), Some("[pod/b/c] ".into())];
        LogWriter::new(prefixes, terminal, interleaved)
    }

    #[test]
    fn a_long_line_in_pieces_gets_its_prefix_once() {
        let pieces: [(usize, &[u8]); 4] = [(0, b"lo"), (0, b"ng"), (0, b" line\n"), (1, b"b\n")];
        assert_eq!(
            written(&mut prefixed(true, false), &pieces),
            "[pod/a/c] long line\n[pod/b/c] b\n"
        );
    }

    #[test]
    fn a_line_another_log_interrupts_is_broken_off_and_its_rest_prefixed_again() {
        let pieces: [(usize, &[u8]); 4] = [(0, b"lo"), (1, b"b\n"), (0, b"ng\n"), (1, b"c\n")];
        assert_eq!(
            written(&mut prefixed(true, false), &pieces),
            "[pod/a/c] lo\n[pod/b/c] b\n[pod/a/c] ng\n[pod/b/c] c\n"
        );
    }

    #[test]
    fn logs_read_one_after_another_are_written_as_they_are() {
        let pieces: [(usize, &[u8]); 2] = [(0, b"no newline at the end"), (1, b"b\n")];
        assert_eq!(
            written(&mut prefixed(false, false), &pieces),
            "[pod/a/c] no newline at the end[pod/b/c] b\n"
        );
    }

    #[test]
    fn control_characters_are_escaped_across_pieces_on_a_terminal() {
        let pieces: [(usize, &[u8]); 3] = [(0, b"a\x1b"), (0, b"[2Jb\r"), (0, b"\n")];
        assert_eq!(
            written(&mut prefixed(true, true), &pieces),
            "[pod/a/c] a^[[2Jb\\r\n"
        );
    }
}
