//! Switching and editing kubeconfig contexts, and the current context's
//! namespace: every change is one locked, atomic [`Editor`] session, and the
//! value it replaced is remembered so that `-` goes back to it (kubectx's habit).

use std::path::{Path, PathBuf};

use crate::kubeconfig::{Chain, Editor, Map, Node, map_at};
use crate::term::Terminal;

/// A context or namespace as given on the command line.
pub enum Wanted {
    Named(String),
    /// `-`: the one in use before the last switch.
    Previous,
    /// Nothing given: ask on a terminal.
    Ask,
}

impl Wanted {
    pub fn from_arg(arg: Option<&str>) -> Wanted {
        match arg {
            None => Wanted::Ask,
            Some("-") => Wanted::Previous,
            Some(name) => Wanted::Named(name.to_string()),
        }
    }
}

/// Asks which of `choices` (`what`: "context", "namespace") to use, with
/// `current` preselected; off a terminal, refuses and lists the choices.
pub fn ask(
    what: &str,
    choices: &[String],
    current: Option<&str>,
    terminal: Terminal,
) -> anyhow::Result<String> {
    if choices.is_empty() {
        anyhow::bail!("there is no {what} to choose from");
    }
    if !terminal.can_prompt() {
        anyhow::bail!(
            "no {what} given; name one of: {}",
            crate::printers::escape_terminal(&choices.join(", "))
        );
    }
    let position = current.and_then(|c| choices.iter().position(|n| n == c));
    let items: Vec<String> = choices
        .iter()
        .map(|c| crate::printers::escape_terminal(c).into_owned())
        .collect();
    match crate::term::pick(&format!("Switch to {what}"), &items, position)? {
        Some(index) => Ok(choices[index].clone()),
        None => anyhow::bail!("no {what} chosen"),
    }
}

/// Makes `wanted` the current context; returns its name.
pub fn use_context(chain: &Chain, wanted: &str) -> anyhow::Result<String> {
    let mut editor = Editor::open(chain)?;
    let mut previous = Previous::beside(editor.current_context_path());
    let name = match wanted {
        "-" => previous.context().ok_or_else(|| {
            anyhow::anyhow!(
                "no previous context: tug has not switched contexts with this kubeconfig yet"
            )
        })?,
        name => name.to_string(),
    };
    if editor.context(&name).is_none() {
        anyhow::bail!("no context exists with the name: \"{name}\"");
    }
    let replaced = editor.current_context();
    editor.set_current_context(&name);
    editor.save()?;
    if let Some(replaced) = replaced.filter(|r| *r != name) {
        previous.top.insert("context".into(), Node::Text(replaced));
        previous.save()?;
    }
    Ok(name)
}

/// What `set-context` changes; `None` leaves a field as it is.
#[derive(Default)]
pub struct ContextFields {
    pub namespace: Option<String>,
    pub cluster: Option<String>,
    pub user: Option<String>,
}

/// Sets fields of context `name`, creating it when no file defines it;
/// returns whether it was created.
pub fn set_context(chain: &Chain, name: &str, fields: &ContextFields) -> anyhow::Result<bool> {
    let mut editor = Editor::open_or_create(chain)?;
    let (context, created) = editor.context_mut(name);
    for (key, value) in [
        ("namespace", &fields.namespace),
        ("cluster", &fields.cluster),
        ("user", &fields.user),
    ] {
        if let Some(value) = value {
            context.insert(key.into(), Node::Text(value.clone()));
        }
    }
    editor.save()?;
    Ok(created)
}

pub fn rename_context(chain: &Chain, old: &str, new: &str) -> anyhow::Result<()> {
    let mut editor = Editor::open(chain)?;
    editor
        .rename_context(old, new)
        .map_err(anyhow::Error::msg)?;
    editor.save()?;
    Ok(())
}

/// Removes context `name`; returns the file it was in and whether it was the current one.
pub fn delete_context(chain: &Chain, name: &str) -> anyhow::Result<(PathBuf, bool)> {
    let mut editor = Editor::open(chain)?;
    let file = editor.delete_context(name).map_err(anyhow::Error::msg)?;
    let was_current = editor.current_context().as_deref() == Some(name);
    editor.save()?;
    Ok((file, was_current))
}

/// The context a namespace switch changes (`--context`, else the current
/// one) and its namespace now.
pub fn namespace_of(chain: &Chain, context: Option<&str>) -> anyhow::Result<(String, String)> {
    let editor = Editor::open(chain)?;
    let name = match context {
        Some(name) => name.to_string(),
        None => editor
            .current_context()
            .ok_or_else(|| anyhow::anyhow!("current-context is not set"))?,
    };
    let Some(fields) = editor.context(&name) else {
        anyhow::bail!("no context exists with the name: \"{name}\"");
    };
    Ok((name, namespace_in(fields)))
}

/// A context's namespace; none set is `default`.
fn namespace_in(context: &Map) -> String {
    match context.get("namespace") {
        Some(Node::Text(ns)) if !ns.is_empty() => ns.clone(),
        _ => "default".to_string(),
    }
}

/// The namespace `-` goes back to in `context`.
pub fn previous_namespace(chain: &Chain, context: &str) -> anyhow::Result<String> {
    let editor = Editor::open(chain)?;
    Previous::beside(editor.current_context_path())
        .namespace(context)
        .ok_or_else(|| {
            anyhow::anyhow!(
                "no previous namespace: tug has not switched namespaces in context \"{context}\" yet"
            )
        })
}

/// Sets the namespace of `context`, remembering the one it replaces.
pub fn switch_namespace(chain: &Chain, context: &str, namespace: &str) -> anyhow::Result<()> {
    let mut editor = Editor::open(chain)?;
    let mut previous = Previous::beside(editor.current_context_path());
    let Some(fields) = editor.context(context) else {
        anyhow::bail!("no context exists with the name: \"{context}\"");
    };
    let replaced = namespace_in(fields);
    let (fields, _) = editor.context_mut(context);
    fields.insert("namespace".into(), Node::Text(namespace.into()));
    editor.save()?;
    if replaced != namespace {
        map_at(&mut previous.top, "namespaces").insert(context.into(), Node::Text(replaced));
        previous.save()?;
    }
    Ok(())
}

/// What `-` goes back to, in a file beside the kubeconfig file that holds
/// the current context (`config` → `config.tug-previous`): the previous
/// context, and each context's previous namespace.
struct Previous {
    path: PathBuf,
    top: Map,
}

impl Previous {
    /// Read while the kubeconfig is locked; a missing or unreadable file remembers nothing.
    fn beside(kubeconfig: &Path) -> Previous {
        let mut name = kubeconfig.as_os_str().to_owned();
        name.push(".tug-previous");
        let path = PathBuf::from(name);
        let top = std::fs::read_to_string(&path)
            .ok()
            .and_then(|text| crate::kubeconfig::parse(&path, &text).ok())
            .unwrap_or_default();
        Previous { path, top }
    }

    fn context(&self) -> Option<String> {
        match self.top.get("context") {
            Some(Node::Text(name)) => Some(name.clone()),
            _ => None,
        }
    }

    fn namespace(&self, context: &str) -> Option<String> {
        self.top
            .get("namespaces")?
            .text(context)
            .map(str::to_string)
    }

    fn save(&self) -> anyhow::Result<()> {
        crate::kubeconfig::write_atomically(&self.path, &Node::Map(self.top.clone()))?;
        Ok(())
    }
}
