//! Yes/no questions before changes that cannot be taken back. Asked on
//! stderr so that stdout stays the command's output, and only when
//! [`crate::term::Terminal::can_prompt`] says a person can answer.

use dialoguer::Confirm;
use dialoguer::console::Term;

/// Asks `question` on the terminal; only `y` followed by Enter is yes.
pub fn confirm(question: &str) -> anyhow::Result<bool> {
    let answer = Confirm::new()
        .with_prompt(question)
        .default(false)
        // One stray key press must not delete anything: the answer needs Enter.
        .wait_for_newline(true)
        .interact_on_opt(&Term::stderr())
        .map_err(|e| anyhow::anyhow!("cannot read the answer from the terminal: {e}"))?;
    // Esc and q leave the question unanswered, which is no.
    Ok(answer == Some(true))
}
