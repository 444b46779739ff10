//! completions/ and man/ are generated from the clap definition and committed;
//! these tests fail when they are stale. Regenerate them with
//! `UPDATE_GENERATED=1 cargo test --test generated`.

use std::path::Path;

use kubetug::docs::{COMPLETION_FILES, completion_script, man_pages};

fn check_or_update(dir: &str, files: Vec<(String, Vec<u8>)>) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let update = std::env::var_os("UPDATE_GENERATED").is_some();
    if update {
        std::fs::create_dir_all(&dir).unwrap();
        for entry in std::fs::read_dir(&dir).unwrap() {
            std::fs::remove_file(entry.unwrap().path()).unwrap();
        }
    }
    let mut stale = Vec::new();
    for (name, contents) in &files {
        let path = dir.join(name);
        if update {
            std::fs::write(&path, contents).unwrap();
        } else if std::fs::read(&path).ok().as_deref() != Some(contents.as_slice()) {
            stale.push(name.clone());
        }
    }
    let expected: Vec<&String> = files.iter().map(|(name, _)| name).collect();
    let extra: Vec<String> = std::fs::read_dir(&dir)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok()?.file_name().into_string().ok())
                .filter(|name| !expected.contains(&name))
                .collect()
        })
        .unwrap_or_default();
    assert!(
        stale.is_empty() && extra.is_empty(),
        "{} is stale (changed: {stale:?}, left over: {extra:?}); \
         regenerate with `UPDATE_GENERATED=1 cargo test --test generated`",
        dir.display()
    );
}

#[test]
fn completions_match_the_command_line_definition() {
    let files = COMPLETION_FILES
        .iter()
        .map(|(shell, name)| (name.to_string(), completion_script(*shell)))
        .collect();
    check_or_update("completions", files);
}

#[test]
fn man_pages_match_the_command_line_definition() {
    check_or_update("man", man_pages().unwrap());
}
