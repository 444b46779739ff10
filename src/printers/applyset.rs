//! `tug get applysets`: one row per set.

use std::io::{self, Write};

use super::builtin::or_none;
use crate::actions::applyset::Summary;

/// NAME (the parent as kind/name), TOOLING, MEMBERS per kind and the
/// NAMESPACES the set spans; NAMESPACE first across all namespaces.
pub fn write_table<W: Write + ?Sized>(
    out: &mut W,
    sets: &[Summary],
    namespace_column: bool,
    no_headers: bool,
) -> io::Result<()> {
    let mut header = vec!["NAME", "TOOLING", "MEMBERS", "NAMESPACES"];
    if namespace_column {
        header.insert(0, "NAMESPACE");
    }
    let rows = sets.iter().map(|set| {
        let target = &set.parent.target;
        let members: Vec<String> = set
            .members
            .iter()
            .map(|(kind, count)| format!("{kind}={count}"))
            .collect();
        let mut row = vec![
            format!("{}/{}", target.resource.kind.to_lowercase(), target.name),
            set.tooling.clone(),
            or_none(Some(&members.join(","))),
            or_none(Some(
                &set.namespaces.iter().cloned().collect::<Vec<_>>().join(","),
            )),
        ];
        if namespace_column {
            row.insert(0, target.namespace.clone().unwrap_or_default());
        }
        row
    });
    super::table::write_plain(out, if no_headers { &[] } else { &header }, rows)
}
