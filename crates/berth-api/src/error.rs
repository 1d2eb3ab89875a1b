//! The one place that renders errors on the wire: `__type` + `message` in the body, the
//! `X-Amzn-ErrorType` header, and the HTTP status.
//!
//! botocore reads only the body; the AWS SDKs for Rust read the header first. Both are set.

use axum::http::{HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use berth_control::EcsError;

/// An error as it goes on the wire.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{code}: {message}")]
pub struct ApiError {
    pub status: u16,
    pub code: String,
    pub message: String,
}

impl ApiError {
    pub fn new(status: u16, code: impl Into<String>, message: impl Into<String>) -> Self {
        ApiError {
            status,
            code: code.into(),
            message: message.into(),
        }
    }

    /// A malformed body: the JSON does not parse or a member has the wrong type.
    pub fn serialization(message: impl Into<String>) -> Self {
        ApiError::new(400, "SerializationException", message)
    }

    pub fn unknown_operation(message: impl Into<String>) -> Self {
        ApiError::new(400, "UnknownOperationException", message)
    }

    /// Renders the error with a request id.
    pub fn into_response_with_id(self, request_id: &str) -> Response {
        let status = StatusCode::from_u16(self.status).unwrap_or(StatusCode::BAD_REQUEST);
        let body = serde_json::json!({ "__type": self.code, "message": self.message });
        let mut response = (status, body.to_string()).into_response();
        let headers = response.headers_mut();
        headers.insert(
            "content-type",
            HeaderValue::from_static("application/x-amz-json-1.1"),
        );
        if let Ok(value) = HeaderValue::from_str(&self.code) {
            headers.insert("x-amzn-errortype", value);
        }
        if let Ok(value) = HeaderValue::from_str(request_id) {
            headers.insert("x-amzn-requestid", value);
        }
        response
    }
}

impl From<EcsError> for ApiError {
    fn from(error: EcsError) -> Self {
        let status = if error.is_server_fault() { 500 } else { 400 };
        ApiError::new(status, error.code(), error.to_string())
    }
}

impl From<berth_sigv4::AuthError> for ApiError {
    fn from(error: berth_sigv4::AuthError) -> Self {
        ApiError::new(error.http_status(), error.code(), error.to_string())
    }
}
