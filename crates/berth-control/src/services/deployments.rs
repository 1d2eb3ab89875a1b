//! Service deployments and revisions: starting a deployment on a service record, and the
//! operations that show their history (ListServiceDeployments, DescribeServiceDeployments,
//! DescribeServiceRevisions) or stop one (StopServiceDeployment, which rolls back).
//!
//! Every deployment of `deployments[]` has a history entry ([`ServiceDeploymentRecord`]) kept in
//! the service record after the deployment is gone; its id's digits name both the service
//! deployment (`service-deployment/CLUSTER/SERVICE/DIGITS`) and its revision
//! (`service-revision/CLUSTER/SERVICE/DIGITS`). A rollback is a deployment of its own that
//! restores the last completed revision; the deployment it undoes points at it. This module must
//! not start or stop tasks.

use super::{
    deployment_digits, in_progress_reason, new_deployment_id, parse_service_ref, primary,
    ACTIVE_DEPLOYMENT, IN_PROGRESS, MAX_HISTORY, PRIMARY,
};
use crate::db::{self, Commit, MAX_CONFLICT_RETRIES};
use crate::error::{EcsError, EcsResult};
use crate::records::{
    DeploymentRecord, RollbackRecord, ServiceDeploymentRecord, ServiceRecord, ServiceRevisionRecord,
};
use crate::{pagination, validate, ControlPlane};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use berth_model::{Arn, ResourceKind, Scope};
use berth_wire::ecs as wire;
use berth_wire::Timestamp;

/// ServiceDeploymentStatus values berth uses.
pub(crate) const SUCCESSFUL: &str = "SUCCESSFUL";
pub(crate) const STOPPED: &str = "STOPPED";
pub(crate) const ROLLBACK_IN_PROGRESS: &str = "ROLLBACK_IN_PROGRESS";
pub(crate) const ROLLBACK_SUCCESSFUL: &str = "ROLLBACK_SUCCESSFUL";
/// ListServiceDeployments' default and largest page.
const DEFAULT_DEPLOYMENT_PAGE: i32 = 20;
const MAX_DEPLOYMENT_PAGE: i32 = 100;
/// DescribeServiceDeployments / DescribeServiceRevisions take up to 20 ARNs.
const MAX_DESCRIBE_ARNS: usize = 20;
/// Why an in-progress deployment stops when a newer one starts.
const SUPERSEDED: &str = "A newer service deployment started.";
/// The reason a rollback asked for with StopServiceDeployment records.
const STOP_ROLLBACK_REASON: &str =
    "Service deployment rolled back by a StopServiceDeployment request.";

fn timestamp(secs: f64) -> Option<Timestamp> {
    Timestamp::from_unix_seconds_f64(secs).ok()
}

pub(crate) fn service_deployment_arn(scope: &Scope, record: &ServiceRecord, id: &str) -> String {
    scope
        .arn(
            ResourceKind::ServiceDeployment,
            &format!(
                "{}/{}/{}",
                record.cluster,
                record.name,
                deployment_digits(id)
            ),
        )
        .to_string()
}

pub(crate) fn service_revision_arn(scope: &Scope, record: &ServiceRecord, id: &str) -> String {
    scope
        .arn(
            ResourceKind::ServiceRevision,
            &format!(
                "{}/{}/{}",
                record.cluster,
                record.name,
                deployment_digits(id)
            ),
        )
        .to_string()
}

/// Marks in-progress history entries stopped (the service was deleted, or a newer deployment
/// started).
pub(crate) fn stop_in_progress(record: &mut ServiceRecord, now: f64, reason: &str) {
    for entry in &mut record.history {
        if entry.status == IN_PROGRESS {
            entry.status = STOPPED.into();
            entry.status_reason = Some(reason.to_string());
            entry.stopped_at = Some(now);
            entry.updated_at = now;
        }
    }
}

/// Starts a new PRIMARY deployment of `revision`; the previous primary becomes ACTIVE, restarts
/// are no longer throttled. Returns the new deployment's id.
pub(crate) fn start_deployment(
    record: &mut ServiceRecord,
    revision: ServiceRevisionRecord,
    now: f64,
) -> String {
    let id = new_deployment_id();
    let sources: Vec<String> = record.deployments.iter().map(|d| d.id.clone()).collect();
    for deployment in &mut record.deployments {
        if deployment.status == PRIMARY {
            deployment.status = ACTIVE_DEPLOYMENT.into();
            deployment.updated_at = now;
        }
    }
    stop_in_progress(record, now, SUPERSEDED);
    record.deployments.insert(
        0,
        DeploymentRecord {
            id: id.clone(),
            status: PRIMARY.into(),
            revision: revision.clone(),
            failed_tasks: 0,
            created_at: now,
            updated_at: now,
            rollout_state: IN_PROGRESS.into(),
            rollout_state_reason: in_progress_reason(&id),
        },
    );
    record.history.push(ServiceDeploymentRecord {
        id: id.clone(),
        revision: revision.clone(),
        source_deployments: sources,
        deployment_configuration: record.deployment_configuration.clone(),
        status: IN_PROGRESS.into(),
        status_reason: None,
        created_at: now,
        started_at: now,
        updated_at: now,
        finished_at: None,
        stopped_at: None,
        rollback: None,
        failed_tasks: 0,
    });
    if record.history.len() > MAX_HISTORY {
        let excess = record.history.len() - MAX_HISTORY;
        record.history.drain(..excess);
    }
    record.revision = revision;
    record.scheduler.consecutive_start_failures = 0;
    record.scheduler.start_not_before = 0.0;
    record.scheduler.steady = false;
    super::events::resolve(record, super::events::QUIET_THROTTLED);
    id
}

/// Rolls the service back to its last completed revision: a new deployment of it, which the
/// undone deployment `from` points at. `None` when nothing completed before.
pub(crate) fn roll_back(
    record: &mut ServiceRecord,
    from: &str,
    reason: &str,
    now: f64,
) -> Option<String> {
    let revision = record.scheduler.stable_revision.clone()?;
    let to = start_deployment(record, revision, now);
    if let Some(entry) = record.history.iter_mut().find(|h| h.id == from) {
        entry.status = ROLLBACK_IN_PROGRESS.into();
        entry.status_reason = Some(reason.to_string());
        entry.stopped_at = None;
        entry.updated_at = now;
        entry.rollback = Some(RollbackRecord {
            reason: reason.to_string(),
            started_at: now,
            to_deployment: to.clone(),
        });
    }
    Some(to)
}

/// The history entry of a deployment.
pub(crate) fn history_mut<'a>(
    record: &'a mut ServiceRecord,
    id: &str,
) -> Option<&'a mut ServiceDeploymentRecord> {
    record.history.iter_mut().find(|h| h.id == id)
}

/// A service deployment or revision ARN read back: the service's cluster and name and the
/// deployment id (`ecs-svc/DIGITS`).
fn parse_history_arn(
    scope: &Scope,
    kind: ResourceKind,
    field: &str,
    text: &str,
) -> EcsResult<Option<(String, String, String)>> {
    let arn =
        Arn::resolve(scope, kind, text).map_err(|e| EcsError::invalid(format!("{field}: {e}.")))?;
    let parts: Vec<&str> = arn.path.split('/').collect();
    match parts.as_slice() {
        [cluster, service, digits]
            if validate::name("cluster", cluster).is_ok()
                && validate::name("service", service).is_ok()
                && !digits.is_empty() =>
        {
            Ok(Some((
                cluster.to_string(),
                service.to_string(),
                format!("ecs-svc/{digits}"),
            )))
        }
        _ => Ok(None),
    }
}

fn missing(arn: &str) -> wire::Failure {
    wire::Failure {
        arn: Some(arn.to_string()),
        reason: Some("MISSING".into()),
        detail: None,
    }
}

fn revision_summary(
    scope: &Scope,
    record: &ServiceRecord,
    id: &str,
) -> wire::ServiceRevisionSummary {
    wire::ServiceRevisionSummary {
        arn: Some(service_revision_arn(scope, record, id)),
        ..Default::default()
    }
}

fn deployment_to_wire(
    scope: &Scope,
    record: &ServiceRecord,
    entry: &ServiceDeploymentRecord,
) -> wire::ServiceDeployment {
    let breaker = entry
        .deployment_configuration
        .deployment_circuit_breaker
        .as_ref();
    let enabled = breaker.and_then(|b| b.enable).unwrap_or(false);
    wire::ServiceDeployment {
        service_deployment_arn: Some(service_deployment_arn(scope, record, &entry.id)),
        service_arn: Some(record.arn.clone()),
        cluster_arn: Some(record.cluster_arn.clone()),
        created_at: timestamp(entry.created_at),
        started_at: timestamp(entry.started_at),
        finished_at: entry.finished_at.and_then(timestamp),
        stopped_at: entry.stopped_at.and_then(timestamp),
        updated_at: timestamp(entry.updated_at),
        source_service_revisions: Some(
            entry
                .source_deployments
                .iter()
                .map(|id| revision_summary(scope, record, id))
                .collect(),
        ),
        target_service_revision: Some(wire::ServiceRevisionSummary {
            requested_task_count: Some(record.desired_count),
            ..revision_summary(scope, record, &entry.id)
        }),
        status: Some(entry.status.clone()),
        status_reason: entry.status_reason.clone(),
        deployment_configuration: Some(entry.deployment_configuration.clone()),
        rollback: entry.rollback.as_ref().map(|r| wire::Rollback {
            reason: Some(r.reason.clone()),
            started_at: timestamp(r.started_at),
            service_revision_arn: Some(service_revision_arn(scope, record, &r.to_deployment)),
        }),
        deployment_circuit_breaker: Some(wire::ServiceDeploymentCircuitBreaker {
            status: Some(if enabled { "MONITORING" } else { "DISABLED" }.into()),
            failure_count: Some(entry.failed_tasks as i32),
            threshold: Some(berth_scheduler::reconcile::circuit_breaker_threshold(
                record.desired_count.max(0) as u32,
            ) as i32),
        }),
        ..Default::default()
    }
}

fn non_empty<T: Clone>(items: &[T]) -> Option<Vec<T>> {
    (!items.is_empty()).then(|| items.to_vec())
}

fn revision_to_wire(
    scope: &Scope,
    record: &ServiceRecord,
    entry: &ServiceDeploymentRecord,
    definition: Option<&wire::TaskDefinition>,
) -> wire::ServiceRevision {
    let revision = &entry.revision;
    wire::ServiceRevision {
        service_revision_arn: Some(service_revision_arn(scope, record, &entry.id)),
        service_arn: Some(record.arn.clone()),
        cluster_arn: Some(record.cluster_arn.clone()),
        task_definition: Some(revision.task_definition.clone()),
        capacity_provider_strategy: non_empty(&revision.capacity_provider_strategy),
        launch_type: revision.launch_type.clone(),
        platform_version: revision.platform_version.clone(),
        load_balancers: Some(revision.load_balancers.clone()),
        service_registries: Some(revision.service_registries.clone()),
        network_configuration: revision.network_configuration.clone(),
        container_images: definition.map(|d| {
            d.container_definitions
                .as_deref()
                .unwrap_or_default()
                .iter()
                .map(|c| wire::ContainerImage {
                    container_name: c.name.clone(),
                    image: c.image.clone(),
                    image_digest: None,
                })
                .collect()
        }),
        guard_duty_enabled: Some(false),
        service_connect_configuration: revision.service_connect_configuration.clone(),
        volume_configurations: non_empty(&revision.volume_configurations),
        vpc_lattice_configurations: non_empty(&revision.vpc_lattice_configurations),
        created_at: timestamp(entry.created_at),
        ..Default::default()
    }
}

impl ControlPlane {
    pub async fn list_service_deployments(
        &self,
        scope: &Scope,
        request: wire::ListServiceDeploymentsRequest,
    ) -> EcsResult<wire::ListServiceDeploymentsResponse> {
        let given = request.service.clone().unwrap_or_default();
        let service_ref = parse_service_ref(scope, "service", &given)?;
        let limit = match request.max_results {
            None => DEFAULT_DEPLOYMENT_PAGE as usize,
            Some(_) => pagination::page_size(request.max_results, MAX_DEPLOYMENT_PAGE)?,
        };
        let statuses = request.status.clone().unwrap_or_default();
        for status in &statuses {
            validate::one_of("status", status, wire::SERVICE_DEPLOYMENT_STATUS_VALUES)?;
        }
        let cluster_name = match (&request.cluster, &service_ref.cluster) {
            (Some(c), _) if !c.is_empty() => Some(c.clone()),
            (_, Some(c)) => Some(c.clone()),
            _ => None,
        };
        let cluster = self.active_cluster(scope, cluster_name.as_deref()).await?;
        let Some(found) = self
            .find_service(scope, &cluster.record.name, &service_ref)
            .await?
        else {
            return Err(EcsError::ServiceNotFound(super::SERVICE_NOT_FOUND.into()));
        };
        let record = &found.record;
        let after = request
            .created_at
            .as_ref()
            .and_then(|c| c.after)
            .map(Timestamp::unix_seconds_f64);
        let before = request
            .created_at
            .as_ref()
            .and_then(|c| c.before)
            .map(Timestamp::unix_seconds_f64);
        let offset = match request.next_token.as_deref().filter(|t| !t.is_empty()) {
            None => 0,
            Some(token) => URL_SAFE_NO_PAD
                .decode(token)
                .ok()
                .and_then(|b| String::from_utf8(b).ok())
                .and_then(|s| s.parse::<usize>().ok())
                .ok_or_else(|| EcsError::invalid("The nextToken is not valid for this request."))?,
        };
        let matching: Vec<&ServiceDeploymentRecord> = record
            .history
            .iter()
            .rev()
            .filter(|h| statuses.is_empty() || statuses.contains(&h.status))
            .filter(|h| after.is_none_or(|a| h.created_at >= a))
            .filter(|h| before.is_none_or(|b| h.created_at <= b))
            .collect();
        let page: Vec<wire::ServiceDeploymentBrief> = matching
            .iter()
            .skip(offset)
            .take(limit)
            .map(|h| wire::ServiceDeploymentBrief {
                service_deployment_arn: Some(service_deployment_arn(scope, record, &h.id)),
                service_arn: Some(record.arn.clone()),
                cluster_arn: Some(record.cluster_arn.clone()),
                started_at: timestamp(h.started_at),
                created_at: timestamp(h.created_at),
                finished_at: h.finished_at.and_then(timestamp),
                target_service_revision_arn: Some(service_revision_arn(scope, record, &h.id)),
                status: Some(h.status.clone()),
                status_reason: h.status_reason.clone(),
            })
            .collect();
        let next = offset + page.len();
        let next_token = (next < matching.len()).then(|| URL_SAFE_NO_PAD.encode(next.to_string()));
        Ok(wire::ListServiceDeploymentsResponse {
            service_deployments: Some(page),
            next_token,
        })
    }

    /// The service record and history entry an ARN of `kind` names.
    async fn history_entry(
        &self,
        scope: &Scope,
        kind: ResourceKind,
        field: &str,
        arn: &str,
    ) -> EcsResult<Option<(crate::db::Versioned<ServiceRecord>, String)>> {
        let Some((cluster, service, id)) = parse_history_arn(scope, kind, field, arn)? else {
            return Ok(None);
        };
        let key = crate::keys::service(scope, &cluster, &service);
        let Some(found) = self.load::<ServiceRecord>(&key).await? else {
            return Ok(None);
        };
        if !found.record.history.iter().any(|h| h.id == id) {
            return Ok(None);
        }
        Ok(Some((found, id)))
    }

    fn check_arn_list(field: &str, arns: &[String]) -> EcsResult<()> {
        if arns.is_empty() {
            return Err(EcsError::invalid(format!("{field} must not be empty.")));
        }
        validate::at_most(field, arns, MAX_DESCRIBE_ARNS)
    }

    pub async fn describe_service_deployments(
        &self,
        scope: &Scope,
        request: wire::DescribeServiceDeploymentsRequest,
    ) -> EcsResult<wire::DescribeServiceDeploymentsResponse> {
        let arns = request.service_deployment_arns.unwrap_or_default();
        Self::check_arn_list("serviceDeploymentArns", &arns)?;
        let mut out = Vec::new();
        let mut failures = Vec::new();
        for arn in &arns {
            match self
                .history_entry(
                    scope,
                    ResourceKind::ServiceDeployment,
                    "serviceDeploymentArns",
                    arn,
                )
                .await?
            {
                Some((found, id)) => {
                    if let Some(entry) = found.record.history.iter().find(|h| h.id == id) {
                        out.push(deployment_to_wire(scope, &found.record, entry));
                    }
                }
                None => failures.push(missing(arn)),
            }
        }
        Ok(wire::DescribeServiceDeploymentsResponse {
            service_deployments: Some(out),
            failures: Some(failures),
        })
    }

    pub async fn describe_service_revisions(
        &self,
        scope: &Scope,
        request: wire::DescribeServiceRevisionsRequest,
    ) -> EcsResult<wire::DescribeServiceRevisionsResponse> {
        let arns = request.service_revision_arns.unwrap_or_default();
        Self::check_arn_list("serviceRevisionArns", &arns)?;
        let mut out = Vec::new();
        let mut failures = Vec::new();
        for arn in &arns {
            let found = self
                .history_entry(
                    scope,
                    ResourceKind::ServiceRevision,
                    "serviceRevisionArns",
                    arn,
                )
                .await?;
            let Some((found, id)) = found else {
                failures.push(missing(arn));
                continue;
            };
            let Some(entry) = found.record.history.iter().find(|h| h.id == id) else {
                failures.push(missing(arn));
                continue;
            };
            let definition = self
                .find_task_definition(scope, &entry.revision.task_definition)
                .await
                .ok()
                .flatten()
                .map(|d| d.record.definition);
            out.push(revision_to_wire(
                scope,
                &found.record,
                entry,
                definition.as_ref(),
            ));
        }
        Ok(wire::DescribeServiceRevisionsResponse {
            service_revisions: Some(out),
            failures: Some(failures),
        })
    }

    pub async fn stop_service_deployment(
        &self,
        scope: &Scope,
        request: wire::StopServiceDeploymentRequest,
    ) -> EcsResult<wire::StopServiceDeploymentResponse> {
        let arn = request
            .service_deployment_arn
            .clone()
            .filter(|a| !a.is_empty())
            .ok_or_else(|| EcsError::invalid("serviceDeploymentArn is required."))?;
        match request.stop_type.as_deref().filter(|s| !s.is_empty()) {
            None | Some("ROLLBACK") => {}
            Some("ABORT") => {
                return Err(EcsError::UnsupportedFeature(
                    "stopType ABORT is not supported for ECS rolling deployments; use ROLLBACK."
                        .into(),
                ))
            }
            Some(other) => validate::one_of("stopType", other, &["ROLLBACK", "ABORT"])?,
        }
        for _ in 0..MAX_CONFLICT_RETRIES {
            let Some((mut found, id)) = self
                .history_entry(
                    scope,
                    ResourceKind::ServiceDeployment,
                    "serviceDeploymentArn",
                    &arn,
                )
                .await?
            else {
                return Err(EcsError::ServiceDeploymentNotFound(
                    "The service deployment was not found.".into(),
                ));
            };
            let record = &mut found.record;
            let in_progress = record
                .history
                .iter()
                .any(|h| h.id == id && h.status == IN_PROGRESS);
            let is_primary = primary(record).is_some_and(|p| p.id == id);
            if !in_progress || !is_primary || record.status != super::ACTIVE {
                return Err(EcsError::Conflict(
                    "The service deployment is not in progress and cannot be stopped.".into(),
                ));
            }
            let now = self.now();
            let Some(to) = roll_back(record, &id, STOP_ROLLBACK_REASON, now) else {
                return Err(EcsError::Conflict(
                    "The service has no earlier completed deployment to roll back to.".into(),
                ));
            };
            let message = super::events::rolling_back(
                &record.name,
                record
                    .scheduler
                    .stable_deployment
                    .as_deref()
                    .unwrap_or(to.as_str()),
            );
            super::events::push(record, now, message);
            let mut commit = Commit::new();
            commit.update(&found)?;
            if self.try_commit(commit).await? {
                return Ok(wire::StopServiceDeploymentResponse {
                    service_deployment_arn: Some(arn),
                });
            }
        }
        Err(db::too_much_contention())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn history_arns_round_trip() {
        let scope = Scope::new("us-east-1", "123");
        let text = "arn:aws:ecs:us-east-1:123:service-deployment/c/web/1234567890123456789";
        assert_eq!(
            parse_history_arn(&scope, ResourceKind::ServiceDeployment, "arn", text)
                .unwrap()
                .unwrap(),
            (
                "c".to_string(),
                "web".to_string(),
                "ecs-svc/1234567890123456789".to_string()
            )
        );
        assert!(parse_history_arn(
            &scope,
            ResourceKind::ServiceDeployment,
            "arn",
            "arn:aws:ecs:us-east-1:123:service-deployment/c/web"
        )
        .unwrap()
        .is_none());
        assert!(parse_history_arn(
            &scope,
            ResourceKind::ServiceDeployment,
            "arn",
            "arn:aws:ecs:us-east-1:123:service-revision/c/web/1"
        )
        .is_err());
    }
}
