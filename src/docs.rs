//! Shell completions and man pages, generated from the clap definition.

use clap::CommandFactory;
use clap_complete::Shell;

use crate::cli::Cli;

/// The shells `completions/` has a script for, with the script's file name.
pub const COMPLETION_FILES: [(Shell, &str); 5] = [
    (Shell::Bash, "tug.bash"),
    (Shell::Zsh, "_tug"),
    (Shell::Fish, "tug.fish"),
    (Shell::PowerShell, "_tug.ps1"),
    (Shell::Elvish, "tug.elv"),
];

/// The completion script for one shell.
pub fn completion_script(shell: Shell) -> Vec<u8> {
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "tug", &mut out);
    out
}

/// Every man page: `tug.1` and one per subcommand (`tug-rollout-status.1`, …),
/// as (file name, contents).
pub fn man_pages() -> std::io::Result<Vec<(String, Vec<u8>)>> {
    let mut command = Cli::command();
    command.build();
    let mut pages = Vec::new();
    collect_pages(&command, "tug", &mut pages)?;
    Ok(pages)
}

fn collect_pages(
    command: &clap::Command,
    name: &str,
    pages: &mut Vec<(String, Vec<u8>)>,
) -> std::io::Result<()> {
    let mut page = Vec::new();
    clap_mangen::Man::new(command.clone().name(name.to_string())).render(&mut page)?;
    pages.push((format!("{name}.1"), page));
    for sub in command.get_subcommands().filter(|s| s.get_name() != "help") {
        collect_pages(sub, &format!("{name}-{}", sub.get_name()), pages)?;
    }
    Ok(())
}
