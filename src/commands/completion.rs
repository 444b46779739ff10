//! `tug completion SHELL`: the script that has the shell ask tug for
//! completions, or with `--static` the self-contained one of `completions/`.

use std::io::Write;

use crate::cli::CompletionArgs;

pub fn run(args: &CompletionArgs) -> anyhow::Result<u8> {
    let script = if args.static_script {
        crate::docs::completion_script(args.shell)
    } else {
        crate::complete::registration(args.shell)?
    };
    let mut out = crate::term::stdout();
    out.write_all(&script)?;
    out.flush()?;
    Ok(0)
}
