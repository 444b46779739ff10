//! Every flag kubectl has on the commands tug has is accepted by tug, in the
//! forms kubectl takes. The flags are read from `kubectl CMD --help` of the
//! cluster's kubectl, so this list cannot fall behind kubectl's; what tug does
//! with the flags it does not act on is declared in `src/kubectl_flags.rs`.

use std::process::Command as Process;

use clap::CommandFactory;
use clap::error::ErrorKind;
use kubetug::cli::Cli;

use crate::support::cluster;

/// tug's commands that kubectl does not have.
const TUG_ONLY: &[&str] = &["ns"];

/// kubectl's flags whose value is optional (pflag's NoOptDefVal, which its
/// help does not show): `--dry-run` alone is `--dry-run=client`, so in
/// `--dry-run server` the word `server` is an argument, not the value.
const OPTIONAL_VALUE: &[&str] = &["dry-run", "validate"];

/// One flag from kubectl's help, e.g. `-o, --output='yaml':`.
#[derive(Debug)]
struct KubectlFlag {
    long: String,
    short: Option<char>,
    /// kubectl's default as its help shows it, quotes removed; empty for `''` and `[]`.
    default: String,
}

impl KubectlFlag {
    fn is_bool(&self) -> bool {
        self.default == "true" || self.default == "false"
    }

    /// The command lines that must parse: for a boolean, every form kubectl
    /// takes; for a value, kubectl's default, in each spelling and repeated.
    fn must_parse(&self) -> Vec<Vec<String>> {
        let long = format!("--{}", self.long);
        let mut forms = Vec::new();
        if self.is_bool() {
            forms.push(vec![long.clone()]);
            forms.push(vec![format!("{long}=true")]);
            forms.push(vec![format!("{long}=false")]);
            if let Some(short) = self.short {
                forms.push(vec![format!("-{short}")]);
                forms.push(vec![format!("-{short}=false")]);
            }
        } else if !self.default.is_empty() {
            let given = format!("{long}={}", self.default);
            forms.push(vec![given.clone()]);
            forms.push(vec![given.clone(), given]);
            if OPTIONAL_VALUE.contains(&self.long.as_str()) {
                forms.push(vec![long]);
            } else {
                forms.push(vec![long, self.default.clone()]);
            }
            if let Some(short) = self.short {
                forms.push(vec![format!("-{short}={}", self.default)]);
                forms.push(vec![format!("-{short}{}", self.default)]);
            }
        }
        forms
    }

    /// Command lines that must be understood as this flag, although the
    /// value may be refused: a value flag without a default to try.
    fn must_be_known(&self) -> Vec<Vec<String>> {
        if self.is_bool() || !self.default.is_empty() {
            return Vec::new();
        }
        let mut forms = vec![vec![format!("--{}=x", self.long)]];
        if let Some(short) = self.short {
            forms.push(vec![format!("-{short}"), "x".to_string()]);
        }
        forms
    }
}

/// The flags of `kubectl ARGS --help` (or `kubectl options`), or `None`
/// when kubectl has no such command.
fn kubectl_flags(args: &[&str]) -> Option<Vec<KubectlFlag>> {
    let output = Process::new(&cluster().kubectl)
        .args(args)
        .output()
        .expect("run kubectl");
    let help = String::from_utf8_lossy(&output.stdout);
    if !output.status.success() {
        return None;
    }
    let flags = help
        .lines()
        .filter_map(|line| {
            let line = line.strip_prefix("    ")?.strip_suffix(':')?;
            let (short, rest) = match line.strip_prefix('-') {
                Some(rest) if !rest.starts_with('-') => {
                    let (short, rest) = rest.split_once(", ")?;
                    (short.chars().next(), rest)
                }
                _ => (None, line),
            };
            let (long, default) = rest.strip_prefix("--")?.split_once('=')?;
            let default = default.trim_matches('\'');
            Some(KubectlFlag {
                long: long.to_string(),
                short,
                default: if default == "[]" { "" } else { default }.to_string(),
            })
        })
        .collect();
    Some(flags)
}

/// Every command path of tug, e.g. `["rollout", "status"]`.
fn tug_commands(command: &clap::Command, path: &[String], into: &mut Vec<Vec<String>>) {
    for sub in command.get_subcommands().filter(|s| s.get_name() != "help") {
        let mut path = path.to_vec();
        path.push(sub.get_name().to_string());
        into.push(path.clone());
        tug_commands(sub, &path, into);
    }
}

/// Why tug does not take `form` on `path` as kubectl does, if it does not;
/// `known_only` accepts a refused value of a flag tug knows.
fn refusal(path: &[String], form: &[String], known_only: bool) -> Option<String> {
    let line: Vec<&str> = std::iter::once("tug")
        .chain(path.iter().map(String::as_str))
        .chain(form.iter().map(String::as_str))
        .chain(["--help"])
        .collect();
    let error = Cli::command()
        .try_get_matches_from(&line)
        .err()
        .unwrap_or_else(|| panic!("{line:?} did not show the help"));
    match error.kind() {
        ErrorKind::DisplayHelp => None,
        ErrorKind::InvalidValue | ErrorKind::ValueValidation if known_only => None,
        _ => Some(format!(
            "{}: {}",
            line.join(" "),
            error
                .render()
                .to_string()
                .lines()
                .next()
                .unwrap_or_default()
        )),
    }
}

fn refusals(path: &[String], flags: &[KubectlFlag]) -> Vec<String> {
    flags
        .iter()
        .flat_map(|flag| {
            let parse = flag
                .must_parse()
                .into_iter()
                .filter_map(|form| refusal(path, &form, false));
            let known = flag
                .must_be_known()
                .into_iter()
                .filter_map(|form| refusal(path, &form, true));
            parse.chain(known).collect::<Vec<_>>()
        })
        .collect()
}

#[test]
fn every_kubectl_flag_of_tugs_commands_is_accepted() {
    let mut commands = Vec::new();
    tug_commands(&Cli::command(), &[], &mut commands);
    let mut refused = Vec::new();
    let mut checked = 0;
    for path in &commands {
        let mut args: Vec<&str> = path.iter().map(String::as_str).collect();
        args.push("--help");
        match kubectl_flags(&args) {
            Some(flags) => {
                checked += flags.len();
                refused.extend(refusals(path, &flags));
            }
            None => assert!(
                TUG_ONLY.contains(&path[0].as_str()),
                "kubectl has no command {path:?}; add it to TUG_ONLY if it is tug's own"
            ),
        }
    }
    // kubectl's global options, which every command takes.
    let globals = kubectl_flags(&["options"]).expect("kubectl options");
    checked += globals.len();
    for path in &commands {
        refused.extend(refusals(path, &globals));
    }
    assert!(
        checked > 200,
        "only {checked} flags read from kubectl's help"
    );
    assert!(
        refused.is_empty(),
        "tug refuses {} of kubectl's flag forms:\n{}",
        refused.len(),
        refused.join("\n")
    );
}
