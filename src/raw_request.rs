//! The requests kube's typed API does not offer in the form tug needs: the
//! response's status code. Wrapped once, here.

use http_body_util::BodyExt;
use kube::Client;
use kube::client::Body;
use kube::core::Status;

/// What the server answered to a successful request.
#[derive(Debug)]
pub struct Response {
    pub status: http::StatusCode,
    pub body: serde_json::Value,
}

/// Sends `request` and reads the whole answer. Transient failures have
/// already been retried by the client's retry policy
/// ([`crate::request_layers::Policy`]); API errors come back as `kube::Error::Api`.
pub async fn send(client: &Client, request: http::Request<Vec<u8>>) -> kube::Result<Response> {
    let response = client.send(request.map(Body::from)).await?;
    let status = response.status();
    let bytes = response
        .into_body()
        .collect()
        .await
        .map_err(|error| kube::Error::Service(error.into()))?
        .to_bytes();
    if status.is_client_error() || status.is_server_error() {
        let status_body = serde_json::from_slice::<Status>(&bytes).unwrap_or_else(|_| {
            Status::failure(String::from_utf8_lossy(&bytes).trim(), "").with_code(status.as_u16())
        });
        return Err(kube::Error::Api(status_body.boxed()));
    }
    let body = serde_json::from_slice(&bytes).map_err(kube::Error::SerdeError)?;
    Ok(Response { status, body })
}
