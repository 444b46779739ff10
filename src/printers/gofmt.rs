//! JSON values as kubectl's Go code prints them: `fmt.Sprint` text for
//! custom-columns and jsonpath scalars, `json.Marshal` for jsonpath objects.
//! Output that scripts parse has to match kubectl byte for byte, which is
//! why this does not use serde_json's own formatting.

use serde_json::{Map, Number, Value};

/// `fmt.Sprint(v)`: strings raw, `<nil>` for null, `map[k:v]` and `[a b]` for containers.
pub(crate) fn sprint(value: &Value) -> String {
    let mut out = String::new();
    write_sprint(value, &mut out);
    out
}

/// `json.Marshal(v)`: compact JSON with sorted keys and Go's HTML-safe escaping.
pub(crate) fn marshal(value: &Value) -> String {
    let mut out = String::new();
    write_json(value, &mut out);
    out
}

fn write_sprint(value: &Value, out: &mut String) {
    match value {
        Value::Null => out.push_str("<nil>"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => out.push_str(&number_text(n)),
        Value::String(s) => out.push_str(s),
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(' ');
                }
                write_sprint(item, out);
            }
            out.push(']');
        }
        Value::Object(map) => {
            out.push_str("map[");
            for (i, (key, item)) in sorted(map).into_iter().enumerate() {
                if i > 0 {
                    out.push(' ');
                }
                out.push_str(key);
                out.push(':');
                write_sprint(item, out);
            }
            out.push(']');
        }
    }
}

fn write_json(value: &Value, out: &mut String) {
    match value {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => out.push_str(&number_json(n)),
        Value::String(s) => write_json_string(s, out),
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_json(item, out);
            }
            out.push(']');
        }
        Value::Object(map) => {
            out.push('{');
            for (i, (key, item)) in sorted(map).into_iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_json_string(key, out);
                out.push(':');
                write_json(item, out);
            }
            out.push('}');
        }
    }
}

/// Go sorts map keys when printing; serde_json may keep insertion order.
pub(crate) fn sorted(map: &Map<String, Value>) -> Vec<(&String, &Value)> {
    let mut entries: Vec<_> = map.iter().collect();
    entries.sort_by(|a, b| a.0.cmp(b.0));
    entries
}

fn write_json_string(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            // Go escapes these so JSON can be embedded in HTML and JavaScript.
            '<' | '>' | '&' | '\u{2028}' | '\u{2029}' => {
                out.push_str(&format!("\\u{:04x}", u32::from(c)));
            }
            c if u32::from(c) < 0x20 => out.push_str(&format!("\\u{:04x}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Integers in decimal, floats like Go's `%v` (`2.5`, `1e+06`).
fn number_text(n: &Number) -> String {
    match n.as_f64() {
        Some(f) if !n.is_i64() && !n.is_u64() => {
            let digits = Digits::of(f);
            // %v switches to exponent form outside 1e-4 ≤ |f| < 1e6.
            if digits.exponent < -4 || digits.exponent >= 6 {
                digits.exponential()
            } else {
                digits.positional()
            }
        }
        _ => n.to_string(),
    }
}

/// Integers in decimal, floats like Go's `encoding/json` (`1000000`, `1e+21`, `1e-7`).
fn number_json(n: &Number) -> String {
    match n.as_f64() {
        Some(f) if !n.is_i64() && !n.is_u64() => {
            let digits = Digits::of(f);
            let magnitude = f.abs();
            if magnitude != 0.0 && !(1e-6..1e21).contains(&magnitude) {
                // encoding/json trims the exponent's leading zero: e-07 → e-7.
                digits.exponential().replace("e-0", "e-")
            } else {
                digits.positional()
            }
        }
        _ => n.to_string(),
    }
}

/// The shortest decimal digits that round-trip a float, and the decimal
/// exponent of the first digit (`1234.5` → `12345`, 3).
struct Digits {
    negative: bool,
    digits: String,
    exponent: i32,
}

impl Digits {
    fn of(f: f64) -> Self {
        // Rust's `{:e}` already yields the shortest round-trip digits, e.g. `-1.2345e3`.
        let text = format!("{f:e}");
        let (mantissa, exponent) = text.split_once('e').unwrap_or((&text, "0"));
        let negative = mantissa.starts_with('-');
        let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
        Digits {
            negative,
            digits,
            exponent: exponent.parse().unwrap_or(0),
        }
    }

    fn sign(&self) -> &'static str {
        if self.negative { "-" } else { "" }
    }

    /// `1.2345e+03`, with at least two exponent digits as Go writes them.
    fn exponential(&self) -> String {
        let (first, rest) = self.digits.split_at(1.min(self.digits.len()));
        let fraction = if rest.is_empty() {
            String::new()
        } else {
            format!(".{rest}")
        };
        let sign = if self.exponent < 0 { '-' } else { '+' };
        format!(
            "{}{first}{fraction}e{sign}{:02}",
            self.sign(),
            self.exponent.unsigned_abs()
        )
    }

    /// `1234.5`, `0.00012`, `1000000`.
    fn positional(&self) -> String {
        let count = i32::try_from(self.digits.len()).unwrap_or(i32::MAX);
        let body = if self.exponent < 0 {
            let zeros = "0".repeat(self.exponent.unsigned_abs() as usize - 1);
            format!("0.{zeros}{}", self.digits)
        } else if self.exponent + 1 >= count {
            let zeros = "0".repeat((self.exponent + 1 - count) as usize);
            format!("{}{zeros}", self.digits)
        } else {
            let (whole, fraction) = self.digits.split_at(self.exponent as usize + 1);
            format!("{whole}.{fraction}")
        };
        format!("{}{body}", self.sign())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn sprint_prints_containers_like_go() {
        let value = json!({"b": [1, "x", null], "a": {"k": true}});
        assert_eq!(sprint(&value), "map[a:map[k:true] b:[1 x <nil>]]");
    }

    #[test]
    fn floats_print_like_go_percent_v() {
        assert_eq!(sprint(&json!(2.5)), "2.5");
        assert_eq!(sprint(&json!(1.0)), "1");
        assert_eq!(sprint(&json!(123456.0)), "123456");
        assert_eq!(sprint(&json!(1000000.0)), "1e+06");
        assert_eq!(sprint(&json!(1234567.5)), "1.2345675e+06");
        assert_eq!(sprint(&json!(0.0001)), "0.0001");
        assert_eq!(sprint(&json!(0.00001)), "1e-05");
        assert_eq!(sprint(&json!(-0.5)), "-0.5");
        assert_eq!(sprint(&json!(42)), "42");
    }

    #[test]
    fn marshal_sorts_keys_and_escapes_html() {
        let value = json!({"z": "<a&b>", "a": [1.0, 1e21, 1e-7, "tab\there"]});
        assert_eq!(
            marshal(&value),
            r#"{"a":[1,1e+21,1e-7,"tab\there"],"z":"\u003ca\u0026b\u003e"}"#
        );
    }
}
