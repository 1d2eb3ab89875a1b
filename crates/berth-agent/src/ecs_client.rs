//! A small ECS API client for the agent's own calls (RegisterContainerInstance,
//! SubmitTaskStateChange, ...): `POST /` with `X-Amz-Target`, `application/x-amz-json-1.1`,
//! SigV4-signed, typed with `berth_wire::ecs` shapes, retried with backoff on 5xx, throttling and
//! connection errors; an ECS error body becomes an [`ApiError::Service`].
//!
//! It knows nothing about what the calls mean; callers decide what to send and whether an error
//! is final. Plain HTTP/1.1 on hyper (no TLS): see [`crate::signer::Endpoint::parse`].

use std::time::Duration;

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;
use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::backoff::Backoff;
use crate::constants::{API_BACKOFF_MAX, API_BACKOFF_MIN, API_MAX_ATTEMPTS, API_REQUEST_TIMEOUT};
use crate::signer::{Endpoint, Signer};

/// Why an ECS API call failed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ApiError {
    /// The control plane answered with an ECS error (`ClientException`, `ServerException`...).
    #[error("{operation}: {code} (HTTP {status}): {message}")]
    Service {
        operation: String,
        status: u16,
        code: String,
        message: String,
    },
    /// The request never got an answer: connection refused or reset, DNS, broken body.
    #[error("{operation}: cannot reach the control plane: {message}")]
    Transport { operation: String, message: String },
    #[error("{operation}: no answer within {after:?}")]
    Timeout { operation: String, after: Duration },
    /// The answer was not the JSON the operation returns.
    #[error("{operation}: unreadable response: {message}")]
    Decode { operation: String, message: String },
    /// The request could not be signed (bad access key id or region: a configuration error).
    #[error("{operation}: cannot sign the request: {message}")]
    Sign { operation: String, message: String },
}

impl ApiError {
    /// Whether trying again later may help: transport trouble, timeouts, 5xx answers and
    /// throttling. Client errors (bad request, unknown cluster...) are final.
    pub fn is_retriable(&self) -> bool {
        match self {
            ApiError::Service { status, code, .. } => {
                *status >= 500 || code == "ThrottlingException" || *status == 429
            }
            ApiError::Transport { .. } | ApiError::Timeout { .. } => true,
            ApiError::Decode { .. } | ApiError::Sign { .. } => false,
        }
    }

    /// The ECS error code, for a service error.
    pub fn code(&self) -> Option<&str> {
        match self {
            ApiError::Service { code, .. } => Some(code),
            _ => None,
        }
    }
}

/// Reads an ECS JSON error: `{"__type": "...#ClientException", "message": "..."}` (the type may
/// also come in `x-amzn-errortype`; some services spell `Message` with a capital).
pub fn parse_error_body(status: u16, header_type: Option<&str>, body: &[u8]) -> (String, String) {
    let value: serde_json::Value = serde_json::from_slice(body).unwrap_or_default();
    let raw_type = value
        .get("__type")
        .and_then(serde_json::Value::as_str)
        .or(header_type)
        .unwrap_or("");
    // `aws.protocoltests#FooError` and `FooError:http://...` both name `FooError`.
    let after_hash = raw_type.rsplit('#').next().unwrap_or(raw_type);
    let code = after_hash.split(':').next().unwrap_or("").trim().to_owned();
    let code = if code.is_empty() {
        if status >= 500 {
            "ServerException".to_owned()
        } else {
            "ClientException".to_owned()
        }
    } else {
        code
    };
    let message = value
        .get("message")
        .or_else(|| value.get("Message"))
        .and_then(serde_json::Value::as_str)
        .map(str::to_owned)
        .unwrap_or_else(|| String::from_utf8_lossy(body).chars().take(200).collect());
    (code, message)
}

/// The agent's ECS API client. Cheap to clone (the connection pool is shared).
#[derive(Clone)]
pub struct EcsClient {
    http: Client<HttpConnector, Full<Bytes>>,
    endpoint: Endpoint,
    signer: Signer,
    max_attempts: u32,
}

impl std::fmt::Debug for EcsClient {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("EcsClient")
            .field("endpoint", &self.endpoint)
            .finish_non_exhaustive()
    }
}

impl EcsClient {
    pub fn new(endpoint: Endpoint, signer: Signer) -> EcsClient {
        let mut connector = HttpConnector::new();
        connector.set_connect_timeout(Some(API_REQUEST_TIMEOUT));
        connector.set_nodelay(true);
        let http = Client::builder(TokioExecutor::new())
            // An idle connection is cheap to reopen; keeping few keeps the agent's footprint
            // small.
            .pool_max_idle_per_host(2)
            .pool_idle_timeout(Duration::from_secs(30))
            .build(connector);
        EcsClient {
            http,
            endpoint,
            signer,
            max_attempts: API_MAX_ATTEMPTS,
        }
    }

    /// The same client with another attempt limit (1 = no retries).
    pub fn with_max_attempts(mut self, attempts: u32) -> EcsClient {
        self.max_attempts = attempts.max(1);
        self
    }

    pub fn endpoint(&self) -> &Endpoint {
        &self.endpoint
    }

    pub fn signer(&self) -> &Signer {
        &self.signer
    }

    /// Calls `operation` with `request`, retrying retriable failures with backoff.
    pub async fn call<Req: Serialize, Resp: DeserializeOwned>(
        &self,
        operation: &str,
        request: &Req,
    ) -> Result<Resp, ApiError> {
        let body = serde_json::to_vec(request).map_err(|e| ApiError::Decode {
            operation: operation.to_owned(),
            message: format!("cannot encode the request: {e}"),
        })?;
        let bytes = self.call_raw(operation, Bytes::from(body)).await?;
        serde_json::from_slice(&bytes).map_err(|e| ApiError::Decode {
            operation: operation.to_owned(),
            message: e.to_string(),
        })
    }

    /// Calls `operation` with a ready JSON body, with retries; returns the response body.
    pub async fn call_raw(&self, operation: &str, body: Bytes) -> Result<Bytes, ApiError> {
        let mut backoff = Backoff::new(API_BACKOFF_MIN, API_BACKOFF_MAX);
        let mut attempt = 1;
        loop {
            match self.call_once(operation, body.clone()).await {
                Ok(bytes) => return Ok(bytes),
                Err(error) if error.is_retriable() && attempt < self.max_attempts => {
                    let delay = backoff.next_delay(&mut rand::thread_rng());
                    tracing::debug!(%error, attempt, ?delay, "retrying ECS call");
                    tokio::time::sleep(delay).await;
                    attempt += 1;
                }
                Err(error) => return Err(error),
            }
        }
    }

    /// One attempt, with the request deadline.
    async fn call_once(&self, operation: &str, body: Bytes) -> Result<Bytes, ApiError> {
        match tokio::time::timeout(API_REQUEST_TIMEOUT, self.send(operation, body)).await {
            Ok(result) => result,
            Err(_) => Err(ApiError::Timeout {
                operation: operation.to_owned(),
                after: API_REQUEST_TIMEOUT,
            }),
        }
    }

    async fn send(&self, operation: &str, body: Bytes) -> Result<Bytes, ApiError> {
        let target = format!("{}.{operation}", berth_wire::ecs::TARGET_PREFIX);
        let content_type = format!("application/x-amz-json-{}", berth_wire::ecs::JSON_VERSION);
        let mut headers = vec![
            ("host".to_owned(), self.endpoint.authority.clone()),
            ("content-type".to_owned(), content_type),
            ("x-amz-target".to_owned(), target),
        ];
        let signed = self
            .signer
            .sign("POST", "/", "", &headers, &body)
            .map_err(|e| ApiError::Sign {
                operation: operation.to_owned(),
                message: e.to_string(),
            })?;
        headers.extend(signed);
        let mut builder = http::Request::builder()
            .method(http::Method::POST)
            .uri(format!("{}/", self.endpoint.base));
        for (name, value) in &headers {
            builder = builder.header(name.as_str(), value.as_str());
        }
        let transport = |message: String| ApiError::Transport {
            operation: operation.to_owned(),
            message,
        };
        let request = builder
            .body(Full::new(body))
            .map_err(|e| transport(e.to_string()))?;
        let response = self
            .http
            .request(request)
            .await
            .map_err(|e| transport(error_chain(&e)))?;
        let status = response.status().as_u16();
        let error_type = response
            .headers()
            .get("x-amzn-errortype")
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned);
        let bytes = response
            .into_body()
            .collect()
            .await
            .map_err(|e| transport(e.to_string()))?
            .to_bytes();
        if (200..300).contains(&status) {
            return Ok(bytes);
        }
        let (code, message) = parse_error_body(status, error_type.as_deref(), &bytes);
        Err(ApiError::Service {
            operation: operation.to_owned(),
            status,
            code,
            message,
        })
    }
}

/// An error and its sources on one line (hyper's top-level message alone is rarely useful).
fn error_chain(error: &dyn std::error::Error) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Credentials;
    use std::sync::atomic::{AtomicU32, Ordering};
    use std::sync::Arc;

    #[test]
    fn error_bodies() {
        let check = |status, header: Option<&str>, body: &str, code: &str, message: &str| {
            let (c, m) = parse_error_body(status, header, body.as_bytes());
            assert_eq!((c.as_str(), m.as_str()), (code, message), "{body}");
        };
        check(
            400,
            None,
            r#"{"__type":"ClientException","message":"bad"}"#,
            "ClientException",
            "bad",
        );
        check(
            400,
            None,
            r#"{"__type":"com.amazonaws.ecs#ClusterNotFoundException","Message":"no"}"#,
            "ClusterNotFoundException",
            "no",
        );
        check(
            400,
            Some("InvalidParameterException:http://internal"),
            r#"{"message":"x"}"#,
            "InvalidParameterException",
            "x",
        );
        check(502, None, "Bad Gateway", "ServerException", "Bad Gateway");
        check(403, None, "", "ClientException", "");
    }

    #[test]
    fn retriable_errors() {
        let service = |status, code: &str| ApiError::Service {
            operation: "X".into(),
            status,
            code: code.into(),
            message: String::new(),
        };
        assert!(service(500, "ServerException").is_retriable());
        assert!(service(400, "ThrottlingException").is_retriable());
        assert!(!service(400, "ClientException").is_retriable());
        assert!(ApiError::Transport {
            operation: "X".into(),
            message: String::new()
        }
        .is_retriable());
    }

    /// A one-route server that fails `failures` times with 500, then answers `{"ok":1}`, and
    /// records the target header it saw.
    async fn flaky_server(failures: u32) -> (String, Arc<AtomicU32>) {
        let calls = Arc::new(AtomicU32::new(0));
        let seen = calls.clone();
        let app = axum::Router::new().route(
            "/",
            axum::routing::post(move |headers: http::HeaderMap| {
                let seen = seen.clone();
                async move {
                    let n = seen.fetch_add(1, Ordering::SeqCst);
                    let target = headers
                        .get("x-amz-target")
                        .and_then(|v| v.to_str().ok())
                        .unwrap_or("")
                        .to_owned();
                    let signed = headers.contains_key("authorization");
                    if n < failures {
                        (
                            http::StatusCode::INTERNAL_SERVER_ERROR,
                            r#"{"__type":"ServerException","message":"later"}"#.to_owned(),
                        )
                    } else if target.ends_with(".Fail") {
                        (
                            http::StatusCode::BAD_REQUEST,
                            r#"{"__type":"ClientException","message":"no"}"#.to_owned(),
                        )
                    } else {
                        (
                            http::StatusCode::OK,
                            format!(r#"{{"target":"{target}","signed":{signed}}}"#),
                        )
                    }
                }
            }),
        );
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        tokio::spawn(async move { axum::serve(listener, app).await });
        (format!("http://{addr}"), calls)
    }

    fn client(url: &str) -> EcsClient {
        EcsClient::new(
            Endpoint::parse(url).unwrap(),
            Signer::new(
                Credentials {
                    access_key_id: "AK".into(),
                    secret_access_key: "SK".into(),
                    session_token: None,
                },
                "us-east-1",
            ),
        )
    }

    #[tokio::test]
    async fn calls_retry_server_errors_and_stop_at_client_errors() {
        let (url, calls) = flaky_server(2).await;
        let c = client(&url);
        let out: serde_json::Value = c.call("Ping", &serde_json::json!({})).await.unwrap();
        assert_eq!(out["target"], "AmazonEC2ContainerServiceV20141113.Ping");
        assert_eq!(out["signed"], true);
        assert_eq!(calls.load(Ordering::SeqCst), 3);
        let err = c
            .call::<_, serde_json::Value>("Fail", &serde_json::json!({}))
            .await
            .unwrap_err();
        assert_eq!(err.code(), Some("ClientException"));
        assert_eq!(calls.load(Ordering::SeqCst), 4);
    }

    #[tokio::test]
    async fn connection_errors_give_up_after_the_attempt_limit() {
        // A port nobody listens on: bind then drop.
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        drop(listener);
        let c = client(&url).with_max_attempts(2);
        let err = c
            .call::<_, serde_json::Value>("Ping", &serde_json::json!({}))
            .await
            .unwrap_err();
        assert!(matches!(err, ApiError::Transport { .. }), "{err}");
    }
}
