//! The text handed to the YAML parser, and the way back from its positions
//! to the input's lines and columns.
//!
//! YAML documents are read as they are. A JSON stream, several objects one
//! after the other (`{…}{…}` or one per line, as generators and `jq -c`
//! write them), is not YAML: kubectl reads it with a JSON decoder, tug turns
//! it into a YAML stream by putting a `---` line before each object after
//! the first, and maps positions back to where they are in the input.

use std::borrow::Cow;
use std::ops::Range;

use serde_saphyr::Location;

use super::Source;

/// One input's text as the YAML parser reads it.
pub(super) struct Stream<'a> {
    /// What the YAML parser reads.
    pub(super) text: Cow<'a, str>,
    /// The line of `text` on which each document begins, in order.
    starts: Vec<usize>,
    /// Where each piece of the input begins in `text`, in order.
    pieces: Vec<Piece>,
}

/// A piece of the input copied into the parser's text whole, from `text_line`
/// on; its first character is at `input_line`, `input_column` of the input.
#[derive(Debug, Clone, Copy)]
struct Piece {
    text_line: usize,
    input_line: usize,
    input_column: usize,
}

/// Where a piece begins in the parser's text and in the input is the same place.
const WHOLE: Piece = Piece {
    text_line: 1,
    input_line: 1,
    input_column: 1,
};

/// What goes between two JSON objects to make them two YAML documents.
const SEPARATOR: &str = "\n---\n";

impl<'a> Stream<'a> {
    pub(super) fn new(input: &'a str) -> Self {
        let Some(objects) = json_objects(input) else {
            return Stream {
                starts: document_lines(input),
                text: Cow::Borrowed(input),
                pieces: vec![WHOLE],
            };
        };
        let mut text = String::with_capacity(input.len() + SEPARATOR.len() * objects.len());
        let mut pieces = Vec::with_capacity(objects.len());
        // The line of `text` its end is on; each chunk added ends with `}`, so
        // no `\r` at its end joins the separator's `\n` into one line break.
        let mut text_line = 1;
        for (n, object) in objects.into_iter().enumerate() {
            let chunk = if n == 0 {
                // The first object keeps what stands before it: its places are the input's.
                pieces.push(WHOLE);
                &input[..object.end]
            } else {
                text.push_str(SEPARATOR);
                text_line += line_breaks(SEPARATOR);
                let (input_line, input_column) = line_and_column(input, object.start);
                pieces.push(Piece {
                    text_line,
                    input_line,
                    input_column,
                });
                &input[object]
            };
            text.push_str(chunk);
            text_line += line_breaks(chunk);
        }
        Stream {
            starts: document_lines(&text),
            text: Cow::Owned(text),
            pieces,
        }
    }

    /// The source of a place in the text (line, column); an unknown place keeps only the file.
    pub(super) fn locate(&self, file: &str, place: Option<(usize, usize)>) -> Source {
        let Some((text_line, text_column)) = place else {
            return Source {
                file: file.to_owned(),
                document: 0,
                line: 0,
                column: 0,
            };
        };
        // Documents start on lines of their own, so the last one started by this line holds it.
        let document = self
            .starts
            .partition_point(|&start| start <= text_line)
            .max(1);
        let (line, column) = self.in_input((text_line, text_column));
        Source {
            file: file.to_owned(),
            document,
            line,
            column,
        }
    }

    /// A place in the text (line, column) as a place in the input.
    pub(super) fn in_input(&self, (line, column): (usize, usize)) -> (usize, usize) {
        let index = self
            .pieces
            .partition_point(|piece| piece.text_line <= line)
            .saturating_sub(1);
        let piece = self.pieces.get(index).copied().unwrap_or(WHOLE);
        if line == piece.text_line {
            (piece.input_line, column + piece.input_column - 1)
        } else {
            (line - piece.text_line + piece.input_line, column)
        }
    }

    /// The text of each document, with the line of the text it begins on:
    /// from one document's start to the next one's, the first one from the
    /// top, so that comments and markers stay with their document.
    pub(super) fn documents(&self) -> Vec<(usize, &str)> {
        let mut line_starts = vec![0];
        let mut offset = 0;
        for line in lines(&self.text) {
            offset += line.len();
            let rest = &self.text[offset..];
            offset += if rest.starts_with("\r\n") {
                2
            } else {
                usize::from(!rest.is_empty())
            };
            line_starts.push(offset);
        }
        let byte_of = |line: usize| {
            line_starts
                .get(line - 1)
                .copied()
                .unwrap_or(self.text.len())
        };
        let mut documents = Vec::with_capacity(self.starts.len());
        for (n, &start) in self.starts.iter().enumerate() {
            let first = if n == 0 { 1 } else { start };
            let end = self
                .starts
                .get(n + 1)
                .map_or(self.text.len(), |&next| byte_of(next));
            documents.push((first, &self.text[byte_of(first)..end]));
        }
        documents
    }
}

/// A parser location as (line, column) of the text it parsed, if it is known.
pub(super) fn position(location: Location) -> Option<(usize, usize)> {
    if location == Location::UNKNOWN {
        return None;
    }
    let line = usize::try_from(location.line()).ok()?;
    let column = usize::try_from(location.column()).ok()?;
    Some((line, column))
}

/// Line breaks as YAML counts them: `\r\n`, `\n` or a lone `\r`.
fn line_breaks(text: &str) -> usize {
    lines(text).count() - 1
}

/// The 1-based line and column of a byte offset, columns counted in characters.
fn line_and_column(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset];
    let line_start = before.rfind(['\n', '\r']).map_or(0, |i| i + 1);
    (
        line_breaks(before) + 1,
        before[line_start..].chars().count() + 1,
    )
}

/// The byte ranges of the objects of a JSON stream: two or more objects with
/// only JSON whitespace between them. An object left open runs to the end,
/// where the parser reports it. `None` for anything else, which is read as
/// YAML as it is (a single JSON object is YAML too).
fn json_objects(text: &str) -> Option<Vec<Range<usize>>> {
    let bytes = text.as_bytes();
    let mut objects = Vec::new();
    let mut start = skip_whitespace(bytes, 0);
    while start < bytes.len() {
        if bytes[start] != b'{' {
            return None;
        }
        match value_end(bytes, start) {
            Some(end) => {
                objects.push(start..end);
                start = skip_whitespace(bytes, end);
            }
            None => {
                objects.push(start..bytes.len());
                break;
            }
        }
    }
    (objects.len() > 1).then_some(objects)
}

fn skip_whitespace(bytes: &[u8], from: usize) -> usize {
    from + bytes[from..]
        .iter()
        .take_while(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r'))
        .count()
}

/// The offset just after the object or array that begins at `start`, if it ends.
fn value_end(bytes: &[u8], start: usize) -> Option<usize> {
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    for (offset, &byte) in bytes[start..].iter().enumerate() {
        if in_string {
            match byte {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match byte {
            b'"' => in_string = true,
            b'{' | b'[' => depth += 1,
            b'}' | b']' => {
                depth = depth.checked_sub(1)?;
                if depth == 0 {
                    return Some(start + offset + 1);
                }
            }
            _ => {}
        }
    }
    None
}

/// The line on which each document of the text begins, in order.
///
/// The deserializer skips empty documents without a trace, so documents are
/// counted here, from the text, which YAML makes exact for any input that
/// parses: a line starting with `---` or `...` followed by a space or the
/// line's end is always a document marker, even inside a scalar. A document
/// begins at its `---` or, at the start of the stream and after `...`, at its
/// first line that is not blank, a comment or a directive.
fn document_lines(text: &str) -> Vec<usize> {
    let mut starts = Vec::new();
    let mut between_documents = true;
    for (index, line) in lines(text).enumerate() {
        if is_marker(line, "---") {
            starts.push(index + 1);
            between_documents = false;
        } else if is_marker(line, "...") {
            between_documents = true;
        } else if between_documents && !is_blank_comment_or_directive(line) {
            starts.push(index + 1);
            between_documents = false;
        }
    }
    starts
}

/// Lines as YAML counts them: ended by `\r\n`, `\n` or a lone `\r`.
fn lines(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = Some(text);
    std::iter::from_fn(move || {
        let current = rest?;
        match current.find(['\r', '\n']) {
            Some(end) => {
                let next = if current[end..].starts_with("\r\n") {
                    end + 2
                } else {
                    end + 1
                };
                rest = Some(&current[next..]);
                Some(&current[..end])
            }
            None => {
                rest = None;
                Some(current)
            }
        }
    })
}

fn is_marker(line: &str, marker: &str) -> bool {
    line.strip_prefix(marker)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with([' ', '\t']))
}

fn is_blank_comment_or_directive(line: &str) -> bool {
    let content = line.trim_start_matches([' ', '\t']);
    content.is_empty() || content.starts_with('#') || line.starts_with('%')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn documents_are_counted_as_the_yaml_parser_counts_them() {
        use serde_saphyr::granit_parser::{Event, Parser};
        let texts = [
            "a: 1\n---\nb: 2\n",
            "# header\n\n---\n# empty\n---\n---\nc: 3\n",
            "  a: 1\n...\n# between\n...\n\n  b: 2\n---\n",
            "%YAML 1.2\n---\na\n...\n%YAML 1.2\n--- # comment\nb\n",
            "----\n--- |\n  text\n--- {a: 1}\n---\tx\n",
            "a: foo\n --- bar\n---\r\nb: 1\r---\rc: 2\r",
            "",
            "# nothing\n",
        ];
        for text in texts {
            let parser_lines: Vec<usize> = Parser::new_from_str(text)
                .map(Result::unwrap)
                .filter(|(event, _)| matches!(event, Event::DocumentStart(..)))
                .map(|(_, span)| span.start.line())
                .collect();
            assert_eq!(document_lines(text), parser_lines, "{text:?}");
        }
    }
}
