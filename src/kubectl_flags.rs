//! kubectl's flags that tug accepts without doing what kubectl does with them.
//!
//! A script written for kubectl passes flags that make no sense for tug
//! (`apply --server-side`: tug always applies server-side) or that tug cannot
//! do yet. Refusing them at parse time would break the script for nothing, and
//! ignoring them silently could give other results without a word. So every
//! such flag is declared once, in [`ACCEPTED`], with what tug does about it:
//! nothing to do, a warning on stderr saying what is not done, or a one-line
//! error before anything is read or sent. Every other kubectl flag of tug's
//! commands is a field of its command's arguments in `cli.rs`, with kubectl's
//! meaning; `tests/e2e/flags.rs` checks that no kubectl flag falls through.

use clap::parser::ValueSource;
use clap::{Arg, ArgAction, ArgMatches, Command};

/// One kubectl flag that tug accepts but does not act on as kubectl does.
pub struct Accepted {
    /// The command as kubectl names it, e.g. `get` or `rollout status`;
    /// empty for kubectl's global options, which every command takes.
    pub command: &'static str,
    pub long: &'static str,
    pub short: Option<char>,
    pub takes: Takes,
    /// The value that asks for nothing (kubectl's default): given with it,
    /// the flag is quiet whatever its treatment.
    pub default: &'static str,
    pub treatment: Treatment,
}

/// What a flag's value looks like.
#[derive(Clone, Copy)]
pub enum Takes {
    /// A boolean: `--flag`, `--flag=false`.
    Bool,
    /// One value; given again, the last one wins.
    One(&'static str),
    /// One value joined with `=`, or none for the second one, as
    /// `--dry-run` alone is `--dry-run=client`.
    Optional(&'static str, &'static str),
    /// A value that may be repeated.
    Many(&'static str),
}

/// What tug does when a flag of [`ACCEPTED`] is given.
#[derive(Clone, Copy)]
pub enum Treatment {
    /// Nothing: tug already does what the flag asks, or the flag concerns
    /// something tug does not have. The text says why, in `--help`.
    Quiet(&'static str),
    /// tug goes on without it and says so on stderr: the text says what is
    /// not done.
    Warn(&'static str),
    /// tug cannot do what the flag asks, and doing something else would
    /// change what the command does: an error before anything is sent.
    Refuse(&'static str),
}

use Takes::{Bool, Many, One, Optional};
use Treatment::{Quiet, Refuse, Warn};

const fn flag(
    command: &'static str,
    long: &'static str,
    short: Option<char>,
    takes: Takes,
    default: &'static str,
    treatment: Treatment,
) -> Accepted {
    Accepted {
        command,
        long,
        short,
        takes,
        default,
        treatment,
    }
}

const NO_TEMPLATES: Treatment =
    Quiet("only Go templates use it (-o go-template), which tug does not print");
const NO_MANAGED_FIELDS: Treatment = Quiet("this command prints no objects as YAML or JSON");
const KUSTOMIZE: Treatment = Refuse(
    "tug does not build kustomizations; run `kustomize build DIR | tug COMMAND -f -` instead",
);
const ROLLOUT_FILES: Treatment =
    Refuse("tug's rollout commands take TYPE/NAME arguments, not manifests");
const ROLLOUT_SELECTOR: Treatment =
    Refuse("tug's rollout commands take TYPE/NAME arguments, not a selector");
const ROLLOUT_OUTPUT: Treatment = Refuse("tug's rollout commands print only their result lines");
const DRY_RUN: Takes = Optional("MODE", "client");
const NOT_YET: &str = "not implemented yet";
const ROLLOUT_FIELD_MANAGER: Treatment = Quiet("tug records its changes as the field manager tug");

/// Every kubectl flag that tug accepts without kubectl's meaning.
#[rustfmt::skip]
pub const ACCEPTED: &[Accepted] = &[
    // kubectl's global options (`kubectl options`).
    flag("", "as-uid", None, One("UID"), "", Refuse("impersonating a UID is not implemented; use --as and --as-group")),
    flag("", "as-user-extra", None, Many("KEY=VALUE"), "", Refuse("impersonating extra user fields is not implemented; use --as and --as-group")),
    flag("", "cache-dir", None, One("PATH"), "", Quiet("tug keeps its own discovery cache, under $XDG_CACHE_HOME/kubetug")),
    flag("", "client-certificate", None, One("PATH"), "", Refuse("set client-certificate in the kubeconfig's user instead")),
    flag("", "client-key", None, One("PATH"), "", Refuse("set client-key in the kubeconfig's user instead")),
    flag("", "disable-compression", None, Bool, "false", Quiet("tug does not ask for compressed responses")),
    flag("", "kuberc", None, One("PATH"), "", Warn("tug does not read kuberc preferences (aliases and default flags)")),
    flag("", "log-flush-frequency", None, One("DURATION"), "5s", Quiet("tug writes its log lines as they happen")),
    flag("", "match-server-version", None, Bool, "false", Warn("tug does not require the server's version to match its own")),
    flag("", "password", None, One("PASSWORD"), "", Refuse("basic authentication is not supported; use a token or a client certificate")),
    flag("", "username", None, One("NAME"), "", Refuse("basic authentication is not supported; use a token or a client certificate")),
    flag("", "profile", None, One("NAME"), "none", Warn("tug writes no profiles")),
    flag("", "profile-output", None, One("PATH"), "profile.pprof", Warn("tug writes no profiles")),
    flag("", "proxy-url", None, One("URL"), "", Refuse("set proxy-url in the kubeconfig's cluster instead")),
    flag("", "tls-server-name", None, One("NAME"), "", Refuse("set tls-server-name in the kubeconfig's cluster instead")),
    flag("", "vmodule", None, One("PATTERN"), "", Quiet("tug has one verbosity for all its logging, -v")),
    flag("", "warnings-as-errors", None, Bool, "false", Warn("the server's warnings are printed but do not fail the command")),
    // apply
    flag("apply", "all", None, Bool, "false", Warn("tug prunes only the members of --applyset, not every object of the namespace")),
    flag("apply", "allow-missing-template-keys", None, Bool, "true", NO_TEMPLATES),
    flag("apply", "cascade", None, One("MODE"), "background", Warn("tug prunes with background cascading deletion")),
    flag("apply", "force", None, Bool, "false", Warn("tug does not delete and re-create objects it cannot apply")),
    flag("apply", "grace-period", None, One("SECONDS"), "-1", Warn("tug prunes with each object's own grace period")),
    flag("apply", "kustomize", Some('k'), One("DIR"), "", KUSTOMIZE),
    flag("apply", "openapi-patch", None, Bool, "true", Quiet("only client-side apply uses it; tug applies server-side")),
    flag("apply", "overwrite", None, Bool, "true", Quiet("only client-side apply uses it; tug applies server-side")),
    flag("apply", "prune-allowlist", None, Many("GROUP/VERSION/KIND"), "", Warn("tug prunes every kind its ApplySet records")),
    flag("apply", "selector", Some('l'), One("SELECTOR"), "", Refuse("tug applies every object of its input; filter the manifests instead")),
    flag("apply", "server-side", None, Bool, "false", Quiet("always: tug applies server-side")),
    flag("apply", "show-managed-fields", None, Bool, "false", Quiet("-o yaml and -o json print the objects as the server returns them, managedFields included")),
    flag("apply", "subresource", None, One("NAME"), "", Refuse("tug applies whole objects, not subresources")),
    flag("apply", "template", None, One("TEMPLATE"), "", NO_TEMPLATES),
    // get
    flag("get", "allow-missing-template-keys", None, Bool, "true", NO_TEMPLATES),
    flag("get", "show-managed-fields", None, Bool, "false", Warn("tug leaves managedFields out of -o yaml and -o json")),
    flag("get", "kustomize", Some('k'), One("DIR"), "", KUSTOMIZE),
    flag("get", "raw", None, One("URI"), "", Refuse("tug does not request raw URIs")),
    flag("get", "server-print", None, Bool, "true", Quiet("tug asks the server for its table whenever it prints one")),
    flag("get", "subresource", None, One("NAME"), "", Refuse("tug reads whole objects, not subresources")),
    flag("get", "template", None, One("TEMPLATE"), "", NO_TEMPLATES),
    // diff
    flag("diff", "concurrency", None, One("N"), "1", Quiet("tug compares every object at the same time")),
    flag("diff", "kustomize", Some('k'), One("DIR"), "", KUSTOMIZE),
    flag("diff", "prune-allowlist", None, Many("GROUP/VERSION/KIND"), "", Warn("tug prunes every kind its ApplySet records")),
    flag("diff", "selector", Some('l'), One("SELECTOR"), "", Refuse("tug compares every object of its input; filter the manifests instead")),
    flag("diff", "server-side", None, Bool, "false", Quiet("always: tug compares with a server-side dry run")),
    flag("diff", "show-managed-fields", None, Bool, "false", Warn("tug leaves managedFields out of the diff")),
    flag("diff", "show-secrets", None, Bool, "false", Warn("tug never shows the values of Secrets in a diff")),
    // describe
    flag("describe", "chunk-size", None, One("N"), "500", Quiet("describe reads each list in one request")),
    flag("describe", "kustomize", Some('k'), One("DIR"), "", KUSTOMIZE),
    // events
    flag("events", "allow-missing-template-keys", None, Bool, "true", NO_TEMPLATES),
    flag("events", "chunk-size", None, One("N"), "500", Quiet("events reads each list in one request")),
    flag("events", "output", Some('o'), One("FORMAT"), "", Refuse("tug events prints tables only; `tug get events -o yaml` prints the events as objects")),
    flag("events", "show-managed-fields", None, Bool, "false", NO_MANAGED_FIELDS),
    flag("events", "template", None, One("TEMPLATE"), "", NO_TEMPLATES),
    // delete
    flag("delete", "interactive", Some('i'), Bool, "false", Warn("tug asks once for all the objects, and only on a terminal (-y skips it)")),
    flag("delete", "kustomize", Some('k'), One("DIR"), "", KUSTOMIZE),
    flag("delete", "raw", None, One("URI"), "", Refuse("tug does not request raw URIs")),
    // rollout
    flag("rollout status", "filename", Some('f'), Many("PATH"), "", ROLLOUT_FILES),
    flag("rollout status", "kustomize", Some('k'), One("DIR"), "", KUSTOMIZE),
    flag("rollout status", "recursive", Some('R'), Bool, "false", ROLLOUT_FILES),
    flag("rollout status", "revision", None, One("N"), "0", Refuse("tug follows the latest revision only")),
    flag("rollout status", "selector", Some('l'), One("SELECTOR"), "", ROLLOUT_SELECTOR),
    flag("rollout history", "allow-missing-template-keys", None, Bool, "true", NO_TEMPLATES),
    flag("rollout history", "filename", Some('f'), Many("PATH"), "", ROLLOUT_FILES),
    flag("rollout history", "kustomize", Some('k'), One("DIR"), "", KUSTOMIZE),
    flag("rollout history", "output", Some('o'), One("FORMAT"), "", ROLLOUT_OUTPUT),
    flag("rollout history", "recursive", Some('R'), Bool, "false", ROLLOUT_FILES),
    flag("rollout history", "selector", Some('l'), One("SELECTOR"), "", ROLLOUT_SELECTOR),
    flag("rollout history", "show-managed-fields", None, Bool, "false", NO_MANAGED_FIELDS),
    flag("rollout history", "template", None, One("TEMPLATE"), "", NO_TEMPLATES),
    flag("rollout undo", "allow-missing-template-keys", None, Bool, "true", NO_TEMPLATES),
    flag("rollout undo", "dry-run", None, DRY_RUN, "none", Refuse("tug's undo has no dry run")),
    flag("rollout undo", "filename", Some('f'), Many("PATH"), "", ROLLOUT_FILES),
    flag("rollout undo", "kustomize", Some('k'), One("DIR"), "", KUSTOMIZE),
    flag("rollout undo", "output", Some('o'), One("FORMAT"), "", ROLLOUT_OUTPUT),
    flag("rollout undo", "recursive", Some('R'), Bool, "false", ROLLOUT_FILES),
    flag("rollout undo", "selector", Some('l'), One("SELECTOR"), "", ROLLOUT_SELECTOR),
    flag("rollout undo", "show-managed-fields", None, Bool, "false", NO_MANAGED_FIELDS),
    flag("rollout undo", "template", None, One("TEMPLATE"), "", NO_TEMPLATES),
    flag("rollout restart", "allow-missing-template-keys", None, Bool, "true", NO_TEMPLATES),
    flag("rollout restart", "field-manager", None, One("NAME"), "kubectl-rollout", ROLLOUT_FIELD_MANAGER),
    flag("rollout restart", "filename", Some('f'), Many("PATH"), "", ROLLOUT_FILES),
    flag("rollout restart", "kustomize", Some('k'), One("DIR"), "", KUSTOMIZE),
    flag("rollout restart", "output", Some('o'), One("FORMAT"), "", ROLLOUT_OUTPUT),
    flag("rollout restart", "recursive", Some('R'), Bool, "false", ROLLOUT_FILES),
    flag("rollout restart", "selector", Some('l'), One("SELECTOR"), "", ROLLOUT_SELECTOR),
    flag("rollout restart", "show-managed-fields", None, Bool, "false", NO_MANAGED_FIELDS),
    flag("rollout restart", "template", None, One("TEMPLATE"), "", NO_TEMPLATES),
    flag("rollout pause", "allow-missing-template-keys", None, Bool, "true", NO_TEMPLATES),
    flag("rollout pause", "field-manager", None, One("NAME"), "kubectl-rollout", ROLLOUT_FIELD_MANAGER),
    flag("rollout pause", "filename", Some('f'), Many("PATH"), "", ROLLOUT_FILES),
    flag("rollout pause", "kustomize", Some('k'), One("DIR"), "", KUSTOMIZE),
    flag("rollout pause", "output", Some('o'), One("FORMAT"), "", ROLLOUT_OUTPUT),
    flag("rollout pause", "recursive", Some('R'), Bool, "false", ROLLOUT_FILES),
    flag("rollout pause", "selector", Some('l'), One("SELECTOR"), "", ROLLOUT_SELECTOR),
    flag("rollout pause", "show-managed-fields", None, Bool, "false", NO_MANAGED_FIELDS),
    flag("rollout pause", "template", None, One("TEMPLATE"), "", NO_TEMPLATES),
    flag("rollout resume", "allow-missing-template-keys", None, Bool, "true", NO_TEMPLATES),
    flag("rollout resume", "field-manager", None, One("NAME"), "kubectl-rollout", ROLLOUT_FIELD_MANAGER),
    flag("rollout resume", "filename", Some('f'), Many("PATH"), "", ROLLOUT_FILES),
    flag("rollout resume", "kustomize", Some('k'), One("DIR"), "", KUSTOMIZE),
    flag("rollout resume", "output", Some('o'), One("FORMAT"), "", ROLLOUT_OUTPUT),
    flag("rollout resume", "recursive", Some('R'), Bool, "false", ROLLOUT_FILES),
    flag("rollout resume", "selector", Some('l'), One("SELECTOR"), "", ROLLOUT_SELECTOR),
    flag("rollout resume", "show-managed-fields", None, Bool, "false", NO_MANAGED_FIELDS),
    flag("rollout resume", "template", None, One("TEMPLATE"), "", NO_TEMPLATES),
    // scale
    flag("scale", "all", None, Bool, "false", Refuse(NOT_YET)),
    flag("scale", "dry-run", None, DRY_RUN, "none", Refuse(NOT_YET)),
    flag("scale", "output", Some('o'), One("FORMAT"), "", Refuse(NOT_YET)),
    flag("scale", "resource-version", None, One("VERSION"), "", Refuse(NOT_YET)),
    flag("scale", "selector", Some('l'), One("SELECTOR"), "", Refuse(NOT_YET)),
    flag("scale", "timeout", None, One("DURATION"), "0s", Refuse(NOT_YET)),
    flag("scale", "allow-missing-template-keys", None, Bool, "true", NO_TEMPLATES),
    flag("scale", "kustomize", Some('k'), One("DIR"), "", KUSTOMIZE),
    flag("scale", "show-managed-fields", None, Bool, "false", NO_MANAGED_FIELDS),
    flag("scale", "template", None, One("TEMPLATE"), "", NO_TEMPLATES),
    // logs
    flag("logs", "all-pods", None, Bool, "false", Refuse("tug reads one pod of a workload; -l SELECTOR reads every pod it matches")),
    flag("logs", "ignore-errors", None, Bool, "false", Warn("a log that cannot be read is reported and the others go on either way")),
    flag("logs", "insecure-skip-tls-verify-backend", None, Bool, "false", Refuse("tug always has the API server verify the kubelet's certificate")),
    // wait
    flag("wait", "all-namespaces", Some('A'), Bool, "false", Refuse("tug waits in one namespace")),
    flag("wait", "allow-missing-template-keys", None, Bool, "true", NO_TEMPLATES),
    flag("wait", "field-selector", None, One("SELECTOR"), "", Refuse("tug's wait selects objects by name or label only")),
    flag("wait", "local", None, Bool, "false", Refuse("tug's wait always asks the server")),
    flag("wait", "output", Some('o'), One("FORMAT"), "", Refuse("tug's wait prints only its `condition met` lines")),
    flag("wait", "show-managed-fields", None, Bool, "false", NO_MANAGED_FIELDS),
    flag("wait", "template", None, One("TEMPLATE"), "", NO_TEMPLATES),
    // config view
    flag("config view", "flatten", None, Bool, "false", Refuse(NOT_YET)),
    flag("config view", "minify", None, Bool, "false", Refuse(NOT_YET)),
    flag("config view", "output", Some('o'), One("FORMAT"), "yaml", Refuse(NOT_YET)),
    flag("config view", "allow-missing-template-keys", None, Bool, "true", NO_TEMPLATES),
    flag("config view", "merge", None, Bool, "true", Warn("tug always shows the kubeconfig files merged")),
    flag("config view", "show-managed-fields", None, Bool, "false", NO_MANAGED_FIELDS),
    flag("config view", "template", None, One("TEMPLATE"), "", NO_TEMPLATES),
    // api-resources
    flag("api-resources", "categories", None, Many("CATEGORY"), "", Refuse(NOT_YET)),
    flag("api-resources", "show-managed-fields", None, Bool, "false", NO_MANAGED_FIELDS),
];

/// Adds a table of accepted flags to tug's command tree; `Cli` applies it
/// (before its boolean flags are made to read as kubectl's).
pub trait AcceptKubectlFlags {
    /// Adds the flags of `table` to the commands they belong to, and makes
    /// every flag given twice take its last value, as kubectl's do
    /// (`-o json -o yaml` prints YAML).
    fn accept_kubectl_flags(self, table: &'static [Accepted]) -> Self;
}

impl AcceptKubectlFlags for Command {
    fn accept_kubectl_flags(self, table: &'static [Accepted]) -> Self {
        with_accepted(self, "", table).mut_subcommands(|sub| {
            let path = sub.get_name().to_string();
            with_accepted(sub, &path, table).mut_subcommands(|leaf| {
                let path = format!("{path} {}", leaf.get_name());
                with_accepted(leaf, &path, table)
            })
        })
    }
}

fn with_accepted(command: Command, path: &str, table: &'static [Accepted]) -> Command {
    let global = path.is_empty();
    table
        .iter()
        .filter(|flag| flag.command == path)
        .fold(command.args_override_self(true), |command, flag| {
            command.arg(flag.arg().global(global))
        })
}

impl Accepted {
    fn arg(&self) -> Arg {
        let arg = Arg::new(self.long)
            .long(self.long)
            .help(self.help())
            .help_heading("kubectl's flags that tug accepts");
        let arg = match self.short {
            Some(short) => arg.short(short),
            None => arg,
        };
        match self.takes {
            // Typed as the derived flags are, so that `Cli` makes it read
            // `--flag=false` as it does theirs.
            Bool => arg
                .action(ArgAction::SetTrue)
                .value_parser(clap::value_parser!(bool)),
            // As pflag reads them, the word after the flag is its value,
            // whatever it starts with (`--grace-period -1`).
            One(name) => arg
                .action(ArgAction::Set)
                .value_name(name)
                .allow_hyphen_values(true),
            Optional(name, alone) => arg
                .action(ArgAction::Set)
                .value_name(name)
                .num_args(0..=1)
                .require_equals(true)
                .default_missing_value(alone),
            Many(name) => arg
                .action(ArgAction::Append)
                .value_name(name)
                .allow_hyphen_values(true),
        }
    }

    fn help(&self) -> String {
        match self.treatment {
            Quiet(why) => format!("Accepted as kubectl's; {why}"),
            Warn(what) => format!("Accepted with a warning: {what}"),
            Refuse(why) => format!("Refused: {why}"),
        }
    }

    fn display(&self) -> String {
        format!("--{}", self.long)
    }

    /// Whether the command line gave this flag a value other than kubectl's default.
    fn given(&self, matches: &ArgMatches) -> bool {
        if matches.value_source(self.long) != Some(ValueSource::CommandLine) {
            return false;
        }
        match self.takes {
            Bool => {
                let value = matches.get_one::<bool>(self.long).copied().unwrap_or(false);
                value.to_string() != self.default
            }
            One(_) | Optional(..) | Many(_) => matches
                .get_many::<String>(self.long)
                .into_iter()
                .flatten()
                .any(|value| value != self.default),
        }
    }
}

/// What the flags of [`ACCEPTED`] on this command line call for: the
/// warnings to print, or the error that stops the command.
pub fn check(matches: &ArgMatches) -> Result<Vec<String>, String> {
    let mut path = Vec::new();
    let mut leaf = matches;
    while let Some((name, sub)) = leaf.subcommand() {
        path.push(name);
        leaf = sub;
    }
    let path = path.join(" ");
    let mut warnings = Vec::new();
    for flag in ACCEPTED {
        if !(flag.command.is_empty() || flag.command == path) || !flag.given(leaf) {
            continue;
        }
        match flag.treatment {
            Quiet(_) => {}
            Warn(what) => warnings.push(format!("warning: {} is ignored: {what}", flag.display())),
            Refuse(why) => {
                return Err(format!("error: {} is not supported: {why}", flag.display()));
            }
        }
    }
    Ok(warnings)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::Cli;
    use clap::{CommandFactory, Parser};

    fn check_line(args: &[&str]) -> Result<Vec<String>, String> {
        let matches = Cli::command()
            .try_get_matches_from(args)
            .expect("the command line parses");
        check(&matches)
    }

    #[test]
    fn a_flag_tug_does_not_need_is_quiet() {
        assert_eq!(
            check_line(&["tug", "apply", "-f", "x.yaml", "--server-side"]),
            Ok(vec![])
        );
    }

    #[test]
    fn a_flag_at_kubectls_default_is_quiet() {
        assert_eq!(
            check_line(&["tug", "diff", "-f", "x.yaml", "--show-secrets=false"]),
            Ok(vec![])
        );
        assert_eq!(check_line(&["tug", "get", "pods", "-k", ""]), Ok(vec![]));
    }

    #[test]
    fn a_flag_tug_does_not_act_on_is_named_in_a_warning() {
        assert_eq!(
            check_line(&["tug", "diff", "-f", "x.yaml", "--show-secrets"]),
            Ok(vec![
                "warning: --show-secrets is ignored: tug never shows the values of Secrets in a diff"
                    .to_string()
            ])
        );
    }

    #[test]
    fn a_global_flag_is_checked_on_every_command() {
        let warnings = check_line(&[
            "tug",
            "rollout",
            "status",
            "deploy/x",
            "--warnings-as-errors",
        ]);
        assert_eq!(warnings.map(|w| w.len()), Ok(1));
    }

    #[test]
    fn a_flag_tug_cannot_honour_is_refused() {
        let error = check_line(&["tug", "apply", "-k", "overlays/prod"]).unwrap_err();
        assert!(
            error.starts_with("error: --kustomize is not supported"),
            "{error}"
        );
    }

    #[test]
    fn the_last_of_a_repeated_flag_wins() {
        let cli = Cli::try_parse_from(["tug", "get", "pods", "-o", "json", "-o", "yaml"]);
        let crate::cli::Command::Get(args) = cli.expect("parses").command else {
            panic!("not get");
        };
        assert_eq!(args.output.as_deref(), Some("yaml"));
    }
}
