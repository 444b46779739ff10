//! One input's text → the Kubernetes objects it holds, each with where it came
//! from: documents are parsed, `List`s expanded and every object checked.

use std::borrow::Cow;

use serde_json::Value;
use serde_saphyr::localizer::Localizer;
use serde_saphyr::{Location, Spanned, UserMessageFormatter};

use super::node::Node;
use super::stream::{Stream, position};
use super::{Manifest, ManifestError, Source};

/// Parses every document of one input; objects go to `out`, problems to `errors`.
///
/// The documents are parsed as one stream, so that the limits in [`options`]
/// hold across all of them. A stream that breaches a limit is the input's
/// only problem; after any other error (bad syntax, a duplicate key) each
/// document is parsed again on its own, so that the others are still read
/// and every broken one is reported.
pub(super) fn parse(
    file: &str,
    text: &str,
    out: &mut Vec<Manifest>,
    errors: &mut Vec<ManifestError>,
) {
    let stream = Stream::new(text);
    let whole = Places {
        file,
        stream: &stream,
        first_line: 1,
    };
    let Err(error) = read_documents(&stream.text, 1, &whole, out, errors) else {
        return;
    };
    let documents = stream.documents();
    if is_limit(&error) || documents.len() < 2 {
        errors.push(whole.parse_error(&error));
        return;
    }
    // What aliases may add is shared out, so that the documents together
    // stay within the limits of the one stream.
    let share = documents.len();
    for (first_line, text) in documents {
        let places = Places {
            first_line,
            ..whole
        };
        if let Err(error) = read_documents(text, share, &places, out, errors) {
            errors.push(places.parse_error(&error));
        }
    }
}

/// Parses the documents of `text`, one of `share` parts of an input, and
/// collects their objects; a parser error keeps none of them.
fn read_documents(
    text: &str,
    share: usize,
    places: &Places,
    out: &mut Vec<Manifest>,
    errors: &mut Vec<ManifestError>,
) -> Result<(), serde_saphyr::Error> {
    let documents = serde_saphyr::from_multiple_with_options::<Spanned<Node>>(
        text,
        options(text.len(), share),
    )?;
    for document in documents {
        let source = places.source(Some(document.referenced));
        collect(document.value, source, places, out, errors);
    }
    Ok(())
}

/// Where the text being parsed is: in which file, in which stream, and from
/// which line of the stream on.
#[derive(Clone, Copy)]
struct Places<'a> {
    file: &'a str,
    stream: &'a Stream<'a>,
    first_line: usize,
}

impl Places<'_> {
    /// The source of a parser location.
    fn source(&self, location: Option<Location>) -> Source {
        self.stream.locate(self.file, self.in_stream(location))
    }

    /// A parser location as a (line, column) of the input.
    fn in_input(&self, location: Location) -> Option<(usize, usize)> {
        self.in_stream(Some(location))
            .map(|place| self.stream.in_input(place))
    }

    fn in_stream(&self, location: Option<Location>) -> Option<(usize, usize)> {
        location
            .and_then(position)
            .map(|(line, column)| (line + self.first_line - 1, column))
    }

    fn parse_error(&self, error: &serde_saphyr::Error) -> ManifestError {
        ManifestError::Parse {
            at: self.source(error.location()),
            message: message(error),
        }
    }
}

/// Whether the parser stopped at one of the limits in [`options`].
fn is_limit(error: &serde_saphyr::Error) -> bool {
    use serde_saphyr::Error;
    let mut error = error;
    // The breach itself, under what says where an alias took the parser.
    while let Error::AliasError { error: inner, .. } | Error::WithSnippet { error: inner, .. } =
        error
    {
        error = inner;
    }
    matches!(
        error,
        Error::Budget { .. }
            | Error::AliasReplayCounterOverflow { .. }
            | Error::AliasReplayLimitExceeded { .. }
            | Error::AliasExpansionLimitExceeded { .. }
            | Error::AliasReplayStackDepthExceeded { .. }
    )
}

/// What aliases may add to an input, in nodes, on top of its own content.
const ALIAS_NODES: usize = 100_000;

/// What aliases may add to an input, in bytes of text, on top of its own content.
const ALIAS_BYTES: usize = 16 * 1024 * 1024;

/// Parser settings for manifests, which come from users and may be hostile.
///
/// No YAML text holds more than about one node or two events per byte, or more
/// scalar text than its length, so limits sized from the input never stop one
/// that has no aliases. What aliases add ("billion laughs") is held to a fixed
/// allowance: per document by the replay limit, and across all documents by the
/// budget, which, unlike the replay count, does not restart with each document.
/// Parsed one by one, `share` documents get an equal part of it each.
fn options(input_len: usize, share: usize) -> serde_saphyr::Options {
    let alias_nodes = ALIAS_NODES / share.max(1);
    let alias_bytes = ALIAS_BYTES / share.max(1);
    serde_saphyr::options! {
        budget: serde_saphyr::budget! {
            max_documents: input_len.saturating_add(1),
            max_events: input_len.saturating_add(alias_nodes).saturating_mul(2),
            max_nodes: input_len.saturating_add(alias_nodes),
            max_total_scalar_bytes: input_len.saturating_add(alias_bytes),
            // Deep enough for CustomResourceDefinition schemas wrapped in a List.
            max_depth: 128,
        },
        alias_limits: serde_saphyr::alias_limits! {
            max_total_replayed_events: alias_nodes,
        },
        // YAML 1.1 scalars, as kubectl reads them: `defaultMode: 0644` is octal
        // and `yes`/`on` are booleans.
        legacy_octal_numbers: true,
        emit_comments: false,
        with_snippet: false,
    }
}

/// The parser's message without its own "at line …" suffix (the source is
/// printed in front instead), in the wording meant for users, not developers.
fn message(error: &serde_saphyr::Error) -> String {
    let formatter = UserMessageFormatter.with_localizer(&WithoutLocation);
    let options = serde_saphyr::render_options! {
        formatter: &formatter,
        snippets: serde_saphyr::SnippetMode::Off,
    };
    let text = error.render_with_options(options);
    // Each problem is one line of the report, whatever the parser's layout.
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Leaves out the location the parser would append to its messages.
struct WithoutLocation;

impl Localizer for WithoutLocation {
    fn attach_location<'a>(&self, base: Cow<'a, str>, _location: Location) -> Cow<'a, str> {
        base
    }
}

/// Adds the objects of one node: itself, or the items of a List, recursively.
fn collect(
    node: Node,
    source: Source,
    places: &Places,
    out: &mut Vec<Manifest>,
    errors: &mut Vec<ManifestError>,
) {
    match node {
        Node::Mapping { fields, items } if is_list(&fields, items.is_some()) => {
            for item in items.unwrap_or_default() {
                let item_source = match places.in_input(item.referenced) {
                    Some((line, column)) => Source {
                        line,
                        column,
                        ..source.clone()
                    },
                    None => source.clone(),
                };
                collect(item.value, item_source, places, out, errors);
            }
        }
        Node::Mapping { .. } => {
            let object = node.into_value();
            let before = errors.len();
            check(&object, &source, errors);
            if errors.len() == before {
                out.push(Manifest::new(source, &object));
            }
        }
        other => errors.push(ManifestError::NotAnObject {
            at: source,
            found: other.describe(),
        }),
    }
}

/// `kind: List`, or a typed list such as `PodList` as `kubectl get -o yaml`
/// writes it, whose `items` is a sequence or null.
///
/// Generators often write `items: null` for a list with nothing in it, which
/// kubectl reads as an empty list; an `items` that is neither stays a field of
/// an ordinary object.
fn is_list(fields: &serde_json::Map<String, Value>, items_is_sequence: bool) -> bool {
    let kind_is_list = fields
        .get("kind")
        .and_then(Value::as_str)
        .is_some_and(|kind| kind.ends_with("List"));
    let items_is_null = fields.get("items").is_some_and(Value::is_null);
    kind_is_list && (items_is_sequence || items_is_null)
}

/// Reports every required field that is missing or unusable.
fn check(object: &Value, source: &Source, errors: &mut Vec<ManifestError>) {
    for (field, value) in [
        ("apiVersion", &object["apiVersion"]),
        ("kind", &object["kind"]),
    ] {
        if let Some(error) = required_string(field, value, source) {
            errors.push(error);
        }
    }
    let metadata = &object["metadata"];
    let generate_name = metadata["generateName"]
        .as_str()
        .is_some_and(|g| !g.is_empty());
    if metadata["name"].is_null() && generate_name {
        errors.push(ManifestError::GenerateName { at: source.clone() });
    } else if let Some(error) = required_string("metadata.name", &metadata["name"], source) {
        errors.push(error);
    }
}

fn required_string(field: &'static str, value: &Value, source: &Source) -> Option<ManifestError> {
    let found = match value {
        Value::Null => {
            return Some(ManifestError::MissingField {
                at: source.clone(),
                field,
            });
        }
        Value::String(s) if !s.is_empty() => return None,
        Value::String(_) => "an empty string",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::Array(_) => "a sequence",
        Value::Object(_) => "a mapping",
    };
    Some(ManifestError::InvalidField {
        at: source.clone(),
        field,
        found,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Parses text as the file `f.yaml`, returning objects and messages.
    fn parse_text(text: &str) -> (Vec<Manifest>, Vec<String>) {
        let mut out = Vec::new();
        let mut errors = Vec::new();
        parse("f.yaml", text, &mut out, &mut errors);
        (out, errors.iter().map(ToString::to_string).collect())
    }

    fn names(manifests: &[Manifest]) -> Vec<&str> {
        manifests.iter().map(Manifest::name).collect()
    }

    const POD: &str = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n";

    #[test]
    fn an_object_is_read_with_its_source() {
        let (manifests, errors) = parse_text(POD);
        assert!(errors.is_empty(), "{errors:?}");
        let pod = &manifests[0];
        assert_eq!(
            (pod.api_version(), pod.kind(), pod.name(), pod.namespace()),
            ("v1", "Pod", "web", None)
        );
        assert_eq!(pod.source.to_string(), "f.yaml:1:1 (document 1)");
    }

    #[test]
    fn lists_are_expanded_into_their_items() {
        let text = "\
apiVersion: v1
kind: List
items:
- apiVersion: v1
  kind: ConfigMap
  metadata: {name: one, namespace: ns}
- apiVersion: v1
  kind: PodList
  items:
  - {apiVersion: v1, kind: Pod, metadata: {name: two}}
";
        let (manifests, errors) = parse_text(text);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(names(&manifests), ["one", "two"]);
        assert_eq!(manifests[0].namespace(), Some("ns"));
        assert_eq!(manifests[0].source.to_string(), "f.yaml:4:3 (document 1)");
        assert_eq!(manifests[1].source.to_string(), "f.yaml:10:5 (document 1)");
    }

    #[test]
    fn a_list_with_null_or_empty_items_holds_no_objects() {
        for text in [
            "apiVersion: v1\nkind: List\nitems: null\n",
            "apiVersion: v1\nkind: List\nitems:\n",
            "apiVersion: v1\nkind: ConfigMapList\nitems: []\nmetadata: {}\n",
            "{\"apiVersion\": \"v1\", \"kind\": \"List\", \"items\": null}",
        ] {
            let (manifests, errors) = parse_text(text);
            assert!(errors.is_empty(), "{text:?}: {errors:?}");
            assert!(manifests.is_empty(), "{text:?}");
        }
    }

    #[test]
    fn a_list_kind_without_items_is_an_ordinary_object() {
        let text = "apiVersion: example.com/v1\nkind: AllowList\nmetadata: {name: a}\nspec:\n  items: [x]\n";
        let (manifests, errors) = parse_text(text);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(
            manifests[0].object()["spec"]["items"],
            serde_json::json!(["x"])
        );
    }

    #[test]
    fn an_items_field_of_an_ordinary_object_is_kept() {
        let text = "apiVersion: v1\nkind: Thing\nmetadata: {name: a}\nitems: [1, {b: 2}]\n";
        let (manifests, errors) = parse_text(text);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(
            manifests[0].object()["items"],
            serde_json::json!([1, {"b": 2}])
        );
    }

    #[test]
    fn a_missing_kind_is_reported_with_file_line_and_document() {
        let text = format!("{POD}---\n\n  apiVersion: v1\n  metadata: {{name: x}}\n");
        let (_, errors) = parse_text(&text);
        assert_eq!(errors, [r#"f.yaml:7:3 (document 2): missing "kind""#]);
    }

    #[test]
    fn generate_name_gets_its_own_message() {
        let (_, errors) =
            parse_text("apiVersion: v1\nkind: Pod\nmetadata:\n  generateName: web-\n");
        assert_eq!(errors.len(), 1);
        assert!(errors[0].contains("generateName"), "{errors:?}");
        assert!(errors[0].contains("metadata.name"), "{errors:?}");
    }

    #[test]
    fn fields_that_are_not_non_empty_strings_are_reported() {
        let (_, errors) = parse_text("apiVersion: 1\nkind: ''\nmetadata: {name: [a]}\n");
        assert_eq!(
            errors,
            [
                r#"f.yaml:1:1 (document 1): "apiVersion" must be a non-empty string, found a number"#,
                r#"f.yaml:1:1 (document 1): "kind" must be a non-empty string, found an empty string"#,
                r#"f.yaml:1:1 (document 1): "metadata.name" must be a non-empty string, found a sequence"#,
            ]
        );
    }

    #[test]
    fn comment_only_documents_are_skipped() {
        let text = format!("# header\n---\n# nothing here\n---\n---\n~\n---\n{POD}");
        let (manifests, errors) = parse_text(&text);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(names(&manifests), ["web"]);
        // The header belongs to the first document; the empty ones still count.
        assert_eq!(manifests[0].source.to_string(), "f.yaml:8:1 (document 4)");
    }

    #[test]
    fn an_empty_input_holds_no_objects() {
        assert_eq!(parse_text("").0.len(), 0);
        assert_eq!(parse_text("# only a comment\n").0.len(), 0);
    }

    #[test]
    fn a_document_that_is_not_a_mapping_is_an_error() {
        let (_, errors) = parse_text(&format!("just text\n---\n- a\n- b\n---\n{POD}"));
        assert_eq!(
            errors,
            [
                "f.yaml:1:1 (document 1): expected a Kubernetes object (a mapping), found a string",
                "f.yaml:3:1 (document 2): expected a Kubernetes object (a mapping), found a sequence",
            ]
        );
    }

    #[test]
    fn a_parse_error_reports_the_parsers_line_and_column() {
        let (_, errors) = parse_text(&format!("{POD}---\nkind: [Pod\n"));
        assert_eq!(errors.len(), 1);
        assert!(
            errors[0].starts_with("f.yaml:6:7 (document 2): "),
            "{errors:?}"
        );
        assert!(!errors[0].contains("at line"), "{errors:?}");
    }

    #[test]
    fn documents_after_a_broken_one_are_still_read() {
        let text = format!(
            "{POD}---\napiVersion: v1\nkind: Pod\nkind: Pod\n---\nkind: [Pod\n---\n# next\n{}",
            POD.replace("web", "api")
        );
        let (manifests, errors) = parse_text(&text);
        assert_eq!(names(&manifests), ["web", "api"]);
        assert_eq!(manifests[1].source.to_string(), "f.yaml:13:1 (document 4)");
        assert_eq!(errors.len(), 2, "{errors:?}");
        assert!(
            errors[0].starts_with("f.yaml:8:1 (document 2): ") && errors[0].contains("duplicate"),
            "{errors:?}"
        );
        assert!(
            errors[1].starts_with("f.yaml:10:7 (document 3): "),
            "{errors:?}"
        );

        let stream = "{\"apiVersion\": \"v1\", \"kind\": \"Pod\", \"metadata\": {\"name\": \"a\"}}\n{\"kind\": \"Pod\", \"kind\": 1}\n{\"apiVersion\": \"v1\", \"kind\": \"Pod\", \"metadata\": {\"name\": \"b\"}}";
        let (manifests, errors) = parse_text(stream);
        assert_eq!(names(&manifests), ["a", "b"]);
        assert_eq!(manifests[1].source.to_string(), "f.yaml:3:1 (document 3)");
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert!(errors[0].starts_with("f.yaml:2:"), "{errors:?}");
    }

    #[test]
    fn a_duplicate_key_is_reported_where_it_is() {
        let (_, errors) = parse_text("apiVersion: v1\nkind: Pod\nkind: Pod\n");
        assert_eq!(errors.len(), 1);
        assert!(
            errors[0].starts_with("f.yaml:3:1 (document 1): "),
            "{errors:?}"
        );
        assert!(errors[0].contains("duplicate"), "{errors:?}");
    }

    #[test]
    fn json_input_is_read_with_locations() {
        let text = "{\n\t\"apiVersion\": \"v1\",\n\t\"kind\": \"List\",\n\t\"items\": [\n\t\t{\"apiVersion\": \"v1\", \"kind\": \"Secret\", \"metadata\": {\"name\": \"s\"}},\n\t\t{\"apiVersion\": \"v1\", \"metadata\": {\"name\": \"t\"}}\n\t]\n}\n";
        let (manifests, errors) = parse_text(text);
        assert_eq!(names(&manifests), ["s"]);
        assert_eq!(manifests[0].source.to_string(), "f.yaml:5:3 (document 1)");
        assert_eq!(errors, [r#"f.yaml:6:3 (document 1): missing "kind""#]);
    }

    #[test]
    fn a_json_stream_is_read_as_one_document_per_object() {
        let cm = |name: &str| {
            format!(
                r#"{{"apiVersion": "v1", "kind": "ConfigMap", "metadata": {{"name": "{name}"}}}}"#
            )
        };
        let one_per_line = format!("{}\n{}\n\n  {}\n", cm("a"), cm("b"), cm("c"));
        let (manifests, errors) = parse_text(&one_per_line);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(names(&manifests), ["a", "b", "c"]);
        let sources: Vec<String> = manifests.iter().map(|m| m.source.to_string()).collect();
        assert_eq!(
            sources,
            [
                "f.yaml:1:1 (document 1)",
                "f.yaml:2:1 (document 2)",
                "f.yaml:4:3 (document 3)"
            ]
        );

        let run_together = format!("{}{} {}", cm("a"), cm("b"), cm("c"));
        let (manifests, errors) = parse_text(&run_together);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(names(&manifests), ["a", "b", "c"]);
        let width = cm("a").chars().count();
        assert_eq!(
            manifests[2].source.to_string(),
            format!("f.yaml:1:{} (document 3)", 2 * width + 2)
        );
    }

    #[test]
    fn problems_in_a_json_stream_are_reported_where_they_are_in_it() {
        let text = concat!(
            r#"{"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "a}{\"b"}}"#,
            "\n",
            r#"{"apiVersion": "v1", "metadata": {"name": "b"}} {"apiVersion": "v1", "kind": "List", "items": ["#,
            "\n",
            r#"  {"apiVersion": "v1", "kind": "Pod"}]}"#,
        );
        let (manifests, errors) = parse_text(text);
        assert_eq!(names(&manifests), ["a}{\"b"]);
        assert_eq!(
            errors,
            [
                r#"f.yaml:2:1 (document 2): missing "kind""#,
                r#"f.yaml:3:3 (document 3): missing "metadata.name""#,
            ]
        );

        let broken = "{\"kind\": \"Pod\", \"apiVersion\": \"v1\"}\n{\"kind\": [}\n";
        let (_, errors) = parse_text(broken);
        assert_eq!(errors.len(), 2, "{errors:?}");
        assert_eq!(
            errors[0],
            r#"f.yaml:1:1 (document 1): missing "metadata.name""#
        );
        assert!(
            errors[1].starts_with("f.yaml:2:10 (document 2): "),
            "{errors:?}"
        );
    }

    #[test]
    fn a_flow_mapping_followed_by_yaml_documents_is_read_as_yaml() {
        let text = format!("{{apiVersion: v1, kind: Pod, metadata: {{name: a}}}}\n---\n{POD}");
        let (manifests, errors) = parse_text(&text);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(names(&manifests), ["a", "web"]);
        assert_eq!(manifests[1].source.to_string(), "f.yaml:3:1 (document 2)");
    }

    #[test]
    fn yaml_1_1_octal_is_read_as_kubectl_does() {
        let text = format!("{POD}spec:\n  mode: 0644\n  flag: yes\n  version: 1.10\n");
        let (manifests, errors) = parse_text(&text);
        assert!(errors.is_empty(), "{errors:?}");
        let spec = &manifests[0].object()["spec"];
        assert_eq!(spec["mode"], 420);
        assert_eq!(spec["flag"], true);
        assert_eq!(spec["version"], 1.1);
    }

    #[test]
    fn anchors_and_merge_keys_are_resolved() {
        let text = "apiVersion: v1\nkind: ConfigMap\nmetadata: &m {name: a, labels: {x: z}}\ndata:\n  <<: {k: v}\n  copy: *m\n";
        let (manifests, errors) = parse_text(text);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(manifests[0].object()["data"]["k"], "v");
        assert_eq!(manifests[0].object()["data"]["copy"]["labels"]["x"], "z");
    }

    #[test]
    fn alias_bomb_is_rejected() {
        let mut text = String::from(
            "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: lol}\ndata:\n  a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n",
        );
        for (name, previous) in ["b", "c", "d", "e", "f", "g", "h", "i"]
            .iter()
            .zip(["a", "b", "c", "d", "e", "f", "g", "h"])
        {
            let aliases = vec![format!("*{previous}"); 9].join(", ");
            text.push_str(&format!("  {name}: &{name} [{aliases}]\n"));
        }
        let started = std::time::Instant::now();
        let (manifests, errors) = parse_text(&text);
        assert!(manifests.is_empty());
        assert_eq!(errors.len(), 1);
        assert!(errors[0].starts_with("f.yaml:"), "{errors:?}");
        assert!(errors[0].contains("too large or too complex"), "{errors:?}");
        assert!(started.elapsed() < std::time::Duration::from_secs(5));
    }

    #[test]
    fn aliases_cannot_add_up_across_documents() {
        // Each document alone stays under the limit; together they do not.
        let document = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\ndata:\n  a: &a [l, l, l, l, l, l, l, l, l, l]\n  b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n  c: [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n";
        let text = vec![document; 200].join("---\n");
        let (_, errors) = parse_text(&text);
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert!(errors[0].contains("too large or too complex"), "{errors:?}");
    }

    #[test]
    fn aliases_cannot_add_up_across_documents_read_one_by_one() {
        // A broken first document makes the others be parsed one by one.
        let document = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\ndata:\n  a: &a [l, l, l, l, l, l, l, l, l, l]\n  b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n  c: [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n";
        let text = format!("kind: [\n---\n{}", vec![document; 200].join("---\n"));
        let (manifests, errors) = parse_text(&text);
        assert!(manifests.is_empty());
        assert_eq!(errors.len(), 201);
        assert!(
            errors[1..]
                .iter()
                .all(|e| e.contains("too large or too complex"))
        );
    }

    #[test]
    fn deep_nesting_is_refused_without_overflowing_the_stack() {
        let depth = 10_000;
        let text = format!("{POD}spec: {}{}\n", "[".repeat(depth), "]".repeat(depth));
        // A worker thread's stack, smaller than the main thread's.
        let errors = std::thread::Builder::new()
            .stack_size(2 * 1024 * 1024)
            .spawn(move || parse_text(&text).1)
            .unwrap()
            .join()
            .unwrap();
        assert_eq!(errors.len(), 1, "{errors:?}");
    }

    #[test]
    fn an_object_as_deep_as_the_reader_allows_is_read_back_whole() {
        let depth = 126;
        let text = format!("{POD}spec: {}{}\n", "[".repeat(depth), "]".repeat(depth));
        // tug reads manifests on its main thread, whose stack is 8 MiB.
        let (object, errors) = std::thread::Builder::new()
            .stack_size(8 * 1024 * 1024)
            .spawn(move || {
                let (manifests, errors) = parse_text(&text);
                (manifests.first().map(Manifest::object), errors)
            })
            .unwrap()
            .join()
            .unwrap();
        assert!(errors.is_empty(), "{errors:?}");
        let mut value = &object.unwrap()["spec"];
        for _ in 1..depth {
            value = &value[0];
        }
        assert_eq!(value, &serde_json::json!([]));
    }

    #[test]
    fn many_documents_are_all_read() {
        let text: String = (0..1000)
            .map(|i| format!("---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm-{i}\n  namespace: default\ndata:\n  key: value\n"))
            .collect();
        let (manifests, errors) = parse_text(&text);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(manifests.len(), 1000);
        assert_eq!(manifests[999].source.document, 1000);
        assert_eq!(manifests[999].source.line, 7994);
    }
}
