//! What `get` prints: the output format, and the table of one resource type
//! built from tug's own columns or from the server's Table.

use k8s_openapi::api::apps::v1::Deployment;
use k8s_openapi::api::core::v1::{Pod, Service};
use k8s_openapi::jiff::Timestamp;
use serde::de::DeserializeOwned;
use serde_json::Value;

use std::io::Write;

use super::builtin::Columns;
use super::custom_columns::CustomColumns;
use super::jsonpath::JsonPath;
use crate::resource::ResourceType;
use crate::resource::args::Selection;

/// `-o` of `get`.
pub enum GetFormat {
    Table { wide: bool },
    Yaml,
    Json,
    Name,
    JsonPath(JsonPath),
    CustomColumns(CustomColumns),
}

impl GetFormat {
    /// Reads `-o` as kubectl does, quotes around templates included.
    pub fn parse(output: Option<&str>) -> Result<Self, String> {
        let Some(output) = output else {
            return Ok(GetFormat::Table { wide: false });
        };
        let unquote = |t: &str| {
            let t = t.trim();
            t.strip_prefix('\'')
                .and_then(|t| t.strip_suffix('\''))
                .or_else(|| t.strip_prefix('"').and_then(|t| t.strip_suffix('"')))
                .unwrap_or(t)
                .to_string()
        };
        match output.split_once('=') {
            Some(("jsonpath", template)) => JsonPath::parse(&unquote(template))
                .map(GetFormat::JsonPath)
                .map_err(|e| e.to_string()),
            Some(("custom-columns", spec)) => CustomColumns::parse(&unquote(spec))
                .map(GetFormat::CustomColumns)
                .map_err(|e| e.to_string()),
            Some(("custom-columns-file", path)) => std::fs::read_to_string(unquote(path))
                .map_err(|e| format!("cannot read custom-columns file {path}: {e}"))
                .and_then(|template| {
                    CustomColumns::from_template(&template).map_err(|e| e.to_string())
                })
                .map(GetFormat::CustomColumns),
            _ => match output {
                "wide" => Ok(GetFormat::Table { wide: true }),
                "yaml" => Ok(GetFormat::Yaml),
                "json" => Ok(GetFormat::Json),
                "name" => Ok(GetFormat::Name),
                other => Err(format!(
                    "unable to match a printer suitable for the output format \"{other}\", allowed formats are: \
                     custom-columns,custom-columns-file,json,jsonpath,name,wide,yaml"
                )),
            },
        }
    }

    /// Whether rows come from tables (tug's columns or the server's).
    pub fn is_table(&self) -> bool {
        matches!(self, GetFormat::Table { .. })
    }
}

/// The columns around the type's own that flags add.
#[derive(Debug, Clone, Copy, Default)]
pub struct TableOptions {
    pub wide: bool,
    /// `-A`: a NAMESPACE column first.
    pub namespace_column: bool,
    /// `--show-labels`: a LABELS column last.
    pub labels_column: bool,
}

impl TableOptions {
    /// The options for a table of `resource`: cluster-scoped objects have no
    /// namespace, so even with `-A` their tables have no NAMESPACE column.
    pub fn for_type(self, resource: &ResourceType) -> TableOptions {
        TableOptions {
            namespace_column: self.namespace_column && resource.namespaced,
            ..self
        }
    }
}

/// One type's table: a header and rows of cells.
#[derive(Debug, Default)]
pub struct Table {
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

/// The types whose columns tug computes itself; all others use the server's Table.
pub fn has_own_columns(resource: &ResourceType) -> bool {
    matches!(
        (resource.group.as_str(), resource.kind.as_str()),
        ("apps", "Deployment") | ("", "Service") | ("", "Pod")
    )
}

impl Table {
    /// Adds objects of a type with tug's own columns (see [`has_own_columns`]).
    pub fn add_objects(
        &mut self,
        resource: &ResourceType,
        objects: Vec<Value>,
        options: TableOptions,
        now: Timestamp,
    ) {
        match resource.kind.as_str() {
            "Deployment" => self.add_typed::<Deployment>(objects, options, now),
            "Service" => self.add_typed::<Service>(objects, options, now),
            _ => self.add_typed::<Pod>(objects, options, now),
        }
    }

    fn add_typed<T: Columns + DeserializeOwned>(
        &mut self,
        objects: Vec<Value>,
        options: TableOptions,
        now: Timestamp,
    ) {
        if self.header.is_empty() {
            self.header = decorate_header(
                T::columns(options.wide)
                    .into_iter()
                    .map(String::from)
                    .collect(),
                options,
            );
        }
        for object in objects {
            let metadata = object["metadata"].clone();
            // An object the typed model cannot read still gets a row with its name.
            let cells = match serde_json::from_value::<T>(object) {
                Ok(typed) => typed.row(options.wide, now),
                Err(_) => vec![metadata["name"].as_str().unwrap_or_default().to_string()],
            };
            self.rows.push(decorate_row(cells, &metadata, options));
        }
    }

    /// Adds the rows of a server-side Table (`meta.k8s.io/v1 Table`), showing
    /// columns of priority > 0 only for `-o wide`.
    pub fn add_server_table(&mut self, table: &Value, options: TableOptions) {
        let definitions = table["columnDefinitions"]
            .as_array()
            .map(Vec::as_slice)
            .unwrap_or_default();
        let shown: Vec<usize> = definitions
            .iter()
            .enumerate()
            .filter(|(_, d)| options.wide || d["priority"].as_i64().unwrap_or(0) == 0)
            .map(|(i, _)| i)
            .collect();
        if self.header.is_empty() {
            let names = shown
                .iter()
                .map(|&i| {
                    definitions[i]["name"]
                        .as_str()
                        .unwrap_or_default()
                        .to_uppercase()
                })
                .collect();
            self.header = decorate_header(names, options);
        }
        for row in table["rows"]
            .as_array()
            .map(Vec::as_slice)
            .unwrap_or_default()
        {
            let cells: Vec<String> = shown.iter().map(|&i| cell_text(&row["cells"][i])).collect();
            self.rows
                .push(decorate_row(cells, &row["object"]["metadata"], options));
        }
    }

    /// Prefixes every name with `kind.group/`, as kubectl does when several types are shown.
    pub fn prefix_names(&mut self, prefix: &str, options: TableOptions) {
        let name_column = usize::from(options.namespace_column);
        for row in &mut self.rows {
            if let Some(name) = row.get_mut(name_column) {
                *name = format!("{prefix}/{name}");
            }
        }
    }
}

fn decorate_header(mut header: Vec<String>, options: TableOptions) -> Vec<String> {
    if options.namespace_column {
        header.insert(0, "NAMESPACE".into());
    }
    if options.labels_column {
        header.push("LABELS".into());
    }
    header
}

fn decorate_row(mut cells: Vec<String>, metadata: &Value, options: TableOptions) -> Vec<String> {
    if options.namespace_column {
        cells.insert(
            0,
            metadata["namespace"]
                .as_str()
                .unwrap_or_default()
                .to_string(),
        );
    }
    if options.labels_column {
        cells.push(labels_text(metadata));
    }
    cells
}

/// `app=web,tier=front` sorted by key, or `<none>`.
pub fn labels_text(metadata: &Value) -> String {
    let Some(labels) = metadata["labels"].as_object().filter(|l| !l.is_empty()) else {
        return "<none>".into();
    };
    let mut pairs: Vec<String> = labels
        .iter()
        .map(|(k, v)| format!("{k}={}", v.as_str().unwrap_or_default()))
        .collect();
    pairs.sort();
    pairs.join(",")
}

/// A Table cell as kubectl prints it: `fmt.Sprint` of the value, nothing for
/// null (a custom printer column whose path finds nothing).
fn cell_text(cell: &Value) -> String {
    match cell {
        Value::Null => String::new(),
        other => super::gofmt::sprint(other),
    }
}

pub fn print<W: Write>(
    out: &mut W,
    format: &GetFormat,
    results: &crate::actions::get::Results,
    no_headers: bool,
    single_object: bool,
) -> anyhow::Result<()> {
    let objects = || {
        results
            .objects
            .iter()
            .map(|(_, o)| o.clone())
            .collect::<Vec<_>>()
    };
    let as_document = || {
        if single_object && results.objects.len() == 1 {
            results.objects[0].1.clone()
        } else {
            crate::printers::objects::list_of(objects())
        }
    };
    match format {
        GetFormat::Table { .. } => {
            for (index, table) in results.tables.iter().enumerate() {
                if index > 0 {
                    writeln!(out)?;
                }
                let header: Vec<&str> = if no_headers {
                    Vec::new()
                } else {
                    table.header.iter().map(String::as_str).collect()
                };
                crate::printers::table::write_plain(out, &header, table.rows.iter().cloned())?;
            }
        }
        GetFormat::Name => {
            for (name, _) in &results.objects {
                writeln!(out, "{name}")?;
            }
        }
        GetFormat::Json => {
            crate::printers::objects::write_json(out, &as_document())?;
            writeln!(out)?;
        }
        GetFormat::Yaml => out.write_all(super::yaml::to_string(&as_document()).as_bytes())?,
        GetFormat::JsonPath(template) => {
            let text = template.render(&as_document())?;
            // Raw for scripts, as kubectl writes it; shown, not obeyed, on a terminal.
            let text = if std::io::IsTerminal::is_terminal(&std::io::stdout()) {
                super::escape_terminal(&text)
            } else {
                text.as_str().into()
            };
            out.write_all(text.as_bytes())?
        }
        GetFormat::CustomColumns(columns) => {
            if results.is_empty() {
                return Ok(());
            }
            let mut rows = results.rows.clone();
            for (_, object) in &results.objects {
                rows.push(columns.row(object)?);
            }
            let header = columns.header();
            let header: Vec<&str> = if no_headers {
                Vec::new()
            } else {
                header.iter().map(String::as_str).collect()
            };
            crate::printers::table::write_plain(out, &header, rows)?;
        }
    }
    Ok(())
}

/// kubectl's message for an empty result.
pub fn no_resources_message(selections: &[Selection]) -> String {
    match selections.first().and_then(|s| s.namespace.as_deref()) {
        Some(ns) => format!("No resources found in {ns} namespace."),
        None => "No resources found".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixtures::resource;
    use serde_json::json;

    #[test]
    fn output_formats_are_read_like_kubectls() {
        assert!(matches!(
            GetFormat::parse(Some("wide")),
            Ok(GetFormat::Table { wide: true })
        ));
        assert!(matches!(
            GetFormat::parse(Some("jsonpath='{.items[*].metadata.name}'")),
            Ok(GetFormat::JsonPath(_))
        ));
        assert!(matches!(
            GetFormat::parse(Some("custom-columns=NAME:.metadata.name")),
            Ok(GetFormat::CustomColumns(_))
        ));
        let error = GetFormat::parse(Some("xml")).err().unwrap();
        assert!(error.contains("\"xml\""), "{error}");
    }

    #[test]
    fn server_tables_hide_wide_columns_unless_asked() {
        let table = json!({
            "columnDefinitions": [{"name": "Name", "priority": 0}, {"name": "Data", "priority": 0}, {"name": "Extra", "priority": 1}],
            "rows": [{"cells": ["a", 2, "x"], "object": {"metadata": {"namespace": "ns", "labels": {"b": "2", "a": "1"}}}}]
        });
        let mut narrow = Table::default();
        narrow.add_server_table(&table, TableOptions::default());
        assert_eq!(narrow.header, vec!["NAME", "DATA"]);
        assert_eq!(narrow.rows, vec![vec!["a", "2"]]);
        let options = TableOptions {
            wide: true,
            namespace_column: true,
            labels_column: true,
        };
        let mut wide = Table::default();
        wide.add_server_table(&table, options);
        assert_eq!(
            wide.header,
            vec!["NAMESPACE", "NAME", "DATA", "EXTRA", "LABELS"]
        );
        assert_eq!(wide.rows, vec![vec!["ns", "a", "2", "x", "a=1,b=2"]]);
    }

    #[test]
    fn names_get_the_kind_prefix_after_the_namespace_column() {
        let mut table = Table::default();
        let options = TableOptions {
            namespace_column: true,
            ..Default::default()
        };
        table.add_objects(
            &resource("", "Service", true),
            vec![json!({"metadata": {"name": "web", "namespace": "ns"}, "spec": {}})],
            options,
            Timestamp::now(),
        );
        table.prefix_names("service", options);
        assert_eq!(
            table.rows[0][0..2],
            ["ns".to_string(), "service/web".to_string()]
        );
    }
}
