//! `tug api-resources`: the types the server has, from the discovery cache.

use crate::actions::api_resources::{self, Filter};
use crate::cli::{ApiResourcesArgs, GlobalArgs};

pub async fn run(global: &GlobalArgs, args: &ApiResourcesArgs) -> anyhow::Result<u8> {
    let mut session = super::Session::start(global).await?;
    if !args.cached {
        // As kubectl: the list is asked for anew, so a CRD created a moment ago shows.
        session
            .discovery
            .ensure(|_| false)
            .await
            .map_err(|e| session.cluster.unreachable(e))?;
    }
    let filter = Filter {
        namespaced: args.namespaced,
        api_group: args.api_group.clone(),
        verbs: args.verbs.clone(),
    };
    let discovery = session.discovery.current();
    for warning in discovery.unavailable_warnings() {
        eprintln!("{warning}");
    }
    let types = api_resources::list(discovery, &filter, args.sort_by);
    let mut out = crate::term::stdout();
    crate::printers::api_resources::write(&mut out, &types, args.output, args.no_headers)?;
    Ok(0)
}
