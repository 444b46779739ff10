//! Names and namespaces checked as Kubernetes checks them, before they are
//! put into a URL: a name such as `a/../b` would otherwise address another
//! path of the API.

/// The longest namespace Kubernetes accepts (an RFC 1123 label).
const NAMESPACE_MAX: usize = 63;

/// Checks an object name as the API server checks every name in a path
/// (`IsValidPathSegmentName`), with client-go's wording:
/// `invalid resource name "a/b": [may not contain '/']`.
pub fn check_name(name: &str) -> Result<(), String> {
    if name.is_empty() {
        return Err("resource name may not be empty".to_owned());
    }
    let problems = path_segment_problems(name);
    if problems.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "invalid resource name {}: [{}]",
            quoted(name),
            problems.join(", ")
        ))
    }
}

/// Checks a namespace: a lowercase RFC 1123 label, as Kubernetes requires of
/// every Namespace, worded as the API server words it.
pub fn check_namespace(namespace: &str) -> Result<(), String> {
    let bytes = namespace.as_bytes();
    let allowed = |b: &u8| b.is_ascii_lowercase() || b.is_ascii_digit();
    let valid = !bytes.is_empty()
        && bytes.len() <= NAMESPACE_MAX
        && bytes.iter().all(|b| allowed(b) || *b == b'-')
        && bytes.first().is_some_and(allowed)
        && bytes.last().is_some_and(allowed);
    if valid {
        return Ok(());
    }
    let reason = if bytes.len() > NAMESPACE_MAX {
        format!("must be no more than {NAMESPACE_MAX} characters")
    } else {
        "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', \
         and must start and end with an alphanumeric character (e.g. 'my-name', or '123-abc')"
            .to_owned()
    };
    Err(format!("invalid namespace {}: {reason}", quoted(namespace)))
}

/// What `IsValidPathSegmentName` finds wrong with a name.
fn path_segment_problems(name: &str) -> Vec<&'static str> {
    if name == "." || name == ".." {
        return vec![if name == "." {
            "may not be '.'"
        } else {
            "may not be '..'"
        }];
    }
    let mut problems = Vec::new();
    if name.contains('/') {
        problems.push("may not contain '/'");
    }
    if name.contains('%') {
        problems.push("may not contain '%'");
    }
    if name.chars().any(char::is_control) {
        problems.push("may not contain control characters");
    }
    problems
}

/// The text in double quotes, control characters escaped, for messages.
fn quoted(text: &str) -> String {
    format!("{text:?}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinary_names_pass() {
        for name in ["web", "web-1", "system:controller:foo", "a.b_c", "Upper"] {
            assert_eq!(check_name(name), Ok(()), "{name}");
        }
    }

    #[test]
    fn names_that_would_change_the_path_are_refused() {
        assert_eq!(
            check_name("a/../b"),
            Err(r#"invalid resource name "a/../b": [may not contain '/']"#.to_owned())
        );
        assert_eq!(
            check_name(".."),
            Err(r#"invalid resource name "..": [may not be '..']"#.to_owned())
        );
        assert_eq!(
            check_name("a%2Fb/c"),
            Err(
                r#"invalid resource name "a%2Fb/c": [may not contain '/', may not contain '%']"#
                    .to_owned()
            )
        );
        assert!(
            check_name("x\u{1b}[2J")
                .unwrap_err()
                .contains(r#""x\u{1b}[2J""#)
        );
        assert_eq!(check_name(""), Err("resource name may not be empty".into()));
    }

    #[test]
    fn namespaces_must_be_rfc_1123_labels() {
        for namespace in ["default", "kube-system", "a", "123-abc"] {
            assert_eq!(check_namespace(namespace), Ok(()), "{namespace}");
        }
        for namespace in ["a/../b", "", "-a", "a-", "A", "a.b", "a_b", "ä"] {
            let error = check_namespace(namespace).unwrap_err();
            assert!(
                error.starts_with(&format!("invalid namespace {namespace:?}: ")),
                "{error}"
            );
        }
        assert!(
            check_namespace(&"a".repeat(64))
                .unwrap_err()
                .ends_with("must be no more than 63 characters")
        );
    }
}
