//! What `get` reads: each selection fetched page by page into table rows,
//! a stream of whole objects or kept objects (for sorting and templates),
//! and the watch that follows changes.

use std::cmp::Ordering;
use std::io::Write;

use std::collections::{HashMap, HashSet};

use futures::StreamExt;
use k8s_openapi::jiff::Timestamp;
use kube::ResourceExt;
use kube::api::DynamicObject;
use kube::runtime::watcher::{self, Event};
use serde_json::Value;

use crate::connect::Cluster;
use crate::printers::get::{GetFormat, Table, TableOptions, has_own_columns};
use crate::printers::jsonpath::JsonPath;
use crate::printers::objects::ListWriter;
use crate::resource::ResourceType;
use crate::resource::args::Selection;
use crate::resource::fetch::{ListQuery, list_pages};
use crate::watch::Change;

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
                Some(body) => {
                    keep_newest_version(&mut fetched.resource_version, &body);
                    take(body, &mut fetched)?
                }
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

/// Keeps in `newest` the newest resourceVersion of a fetched object (or
/// of the objects in its Table rows), where a watch of named objects starts.
fn keep_newest_version(newest: &mut String, body: &Value) {
    let rows = body["rows"].as_array().into_iter().flatten();
    let versions = rows
        .map(|row| &row["object"]["metadata"]["resourceVersion"])
        .chain([&body["metadata"]["resourceVersion"]]);
    for version in versions.filter_map(Value::as_str) {
        if newest.is_empty() || is_newer(version, newest) {
            *newest = version.to_string();
        }
    }
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

/// A failed request's error, naming the server it went to when the request
/// could not be made.
pub(crate) fn unreachable_or(cluster: &Cluster, error: anyhow::Error) -> anyhow::Error {
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

/// Where a watch starts printing.
#[derive(Debug, Clone)]
pub enum WatchFrom {
    /// After what was printed, which was read at this resourceVersion
    /// (empty when unknown): later changes only.
    Printed(String),
    /// Now (`--watch-only`): nothing of the present state is printed.
    Now,
}

/// Prints a row (or object) for every change until interrupted (Ctrl-C
/// ends the command). The watch outlasts the server: it resumes where it
/// stopped when the server ends it, and after a re-list (410 Gone, a long
/// outage) only objects whose resourceVersion was not printed yet are. An
/// interruption is said once on stderr; a refusal ends the watch with an error.
pub async fn watch(
    cluster: &Cluster,
    selection: &Selection,
    query: &ListQuery,
    format: &GetFormat,
    options: TableOptions,
    from: WatchFrom,
) -> anyhow::Result<()> {
    let api = crate::resource::Target {
        resource: selection.resource.clone(),
        name: String::new(),
        namespace: selection.namespace.clone(),
    }
    .api(&cluster.client);
    let mut changes = crate::watch::lasting(api, watch_config(selection, query)).boxed();
    let mut printed = Printed::new(from);
    let mut interrupted = false;
    while let Some(change) = changes.next().await {
        let event = match change? {
            Change::Event(event) => event,
            Change::Interrupted(reason) => {
                if !interrupted {
                    eprintln!("Warning: the watch was interrupted ({reason}); resuming");
                    interrupted = true;
                }
                continue;
            }
        };
        interrupted = false;
        for object in printed.take(event) {
            if let Some(name) = &object.metadata.name
                && !selection.names.is_empty()
                && !selection.names.contains(name)
            {
                continue;
            }
            print_change(cluster, selection, format, options, object).await?;
        }
    }
    anyhow::bail!(
        "the watch of {} ended",
        selection.resource.qualified_plural()
    )
}

/// The user's selectors, and the name when one object is watched, as
/// kubectl narrows a named watch with a field selector.
fn watch_config(selection: &Selection, query: &ListQuery) -> watcher::Config {
    let mut config = watcher::Config::default();
    if let Some(selector) = &query.label_selector {
        config = config.labels(selector);
    }
    let by_name = match selection.names.as_slice() {
        [name] => Some(format!("metadata.name={name}")),
        _ => None,
    };
    let fields: Vec<&str> = query
        .field_selector
        .iter()
        .chain(&by_name)
        .map(String::as_str)
        .collect();
    if !fields.is_empty() {
        config = config.fields(&fields.join(","));
    }
    config
}

/// What a watch has printed: the resourceVersion of every object, so that a
/// re-list prints only what changed.
struct Printed {
    versions: HashMap<(Option<String>, String), String>,
    /// The objects of the re-list in progress.
    relisted: HashSet<(Option<String>, String)>,
    /// Until the first list is complete, where printing starts.
    first_list: Option<WatchFrom>,
}

impl Printed {
    fn new(from: WatchFrom) -> Printed {
        Printed {
            versions: HashMap::new(),
            relisted: HashSet::new(),
            first_list: Some(from),
        }
    }

    /// Records an event; returns the objects to print.
    fn take(&mut self, event: Event<DynamicObject>) -> Vec<DynamicObject> {
        let key = |o: &DynamicObject| (o.metadata.namespace.clone(), o.name_any());
        let version = |o: &DynamicObject| o.metadata.resource_version.clone().unwrap_or_default();
        match event {
            Event::Apply(object) => {
                self.versions.insert(key(&object), version(&object));
                vec![object]
            }
            Event::Delete(object) => {
                self.versions.remove(&key(&object));
                vec![object]
            }
            Event::Init => {
                self.relisted.clear();
                Vec::new()
            }
            Event::InitApply(object) => {
                let (key, version) = (key(&object), version(&object));
                let new = match &self.first_list {
                    Some(WatchFrom::Now) => false,
                    Some(WatchFrom::Printed(at)) => at.is_empty() || is_newer(&version, at),
                    None => self.versions.get(&key) != Some(&version),
                };
                self.relisted.insert(key.clone());
                self.versions.insert(key, version);
                if new { vec![object] } else { Vec::new() }
            }
            Event::InitDone => {
                // Objects deleted while the watch was away are forgotten;
                // there is no object left to print for them.
                let relisted = std::mem::take(&mut self.relisted);
                self.versions.retain(|key, _| relisted.contains(key));
                self.first_list = None;
                Vec::new()
            }
        }
    }
}

/// Whether resourceVersion `a` is newer than `b`. The API server's are
/// etcd revisions, integers that only grow; anything else counts as newer,
/// so that a change is printed rather than lost.
fn is_newer(a: &str, b: &str) -> bool {
    match (a.parse::<u64>(), b.parse::<u64>()) {
        (Ok(a), Ok(b)) => a > b,
        _ => a != b,
    }
}

/// One changed object, as a row or in the chosen format.
async fn print_change(
    cluster: &Cluster,
    selection: &Selection,
    format: &GetFormat,
    options: TableOptions,
    object: DynamicObject,
) -> anyhow::Result<()> {
    let resource = &selection.resource;
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
            if let Some(body) = crate::resource::fetch::get(&cluster.client, &target, true).await? {
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
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn object(name: &str, version: &str) -> DynamicObject {
        let resource =
            kube::discovery::ApiResource::erase::<k8s_openapi::api::core::v1::ConfigMap>(&());
        let mut object = DynamicObject::new(name, &resource).within("ns");
        object.metadata.resource_version = Some(version.into());
        object
    }

    fn names(objects: Vec<DynamicObject>) -> Vec<String> {
        objects.iter().map(ResourceExt::name_any).collect()
    }

    /// Feeds a whole list; returns the names it prints.
    fn list(printed: &mut Printed, objects: &[(&str, &str)]) -> Vec<String> {
        let mut shown = names(printed.take(Event::Init));
        for (name, version) in objects {
            shown.extend(names(printed.take(Event::InitApply(object(name, version)))));
        }
        shown.extend(names(printed.take(Event::InitDone)));
        shown
    }

    #[test]
    fn the_first_list_prints_only_what_changed_since_the_table() {
        let mut printed = Printed::new(WatchFrom::Printed("10".into()));
        assert_eq!(list(&mut printed, &[("a", "5"), ("b", "12")]), ["b"]);
        let mut only_changes = Printed::new(WatchFrom::Now);
        assert!(list(&mut only_changes, &[("a", "5"), ("b", "12")]).is_empty());
    }

    #[test]
    fn a_relist_prints_only_objects_whose_version_was_not_printed() {
        let mut printed = Printed::new(WatchFrom::Now);
        list(&mut printed, &[("a", "5"), ("b", "6"), ("c", "7")]);
        assert_eq!(names(printed.take(Event::Apply(object("a", "8")))), ["a"]);
        assert_eq!(list(&mut printed, &[("a", "8"), ("b", "9")]), ["b"]);
        // c was deleted while away; created again, it is new.
        assert_eq!(
            list(&mut printed, &[("a", "8"), ("b", "9"), ("c", "7")]),
            ["c"]
        );
    }

    #[test]
    fn resource_versions_compare_as_numbers() {
        assert!(is_newer("100", "99"));
        assert!(!is_newer("99", "100"));
        assert!(is_newer("opaque", "99"));
    }
}
