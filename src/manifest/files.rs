//! Turning `-f` arguments into the inputs to read, and reading one input into text.

use std::fs;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

use super::{ManifestError, Source};

/// Inputs larger than this are refused before they are read: a manifest this big is
/// almost certainly a mistake, and everything read is kept in memory.
pub(super) const MAX_INPUT_BYTES: u64 = 64 * 1024 * 1024;

/// Extensions kubectl reads from a directory; compared case-sensitively, as kubectl does.
const MANIFEST_EXTENSIONS: [&str; 3] = ["yaml", "yml", "json"];

/// How standard input is named in messages.
pub(super) const STDIN_NAME: &str = "<stdin>";

/// One file to read, or standard input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Input {
    Stdin,
    File(PathBuf),
}

impl Input {
    /// The name messages use for this input.
    pub(super) fn name(&self) -> String {
        match self {
            Input::Stdin => STDIN_NAME.to_owned(),
            Input::File(path) => path.display().to_string(),
        }
    }
}

/// Every input the paths name, in order, with problems in the place they occur.
pub(super) fn expand(paths: &[PathBuf], recursive: bool) -> Vec<Result<Input, ManifestError>> {
    let mut inputs = Vec::new();
    let mut stdin_seen = false;
    for path in paths {
        if path.as_os_str() == "-" {
            inputs.push(if stdin_seen {
                Err(ManifestError::StdinTwice)
            } else {
                stdin_seen = true;
                Ok(Input::Stdin)
            });
            continue;
        }
        match fs::metadata(path) {
            Ok(meta) if meta.is_dir() => walk(path, recursive, &mut inputs),
            Ok(_) => inputs.push(Ok(Input::File(path.clone()))),
            Err(error) if error.kind() == io::ErrorKind::NotFound => {
                inputs.push(Err(ManifestError::PathNotFound {
                    path: path.display().to_string(),
                }));
            }
            Err(error) => inputs.push(Err(io_error(path, error))),
        }
    }
    inputs
}

/// Adds a directory's manifest files in lexical order, descending into
/// subdirectories where they fall in that order (as kubectl's walk does).
/// Symbolic links to directories are not followed, so a link loop cannot
/// make the walk endless.
fn walk(dir: &Path, recursive: bool, inputs: &mut Vec<Result<Input, ManifestError>>) {
    let entries = fs::read_dir(dir).and_then(|entries| entries.collect::<io::Result<Vec<_>>>());
    let mut entries: Vec<_> = match entries {
        Ok(entries) => entries
            .into_iter()
            .map(|entry| (entry.file_name(), entry.file_type()))
            .collect(),
        Err(error) => {
            inputs.push(Err(io_error(dir, error)));
            return;
        }
    };
    entries.sort_by(|a, b| a.0.cmp(&b.0));
    for (name, file_type) in entries {
        let path = dir.join(&name);
        match file_type {
            Ok(t) if t.is_dir() => {
                if recursive {
                    walk(&path, recursive, inputs);
                }
            }
            Ok(_) => {
                if has_manifest_extension(&path) {
                    inputs.push(Ok(Input::File(path)));
                }
            }
            Err(error) => inputs.push(Err(io_error(&path, error))),
        }
    }
}

fn io_error(path: &Path, error: io::Error) -> ManifestError {
    ManifestError::Io {
        path: path.display().to_string(),
        error,
    }
}

fn has_manifest_extension(path: &Path) -> bool {
    path.extension()
        .and_then(|ext| ext.to_str())
        .is_some_and(|ext| MANIFEST_EXTENSIONS.contains(&ext))
}

/// Reads an input into text, refusing oversized inputs before holding them.
pub(super) fn load(input: &Input) -> Result<String, ManifestError> {
    let name = input.name();
    let io_error = |error| ManifestError::Io {
        path: name.clone(),
        error,
    };
    let too_large = || ManifestError::TooLarge {
        file: name.clone(),
        limit: MAX_INPUT_BYTES,
    };
    let bytes = match input {
        Input::Stdin => read_capped(io::stdin().lock()).map_err(io_error)?,
        Input::File(path) => {
            let file = fs::File::open(path).map_err(io_error)?;
            // Checked up front so a huge file is refused without reading it; the
            // capped read below still covers files that grow or lie about their size.
            if file.metadata().map_err(io_error)?.len() > MAX_INPUT_BYTES {
                return Err(too_large());
            }
            read_capped(file).map_err(io_error)?
        }
    };
    if bytes.len() as u64 > MAX_INPUT_BYTES {
        return Err(too_large());
    }
    decode(bytes, &name)
}

/// Reads at most one byte more than the limit, enough to tell that it was exceeded.
fn read_capped(reader: impl Read) -> io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    reader.take(MAX_INPUT_BYTES + 1).read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// UTF-8, with or without a byte order mark, or UTF-16 with one: what editors
/// write (Windows PowerShell redirects as UTF-16) and what YAML allows.
pub(super) fn decode(bytes: Vec<u8>, name: &str) -> Result<String, ManifestError> {
    match bytes.as_slice() {
        [0xEF, 0xBB, 0xBF, rest @ ..] => utf8(rest.to_vec(), name),
        [0xFF, 0xFE, rest @ ..] => utf16(rest, u16::from_le_bytes, name),
        [0xFE, 0xFF, rest @ ..] => utf16(rest, u16::from_be_bytes, name),
        _ => utf8(bytes, name),
    }
}

fn utf8(bytes: Vec<u8>, name: &str) -> Result<String, ManifestError> {
    String::from_utf8(bytes).map_err(|error| {
        let valid = &error.as_bytes()[..error.utf8_error().valid_up_to()];
        let line_start = valid.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
        let column = String::from_utf8_lossy(&valid[line_start..])
            .chars()
            .count()
            + 1;
        let line = valid.iter().filter(|&&b| b == b'\n').count() + 1;
        ManifestError::Encoding {
            at: Source {
                file: name.to_owned(),
                document: 0,
                line,
                column,
            },
            encoding: "UTF-8",
        }
    })
}

fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16, name: &str) -> Result<String, ManifestError> {
    let invalid = || ManifestError::Encoding {
        at: Source {
            file: name.to_owned(),
            document: 0,
            line: 0,
            column: 0,
        },
        encoding: "UTF-16",
    };
    let chunks = bytes.chunks_exact(2);
    if !chunks.remainder().is_empty() {
        return Err(invalid());
    }
    let units = chunks.map(|pair| unit([pair[0], pair[1]]));
    char::decode_utf16(units)
        .collect::<Result<String, _>>()
        .map_err(|_| invalid())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn touch(path: &Path) {
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).unwrap();
        }
        fs::write(path, "").unwrap();
    }

    fn names(inputs: &[Result<Input, ManifestError>], root: &Path) -> Vec<String> {
        inputs
            .iter()
            .map(|input| match input {
                Ok(Input::File(path)) => path.strip_prefix(root).unwrap().display().to_string(),
                Ok(Input::Stdin) => "-".to_owned(),
                Err(error) => error.to_string(),
            })
            .collect()
    }

    #[test]
    fn directory_is_read_in_lexical_order_and_recursive_descends() {
        let dir = tempfile::tempdir().unwrap();
        for name in [
            "b.yaml",
            "a.json",
            "c/d.yml",
            "c/e/f.yaml",
            "z.yml",
            "notes.txt",
            "A.YAML",
        ] {
            touch(&dir.path().join(name));
        }
        let flat = expand(&[dir.path().to_path_buf()], false);
        assert_eq!(names(&flat, dir.path()), ["a.json", "b.yaml", "z.yml"]);

        let deep = expand(&[dir.path().to_path_buf()], true);
        assert_eq!(
            names(&deep, dir.path()),
            ["a.json", "b.yaml", "c/d.yml", "c/e/f.yaml", "z.yml"]
        );
    }

    #[test]
    fn an_explicitly_named_file_is_read_whatever_its_extension() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("manifest.txt");
        touch(&path);
        let inputs = expand(std::slice::from_ref(&path), false);
        assert!(matches!(&inputs[..], [Ok(Input::File(p))] if *p == path));
    }

    #[test]
    fn a_missing_path_is_reported_by_name() {
        let inputs = expand(&[PathBuf::from("no/such/file.yaml")], false);
        assert_eq!(
            names(&inputs, Path::new("")),
            [r#"the path "no/such/file.yaml" does not exist"#]
        );
    }

    #[test]
    fn stdin_can_be_named_only_once() {
        let dash = PathBuf::from("-");
        let inputs = names(&expand(&[dash.clone(), dash], false), Path::new(""));
        assert_eq!(inputs[0], "-");
        assert!(inputs[1].starts_with(STDIN_NAME), "{inputs:?}");
    }

    #[test]
    fn a_file_over_64_mib_is_rejected_without_reading_it() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("huge.yaml");
        // Sparse: the size is reported without writing 64 MiB.
        fs::File::create(&path)
            .unwrap()
            .set_len(MAX_INPUT_BYTES + 1)
            .unwrap();
        let error = load(&Input::File(path.clone())).unwrap_err();
        let message = error.to_string();
        assert!(
            message.starts_with(&path.display().to_string()),
            "{message}"
        );
        assert!(message.contains("64 MiB"), "{message}");
    }

    #[test]
    fn utf16_with_a_byte_order_mark_is_decoded() {
        let mut bytes = vec![0xFF, 0xFE];
        bytes.extend("kind: Pod\n".encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(decode(bytes, "x").unwrap(), "kind: Pod\n");
        assert_eq!(decode(b"\xEF\xBB\xBFa: 1".to_vec(), "x").unwrap(), "a: 1");
    }

    #[test]
    fn invalid_utf8_is_reported_at_its_line_and_column() {
        let error = decode(b"a: 1\nb: \xFF\n".to_vec(), "x.yaml").unwrap_err();
        assert_eq!(
            error.to_string(),
            "x.yaml:2:4: the file is not valid UTF-8 text"
        );
    }
}
