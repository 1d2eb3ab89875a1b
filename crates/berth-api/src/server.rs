//! The generic AWS-protocol server: one handler on `POST /` that authenticates, routes and renders.
//!
//! Cross-cutting work happens here once: a request id on every response, the body size cap
//! (checked before any parsing), SigV4 verification, the tracing span, and error rendering.
//! It knows nothing of any service's operations.

use crate::auth::CredentialSet;
use crate::error::ApiError;
use async_trait::async_trait;
use axum::body::Body;
use axum::extract::{DefaultBodyLimit, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::routing::{any, get};
use axum::Router;
use std::sync::Arc;
use std::time::{SystemTime, UNIX_EPOCH};

/// Who is calling and where: everything a service needs from the transport.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RequestContext {
    pub request_id: String,
    /// The region from the SigV4 credential scope: it scopes all state.
    pub region: String,
    pub account: String,
    pub principal: String,
}

/// An AWS API served on the shared listener.
#[async_trait]
pub trait AwsService: Send + Sync + 'static {
    /// The `X-Amz-Target` prefix of a JSON-protocol service (the part before the `.`).
    fn target_prefix(&self) -> Option<&'static str>;
    /// The SigV4 signing name, used to route query-protocol services.
    fn signing_name(&self) -> &'static str;
    /// Runs one operation on a raw body and returns the raw response body.
    async fn call(
        &self,
        ctx: &RequestContext,
        operation: &str,
        body: &[u8],
    ) -> Result<Vec<u8>, ApiError>;
}

/// Limits and policies of the listener.
#[derive(Debug, Clone)]
pub struct ServerConfig {
    /// Bodies larger than this are refused before parsing. ECS's own limit on a request is
    /// well under 1 MiB (a task definition is capped at 64 KiB).
    pub max_body_bytes: usize,
    /// Allowed clock skew of a signature, both ways; AWS allows 5 minutes.
    pub max_skew_secs: i64,
}

impl Default for ServerConfig {
    fn default() -> Self {
        ServerConfig {
            max_body_bytes: 1024 * 1024,
            max_skew_secs: 300,
        }
    }
}

pub(crate) struct ServerState {
    services: Vec<Arc<dyn AwsService>>,
    credentials: Arc<CredentialSet>,
    config: ServerConfig,
    /// The control plane agents connect to; `None`: no agent endpoint.
    pub(crate) agents: Option<Arc<berth_control::ControlPlane>>,
}

/// The router for every AWS API, plus an unauthenticated `GET /healthz`.
pub fn router(
    services: Vec<Arc<dyn AwsService>>,
    credentials: Arc<CredentialSet>,
    config: ServerConfig,
) -> Router {
    build_router(services, credentials, config, None)
}

/// [`router`] plus the agents' WebSocket endpoint (`berth_protocol::CONNECT_PATH`), whose upgrade
/// request is authenticated exactly like an API call.
pub fn router_with_agents(
    services: Vec<Arc<dyn AwsService>>,
    credentials: Arc<CredentialSet>,
    config: ServerConfig,
    control: Arc<berth_control::ControlPlane>,
) -> Router {
    build_router(services, credentials, config, Some(control))
}

fn build_router(
    services: Vec<Arc<dyn AwsService>>,
    credentials: Arc<CredentialSet>,
    config: ServerConfig,
    agents: Option<Arc<berth_control::ControlPlane>>,
) -> Router {
    let with_agents = agents.is_some();
    let state = Arc::new(ServerState {
        services,
        credentials,
        config,
        agents,
    });
    let mut router = Router::new().route("/healthz", get(|| async { "ok" }));
    if with_agents {
        router = router.route(berth_protocol::CONNECT_PATH, get(crate::agent_ws::connect));
    }
    router
        .fallback(any(handle))
        .layer(DefaultBodyLimit::disable())
        .with_state(state)
}

async fn handle(
    State(state): State<Arc<ServerState>>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Body,
) -> Response {
    let request_id = uuid::Uuid::new_v4().to_string();
    let target = headers
        .get("x-amz-target")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string();
    let span = tracing::info_span!("request", id = %request_id, target = %target);
    let _guard = span.enter();
    match serve(&state, &request_id, method, uri, &headers, &target, body).await {
        Ok(bytes) => {
            let mut response = (StatusCode::OK, bytes).into_response();
            let out = response.headers_mut();
            out.insert(
                "content-type",
                HeaderValue::from_static("application/x-amz-json-1.1"),
            );
            if let Ok(value) = HeaderValue::from_str(&request_id) {
                out.insert("x-amzn-requestid", value);
            }
            response
        }
        Err(error) => {
            if error.status >= 500 {
                tracing::error!(code = %error.code, message = %error.message, "request failed");
            } else {
                tracing::debug!(code = %error.code, message = %error.message, "request refused");
            }
            error.into_response_with_id(&request_id)
        }
    }
}

async fn serve(
    state: &ServerState,
    request_id: &str,
    method: Method,
    uri: Uri,
    headers: &HeaderMap,
    target: &str,
    body: Body,
) -> Result<Vec<u8>, ApiError> {
    let limit = state.config.max_body_bytes;
    let body = axum::body::to_bytes(body, limit).await.map_err(|_| {
        ApiError::new(
            413,
            "RequestEntityTooLargeException",
            format!("Request body must be at most {limit} bytes."),
        )
    })?;
    let (ctx, signing_name) = authenticate(state, request_id, &method, &uri, headers, &body)?;
    let (service, operation) = route(&state.services, target, &signing_name)?;
    service.call(&ctx, operation, &body).await
}

/// Verifies a request's SigV4 signature against the accepted credentials and returns who is
/// calling, plus the signing name the request was signed for. Every authenticated path (API
/// calls and the agents' WebSocket upgrade) goes through here.
pub(crate) fn authenticate(
    state: &ServerState,
    request_id: &str,
    method: &Method,
    uri: &Uri,
    headers: &HeaderMap,
    body: &[u8],
) -> Result<(RequestContext, String), ApiError> {
    let header_list: Vec<(String, String)> = headers
        .iter()
        .map(|(name, value)| {
            (
                name.as_str().to_string(),
                String::from_utf8_lossy(value.as_bytes()).into_owned(),
            )
        })
        .collect();
    let parts = berth_sigv4::RequestParts {
        method: method.as_str(),
        path: uri.path(),
        query: uri.query().unwrap_or(""),
        headers: &header_list,
        body,
    };
    let policy = berth_sigv4::Policy {
        max_skew_secs: state.config.max_skew_secs,
    };
    let verified = berth_sigv4::verify(
        &parts,
        now_epoch_secs(),
        state.credentials.as_ref(),
        &policy,
    )?;
    let account = state
        .credentials
        .account_of(&verified.access_key_id)
        .ok_or_else(|| {
            ApiError::new(
                400,
                "UnrecognizedClientException",
                "The security token included in the request is invalid.",
            )
        })?;
    let ctx = RequestContext {
        request_id: request_id.to_string(),
        region: verified.region.clone(),
        account,
        principal: verified.principal.clone(),
    };
    Ok((ctx, verified.service))
}

/// Picks the service for a request: JSON protocols by target prefix.
fn route<'a, 't>(
    services: &'a [Arc<dyn AwsService>],
    target: &'t str,
    signing_name: &str,
) -> Result<(&'a Arc<dyn AwsService>, &'t str), ApiError> {
    if target.is_empty() {
        return Err(ApiError::unknown_operation(format!(
            "Missing X-Amz-Target header; no operation for signing name '{signing_name}'."
        )));
    }
    let Some((prefix, operation)) = target.split_once('.') else {
        return Err(ApiError::unknown_operation(format!(
            "X-Amz-Target '{target}' is not of the form Service.Operation."
        )));
    };
    services
        .iter()
        .find(|s| s.target_prefix() == Some(prefix))
        .map(|s| (s, operation))
        .ok_or_else(|| {
            ApiError::unknown_operation(format!("No service serves target prefix '{prefix}'."))
        })
}

fn now_epoch_secs() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}
