use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches};
use kubetug::cli::Cli;

fn main() -> ExitCode {
    // `_TUG_COMPLETE=SHELL tug -- WORDS…` is the shell asking for completions.
    clap_complete::CompleteEnv::with_factory(kubetug::complete::command)
        .var(kubetug::complete::REQUEST_VARIABLE)
        .complete();
    let cli = match parse() {
        Ok(cli) => cli,
        Err(code) => return code,
    };
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("error: cannot start the async runtime: {error}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(kubetug::commands::run(cli)) {
        Ok(code) => ExitCode::from(code),
        Err(error) => {
            let report = kubetug::error::report(&error);
            if let Some(line) = report.line {
                eprintln!("{line}");
            }
            ExitCode::from(report.code)
        }
    }
}

/// The command line, once kubectl's flags that tug does not act on have
/// been warned about or refused (see `kubectl_flags`).
fn parse() -> Result<Cli, ExitCode> {
    let mut matches = Cli::command().try_get_matches().map_err(usage_error)?;
    match kubetug::kubectl_flags::check(&matches) {
        Ok(warnings) => warnings.iter().for_each(|w| eprintln!("{w}")),
        Err(error) => {
            eprintln!("{error}");
            return Err(ExitCode::FAILURE);
        }
    }
    Cli::from_arg_matches_mut(&mut matches).map_err(usage_error)
}

/// `--help` and `--version` print as usual; a usage mistake is one line and
/// exit code 1, as with kubectl.
fn usage_error(error: clap::Error) -> ExitCode {
    use clap::error::ErrorKind;
    if matches!(
        error.kind(),
        ErrorKind::DisplayHelp
            | ErrorKind::DisplayVersion
            | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    ) {
        let _ = error.print();
        return if error.kind() == ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand {
            ExitCode::FAILURE
        } else {
            ExitCode::SUCCESS
        };
    }
    let text = error.render().to_string();
    // The first line says what is wrong; indented lines right after it name
    // the arguments concerned (e.g. the missing required ones).
    let mut lines = text.lines();
    let mut first = lines
        .next()
        .unwrap_or("error: invalid arguments")
        .to_string();
    for detail in lines.take_while(|l| l.starts_with("  ")) {
        first.push(' ');
        first.push_str(detail.trim());
    }
    let command = text
        .lines()
        .find_map(|l| l.strip_prefix("Usage: "))
        .map(|usage| {
            usage
                .split_whitespace()
                .take_while(|w| !w.starts_with(['[', '<', '-']))
                .collect::<Vec<_>>()
                .join(" ")
        })
        .unwrap_or_else(|| "tug".into());
    eprintln!("{first} (see '{command} --help')");
    ExitCode::FAILURE
}
