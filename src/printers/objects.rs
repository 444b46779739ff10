//! Whole objects as YAML, JSON or names, the way kubectl prints them: one
//! object as itself, several as a `v1/List`.

use std::io::{self, Write};

use serde::Serialize;
use serde_json::{Value, json};

use crate::cli::ObjectFormat;

/// Writes `objects` in `format`; `names` are their `kind.group/name` for `-o name`.
pub fn write_objects<W: Write + ?Sized>(
    out: &mut W,
    format: ObjectFormat,
    objects: Vec<Value>,
    names: &[String],
) -> anyhow::Result<()> {
    match format {
        ObjectFormat::Name => {
            for name in names {
                writeln!(out, "{name}")?;
            }
        }
        ObjectFormat::Json => {
            write_json(out, &single_or_list(objects))?;
            writeln!(out)?;
        }
        ObjectFormat::Yaml => {
            out.write_all(serde_saphyr::to_string(&single_or_list(objects))?.as_bytes())?
        }
    }
    Ok(())
}

fn single_or_list(mut objects: Vec<Value>) -> Value {
    if objects.len() == 1 {
        objects.remove(0)
    } else {
        list_of(objects)
    }
}

/// kubectl's `v1/List` around several objects.
pub fn list_of(objects: Vec<Value>) -> Value {
    json!({"apiVersion": "v1", "items": objects, "kind": "List", "metadata": {"resourceVersion": ""}})
}

/// A `v1/List` written one item at a time, laid out as kubectl lays it out,
/// so that a long list is never held whole.
pub struct ListWriter<'a, W: Write + ?Sized> {
    out: &'a mut W,
    json: bool,
    items: usize,
}

impl<'a, W: Write + ?Sized> ListWriter<'a, W> {
    /// Starts the list; `json` chooses JSON over YAML.
    pub fn start(out: &'a mut W, json: bool) -> io::Result<Self> {
        out.write_all(if json {
            b"{\n    \"apiVersion\": \"v1\",\n    \"items\": ["
        } else {
            b"apiVersion: v1\n"
        })?;
        Ok(ListWriter {
            out,
            json,
            items: 0,
        })
    }

    /// Appends one item.
    pub fn item(&mut self, item: &Value) -> anyhow::Result<()> {
        if self.json {
            let mut text = Vec::new();
            write_json(&mut text, item)?;
            self.out
                .write_all(if self.items == 0 { b"\n" } else { b",\n" })?;
            for (index, line) in text.split(|&b| b == b'\n').enumerate() {
                if index > 0 {
                    self.out.write_all(b"\n")?;
                }
                self.out.write_all(b"        ")?;
                self.out.write_all(line)?;
            }
        } else {
            if self.items == 0 {
                self.out.write_all(b"items:\n")?;
            }
            let text = serde_saphyr::to_string(item)?;
            for (index, line) in text.lines().enumerate() {
                let indent = if index == 0 { "- " } else { "  " };
                writeln!(self.out, "{indent}{line}")?;
            }
        }
        self.items += 1;
        Ok(())
    }

    /// Closes the list.
    pub fn finish(self) -> io::Result<()> {
        if self.json {
            let close = if self.items == 0 { "]" } else { "\n    ]" };
            write!(
                self.out,
                "{close},\n    \"kind\": \"List\",\n    \"metadata\": {{\n        \"resourceVersion\": \"\"\n    }}\n}}\n"
            )
        } else {
            if self.items == 0 {
                self.out.write_all(b"items: []\n")?;
            }
            self.out
                .write_all(b"kind: List\nmetadata:\n  resourceVersion: \"\"\n")
        }
    }
}

/// JSON indented by four spaces, as kubectl indents it.
pub fn write_json<W: Write + ?Sized>(out: &mut W, value: &Value) -> io::Result<()> {
    let formatter = serde_json::ser::PrettyFormatter::with_indent(b"    ");
    let mut serializer = serde_json::Serializer::with_formatter(&mut *out, formatter);
    value.serialize(&mut serializer).map_err(io::Error::other)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(format: ObjectFormat, objects: Vec<Value>) -> String {
        let mut out = Vec::new();
        write_objects(
            &mut out,
            format,
            objects,
            &["configmap/a".into(), "configmap/b".into()],
        )
        .unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn one_object_is_printed_as_itself_and_several_as_a_list() {
        let one = render(ObjectFormat::Json, vec![json!({"kind": "ConfigMap"})]);
        assert_eq!(one, "{\n    \"kind\": \"ConfigMap\"\n}\n");
        let two = render(ObjectFormat::Json, vec![json!({}), json!({})]);
        assert!(two.contains("\"kind\": \"List\""), "{two}");
    }

    #[test]
    fn a_streamed_list_reads_like_a_whole_one() {
        let items = vec![
            json!({"kind": "ConfigMap", "data": {"a": "1"}}),
            json!({"kind": "Secret"}),
        ];
        for json in [true, false] {
            let mut streamed = Vec::new();
            let mut writer = ListWriter::start(&mut streamed, json).unwrap();
            for item in &items {
                writer.item(item).unwrap();
            }
            writer.finish().unwrap();
            let parsed: Value = if json {
                serde_json::from_slice(&streamed).unwrap()
            } else {
                serde_saphyr::from_slice(&streamed).unwrap()
            };
            assert_eq!(
                parsed,
                list_of(items.clone()),
                "{}",
                String::from_utf8_lossy(&streamed)
            );
        }
        let mut whole = Vec::new();
        write_json(&mut whole, &list_of(items.clone())).unwrap();
        let mut streamed = Vec::new();
        let mut writer = ListWriter::start(&mut streamed, true).unwrap();
        for item in &items {
            writer.item(item).unwrap();
        }
        writer.finish().unwrap();
        assert_eq!(
            String::from_utf8(streamed).unwrap(),
            String::from_utf8(whole).unwrap() + "\n"
        );
    }

    #[test]
    fn names_are_printed_one_per_line() {
        assert_eq!(
            render(ObjectFormat::Name, vec![]),
            "configmap/a\nconfigmap/b\n"
        );
    }
}
