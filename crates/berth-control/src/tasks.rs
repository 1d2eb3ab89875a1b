//! Tasks: RunTask, StartTask, StopTask, DescribeTasks, ListTasks, the agent-facing
//! SubmitTaskStateChange and SubmitContainerStateChange, and the purge of stopped tasks.
//!
//! The submodules split by responsibility: [`launch`] validates a RunTask/StartTask request into
//! a [`launch::Launch`] and builds the new task records; [`run`] queues it to the cluster's
//! placement worker ([`placer`]), which plans whole batches of requests ([`batch`], through the
//! pure `berth-scheduler`) and commits tasks plus instance reservations in revision-checked
//! transactions; [`describe`] turns records into wire shapes and serves DescribeTasks/ListTasks;
//! [`transition`] is the pure state-change logic (agent reports, stops, and the exactly-once
//! release of a task's reservation); [`state_change`] applies it to the store; [`purge`] deletes
//! what ECS forgets. This module must not decide placements itself, and nothing here knows HTTP.

mod batch;
mod describe;
mod launch;
mod placer;
mod purge;
mod run;
mod state_change;
pub(crate) mod transition;

#[cfg(test)]
mod tests;

use crate::db::Versioned;
use crate::error::{EcsError, EcsResult};
use crate::keys;
use crate::records::TaskRecord;
use crate::ControlPlane;
use berth_model::{Arn, ResourceKind, Scope};

pub(crate) use launch::{check_compatibility, network as check_network};
pub(crate) use placer::Placer;

/// The message ECS returns when a task id or ARN names no task of the cluster.
const TASK_NOT_FOUND: &str = "The referenced task was not found.";

/// The canonical (new-format) task ARN: `task/CLUSTER/ID`.
pub(crate) fn task_arn(scope: &Scope, cluster: &str, id: &str) -> String {
    scope
        .arn(ResourceKind::Task, &format!("{cluster}/{id}"))
        .to_string()
}

/// A task reference from a request, read as the task id it names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct TaskRef {
    pub id: String,
    /// The cluster named inside a new-format ARN, if any.
    pub cluster: Option<String>,
}

/// Reads a task id or ARN (`task/ID` or `task/CLUSTER/ID`) for `field`.
pub(crate) fn parse_task_ref(scope: &Scope, field: &str, text: &str) -> EcsResult<TaskRef> {
    let invalid = |why: String| EcsError::invalid(format!("{field}: {why}"));
    let (cluster, id) = if text.starts_with("arn:") {
        let arn =
            Arn::resolve(scope, ResourceKind::Task, text).map_err(|e| invalid(e.to_string()))?;
        match arn.path.split_once('/') {
            Some((cluster, id)) => (Some(cluster.to_string()), id.to_string()),
            None => (None, arn.path.clone()),
        }
    } else {
        (None, text.to_string())
    };
    let valid = !id.is_empty()
        && id.len() <= 255
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    if !valid {
        return Err(invalid(format!("'{text}' is not a task id or task ARN.")));
    }
    Ok(TaskRef { id, cluster })
}

impl ControlPlane {
    /// Loads the task a reference names in `cluster`; `None` when there is no such task (or the
    /// ARN names another cluster).
    pub(crate) async fn find_task(
        &self,
        scope: &Scope,
        cluster: &str,
        task: &TaskRef,
    ) -> EcsResult<Option<Versioned<TaskRecord>>> {
        if task
            .cluster
            .as_deref()
            .is_some_and(|named| named != cluster)
        {
            return Ok(None);
        }
        self.load::<TaskRecord>(&keys::task(scope, cluster, &task.id))
            .await
    }

    /// Like [`ControlPlane::find_task`], with ECS's error for a missing task.
    pub(crate) async fn existing_task(
        &self,
        scope: &Scope,
        cluster: &str,
        task: &TaskRef,
    ) -> EcsResult<Versioned<TaskRecord>> {
        self.find_task(scope, cluster, task)
            .await?
            .ok_or_else(|| EcsError::invalid(TASK_NOT_FOUND))
    }
}
