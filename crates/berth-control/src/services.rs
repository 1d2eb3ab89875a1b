//! Services: CreateService, UpdateService, DeleteService, DescribeServices, ListServices,
//! ListServicesByNamespace, and the service deployment operations (ListServiceDeployments,
//! DescribeServiceDeployments, DescribeServiceRevisions, StopServiceDeployment).
//!
//! The handlers validate requests (`request.rs`, pure), keep one [`ServiceRecord`] per service
//! with its deployments, deployment history, events and the scheduler's memory (`ops.rs`,
//! `deployments.rs`), and render records on the wire with counts computed live from the task
//! records (`describe.rs`), so that a service's `runningCount`/`pendingCount` always agree with
//! DescribeTasks. Event texts and their rate limiting live in `events.rs`. Starting and stopping
//! tasks is the service controller's business (`service_controller`): this module never touches
//! task records, and nothing here knows HTTP.

pub(crate) mod deployments;
mod describe;
pub(crate) mod events;
mod ops;
pub(crate) mod request;

#[cfg(test)]
pub(crate) mod tests;

use crate::db::Versioned;
use crate::error::{EcsError, EcsResult};
use crate::keys;
use crate::records::{DeploymentRecord, ServiceRecord, TaskRecord};
use crate::ControlPlane;
use berth_model::{Arn, ResourceKind, Scope};

pub(crate) use describe::service_to_wire;

/// Service statuses (`Service.status`).
pub(crate) const ACTIVE: &str = "ACTIVE";
pub(crate) const DRAINING: &str = "DRAINING";
pub(crate) const INACTIVE: &str = "INACTIVE";
/// Deployment statuses (`Deployment.status`).
pub(crate) const PRIMARY: &str = "PRIMARY";
pub(crate) const ACTIVE_DEPLOYMENT: &str = "ACTIVE";
/// Rollout states (`Deployment.rolloutState`).
pub(crate) const IN_PROGRESS: &str = "IN_PROGRESS";
pub(crate) const COMPLETED: &str = "COMPLETED";
pub(crate) const FAILED: &str = "FAILED";
/// Scheduling strategies.
pub(crate) const REPLICA: &str = "REPLICA";
pub(crate) const DAEMON: &str = "DAEMON";
/// The message ECS returns for a service that does not exist.
pub(crate) const SERVICE_NOT_FOUND: &str = "Service not found.";
/// The message ECS returns for a service that is DRAINING or INACTIVE.
pub(crate) const SERVICE_NOT_ACTIVE: &str = "Service was not ACTIVE.";
/// Service deployments kept per service for ListServiceDeployments (oldest dropped first).
pub(crate) const MAX_HISTORY: usize = 50;

/// The task group of a service's tasks, as ECS names it.
pub(crate) fn service_group(name: &str) -> String {
    format!("service:{name}")
}

/// The service's ARN (the long format, `service/CLUSTER/NAME`).
pub(crate) fn service_arn(scope: &Scope, cluster: &str, name: &str) -> String {
    scope
        .arn(ResourceKind::Service, &format!("{cluster}/{name}"))
        .to_string()
}

/// A fresh deployment id: `ecs-svc/` and 19 digits, as ECS forms them.
pub(crate) fn new_deployment_id() -> String {
    let digits: u64 = rand::random::<u64>() % 9_000_000_000_000_000_000 + 1_000_000_000_000_000_000;
    format!("ecs-svc/{digits}")
}

/// The digits of a deployment id, which also name its service deployment and revision.
pub(crate) fn deployment_digits(id: &str) -> &str {
    id.strip_prefix("ecs-svc/").unwrap_or(id)
}

/// The rollout reason ECS shows while a deployment is in progress.
pub(crate) fn in_progress_reason(id: &str) -> String {
    format!("ECS deployment {id} in progress.")
}

/// The rollout reason ECS shows once a deployment completed.
pub(crate) fn completed_reason(id: &str) -> String {
    format!("ECS deployment {id} completed.")
}

/// A service named in a request: by name, or by ARN (`service/NAME` or `service/CLUSTER/NAME`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ServiceRef {
    pub name: String,
    /// The cluster a long-format ARN names.
    pub cluster: Option<String>,
}

/// Reads a service name or ARN given for `field`.
pub(crate) fn parse_service_ref(scope: &Scope, field: &str, text: &str) -> EcsResult<ServiceRef> {
    if text.is_empty() {
        return Err(EcsError::invalid(format!("{field} is required.")));
    }
    if !text.starts_with("arn:") {
        crate::validate::name(field, text)?;
        return Ok(ServiceRef {
            name: text.to_string(),
            cluster: None,
        });
    }
    let arn = Arn::resolve(scope, ResourceKind::Service, text)
        .map_err(|e| EcsError::invalid(format!("{field}: {e}.")))?;
    let (cluster, name) = match arn.path.split_once('/') {
        Some((cluster, name)) => (Some(cluster.to_string()), name.to_string()),
        None => (None, arn.path.clone()),
    };
    crate::validate::name(field, &name)?;
    Ok(ServiceRef { name, cluster })
}

/// The primary deployment of a service record.
pub(crate) fn primary(record: &ServiceRecord) -> Option<&DeploymentRecord> {
    record.deployments.iter().find(|d| d.status == PRIMARY)
}

impl ControlPlane {
    /// The service a reference names in `cluster`, whatever its status; `None` when there is
    /// none (or its ARN names another cluster).
    pub(crate) async fn find_service(
        &self,
        scope: &Scope,
        cluster: &str,
        service: &ServiceRef,
    ) -> EcsResult<Option<Versioned<ServiceRecord>>> {
        if service.cluster.as_deref().is_some_and(|c| c != cluster) {
            return Ok(None);
        }
        self.load::<ServiceRecord>(&keys::service(scope, cluster, &service.name))
            .await
    }

    /// The service, which must exist (`ServiceNotFoundException`) and be ACTIVE
    /// (`ServiceNotActiveException`).
    pub(crate) async fn active_service(
        &self,
        scope: &Scope,
        cluster: &str,
        service: &ServiceRef,
    ) -> EcsResult<Versioned<ServiceRecord>> {
        match self.find_service(scope, cluster, service).await? {
            None => Err(EcsError::ServiceNotFound(SERVICE_NOT_FOUND.into())),
            Some(found) if found.record.status != ACTIVE => {
                Err(EcsError::ServiceNotActive(SERVICE_NOT_ACTIVE.into()))
            }
            Some(found) => Ok(found),
        }
    }

    /// Every task record of a cluster, read once per request.
    pub(crate) async fn cluster_tasks(
        &self,
        scope: &Scope,
        cluster: &str,
    ) -> EcsResult<Vec<TaskRecord>> {
        Ok(self
            .list_all::<TaskRecord>(&keys::tasks(scope, cluster))
            .await?
            .into_iter()
            .map(|t| t.record)
            .collect())
    }
}

/// The tasks of one service among a cluster's tasks.
pub(crate) fn tasks_of<'a>(tasks: &'a [TaskRecord], name: &str) -> Vec<&'a TaskRecord> {
    let group = service_group(name);
    tasks
        .iter()
        .filter(|t| t.group.as_deref() == Some(group.as_str()))
        .collect()
}
