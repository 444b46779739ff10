//! `tug get`: fetch what the arguments select, page by page, and print it as
//! tables, whole objects, names, JSONPath or custom columns; `-w` follows changes.

use std::cmp::Ordering;
use std::io::Write;

use futures::{StreamExt, TryStreamExt};
use k8s_openapi::jiff::Timestamp;
use kube::api::{DynamicObject, WatchEvent, WatchParams};
use serde_json::Value;

use super::Session;
use crate::cli::{GetArgs, GlobalArgs};
use crate::error::AlreadyReported;
use crate::manifest::Manifest;
use crate::printers::get::{GetFormat, Table, TableOptions, has_own_columns};
use crate::printers::jsonpath::JsonPath;
use crate::printers::objects::ListWriter;
use crate::resource::ResourceType;
use crate::resource::args::Selection;
use crate::resource::fetch::{ListQuery, list_pages};

pub async fn run(global: &GlobalArgs, args: &GetArgs) -> anyhow::Result<u8> {
    let format = GetFormat::parse(args.output.as_deref()).map_err(|e| anyhow::anyhow!(e))?;
    let sort_by = args
        .sort_by
        .as_deref()
        .map(|path| JsonPath::parse(&sort_template(path)))
        .transpose()
        .map_err(|e| anyhow::anyhow!("--sort-by: {e}"))?;
    let from_files = !args.files.filenames.is_empty();
    if from_files && !args.resources.is_empty() {
        anyhow::bail!("give either -f or resource arguments, not both");
    }
    let manifests = super::read_manifests(&args.files)?;
    let mut session = Session::start(global).await?;
    let selections = if from_files {
        selections_of_files(&mut session, manifests).await?
    } else {
        session.select(&args.resources, args.all_namespaces).await?
    };
    let options = TableOptions {
        wide: matches!(format, GetFormat::Table { wide: true }),
        namespace_column: args.all_namespaces,
        labels_column: args.show_labels,
    };
    let several_types = selections
        .windows(2)
        .any(|w| w[0].resource != w[1].resource);
    let single_object = selections.len() == 1 && selections[0].names.len() == 1;

    let mut out = crate::term::stdout();
    // A list of whole objects is written as it arrives, never held whole.
    let mut stream = match format {
        GetFormat::Json | GetFormat::Yaml
            if !single_object && sort_by.is_none() && !args.watch_only =>
        {
            Some(crate::printers::objects::ListWriter::start(
                &mut out,
                matches!(format, GetFormat::Json),
            )?)
        }
        _ => None,
    };
    let mut results = Results::default();
    if !args.watch_only {
        for selection in &selections {
            let fetched = fetch(
                &session,
                selection,
                args,
                &format,
                sort_by.as_ref(),
                options,
                stream.as_mut(),
            )
            .await?;
            results.add(selection, fetched, several_types, options);
        }
    }
    match stream {
        Some(list) => list.finish()?,
        None => print(&mut out, &format, &results, args.no_headers, single_object)?,
    }
    out.flush()?;
    drop(out);

    if results.is_empty()
        && results.not_found.is_empty()
        && !args.watch_only
        && !matches!(format, GetFormat::Yaml | GetFormat::Json)
    {
        eprintln!("{}", no_resources_message(&selections));
    }
    for line in &results.not_found {
        eprintln!("{line}");
    }
    if args.watch || args.watch_only {
        let [selection] = selections.as_slice() else {
            anyhow::bail!("watch is only supported on a single resource type");
        };
        watch(
            &session,
            selection,
            args,
            &format,
            options,
            results.resource_version.clone(),
        )
        .await?;
    }
    if !results.not_found.is_empty() {
        return Err(AlreadyReported { code: 1 }.into());
    }
    Ok(0)
}

/// The objects named by `-f`, grouped into selections by type and namespace.
async fn selections_of_files(
    session: &mut Session,
    manifests: Vec<Manifest>,
) -> anyhow::Result<Vec<Selection>> {
    let manifests = session.resolve(manifests).await?;
    let mut selections: Vec<Selection> = Vec::new();
    for manifest in manifests {
        let target = manifest.target;
        match selections.last_mut() {
            Some(last)
                if last.resource == target.resource && last.namespace == target.namespace =>
            {
                last.names.push(target.name)
            }
            _ => selections.push(Selection {
                resource: target.resource,
                names: vec![target.name],
                namespace: target.namespace,
            }),
        }
    }
    Ok(selections)
}

/// What one selection yielded.
struct Fetched {
    table: Table,
    objects: Vec<Value>,
    not_found: Vec<String>,
    resource_version: String,
}

async fn fetch<W: Write + ?Sized>(
    session: &Session,
    selection: &Selection,
    args: &GetArgs,
    format: &GetFormat,
    sort_by: Option<&JsonPath>,
    options: TableOptions,
    mut stream: Option<&mut ListWriter<'_, W>>,
) -> anyhow::Result<Fetched> {
    let client = &session.cluster.client;
    let resource = &selection.resource;
    // Tables come from the server's Table rendering, as kubectl's do: rows
    // are a fraction of the size of the objects they describe.
    let server_table = format.is_table();
    // Without sorting, each page becomes rows at once and is dropped.
    let stream_rows = server_table && sort_by.is_none();
    let mut fetched = Fetched {
        table: Table::default(),
        objects: Vec::new(),
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
        } else {
            fetched.objects.extend(items);
        }
        Ok(())
    };
    if selection.names.is_empty() {
        let query = ListQuery {
            label_selector: args.selector.clone(),
            field_selector: args.field_selector.clone(),
            chunk_size: args.chunk_size,
            // Sorting needs the whole object of every row.
            objects_in_table: sort_by.is_some(),
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
        .map_err(|e| unreachable_or(session, e))?;
    } else {
        for target in selection.targets() {
            match crate::resource::fetch::get(client, &target, server_table)
                .await
                .map_err(|e| session.cluster.unreachable(e))?
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

fn unreachable_or(session: &Session, error: anyhow::Error) -> anyhow::Error {
    match error.downcast::<kube::Error>() {
        Ok(e) => session.cluster.unreachable(e),
        Err(e) => e,
    }
}

/// Everything fetched, in argument order.
#[derive(Default)]
struct Results {
    tables: Vec<Table>,
    /// With the `kind.group/name` of each, for `-o name`.
    objects: Vec<(String, Value)>,
    not_found: Vec<String>,
    resource_version: String,
}

impl Results {
    fn add(
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
        self.not_found.extend(fetched.not_found);
        self.resource_version = fetched.resource_version;
    }

    fn is_empty(&self) -> bool {
        self.tables.is_empty() && self.objects.is_empty()
    }
}

fn print<W: Write>(
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
        GetFormat::Yaml => out.write_all(serde_saphyr::to_string(&as_document())?.as_bytes())?,
        GetFormat::JsonPath(template) => {
            out.write_all(template.render(&as_document())?.as_bytes())?
        }
        GetFormat::CustomColumns(columns) => {
            if results.objects.is_empty() {
                return Ok(());
            }
            let rows = results
                .objects
                .iter()
                .map(|(_, o)| columns.row(o))
                .collect::<Result<Vec<_>, _>>()?;
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
fn no_resources_message(selections: &[Selection]) -> String {
    match selections.first().and_then(|s| s.namespace.as_deref()) {
        Some(ns) => format!("No resources found in {ns} namespace."),
        None => "No resources found".to_string(),
    }
}

/// `.metadata.name` → `{.metadata.name}`, as kubectl accepts both.
fn sort_template(path: &str) -> String {
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
async fn watch(
    session: &Session,
    selection: &Selection,
    args: &GetArgs,
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
    .api(&session.cluster.client);
    let mut params = WatchParams::default();
    if let Some(selector) = &args.selector {
        params = params.labels(selector);
    }
    if let Some(selector) = &args.field_selector {
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
        .map_err(|e| session.cluster.unreachable(e))?;
    let mut events = events.boxed();
    let stop = tokio::signal::ctrl_c();
    tokio::pin!(stop);
    loop {
        let event = tokio::select! {
            _ = &mut stop => return Ok(()),
            event = events.try_next() => event.map_err(|e| session.cluster.unreachable(e))?,
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
                    crate::resource::fetch::get(&session.cluster.client, &target, true).await?
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
                print(&mut out, other, &results, true, true)?;
            }
        }
        out.flush()?;
    }
}
