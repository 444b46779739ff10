//! The lines `delete` prints: one result per object, and the list shown
//! before asking whether to go ahead.

use crate::cli::DryRun;
use crate::printers::apply::dry_run_suffix;
use crate::resource::Target;

/// kubectl's result line: `deployment.apps "web" deleted from demo namespace`,
/// `namespace "demo" deleted (server dry run)`, `pod "web" force deleted` when
/// removed with no grace period.
pub fn deleted_line(target: &Target, dry_run: DryRun, forced: bool) -> String {
    let place = match &target.namespace {
        Some(namespace) => format!(" from {namespace} namespace"),
        None => String::new(),
    };
    format!(
        "{} \"{}\" {}deleted{place}{}",
        target.resource.qualified_kind(),
        target.name,
        if forced { "force " } else { "" },
        dry_run_suffix(dry_run)
    )
}

/// What is about to be deleted, and where: the context first, because the
/// same names often exist in several clusters.
pub fn preview(context: &str, targets: &[Target]) -> String {
    let mut text = format!(
        "You are about to delete {} object(s) in context \"{context}\":\n",
        targets.len()
    );
    for target in targets {
        let place = match &target.namespace {
            Some(namespace) => format!("in namespace \"{namespace}\""),
            None => "(cluster-scoped)".to_string(),
        };
        text.push_str(&format!("  {} {place}\n", target.display_name()));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixtures::target;

    #[test]
    fn result_lines_read_like_kubectls() {
        let web = target("apps", "Deployment", "web", Some("demo"));
        assert_eq!(
            deleted_line(&web, DryRun::None, false),
            "deployment.apps \"web\" deleted from demo namespace"
        );
        let ns = target("", "Namespace", "demo", None);
        assert_eq!(
            deleted_line(&ns, DryRun::Server, false),
            "namespace \"demo\" deleted (server dry run)"
        );
    }

    #[test]
    fn the_preview_names_the_context_and_every_objects_namespace() {
        let text = preview(
            "prod",
            &[
                target("apps", "Deployment", "web", Some("demo")),
                target("", "Namespace", "demo", None),
            ],
        );
        assert_eq!(
            text,
            "You are about to delete 2 object(s) in context \"prod\":\n  \
             deployment.apps/web in namespace \"demo\"\n  \
             namespace/demo (cluster-scoped)\n"
        );
    }
}
