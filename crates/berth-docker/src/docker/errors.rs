//! Mapping of bollard's errors into [`RuntimeError`], and the deadline wrapper every Docker call
//! goes through.
//!
//! The HTTP status decides the kind where Docker gives one (404 not found, 409/403 conflict, 400
//! invalid); transport failures mean the daemon is unavailable. Pull failures get the registry
//! classification of [`crate::error::classify_pull_failure`].

use std::future::Future;
use std::time::Duration;

use bollard::errors::Error as DockerError;

use crate::error::{classify_pull_failure, Operation, PullFailure, RuntimeError};
use crate::timeouts;

/// Runs `call` with a deadline, mapping both the timeout and bollard's error.
pub(crate) async fn deadline<T, F>(
    operation: Operation,
    limit: Duration,
    call: F,
) -> Result<T, RuntimeError>
where
    F: Future<Output = Result<T, DockerError>>,
{
    match tokio::time::timeout(limit, call).await {
        Ok(result) => result.map_err(|error| map_error(operation, error)),
        Err(_) => Err(RuntimeError::timeout(operation, limit)),
    }
}

/// The HTTP status of a daemon error response, if the error is one.
pub(crate) fn status_of(error: &DockerError) -> Option<u16> {
    match error {
        DockerError::DockerResponseServerError { status_code, .. } => Some(*status_code),
        _ => None,
    }
}

/// Maps a bollard error of `operation`.
pub(crate) fn map_error(operation: Operation, error: DockerError) -> RuntimeError {
    match error {
        DockerError::DockerResponseServerError {
            status_code,
            message,
        } => match status_code {
            404 => RuntimeError::NotFound { operation, message },
            // Docker answers 403 for "network has active endpoints" and similar state conflicts.
            403 | 409 => RuntimeError::Conflict { operation, message },
            400 => RuntimeError::Invalid { operation, message },
            _ => RuntimeError::Other { operation, message },
        },
        DockerError::RequestTimeoutError => {
            RuntimeError::timeout(operation, timeouts::CLIENT_REQUEST)
        }
        error @ (DockerError::IOError { .. }
        | DockerError::HyperResponseError { .. }
        | DockerError::HttpClientError { .. }
        | DockerError::SocketNotFoundError(_)) => RuntimeError::Unavailable {
            operation,
            message: error.to_string(),
        },
        other => RuntimeError::Other {
            operation,
            message: other.to_string(),
        },
    }
}

/// Maps a failure while pulling `image`: daemon responses and stream errors are classified
/// registry failures; a daemon that cannot be reached stays [`RuntimeError::Unavailable`].
pub(crate) fn map_pull_error(image: &str, error: DockerError) -> RuntimeError {
    let (status, message) = match error {
        DockerError::DockerResponseServerError {
            status_code,
            message,
        } => (Some(status_code), message),
        DockerError::DockerStreamError { error } => (None, error),
        other => return map_error(Operation::PullImage, other),
    };
    RuntimeError::ImagePull {
        image: image.to_string(),
        failure: classify_pull_failure(status, &message),
        message,
    }
}

/// A pull that stalled or ran past its total deadline.
pub(crate) fn pull_timeout(image: &str, stalled: bool, limit: Duration) -> RuntimeError {
    let message = if stalled {
        format!(
            "pull of {image} made no progress for {}s",
            limit.as_secs_f64()
        )
    } else {
        format!(
            "pull of {image} did not finish within {}s",
            limit.as_secs_f64()
        )
    };
    RuntimeError::ImagePull {
        image: image.to_string(),
        failure: PullFailure::Timeout,
        message,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ErrorKind;

    fn response(status_code: u16, message: &str) -> DockerError {
        DockerError::DockerResponseServerError {
            status_code,
            message: message.to_string(),
        }
    }

    #[test]
    fn statuses_decide_the_kind() {
        let cases = [
            (404, ErrorKind::NotFound),
            (409, ErrorKind::Conflict),
            (403, ErrorKind::Conflict),
            (400, ErrorKind::Invalid),
            (500, ErrorKind::Other),
        ];
        for (status, kind) in cases {
            let error = map_error(Operation::StartContainer, response(status, "m"));
            assert_eq!(error.kind(), kind, "{status}");
            assert_eq!(error.to_string(), "CannotStartContainerError: m");
        }
        let missing = map_error(
            Operation::InspectContainer,
            DockerError::SocketNotFoundError("/nope".into()),
        );
        assert_eq!(missing.kind(), ErrorKind::Unavailable);
    }

    #[test]
    fn pull_errors_are_classified() {
        let refused = map_pull_error(
            "127.0.0.1:9/none:latest",
            response(
                500,
                "Get \"http://127.0.0.1:9/v2/\": dial tcp 127.0.0.1:9: connect: connection refused",
            ),
        );
        assert_eq!(refused.kind(), ErrorKind::ImagePull(PullFailure::Network));
        assert!(refused
            .to_string()
            .starts_with("CannotPullContainerError: Get "));
        let unknown = map_pull_error(
            "r/app:v9",
            DockerError::DockerStreamError {
                error: "manifest for r/app:v9 not found: manifest unknown".into(),
            },
        );
        assert_eq!(unknown.kind(), ErrorKind::ImagePull(PullFailure::NotFound));
        let stalled = pull_timeout("r/app:v9", true, Duration::from_secs(60));
        assert_eq!(stalled.kind(), ErrorKind::ImagePull(PullFailure::Timeout));
        assert!(stalled.is_retriable());
    }

    #[tokio::test]
    async fn deadlines_fire() {
        let never = std::future::pending::<Result<(), DockerError>>();
        let error = deadline(Operation::CreateContainer, Duration::from_millis(10), never)
            .await
            .expect_err("times out");
        assert_eq!(error.kind(), ErrorKind::Timeout);
    }
}
