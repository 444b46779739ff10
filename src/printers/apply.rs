//! The lines `apply` prints: a result per object, conflict reports, the summary.

use std::io::{self, Write};

use crate::actions::apply::{ApplyError, Change, Outcome, Ownership};
use crate::cli::DryRun;

/// ` (server dry run)` / ` (dry run)` after results that changed nothing.
pub fn dry_run_suffix(dry_run: DryRun) -> &'static str {
    match dry_run {
        DryRun::None => "",
        DryRun::Server => " (server dry run)",
        DryRun::Client => " (dry run)",
    }
}

/// `deployment.apps/flask-app created`.
pub fn result_line(name: &str, change: Change, dry_run: DryRun) -> String {
    format!("{name} {}{}", change.word(), dry_run_suffix(dry_run))
}

/// kubectl's `configmap/old pruned`.
pub fn pruned_line(name: &str, dry_run: DryRun) -> String {
    format!("{name} pruned{}", dry_run_suffix(dry_run))
}

/// Why `name` (from `source`) failed, as lines for stderr: the server's
/// words, and for conflicts which field is owned by whom and what to do.
pub fn write_failure<W: Write + ?Sized>(
    err: &mut W,
    name: &str,
    source: &str,
    error: &ApplyError,
) -> io::Result<()> {
    match error {
        ApplyError::Conflict { conflicts } => {
            writeln!(
                err,
                "error: {name} ({source}) not applied: {} field(s) are owned by another field manager:",
                conflicts.len()
            )?;
            write_ownership(err, conflicts, "owned by")?;
            if let Some(advice) = crate::actions::apply::fields::replicas_advice(conflicts) {
                writeln!(err, "  {advice}")?;
            }
            writeln!(
                err,
                "  To take them over, apply again with --force-conflicts; to leave them to their owner, \
                 remove them from your manifest."
            )
        }
        ApplyError::Server(status) => {
            let subject = format!("{name} ({source})");
            writeln!(
                err,
                "{}",
                crate::error::server_error_about(status, Some(&subject))
            )
        }
        other => writeln!(err, "error: {name} ({source}): {other}"),
    }
}

/// With --force-conflicts: which fields were taken from whom.
pub fn write_taken_over<W: Write + ?Sized>(
    err: &mut W,
    name: &str,
    taken: &[Ownership],
) -> io::Result<()> {
    if taken.is_empty() {
        return Ok(());
    }
    writeln!(
        err,
        "{name}: took over {} field(s) from other field managers:",
        taken.len()
    )?;
    write_ownership(err, taken, "was owned by")
}

fn write_ownership<W: Write + ?Sized>(
    err: &mut W,
    fields: &[Ownership],
    verb: &str,
) -> io::Result<()> {
    let width = fields.iter().map(|f| f.path.len()).max().unwrap_or(0);
    for field in fields {
        writeln!(err, "  {:width$}  {verb} {}", field.path, field.owner())?;
    }
    Ok(())
}

/// `5 applied: 2 created, 1 configured, 1 unchanged, 1 failed`, with
/// `, 2 invalid` when objects of the input were left out for being invalid,
/// and with an ApplySet `; 2 pruned`.
pub fn summary(outcomes: &[Outcome], invalid: usize, pruned: Option<usize>) -> String {
    let count = |change: Change| {
        outcomes
            .iter()
            .filter(|o| matches!(o, Ok(a) if a.change == change))
            .count()
    };
    let not_attempted = outcomes
        .iter()
        .filter(|o| matches!(o, Err(ApplyError::Interrupted)))
        .count();
    let failed = outcomes.iter().filter(|o| o.is_err()).count() - not_attempted;
    let mut line = format!(
        "{} applied: {} created, {} configured, {} unchanged, {failed} failed",
        outcomes.len() - not_attempted - failed,
        count(Change::Created),
        count(Change::Configured),
        count(Change::Unchanged),
    );
    if invalid > 0 {
        line.push_str(&format!(", {invalid} invalid"));
    }
    if not_attempted > 0 {
        line.push_str(&format!(", {not_attempted} not applied (interrupted)"));
    }
    if let Some(pruned) = pruned {
        line.push_str(&format!("; {pruned} pruned"));
    }
    line
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::actions::apply::Applied;

    fn applied(change: Change) -> Outcome {
        Ok(Applied {
            change,
            object: serde_json::Value::Null,
            taken_over: vec![],
            before: None,
        })
    }

    #[test]
    fn results_read_like_kubectls() {
        assert_eq!(
            result_line("deployment.apps/web", Change::Created, DryRun::None),
            "deployment.apps/web created"
        );
        assert_eq!(
            result_line("service/web", Change::Unchanged, DryRun::Server),
            "service/web unchanged (server dry run)"
        );
    }

    #[test]
    fn the_summary_counts_every_kind_of_result() {
        let outcomes = vec![
            applied(Change::Created),
            applied(Change::Unchanged),
            Err(ApplyError::Request("boom".into())),
            Err(ApplyError::Interrupted),
        ];
        assert_eq!(
            summary(&outcomes, 0, None),
            "2 applied: 1 created, 0 configured, 1 unchanged, 1 failed, 1 not applied (interrupted)"
        );
        assert_eq!(
            summary(&outcomes[..1], 3, None),
            "1 applied: 1 created, 0 configured, 0 unchanged, 0 failed, 3 invalid"
        );
        assert_eq!(
            summary(&outcomes[..1], 0, Some(2)),
            "1 applied: 1 created, 0 configured, 0 unchanged, 0 failed; 2 pruned"
        );
    }

    #[test]
    fn a_conflict_report_names_fields_owners_and_the_way_out() {
        let mut out = Vec::new();
        let error = ApplyError::Conflict {
            conflicts: vec![Ownership {
                path: ".spec.replicas".into(),
                manager: "kubectl-edit".into(),
                subresource: None,
            }],
        };
        write_failure(
            &mut out,
            "deployment.apps/web",
            "web.yaml:1:1 (document 1)",
            &error,
        )
        .unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(
            text.contains(".spec.replicas  owned by \"kubectl-edit\""),
            "{text}"
        );
        assert!(text.contains("--force-conflicts"), "{text}");
    }
}
