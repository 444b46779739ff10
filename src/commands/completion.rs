//! `tug completion SHELL`: prints the completion script `completions/` holds.

use std::io::Write;

use crate::cli::CompletionArgs;

pub fn run(args: &CompletionArgs) -> anyhow::Result<u8> {
    let mut out = crate::term::stdout();
    out.write_all(&crate::docs::completion_script(args.shell))?;
    out.flush()?;
    Ok(0)
}
