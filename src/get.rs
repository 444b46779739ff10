//! What `get` reads: each selection fetched page by page into table rows,
//! a stream of whole objects or kept objects (for sorting and templates),
//! and the watch that follows changes.

use std::cmp::Ordering;
use std::io::Write;

use futures::{StreamExt, TryStreamExt};
use k8s_openapi::jiff::Timestamp;
use kube::api::{DynamicObject, WatchEvent, WatchParams};
use serde_json::Value;

use crate::client::Cluster;
use crate::printers::get::{GetFormat, Table, TableOptions, has_own_columns};
use crate::printers::jsonpath::JsonPath;
use crate::printers::objects::ListWriter;
use crate::resource::ResourceType;
use crate::resource::args::Selection;
use crate::resource::fetch::{ListQuery, list_pages};

/// What one selection yielded.
pub struct Fetched {
    table: Table,
    objects: Vec<Value>,
    /// `-o custom-columns` rows, made as pages arrive.
    rows: Vec<Vec<String>>,
    not_found: Vec<String>,
    resource_version: String,
}

/// Reads one selection: listed in pages (narrowed by `query`) or fetched by
/// name. Table pages become rows at once; whole objects go to `stream` when
/// given, else are kept (for `--sort-by`, templates and names).
pub async fn fetch<W: Write + ?Sized>(
    cluster: &Cluster,
    selection: &Selection,
    query: &ListQuery,
    format: &GetFormat,
    sort_by: Option<&JsonPath>,
    options: TableOptions,
    mut stream: Option<&mut ListWriter<'_, W>>,
) -> anyhow::Result<Fetched> {
    let client = &cluster.client;
    let resource = &selection.resource;
    // Tables come from the server's Table rendering, as kubectl's do: rows
    // are a fraction of the size of the objects they describe.
    let server_table = format.is_table();
    // Without sorting, each page becomes rows at once and is dropped.
    let stream_rows = server_table && sort_by.is_none();
    let mut fetched = Fetched {
        table: Table::default(),
        objects: Vec::new(),
        rows: Vec::new(),
        not_found: Vec::new(),
        resource_version: String::new(),
    };
    let mut columns = Value::Null;
    // Takes a page (or one object) and drops it: rows, streamed items or kept objects.
    let mut take = |mut body: Value, fetched: &mut Fetched| -> anyhow::Result<()> {
        let items = if server_table {
            if body["kind"] != "Table" {
                anyhow::bail!(
                    "the server did not render {} as a table",
                    resource.qualified_plural()
                );
            }
            if columns.is_null() {
                columns = body["columnDefinitions"].clone();
            }
            if stream_rows {
                fetched.table.add_server_table(&body, options);
                return Ok(());
            }
            into_items(body["rows"].take())
        } else if body.get("items").is_some() {
            into_items(body["items"].take())
        } else {
            vec![body]
        };
        let items = if server_table {
            items
        } else {
            items.into_iter().map(|o| as_printed(o, resource)).collect()
        };
        if let Some(list) = stream.as_mut() {
            for item in &items {
                list.item(item)?;
            }
        } else if sort_by.is_none() {
            keep_printed(format, items, fetched)?;
        } else {
            fetched.objects.extend(items);
        }
        Ok(())
    };
    if selection.names.is_empty() {
        // Sorting needs the whole object of every row.
        let query = ListQuery {
            objects_in_table: sort_by.is_some(),
            ..query.clone()
        };
        list_pages(
            client,
            resource,
            selection.namespace.as_deref(),
            &query,
            server_table,
            |page| {
                fetched.resource_version = page.resource_version.clone();
                take(page.body, &mut fetched)
            },
        )
        .await
        .map_err(|e| unreachable_or(cluster, e))?;
    } else {
        for target in selection.targets() {
            match crate::resource::fetch::get(client, &target, server_table)
                .await
                .map_err(|e| cluster.unreachable(e))?
            {
                Some(body) => take(body, &mut fetched)?,
                None => fetched.not_found.push(format!(
                    "Error from server (NotFound): {} \"{}\" not found",
                    resource.qualified_plural(),
                    target.name
                )),
            }
        }
    }
    if let Some(sort_by) = sort_by {
        // Server-table rows carry their object; sort by it, then lay out the rows.
        let key_of =
            |item: &Value| sort_key(sort_by, if server_table { &item["object"] } else { item });
        let mut keyed: Vec<(SortKey, Value)> =
            fetched.objects.drain(..).map(|o| (key_of(&o), o)).collect();
        keyed.sort_by(|a, b| a.0.compare(&b.0));
        let sorted: Vec<Value> = keyed.into_iter().map(|(_, o)| o).collect();
        match format {
            GetFormat::Table { .. } => fetched.table.add_server_table(
                &serde_json::json!({"columnDefinitions": columns, "rows": sorted}),
                options,
            ),
            _ => fetched.objects = sorted,
        }
    }
    Ok(fetched)
}

/// Keeps of a page's objects only what `-o name` and `-o custom-columns`
/// print, so that a long list is not held whole; JSONPath templates may
/// reach across items and need them all.
fn keep_printed(
    format: &GetFormat,
    items: Vec<Value>,
    fetched: &mut Fetched,
) -> anyhow::Result<()> {
    match format {
        GetFormat::Name => fetched.objects.extend(items.into_iter().map(
            |mut item| serde_json::json!({"metadata": {"name": item["metadata"]["name"].take()}}),
        )),
        GetFormat::CustomColumns(columns) => {
            for item in &items {
                fetched.rows.push(columns.row(item)?);
            }
        }
        _ => fetched.objects.extend(items),
    }
    Ok(())
}

/// An object as kubectl prints it: list items get back their apiVersion and
/// kind, and managedFields are left out (kubectl's --show-managed-fields=false).
fn as_printed(mut object: Value, resource: &ResourceType) -> Value {
    if let Some(fields) = object.as_object_mut() {
        fields.insert("apiVersion".into(), Value::String(resource.api_version()));
        fields.insert("kind".into(), Value::String(resource.kind.clone()));
    }
    if let Some(metadata) = object["metadata"].as_object_mut() {
        metadata.remove("managedFields");
    }
    object
}

fn into_items(array: Value) -> Vec<Value> {
    match array {
        Value::Array(items) => items,
        _ => Vec::new(),
    }
}

fn unreachable_or(cluster: &Cluster, error: anyhow::Error) -> anyhow::Error {
    match error.downcast::<kube::Error>() {
        Ok(e) => cluster.unreachable(e),
        Err(e) => e,
    }
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
    pub fn add(
        &mut self,
        selection: &Selection,
        mut fetched: Fetched,
        several_types: bool,
        options: TableOptions,
    ) {
        let kind = selection.resource.qualified_kind();
        if several_types {
            fetched.table.prefix_names(&kind, options);
        }
        if !fetched.table.rows.is_empty() {
            self.tables.push(fetched.table);
        }
        for object in fetched.objects {
            let name = object["metadata"]["name"].as_str().unwrap_or_default();
            self.objects.push((format!("{kind}/{name}"), object));
        }
        self.rows.extend(fetched.rows);
        self.not_found.extend(fetched.not_found);
        self.resource_version = fetched.resource_version;
    }

    pub fn is_empty(&self) -> bool {
        self.tables.is_empty() && self.objects.is_empty() && self.rows.is_empty()
    }
}

/// `.metadata.name` → `{.metadata.name}`, as kubectl accepts both.
pub fn sort_template(path: &str) -> String {
    if path.starts_with('{') {
        path.to_string()
    } else {
        format!("{{{path}}}")
    }
}

/// Sort keys compare numbers as numbers and everything else as text.
#[derive(Debug)]
enum SortKey {
    Number(f64),
    Text(String),
}

impl SortKey {
    fn compare(&self, other: &Self) -> Ordering {
        match (self, other) {
            (SortKey::Number(a), SortKey::Number(b)) => a.total_cmp(b),
            (SortKey::Number(_), SortKey::Text(_)) => Ordering::Less,
            (SortKey::Text(_), SortKey::Number(_)) => Ordering::Greater,
            (SortKey::Text(a), SortKey::Text(b)) => a.cmp(b),
        }
    }
}

fn sort_key(path: &JsonPath, object: &Value) -> SortKey {
    let text = path.render(object).unwrap_or_default();
    match text.parse::<f64>() {
        Ok(number) => SortKey::Number(number),
        Err(_) => SortKey::Text(text),
    }
}

/// Prints a row (or object) for every change until interrupted.
pub async fn watch(
    cluster: &Cluster,
    selection: &Selection,
    query: &ListQuery,
    format: &GetFormat,
    options: TableOptions,
    resource_version: String,
) -> anyhow::Result<()> {
    let resource = &selection.resource;
    let api = crate::resource::Target {
        resource: resource.clone(),
        name: String::new(),
        namespace: selection.namespace.clone(),
    }
    .api(&cluster.client);
    let mut params = WatchParams::default();
    if let Some(selector) = &query.label_selector {
        params = params.labels(selector);
    }
    if let Some(selector) = &query.field_selector {
        params = params.fields(selector);
    }
    let start = if resource_version.is_empty() {
        "0".to_string()
    } else {
        resource_version
    };
    let events = api
        .watch(&params, &start)
        .await
        .map_err(|e| cluster.unreachable(e))?;
    let mut events = events.boxed();
    let stop = tokio::signal::ctrl_c();
    tokio::pin!(stop);
    loop {
        let event = tokio::select! {
            _ = &mut stop => return Ok(()),
            event = events.try_next() => event.map_err(|e| cluster.unreachable(e))?,
        };
        let Some(event) = event else { return Ok(()) };
        let object: DynamicObject = match event {
            WatchEvent::Added(o) | WatchEvent::Modified(o) | WatchEvent::Deleted(o) => o,
            WatchEvent::Bookmark(_) => continue,
            WatchEvent::Error(status) => anyhow::bail!("{}", status.message),
        };
        if let Some(name) = &object.metadata.name
            && !selection.names.is_empty()
            && !selection.names.contains(name)
        {
            continue;
        }
        let object = serde_json::to_value(object)?;
        let mut out = crate::term::stdout();
        match format {
            GetFormat::Table { .. } if has_own_columns(resource) => {
                let mut table = Table::default();
                table.add_objects(resource, vec![object], options, Timestamp::now());
                crate::printers::table::write_plain(&mut out, &[], table.rows)?;
            }
            GetFormat::Table { .. } => {
                let target = crate::resource::Target {
                    resource: resource.clone(),
                    name: object["metadata"]["name"]
                        .as_str()
                        .unwrap_or_default()
                        .to_string(),
                    namespace: object["metadata"]["namespace"].as_str().map(String::from),
                };
                if let Some(body) =
                    crate::resource::fetch::get(&cluster.client, &target, true).await?
                {
                    let mut table = Table::default();
                    table.add_server_table(&body, options);
                    crate::printers::table::write_plain(&mut out, &[], table.rows)?;
                }
            }
            other => {
                let name = format!(
                    "{}/{}",
                    resource.qualified_kind(),
                    object["metadata"]["name"].as_str().unwrap_or_default()
                );
                let results = Results {
                    objects: vec![(name, object)],
                    ..Default::default()
                };
                crate::printers::get::print(&mut out, other, &results, true, true)?;
            }
        }
        out.flush()?;
    }
}
