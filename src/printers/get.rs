//! What `get` prints: the output format, and the table of one resource type
//! built from tug's own columns or from the server's Table.

use serde_json::Value;

use std::io::Write;

use super::custom_columns::CustomColumns;
use super::jsonpath::JsonPath;
use crate::resource::ResourceType;
use crate::resource::args::Selection;
use crate::watch::EventType;

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
pub struct TableOptions<'a> {
    pub wide: bool,
    /// `-A`: a NAMESPACE column first.
    pub namespace_column: bool,
    /// `-L`: a column per label key, after the type's own.
    pub label_columns: &'a [String],
    /// `--show-labels`: a LABELS column last.
    pub labels_column: bool,
}

impl<'a> TableOptions<'a> {
    /// The options for a table of `resource`: cluster-scoped objects have no
    /// namespace, so even with `-A` their tables have no NAMESPACE column.
    pub fn for_type(self, resource: &ResourceType) -> TableOptions<'a> {
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

impl Table {
    /// Adds the rows of a server-side Table (`meta.k8s.io/v1 Table`), showing
    /// columns of priority > 0 only for `-o wide`.
    pub fn add_server_table(&mut self, table: &Value, options: TableOptions<'_>) {
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
    pub fn prefix_names(&mut self, prefix: &str, options: TableOptions<'_>) {
        let name_column = usize::from(options.namespace_column);
        for row in &mut self.rows {
            if let Some(name) = row.get_mut(name_column) {
                *name = format!("{prefix}/{name}");
            }
        }
    }
}

fn decorate_header(mut header: Vec<String>, options: TableOptions<'_>) -> Vec<String> {
    if options.namespace_column {
        header.insert(0, "NAMESPACE".into());
    }
    // kubectl heads a label's column with the last part of its key, `app.kubernetes.io/name` → NAME.
    header.extend(
        options
            .label_columns
            .iter()
            .map(|key| key.rsplit('/').next().unwrap_or_default().to_uppercase()),
    );
    if options.labels_column {
        header.push("LABELS".into());
    }
    header
}

fn decorate_row(
    mut cells: Vec<String>,
    metadata: &Value,
    options: TableOptions<'_>,
) -> Vec<String> {
    if options.namespace_column {
        cells.insert(
            0,
            metadata["namespace"]
                .as_str()
                .unwrap_or_default()
                .to_string(),
        );
    }
    cells.extend(options.label_columns.iter().map(|key| {
        metadata["labels"][key.as_str()]
            .as_str()
            .unwrap_or_default()
            .to_string()
    }));
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
    results: &Results,
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
                // Between the tables of several types only when they have headers, as kubectl.
                if index > 0 && !no_headers {
                    writeln!(out)?;
                }
                let header: Vec<&str> = if no_headers {
                    Vec::new()
                } else {
                    table.header.iter().map(String::as_str).collect()
                };
                crate::printers::table::write_get(out, &header, table.rows.iter().cloned())?;
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
            // kubectl prints the header also when nothing matched.
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
            crate::printers::table::write_get(out, &header, rows)?;
        }
    }
    Ok(())
}

/// Everything fetched, in argument order.
#[derive(Default)]
pub struct Results {
    pub tables: Vec<Table>,
    /// With the `kind.group/name` of each, for `-o name`.
    pub objects: Vec<(String, Value)>,
    /// `-o custom-columns` rows made while reading.
    pub rows: Vec<Vec<String>>,
    pub not_found: Vec<String>,
    pub resource_version: String,
}

impl Results {
    pub fn is_empty(&self) -> bool {
        self.tables.is_empty() && self.objects.is_empty() && self.rows.is_empty()
    }
}

/// What `get -w` prints: rows (or objects) of changes as kubectl prints
/// them, one batch at a time, each written at once.
pub struct WatchPrinter<'a> {
    format: &'a GetFormat,
    options: TableOptions<'a>,
    no_headers: bool,
    /// `--output-watch-events`: an EVENT column, or objects wrapped in their event.
    with_events: bool,
    /// The column definitions of the last Table: watch events after the
    /// first may leave them out.
    columns: Value,
    header_printed: bool,
    widths: super::table::RememberedColumns,
    /// `kind.group` of the watched type, for `-o name`.
    kind: String,
}

impl<'a> WatchPrinter<'a> {
    pub fn new(
        format: &'a GetFormat,
        options: TableOptions<'a>,
        no_headers: bool,
        with_events: bool,
        kind: String,
    ) -> Self {
        WatchPrinter {
            format,
            options,
            no_headers,
            with_events,
            columns: Value::Null,
            header_printed: false,
            widths: Default::default(),
            kind,
        }
    }

    /// The table read before the watch, whose column widths later rows keep.
    pub fn table<W: Write>(&mut self, out: &mut W, table: &Table) -> anyhow::Result<()> {
        self.write_rows(out, &table.header, table.rows.clone(), EventType::Added)
    }

    /// One change: a one-row Table for tables, else the object.
    pub fn change<W: Write>(
        &mut self,
        out: &mut W,
        kind: EventType,
        body: Value,
    ) -> anyhow::Result<()> {
        match self.format {
            GetFormat::Table { .. } => {
                if body["columnDefinitions"]
                    .as_array()
                    .is_some_and(|c| !c.is_empty())
                {
                    self.columns = body["columnDefinitions"].clone();
                }
                let mut table = Table::default();
                table.add_server_table(
                    &serde_json::json!({"columnDefinitions": self.columns, "rows": body["rows"]}),
                    self.options,
                );
                self.write_rows(out, &table.header, table.rows, kind)
            }
            GetFormat::Json | GetFormat::Yaml if self.with_events => {
                let event = serde_json::json!({"type": kind.as_str(), "object": body});
                self.write_object(out, &event)
            }
            GetFormat::Json | GetFormat::Yaml => self.write_object(out, &body),
            other => {
                let name = format!(
                    "{}/{}",
                    self.kind,
                    body["metadata"]["name"].as_str().unwrap_or_default()
                );
                let results = Results {
                    objects: vec![(name, body)],
                    ..Default::default()
                };
                print(out, other, &results, true, true)
            }
        }
    }

    /// Rows, after the header when none was printed yet (a watch that
    /// started on an empty list prints it with its first row).
    fn write_rows<W: Write>(
        &mut self,
        out: &mut W,
        header: &[String],
        rows: Vec<Vec<String>>,
        kind: EventType,
    ) -> anyhow::Result<()> {
        if rows.is_empty() {
            return Ok(());
        }
        let mut lines = Vec::with_capacity(rows.len() + 1);
        if !self.header_printed && !self.no_headers {
            lines.push(self.with_event(header.to_vec(), "EVENT"));
        }
        self.header_printed = true;
        lines.extend(
            rows.into_iter()
                .map(|row| self.with_event(row, event_cell(kind))),
        );
        self.widths.write(out, &lines)?;
        Ok(())
    }

    fn with_event(&self, mut cells: Vec<String>, event: &str) -> Vec<String> {
        if self.with_events {
            cells.insert(0, event.to_string());
        }
        cells
    }

    fn write_object<W: Write>(&self, out: &mut W, object: &Value) -> anyhow::Result<()> {
        if matches!(self.format, GetFormat::Json) {
            crate::printers::objects::write_json(out, object)?;
            writeln!(out)?;
        } else {
            out.write_all(serde_saphyr::to_string(object)?.as_bytes())?;
        }
        Ok(())
    }
}

/// The EVENT cell as kubectl writes it: padded to the longest type.
fn event_cell(kind: EventType) -> &'static str {
    match kind {
        EventType::Added => "ADDED   ",
        EventType::Modified => "MODIFIED",
        EventType::Deleted => "DELETED ",
    }
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
            label_columns: &[],
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
        table.add_server_table(
            &json!({
                "columnDefinitions": [{"name": "Name", "priority": 0}],
                "rows": [{"cells": ["web"], "object": {"metadata": {"namespace": "ns"}}}]
            }),
            options,
        );
        table.prefix_names("service", options);
        assert_eq!(
            table.rows[0][0..2],
            ["ns".to_string(), "service/web".to_string()]
        );
    }
}
