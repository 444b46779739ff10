//! `api-resources` output: kubectl's table, wide table or names.

use std::io::{self, Write};

use crate::cli::ApiResourcesFormat;
use crate::resource::ResourceType;

pub fn write(
    out: &mut impl Write,
    types: &[&ResourceType],
    format: Option<ApiResourcesFormat>,
    no_headers: bool,
) -> io::Result<()> {
    if format == Some(ApiResourcesFormat::Name) {
        for resource in types {
            writeln!(
                out,
                "{}",
                super::escape_terminal(&resource.qualified_plural())
            )?;
        }
        return out.flush();
    }
    let wide = format == Some(ApiResourcesFormat::Wide);
    let mut header = vec!["NAME", "SHORTNAMES", "APIVERSION", "NAMESPACED", "KIND"];
    if wide {
        header.extend(["VERBS", "CATEGORIES"]);
    }
    let rows = types.iter().map(|r| {
        let mut row = vec![
            r.plural.clone(),
            r.short_names.join(","),
            r.api_version(),
            r.namespaced.to_string(),
            r.kind.clone(),
        ];
        if wide {
            let mut verbs = r.verbs.clone();
            verbs.sort();
            row.push(verbs.join(","));
            row.push(r.categories.join(","));
        }
        row
    });
    let header: &[&str] = if no_headers { &[] } else { &header };
    super::table::write_plain(out, header, rows)?;
    out.flush()
}
