//! `tug get`: resolve what the arguments select, read it (`crate::actions::get`) and
//! print it as tables, whole objects, names, JSONPath or custom columns.

use std::io::Write;

use super::Session;
use crate::actions::get::{WatchFrom, Watched, fetch, sort_template, watch};
use crate::cli::{GetArgs, GlobalArgs};
use crate::error::AlreadyReported;
use crate::manifest::Manifest;
use crate::printers::get::{
    GetFormat, Results, TableOptions, WatchPrinter, no_resources_message, print,
};
use crate::printers::jsonpath::JsonPath;
use crate::resource::args::Selection;
use crate::resource::fetch::ListQuery;
use crate::watch::EventType;

pub async fn run(global: &GlobalArgs, args: &GetArgs) -> anyhow::Result<u8> {
    let format = GetFormat::parse(args.output.as_deref()).map_err(|e| anyhow::anyhow!(e))?;
    let sort_by = args
        .sort_by
        .as_deref()
        .map(|path| JsonPath::parse(&sort_template(path)))
        .transpose()
        .map_err(|e| anyhow::anyhow!("--sort-by: {e}"))?;
    if matches!(
        args.resources.first().map(String::as_str),
        Some("applysets" | "applyset")
    ) {
        return super::applyset::get(global, args).await;
    }
    let from_files = !args.files.filenames.is_empty();
    if from_files && !args.resources.is_empty() {
        anyhow::bail!("give either -f or resource arguments, not both");
    }
    if !from_files {
        // Usage mistakes are reported before the kubeconfig is read.
        let parsed =
            crate::resource::args::parse(&args.resources).map_err(|e| anyhow::anyhow!(e))?;
        if args.all_namespaces && parsed.names_any() {
            anyhow::bail!("a resource cannot be retrieved by name across all namespaces");
        }
    }
    let manifests = super::read_manifests_or_none(&args.files)?;
    let mut session = Session::start(global).await?;
    let selections = if from_files {
        selections_of_files(&mut session, manifests).await?
    } else {
        session.select(&args.resources, args.all_namespaces).await?
    };
    let options = TableOptions {
        wide: matches!(format, GetFormat::Table { wide: true }),
        namespace_column: args.all_namespaces,
        label_columns: &args.label_columns,
        labels_column: args.show_labels,
    };
    let with_kind = args.show_kind
        || selections
            .windows(2)
            .any(|w| w[0].resource != w[1].resource);
    let single_object = selections.len() == 1 && selections[0].names.len() == 1;

    let query = ListQuery {
        label_selector: args.selector.clone(),
        field_selector: args.field_selector.clone(),
        chunk_size: args.chunk_size,
        objects_in_table: false,
    };
    let watching = args.watch || args.watch_only;
    let mut out = crate::term::stdout();
    // A list of whole objects is written as it arrives, never held whole;
    // a watch prints them one by one, as it prints the changes.
    // With --ignore-not-found, nothing at all is printed when nothing is found,
    // not even an empty list, so the list waits until it is known.
    let mut stream = match format {
        GetFormat::Json | GetFormat::Yaml
            if !single_object && sort_by.is_none() && !watching && !args.ignore_not_found =>
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
            let options = options.for_type(&selection.resource);
            let fetched = fetch(
                &session.cluster,
                selection,
                &query,
                &format,
                sort_by.as_ref(),
                options,
                stream.as_mut(),
            )
            .await?;
            results.add(selection, fetched, with_kind, options);
        }
    }
    let mut printer = selections.first().map(|selection| {
        WatchPrinter::new(
            &format,
            options.for_type(&selection.resource),
            args.no_headers,
            args.output_watch_events,
            selection.resource.qualified_kind(),
        )
    });
    match (stream, printer.as_mut()) {
        (Some(list), _) => list.finish()?,
        (None, Some(printer)) if watching && format.is_table() => {
            for table in &results.tables {
                printer.table(&mut out, table)?;
            }
        }
        (None, Some(printer))
            if watching && matches!(format, GetFormat::Json | GetFormat::Yaml) =>
        {
            for (_, object) in std::mem::take(&mut results.objects) {
                printer.change(&mut out, EventType::Added, object)?;
            }
        }
        (None, _) if args.ignore_not_found && results.is_empty() => {}
        (None, _) => print(&mut out, &format, &results, args.no_headers, single_object)?,
    }
    out.flush()?;
    drop(out);

    // Only tables say that nothing was found; scripts reading names,
    // templates or columns get nothing, as from kubectl.
    if results.is_empty()
        && results.not_found.is_empty()
        && !args.watch_only
        && !args.ignore_not_found
        && format.is_table()
    {
        eprintln!("{}", no_resources_message(&selections));
    }
    if args.ignore_not_found {
        results.not_found.clear();
    }
    for line in &results.not_found {
        eprintln!("{line}");
    }
    if let (true, Some(printer)) = (watching, printer.as_mut()) {
        let [selection] = selections.as_slice() else {
            anyhow::bail!("watch is only supported on a single resource type");
        };
        let from = if args.watch_only {
            WatchFrom::Now
        } else {
            WatchFrom::Printed(results.resource_version.clone())
        };
        watch(
            &session.cluster,
            selection,
            &query,
            format.is_table(),
            from,
            |watched| {
                match watched {
                    Watched::Change(kind, body) => {
                        let mut out = crate::term::stdout();
                        printer.change(&mut out, kind, body)?;
                        out.flush()?;
                    }
                    Watched::Interrupted(reason) => {
                        eprintln!("Warning: the watch was interrupted ({reason}); resuming")
                    }
                }
                Ok(())
            },
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
