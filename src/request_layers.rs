//! The one path every request takes, whether it comes from kube's `Api`, a
//! watcher or [`crate::raw_request::send`]: tug's retry policy under one deadline,
//! tug's name on every write, the server's warnings on stderr, and the
//! `-v 6` request log.

use std::collections::HashSet;
use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::Duration;

use bytes::Bytes;
use http::{Method, Request, Response, StatusCode};
use http_body_util::combinators::UnsyncBoxBody;
use http_body_util::{BodyExt, Full};
use kube::client::Body;
use tokio::time::Instant;
use tower::{BoxError, ServiceExt};

/// The field manager recorded for tug's writes that do not name their own.
pub const FIELD_MANAGER: &str = "tug";

/// A response body of any layer below the retry policy, or one it made up.
pub type ResponseBody = UnsyncBoxBody<Bytes, BoxError>;

/// `tug/0.1.0 (linux/amd64)`, in the form kubectl sends (`kubectl/v1.37.2
/// (linux/amd64) …`), so that audit logs and managedFields name tug.
pub fn user_agent() -> String {
    // Go's names for the architectures, as every other Kubernetes client uses.
    let arch = match std::env::consts::ARCH {
        "x86_64" => "amd64",
        "aarch64" => "arm64",
        "x86" => "386",
        other => other,
    };
    format!(
        "tug/{} ({}/{arch})",
        env!("CARGO_PKG_VERSION"),
        std::env::consts::OS
    )
}

/// Adds `fieldManager=tug` to a write that names no field manager, so that the
/// server records tug instead of deriving a name from the User-Agent.
pub fn with_field_manager<B>(mut request: Request<B>) -> Request<B> {
    let is_write = matches!(
        *request.method(),
        Method::POST | Method::PUT | Method::PATCH
    );
    let uri = request.uri();
    let query = uri.query().unwrap_or_default();
    let named = form_urlencoded::parse(query.as_bytes()).any(|(key, _)| key == "fieldManager");
    if !is_write || named {
        return request;
    }
    let path_and_query = match query {
        "" => format!("{}?fieldManager={FIELD_MANAGER}", uri.path()),
        query => format!("{}?{query}&fieldManager={FIELD_MANAGER}", uri.path()),
    };
    let mut parts = uri.clone().into_parts();
    // The new path and query are the old ones plus a plain ASCII parameter.
    if let Ok(path_and_query) = path_and_query.parse() {
        parts.path_and_query = Some(path_and_query);
        if let Ok(uri) = http::Uri::from_parts(parts) {
            *request.uri_mut() = uri;
        }
    }
    request
}

/// When a request may be sent again, from what it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Reads (GET and LIST): sending them twice changes nothing.
    Read,
    /// A watch whose connection broke is resumed by its watcher, from the last
    /// resourceVersion it saw, after the watcher has said so: sent again here
    /// only when it certainly never reached the server, like [`Kind::Other`].
    Watch,
    /// Server-side apply: the same patch applied twice gives the same object.
    Apply,
    /// Deleting twice deletes once; a 404 after an unclear first attempt means
    /// the first one did it.
    Delete,
    /// Creates, updates, merge patches: sent again only when the server
    /// certainly did not act on them (refused connection, 429).
    Other,
}

impl Kind {
    /// The kind of `request`.
    pub fn of<B>(request: &Request<B>) -> Kind {
        match *request.method() {
            Method::GET if is_watch(request.uri()) => Kind::Watch,
            Method::GET | Method::HEAD => Kind::Read,
            Method::DELETE => Kind::Delete,
            Method::PATCH
                if request
                    .headers()
                    .get(http::header::CONTENT_TYPE)
                    .is_some_and(|t| t.as_bytes().starts_with(b"application/apply-patch")) =>
            {
                Kind::Apply
            }
            _ => Kind::Other,
        }
    }

    fn is_idempotent(self) -> bool {
        matches!(self, Kind::Read | Kind::Apply | Kind::Delete)
    }
}

/// `?watch=true` (or `1`), as kube's watcher and kubectl send it.
fn is_watch(uri: &http::Uri) -> bool {
    let query = uri.query().unwrap_or_default();
    form_urlencoded::parse(query.as_bytes())
        .any(|(key, value)| key == "watch" && (value == "true" || value == "1"))
}

/// What became of one attempt, as far as the policy cares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Attempt {
    /// The connection could not be made: the server saw nothing.
    NotSent,
    /// TLS refused the server or the server refused tug's certificate:
    /// another attempt would meet the same certificates.
    Untrusted,
    /// The connection broke or timed out after the request went out: the
    /// server may or may not have acted on it.
    Lost,
    /// The server answered with this status and, perhaps, `Retry-After`.
    Answered(StatusCode, Option<Duration>),
    /// The aggregator answered 503 for an aggregated API (an APIService)
    /// whose backend is missing or down: that is the group's state, not a
    /// passing restart of the API server.
    NoBackend,
}

/// What to do after an attempt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    /// Hand the outcome to the caller.
    Done,
    /// Send the request again after this long.
    RetryAfter(Duration),
}

/// tug's retry policy: which failures are worth another attempt, how long to
/// wait, and for how long in total.
#[derive(Debug, Clone, Copy)]
pub struct Policy {
    /// `--request-timeout`: the whole request, retries and waits included.
    pub deadline: Option<Duration>,
}

/// Without `--request-timeout`, retries stop after this long in total: long
/// enough for an API server restart, short enough to report a dead server.
const RETRY_BUDGET: Duration = Duration::from_secs(30);
/// The first wait; each further wait doubles, up to [`MAX_BACKOFF`], and
/// is then shortened by up to half at random, so that many clients failed
/// by one outage do not come back at the same instant.
const FIRST_BACKOFF: Duration = Duration::from_millis(250);
const MAX_BACKOFF: Duration = Duration::from_secs(4);
/// A server asking for a longer pause than this is still retried after this.
const MAX_RETRY_AFTER: Duration = Duration::from_secs(10);

impl Policy {
    /// Whether attempt number `attempt` (from 1), which ended as `outcome`
    /// after `elapsed` since the first one started, is retried, and when;
    /// `spread`, drawn at random from [0, 1), is the jitter of the wait.
    pub fn decide(
        &self,
        kind: Kind,
        outcome: Attempt,
        attempt: u32,
        elapsed: Duration,
        spread: f64,
    ) -> Decision {
        let (retryable, retry_after) = match outcome {
            Attempt::NotSent => (true, None),
            Attempt::Untrusted | Attempt::NoBackend => (false, None),
            Attempt::Lost => (kind.is_idempotent(), None),
            // Rejected before it was handled (max-inflight, priority and fairness).
            Attempt::Answered(StatusCode::TOO_MANY_REQUESTS, after) => (true, after),
            Attempt::Answered(
                StatusCode::BAD_GATEWAY
                | StatusCode::SERVICE_UNAVAILABLE
                | StatusCode::GATEWAY_TIMEOUT,
                after,
            ) => (kind.is_idempotent(), after),
            Attempt::Answered(..) => (false, None),
        };
        if !retryable {
            return Decision::Done;
        }
        let exponent = attempt.saturating_sub(1).min(16);
        let ceiling = FIRST_BACKOFF
            .saturating_mul(2u32.saturating_pow(exponent))
            .min(MAX_BACKOFF);
        let backoff = ceiling.saturating_sub(ceiling.mul_f64(spread.clamp(0.0, 1.0) / 2.0));
        // A server's Retry-After is its own schedule: kept as asked.
        let delay = retry_after.map_or(backoff, |after| after.min(MAX_RETRY_AFTER));
        let budget = self.deadline.unwrap_or(RETRY_BUDGET);
        if elapsed.saturating_add(delay) >= budget {
            return Decision::Done;
        }
        Decision::RetryAfter(delay)
    }
}

/// No answer within `--request-timeout`, retries included.
#[derive(Debug, thiserror::Error)]
#[error("no answer within {} (--request-timeout)", humantime::format_duration(*.0))]
pub struct TimedOut(pub Duration);

/// The layer that applies [`Policy`] to every request.
#[derive(Debug, Clone, Copy)]
pub struct RetryLayer(pub Policy);

impl<S> tower::Layer<S> for RetryLayer {
    type Service = Retry<S>;

    fn layer(&self, inner: S) -> Self::Service {
        Retry {
            inner,
            policy: self.0,
            server_seen: Arc::default(),
        }
    }
}

/// A service that sends each request until [`Policy`] says done.
#[derive(Clone)]
pub struct Retry<S> {
    inner: S,
    policy: Policy,
    /// Whether the server has answered any request yet.
    server_seen: Arc<AtomicBool>,
}

impl<S> tower::Service<Request<Body>> for Retry<S>
where
    S: tower::Service<Request<Body>, Response = Response<ResponseBody>, Error = BoxError>
        + Clone
        + Send
        + 'static,
    S::Future: Send + 'static,
{
    type Response = Response<ResponseBody>;
    type Error = BoxError;
    type Future = Pin<Box<dyn Future<Output = Result<Self::Response, Self::Error>> + Send>>;

    fn poll_ready(&mut self, _: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        // Each attempt waits for a clone of the inner service to be ready.
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, request: Request<Body>) -> Self::Future {
        let inner = self.inner.clone();
        let policy = self.policy;
        let server_seen = self.server_seen.clone();
        Box::pin(async move { send_with_retries(inner, policy, &server_seen, request).await })
    }
}

async fn send_with_retries<S>(
    inner: S,
    policy: Policy,
    server_seen: &AtomicBool,
    mut request: Request<Body>,
) -> Result<Response<ResponseBody>, BoxError>
where
    S: tower::Service<Request<Body>, Response = Response<ResponseBody>, Error = BoxError> + Clone,
{
    let kind = Kind::of(&request);
    let started = Instant::now();
    let reached_before = server_seen.load(Ordering::Relaxed);
    let mut attempt = 1;
    // Whether an earlier attempt may have been acted on without an answer.
    let mut unclear = false;
    loop {
        let again = clone_request(&request);
        let sent = inner.clone().oneshot(request);
        let result = match policy.deadline {
            Some(deadline) => tokio::time::timeout_at(started + deadline, sent)
                .await
                .map_err(|_| TimedOut(deadline))?,
            None => sent.await,
        };
        let outcome = match &result {
            Ok(response) => {
                server_seen.store(true, Ordering::Relaxed);
                if is_missing_backend(response) {
                    Attempt::NoBackend
                } else {
                    Attempt::Answered(response.status(), retry_after(response))
                }
            }
            Err(error) if is_tls_failure(error.as_ref()) => Attempt::Untrusted,
            Err(error) if is_connect_failure(error.as_ref()) => Attempt::NotSent,
            Err(_) => Attempt::Lost,
        };
        // A server that has not answered once since tug started is not
        // restarting but wrong or down: say so at once, as kubectl does.
        if outcome == Attempt::NotSent && !reached_before && !server_seen.load(Ordering::Relaxed) {
            return result;
        }
        if kind == Kind::Delete
            && unclear
            && outcome == Attempt::Answered(StatusCode::NOT_FOUND, None)
        {
            return Ok(deleted_status());
        }
        let decision = policy.decide(kind, outcome, attempt, started.elapsed(), fastrand::f64());
        match (decision, again) {
            (Decision::RetryAfter(delay), Some(again)) => {
                unclear |= matches!(
                    outcome,
                    Attempt::Lost
                        | Attempt::Answered(
                            StatusCode::BAD_GATEWAY
                                | StatusCode::SERVICE_UNAVAILABLE
                                | StatusCode::GATEWAY_TIMEOUT,
                            _
                        )
                );
                tokio::time::sleep(delay).await;
                request = again;
                attempt += 1;
            }
            // The connection's read timeout is the request timeout too: say so.
            _ => match (result, policy.deadline) {
                (Err(error), Some(deadline)) if is_timeout(error.as_ref()) => {
                    return Err(TimedOut(deadline).into());
                }
                (result, _) => return result,
            },
        }
    }
}

/// Whether a read or connect gave up waiting.
fn is_timeout(error: &(dyn std::error::Error + 'static)) -> bool {
    has_io_error(error, std::io::ErrorKind::TimedOut)
}

/// Whether an I/O error of `kind` is among the causes of `error`.
fn has_io_error(error: &(dyn std::error::Error + 'static), kind: std::io::ErrorKind) -> bool {
    let mut current = Some(error);
    while let Some(error) = current {
        if error
            .downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == kind)
        {
            return true;
        }
        current = error.source();
    }
    false
}

/// A copy to send again, unless the body is a stream that cannot be replayed.
fn clone_request(request: &Request<Body>) -> Option<Request<Body>> {
    let body = request.body().try_clone()?;
    let mut copy = Request::new(body);
    *copy.method_mut() = request.method().clone();
    *copy.uri_mut() = request.uri().clone();
    *copy.version_mut() = request.version();
    *copy.headers_mut() = request.headers().clone();
    Some(copy)
}

/// A 503 from kube-aggregator's proxy for an APIService without a working
/// backend: it answers in plain text (`service unavailable`, `Error trying
/// to reach service: …`), where the API server's own 503s are JSON Status
/// objects.
fn is_missing_backend<B>(response: &Response<B>) -> bool {
    response.status() == StatusCode::SERVICE_UNAVAILABLE
        && response
            .headers()
            .get(http::header::CONTENT_TYPE)
            .is_some_and(|t| t.as_bytes().starts_with(b"text/plain"))
}

/// `Retry-After` in seconds, the form the API server sends.
fn retry_after<B>(response: &Response<B>) -> Option<Duration> {
    response
        .headers()
        .get(http::header::RETRY_AFTER)
        .and_then(|v| v.to_str().ok()?.trim().parse::<u64>().ok())
        .map(Duration::from_secs)
}

/// A certificate the other side did not accept: rustls reports it as
/// invalid data on the connection.
fn is_tls_failure(error: &(dyn std::error::Error + 'static)) -> bool {
    has_io_error(error, std::io::ErrorKind::InvalidData)
}

/// Connection refused, DNS or TLS handshake failure, connect timeout: the
/// request never reached the server.
fn is_connect_failure(error: &(dyn std::error::Error + 'static)) -> bool {
    let mut current = Some(error);
    while let Some(error) = current {
        if error
            .downcast_ref::<hyper_util::client::legacy::Error>()
            .is_some_and(hyper_util::client::legacy::Error::is_connect)
        {
            return true;
        }
        current = error.source();
    }
    false
}

/// What the server answers to a successful DELETE, for a retried DELETE
/// whose first attempt did the work.
fn deleted_status() -> Response<ResponseBody> {
    let body = serde_json::json!({
        "kind": "Status",
        "apiVersion": "v1",
        "metadata": {},
        "status": "Success",
    });
    let body = Full::new(Bytes::from(body.to_string()))
        .map_err(|never| match never {})
        .boxed_unsync();
    let mut response = Response::new(body);
    response.headers_mut().insert(
        http::header::CONTENT_TYPE,
        http::HeaderValue::from_static("application/json"),
    );
    response
}

/// `-v 6` and up: a line on stderr per attempt, as kubectl logs requests
/// (`GET /api/v1/… 200 OK in 5 milliseconds`). Only the method, URL and
/// status: headers carry credentials and are never printed.
#[derive(Clone, Copy)]
pub struct RequestLog;

impl<S> tower::Layer<S> for RequestLog {
    type Service = LoggedRequests<S>;

    fn layer(&self, inner: S) -> Self::Service {
        LoggedRequests(inner)
    }
}

/// A service that logs each request it passes on.
#[derive(Clone)]
pub struct LoggedRequests<S>(S);

impl<S, B> tower::Service<Request<Body>> for LoggedRequests<S>
where
    S: tower::Service<Request<Body>, Response = Response<B>>,
    S::Future: Send + 'static,
{
    type Response = S::Response;
    type Error = S::Error;
    type Future = Pin<Box<dyn Future<Output = Result<Self::Response, Self::Error>> + Send>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.0.poll_ready(cx)
    }

    fn call(&mut self, request: Request<Body>) -> Self::Future {
        let line = format!("{} {}", request.method(), request.uri());
        let start = std::time::Instant::now();
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

/// Prints the server's `Warning` headers (deprecated versions, PodSecurity,
/// admission policies in `Warn` mode) on stderr as kubectl does: `Warning:
/// TEXT`, each text once per run however many requests bring it.
#[derive(Clone, Default)]
pub struct Warnings {
    shown: Arc<Mutex<HashSet<String>>>,
}

impl Warnings {
    /// Prints the warnings of `response` not shown yet, and passes it on.
    pub fn show<B>(&self, response: Response<B>) -> Response<B> {
        let texts = response
            .headers()
            .get_all(http::header::WARNING)
            .iter()
            .filter_map(|value| value.to_str().ok())
            .flat_map(warning_texts);
        for text in texts {
            // A poisoned set only means another thread panicked while
            // printing; the texts it holds are still the ones shown.
            let mut shown = self.shown.lock().unwrap_or_else(|p| p.into_inner());
            if shown.insert(text.clone()) {
                eprintln!("Warning: {}", crate::printers::escape_terminal(&text));
            }
        }
        response
    }
}

/// The texts of the `299` warnings in one `Warning` header, which may hold
/// several (`299 - "a", 299 - "b"`), parsed as client-go parses them
/// (RFC 7234 5.5: code, agent, quoted text, optional quoted date). Other
/// codes are not the API server's and are skipped, as kubectl skips them;
/// a malformed rest of the header is dropped.
fn warning_texts(header: &str) -> Vec<String> {
    let mut texts = Vec::new();
    let mut rest = header.trim();
    while !rest.is_empty() {
        let Some((code, after)) = rest.split_once(' ') else {
            break;
        };
        let Some((_agent, after)) = after.trim_start().split_once(' ') else {
            break;
        };
        let Some((text, after)) = quoted(after.trim_start()) else {
            break;
        };
        let mut after = after.trim_start();
        if after.starts_with('"') {
            // The date, which kubectl does not show.
            let Some((_, past_date)) = quoted(after) else {
                break;
            };
            after = past_date.trim_start();
        }
        if code == "299" && !text.is_empty() {
            texts.push(text);
        }
        rest = match after.strip_prefix(',') {
            Some(next) => next.trim_start(),
            None => break,
        };
    }
    texts
}

/// The quoted string `text` starts with, unescaped, and what follows it.
fn quoted(text: &str) -> Option<(String, &str)> {
    let mut chars = text.strip_prefix('"')?.char_indices();
    let mut value = String::new();
    while let Some((at, c)) = chars.next() {
        match c {
            '"' => return Some((value, &text[at + 2..])),
            '\\' => match chars.next()?.1 {
                'n' => value.push('\n'),
                't' => value.push('\t'),
                'r' => value.push('\r'),
                escaped => value.push(escaped),
            },
            c => value.push(c),
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    const SECOND: Duration = Duration::from_secs(1);

    fn request(method: Method, uri: &str, content_type: Option<&str>) -> Request<()> {
        let mut builder = Request::builder().method(method).uri(uri);
        if let Some(content_type) = content_type {
            builder = builder.header(http::header::CONTENT_TYPE, content_type);
        }
        builder.body(()).unwrap()
    }

    fn answered(code: u16) -> Attempt {
        Attempt::Answered(StatusCode::from_u16(code).unwrap(), None)
    }

    #[test]
    fn requests_are_classified_by_what_sending_them_twice_would_do() {
        let kind = |method, content_type| Kind::of(&request(method, "/x", content_type));
        assert_eq!(kind(Method::GET, None), Kind::Read);
        assert_eq!(
            Kind::of(&request(
                Method::GET,
                "/api/v1/pods?watch=true&resourceVersion=7",
                None
            )),
            Kind::Watch
        );
        assert_eq!(
            kind(Method::PATCH, Some("application/apply-patch+yaml")),
            Kind::Apply
        );
        assert_eq!(
            kind(Method::PATCH, Some("application/merge-patch+json")),
            Kind::Other
        );
        assert_eq!(kind(Method::DELETE, None), Kind::Delete);
        assert_eq!(kind(Method::POST, None), Kind::Other);
    }

    #[test]
    fn a_broken_watch_is_left_to_its_watcher_to_resume() {
        let policy = Policy { deadline: None };
        assert_eq!(
            policy.decide(Kind::Watch, Attempt::Lost, 1, Duration::ZERO, 0.0),
            Decision::Done
        );
        assert!(matches!(
            policy.decide(Kind::Watch, Attempt::NotSent, 1, Duration::ZERO, 0.0),
            Decision::RetryAfter(_)
        ));
    }

    #[test]
    fn idempotent_requests_are_retried_after_server_and_connection_failures() {
        let policy = Policy { deadline: None };
        for kind in [Kind::Read, Kind::Apply, Kind::Delete] {
            for outcome in [Attempt::Lost, answered(503), answered(502), answered(504)] {
                assert!(matches!(
                    policy.decide(kind, outcome, 1, Duration::ZERO, 0.0),
                    Decision::RetryAfter(_)
                ));
            }
        }
    }

    #[test]
    fn other_writes_are_retried_only_when_the_server_cannot_have_acted() {
        let policy = Policy { deadline: None };
        let decide = |outcome| policy.decide(Kind::Other, outcome, 1, Duration::ZERO, 0.0);
        assert_eq!(decide(Attempt::Lost), Decision::Done);
        assert_eq!(decide(answered(503)), Decision::Done);
        assert!(matches!(decide(Attempt::NotSent), Decision::RetryAfter(_)));
        assert!(matches!(decide(answered(429)), Decision::RetryAfter(_)));
    }

    #[test]
    fn certificate_failures_are_not_retried() {
        let policy = Policy { deadline: None };
        for kind in [Kind::Read, Kind::Other] {
            assert_eq!(
                policy.decide(kind, Attempt::Untrusted, 1, Duration::ZERO, 0.0),
                Decision::Done
            );
        }
    }

    #[test]
    fn answers_that_would_not_change_are_not_retried() {
        let policy = Policy { deadline: None };
        for code in [200, 201, 400, 401, 403, 404, 409, 422, 500] {
            assert_eq!(
                policy.decide(Kind::Read, answered(code), 1, Duration::ZERO, 0.0),
                Decision::Done
            );
        }
    }

    #[test]
    fn retry_after_is_honoured_up_to_a_cap() {
        let policy = Policy { deadline: None };
        let after = |seconds| {
            policy.decide(
                Kind::Read,
                Attempt::Answered(StatusCode::TOO_MANY_REQUESTS, Some(seconds * SECOND)),
                1,
                Duration::ZERO,
                0.9,
            )
        };
        assert_eq!(after(2), Decision::RetryAfter(2 * SECOND));
        assert_eq!(after(3600), Decision::RetryAfter(MAX_RETRY_AFTER));
    }

    #[test]
    fn waits_double_up_to_a_ceiling() {
        let policy = Policy { deadline: None };
        let wait =
            |attempt| policy.decide(Kind::Read, Attempt::NotSent, attempt, Duration::ZERO, 0.0);
        assert_eq!(wait(1), Decision::RetryAfter(FIRST_BACKOFF));
        assert_eq!(wait(2), Decision::RetryAfter(2 * FIRST_BACKOFF));
        assert_eq!(wait(30), Decision::RetryAfter(MAX_BACKOFF));
    }

    #[test]
    fn waits_are_spread_over_the_upper_half_of_the_backoff() {
        let policy = Policy { deadline: None };
        let wait = |spread| policy.decide(Kind::Read, Attempt::NotSent, 3, Duration::ZERO, spread);
        let ceiling = 4 * FIRST_BACKOFF;
        assert_eq!(wait(0.0), Decision::RetryAfter(ceiling));
        assert_eq!(wait(0.5), Decision::RetryAfter(ceiling * 3 / 4));
        let Decision::RetryAfter(shortest) = wait(0.999_999) else {
            panic!("a read is retried");
        };
        assert!(shortest >= ceiling / 2 && shortest < ceiling * 3 / 4);
    }

    #[test]
    fn an_aggregated_api_without_a_backend_is_not_waited_for() {
        let policy = Policy { deadline: None };
        assert_eq!(
            policy.decide(Kind::Read, Attempt::NoBackend, 1, Duration::ZERO, 0.0),
            Decision::Done
        );
        let response = |content_type: &str| {
            let mut response = Response::new(());
            *response.status_mut() = StatusCode::SERVICE_UNAVAILABLE;
            response.headers_mut().insert(
                http::header::CONTENT_TYPE,
                http::HeaderValue::from_str(content_type).unwrap(),
            );
            response
        };
        assert!(is_missing_backend(&response("text/plain; charset=utf-8")));
        assert!(!is_missing_backend(&response("application/json")));
    }

    #[test]
    fn no_retry_outlasts_the_request_timeout() {
        let policy = Policy {
            deadline: Some(5 * SECOND),
        };
        assert_eq!(
            policy.decide(
                Kind::Read,
                answered(503),
                1,
                4900 * Duration::from_millis(1),
                0.0
            ),
            Decision::Done
        );
        let unbounded = Policy { deadline: None };
        assert_eq!(
            unbounded.decide(Kind::Read, answered(503), 1, RETRY_BUDGET, 0.0),
            Decision::Done
        );
    }

    /// A stand-in for the layers below: answers the n-th attempt with `answers[n]`.
    fn server(
        answers: Vec<Option<u16>>,
    ) -> impl tower::Service<
        Request<Body>,
        Response = Response<ResponseBody>,
        Error = BoxError,
        Future = impl Send,
    > + Clone
    + Send
    + 'static {
        let answers = std::sync::Arc::new(answers);
        let calls = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
        tower::service_fn(move |_: Request<Body>| {
            let n = calls.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            let answer = answers.get(n).copied().flatten();
            async move {
                match answer {
                    Some(code) => {
                        let mut response = Response::new(
                            Full::new(Bytes::new())
                                .map_err(|never| match never {})
                                .boxed_unsync(),
                        );
                        *response.status_mut() = StatusCode::from_u16(code).unwrap();
                        Ok(response)
                    }
                    None => Err(BoxError::from("connection reset")),
                }
            }
        })
    }

    fn delete() -> Request<Body> {
        let mut request = Request::new(Body::from(Vec::new()));
        *request.method_mut() = Method::DELETE;
        request
    }

    #[tokio::test]
    async fn a_delete_retried_after_a_lost_answer_counts_a_404_as_deleted() {
        let policy = Policy { deadline: None };
        let response = send_with_retries(
            server(vec![None, Some(404)]),
            policy,
            &AtomicBool::new(true),
            delete(),
        )
        .await
        .unwrap();
        assert_eq!(response.status(), StatusCode::OK);
        let body = response.into_body().collect().await.unwrap().to_bytes();
        assert!(String::from_utf8_lossy(&body).contains("\"Success\""));
    }

    #[tokio::test]
    async fn a_delete_that_finds_nothing_at_first_is_not_found() {
        let policy = Policy { deadline: None };
        let response = send_with_retries(
            server(vec![Some(404)]),
            policy,
            &AtomicBool::new(true),
            delete(),
        )
        .await
        .unwrap();
        assert_eq!(response.status(), StatusCode::NOT_FOUND);
        let after_429 = send_with_retries(
            server(vec![Some(429), Some(404)]),
            policy,
            &AtomicBool::new(true),
            delete(),
        )
        .await
        .unwrap();
        assert_eq!(after_429.status(), StatusCode::NOT_FOUND);
    }

    #[tokio::test]
    async fn the_request_timeout_bounds_all_attempts_together() {
        let policy = Policy {
            deadline: Some(Duration::from_millis(600)),
        };
        let started = std::time::Instant::now();
        let response = send_with_retries(
            server(vec![Some(503); 100]),
            policy,
            &AtomicBool::new(true),
            delete(),
        )
        .await
        .unwrap();
        assert_eq!(response.status(), StatusCode::SERVICE_UNAVAILABLE);
        assert!(started.elapsed() < Duration::from_millis(600));
    }

    #[test]
    fn writes_without_a_field_manager_are_signed_by_tug() {
        let signed = |method, uri| {
            with_field_manager(request(method, uri, None))
                .uri()
                .to_string()
        };
        assert_eq!(
            signed(
                Method::PATCH,
                "https://h/apis/apps/v1/namespaces/n/deployments/d/scale"
            ),
            "https://h/apis/apps/v1/namespaces/n/deployments/d/scale?fieldManager=tug"
        );
        assert_eq!(
            signed(Method::PUT, "/api/v1/x?dryRun=All"),
            "/api/v1/x?dryRun=All&fieldManager=tug"
        );
        assert_eq!(
            signed(Method::PATCH, "/api/v1/x?fieldManager=mine&force=true"),
            "/api/v1/x?fieldManager=mine&force=true"
        );
        assert_eq!(signed(Method::GET, "/api/v1/x"), "/api/v1/x");
        assert_eq!(signed(Method::DELETE, "/api/v1/x"), "/api/v1/x");
    }

    #[test]
    fn the_user_agent_names_tug_its_version_and_platform() {
        let agent = user_agent();
        assert!(agent.starts_with(&format!("tug/{} (", env!("CARGO_PKG_VERSION"))));
        assert!(agent.ends_with(')'));
        assert!(agent.contains('/'));
    }
    #[test]
    fn warning_headers_are_read_as_client_go_reads_them() {
        assert_eq!(
            warning_texts(r#"299 - "unknown field \"spec.foo\"""#),
            vec![r#"unknown field "spec.foo""#]
        );
        assert_eq!(
            warning_texts(
                r#"299 - "first", 299 kube-apiserver "second" "Sat, 05 Dec 2026 10:00:00 GMT""#
            ),
            vec!["first", "second"]
        );
        assert_eq!(
            warning_texts(r#"199 proxy "not the server's", 299 - "a\nb""#),
            vec!["a\nb"]
        );
        assert!(warning_texts("plain words").is_empty());
        assert!(warning_texts(r#"299 - "unterminated"#).is_empty());
    }
}
