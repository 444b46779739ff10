//! `TYPE[,TYPE…] [NAME…]` and `TYPE/NAME…` arguments, resolved through
//! discovery to what to fetch.

use super::{Discovery, ResourceType, Target};

/// Objects of one type to act on: some by name, or all of them.
#[derive(Debug, Clone)]
pub struct Selection {
    pub resource: ResourceType,
    /// Empty means every object (that matches the selectors).
    pub names: Vec<String>,
    /// `None` for cluster-scoped types and for `--all-namespaces`.
    pub namespace: Option<String>,
}

impl Selection {
    /// The dynamic API handle for this selection's type and namespace.
    pub fn api(&self, client: &kube::Client) -> kube::Api<kube::api::DynamicObject> {
        super::dynamic_api(client, &self.resource, self.namespace.as_deref())
    }

    /// One target per named object.
    pub fn targets(&self) -> Vec<Target> {
        self.names
            .iter()
            .map(|name| Target {
                resource: self.resource.clone(),
                name: name.clone(),
                namespace: self.namespace.clone(),
            })
            .collect()
    }
}

/// How the arguments were written, before any type is looked up.
#[derive(Debug, PartialEq, Eq)]
pub enum ResourceArgs {
    /// `deploy,svc [name…]`
    Types {
        types: Vec<String>,
        names: Vec<String>,
    },
    /// `deploy/web svc/web`
    Pairs(Vec<(String, String)>),
}

impl ResourceArgs {
    /// Whether any object is named, in either form.
    pub fn names_any(&self) -> bool {
        match self {
            ResourceArgs::Types { names, .. } => !names.is_empty(),
            ResourceArgs::Pairs(_) => true,
        }
    }
}

/// How a command is told which objects to act on: `-f`, `TYPE NAME…`,
/// `TYPE/NAME…`, and where the command takes them, `-l` or `--all` in
/// place of names.
pub struct ObjectChoice<'a> {
    /// The subcommand, for the pointer to its help.
    pub command: &'static str,
    pub files_given: bool,
    pub resources: &'a [String],
    /// Whether the command takes `-l` and `--all`.
    pub selects: bool,
    pub selector: bool,
    pub all: bool,
}

impl ObjectChoice<'_> {
    /// Refuses the combinations kubectl refuses, before any request: the
    /// one check of `TYPE NAME` arguments for the commands that act on
    /// objects.
    pub fn check(&self) -> Result<(), String> {
        let by_selector = self.all || self.selector;
        if self.all && self.selector {
            return Err("cannot set --all and --selector at the same time".into());
        }
        match (self.files_given, self.resources.is_empty()) {
            (false, true) => {
                return Err(format!(
                    "you must provide one or more resources by argument or filename (see 'tug {} --help')",
                    self.command
                ));
            }
            (true, false) => {
                return Err(
                    "when files are given with -f, resources may not be given as arguments as well"
                        .into(),
                );
            }
            (true, true) if by_selector => {
                return Err(
                    "--selector and --all select by type and cannot be used with -f".into(),
                );
            }
            (true, true) => return Ok(()),
            (false, false) => {}
        }
        match (parse(self.resources)?.names_any(), by_selector) {
            (true, true) => Err("names cannot be given together with --selector or --all".into()),
            (false, false) if self.selects => Err(
                "resource(s) were provided, but no name was specified; give names, --selector or --all".into(),
            ),
            (false, false) => Err("resource(s) were provided, but no name was specified".into()),
            _ => Ok(()),
        }
    }
}

/// Splits arguments the way kubectl reads them; every name must be one the
/// API could hold (see [`super::names::check_name`]).
pub fn parse(args: &[String]) -> Result<ResourceArgs, String> {
    let parsed = split(args)?;
    let names: Vec<&String> = match &parsed {
        ResourceArgs::Types { names, .. } => names.iter().collect(),
        ResourceArgs::Pairs(pairs) => pairs.iter().map(|(_, name)| name).collect(),
    };
    for name in names {
        super::names::check_name(name)?;
    }
    Ok(parsed)
}

fn split(args: &[String]) -> Result<ResourceArgs, String> {
    let Some(first) = args.first() else {
        return Err(
            "you must specify the type of resource to get, e.g. `tug get deployments`".into(),
        );
    };
    if args.iter().any(|a| a.contains('/')) {
        return args
            .iter()
            .map(|arg| match arg.split_once('/') {
                Some((kind, name)) if !kind.is_empty() && !name.is_empty() && !name.contains('/') => {
                    Ok((kind.to_string(), name.to_string()))
                }
                _ => Err(format!(
                    "arguments in resource/name form must have a single resource and name, not \"{arg}\"; \
                     there is no need to give the type as a separate argument"
                )),
            })
            .collect::<Result<_, _>>()
            .map(ResourceArgs::Pairs);
    }
    let types: Vec<String> = first
        .split(',')
        .filter(|t| !t.is_empty())
        .map(String::from)
        .collect();
    if types.is_empty() {
        return Err(format!("\"{first}\" names no resource type"));
    }
    Ok(ResourceArgs::Types {
        types,
        names: args[1..].to_vec(),
    })
}

/// Resolves parsed arguments through discovery. `namespace` is `None` for
/// `--all-namespaces`.
pub fn resolve(
    discovery: &Discovery,
    args: &ResourceArgs,
    namespace: Option<&str>,
) -> Result<Vec<Selection>, String> {
    let unknown = |name: &str| format!("the server doesn't have a resource type \"{name}\"");
    let lookup = |name: &str| {
        discovery
            .by_name(name)
            .cloned()
            .ok_or_else(|| unknown(name))
    };
    let scoped = |resource: &ResourceType| {
        if resource.namespaced {
            namespace.map(String::from)
        } else {
            None
        }
    };
    match args {
        ResourceArgs::Types { types, names } => {
            let mut selections = Vec::new();
            for name in types {
                // A type's own name wins over a category of that name, as in kubectl.
                let resources: Vec<ResourceType> = match discovery.by_name(name) {
                    Some(resource) => vec![resource.clone()],
                    None => discovery.by_category(name).into_iter().cloned().collect(),
                };
                if resources.is_empty() {
                    return Err(unknown(name));
                }
                selections.extend(resources.into_iter().map(|resource| Selection {
                    namespace: scoped(&resource),
                    resource,
                    names: names.clone(),
                }));
            }
            Ok(selections)
        }
        ResourceArgs::Pairs(pairs) => {
            // Consecutive names of one type become one selection, keeping order.
            let mut selections: Vec<Selection> = Vec::new();
            for (kind, name) in pairs {
                let resource = lookup(kind)?;
                match selections.last_mut() {
                    Some(last) if last.resource == resource => last.names.push(name.clone()),
                    _ => selections.push(Selection {
                        namespace: scoped(&resource),
                        resource,
                        names: vec![name.clone()],
                    }),
                }
            }
            Ok(selections)
        }
    }
}

/// Whether every type argument is known to `discovery` (else it is fetched again).
pub fn types_known(discovery: &Discovery, args: &ResourceArgs) -> bool {
    match args {
        ResourceArgs::Types { types, .. } => types
            .iter()
            .all(|t| discovery.by_name(t).is_some() || !discovery.by_category(t).is_empty()),
        ResourceArgs::Pairs(pairs) => pairs.iter().all(|(t, _)| discovery.by_name(t).is_some()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(args: &[&str]) -> Vec<String> {
        args.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn types_and_names_are_read_like_kubectl() {
        assert_eq!(
            parse(&strings(&["deploy,svc", "web", "db"])).unwrap(),
            ResourceArgs::Types {
                types: strings(&["deploy", "svc"]),
                names: strings(&["web", "db"])
            }
        );
        assert_eq!(
            parse(&strings(&["deploy/web", "svc/web"])).unwrap(),
            ResourceArgs::Pairs(vec![
                ("deploy".into(), "web".into()),
                ("svc".into(), "web".into())
            ])
        );
    }

    #[test]
    fn names_that_are_not_path_segments_are_refused() {
        assert!(parse(&strings(&["deploy/a/../b"])).is_err());
        assert_eq!(
            parse(&strings(&["deploy", ".."])).unwrap_err(),
            r#"invalid resource name "..": [may not be '..']"#
        );
        assert_eq!(
            parse(&strings(&["deploy/%2e%2e"])).unwrap_err(),
            r#"invalid resource name "%2e%2e": [may not contain '%']"#
        );
        assert!(!parse(&strings(&["deploy"])).unwrap().names_any());
        assert!(parse(&strings(&["deploy/web"])).unwrap().names_any());
    }

    fn choice(resources: &[String], selects: bool, selector: bool) -> ObjectChoice<'_> {
        ObjectChoice {
            command: "scale",
            files_given: false,
            resources,
            selects,
            selector,
            all: false,
        }
    }

    #[test]
    fn a_type_needs_names_or_where_the_command_takes_them_a_selector() {
        let just_type = strings(&["deploy"]);
        let named = strings(&["deploy/web"]);
        assert!(choice(&named, false, false).check().is_ok());
        assert!(choice(&just_type, true, true).check().is_ok());
        assert_eq!(
            choice(&just_type, false, false).check().unwrap_err(),
            "resource(s) were provided, but no name was specified"
        );
        assert!(
            choice(&just_type, true, false)
                .check()
                .unwrap_err()
                .ends_with("--selector or --all")
        );
        assert!(choice(&named, true, true).check().is_err());
        assert!(
            choice(&[], false, false)
                .check()
                .unwrap_err()
                .contains("'tug scale --help'")
        );
    }

    #[test]
    fn mixing_the_two_forms_is_refused() {
        assert!(parse(&strings(&["deploy", "svc/web"])).is_err());
        assert!(parse(&strings(&["deploy/"])).is_err());
        assert!(parse(&[]).is_err());
    }
}
