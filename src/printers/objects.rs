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
    fn names_are_printed_one_per_line() {
        assert_eq!(
            render(ObjectFormat::Name, vec![]),
            "configmap/a\nconfigmap/b\n"
        );
    }
}
