//! YAML as kubectl writes it, byte for byte.
//!
//! kubectl prints `-o yaml` through sigs.k8s.io/yaml: the object becomes
//! JSON, go-yaml v2 reads that back (typing each number as an integer or a
//! float) and writes it with its own emitter. That emitter's choices are not
//! those of a general-purpose YAML writer: a string is quoted only when it
//! would otherwise read back as something else in YAML 1.1 (`yes`, `on`,
//! `0x10`, `1e3`, `~`, a timestamp…) or cannot be written plain; quotes are
//! single unless the text needs escapes; text with line breaks becomes a
//! literal block with its chomping indicator; plain and quoted text is folded
//! at the first space past column 80; sequences are not indented under their
//! key; keys are sorted with runs of digits compared as numbers. This module
//! makes the same choices over a `serde_json::Value`.

use std::borrow::Cow;

use serde_json::{Map, Number, Value};

/// Spaces per level.
const INDENT: usize = 2;
/// Past this column, plain and quoted text is folded at the next space.
const WIDTH: usize = 80;
/// Longer keys (in bytes) are written as `? key` / `: value`.
const SIMPLE_KEY_MAX: usize = 128;

/// `value` as a YAML document, as `kubectl get -o yaml` prints it.
pub fn to_string(value: &Value) -> String {
    let mut emitter = Emitter::new();
    emitter.node(value, false, false);
    emitter.end();
    emitter.out
}

/// `item` as one element of the `items:` sequence of a top-level mapping,
/// laid out (indentation, folding) exactly as inside the whole document, so
/// that a `List` can be written one item at a time.
pub fn list_item(item: &Value) -> String {
    let mut emitter = Emitter::new();
    // The top-level mapping sits at indent 0, and the sequence under its key
    // is not indented further.
    emitter.indent = Some(0);
    emitter.sequence_item(item);
    emitter.end();
    emitter.out
}

/// How a scalar is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Style {
    Plain,
    SingleQuoted,
    DoubleQuoted,
    Literal,
}

/// The state go-yaml's emitter keeps between writes.
struct Emitter {
    out: String,
    /// Characters (not bytes) written on the current line.
    column: usize,
    /// The current block's indentation; `None` before the first block.
    indent: Option<usize>,
    /// The last character written was whitespace.
    whitespace: bool,
    /// Only indentation (and indicators such as `- `) is on the line so far.
    indention: bool,
}

impl Emitter {
    fn new() -> Emitter {
        Emitter {
            out: String::new(),
            column: 0,
            indent: None,
            whitespace: true,
            indention: true,
        }
    }

    /// Ends the document: a line break unless the line is already empty.
    fn end(&mut self) {
        self.indent = None;
        self.write_indent();
    }

    fn node(&mut self, value: &Value, mapping_context: bool, simple_key: bool) {
        match value {
            Value::Object(map) if map.is_empty() => self.empty_flow("{", "}"),
            Value::Array(items) if items.is_empty() => self.empty_flow("[", "]"),
            Value::Object(map) => self.block_mapping(map),
            Value::Array(items) => self.block_sequence(items, mapping_context),
            Value::Null => self.scalar("null", Style::Plain, simple_key),
            Value::Bool(b) => {
                self.scalar(if *b { "true" } else { "false" }, Style::Plain, simple_key)
            }
            Value::Number(n) => self.scalar(&number(n), Style::Plain, simple_key),
            Value::String(s) => {
                let s = fold_next_lines(s);
                self.scalar(&s, string_style(&s), simple_key)
            }
        }
    }

    fn empty_flow(&mut self, open: &str, close: &str) {
        self.write_indicator(open, true, true, false);
        self.write_indicator(close, false, false, false);
    }

    /// Sets the indentation for a nested block and returns the one to restore.
    fn increase_indent(&mut self, flow: bool, indentless: bool) -> Option<usize> {
        let saved = self.indent;
        self.indent = Some(match saved {
            None if flow => INDENT,
            None => 0,
            Some(indent) if indentless => indent,
            Some(indent) => indent + INDENT,
        });
        saved
    }

    fn block_sequence(&mut self, items: &[Value], mapping_context: bool) {
        // Directly under a key, `- ` stays at the key's indentation.
        let saved = self.increase_indent(false, mapping_context && !self.indention);
        for item in items {
            self.sequence_item(item);
        }
        self.indent = saved;
    }

    fn sequence_item(&mut self, item: &Value) {
        self.write_indent();
        self.write_indicator("-", true, false, true);
        self.node(item, false, false);
    }

    fn block_mapping(&mut self, map: &Map<String, Value>) {
        let saved = self.increase_indent(false, false);
        for (key, value) in sorted(map) {
            self.write_indent();
            let key = &*key;
            let analysis = analyze(key.as_bytes());
            if !analysis.multiline && key.len() <= SIMPLE_KEY_MAX {
                self.scalar_analyzed(key, string_style(key), &analysis, true);
                self.write_indicator(":", false, false, false);
            } else {
                self.write_indicator("?", true, false, true);
                self.scalar_analyzed(key, string_style(key), &analysis, false);
                self.write_indent();
                self.write_indicator(":", true, false, true);
            }
            self.node(value, true, false);
        }
        self.indent = saved;
    }

    fn scalar(&mut self, text: &str, wanted: Style, simple_key: bool) {
        self.scalar_analyzed(text, wanted, &analyze(text.as_bytes()), simple_key);
    }

    fn scalar_analyzed(&mut self, text: &str, wanted: Style, a: &Analysis, simple_key: bool) {
        let mut style = wanted;
        if simple_key && a.multiline {
            style = Style::DoubleQuoted;
        }
        if style == Style::Plain && (!a.plain_allowed || (text.is_empty() && simple_key)) {
            style = Style::SingleQuoted;
        }
        if style == Style::SingleQuoted && !a.single_quoted_allowed {
            style = Style::DoubleQuoted;
        }
        if style == Style::Literal && (!a.block_allowed || simple_key) {
            style = Style::DoubleQuoted;
        }
        let saved = self.increase_indent(true, false);
        let allow_breaks = !simple_key;
        match style {
            Style::Plain => self.write_plain_or_single_quoted(text.as_bytes(), allow_breaks, false),
            Style::SingleQuoted => {
                self.write_plain_or_single_quoted(text.as_bytes(), allow_breaks, true)
            }
            Style::DoubleQuoted => self.write_double_quoted(text.as_bytes(), allow_breaks),
            Style::Literal => self.write_literal(text.as_bytes()),
        }
        self.indent = saved;
    }

    fn put(&mut self, c: char) {
        self.out.push(c);
        self.column += 1;
    }

    fn put_break(&mut self) {
        self.out.push('\n');
        self.column = 0;
    }

    /// Copies the character at `*i` and moves past it.
    fn write(&mut self, text: &[u8], i: &mut usize) {
        let end = (*i + width(text[*i]).max(1)).min(text.len());
        self.out.push_str(&String::from_utf8_lossy(&text[*i..end]));
        self.column += 1;
        *i = end;
    }

    fn write_str(&mut self, text: &str) {
        let bytes = text.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            self.write(bytes, &mut i);
        }
    }

    /// Copies the line break at `*i`, which starts a line of the text.
    fn write_break(&mut self, text: &[u8], i: &mut usize) {
        if text[*i] == b'\n' {
            self.put_break();
            *i += 1;
        } else {
            self.write(text, i);
            self.column = 0;
        }
        self.indention = true;
    }

    fn write_indent(&mut self) {
        let indent = self.indent.unwrap_or(0);
        if !self.indention || self.column > indent || (self.column == indent && !self.whitespace) {
            self.put_break();
        }
        while self.column < indent {
            self.put(' ');
        }
        self.whitespace = true;
        self.indention = true;
    }

    fn write_indicator(
        &mut self,
        indicator: &str,
        need_whitespace: bool,
        is_whitespace: bool,
        is_indention: bool,
    ) {
        if need_whitespace && !self.whitespace {
            self.put(' ');
        }
        self.write_str(indicator);
        self.whitespace = is_whitespace;
        self.indention = self.indention && is_indention;
    }

    /// Plain or single-quoted text, which fold and break alike.
    fn write_plain_or_single_quoted(&mut self, text: &[u8], allow_breaks: bool, quoted: bool) {
        if quoted {
            self.write_indicator("'", true, false, false);
        } else if !self.whitespace {
            self.put(' ');
        }
        let (mut spaces, mut breaks) = (false, false);
        let mut i = 0;
        while i < text.len() {
            if text[i] == b' ' {
                // A quoted text's first and last spaces are never folded.
                let inner = !quoted || (i > 0 && i < text.len() - 1);
                if allow_breaks
                    && !spaces
                    && self.column > WIDTH
                    && inner
                    && at(text, i + 1) != b' '
                {
                    self.write_indent();
                    i += 1;
                } else {
                    self.write(text, &mut i);
                }
                spaces = true;
            } else if is_break(text, i) {
                if !breaks && text[i] == b'\n' {
                    self.put_break();
                }
                self.write_break(text, &mut i);
                breaks = true;
            } else {
                if breaks {
                    self.write_indent();
                }
                if quoted && text[i] == b'\'' {
                    self.put('\'');
                }
                self.write(text, &mut i);
                self.indention = false;
                spaces = false;
                breaks = false;
            }
        }
        if quoted {
            self.write_indicator("'", false, false, false);
        }
        self.whitespace = false;
        self.indention = false;
    }

    fn write_double_quoted(&mut self, text: &[u8], allow_breaks: bool) {
        self.write_indicator("\"", true, false, false);
        let mut spaces = false;
        // go-yaml checks for a byte order mark at the start of the text at
        // every position, so one there escapes every character.
        let bom = text.starts_with("\u{feff}".as_bytes());
        let mut i = 0;
        while i < text.len() {
            if !is_printable(text, i)
                || bom
                || is_break(text, i)
                || text[i] == b'"'
                || text[i] == b'\\'
            {
                let w = width(text[i]).max(1);
                let c = std::str::from_utf8(&text[i..(i + w).min(text.len())])
                    .ok()
                    .and_then(|s| s.chars().next())
                    .unwrap_or(char::REPLACEMENT_CHARACTER);
                i += w;
                self.put('\\');
                match c {
                    '\0' => self.put('0'),
                    '\u{7}' => self.put('a'),
                    '\u{8}' => self.put('b'),
                    '\t' => self.put('t'),
                    '\n' => self.put('n'),
                    '\u{b}' => self.put('v'),
                    '\u{c}' => self.put('f'),
                    '\r' => self.put('r'),
                    '\u{1b}' => self.put('e'),
                    '"' => self.put('"'),
                    '\\' => self.put('\\'),
                    '\u{85}' => self.put('N'),
                    '\u{a0}' => self.put('_'),
                    '\u{2028}' => self.put('L'),
                    '\u{2029}' => self.put('P'),
                    c => {
                        let code = u32::from(c);
                        let escape = match code {
                            0..=0xff => format!("x{code:02X}"),
                            0x100..=0xffff => format!("u{code:04X}"),
                            _ => format!("U{code:08X}"),
                        };
                        self.write_str(&escape);
                    }
                }
                spaces = false;
            } else if text[i] == b' ' {
                if allow_breaks && !spaces && self.column > WIDTH && i > 0 && i < text.len() - 1 {
                    self.write_indent();
                    if at(text, i + 1) == b' ' {
                        self.put('\\');
                    }
                    i += 1;
                } else {
                    self.write(text, &mut i);
                }
                spaces = true;
            } else {
                self.write(text, &mut i);
                spaces = false;
            }
        }
        self.write_indicator("\"", false, false, false);
        self.whitespace = false;
        self.indention = false;
    }

    fn write_literal(&mut self, text: &[u8]) {
        self.write_indicator("|", true, false, false);
        // Text that starts with a space or a break says how far it is indented.
        if at(text, 0) == b' ' || is_break(text, 0) {
            self.write_indicator("2", false, false, false);
        }
        if let Some(chomping) = chomping(text) {
            self.write_indicator(chomping, false, false, false);
        }
        self.put_break();
        self.indention = true;
        self.whitespace = true;
        let mut breaks = true;
        let mut i = 0;
        while i < text.len() {
            if is_break(text, i) {
                self.write_break(text, &mut i);
                breaks = true;
            } else {
                if breaks {
                    self.write_indent();
                }
                self.write(text, &mut i);
                self.indention = false;
                breaks = false;
            }
        }
    }
}

/// A literal block's chomping indicator: `-` strips a missing final break,
/// none keeps one, `+` keeps several.
fn chomping(text: &[u8]) -> Option<&'static str> {
    let Some(last) = last_char_start(text, text.len()) else {
        return Some("-");
    };
    if !is_break(text, last) {
        return Some("-");
    }
    match last_char_start(text, last) {
        None => Some("+"),
        Some(before) if is_break(text, before) => Some("+"),
        Some(_) => None,
    }
}

/// Where the character before byte `end` starts.
fn last_char_start(text: &[u8], end: usize) -> Option<usize> {
    (0..end).rev().find(|&i| text[i] & 0xC0 != 0x80)
}

/// What the characters of a scalar allow.
struct Analysis {
    multiline: bool,
    plain_allowed: bool,
    single_quoted_allowed: bool,
    block_allowed: bool,
}

fn analyze(text: &[u8]) -> Analysis {
    if text.is_empty() {
        return Analysis {
            multiline: false,
            plain_allowed: true,
            single_quoted_allowed: true,
            block_allowed: false,
        };
    }
    let mut indicators = text.starts_with(b"---") || text.starts_with(b"...");
    let (mut leading_space, mut leading_break) = (false, false);
    let (mut trailing_space, mut trailing_break) = (false, false);
    let (mut break_space, mut space_break) = (false, false);
    let (mut line_breaks, mut special) = (false, false);
    let (mut previous_space, mut previous_break) = (false, false);
    let mut preceded_by_whitespace = true;
    let mut i = 0;
    while i < text.len() {
        let w = width(text[i]).max(1);
        let followed_by_whitespace = i + w >= text.len() || is_blank(text, i + w);
        match (i, text[i]) {
            (0, b'#' | b',' | b'[' | b']' | b'{' | b'}' | b'&' | b'*' | b'!' | b'|' | b'>')
            | (0, b'\'' | b'"' | b'%' | b'@' | b'`') => indicators = true,
            (0, b'?' | b':' | b'-') | (_, b':') if followed_by_whitespace => indicators = true,
            (i, b'#') if i > 0 && preceded_by_whitespace => indicators = true,
            _ => {}
        }
        if !is_printable(text, i) {
            special = true;
        }
        let last = i + w == text.len();
        if text[i] == b' ' {
            leading_space |= i == 0;
            trailing_space |= last;
            break_space |= previous_break;
            previous_space = true;
            previous_break = false;
        } else if is_break(text, i) {
            line_breaks = true;
            leading_break |= i == 0;
            trailing_break |= last;
            space_break |= previous_space;
            previous_space = false;
            previous_break = true;
        } else {
            previous_space = false;
            previous_break = false;
        }
        preceded_by_whitespace = is_blank(text, i) || is_break(text, i) || text[i] == 0;
        i += w;
    }
    Analysis {
        multiline: line_breaks,
        plain_allowed: !(leading_space
            || leading_break
            || trailing_space
            || trailing_break
            || break_space
            || space_break
            || special
            || line_breaks
            || indicators),
        single_quoted_allowed: !(break_space || space_break || special),
        block_allowed: !(trailing_space || space_break || special),
    }
}

/// The byte at `i`, or NUL past the end (libyaml's strings end in one).
fn at(text: &[u8], i: usize) -> u8 {
    text.get(i).copied().unwrap_or(0)
}

fn width(lead: u8) -> usize {
    match lead {
        0x00..=0x7F => 1,
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF7 => 4,
        _ => 0,
    }
}

fn is_blank(text: &[u8], i: usize) -> bool {
    matches!(at(text, i), b' ' | b'\t')
}

/// CR, LF, NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR.
fn is_break(text: &[u8], i: usize) -> bool {
    let (a, b, c) = (at(text, i), at(text, i + 1), at(text, i + 2));
    a == b'\r'
        || a == b'\n'
        || (a == 0xC2 && b == 0x85)
        || (a == 0xE2 && b == 0x80 && (c == 0xA8 || c == 0xA9))
}

/// YAML's printable set as go-yaml tests it: no C0 controls but LF, no DEL
/// or C1 controls, no byte order mark, nothing beyond the Basic Multilingual
/// Plane (so emoji are escaped).
fn is_printable(text: &[u8], i: usize) -> bool {
    let (a, b, c) = (at(text, i), at(text, i + 1), at(text, i + 2));
    a == 0x0A
        || (0x20..=0x7E).contains(&a)
        || (a == 0xC2 && b >= 0xA0)
        || (a > 0xC2 && a < 0xED)
        || (a == 0xED && b < 0xA0)
        || a == 0xEE
        || (a == 0xEF && !(b == 0xBB && c == 0xBF) && !(b == 0xBF && (c == 0xBE || c == 0xBF)))
}

/// The style go-yaml asks for a string: a literal block for text with line
/// breaks, plain when the text would read back as the same string, else
/// double quotes (the emitter may still pick another).
fn string_style(text: &str) -> Style {
    if text.contains('\n') {
        Style::Literal
    } else if reads_as_string(text) && !is_base60_float(text) {
        Style::Plain
    } else {
        Style::DoubleQuoted
    }
}

/// Whether go-yaml v2 reads `text`, written plain, back as a string and not
/// as null, a boolean, a number or a timestamp.
fn reads_as_string(text: &str) -> bool {
    const OTHERS: &[&str] = &[
        "y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON", "n", "N", "no",
        "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF", "", "~", "null", "Null",
        "NULL", ".nan", ".NaN", ".NAN", ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf",
        "-.Inf", "-.INF",
    ];
    let Some(first) = text.bytes().next() else {
        return false;
    };
    if !matches!(
        first,
        b'+' | b'-' | b'0'..=b'9' | b'.' | b'y' | b'Y' | b'n' | b'N' | b't' | b'T'
    ) && !matches!(first, b'f' | b'F' | b'o' | b'O' | b'~')
    {
        return true;
    }
    if OTHERS.contains(&text) {
        return false;
    }
    match first {
        b'.' => go_float(text).is_none(),
        b'+' | b'-' | b'0'..=b'9' => {
            if is_timestamp(text) {
                return false;
            }
            let plain = text.replace('_', "");
            go_int(&plain).is_none()
                && go_uint(&plain).is_none()
                && !(is_yaml_float(&plain) && go_float(&plain).is_some())
        }
        _ => true,
    }
}

/// Go's `strconv.ParseUint(text, 0, 64)`, underscores already removed.
fn go_uint(text: &str) -> Option<u64> {
    if text.is_empty() {
        return None;
    }
    let (radix, digits) = match text.as_bytes() {
        [b'0', p, _, ..] if p.eq_ignore_ascii_case(&b'b') => (2, &text[2..]),
        [b'0', p, _, ..] if p.eq_ignore_ascii_case(&b'o') => (8, &text[2..]),
        [b'0', p, _, ..] if p.eq_ignore_ascii_case(&b'x') => (16, &text[2..]),
        [b'0', ..] => (8, &text[1..]),
        _ => (10, text),
    };
    if digits.is_empty() {
        return Some(0);
    }
    if !digits.chars().all(|c| c.is_digit(radix)) {
        return None;
    }
    u64::from_str_radix(digits, radix).ok()
}

/// Go's `strconv.ParseInt(text, 0, 64)`, underscores already removed.
fn go_int(text: &str) -> Option<i64> {
    let (negative, magnitude) = match text.as_bytes().first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    let magnitude = go_uint(magnitude)?;
    if negative {
        0i64.checked_sub_unsigned(magnitude)
    } else {
        i64::try_from(magnitude).ok()
    }
}

/// Go's `strconv.ParseFloat(text, 64)` for decimal text: `None` when it is
/// not a number or out of range.
fn go_float(text: &str) -> Option<f64> {
    let bytes = text.as_bytes();
    let mut i = usize::from(matches!(bytes.first(), Some(b'+' | b'-')));
    let (mut digits, mut dot) = (false, false);
    while let Some(&c) = bytes.get(i) {
        match c {
            b'_' => {}
            b'.' if !dot => dot = true,
            b'0'..=b'9' => digits = true,
            _ => break,
        }
        i += 1;
    }
    if !digits {
        return None;
    }
    if matches!(bytes.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(bytes.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        if !bytes.get(i).is_some_and(u8::is_ascii_digit) {
            return None;
        }
        while bytes
            .get(i)
            .is_some_and(|c| c.is_ascii_digit() || *c == b'_')
        {
            i += 1;
        }
    }
    if i != bytes.len() || (text.contains('_') && !underscores_ok(text)) {
        return None;
    }
    let value: f64 = text.replace('_', "").parse().ok()?;
    value.is_finite().then_some(value)
}

/// Go's rule for `_` in numbers: only between digits.
fn underscores_ok(text: &str) -> bool {
    let text = text.strip_prefix(['+', '-']).unwrap_or(text);
    let mut saw = '^';
    for c in text.chars() {
        if c.is_ascii_digit() {
            saw = '0';
        } else if c == '_' {
            if saw != '0' {
                return false;
            }
            saw = '_';
        } else if saw == '_' {
            return false;
        } else {
            saw = '!';
        }
    }
    saw != '_'
}

/// `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`, go-yaml's float.
fn is_yaml_float(text: &str) -> bool {
    let text = text.strip_prefix(['+', '-']).unwrap_or(text);
    let (mantissa, exponent) = match text.find(['e', 'E']) {
        Some(at) => (&text[..at], Some(&text[at + 1..])),
        None => (text, None),
    };
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|c| c.is_ascii_digit());
    let mantissa_ok = match mantissa.split_once('.') {
        Some(("", fraction)) => digits(fraction),
        Some((whole, fraction)) => digits(whole) && (fraction.is_empty() || digits(fraction)),
        None => digits(mantissa),
    };
    mantissa_ok && exponent.is_none_or(|e| digits(e.strip_prefix(['+', '-']).unwrap_or(e)))
}

/// YAML 1.1's sexagesimal numbers (`1:30`, `-12:30:00.5`), which go-yaml
/// quotes for other readers' sake although it reads them as strings.
fn is_base60_float(text: &str) -> bool {
    let body = text.strip_prefix(['+', '-']).unwrap_or(text);
    let (body, _fraction) = match body.split_once('.') {
        Some((body, fraction)) if fraction.bytes().all(|c| c.is_ascii_digit() || c == b'_') => {
            (body, fraction)
        }
        Some(_) => return false,
        None => (body, ""),
    };
    let mut parts = body.split(':');
    let head = parts.next().unwrap_or("");
    let head_ok = head.bytes().next().is_some_and(|c| c.is_ascii_digit())
        && head.bytes().all(|c| c.is_ascii_digit() || c == b'_');
    let mut rest = parts.peekable();
    head_ok
        && rest.peek().is_some()
        && rest.all(|part| match part.as_bytes() {
            [d] => d.is_ascii_digit(),
            [t, d] => (b'0'..=b'5').contains(t) && d.is_ascii_digit(),
            _ => false,
        })
}

/// Whether go-yaml reads `text` as a timestamp: Go's `time.Parse` with
/// `2006-1-2T15:4:5.999999999Z07:00` (or `t`), `2006-1-2 15:4:5.999999999`
/// or `2006-1-2`.
fn is_timestamp(text: &str) -> bool {
    let b = text.as_bytes();
    if b.len() < 5 || !b[..4].iter().all(u8::is_ascii_digit) || b[4] != b'-' {
        return false;
    }
    let year: u32 = text[..4].parse().unwrap_or(0);
    let mut rest = &b[5..];
    let Some(month) = getnum(&mut rest, 1..=12) else {
        return false;
    };
    if !literal(&mut rest, b'-') {
        return false;
    }
    let Some(day) = getnum(&mut rest, 0..=99) else {
        return false;
    };
    let leap = year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400));
    let days = match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    if day < 1 || day > days {
        return false;
    }
    if rest.is_empty() {
        return true;
    }
    let zoned = match rest[0] {
        b'T' | b't' => {
            rest = &rest[1..];
            true
        }
        b' ' => {
            while rest.first() == Some(&b' ') {
                rest = &rest[1..];
            }
            false
        }
        _ => return false,
    };
    let time_ok = getnum(&mut rest, 0..=23).is_some()
        && literal(&mut rest, b':')
        && getnum(&mut rest, 0..=59).is_some()
        && literal(&mut rest, b':')
        && getnum(&mut rest, 0..=59).is_some();
    if !time_ok {
        return false;
    }
    if rest.len() >= 2 && matches!(rest[0], b'.' | b',') && rest[1].is_ascii_digit() {
        rest = &rest[1..];
        while rest.first().is_some_and(u8::is_ascii_digit) {
            rest = &rest[1..];
        }
    }
    if !zoned {
        return rest.is_empty();
    }
    match rest {
        [b'Z'] => true,
        [b'+' | b'-', h1, h2, b':', m1, m2] => {
            [h1, h2, m1, m2].iter().all(|c| c.is_ascii_digit())
                && (h1 - b'0') * 10 + (h2 - b'0') <= 24
                && (m1 - b'0') * 10 + (m2 - b'0') <= 60
        }
        _ => false,
    }
}

/// One or two digits (Go's `getnum`), within `range`.
fn getnum(rest: &mut &[u8], range: std::ops::RangeInclusive<u32>) -> Option<u32> {
    let digits = rest
        .iter()
        .take(2)
        .take_while(|c| c.is_ascii_digit())
        .count();
    if digits == 0 {
        return None;
    }
    let value = rest[..digits]
        .iter()
        .fold(0, |n, c| n * 10 + u32::from(c - b'0'));
    *rest = &rest[digits..];
    range.contains(&value).then_some(value)
}

fn literal(rest: &mut &[u8], expected: u8) -> bool {
    match rest.split_first() {
        Some((&c, tail)) if c == expected => {
            *rest = tail;
            true
        }
        _ => false,
    }
}

/// A JSON number as kubectl prints it: the text Go's `encoding/json` writes
/// for it, typed again by go-yaml, so that integral floats (`1.0`, `1e3`)
/// print as integers and other floats in Go's `%g` form (`1.5e+20`).
fn number(n: &Number) -> String {
    if let Some(i) = n.as_i64() {
        return i.to_string();
    }
    let Some(f) = n.as_f64() else {
        return n.to_string();
    };
    if f.fract() == 0.0 && f.abs() < 1e21 {
        // encoding/json writes these without exponent or point.
        let text = format!("{f}");
        if let Ok(i) = text.parse::<i64>() {
            return i.to_string();
        }
        if let Ok(u) = text.parse::<u64>() {
            return u.to_string();
        }
    }
    go_g(f)
}

/// Go's `strconv.FormatFloat(f, 'g', -1, 64)`.
fn go_g(f: f64) -> String {
    let scientific = format!("{f:e}");
    let (mantissa, exponent) = scientific.split_once('e').unwrap_or((&scientific, "0"));
    let exponent: i32 = exponent.parse().unwrap_or(0);
    let (sign, mantissa) = match mantissa.strip_prefix('-') {
        Some(m) => ("-", m),
        None => ("", mantissa),
    };
    let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    if !(-4..6).contains(&exponent) {
        let (first, rest) = digits.split_at(1.min(digits.len()));
        let point = if rest.is_empty() { "" } else { "." };
        let exponent_sign = if exponent < 0 { '-' } else { '+' };
        return format!(
            "{sign}{first}{point}{rest}e{exponent_sign}{:02}",
            exponent.unsigned_abs()
        );
    }
    let point = exponent + 1;
    let text = if point <= 0 {
        format!("0.{}{digits}", "0".repeat(point.unsigned_abs() as usize))
    } else {
        let point = point as usize;
        if point >= digits.len() {
            format!("{digits}{}", "0".repeat(point - digits.len()))
        } else {
            format!("{}.{}", &digits[..point], &digits[point..])
        }
    };
    format!("{sign}{text}")
}

/// The text go-yaml reads back from the JSON kubectl hands it: Go's JSON
/// writer leaves NEL (U+0085) unescaped, and YAML folds it, with the spaces
/// around it, into a space (several into line feeds), as any line break in
/// a quoted scalar.
fn fold_next_lines(text: &str) -> Cow<'_, str> {
    if !text.contains('\u{85}') {
        return Cow::Borrowed(text);
    }
    let mut folded = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c != ' ' && c != '\u{85}' {
            folded.push(c);
            continue;
        }
        let (mut spaces, mut breaks) = (0, 0);
        let mut next = Some(c);
        while let Some(c @ (' ' | '\u{85}')) = next {
            match c {
                ' ' if breaks == 0 => spaces += 1,
                ' ' => {}
                _ => breaks += 1,
            }
            next = chars.next_if(|c| matches!(c, ' ' | '\u{85}'));
        }
        match breaks {
            0 => folded.extend(std::iter::repeat_n(' ', spaces)),
            1 => folded.push(' '),
            n => folded.extend(std::iter::repeat_n('\n', n - 1)),
        }
    }
    Cow::Owned(folded)
}

/// A mapping's entries in go-yaml's order: character by character, letters
/// after other characters, runs of digits compared as numbers.
fn sorted(map: &Map<String, Value>) -> Vec<(Cow<'_, str>, &Value)> {
    let entries: Vec<(Vec<char>, Cow<'_, str>, &Value)> = map
        .iter()
        .map(|(k, v)| {
            let k = fold_next_lines(k);
            (k.chars().collect(), k, v)
        })
        .collect();
    merge_sort(entries)
        .into_iter()
        .map(|(_, k, v)| (k, v))
        .collect()
}

/// A merge sort, because go-yaml's order is not guaranteed total and the
/// standard sorts may panic on such an order.
fn merge_sort<'a>(
    mut entries: Vec<(Vec<char>, Cow<'a, str>, &'a Value)>,
) -> Vec<(Vec<char>, Cow<'a, str>, &'a Value)> {
    if entries.len() <= 1 {
        return entries;
    }
    let right = merge_sort(entries.split_off(entries.len() / 2));
    let left = merge_sort(entries);
    let mut merged = Vec::with_capacity(left.len() + right.len());
    let (mut left, mut right) = (left.into_iter().peekable(), right.into_iter().peekable());
    while let (Some(l), Some(r)) = (left.peek(), right.peek()) {
        let next = if key_less(&r.0, &l.0) {
            right.next()
        } else {
            left.next()
        };
        merged.extend(next);
    }
    merged.extend(left);
    merged.extend(right);
    merged
}

/// go-yaml v2's `keyList.Less` for two string keys.
fn key_less(a: &[char], b: &[char]) -> bool {
    let digit = |c: char| c.is_ascii_digit();
    for i in 0..a.len().min(b.len()) {
        if a[i] == b[i] {
            continue;
        }
        let (a_letter, b_letter) = (a[i].is_alphabetic(), b[i].is_alphabetic());
        if a_letter && b_letter {
            return a[i] < b[i];
        }
        if a_letter || b_letter {
            return b_letter;
        }
        let (mut an, mut bn) = (0i64, 0i64);
        if a[i] == '0' || b[i] == '0' {
            // A zero inside a number counts as a digit, not as padding.
            if a[..i]
                .iter()
                .rev()
                .take_while(|c| digit(**c))
                .any(|c| *c != '0')
            {
                an = 1;
                bn = 1;
            }
        }
        let run = |s: &[char], n: &mut i64| {
            let len = s[i..].iter().take_while(|c| digit(**c)).count();
            for c in &s[i..i + len] {
                *n = n
                    .wrapping_mul(10)
                    .wrapping_add(i64::from(u32::from(*c) - u32::from('0')));
            }
            i + len
        };
        let (ai, bi) = (run(a, &mut an), run(b, &mut bn));
        if an != bn {
            return an < bn;
        }
        if ai != bi {
            return ai < bi;
        }
        return a[i] < b[i];
    }
    a.len() < b.len()
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    #[test]
    fn strings_are_quoted_exactly_when_go_yaml_would_read_them_otherwise() {
        // What kubectl 1.37 prints for each string.
        let cases = [
            ("10.96.0.1", r#"10.96.0.1"#),
            ("2024-13-01", r#"2024-13-01"#),
            ("2024-02-30", r#"2024-02-30"#),
            ("2023-02-29", r#"2023-02-29"#),
            ("2024-02-29", r#""2024-02-29""#),
            ("1e400", r#"1e400"#),
            ("<<", r#"<<"#),
            ("0x", r#"0x"#),
            ("-", r#"'-'"#),
            ("yesno", r#"yesno"#),
            ("1_", r#""1_""#),
            ("._5", r#"._5"#),
            (".5_0", r#"".5_0""#),
            (
                "2024-01-01T10:00:00+24:00",
                r#""2024-01-01T10:00:00+24:00""#,
            ),
            ("2024-01-01T10:00:00+25:00", r#"2024-01-01T10:00:00+25:00"#),
            (
                "2024-01-01T23:59:59.123456789Z",
                r#""2024-01-01T23:59:59.123456789Z""#,
            ),
            ("2024-01-01T24:00:00Z", r#"2024-01-01T24:00:00Z"#),
            ("2024-01-01 1:2:3", r#""2024-01-01 1:2:3""#),
            (
                "2024-01-01t1:02:03,5-07:00",
                r#""2024-01-01t1:02:03,5-07:00""#,
            ),
            ("2024-1-1", r#""2024-1-1""#),
            ("12024-01-01", r#"12024-01-01"#),
            ("1:60", r#"1:60"#),
            ("190:20:30.15", r#""190:20:30.15""#),
            ("0b102", r#"0b102"#),
            ("0o17", r#""0o17""#),
            ("0o18", r#"0o18"#),
            ("+0x1F", r#""+0x1F""#),
            ("-0x8000000000000000", r#""-0x8000000000000000""#),
            ("18446744073709551615", r#""18446744073709551615""#),
            ("18446744073709551616", r#""18446744073709551616""#),
            ("-18446744073709551615", r#""-18446744073709551615""#),
            ("1.", r#""1.""#),
            ("1.e5", r#""1.e5""#),
            ("+.5", r#""+.5""#),
            ("e5", r#"e5"#),
            ("0.", r#""0.""#),
            ("~x", r#"~x"#),
            ("Null", r#""Null""#),
            ("NULL", r#""NULL""#),
            ("nULL", r#"nULL"#),
        ];
        for (text, expected) in cases {
            assert_eq!(
                super::to_string(&json!({ "v": text })),
                format!("v: {expected}\n"),
                "{text:?}"
            );
        }
    }
}
