//! Manifests from files, directories and stdin, with where each came from.
//!
//! [`read`] mirrors `kubectl apply -f`: paths are expanded into files, files
//! into YAML (or JSON) documents, `List`s into their items, and every object is
//! checked for what apply needs. Nothing is returned until all inputs have been
//! read, so one run reports every problem at once.

mod files;
mod node;
mod parse;
mod stream;

use std::fmt;
use std::path::PathBuf;

use serde::Deserialize;
use serde_json::Value;

/// Where one object came from, for messages: `FILE:LINE:COL (document N)`.
///
/// Lines, columns and documents count from 1; 0 means unknown and is left out
/// of the display (a problem with a whole file has neither).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    /// The path as given or found in a directory, or `<stdin>`.
    pub file: String,
    /// The N-th YAML document of the file, empty documents included.
    pub document: usize,
    /// The line of the object's first key (or of the problem).
    pub line: usize,
    /// The column of the object's first key (or of the problem).
    pub column: usize,
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.file)?;
        if self.line > 0 {
            write!(f, ":{}:{}", self.line, self.column)?;
        }
        if self.document > 0 {
            write!(f, " (document {})", self.document)?;
        }
        Ok(())
    }
}

/// One Kubernetes object read from a manifest.
///
/// The object is held as compact JSON text and parsed again only when it is
/// used: a tree of small maps takes several times the size of its text, and
/// inputs of many megabytes (CRD schemas, thousands of objects) would
/// otherwise stay in memory as trees for the whole run.
#[derive(Debug, Clone)]
pub struct Manifest {
    /// Where the object is in the input.
    pub source: Source,
    json: Box<str>,
    api_version: Box<str>,
    kind: Box<str>,
    name: Box<str>,
    namespace: Option<Box<str>>,
}

impl Manifest {
    /// A checked object: `apiVersion`, `kind` and `metadata.name` are non-empty strings.
    pub(crate) fn new(source: Source, object: &Value) -> Self {
        let text = |value: &Value| -> Box<str> { value.as_str().unwrap_or_default().into() };
        let namespace = object["metadata"]["namespace"]
            .as_str()
            .filter(|namespace| !namespace.is_empty())
            .map(Box::from);
        Manifest {
            source,
            json: object.to_string().into_boxed_str(),
            api_version: text(&object["apiVersion"]),
            kind: text(&object["kind"]),
            name: text(&object["metadata"]["name"]),
            namespace,
        }
    }

    /// The object as JSON.
    pub fn object(&self) -> Value {
        let mut reader = serde_json::Deserializer::from_str(&self.json);
        // serde_json stops at 128 levels, one fewer than the YAML reader
        // allows; the depth was already bounded when the input was parsed.
        reader.disable_recursion_limit();
        Value::deserialize(&mut reader)
            .expect("the text was written by serde_json from a JSON value")
    }

    /// The object's `apiVersion`, e.g. `apps/v1`.
    pub fn api_version(&self) -> &str {
        &self.api_version
    }

    /// The object's `kind`, e.g. `Deployment`.
    pub fn kind(&self) -> &str {
        &self.kind
    }

    /// The object's `metadata.name`.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The object's `metadata.namespace`, if it names one.
    pub fn namespace(&self) -> Option<&str> {
        self.namespace.as_deref()
    }
}

/// Every problem found in the inputs; Display prints one per line, each `SOURCE: what is wrong`.
#[derive(Debug, thiserror::Error)]
pub struct ManifestErrors(pub Vec<ManifestError>);

impl fmt::Display for ManifestErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, error) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{error}")?;
        }
        Ok(())
    }
}

/// One problem with the inputs; each displays as one line that starts with where it is.
///
/// `at` is the place in an input, `path` and `file` an input as a whole.
#[derive(Debug, thiserror::Error)]
pub enum ManifestError {
    /// A `-f` path that names nothing (kubectl's wording).
    #[error("the path \"{path}\" does not exist")]
    PathNotFound { path: String },

    /// `-` given more than once: standard input can be read only once.
    #[error(
        "{}: \"-\" is given more than once, but standard input can be read only once",
        files::STDIN_NAME
    )]
    StdinTwice,

    /// A file or directory that exists but could not be read.
    #[error("{path}: {error}")]
    Io {
        path: String,
        #[source]
        error: std::io::Error,
    },

    /// An input over the size limit, refused before it is read.
    #[error("{file}: the file is larger than {} MiB; split it into smaller files", .limit / (1024 * 1024))]
    TooLarge { file: String, limit: u64 },

    /// An input that is not text in an encoding YAML allows.
    #[error("{at}: the file is not valid {encoding} text")]
    Encoding { at: Source, encoding: &'static str },

    /// YAML that does not parse, or that exceeds the parser's limits (such as
    /// an alias bomb); `message` is the parser's.
    #[error("{at}: {message}")]
    Parse { at: Source, message: String },

    /// A document or List item that is not a mapping.
    #[error("{at}: expected a Kubernetes object (a mapping), found {found}")]
    NotAnObject { at: Source, found: &'static str },

    /// A required field (`apiVersion`, `kind`, `metadata.name`) that is absent or null.
    #[error("{at}: missing \"{field}\"")]
    MissingField { at: Source, field: &'static str },

    /// A required field that is there but not a non-empty string.
    #[error("{at}: \"{field}\" must be a non-empty string, found {found}")]
    InvalidField {
        at: Source,
        field: &'static str,
        found: &'static str,
    },

    /// `metadata.generateName` instead of a name: apply needs a fixed name to find the object again.
    #[error("{at}: metadata.generateName cannot be used with apply; set metadata.name instead")]
    GenerateName { at: Source },
}

/// Reads every manifest named by `-f` paths, in order.
///
/// A path is a file (read whatever its extension), a directory (its `.yaml`,
/// `.yml` and `.json` files in lexical order; subdirectories too when
/// `recursive`), or `-` for standard input. Every input is read and checked
/// before returning, and all problems found are returned together.
pub fn read(paths: &[PathBuf], recursive: bool) -> Result<Vec<Manifest>, ManifestErrors> {
    let read = read_each(paths, recursive);
    finish(read.manifests, read.errors)
}

/// What [`read_each`] found: the objects that could be read, in order, and
/// the problems with everything else.
#[derive(Debug)]
pub struct Read {
    pub manifests: Vec<Manifest>,
    pub errors: Vec<ManifestError>,
}

/// Reads as [`read`] does, but keeps every object that could be read
/// beside the problems, for commands that go on past bad objects.
pub fn read_each(paths: &[PathBuf], recursive: bool) -> Read {
    let mut errors = Vec::new();
    let mut manifests = Vec::new();
    for input in files::expand(paths, recursive) {
        let text = input.and_then(|input| Ok((input.name(), files::load(&input)?)));
        // Each input's text is dropped once parsed; only the objects are kept.
        match text {
            Ok((name, text)) => parse::parse(&name, &text, &mut manifests, &mut errors),
            Err(error) => errors.push(error),
        }
    }
    Read { manifests, errors }
}

/// Reads one input given as bytes, exactly as a file holding them is read;
/// `name` stands for the file in messages. The entry point for fuzzing.
pub fn read_bytes(name: &str, bytes: Vec<u8>) -> Result<Vec<Manifest>, ManifestErrors> {
    let mut errors = Vec::new();
    let mut manifests = Vec::new();
    match files::decode(bytes, name) {
        Ok(text) => parse::parse(name, &text, &mut manifests, &mut errors),
        Err(error) => errors.push(error),
    }
    finish(manifests, errors)
}

fn finish(
    manifests: Vec<Manifest>,
    errors: Vec<ManifestError>,
) -> Result<Vec<Manifest>, ManifestErrors> {
    if errors.is_empty() {
        Ok(manifests)
    } else {
        Err(ManifestErrors(errors))
    }
}

#[cfg(test)]
mod tests {
    use std::fs;
    use std::path::Path;

    use super::*;

    fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
        let path = dir.join(name);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).unwrap();
        }
        fs::write(&path, text).unwrap();
        path
    }

    fn config_map(name: &str) -> String {
        format!("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {name}\n")
    }

    #[test]
    fn source_displays_as_file_line_column_and_document() {
        let source = Source {
            file: "examples/flask/flask-deployment.yaml".into(),
            document: 1,
            line: 1,
            column: 1,
        };
        assert_eq!(
            source.to_string(),
            "examples/flask/flask-deployment.yaml:1:1 (document 1)"
        );
        let whole_file = Source {
            document: 0,
            line: 0,
            column: 0,
            ..source
        };
        assert_eq!(
            whole_file.to_string(),
            "examples/flask/flask-deployment.yaml"
        );
    }

    #[test]
    fn files_and_directories_are_read_in_the_order_given() {
        let dir = tempfile::tempdir().unwrap();
        let single = write(dir.path(), "single.txt", &config_map("first"));
        write(dir.path(), "d/b.yaml", &config_map("third"));
        write(
            dir.path(),
            "d/a.json",
            r#"{"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "second"}}"#,
        );
        write(dir.path(), "d/sub/c.yml", &config_map("fourth"));
        write(dir.path(), "d/readme.md", "not a manifest");

        let manifests = read(&[single, dir.path().join("d")], true).unwrap();
        let names: Vec<_> = manifests.iter().map(Manifest::name).collect();
        assert_eq!(names, ["first", "second", "third", "fourth"]);
        assert!(manifests[1].source.file.ends_with("a.json"));
    }

    #[test]
    fn every_problem_is_reported_not_just_the_first() {
        let dir = tempfile::tempdir().unwrap();
        let good = write(dir.path(), "good.yaml", &config_map("fine"));
        let two_bad = write(
            dir.path(),
            "two-bad.yaml",
            "apiVersion: v1\nmetadata: {name: a}\n---\napiVersion: v1\nkind: Pod\n",
        );
        let broken = write(dir.path(), "broken.yaml", "kind: [\n");
        let missing = dir.path().join("missing.yaml");

        let errors = read(
            &[good, two_bad.clone(), missing.clone(), broken.clone()],
            false,
        )
        .unwrap_err();
        let lines: Vec<String> = errors.to_string().lines().map(str::to_owned).collect();
        let two_bad = two_bad.display();
        assert_eq!(lines.len(), 4, "{lines:#?}");
        assert_eq!(
            lines[0],
            format!(r#"{two_bad}:1:1 (document 1): missing "kind""#)
        );
        assert_eq!(
            lines[1],
            format!(r#"{two_bad}:4:1 (document 2): missing "metadata.name""#)
        );
        assert_eq!(
            lines[2],
            format!(r#"the path "{}" does not exist"#, missing.display())
        );
        assert!(
            lines[3].starts_with(&format!("{}:1:7 (document 1): ", broken.display())),
            "{lines:#?}"
        );
    }

    #[test]
    fn bytes_are_read_as_a_file_holding_them() {
        let mut utf16 = vec![0xFF, 0xFE];
        utf16.extend(config_map("wide").encode_utf16().flat_map(u16::to_le_bytes));
        let manifests = read_bytes("in.yaml", utf16).unwrap();
        assert_eq!(manifests[0].name(), "wide");
        let errors = read_bytes("in.yaml", vec![b'a', 0xFF]).unwrap_err();
        assert!(errors.to_string().starts_with("in.yaml:"), "{errors}");
    }

    #[test]
    fn no_paths_means_no_manifests() {
        assert!(read(&[], false).unwrap().is_empty());
    }
}
