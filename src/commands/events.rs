//! `tug events`: kubectl's `events` — the events of the namespace (or all,
//! `-A`), of one object (`--for`) or of some types (`--types`), oldest
//! first by when they were last seen, and with `-w` every new one after.

use std::io::Write;

use k8s_openapi::jiff::Timestamp;

use super::Session;
use crate::actions::events::{EventQuery, InvolvedObject, Seen, follow, list};
use crate::cli::{EventsArgs, GlobalArgs};
use crate::printers::events::write_table;
use crate::resource::args::ResourceArgs;

pub async fn run(global: &GlobalArgs, args: &EventsArgs) -> anyhow::Result<u8> {
    let for_object = args.for_object.as_ref().map(|f| vec![f.clone()]);
    if let Some(for_object) = &for_object {
        // Usage mistakes are reported before the kubeconfig is read.
        let parsed = crate::resource::args::parse(for_object).map_err(|e| anyhow::anyhow!(e))?;
        if !matches!(parsed, ResourceArgs::Pairs(_)) {
            anyhow::bail!(
                "--for takes TYPE/NAME, e.g. --for deployment/web, not \"{}\"",
                for_object[0]
            );
        }
    }
    let mut session = Session::start(global).await?;
    let about = match &for_object {
        Some(for_object) => {
            let selections = session.select(for_object, args.all_namespaces).await?;
            selections.first().map(|selection| InvolvedObject {
                kind: selection.resource.kind.clone(),
                api_version: Some(selection.resource.api_version()),
                name: selection.names.first().cloned().unwrap_or_default(),
                namespace: None,
                uid: None,
            })
        }
        None => None,
    };
    let cluster = &session.cluster;
    let query = EventQuery {
        namespace: (!args.all_namespaces).then(|| cluster.namespace.clone()),
        about,
        types: args.types.clone(),
    };
    let mut printer = Printer {
        all_namespaces: args.all_namespaces,
        header: !args.no_headers,
    };
    if args.watch {
        return follow(&cluster.client, &query, |seen| printer.seen(seen))
            .await
            .map(|()| 0);
    }
    let events = list(&cluster.client, &query)
        .await
        .map_err(|e| cluster.unreachable(e))?;
    if events.is_empty() {
        match args.all_namespaces {
            true => eprintln!("No events found."),
            false => eprintln!("No events found in {} namespace.", cluster.namespace),
        }
        return Ok(0);
    }
    printer.print(&events)?;
    Ok(0)
}

/// Prints events as they come, the header before the first.
struct Printer {
    all_namespaces: bool,
    /// Whether the header is still to be printed.
    header: bool,
}

impl Printer {
    fn print(&mut self, events: &[k8s_openapi::api::core::v1::Event]) -> std::io::Result<()> {
        if events.is_empty() {
            return Ok(());
        }
        let mut out = crate::term::stdout();
        write_table(
            &mut out,
            events,
            self.all_namespaces,
            self.header,
            Timestamp::now(),
        )?;
        self.header = false;
        out.flush()
    }

    fn seen(&mut self, seen: Seen) -> std::io::Result<()> {
        match seen {
            Seen::Existing(events) => self.print(&events),
            Seen::New(event) => self.print(std::slice::from_ref(&*event)),
            Seen::Interrupted(why) => {
                eprintln!("warning: the watch of events was interrupted ({why}); resuming");
                Ok(())
            }
        }
    }
}
