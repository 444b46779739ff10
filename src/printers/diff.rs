//! Object diffs as text: both versions as YAML, compared line by line into a
//! unified diff headed like kubectl's `diff -u -N` output, coloured on request.

use std::io::{self, Write};

use similar::{ChangeTag, TextDiff};

use crate::actions::diff::ObjectDiff;

/// Lines of context around each change, as `diff -u`.
const CONTEXT_LINES: usize = 3;

/// What a line of a unified diff is; colours follow from this, never from
/// guessing at the text (a YAML value may well start with `-` or `+`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineKind {
    /// `diff -u -N …`, `--- live/…`, `+++ merged/…`
    File,
    /// `@@ -1,3 +1,4 @@`
    Hunk,
    Removed,
    Added,
    Context,
}

/// The unified diff of `diff`'s live and merged YAML, one entry per line
/// (without its newline); `None` when applying changes nothing.
pub fn unified(diff: &ObjectDiff) -> anyhow::Result<Option<Vec<(LineKind, String)>>> {
    if !diff.changed() {
        return Ok(None);
    }
    // `diff -N`: an object that does not exist yet is an empty file.
    let live = match &diff.live {
        Some(live) => serde_saphyr::to_string(live)?,
        None => String::new(),
    };
    // A pruned object is deleted: an empty file too.
    let merged = match &diff.merged {
        serde_json::Value::Null => String::new(),
        merged => serde_saphyr::to_string(merged)?,
    };
    let (from, to) = (
        format!("live/{}", diff.name),
        format!("merged/{}", diff.name),
    );
    let mut lines = vec![
        (LineKind::File, format!("diff -u -N {from} {to}")),
        (LineKind::File, format!("--- {from}")),
        (LineKind::File, format!("+++ {to}")),
    ];
    let text_diff = TextDiff::from_lines(&live, &merged);
    for hunk in text_diff
        .unified_diff()
        .context_radius(CONTEXT_LINES)
        .iter_hunks()
    {
        lines.push((LineKind::Hunk, hunk.header().to_string()));
        for change in hunk.iter_changes() {
            let (kind, sign) = match change.tag() {
                ChangeTag::Delete => (LineKind::Removed, '-'),
                ChangeTag::Insert => (LineKind::Added, '+'),
                ChangeTag::Equal => (LineKind::Context, ' '),
            };
            let text = change.to_string_lossy();
            lines.push((kind, format!("{sign}{}", text.trim_end_matches('\n'))));
            if change.missing_newline() {
                lines.push((LineKind::Context, "\\ No newline at end of file".into()));
            }
        }
    }
    Ok(Some(lines))
}

/// Writes `lines`; with `color`, removals red, additions green, headers bold
/// and hunk headers cyan, as `git diff` shows them.
pub fn write_lines<W: Write + ?Sized>(
    out: &mut W,
    lines: &[(LineKind, String)],
    color: bool,
) -> io::Result<()> {
    for (kind, text) in lines {
        let style = match kind {
            _ if !color => None,
            LineKind::File => Some("\x1b[1m"),
            LineKind::Hunk => Some("\x1b[36m"),
            LineKind::Removed => Some("\x1b[31m"),
            LineKind::Added => Some("\x1b[32m"),
            LineKind::Context => None,
        };
        match style {
            Some(style) => writeln!(out, "{style}{text}\x1b[0m")?,
            None => writeln!(out, "{text}")?,
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn diff(live: Option<serde_json::Value>, merged: serde_json::Value) -> ObjectDiff {
        ObjectDiff {
            name: "v1.ConfigMap.demo.web".into(),
            live,
            merged,
        }
    }

    fn render(diff: &ObjectDiff, color: bool) -> String {
        let mut out = Vec::new();
        if let Some(lines) = unified(diff).unwrap() {
            write_lines(&mut out, &lines, color).unwrap();
        }
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn a_change_is_a_unified_diff_headed_like_kubectls() {
        let live = json!({"kind": "ConfigMap", "data": {"key": "1"}});
        let merged = json!({"kind": "ConfigMap", "data": {"key": "2"}});
        let text = render(&diff(Some(live), merged), false);
        assert!(
            text.starts_with(
                "diff -u -N live/v1.ConfigMap.demo.web merged/v1.ConfigMap.demo.web\n\
                 --- live/v1.ConfigMap.demo.web\n+++ merged/v1.ConfigMap.demo.web\n@@ -1,3 +1,3 @@\n"
            ),
            "{text}"
        );
        assert!(
            text.ends_with("\n data:\n-  key: \"1\"\n+  key: \"2\"\n kind: ConfigMap\n"),
            "{text}"
        );
    }

    #[test]
    fn a_new_object_is_all_additions_and_an_unchanged_one_prints_nothing() {
        let object = json!({"kind": "ConfigMap"});
        let text = render(&diff(None, object.clone()), false);
        assert!(text.contains("@@ -0,0 +1 @@\n+kind: ConfigMap\n"), "{text}");
        assert_eq!(render(&diff(Some(object.clone()), object), false), "");
    }

    #[test]
    fn colour_follows_the_kind_of_line_not_its_text() {
        let live = json!({"args": ["--old"]});
        let merged = json!({"args": ["+new"]});
        let text = render(&diff(Some(live), merged), true);
        assert!(text.contains("\x1b[31m-- --old\x1b[0m"), "{text:?}");
        assert!(text.contains("\x1b[32m+- +new\x1b[0m"), "{text:?}");
        assert!(!render(&diff(Some(json!({"a": 1})), json!({"a": 2})), false).contains('\x1b'));
    }
}
