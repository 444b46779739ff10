//! kubectl's `-o custom-columns=NAME:.metadata.name,IMAGE:.spec.containers[*].image`
//! and `-o custom-columns-file=…`: user-chosen headers over JSONPath expressions.

use serde_json::Value;

use super::gofmt;
use super::jsonpath::{JsonPath, JsonPathError};

/// Why a custom-columns spec was refused or a column could not be computed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CustomColumnsError {
    /// The spec or template is malformed; the message is kubectl's.
    #[error("{0}")]
    Spec(String),
    /// A column's expression failed to parse or to evaluate.
    #[error(transparent)]
    JsonPath(#[from] JsonPathError),
}

/// Parsed custom columns: one header and one expression per column.
#[derive(Debug, Clone)]
pub struct CustomColumns {
    columns: Vec<Column>,
}

#[derive(Debug, Clone)]
struct Column {
    header: String,
    path: JsonPath,
}

impl CustomColumns {
    /// Parses `HEADER:expression,…`; expressions may omit the braces and the leading dot.
    pub fn parse(spec: &str) -> Result<Self, CustomColumnsError> {
        if spec.is_empty() {
            return Err(CustomColumnsError::Spec(
                "custom-columns format specified but no custom columns given".to_owned(),
            ));
        }
        // Like kubectl, commas always separate columns, even inside an expression.
        let columns = spec
            .split(',')
            .map(|part| {
                let (header, expression) = part.split_once(':').ok_or_else(|| {
                    CustomColumnsError::Spec(format!(
                        "unexpected custom-columns spec: {part}, expected <header>:<json-path-expr>"
                    ))
                })?;
                Column::new(header, expression)
            })
            .collect::<Result<_, _>>()?;
        Ok(CustomColumns { columns })
    }

    /// Parses a custom-columns file: a line of headers, then a line of
    /// expressions, both separated by whitespace.
    pub fn from_template(template: &str) -> Result<Self, CustomColumnsError> {
        const FORMAT: &str = "Expected format is one line of space separated headers, one line of space separated column specs.";
        let mut lines = template.lines();
        let headers: Vec<&str> = lines
            .next()
            .ok_or_else(|| {
                CustomColumnsError::Spec(format!("invalid template, missing header line. {FORMAT}"))
            })?
            .split_whitespace()
            .collect();
        let specs: Vec<&str> = lines
            .next()
            .ok_or_else(|| {
                CustomColumnsError::Spec(format!("invalid template, missing spec line. {FORMAT}"))
            })?
            .split_whitespace()
            .collect();
        if headers.len() != specs.len() {
            return Err(CustomColumnsError::Spec(format!(
                "number of headers ({}) and field specifications ({}) don't match",
                headers.len(),
                specs.len()
            )));
        }
        let columns = headers
            .into_iter()
            .zip(specs)
            .map(|(header, expression)| Column::new(header, expression))
            .collect::<Result<_, _>>()?;
        Ok(CustomColumns { columns })
    }

    /// The header row, as given by the user.
    pub fn header(&self) -> Vec<String> {
        self.columns.iter().map(|c| c.header.clone()).collect()
    }

    /// One row for `object`: `<none>` where an expression finds nothing,
    /// several values joined by commas.
    pub fn row(&self, object: &Value) -> Result<Vec<String>, CustomColumnsError> {
        self.columns.iter().map(|c| c.cell(object)).collect()
    }
}

impl Column {
    fn new(header: &str, expression: &str) -> Result<Self, CustomColumnsError> {
        let template = relaxed_expression(expression)?;
        // Missing fields are normal here (not every pod has a node yet): print `<none>`.
        let path = JsonPath::parse(&template)?.allow_missing_keys(true);
        Ok(Column {
            header: header.to_owned(),
            path,
        })
    }

    fn cell(&self, object: &Value) -> Result<String, CustomColumnsError> {
        let results = self.path.find_results(object)?;
        let mut values = Vec::new();
        if results.first().is_none_or(|first| first.is_empty()) {
            values.push("<none>".to_owned());
        }
        for value in results.into_iter().flatten() {
            values.push(gofmt::sprint(value));
        }
        Ok(values.join(","))
    }
}

/// Accepts `metadata.name`, `.metadata.name`, `{metadata.name}` and
/// `{.metadata.name}` alike, and turns them into `{.metadata.name}`.
pub(crate) fn relaxed_expression(expression: &str) -> Result<String, CustomColumnsError> {
    if expression.is_empty() {
        return Ok(String::new());
    }
    let inner = expression
        .strip_prefix('{')
        .and_then(|e| e.strip_suffix('}'))
        .unwrap_or(expression);
    // The dot is optional, but a lone `.` is itself the expression (`{..}`).
    let field = match inner.strip_prefix('.') {
        Some(rest) if !rest.is_empty() => rest,
        _ => inner,
    };
    if field.is_empty() || field.contains(['{', '}']) {
        return Err(CustomColumnsError::Spec(
            "unexpected path string, expected a 'name1.name2' or '.name1.name2' or '{name1.name2}' or '{.name1.name2}'"
                .to_owned(),
        ));
    }
    Ok(format!("{{.{field}}}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn pod() -> Value {
        json!({
            "metadata": {"name": "web-1", "labels": {"app": "web", "tier": "front"}},
            "spec": {"containers": [
                {"name": "app", "image": "nginx:1.27", "ports": [{"containerPort": 80}]},
                {"name": "log", "image": "busybox"},
            ]},
            "status": {"phase": "Running", "restarts": 2.5},
        })
    }

    #[test]
    fn headers_come_from_the_spec() {
        let columns =
            CustomColumns::parse("NAME:.metadata.name,IMAGE:.spec.containers[*].image").unwrap();
        assert_eq!(columns.header(), ["NAME", "IMAGE"]);
    }

    #[test]
    fn several_values_are_joined_by_commas() {
        let columns =
            CustomColumns::parse("NAME:.metadata.name,IMAGE:.spec.containers[*].image").unwrap();
        assert_eq!(
            columns.row(&pod()).unwrap(),
            ["web-1", "nginx:1.27,busybox"]
        );
    }

    #[test]
    fn missing_values_show_none() {
        let columns = CustomColumns::parse(
            "NODE:.spec.nodeName,PORTS:.spec.containers[*].ports[*].containerPort",
        )
        .unwrap();
        assert_eq!(columns.row(&pod()).unwrap(), ["<none>", "80"]);
    }

    #[test]
    fn expressions_may_omit_braces_and_dot() {
        let columns = CustomColumns::parse(
            "A:metadata.name,B:{metadata.name},C:{.metadata.name},D:.metadata.name",
        )
        .unwrap();
        assert_eq!(columns.row(&pod()).unwrap(), ["web-1"; 4]);
    }

    #[test]
    fn objects_and_numbers_print_like_kubectl() {
        let columns = CustomColumns::parse(
            "LABELS:.metadata.labels,R:.status.restarts,C:.spec.containers[1]",
        )
        .unwrap();
        assert_eq!(
            columns.row(&pod()).unwrap(),
            [
                "map[app:web tier:front]",
                "2.5",
                "map[image:busybox name:log]"
            ]
        );
    }

    #[test]
    fn filters_work_in_columns() {
        let columns =
            CustomColumns::parse(r#"APP:.spec.containers[?(@.name=="app")].image"#).unwrap();
        assert_eq!(columns.row(&pod()).unwrap(), ["nginx:1.27"]);
    }

    #[test]
    fn malformed_specs_are_refused() {
        assert_eq!(
            CustomColumns::parse("").unwrap_err().to_string(),
            "custom-columns format specified but no custom columns given"
        );
        assert_eq!(
            CustomColumns::parse("NAME").unwrap_err().to_string(),
            "unexpected custom-columns spec: NAME, expected <header>:<json-path-expr>"
        );
        assert!(
            CustomColumns::parse("NAME:{.a")
                .unwrap_err()
                .to_string()
                .starts_with("unexpected path string")
        );
        assert!(matches!(
            CustomColumns::parse("NAME:.a[x]").unwrap_err(),
            CustomColumnsError::JsonPath(JsonPathError::Parse { .. })
        ));
    }

    #[test]
    fn evaluation_errors_are_reported() {
        let columns = CustomColumns::parse("FIRST:.spec.containers[5].name").unwrap();
        let err = columns.row(&pod()).unwrap_err().to_string();
        assert!(
            err.contains("array index out of bounds: index 5, length 2"),
            "{err}"
        );
    }

    #[test]
    fn template_file_pairs_headers_with_expressions() {
        let columns =
            CustomColumns::from_template("NAME   PHASE\n{.metadata.name}   status.phase\n")
                .unwrap();
        assert_eq!(columns.header(), ["NAME", "PHASE"]);
        assert_eq!(columns.row(&pod()).unwrap(), ["web-1", "Running"]);
        assert_eq!(
            CustomColumns::from_template("A B\n.x\n")
                .unwrap_err()
                .to_string(),
            "number of headers (2) and field specifications (1) don't match"
        );
    }
}
