//! From kubeconfig to a connected `kube::Client`: which file, which context,
//! which namespace — resolved once, the way kubectl resolves them.

use std::path::PathBuf;

use kube::config::{KubeConfigOptions, Kubeconfig};
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use kube::client::Body;
use kube::{Client, Config};

use crate::cli::GlobalArgs;

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
}

/// The merged kubeconfig and a description of where it came from, for messages.
pub struct LoadedKubeconfig {
    pub config: Kubeconfig,
    pub source_name: String,
}

/// Reads the kubeconfig named by `--kubeconfig`, else `$KUBECONFIG` (several
/// paths merged, first value wins), else `~/.kube/config`.
pub fn load_kubeconfig(global: &GlobalArgs) -> Result<LoadedKubeconfig, ConfigError> {
    let paths: Vec<PathBuf> = match (&global.kubeconfig, std::env::var_os("KUBECONFIG")) {
        (Some(path), _) => vec![path.clone()],
        (None, Some(value)) if !value.is_empty() => std::env::split_paths(&value)
            .filter(|p| !p.as_os_str().is_empty())
            .collect(),
        _ => default_kubeconfig().into_iter().collect(),
    };
    let existing: Vec<&PathBuf> = paths.iter().filter(|p| p.exists()).collect();
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
            reason: crate::error::innermost_message(&e),
        })?;
        merged = merged.merge(next).map_err(|e| ConfigError::Unusable {
            source_name: path.display().to_string(),
            reason: e.to_string(),
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

fn default_kubeconfig() -> Option<PathBuf> {
    std::env::home_dir().map(|home| home.join(".kube").join("config"))
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

/// Connects to the cluster of the chosen context. No request is sent yet.
pub async fn connect(global: &GlobalArgs) -> anyhow::Result<Cluster> {
    let loaded = load_kubeconfig(global)?;
    let context = global
        .context
        .clone()
        .or_else(|| loaded.config.current_context.clone())
        .ok_or_else(|| ConfigError::Unusable {
            source_name: loaded.source_name.clone(),
            reason: "no current-context is set; choose one with --context".into(),
        })?;
    if !loaded.config.contexts.iter().any(|c| c.name == context) {
        return Err(ConfigError::Unusable {
            source_name: loaded.source_name.clone(),
            reason: format!("context \"{context}\" does not exist"),
        }
        .into());
    }
    let options = KubeConfigOptions {
        context: Some(context.clone()),
        ..Default::default()
    };
    let mut config = Config::from_custom_kubeconfig(loaded.config, &options)
        .await
        .map_err(|e| ConfigError::Unusable {
            source_name: loaded.source_name.clone(),
            reason: crate::error::innermost_message(&e),
        })?;
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
    if global.verbosity >= 4 {
        eprintln!(
            "I kubeconfig={} context={context} server={server} namespace={namespace}",
            loaded.source_name
        );
    }
    let unusable = |e: kube::Error| ConfigError::Unusable {
        source_name: loaded.source_name.clone(),
        reason: crate::error::innermost_message(&e),
    };
    let log_requests = global.verbosity >= 6;
    let client = if config.proxy_url.is_some() || config.tls_server_name.is_some() {
        // kube's own stack handles proxies and TLS server names (HTTP/1.1 only).
        let builder = kube::client::ClientBuilder::try_from(config).map_err(unusable)?;
        if log_requests {
            builder.with_layer(&RequestLog).build()
        } else {
            builder.build()
        }
    } else {
        http2_client(config, log_requests).map_err(unusable)?
    };
    Ok(Cluster {
        client,
        namespace,
        namespace_is_explicit,
        context,
        server,
    })
}

impl Cluster {
    /// Wraps a failed request with the server it went to, so that connection
    /// and TLS failures say where.
    pub fn unreachable(&self, error: kube::Error) -> anyhow::Error {
        match error {
            kube::Error::Api(_) => error.into(),
            other => anyhow::Error::new(other)
                .context(format!("cannot reach the API server at {}", self.server)),
        }
    }
}

/// How long a connection may be silent before it is pinged.
const KEEP_ALIVE_INTERVAL: Duration = Duration::from_secs(5);
/// How long a ping may go unanswered before the connection is closed.
const KEEP_ALIVE_TIMEOUT: Duration = Duration::from_secs(5);

/// kube's client stack, but with a TLS connector that offers HTTP/2: the API
/// server then multiplexes all concurrent requests over one connection
/// instead of one TLS connection per request in flight.
fn http2_client(config: Config, log_requests: bool) -> kube::Result<Client> {
    use kube::client::ConfigExt;

    let mut http = hyper_util::client::legacy::connect::HttpConnector::new();
    http.enforce_http(false);
    // HTTP/2 writes a request's HEADERS and DATA frames separately; with
    // Nagle's algorithm the second waits for a delayed ACK (about 40 ms).
    http.set_nodelay(true);
    let https = hyper_rustls::HttpsConnectorBuilder::new()
        .with_tls_config(config.rustls_client_config()?)
        .https_or_http()
        .enable_http1()
        .enable_http2()
        .wrap_connector(http);
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
    let service = tower::ServiceBuilder::new()
        .layer(config.base_uri_layer())
        .option_layer(config.default_retry.then(|| {
            tower::retry::RetryLayer::new(kube::client::retry::RetryPolicy::server_retry())
        }))
        .option_layer(config.auth_layer()?)
        .layer(config.extra_headers_layer()?)
        .option_layer(log_requests.then_some(RequestLog))
        .map_err(tower::BoxError::from)
        .service(http_client);
    Ok(Client::new(service, config.default_namespace))
}

/// `-v 6` and up: a line on stderr per request, as kubectl logs them
/// (`GET /api/v1/… 200 OK in 5 milliseconds`). Only the method, path and
/// status: headers carry credentials and are never printed.
#[derive(Clone, Copy)]
struct RequestLog;

impl<S> tower::Layer<S> for RequestLog {
    type Service = LoggedRequests<S>;

    fn layer(&self, inner: S) -> Self::Service {
        LoggedRequests(inner)
    }
}

#[derive(Clone)]
struct LoggedRequests<S>(S);

impl<S, B> tower::Service<http::Request<Body>> for LoggedRequests<S>
where
    S: tower::Service<http::Request<Body>, Response = http::Response<B>>,
    S::Future: Send + 'static,
{
    type Response = S::Response;
    type Error = S::Error;
    type Future = Pin<Box<dyn Future<Output = Result<Self::Response, Self::Error>> + Send>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.0.poll_ready(cx)
    }

    fn call(&mut self, request: http::Request<Body>) -> Self::Future {
        let line = format!("{} {}", request.method(), request.uri());
        let start = Instant::now();
        let response = self.0.call(request);
        Box::pin(async move {
            let result = response.await;
            let elapsed = start.elapsed().as_millis();
            match &result {
                Ok(response) => {
                    eprintln!("I {line} {} in {elapsed} milliseconds", response.status())
                }
                Err(_) => eprintln!("I {line} failed after {elapsed} milliseconds"),
            }
            result
        })
    }
}
