//! From kubeconfig to a connected `kube::Client`: which file, which context,
//! which namespace — resolved once, the way kubectl resolves them.

use std::time::Duration;

use http_body_util::BodyExt;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::client::legacy::connect::proxy::{SocksV5, Tunnel};
use hyper_util::client::proxy::matcher::{Intercept, Matcher};
use kube::client::{Body, ConfigExt};
use kube::config::{KubeConfigOptions, Kubeconfig, NamedAuthInfo, NamedCluster};
use kube::{Client, Config};

use crate::cli::{ConnectionArgs, GlobalArgs};
use crate::request_layers::{Policy, RequestLog, RetryLayer, Warnings};

/// Problems finding or reading the kubeconfig, worded for the user.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error(
        "no kubeconfig found: neither --kubeconfig, $KUBECONFIG nor ~/.kube/config exists. \
         Point tug at a cluster with `--kubeconfig PATH` or `export KUBECONFIG=PATH`, \
         or start the local cluster of the kubetug repository with `tests/cluster/up` \
         and run the `export KUBECONFIG=…` line it prints"
    )]
    NoKubeconfig,
    #[error("cannot read kubeconfig {path}: {reason}")]
    Unreadable { path: String, reason: String },
    #[error("kubeconfig {source_name}: {reason}")]
    Unusable { source_name: String, reason: String },
    #[error("{flag}: {reason}")]
    BadFlag { flag: &'static str, reason: String },
}

/// The merged kubeconfig and a description of where it came from, for messages.
pub struct LoadedKubeconfig {
    pub config: Kubeconfig,
    pub source_name: String,
}

/// Reads the kubeconfig named by `--kubeconfig`, else `$KUBECONFIG` (several
/// paths merged, first value wins), else `~/.kube/config`.
pub fn load_kubeconfig(global: &GlobalArgs) -> Result<LoadedKubeconfig, ConfigError> {
    let existing = crate::kubeconfig::Chain::of(global).existing();
    if existing.is_empty() {
        // kubectl treats missing files in $KUBECONFIG as absent, but an explicit
        // --kubeconfig that does not exist is an error.
        return Err(match &global.kubeconfig {
            Some(path) => ConfigError::Unreadable {
                path: path.display().to_string(),
                reason: "no such file".into(),
            },
            None => ConfigError::NoKubeconfig,
        });
    }
    let mut merged = Kubeconfig::default();
    for path in &existing {
        let next = Kubeconfig::read_from(path).map_err(|e| ConfigError::Unreadable {
            path: path.display().to_string(),
            reason: crate::redact::without_content(&crate::error::innermost_message(&e)),
        })?;
        merged = merged.merge(next).map_err(|e| ConfigError::Unusable {
            source_name: path.display().to_string(),
            reason: crate::redact::without_content(&e.to_string()),
        })?;
    }
    let source_name = existing
        .iter()
        .map(|p| p.display().to_string())
        .collect::<Vec<_>>()
        .join(":");
    Ok(LoadedKubeconfig {
        config: merged,
        source_name,
    })
}

/// A client for the chosen context, and what requests default to.
#[derive(Clone)]
pub struct Cluster {
    pub client: Client,
    /// `-n` if given, else the context's namespace, else `default`.
    pub namespace: String,
    /// Whether the namespace came from `-n`: manifests must then agree with it.
    pub namespace_is_explicit: bool,
    /// The context in use, for messages and confirmations.
    pub context: String,
    /// The API server's URL, for messages.
    pub server: String,
}

/// A kubeconfig with the command line's overrides applied, and the names it
/// was resolved with.
struct Resolved {
    config: Config,
    context: String,
    source_name: String,
    /// The cluster's `proxy-url`: unlike `$HTTPS_PROXY`, `$NO_PROXY` does not apply.
    proxy_url: Option<String>,
}

/// Connects to the cluster of the chosen context. No request is sent yet.
pub async fn connect(global: &GlobalArgs) -> anyhow::Result<Cluster> {
    connect_with(global, true).await
}

/// [`connect`] without the warning about an unchecked certificate: for
/// shell completion, where nothing but candidates may reach the prompt.
pub async fn connect_silently(global: &GlobalArgs) -> anyhow::Result<Cluster> {
    connect_with(global, false).await
}

async fn connect_with(global: &GlobalArgs, warn: bool) -> anyhow::Result<Cluster> {
    let Resolved {
        mut config,
        context,
        source_name,
        proxy_url,
    } = resolve(global).await?;
    if !global.request_timeout.is_zero() {
        config.read_timeout = Some(global.request_timeout);
        config.connect_timeout = Some(global.request_timeout);
    }
    let server = config
        .cluster_url
        .to_string()
        .trim_end_matches('/')
        .to_string();
    let (namespace, namespace_is_explicit) = match &global.namespace {
        Some(ns) => (ns.clone(), true),
        None => (config.default_namespace.clone(), false),
    };
    let proxy = proxy_for(&config.cluster_url, proxy_url.as_deref()).map_err(|reason| {
        ConfigError::Unusable {
            source_name: source_name.clone(),
            reason,
        }
    })?;
    if global.verbosity >= 4 {
        let via = proxy
            .as_ref()
            .map(|p| format!(" proxy={}", p.uri()))
            .unwrap_or_default();
        eprintln!(
            "I kubeconfig={source_name} context={context} server={server} namespace={namespace}{via}"
        );
    }
    if warn && config.accept_invalid_certs {
        eprintln!(
            "warning: the API server's certificate is not checked (insecure-skip-tls-verify): \
             anyone on the network path can read and change this connection"
        );
    }
    let policy = Policy {
        deadline: (!global.request_timeout.is_zero()).then_some(global.request_timeout),
    };
    let layers = Layers {
        policy,
        log_requests: global.verbosity >= 6,
        // Completion prints nothing but candidates.
        print_warnings: warn,
    };
    let client = build_client(config, proxy, layers).map_err(|e| ConfigError::Unusable {
        source_name: source_name.clone(),
        reason: crate::error::innermost_message(&e),
    })?;
    Ok(Cluster {
        client,
        namespace,
        namespace_is_explicit,
        context,
        server,
    })
}

/// The configuration of the chosen context with the connection flags
/// applied; without any kubeconfig, `--server` alone or, inside a pod, its
/// service account.
async fn resolve(global: &GlobalArgs) -> Result<Resolved, ConfigError> {
    let flags = &global.connection;
    let loaded = match load_kubeconfig(global) {
        Ok(loaded) => loaded,
        Err(ConfigError::NoKubeconfig) if flags.server.is_some() => LoadedKubeconfig {
            config: Kubeconfig::default(),
            source_name: "--server".into(),
        },
        Err(ConfigError::NoKubeconfig) if is_in_cluster() => return in_cluster(flags),
        Err(error) => return Err(error),
    };
    let LoadedKubeconfig {
        config: mut kubeconfig,
        source_name,
    } = loaded;
    let unusable = |reason: String| ConfigError::Unusable {
        source_name: source_name.clone(),
        reason,
    };
    let context = global
        .context
        .clone()
        .or_else(|| kubeconfig.current_context.clone())
        .filter(|c| !c.is_empty());
    let chosen = context
        .as_ref()
        .and_then(|name| kubeconfig.contexts.iter().find(|c| &c.name == name))
        .and_then(|c| c.context.clone());
    match (&context, &chosen) {
        (Some(name), None) if global.context.is_some() || flags.server.is_none() => {
            return Err(unusable(format!("context \"{name}\" does not exist")));
        }
        (None, _) if flags.server.is_none() && flags.cluster.is_none() => {
            return Err(unusable(
                "no current-context is set; choose one with --context".into(),
            ));
        }
        _ => {}
    }
    let cluster = flags
        .cluster
        .clone()
        .or_else(|| chosen.as_ref().map(|c| c.cluster.clone()))
        .unwrap_or_default();
    let user = flags
        .user
        .clone()
        .or_else(|| chosen.as_ref().and_then(|c| c.user.clone()))
        .unwrap_or_default();
    for (flag, name, known) in [
        (
            "--cluster",
            &flags.cluster,
            has_cluster(&kubeconfig, &cluster),
        ),
        ("--user", &flags.user, has_user(&kubeconfig, &user)),
    ] {
        if let Some(name) = name
            && !known
        {
            return Err(unusable(format!("{flag} \"{name}\" does not exist")));
        }
    }
    override_cluster(&mut kubeconfig, &cluster, flags)?;
    override_user(&mut kubeconfig, &user, flags);
    let proxy_url = kubeconfig
        .clusters
        .iter()
        .find(|c| c.name == cluster)
        .and_then(|c| c.cluster.as_ref()?.proxy_url.clone())
        .filter(|url| !url.is_empty());
    // A context is only needed for its namespace once cluster and user are known.
    let context_name = context.clone().unwrap_or_default();
    if chosen.is_none() {
        kubeconfig.contexts.retain(|c| c.name != context_name);
        kubeconfig.contexts.push(kube::config::NamedContext {
            name: context_name.clone(),
            context: Some(kube::config::Context {
                cluster: cluster.clone(),
                user: Some(user.clone()),
                ..Default::default()
            }),
            ..Default::default()
        });
    }
    let options = KubeConfigOptions {
        context: Some(context_name.clone()),
        cluster: Some(cluster),
        user: Some(user),
    };
    let config = Config::from_custom_kubeconfig(kubeconfig, &options)
        .await
        .map_err(|e| {
            unusable(crate::redact::without_content(
                &crate::error::innermost_message(&e),
            ))
        })?;
    Ok(Resolved {
        config,
        context: context_name,
        source_name,
        proxy_url,
    })
}

fn has_cluster(kubeconfig: &Kubeconfig, name: &str) -> bool {
    kubeconfig.clusters.iter().any(|c| c.name == name)
}

fn has_user(kubeconfig: &Kubeconfig, name: &str) -> bool {
    kubeconfig.auth_infos.iter().any(|a| a.name == name)
}

/// `-s`, `--certificate-authority` and `--insecure-skip-tls-verify` replace
/// the cluster entry's values, as kubectl's overrides do.
fn override_cluster(
    kubeconfig: &mut Kubeconfig,
    name: &str,
    flags: &ConnectionArgs,
) -> Result<(), ConfigError> {
    if !has_cluster(kubeconfig, name) {
        kubeconfig.clusters.push(NamedCluster {
            name: name.to_string(),
            ..Default::default()
        });
    }
    let Some(entry) = kubeconfig.clusters.iter_mut().find(|c| c.name == name) else {
        return Ok(());
    };
    let cluster = entry.cluster.get_or_insert_default();
    if let Some(server) = &flags.server {
        let uri: http::Uri = server.parse().map_err(|_| ConfigError::BadFlag {
            flag: "--server",
            reason: "not a URL such as https://10.0.0.1:6443".into(),
        })?;
        if uri.host().is_none() {
            return Err(ConfigError::BadFlag {
                flag: "--server",
                reason: "not a URL such as https://10.0.0.1:6443".into(),
            });
        }
        cluster.server = Some(server.clone());
    }
    if let Some(path) = &flags.certificate_authority {
        if flags.insecure_skip_tls_verify {
            return Err(ConfigError::BadFlag {
                flag: "--certificate-authority",
                reason: "cannot be combined with --insecure-skip-tls-verify".into(),
            });
        }
        if !path.is_file() {
            return Err(ConfigError::BadFlag {
                flag: "--certificate-authority",
                reason: format!("{}: no such file", path.display()),
            });
        }
        cluster.certificate_authority = Some(path.display().to_string());
        cluster.certificate_authority_data = None;
        cluster.insecure_skip_tls_verify = None;
    }
    if flags.insecure_skip_tls_verify {
        cluster.insecure_skip_tls_verify = Some(true);
        cluster.certificate_authority = None;
        cluster.certificate_authority_data = None;
    }
    Ok(())
}

/// `--token`, `--as` and `--as-group` replace the user entry's values.
fn override_user(kubeconfig: &mut Kubeconfig, name: &str, flags: &ConnectionArgs) {
    if !has_user(kubeconfig, name) {
        kubeconfig.auth_infos.push(NamedAuthInfo {
            name: name.to_string(),
            ..Default::default()
        });
    }
    let Some(entry) = kubeconfig.auth_infos.iter_mut().find(|a| a.name == name) else {
        return;
    };
    let auth = entry.auth_info.get_or_insert_default();
    if let Some(token) = &flags.token {
        auth.token = Some(token.clone().into());
        // A token on the command line is the credential, not a fallback.
        auth.token_file = None;
        auth.exec = None;
        auth.auth_provider = None;
        auth.username = None;
        auth.password = None;
    }
    if let Some(user) = &flags.impersonate {
        auth.impersonate = Some(user.clone());
    }
    if !flags.impersonate_groups.is_empty() {
        auth.impersonate_groups = Some(flags.impersonate_groups.clone());
    }
}

/// Whether tug runs in a pod: the API server's address is in the environment.
fn is_in_cluster() -> bool {
    std::env::var_os("KUBERNETES_SERVICE_HOST").is_some_and(|h| !h.is_empty())
}

/// The pod's service account, when there is no kubeconfig, as kubectl does.
fn in_cluster(flags: &ConnectionArgs) -> Result<Resolved, ConfigError> {
    let source_name = "in-cluster service account".to_string();
    let mut config = Config::incluster().map_err(|e| ConfigError::Unusable {
        source_name: source_name.clone(),
        reason: crate::error::innermost_message(&e),
    })?;
    if let Some(token) = &flags.token {
        config.auth_info.token = Some(token.clone().into());
        config.auth_info.token_file = None;
    }
    if let Some(user) = &flags.impersonate {
        config.auth_info.impersonate = Some(user.clone());
    }
    if !flags.impersonate_groups.is_empty() {
        config.auth_info.impersonate_groups = Some(flags.impersonate_groups.clone());
    }
    Ok(Resolved {
        config,
        context: "in-cluster".into(),
        source_name,
        proxy_url: None,
    })
}

/// The proxy requests to `server` go through: the cluster's `proxy-url`,
/// else `$HTTPS_PROXY`/`$HTTP_PROXY`/`$ALL_PROXY` unless `$NO_PROXY` covers
/// the server or the server is on loopback. The error never quotes the URL:
/// it may hold a password.
fn proxy_for(server: &http::Uri, proxy_url: Option<&str>) -> Result<Option<Intercept>, String> {
    let Some(url) = proxy_url else {
        return Ok(from_environment(&Matcher::from_env(), server));
    };
    let invalid = || "proxy-url is not a URL with scheme http, https or socks5".to_string();
    let intercept = Matcher::builder()
        .all(url.to_string())
        .build()
        .intercept(server)
        .ok_or_else(invalid)?;
    match intercept.uri().scheme_str() {
        Some("http" | "https" | "socks5" | "socks5h") => Ok(Some(intercept)),
        _ => Err(invalid()),
    }
}

/// The environment's proxy for `server`, except that, as in Go's
/// `httpproxy` (and so kubectl), `localhost` and loopback addresses are
/// never proxied: a proxy cannot reach the machine's own loopback.
fn from_environment(environment: &Matcher, server: &http::Uri) -> Option<Intercept> {
    let host = server.host()?;
    let host = host.trim_start_matches('[').trim_end_matches(']');
    let loopback = host.eq_ignore_ascii_case("localhost")
        || host
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback());
    if loopback {
        return None;
    }
    environment.intercept(server)
}

impl Cluster {
    /// Wraps a failed request with the server it went to, so that connection
    /// and TLS failures say where, and a refused credential says whose.
    pub fn unreachable(&self, error: kube::Error) -> anyhow::Error {
        match error {
            kube::Error::Api(status) if status.code == 401 => anyhow::anyhow!(
                "the API server at {} (context \"{}\") did not accept the credentials: \
                 {} (expired or revoked certificate or token?)",
                self.server,
                self.context,
                status.message
            ),
            kube::Error::Api(_) => error.into(),
            other => anyhow::Error::new(other).context(format!(
                "cannot reach the API server at {} (context \"{}\")",
                self.server, self.context
            )),
        }
    }
}

/// How long a connection may be silent before it is pinged.
const KEEP_ALIVE_INTERVAL: Duration = Duration::from_secs(5);
/// How long a ping may go unanswered before the connection is closed.
const KEEP_ALIVE_TIMEOUT: Duration = Duration::from_secs(5);

/// What tug adds to kube's client stack.
#[derive(Clone, Copy)]
struct Layers {
    policy: Policy,
    /// `-v 6`: a line per request.
    log_requests: bool,
    /// The server's `Warning` headers on stderr.
    print_warnings: bool,
}

/// kube's client stack, with a TLS connector that offers HTTP/2 — the API
/// server then multiplexes all concurrent requests over one connection
/// instead of one TLS connection per request in flight — through the proxy
/// if there is one, and with tug's retry policy around everything.
fn build_client(config: Config, proxy: Option<Intercept>, layers: Layers) -> kube::Result<Client> {
    let mut http = HttpConnector::new();
    http.enforce_http(false);
    // HTTP/2 writes a request's HEADERS and DATA frames separately; with
    // Nagle's algorithm the second waits for a delayed ACK (about 40 ms).
    http.set_nodelay(true);
    let Some(proxy) = proxy else {
        return client_over(config, http, layers);
    };
    match proxy.uri().scheme_str() {
        Some("http") => {
            let tunnel = tunnel_through(&proxy, http);
            return client_over(config, tunnel, layers);
        }
        Some("https") => {
            // TLS to the proxy with the cluster's TLS settings, as Go does
            // for an https proxy (its transport's TLS config); HTTP/1.1 only,
            // the protocol of CONNECT.
            let tls = hyper_rustls::HttpsConnectorBuilder::new()
                .with_tls_config(config.rustls_client_config()?)
                .https_only()
                .enable_http1()
                .wrap_connector(http);
            let tunnel = tunnel_through(&proxy, tls);
            return client_over(config, tunnel, layers);
        }
        _ => {}
    }
    let mut socks = SocksV5::new(proxy.uri().clone(), http)
        // socks5h: the proxy resolves the server's name; socks5: tug does.
        .local_dns(proxy.uri().scheme_str() == Some("socks5"));
    if let Some((user, password)) = proxy.raw_auth() {
        socks = socks.with_auth(user.to_string(), password.to_string());
    }
    client_over(config, socks, layers)
}

/// A CONNECT tunnel through an HTTP proxy reached with `connector`.
fn tunnel_through<C>(proxy: &Intercept, connector: C) -> Tunnel<C> {
    let tunnel = Tunnel::new(proxy.uri().clone(), connector);
    match proxy.basic_auth() {
        Some(auth) => tunnel.with_auth(auth.clone()),
        None => tunnel,
    }
}

/// The client stack over `connector`, which reaches the server directly or
/// through a proxy.
fn client_over<C>(mut config: Config, connector: C, layers: Layers) -> kube::Result<Client>
where
    C: tower::Service<http::Uri> + Clone + Send + Sync + 'static,
    C::Response: hyper::rt::Read
        + hyper::rt::Write
        + hyper_util::client::legacy::connect::Connection
        + Send
        + Unpin
        + 'static,
    C::Future: Send + 'static,
    C::Error: Into<tower::BoxError>,
{
    let mut builder = hyper_rustls::HttpsConnectorBuilder::new()
        .with_tls_config(config.rustls_client_config()?)
        .https_or_http();
    if let Some(name) = &config.tls_server_name {
        let name = name.clone().try_into().map_err(|_| {
            kube::Error::Service(
                format!("tls-server-name {name:?} is not a valid host name").into(),
            )
        })?;
        builder =
            builder.with_server_name_resolver(hyper_rustls::FixedServerNameResolver::new(name));
    }
    let https = builder
        .enable_http1()
        .enable_http2()
        .wrap_connector(connector);
    let mut connector = hyper_timeout::TimeoutConnector::new(https);
    connector.set_connect_timeout(config.connect_timeout);
    connector.set_read_timeout(config.read_timeout);
    connector.set_write_timeout(config.write_timeout);
    // Pings on a connection that has been silent for KEEP_ALIVE_INTERVAL:
    // a server that stopped answering (frozen, or gone without closing the
    // connection) is noticed within KEEP_ALIVE_INTERVAL + KEEP_ALIVE_TIMEOUT,
    // and watches reconnect instead of waiting for ever.
    let http_client =
        hyper_util::client::legacy::Client::builder(hyper_util::rt::TokioExecutor::new())
            .timer(hyper_util::rt::TokioTimer::new())
            .http2_keep_alive_interval(KEEP_ALIVE_INTERVAL)
            .http2_keep_alive_timeout(KEEP_ALIVE_TIMEOUT)
            .http2_keep_alive_while_idle(true)
            .build::<_, Body>(connector);
    if let Ok(agent) = http::HeaderValue::from_str(&crate::request_layers::user_agent()) {
        config.headers.push((http::header::USER_AGENT, agent));
    }
    let service = tower::ServiceBuilder::new()
        .layer(config.base_uri_layer())
        .map_request(crate::request_layers::with_field_manager)
        .option_layer(layers.print_warnings.then(|| {
            let warnings = Warnings::default();
            tower::util::MapResponseLayer::new(move |response| warnings.show(response))
        }))
        .layer(RetryLayer(layers.policy))
        .option_layer(config.auth_layer()?)
        .layer(config.extra_headers_layer()?)
        .option_layer(layers.log_requests.then_some(RequestLog))
        .map_response(|response: http::Response<hyper::body::Incoming>| {
            response.map(|body| body.map_err(tower::BoxError::from).boxed_unsync())
        })
        .map_err(tower::BoxError::from)
        .service(http_client);
    Ok(Client::new(service, config.default_namespace))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn server() -> http::Uri {
        "https://10.0.0.1:6443".parse().unwrap()
    }

    #[test]
    fn a_kubeconfig_proxy_url_is_used_with_its_credentials() {
        let proxy = proxy_for(&server(), Some("http://alice:s3cret@127.0.0.1:3128"))
            .unwrap()
            .unwrap();
        assert_eq!(proxy.uri().authority().unwrap(), "127.0.0.1:3128");
        assert!(proxy.basic_auth().is_some());
        let socks = proxy_for(&server(), Some("socks5://127.0.0.1:1080"))
            .unwrap()
            .unwrap();
        assert_eq!(socks.uri().scheme_str(), Some("socks5"));
    }

    #[test]
    fn loopback_servers_are_never_proxied_from_the_environment() {
        let environment = Matcher::builder()
            .all("https://127.0.0.1:9".to_string())
            .build();
        for server in [
            "https://127.0.0.1:6443",
            "https://127.1.2.3:6443",
            "https://[::1]:6443",
            "https://localhost:6443",
            "https://LocalHost",
        ] {
            let server: http::Uri = server.parse().unwrap();
            assert!(
                from_environment(&environment, &server).is_none(),
                "{server}"
            );
        }
        assert!(from_environment(&environment, &server()).is_some());
        let https = proxy_for(&server(), Some("https://127.0.0.1:8443"))
            .unwrap()
            .unwrap();
        assert_eq!(https.uri().scheme_str(), Some("https"));
    }

    #[test]
    fn an_unusable_proxy_url_is_refused_without_quoting_it() {
        let error = proxy_for(&server(), Some("ftp://alice:s3cret@proxy")).unwrap_err();
        assert!(!error.contains("s3cret"), "{error}");
        assert!(error.contains("proxy-url"), "{error}");
    }
}
