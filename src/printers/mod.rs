//! Everything that turns results into text: tables, YAML, JSON, names, ages.

pub mod age;
pub mod api_resources;
pub mod apply;
pub mod applyset;
pub mod builtin;
pub mod custom_columns;
pub mod delete;
pub mod describe;
pub mod diff;
pub mod events;
pub mod get;
mod gofmt;
pub mod jsonpath;
pub mod logs;
pub mod objects;
pub mod quantity;
pub mod table;
pub mod tabwriter;
pub mod yaml;

/// Text from the server or from objects made safe for a terminal: control
/// characters are shown, not obeyed, so that an object cannot move the cursor,
/// recolour or clear the screen, or rewrite what was printed before it
/// (CVE-2021-25743).
///
/// ESC becomes `^[` and a carriage return `\r`, exactly as kubectl's
/// `EscapeTerminal` writes them; kubectl stops there, but BEL, backspace, the
/// other C0 controls, DEL and the C1 controls (whose U+009B is a second way to
/// start an escape sequence) drive terminals too, so they are shown as well:
/// C0 and DEL in the same caret notation, C1 as `\u{9b}`. Newlines and tabs
/// stay, as kubectl keeps them.
pub fn escape_terminal(text: &str) -> std::borrow::Cow<'_, str> {
    let needs_escape = |c: char| c.is_control() && c != '\n' && c != '\t';
    if !text.contains(needs_escape) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut escaped = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\r' => escaped.push_str("\\r"),
            '\u{7f}' => escaped.push_str("^?"),
            c if needs_escape(c) && u32::from(c) < 0x20 => {
                escaped.push('^');
                escaped.push(char::from(b'@' + c as u8));
            }
            c if needs_escape(c) => escaped.push_str(&c.escape_unicode().to_string()),
            c => escaped.push(c),
        }
    }
    std::borrow::Cow::Owned(escaped)
}

#[cfg(test)]
mod tests {
    use super::escape_terminal;

    #[test]
    fn escape_and_carriage_return_are_written_as_kubectl_writes_them() {
        assert_eq!(escape_terminal("a\x1b[31mb\rc"), "a^[[31mb\\rc");
    }

    #[test]
    fn other_control_characters_are_shown_not_obeyed() {
        assert_eq!(
            escape_terminal("bell\x07 back\x08 del\x7f csi\u{9b}2J nul\0"),
            "bell^G back^H del^? csi\\u{9b}2J nul^@"
        );
    }

    #[test]
    fn plain_text_newlines_and_tabs_are_left_alone() {
        let text = "ünïcode\tcolumns\nlines";
        assert!(matches!(
            escape_terminal(text),
            std::borrow::Cow::Borrowed(t) if t == text
        ));
    }
}
