//! Changing kubeconfig files the way kubectl changes them: which file of
//! `$KUBECONFIG` a change goes to, every field tug does not know kept, and
//! each write atomic and under a lock, so that concurrent runs of tug never
//! lose each other's changes or leave half a file. kubectl's own lock
//! (`FILE.lock`) is taken as well, so that kubectl and tug take turns too.
//!
//! kubectl's rule (`kubectl config --help`): a value that is changed is
//! changed in the file that defines it; a new value goes to the first file
//! of the list that exists, or to the last one when none does. kubectl
//! writes the current context as a new value each time: to that first file,
//! where it takes precedence over the files after it.

use std::fs::File;
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};

use indexmap::IndexMap;
use serde::{Deserialize, Serialize};

use crate::cli::GlobalArgs;

/// Any YAML value, with mappings in their order in the file, so that a file
/// is written back as it was read except for what tug changes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Node {
    Null,
    Bool(bool),
    Int(i64),
    UInt(u64),
    Float(f64),
    Text(String),
    List(Vec<Node>),
    Map(Map),
}

/// A YAML mapping in file order.
pub type Map = IndexMap<String, Node>;

impl Node {
    fn as_map_mut(&mut self) -> Option<&mut Map> {
        match self {
            Node::Map(map) => Some(map),
            _ => None,
        }
    }

    /// The text at `key` of a mapping, if it is one.
    pub fn text(&self, key: &str) -> Option<&str> {
        match self {
            Node::Map(map) => match map.get(key) {
                Some(Node::Text(text)) => Some(text),
                _ => None,
            },
            _ => None,
        }
    }
}

/// The kubeconfig files tug reads: `--kubeconfig`, else `$KUBECONFIG`
/// (several paths), else `~/.kube/config`.
#[derive(Debug, Clone)]
pub struct Chain {
    pub paths: Vec<PathBuf>,
}

impl Chain {
    pub fn of(global: &GlobalArgs) -> Chain {
        let paths = match (&global.kubeconfig, std::env::var_os("KUBECONFIG")) {
            (Some(path), _) => vec![path.clone()],
            (None, Some(value)) if !value.is_empty() => std::env::split_paths(&value)
                .filter(|p| !p.as_os_str().is_empty())
                .collect(),
            _ => std::env::home_dir()
                .map(|home| home.join(".kube").join("config"))
                .into_iter()
                .collect(),
        };
        Chain { paths }
    }

    /// The files of the chain that exist, in order, each once.
    pub fn existing(&self) -> Vec<PathBuf> {
        let mut seen = Vec::new();
        for path in &self.paths {
            if path.exists() && !seen.contains(path) {
                seen.push(path.clone());
            }
        }
        seen
    }

    /// Where new values go: the first file that exists, else the last one.
    fn default_file(&self) -> Option<PathBuf> {
        self.existing()
            .into_iter()
            .next()
            .or_else(|| self.paths.last().cloned())
    }
}

/// Problems reading or writing kubeconfig files, naming the file.
#[derive(Debug, thiserror::Error)]
pub enum EditError {
    #[error("no kubeconfig file to write: neither --kubeconfig, $KUBECONFIG nor $HOME is set")]
    NoFile,
    #[error("cannot {action} kubeconfig {path}: {reason}")]
    Io {
        action: &'static str,
        path: String,
        reason: String,
    },
    #[error("kubeconfig {path}: {reason}")]
    Malformed { path: String, reason: String },
}

fn io_error(action: &'static str, path: &Path) -> impl FnOnce(std::io::Error) -> EditError {
    move |e| EditError::Io {
        action,
        path: path.display().to_string(),
        reason: e.to_string(),
    }
}

/// One kubeconfig file, read under its lock.
struct Loaded {
    path: PathBuf,
    top: Map,
    changed: bool,
    /// Held until the change is written: another tug waits for it.
    _lock: File,
    _kubectl_lock: KubectlLock,
}

/// kubectl's own lock on a kubeconfig it writes: `FILE.lock`, created
/// exclusively and removed when done. tug takes it too, so that kubectl and
/// tug never write the same file at once.
struct KubectlLock(PathBuf);

/// How long tug waits for kubectl to finish writing a kubeconfig.
const KUBECTL_PATIENCE: std::time::Duration = std::time::Duration::from_secs(5);

impl KubectlLock {
    fn take(path: &Path) -> Result<KubectlLock, EditError> {
        let mut name = path.as_os_str().to_owned();
        name.push(".lock");
        let lock = PathBuf::from(name);
        let start = std::time::Instant::now();
        loop {
            match std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(&lock)
            {
                Ok(_) => return Ok(KubectlLock(lock)),
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                    if start.elapsed() > KUBECTL_PATIENCE {
                        return Err(EditError::Io {
                            action: "lock",
                            path: path.display().to_string(),
                            reason: format!(
                                "{} exists: kubectl is writing it, or left it behind when it \
                                 was interrupted (then remove it)",
                                lock.display()
                            ),
                        });
                    }
                    std::thread::sleep(std::time::Duration::from_millis(50));
                }
                Err(e) => return Err(io_error("lock", path)(e)),
            }
        }
    }
}

impl Drop for KubectlLock {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

/// The files of a chain, locked and read, for one change; [`Editor::save`]
/// writes the files that changed.
pub struct Editor {
    files: Vec<Loaded>,
    /// Index of the file new values go to.
    default: usize,
}

impl Editor {
    /// Locks and reads every existing file of the chain (in path order, as
    /// kubectl locks them, so that two writers cannot wait on each other).
    pub fn open(chain: &Chain) -> Result<Editor, EditError> {
        Editor::open_with(chain, false)
    }

    /// [`Editor::open`], creating the file new values go to when no file
    /// exists: for changes that can start a kubeconfig from nothing.
    pub fn open_or_create(chain: &Chain) -> Result<Editor, EditError> {
        Editor::open_with(chain, true)
    }

    fn open_with(chain: &Chain, create: bool) -> Result<Editor, EditError> {
        let default_path = chain.default_file().ok_or(EditError::NoFile)?;
        let mut paths = chain.existing();
        if paths.is_empty() {
            if !create {
                return Err(EditError::Io {
                    action: "read",
                    path: default_path.display().to_string(),
                    reason: "no such file".into(),
                });
            }
            create_empty(&default_path)?;
            paths.push(default_path.clone());
        }
        let mut order: Vec<usize> = (0..paths.len()).collect();
        order.sort_by_key(|&i| paths[i].clone());
        let mut locked: Vec<Option<Loaded>> = paths.iter().map(|_| None).collect();
        for i in order {
            locked[i] = Some(Loaded::lock_and_read(&paths[i])?);
        }
        let files: Vec<Loaded> = locked.into_iter().flatten().collect();
        let default = files
            .iter()
            .position(|f| f.path == default_path)
            .unwrap_or(0);
        Ok(Editor { files, default })
    }

    /// The names of every context, in the order kubectl lists them (first file first).
    pub fn context_names(&self) -> Vec<String> {
        let mut names: Vec<String> = Vec::new();
        for file in &self.files {
            for entry in entries(&file.top, "contexts") {
                if let Some(name) = entry.text("name")
                    && !names.iter().any(|n| n == name)
                {
                    names.push(name.to_string());
                }
            }
        }
        names
    }

    /// The current context: the first file's that sets one.
    pub fn current_context(&self) -> Option<String> {
        self.files
            .iter()
            .find_map(|f| match f.top.get("current-context") {
                Some(Node::Text(name)) if !name.is_empty() => Some(name.clone()),
                _ => None,
            })
    }

    /// Sets the current context in the file new values go to, as kubectl does.
    pub fn set_current_context(&mut self, name: &str) {
        let file = &mut self.files[self.default];
        file.top
            .insert("current-context".into(), Node::Text(name.into()));
        file.changed = true;
    }

    /// The path of the file the current context is written to.
    pub fn current_context_path(&self) -> &Path {
        &self.files[self.default].path
    }

    /// The `context:` mapping of context `name` (cluster, user, namespace and
    /// anything else), in the file that defines it.
    pub fn context(&self, name: &str) -> Option<&Map> {
        let (file, index) = self.find_context(name)?;
        match &entries(&self.files[file].top, "contexts")[index] {
            Node::Map(entry) => match entry.get("context") {
                Some(Node::Map(context)) => Some(context),
                _ => None,
            },
            _ => None,
        }
    }

    /// Context `name`'s mapping to change, created in the default file when
    /// no file defines it; `true` when it was created.
    pub fn context_mut(&mut self, name: &str) -> (&mut Map, bool) {
        let (file, index, created) = match self.find_context(name) {
            Some((file, index)) => (file, index, false),
            None => {
                let file = self.default;
                let mut entry = Map::new();
                entry.insert("name".into(), Node::Text(name.into()));
                let list = entries_mut(&mut self.files[file].top, "contexts");
                list.push(Node::Map(entry));
                (file, list.len() - 1, true)
            }
        };
        let loaded = &mut self.files[file];
        loaded.changed = true;
        let entry = &mut entries_mut(&mut loaded.top, "contexts")[index];
        if !matches!(entry, Node::Map(_)) {
            *entry = Node::Map(Map::new());
        }
        let Node::Map(entry) = entry else {
            unreachable!("made a mapping above")
        };
        (map_at(entry, "context"), created)
    }

    /// Renames context `old` in the file that defines it; the current
    /// context follows when it was `old`.
    pub fn rename_context(&mut self, old: &str, new: &str) -> Result<(), String> {
        let Some((file, index)) = self.find_context(old) else {
            return Err(format!(
                "cannot rename the context \"{old}\", it's not in {}",
                self.paths()
            ));
        };
        if self.find_context(new).is_some() {
            return Err(format!(
                "cannot rename the context \"{old}\", the context \"{new}\" already exists in {}",
                self.paths()
            ));
        }
        let loaded = &mut self.files[file];
        if let Some(entry) = entries_mut(&mut loaded.top, "contexts")[index].as_map_mut() {
            entry.insert("name".into(), Node::Text(new.into()));
        }
        loaded.changed = true;
        if self.current_context().as_deref() == Some(old) {
            self.set_current_context(new);
        }
        Ok(())
    }

    /// Removes context `name` from the file that defines it; returns that file.
    pub fn delete_context(&mut self, name: &str) -> Result<PathBuf, String> {
        let Some((file, index)) = self.find_context(name) else {
            return Err(format!(
                "cannot delete context {name}, not in {}",
                self.paths()
            ));
        };
        let loaded = &mut self.files[file];
        entries_mut(&mut loaded.top, "contexts").remove(index);
        loaded.changed = true;
        Ok(loaded.path.clone())
    }

    /// Writes every changed file, each atomically; the locks are released after.
    pub fn save(self) -> Result<(), EditError> {
        for file in self.files.iter().filter(|f| f.changed) {
            write_atomically(&file.path, &Node::Map(file.top.clone()))?;
        }
        Ok(())
    }

    /// (file, position in its `contexts`) of the first definition of `name`.
    fn find_context(&self, name: &str) -> Option<(usize, usize)> {
        self.files.iter().enumerate().find_map(|(file, loaded)| {
            entries(&loaded.top, "contexts")
                .iter()
                .position(|e| e.text("name") == Some(name))
                .map(|index| (file, index))
        })
    }

    /// The files, for messages, as `$KUBECONFIG` lists them.
    fn paths(&self) -> String {
        let paths: Vec<String> = self
            .files
            .iter()
            .map(|f| f.path.display().to_string())
            .collect();
        paths.join(":")
    }
}

impl Loaded {
    /// Locks `path` and reads it. A writer replaces the file by renaming a
    /// new one over it, so a lock obtained on the file it replaced is
    /// dropped and taken again on the new file.
    fn lock_and_read(path: &Path) -> Result<Loaded, EditError> {
        loop {
            let lock = File::open(path).map_err(io_error("open", path))?;
            lock.lock().map_err(io_error("lock", path))?;
            let held = lock.metadata().map_err(io_error("read", path))?;
            let now = std::fs::metadata(path).map_err(io_error("read", path))?;
            if (held.dev(), held.ino()) != (now.dev(), now.ino()) {
                continue;
            }
            // Taken while holding tug's lock, so only kubectl can contend for it.
            let kubectl_lock = KubectlLock::take(path)?;
            let text = std::fs::read_to_string(path).map_err(io_error("read", path))?;
            return Ok(Loaded {
                top: parse(path, &text)?,
                path: path.to_path_buf(),
                changed: false,
                _lock: lock,
                _kubectl_lock: kubectl_lock,
            });
        }
    }
}

/// A file's top-level mapping; an empty file is an empty kubeconfig.
pub fn parse(path: &Path, text: &str) -> Result<Map, EditError> {
    let malformed = |reason: String| EditError::Malformed {
        path: path.display().to_string(),
        reason: crate::redact::without_content(&reason),
    };
    if text.trim().is_empty() {
        return Ok(Map::new());
    }
    // Only spellings every YAML reader agrees on become booleans and
    // numbers: a user named `y` or a version `0123` stays text.
    let options = serde_saphyr::options! {
        strict_booleans: true,
        leading_zero_numbers_as_strings: true,
        underscored_numbers_as_strings: true,
    };
    match serde_saphyr::from_str_with_options::<Node>(text, options) {
        Ok(Node::Map(map)) => Ok(map),
        Ok(Node::Null) => Ok(Map::new()),
        Ok(_) => Err(malformed("not a mapping".into())),
        Err(e) => Err(malformed(e.to_string())),
    }
}

/// The mapping at `key`, made one when absent or something else.
pub fn map_at<'a>(map: &'a mut Map, key: &str) -> &'a mut Map {
    let node = map.entry(key.to_string()).or_insert(Node::Null);
    if !matches!(node, Node::Map(_)) {
        *node = Node::Map(Map::new());
    }
    match node {
        Node::Map(map) => map,
        _ => unreachable!("made a mapping above"),
    }
}

/// The entries of a top-level list such as `contexts`; none when absent or not a list.
fn entries<'a>(top: &'a Map, key: &str) -> &'a [Node] {
    match top.get(key) {
        Some(Node::List(list)) => list,
        _ => &[],
    }
}

fn entries_mut<'a>(top: &'a mut Map, key: &str) -> &'a mut Vec<Node> {
    let node = top.entry(key.to_string()).or_insert(Node::Null);
    if !matches!(node, Node::List(_)) {
        *node = Node::List(Vec::new());
    }
    match node {
        Node::List(list) => list,
        _ => unreachable!("made a list above"),
    }
}

/// A new kubeconfig, readable by its owner only, as kubectl creates them.
fn create_empty(path: &Path) -> Result<(), EditError> {
    use std::os::unix::fs::OpenOptionsExt;
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(io_error("create", path))?;
    }
    std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(false)
        .mode(0o600)
        .open(path)
        .map_err(io_error("create", path))?;
    Ok(())
}

/// Replaces `path` with `value` as YAML, atomically (see
/// [`crate::atomic_file::replace`]).
pub fn write_atomically(path: &Path, value: &Node) -> Result<(), EditError> {
    let mut text = serde_saphyr::to_string(value).map_err(|e| EditError::Malformed {
        path: path.display().to_string(),
        reason: e.to_string(),
    })?;
    if !text.ends_with('\n') {
        text.push('\n');
    }
    crate::atomic_file::replace(path, text.as_bytes()).map_err(io_error("write", path))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_fields_and_their_order_survive_a_round_trip() {
        let text = "apiVersion: v1\nkind: Config\nzeta: {b: 1, a: [x, 2.5, true, null]}\nalpha: '0123'\nuser: y\nmode: 0644\n";
        let map = parse(Path::new("k"), text).unwrap();
        let keys: Vec<&String> = map.keys().collect();
        assert_eq!(
            keys,
            ["apiVersion", "kind", "zeta", "alpha", "user", "mode"]
        );
        let again = serde_saphyr::to_string(&Node::Map(map.clone())).unwrap();
        assert_eq!(parse(Path::new("k"), &again).unwrap(), map);
        assert_eq!(map["alpha"], Node::Text("0123".into()));
        assert_eq!(map["user"], Node::Text("y".into()));
        assert_eq!(map["mode"], Node::Text("0644".into()));
    }

    #[test]
    fn an_empty_file_is_an_empty_kubeconfig() {
        assert!(parse(Path::new("k"), "").unwrap().is_empty());
        assert!(parse(Path::new("k"), "- a\n").is_err());
    }
}
