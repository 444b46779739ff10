//! The requests kube's typed API does not offer in the form tug needs: the
//! response's status code and the server's warnings, with bounded retries of
//! transient failures. Wrapped once, here.

use std::time::Duration;

use http_body_util::BodyExt;
use kube::Client;
use kube::client::Body;
use kube::core::Status;

/// What the server answered to a successful request.
#[derive(Debug)]
pub struct Response {
    pub status: http::StatusCode,
    /// `Warning` headers, as kubectl prints them.
    pub warnings: Vec<String>,
    pub body: serde_json::Value,
}

/// How often a request that failed for a transient reason is sent again.
/// Server-side apply and GET are idempotent, so a retry is safe.
const ATTEMPTS: u32 = 4;

/// Sends `request`, retrying connection failures, 429, 502, 503 and 504 with
/// backoff (honouring Retry-After). API errors come back as `kube::Error::Api`;
/// after the last attempt, the last failure is returned.
pub async fn send(client: &Client, request: http::Request<Vec<u8>>) -> kube::Result<Response> {
    let mut attempt = 1;
    loop {
        let (parts, body) = request_clone(&request);
        let delay = match send_once(client, http::Request::from_parts(parts, body)).await {
            Ok(response) => return Ok(response),
            Err(Failure::Transient { retry_after, .. }) if attempt < ATTEMPTS => {
                retry_after.unwrap_or(Duration::from_millis(200 * 2u64.pow(attempt)))
            }
            Err(Failure::Transient { error, .. } | Failure::Final(error)) => return Err(error),
        };
        tokio::time::sleep(delay.min(Duration::from_secs(10))).await;
        attempt += 1;
    }
}

fn request_clone(request: &http::Request<Vec<u8>>) -> (http::request::Parts, Vec<u8>) {
    let mut builder = http::Request::builder()
        .method(request.method().clone())
        .uri(request.uri().clone());
    for (name, value) in request.headers() {
        builder = builder.header(name, value);
    }
    // Cannot fail: every part was taken from a valid request.
    let (parts, ()) = builder.body(()).unwrap_or_default().into_parts();
    (parts, request.body().clone())
}

enum Failure {
    /// Worth another try, after the server's Retry-After if it sent one.
    Transient {
        error: kube::Error,
        retry_after: Option<Duration>,
    },
    Final(kube::Error),
}

async fn send_once(client: &Client, request: http::Request<Vec<u8>>) -> Result<Response, Failure> {
    let response = match client.send(request.map(Body::from)).await {
        Ok(response) => response,
        Err(error) if is_connection_failure(&error) => {
            return Err(Failure::Transient {
                error,
                retry_after: None,
            });
        }
        Err(error) => return Err(Failure::Final(error)),
    };
    let status = response.status();
    let retry_after = response
        .headers()
        .get(http::header::RETRY_AFTER)
        .and_then(|v| v.to_str().ok()?.parse::<u64>().ok())
        .map(Duration::from_secs);
    let warnings = response
        .headers()
        .get_all("warning")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .map(warning_text)
        .collect();
    let bytes = match response.into_body().collect().await {
        Ok(collected) => collected.to_bytes(),
        Err(error) => {
            return Err(Failure::Transient {
                error: kube::Error::Service(error.into()),
                retry_after: None,
            });
        }
    };
    if status.is_client_error() || status.is_server_error() {
        let status_body = serde_json::from_slice::<Status>(&bytes).unwrap_or_else(|_| {
            Status::failure(String::from_utf8_lossy(&bytes).trim(), "").with_code(status.as_u16())
        });
        let error = kube::Error::Api(status_body.boxed());
        // 500 is deterministic for apply (e.g. a field not in the schema); the
        // others say "try again".
        let transient = matches!(status.as_u16(), 429 | 502 | 503 | 504);
        return Err(if transient {
            Failure::Transient { error, retry_after }
        } else {
            Failure::Final(error)
        });
    }
    let body =
        serde_json::from_slice(&bytes).map_err(|e| Failure::Final(kube::Error::SerdeError(e)))?;
    Ok(Response {
        status,
        warnings,
        body,
    })
}

/// Connection refused or reset, TLS or HTTP framing broke: worth a retry.
fn is_connection_failure(error: &kube::Error) -> bool {
    matches!(error, kube::Error::HyperError(_) | kube::Error::Service(_))
}

/// `299 - "unknown field \"spec.foo\""` → `unknown field "spec.foo"`.
fn warning_text(header: &str) -> String {
    match (header.find('"'), header.rfind('"')) {
        (Some(start), Some(end)) if end > start => header[start + 1..end].replace("\\\"", "\""),
        _ => header.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn warning_headers_are_shown_as_their_text() {
        assert_eq!(
            warning_text(r#"299 - "unknown field \"spec.foo\"""#),
            r#"unknown field "spec.foo""#
        );
        assert_eq!(warning_text("plain"), "plain");
    }
}
