//! StopTask and the agent-facing SubmitTaskStateChange / SubmitContainerStateChange: read the
//! task (and its instance), apply the pure transition from [`super::transition`], and commit both
//! records revision-checked, retrying on conflict.
//!
//! A task whose instance has no agent (registered through the API only, `agent == None`) has
//! nobody to stop it, so StopTask completes its lifecycle here and releases the reservation in
//! the same transaction; for every other task the agent reports STOPPED later and the release
//! happens then. Reports are idempotent: a duplicate or stale one commits nothing and is still
//! acknowledged. This module must not place tasks.

use super::transition::{
    apply_report, footprint, request_stop, settle, stop_and_release, ContainerReport, TaskReport,
};
use super::{parse_task_ref, TaskRef};
use crate::db::{self, Commit, Versioned, MAX_CONFLICT_RETRIES};
use crate::error::{EcsError, EcsResult};
use crate::records::{ContainerInstanceRecord, TaskRecord};
use crate::{keys, ControlPlane};
use berth_model::{ContainerStatus, Scope, StopCode, TaskStatus};
use berth_wire::ecs as wire;
use berth_wire::Timestamp;

/// ECS's limit on a StopTask reason ("Up to 255 characters are allowed in this message").
const MAX_STOP_REASON_CHARS: usize = 255;
/// The `stoppedReason` ECS records when StopTask gives no reason.
const DEFAULT_STOP_REASON: &str = "Task stopped by user";
/// What a state change submission answers.
const ACKNOWLEDGED: &str = "true";

fn required<'a>(field: &str, value: &'a Option<String>) -> EcsResult<&'a str> {
    value
        .as_deref()
        .filter(|v| !v.is_empty())
        .ok_or_else(|| EcsError::invalid(format!("{field} is required.")))
}

fn task_status(text: &str) -> EcsResult<TaskStatus> {
    TaskStatus::parse(text)
        .ok_or_else(|| EcsError::invalid(format!("status '{text}' is not a valid task status.")))
}

fn container_status(field: &str, text: Option<&str>) -> EcsResult<Option<ContainerStatus>> {
    match text.filter(|t| !t.is_empty()) {
        None => Ok(None),
        Some(text) => ContainerStatus::parse(text).map(Some).ok_or_else(|| {
            EcsError::invalid(format!("{field} '{text}' is not a valid container status."))
        }),
    }
}

fn seconds(at: Option<Timestamp>) -> Option<f64> {
    at.map(Timestamp::unix_seconds_f64)
}

impl ControlPlane {
    /// The instance record a task is placed on, if it still exists.
    async fn task_instance(
        &self,
        scope: &Scope,
        task: &TaskRecord,
    ) -> EcsResult<Option<Versioned<ContainerInstanceRecord>>> {
        match &task.container_instance_id {
            Some(id) => self.load(&keys::instance(scope, &task.cluster, id)).await,
            None => Ok(None),
        }
    }

    pub async fn stop_task(
        &self,
        scope: &Scope,
        request: wire::StopTaskRequest,
    ) -> EcsResult<wire::StopTaskResponse> {
        let text = required("task", &request.task)?;
        let reason = request.reason.clone().filter(|r| !r.is_empty());
        if reason
            .as_ref()
            .is_some_and(|r| r.chars().count() > MAX_STOP_REASON_CHARS)
        {
            return Err(EcsError::invalid(format!(
                "reason must be at most {MAX_STOP_REASON_CHARS} characters."
            )));
        }
        let task_ref = parse_task_ref(scope, "task", text)?;
        let cluster = self
            .active_cluster(scope, request.cluster.as_deref())
            .await?;
        let reason = reason.as_deref().unwrap_or(DEFAULT_STOP_REASON);
        for _ in 0..MAX_CONFLICT_RETRIES {
            let task = self
                .existing_task(scope, &cluster.record.name, &task_ref)
                .await?;
            let now = self.now();
            let mut next = task.clone();
            let before = footprint(&task.record);
            request_stop(&mut next.record, StopCode::UserInitiated, reason, now);
            let mut instance = self.task_instance(scope, &task.record).await?;
            let agentless = instance.as_ref().is_none_or(|i| i.record.agent.is_none());
            let mut commit = Commit::new();
            // The stop takes the task out of its group's count on the instance at once; the
            // reservation follows when the task is STOPPED (here, or when its agent says so).
            let mut instance_changed = settle(
                instance.as_mut().map(|i| &mut i.record),
                before,
                &mut next.record,
            );
            if agentless {
                instance_changed |= stop_and_release(
                    &mut next.record,
                    instance.as_mut().map(|i| &mut i.record),
                    now,
                );
            }
            if instance_changed {
                if let Some(instance) = &instance {
                    commit.update(instance)?;
                }
            }
            if next.record == task.record {
                return Ok(wire::StopTaskResponse {
                    task: Some(super::describe::task_to_wire(&task.record, false)),
                });
            }
            commit.update(&next)?;
            if self.try_commit(commit).await? {
                return Ok(wire::StopTaskResponse {
                    task: Some(super::describe::task_to_wire(&next.record, false)),
                });
            }
        }
        Err(db::too_much_contention())
    }

    pub async fn submit_task_state_change(
        &self,
        scope: &Scope,
        request: wire::SubmitTaskStateChangeRequest,
    ) -> EcsResult<wire::SubmitTaskStateChangeResponse> {
        let task_ref = parse_task_ref(scope, "task", required("task", &request.task)?)?;
        let status = match request.status.as_deref().filter(|s| !s.is_empty()) {
            Some(text) => Some(task_status(text)?),
            None => None,
        };
        let containers = request
            .containers
            .unwrap_or_default()
            .into_iter()
            .map(|change| {
                Ok(ContainerReport {
                    name: required("containers.containerName", &change.container_name)?.to_string(),
                    status: container_status("containers.status", change.status.as_deref())?,
                    runtime_id: change.runtime_id,
                    image_digest: change.image_digest,
                    exit_code: change.exit_code,
                    reason: change.reason,
                    network_bindings: change.network_bindings,
                })
            })
            .collect::<EcsResult<Vec<_>>>()?;
        let attachments = request
            .attachments
            .unwrap_or_default()
            .into_iter()
            .filter_map(|a| Some((a.attachment_arn?, a.status?)))
            .collect();
        let report = TaskReport {
            status,
            reason: request.reason,
            containers,
            attachments,
            pull_started_at: seconds(request.pull_started_at),
            pull_stopped_at: seconds(request.pull_stopped_at),
            execution_stopped_at: seconds(request.execution_stopped_at),
        };
        self.apply_task_report(scope, request.cluster.as_deref(), &task_ref, &report)
            .await?;
        Ok(wire::SubmitTaskStateChangeResponse {
            acknowledgment: Some(ACKNOWLEDGED.into()),
        })
    }

    pub async fn submit_container_state_change(
        &self,
        scope: &Scope,
        request: wire::SubmitContainerStateChangeRequest,
    ) -> EcsResult<wire::SubmitContainerStateChangeResponse> {
        let task_ref = parse_task_ref(scope, "task", required("task", &request.task)?)?;
        let report = TaskReport {
            containers: vec![ContainerReport {
                name: required("containerName", &request.container_name)?.to_string(),
                status: container_status("status", request.status.as_deref())?,
                runtime_id: request.runtime_id,
                image_digest: None,
                exit_code: request.exit_code,
                reason: request.reason,
                network_bindings: request.network_bindings,
            }],
            ..TaskReport::default()
        };
        self.apply_task_report(scope, request.cluster.as_deref(), &task_ref, &report)
            .await?;
        Ok(wire::SubmitContainerStateChangeResponse {
            acknowledgment: Some(ACKNOWLEDGED.into()),
        })
    }

    /// Applies an agent's report to the task and settles its instance, in one transaction.
    async fn apply_task_report(
        &self,
        scope: &Scope,
        cluster: Option<&str>,
        task_ref: &TaskRef,
        report: &TaskReport,
    ) -> EcsResult<()> {
        let cluster = self.active_cluster(scope, cluster).await?;
        for _ in 0..MAX_CONFLICT_RETRIES {
            let task = self
                .existing_task(scope, &cluster.record.name, task_ref)
                .await?;
            let now = self.now();
            let Some(record) = apply_report(&task.record, report, now)
                .map_err(|e| EcsError::invalid(e.to_string()))?
            else {
                return Ok(());
            };
            let before = footprint(&task.record);
            let mut next = Versioned { record, ..task };
            let mut instance = self.task_instance(scope, &next.record).await?;
            let mut commit = Commit::new();
            if settle(
                instance.as_mut().map(|i| &mut i.record),
                before,
                &mut next.record,
            ) {
                if let Some(instance) = &instance {
                    commit.update(instance)?;
                }
            }
            commit.update(&next)?;
            if self.try_commit(commit).await? {
                return Ok(());
            }
        }
        Err(db::too_much_contention())
    }
}
