//! The one error type of the container runtime, its coarse [`ErrorKind`], and the pure
//! classification of image-pull failures.
//!
//! Every [`RuntimeError`] names the [`Operation`] that failed, so that its `Display` is already an
//! ECS-style reason (`CannotPullContainerError: ...`, `CannotStartContainerError: ...`) that the
//! agent can put in a task's `stoppedReason` or a container's `reason` as it is. This module knows
//! nothing of bollard: the Docker implementation maps its errors into these variants.

use std::fmt;
use std::time::Duration;

/// The runtime operation an error came from; it decides the ECS error name of the reason.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Operation {
    Ping,
    Info,
    InspectImage,
    PullImage,
    CreateContainer,
    StartContainer,
    StopContainer,
    RemoveContainer,
    InspectContainer,
    ListContainers,
    WaitContainer,
    Events,
    ContainerLogs,
    Stats,
    CreateNetwork,
    RemoveNetwork,
    InspectNetwork,
}

impl Operation {
    /// The ECS error name a failure of this operation is reported under (the ECS agent's
    /// `ErrorName()`s), e.g. `CannotPullContainerError`.
    pub fn ecs_error_name(self) -> &'static str {
        match self {
            Operation::PullImage | Operation::InspectImage => "CannotPullContainerError",
            Operation::CreateContainer => "CannotCreateContainerError",
            Operation::StartContainer => "CannotStartContainerError",
            Operation::StopContainer => "CannotStopContainerError",
            Operation::RemoveContainer => "CannotRemoveContainerError",
            Operation::InspectContainer | Operation::WaitContainer => "CannotInspectContainerError",
            Operation::ListContainers => "CannotListContainersError",
            Operation::Events => "DockerEventsError",
            Operation::ContainerLogs => "CannotGetContainerLogsError",
            Operation::Stats => "CannotGetContainerStatsError",
            Operation::CreateNetwork | Operation::RemoveNetwork | Operation::InspectNetwork => {
                "CannotManageNetworkError"
            }
            Operation::Ping | Operation::Info => "DockerUnavailableError",
        }
    }

    /// A short lower-case name for logs and timeout messages (`create container`).
    pub fn describe(self) -> &'static str {
        match self {
            Operation::Ping => "ping",
            Operation::Info => "info",
            Operation::InspectImage => "inspect image",
            Operation::PullImage => "pull image",
            Operation::CreateContainer => "create container",
            Operation::StartContainer => "start container",
            Operation::StopContainer => "stop container",
            Operation::RemoveContainer => "remove container",
            Operation::InspectContainer => "inspect container",
            Operation::ListContainers => "list containers",
            Operation::WaitContainer => "wait container",
            Operation::Events => "events",
            Operation::ContainerLogs => "container logs",
            Operation::Stats => "container stats",
            Operation::CreateNetwork => "create network",
            Operation::RemoveNetwork => "remove network",
            Operation::InspectNetwork => "inspect network",
        }
    }
}

impl fmt::Display for Operation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.describe())
    }
}

/// Why an image pull failed, as far as the daemon's message tells.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PullFailure {
    /// The repository, tag or digest does not exist in the registry.
    NotFound,
    /// The registry refused the credentials (or demanded some).
    Unauthorized,
    /// The registry could not be reached: DNS, refused connection, TLS, timeouts.
    Network,
    /// The pull made no progress for the inactivity timeout or exceeded its total deadline.
    Timeout,
    /// Anything else (disk full, bad manifest...).
    Other,
}

/// The coarse class of a [`RuntimeError`], for the agent to branch on (retry, treat as gone...).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ErrorKind {
    /// The container, image or network does not exist.
    NotFound,
    /// The object is in a state that forbids the operation, or the name is taken.
    Conflict,
    /// The call did not finish within its deadline (see `timeouts`).
    Timeout,
    /// The Docker daemon could not be reached, or a stream from it broke off.
    Unavailable,
    /// An image pull failed.
    ImagePull(PullFailure),
    /// Docker rejected the request as malformed (a bad container spec, for instance).
    Invalid,
    /// Anything else.
    Other,
}

/// An error from a [`crate::ContainerRuntime`] call.
///
/// `Display` gives an ECS-style reason: the ECS error name of the operation, a colon, and the
/// daemon's message (`CannotStartContainerError: ...`); a timeout reads as the ECS agent's
/// `DockerTimeoutError: Could not transition to ...; timed out after waiting 4m0s`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RuntimeError {
    #[error("{}: {message}", operation.ecs_error_name())]
    NotFound {
        operation: Operation,
        message: String,
    },
    #[error("{}: {message}", operation.ecs_error_name())]
    Conflict {
        operation: Operation,
        message: String,
    },
    #[error("DockerTimeoutError: could not {operation}; timed out after waiting {}", format_duration(*after))]
    Timeout {
        operation: Operation,
        after: Duration,
    },
    #[error("{}: Docker is unavailable: {message}", operation.ecs_error_name())]
    Unavailable {
        operation: Operation,
        message: String,
    },
    #[error("CannotPullContainerError: {message}")]
    ImagePull {
        image: String,
        failure: PullFailure,
        message: String,
    },
    #[error("{}: {message}", operation.ecs_error_name())]
    Invalid {
        operation: Operation,
        message: String,
    },
    #[error("{}: {message}", operation.ecs_error_name())]
    Other {
        operation: Operation,
        message: String,
    },
}

impl RuntimeError {
    /// The coarse class of this error.
    pub fn kind(&self) -> ErrorKind {
        match self {
            RuntimeError::NotFound { .. } => ErrorKind::NotFound,
            RuntimeError::Conflict { .. } => ErrorKind::Conflict,
            RuntimeError::Timeout { .. } => ErrorKind::Timeout,
            RuntimeError::Unavailable { .. } => ErrorKind::Unavailable,
            RuntimeError::ImagePull { failure, .. } => ErrorKind::ImagePull(*failure),
            RuntimeError::Invalid { .. } => ErrorKind::Invalid,
            RuntimeError::Other { .. } => ErrorKind::Other,
        }
    }

    /// The ECS error name this error is reported under (`CannotPullContainerError`,
    /// `DockerTimeoutError`...): the part of `Display` before the first colon.
    pub fn ecs_error_name(&self) -> &'static str {
        match self {
            RuntimeError::Timeout { .. } => "DockerTimeoutError",
            RuntimeError::ImagePull { .. } => "CannotPullContainerError",
            RuntimeError::NotFound { operation, .. }
            | RuntimeError::Conflict { operation, .. }
            | RuntimeError::Unavailable { operation, .. }
            | RuntimeError::Invalid { operation, .. }
            | RuntimeError::Other { operation, .. } => operation.ecs_error_name(),
        }
    }

    /// Whether retrying the same call may help (timeouts, an unreachable daemon, network
    /// trouble during a pull); not-found, conflicts, invalid specs and auth failures are final.
    pub fn is_retriable(&self) -> bool {
        matches!(
            self.kind(),
            ErrorKind::Timeout
                | ErrorKind::Unavailable
                | ErrorKind::ImagePull(PullFailure::Network | PullFailure::Timeout)
        )
    }

    /// A timeout of `operation` after `after`.
    pub fn timeout(operation: Operation, after: Duration) -> RuntimeError {
        RuntimeError::Timeout { operation, after }
    }
}

/// Formats a duration the way the ECS agent's Go messages do (`4m0s`, `30s`, `1.5s`).
fn format_duration(duration: Duration) -> String {
    let total_ms = duration.as_millis();
    let hours = total_ms / 3_600_000;
    let minutes = (total_ms / 60_000) % 60;
    let seconds = (total_ms / 1000) % 60;
    let millis = total_ms % 1000;
    let seconds_text = if millis == 0 {
        format!("{seconds}s")
    } else {
        let fraction = format!("{millis:03}");
        format!("{seconds}.{}s", fraction.trim_end_matches('0'))
    };
    if hours > 0 {
        format!("{hours}h{minutes}m{seconds_text}")
    } else if minutes > 0 {
        format!("{minutes}m{seconds_text}")
    } else {
        seconds_text
    }
}

/// Classifies a failed pull from the daemon's HTTP status (when the failure came as a response
/// rather than inside the progress stream) and its message.
///
/// Docker reports registry trouble as free text, so this matches the phrases the daemon and the
/// common registries use. An explicit status wins; then authorization phrases are checked before
/// not-found ones, because Docker Hub's "pull access denied ..., repository does not exist or may
/// require 'docker login'" is ambiguous and comes with a 404 that already decided it.
pub fn classify_pull_failure(status: Option<u16>, message: &str) -> PullFailure {
    match status {
        Some(404) => return PullFailure::NotFound,
        Some(401 | 403) => return PullFailure::Unauthorized,
        _ => {}
    }
    let text = message.to_ascii_lowercase();
    const UNAUTHORIZED: &[&str] = &[
        "unauthorized",
        "authentication required",
        "no basic auth credentials",
        "access denied",
        "denied:",
        "incorrect username or password",
        "forbidden",
    ];
    const NOT_FOUND: &[&str] = &[
        "manifest unknown",
        "name unknown",
        "not found",
        "does not exist",
        "no such image",
        "no matching manifest",
    ];
    const NETWORK: &[&str] = &[
        "dial tcp",
        "connection refused",
        "no such host",
        "i/o timeout",
        "tls handshake",
        "connection reset",
        "network is unreachable",
        "no route to host",
        "server misbehaving",
        "timeout exceeded",
        "temporary failure in name resolution",
        "unexpected eof",
    ];
    let has = |phrases: &[&str]| phrases.iter().any(|phrase| text.contains(phrase));
    if has(UNAUTHORIZED) {
        PullFailure::Unauthorized
    } else if has(NOT_FOUND) {
        PullFailure::NotFound
    } else if has(NETWORK) {
        PullFailure::Network
    } else {
        PullFailure::Other
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pull_failures_are_classified_from_real_daemon_messages() {
        let cases: &[(Option<u16>, &str, PullFailure)] = &[
            (
                Some(500),
                r#"Get "http://127.0.0.1:9/v2/": dial tcp 127.0.0.1:9: connect: connection refused"#,
                PullFailure::Network,
            ),
            (
                Some(500),
                r#"Get "https://registry-1.docker.io/v2/": dial tcp: lookup registry-1.docker.io on 10.0.0.2:53: no such host"#,
                PullFailure::Network,
            ),
            (
                Some(404),
                "pull access denied for nope, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
                PullFailure::NotFound,
            ),
            (
                None,
                "manifest for 127.0.0.1:5000/app:v9 not found: manifest unknown: manifest unknown",
                PullFailure::NotFound,
            ),
            (
                Some(500),
                "Head \"https://r.example/v2/app/manifests/1\": no basic auth credentials",
                PullFailure::Unauthorized,
            ),
            (
                None,
                "unauthorized: authentication required",
                PullFailure::Unauthorized,
            ),
            (Some(403), "whatever", PullFailure::Unauthorized),
            (
                Some(500),
                "Get \"https://r.example/v2/\": net/http: TLS handshake timeout",
                PullFailure::Network,
            ),
            (
                None,
                "write /var/lib/docker/tmp/x: no space left on device",
                PullFailure::Other,
            ),
        ];
        for (status, message, expected) in cases {
            assert_eq!(
                classify_pull_failure(*status, message),
                *expected,
                "{status:?} {message}"
            );
        }
    }

    #[test]
    fn display_is_an_ecs_reason() {
        let cases = [
            (
                RuntimeError::ImagePull {
                    image: "a:b".into(),
                    failure: PullFailure::NotFound,
                    message: "manifest unknown".into(),
                },
                "CannotPullContainerError: manifest unknown",
            ),
            (
                RuntimeError::Other {
                    operation: Operation::StartContainer,
                    message: "OCI runtime create failed".into(),
                },
                "CannotStartContainerError: OCI runtime create failed",
            ),
            (
                RuntimeError::timeout(Operation::CreateContainer, Duration::from_secs(240)),
                "DockerTimeoutError: could not create container; timed out after waiting 4m0s",
            ),
            (
                RuntimeError::Unavailable {
                    operation: Operation::Events,
                    message: "connection closed".into(),
                },
                "DockerEventsError: Docker is unavailable: connection closed",
            ),
        ];
        for (error, expected) in cases {
            assert_eq!(error.to_string(), expected);
            let name = expected.split(':').next().unwrap_or_default();
            assert_eq!(error.ecs_error_name(), name);
        }
    }

    #[test]
    fn durations_format_like_go() {
        let cases = [
            (Duration::from_secs(30), "30s"),
            (Duration::from_millis(1500), "1.5s"),
            (Duration::from_secs(240), "4m0s"),
            (Duration::from_secs(7200), "2h0m0s"),
            (Duration::from_millis(250), "0.25s"),
        ];
        for (duration, expected) in cases {
            assert_eq!(format_duration(duration), expected);
        }
    }

    #[test]
    fn retriable_errors_are_transient_ones() {
        let timeout = RuntimeError::timeout(Operation::StopContainer, Duration::from_secs(1));
        assert!(timeout.is_retriable());
        let missing = RuntimeError::NotFound {
            operation: Operation::StopContainer,
            message: "no such container".into(),
        };
        assert!(!missing.is_retriable());
        let auth = RuntimeError::ImagePull {
            image: "x".into(),
            failure: PullFailure::Unauthorized,
            message: "denied".into(),
        };
        assert!(!auth.is_retriable());
        assert_eq!(auth.kind(), ErrorKind::ImagePull(PullFailure::Unauthorized));
    }
}
