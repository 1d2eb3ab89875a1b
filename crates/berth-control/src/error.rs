//! The errors a control-plane operation can return, one variant per ECS error code.
//!
//! Handlers return these; the API crate renders them (`__type` + `message`) and picks the HTTP
//! status from [`EcsError::is_server_fault`]. Messages name the field and the rule, as ECS does.

use berth_store::StoreError;

/// An ECS error: the variant is the `__type` a client sees, the payload its message.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EcsError {
    #[error("{0}")]
    Client(String),
    #[error("{0}")]
    InvalidParameter(String),
    #[error("{0}")]
    ClusterNotFound(String),
    #[error("{0}")]
    ClusterContainsContainerInstances(String),
    #[error("{0}")]
    ClusterContainsServices(String),
    #[error("{0}")]
    ClusterContainsTasks(String),
    #[error("{0}")]
    ServiceNotFound(String),
    #[error("{0}")]
    ServiceNotActive(String),
    #[error("{0}")]
    ResourceNotFound(String),
    #[error("{0}")]
    ResourceInUse(String),
    #[error("{0}")]
    LimitExceeded(String),
    #[error("{0}")]
    AttributeLimitExceeded(String),
    #[error("{0}")]
    TargetNotFound(String),
    #[error("{0}")]
    UnsupportedFeature(String),
    #[error("{0}")]
    PlatformTaskDefinitionIncompatibility(String),
    #[error("{0}")]
    ServiceDeploymentNotFound(String),
    #[error("{0}")]
    Conflict(String),
    #[error("{0}")]
    Server(String),
}

impl EcsError {
    /// The ECS error code, as it appears in `__type`.
    pub fn code(&self) -> &'static str {
        match self {
            EcsError::Client(_) => "ClientException",
            EcsError::InvalidParameter(_) => "InvalidParameterException",
            EcsError::ClusterNotFound(_) => "ClusterNotFoundException",
            EcsError::ClusterContainsContainerInstances(_) => {
                "ClusterContainsContainerInstancesException"
            }
            EcsError::ClusterContainsServices(_) => "ClusterContainsServicesException",
            EcsError::ClusterContainsTasks(_) => "ClusterContainsTasksException",
            EcsError::ServiceNotFound(_) => "ServiceNotFoundException",
            EcsError::ServiceNotActive(_) => "ServiceNotActiveException",
            EcsError::ResourceNotFound(_) => "ResourceNotFoundException",
            EcsError::ResourceInUse(_) => "ResourceInUseException",
            EcsError::LimitExceeded(_) => "LimitExceededException",
            EcsError::AttributeLimitExceeded(_) => "AttributeLimitExceededException",
            EcsError::TargetNotFound(_) => "TargetNotFoundException",
            EcsError::UnsupportedFeature(_) => "UnsupportedFeatureException",
            EcsError::PlatformTaskDefinitionIncompatibility(_) => {
                "PlatformTaskDefinitionIncompatibilityException"
            }
            EcsError::ServiceDeploymentNotFound(_) => "ServiceDeploymentNotFoundException",
            EcsError::Conflict(_) => "ConflictException",
            EcsError::Server(_) => "ServerException",
        }
    }

    /// Whether the fault is the server's (HTTP 500) rather than the caller's (HTTP 400).
    pub fn is_server_fault(&self) -> bool {
        matches!(self, EcsError::Server(_))
    }

    /// `InvalidParameterException` with a formatted message.
    pub fn invalid(message: impl Into<String>) -> Self {
        EcsError::InvalidParameter(message.into())
    }

    /// `ClientException` with a formatted message.
    pub fn client(message: impl Into<String>) -> Self {
        EcsError::Client(message.into())
    }

    /// The ECS message for an unknown cluster.
    pub fn cluster_not_found() -> Self {
        EcsError::ClusterNotFound("Cluster not found.".to_string())
    }
}

impl From<StoreError> for EcsError {
    fn from(error: StoreError) -> Self {
        // Store failures are never the caller's fault; the detail goes to the log, not the client.
        tracing::error!(%error, "store failure");
        EcsError::Server("The server encountered an internal error; retry the request.".into())
    }
}

impl From<berth_store::RecordError> for EcsError {
    fn from(error: berth_store::RecordError) -> Self {
        tracing::error!(%error, "record encoding failure");
        EcsError::Server("The server encountered an internal error; retry the request.".into())
    }
}

/// The result of every control-plane operation.
pub type EcsResult<T> = Result<T, EcsError>;
