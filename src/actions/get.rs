//! What `get` reads: each selection fetched page by page into table rows,
//! a stream of whole objects or kept objects (for sorting and templates),
//! and the watch that follows changes.

use std::cmp::Ordering;
use std::io::Write;

use std::collections::{HashMap, HashSet};

use serde_json::Value;

use crate::connect::Cluster;
use crate::printers::get::{GetFormat, Results, Table, TableOptions};
use crate::printers::jsonpath::JsonPath;
use crate::printers::objects::ListWriter;
use crate::resource::ResourceType;
use crate::resource::args::Selection;
use crate::resource::fetch::{ListQuery, list_pages};
use crate::watch::{EventType, Raw, RawWatch};

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
    options: TableOptions<'_>,
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
                None => {
                    let line = match target.namespace.as_deref() {
                        Some(ns) if ns != "default" && !namespace_exists(cluster, ns).await? => {
                            format!("Error from server (NotFound): namespaces \"{ns}\" not found")
                        }
                        _ => format!(
                            "Error from server (NotFound): {} \"{}\" not found",
                            resource.qualified_plural(),
                            target.name
                        ),
                    };
                    fetched.not_found.push(line)
                }
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

/// Whether a namespace exists, asked as kubectl asks when an object is not
/// found in it, so that a mistyped `-n` is named as the missing one.
async fn namespace_exists(cluster: &Cluster, namespace: &str) -> anyhow::Result<bool> {
    crate::resource::fetch::namespace_exists(&cluster.client, namespace)
        .await
        .map_err(|e| cluster.unreachable(e))
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

/// Results are gathered here, where a selection's [`Fetched`] is made.
impl Results {
    pub fn add(
        &mut self,
        selection: &Selection,
        mut fetched: Fetched,
        several_types: bool,
        options: TableOptions<'_>,
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
}

/// `metadata.name`, `.metadata.name` and `{metadata.name}` → `{.metadata.name}`,
/// as kubectl reads `--sort-by` (anything else is taken as it is).
pub fn sort_template(path: &str) -> String {
    crate::printers::custom_columns::relaxed_expression(path).unwrap_or_else(|_| path.to_string())
}

/// Sort keys compare numbers as numbers and everything else as text;
/// objects without the field come first, as kubectl sorts them.
#[derive(Debug)]
enum SortKey {
    Missing,
    Number(f64),
    Text(String),
}

impl SortKey {
    fn compare(&self, other: &Self) -> Ordering {
        match (self, other) {
            (SortKey::Missing, SortKey::Missing) => Ordering::Equal,
            (SortKey::Missing, _) => Ordering::Less,
            (_, SortKey::Missing) => Ordering::Greater,
            (SortKey::Number(a), SortKey::Number(b)) => a.total_cmp(b),
            (SortKey::Number(_), SortKey::Text(_)) => Ordering::Less,
            (SortKey::Text(_), SortKey::Number(_)) => Ordering::Greater,
            (SortKey::Text(a), SortKey::Text(b)) => a.cmp(b),
        }
    }
}

fn sort_key(path: &JsonPath, object: &Value) -> SortKey {
    let found = path.find_results(object).unwrap_or_default();
    if found.iter().all(Vec::is_empty) {
        return SortKey::Missing;
    }
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

/// What a watch shows.
#[derive(Debug)]
pub enum Watched {
    /// A change: a one-row Table for tables, else the object as printed.
    Change(EventType, Value),
    /// The watch was interrupted and is being retried; says why, once per outage.
    Interrupted(String),
}

/// Hands `on` every change until interrupted (Ctrl-C ends the command),
/// each as the server rendered it at that change: a Table row for tables
/// (`as_table`), else the object. The watch outlasts the server: it resumes
/// where it stopped when the server ends it, and after a re-list (410
/// Gone) only objects whose resourceVersion was not shown yet are. A
/// refusal ends the watch with an error.
pub async fn watch(
    cluster: &Cluster,
    selection: &Selection,
    query: &ListQuery,
    as_table: bool,
    from: WatchFrom,
    mut on: impl FnMut(Watched) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    let query = narrowed(selection, query);
    let raw = RawWatch {
        client: &cluster.client,
        resource: &selection.resource,
        namespace: selection.namespace.as_deref(),
        query: &query,
        as_table,
    };
    let start = match &from {
        WatchFrom::Printed(version) => version.clone(),
        WatchFrom::Now => String::new(),
    };
    let mut printed = Printed::new(from);
    let mut interrupted = false;
    let wanted = |metadata: &Value| {
        selection.names.is_empty()
            || metadata["name"]
                .as_str()
                .is_some_and(|name| selection.names.iter().any(|n| n == name))
    };
    let resource = &selection.resource;
    raw.run(start, |change| {
        if let Raw::Interrupted(reason) = change {
            if !interrupted {
                interrupted = true;
                on(Watched::Interrupted(reason))?;
            }
            return Ok(());
        }
        interrupted = false;
        match change {
            Raw::ListStarted => printed.list_started(),
            Raw::ListDone => printed.list_done(),
            Raw::Listed(mut page) => {
                if as_table {
                    let columns = page["columnDefinitions"].take();
                    for row in into_items(page["rows"].take()) {
                        let metadata = &row["object"]["metadata"];
                        if printed.listed(metadata) && wanted(metadata) {
                            let table =
                                serde_json::json!({"columnDefinitions": columns, "rows": [row]});
                            on(Watched::Change(EventType::Added, table))?;
                        }
                    }
                } else {
                    for item in into_items(page["items"].take()) {
                        if printed.listed(&item["metadata"]) && wanted(&item["metadata"]) {
                            on(Watched::Change(
                                EventType::Added,
                                as_printed(item, resource),
                            ))?;
                        }
                    }
                }
            }
            Raw::Event(kind, body) => {
                let metadata = if as_table {
                    &body["rows"][0]["object"]["metadata"]
                } else {
                    &body["metadata"]
                };
                printed.changed(kind, metadata);
                if wanted(metadata) {
                    let body = if as_table {
                        body
                    } else {
                        as_printed(body, resource)
                    };
                    on(Watched::Change(kind, body))?;
                }
            }
            Raw::Interrupted(_) => {}
        }
        Ok(())
    })
    .await?;
    anyhow::bail!("the watch of {} ended", resource.qualified_plural())
}

/// The user's selectors, and the name when one object is watched, as
/// kubectl narrows a named watch with a field selector.
fn narrowed(selection: &Selection, query: &ListQuery) -> ListQuery {
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
    ListQuery {
        field_selector: (!fields.is_empty()).then(|| fields.join(",")),
        objects_in_table: false,
        ..query.clone()
    }
}

type Key = (Option<String>, String);

fn key_and_version(metadata: &Value) -> (Key, String) {
    let text = |field: &str| metadata[field].as_str().map(String::from);
    (
        (text("namespace"), text("name").unwrap_or_default()),
        text("resourceVersion").unwrap_or_default(),
    )
}

/// What a watch has shown: the resourceVersion of every object, so that a
/// re-list shows only what changed.
struct Printed {
    versions: HashMap<Key, String>,
    /// The objects of the re-list in progress.
    relisted: HashSet<Key>,
    /// Until the first list is complete, where showing starts.
    first_list: Option<WatchFrom>,
    /// The version of the table printed before the watch: an object a
    /// re-list finds that is no newer was printed there already.
    printed_before: Option<String>,
}

impl Printed {
    fn new(from: WatchFrom) -> Printed {
        let printed_before = match &from {
            WatchFrom::Printed(at) if !at.is_empty() => Some(at.clone()),
            _ => None,
        };
        Printed {
            versions: HashMap::new(),
            relisted: HashSet::new(),
            first_list: Some(from),
            printed_before,
        }
    }

    fn list_started(&mut self) {
        self.relisted.clear();
    }

    /// Records a listed object; whether to show it.
    fn listed(&mut self, metadata: &Value) -> bool {
        let (key, version) = key_and_version(metadata);
        let new = match &self.first_list {
            Some(WatchFrom::Now) => false,
            Some(WatchFrom::Printed(at)) => at.is_empty() || is_newer(&version, at),
            None => match (self.versions.get(&key), &self.printed_before) {
                (Some(seen), _) => *seen != version,
                (None, Some(at)) => is_newer(&version, at),
                (None, None) => true,
            },
        };
        self.relisted.insert(key.clone());
        self.versions.insert(key, version);
        new
    }

    fn list_done(&mut self) {
        // Objects deleted while the watch was away are forgotten; there is
        // no row left to show for them.
        let relisted = std::mem::take(&mut self.relisted);
        self.versions.retain(|key, _| relisted.contains(key));
        self.first_list = None;
    }

    /// Records an event of the watch.
    fn changed(&mut self, kind: EventType, metadata: &Value) {
        let (key, version) = key_and_version(metadata);
        if kind == EventType::Deleted {
            self.versions.remove(&key);
        } else {
            self.versions.insert(key, version);
        }
        // Events come only after a list, or from where a table left off.
        self.first_list = None;
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

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn object(name: &str, version: &str) -> Value {
        json!({"namespace": "ns", "name": name, "resourceVersion": version})
    }

    /// Feeds a whole list; returns the names it shows.
    fn list(printed: &mut Printed, objects: &[(&str, &str)]) -> Vec<String> {
        printed.list_started();
        let mut shown = Vec::new();
        for (name, version) in objects {
            if printed.listed(&object(name, version)) {
                shown.push(name.to_string());
            }
        }
        printed.list_done();
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
        printed.changed(EventType::Modified, &object("a", "8"));
        assert_eq!(list(&mut printed, &[("a", "8"), ("b", "9")]), ["b"]);
        // c was deleted while away; created again, it is new.
        assert_eq!(
            list(&mut printed, &[("a", "8"), ("b", "9"), ("c", "7")]),
            ["c"]
        );
    }

    #[test]
    fn a_relist_after_events_leaves_out_what_the_table_before_the_watch_printed() {
        let mut printed = Printed::new(WatchFrom::Printed("10".into()));
        printed.changed(EventType::Modified, &object("a", "11"));
        assert_eq!(
            list(&mut printed, &[("a", "11"), ("root", "3"), ("b", "12")]),
            ["b"]
        );
    }

    #[test]
    fn a_deleted_object_listed_again_is_new() {
        let mut printed = Printed::new(WatchFrom::Now);
        list(&mut printed, &[("a", "5")]);
        printed.changed(EventType::Deleted, &object("a", "6"));
        assert_eq!(list(&mut printed, &[("a", "5")]), ["a"]);
    }

    #[test]
    fn resource_versions_compare_as_numbers() {
        assert!(is_newer("100", "99"));
        assert!(!is_newer("99", "100"));
        assert!(is_newer("opaque", "99"));
    }
}
