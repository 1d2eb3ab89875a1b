//! RunTask and StartTask: validate, queue the placement to the cluster's placement worker
//! (`placer.rs`), and answer from what it committed.
//!
//! Validation happens here, before anything is queued, so a request that fails it never
//! reaches the worker. The worker places every queued request of the cluster against one read
//! of its instances (with the pure scheduler, `batch.rs`) and commits each new task with its
//! instance's reservation and task-group count in revision-checked transactions; across control
//! planes, the compare on every chosen instance means two placements can never both spend the
//! same capacity: the loser re-reads and re-places. A `clientToken` is recorded in the same
//! transaction as its tasks, so a retried RunTask returns the tasks of the first instead of
//! placing again. This module must not change tasks after they are created.

use super::batch::{TokenClaim, Work};
use super::describe::task_to_wire;
use super::launch::{CommonRequest, Launch, PlacementRequestParts};
use super::placer::{Answer, PlacerContext};
use crate::error::{EcsError, EcsResult};
use crate::records::{ClientTokenRecord, TaskRecord};
use crate::{keys, ControlPlane};
use berth_model::{Arn, ResourceKind, Scope};
use berth_scheduler::PlacementOutcome;
use berth_wire::ecs as wire;
use sha2::{Digest, Sha256};

/// ECS's limit on container instances per StartTask call.
const MAX_START_TASK_INSTANCES: usize = 10;

/// What identifies a RunTask request for its clientToken: every member but the token itself.
fn fingerprint(request: &wire::RunTaskRequest, cluster: &str) -> String {
    let mut canonical = request.clone();
    canonical.client_token = None;
    canonical.cluster = Some(cluster.to_string());
    let json = serde_json::to_vec(&canonical).unwrap_or_default();
    hex::encode(Sha256::digest(&json))
}

/// The placement seed: derived from the clientToken when there is one (a retry then replays
/// the same decision), random otherwise. It is logged with every decision.
fn seed_for(client_token: Option<&str>) -> u64 {
    match client_token {
        Some(token) => {
            let digest = Sha256::digest(token.as_bytes());
            let mut bytes = [0u8; 8];
            bytes.copy_from_slice(&digest[..8]);
            u64::from_le_bytes(bytes)
        }
        None => rand::random(),
    }
}

/// A validated RunTask: the cluster it places on, the work, and its clientToken fingerprint.
pub(super) struct PreparedRun {
    pub cluster: String,
    pub work: Work,
    pub fingerprint: Option<String>,
}

fn tasks_to_wire(tasks: &[TaskRecord]) -> Vec<wire::Task> {
    tasks
        .iter()
        .map(|t| task_to_wire(t, !t.tags.is_empty()))
        .collect()
}

impl ControlPlane {
    pub async fn run_task(
        &self,
        scope: &Scope,
        request: wire::RunTaskRequest,
    ) -> EcsResult<wire::RunTaskResponse> {
        Ok(self.run_task_with_outcome(scope, request).await?.0)
    }

    /// RunTask that also returns the scheduler's outcome (`None` for a clientToken replay), so
    /// that the service scheduler can name the closest matching instance in its events.
    pub(crate) async fn run_task_with_outcome(
        &self,
        scope: &Scope,
        request: wire::RunTaskRequest,
    ) -> EcsResult<(wire::RunTaskResponse, Option<PlacementOutcome>)> {
        let prepared = self.prepare_run(scope, request).await?;
        match self.place(scope, &prepared.cluster, prepared.work).await? {
            Answer::Placed {
                tasks,
                failures,
                outcome,
            } => Ok((
                wire::RunTaskResponse {
                    tasks: Some(tasks_to_wire(&tasks)),
                    failures: Some(failures),
                },
                outcome,
            )),
            Answer::Replay(record) => {
                let fingerprint = prepared.fingerprint.unwrap_or_default();
                let response = self
                    .replay(scope, &prepared.cluster, &record, &fingerprint)
                    .await?;
                Ok((response, None))
            }
        }
    }

    /// Validates a RunTask into the work its cluster's placement worker does.
    pub(super) async fn prepare_run(
        &self,
        scope: &Scope,
        request: wire::RunTaskRequest,
    ) -> EcsResult<PreparedRun> {
        let cluster = self
            .active_cluster(scope, request.cluster.as_deref())
            .await?;
        // Only a request with a clientToken needs its fingerprint (a serialisation and a hash).
        let fingerprint = request
            .client_token
            .as_deref()
            .filter(|t| !t.is_empty())
            .map(|_| fingerprint(&request, &cluster.record.name));
        let common = CommonRequest {
            task_definition: request.task_definition,
            group: request.group,
            started_by: request.started_by,
            overrides: request.overrides,
            tags: request.tags,
            propagate_tags: request.propagate_tags,
            enable_execute_command: request.enable_execute_command,
            network_configuration: request.network_configuration,
        };
        let parts = PlacementRequestParts {
            count: request.count,
            launch_type: request.launch_type,
            capacity_provider_strategy: request.capacity_provider_strategy,
            placement_constraints: request.placement_constraints,
            placement_strategy: request.placement_strategy,
            platform_version: request.platform_version,
            client_token: request.client_token.filter(|t| !t.is_empty()),
        };
        let launch = self
            .prepare_launch(scope, &cluster.record, common, Some(parts))
            .await?;
        let launch_type = launch.launch_type.clone().unwrap_or_else(|| "EC2".into());
        let seed = seed_for(launch.client_token.as_deref());
        let cluster = launch.cluster_name.clone();
        let token = match (&launch.client_token, &fingerprint) {
            (Some(token), Some(fingerprint)) => Some(TokenClaim {
                key: keys::client_token(scope, &cluster, token),
                fingerprint: fingerprint.clone(),
            }),
            _ => None,
        };
        Ok(PreparedRun {
            cluster,
            work: Work::Run {
                launch,
                launch_type,
                seed,
                token,
            },
            fingerprint,
        })
    }

    pub async fn start_task(
        &self,
        scope: &Scope,
        request: wire::StartTaskRequest,
    ) -> EcsResult<wire::StartTaskResponse> {
        let cluster = self
            .active_cluster(scope, request.cluster.as_deref())
            .await?;
        let given = request.container_instances.unwrap_or_default();
        if given.is_empty() || given.len() > MAX_START_TASK_INSTANCES {
            return Err(EcsError::invalid(format!(
                "containerInstances must contain between 1 and {MAX_START_TASK_INSTANCES} \
                 container instances; got {}.",
                given.len()
            )));
        }
        let wanted = given
            .iter()
            .map(|text| {
                Arn::resolve(scope, ResourceKind::ContainerInstance, text)
                    .map(|arn| arn.last_segment().to_string())
                    .map_err(|e| EcsError::invalid(format!("containerInstances: {e}")))
            })
            .collect::<EcsResult<Vec<_>>>()?;
        let common = CommonRequest {
            task_definition: request.task_definition,
            group: request.group,
            started_by: request.started_by,
            overrides: request.overrides,
            tags: request.tags,
            propagate_tags: request.propagate_tags,
            enable_execute_command: request.enable_execute_command,
            network_configuration: request.network_configuration,
        };
        let launch: Launch = self
            .prepare_launch(scope, &cluster.record, common, None)
            .await?;
        let cluster_name = launch.cluster_name.clone();
        let work = Work::Start {
            launch,
            wanted,
            seed: seed_for(None),
        };
        match self.place(scope, &cluster_name, work).await? {
            Answer::Placed {
                tasks, failures, ..
            } => Ok(wire::StartTaskResponse {
                tasks: Some(tasks_to_wire(&tasks)),
                failures: Some(failures),
            }),
            Answer::Replay(_) => Err(EcsError::Server(
                "a StartTask cannot replay a clientToken".into(),
            )),
        }
    }

    /// Queues a validated placement to the cluster's placement worker and waits for it.
    async fn place(&self, scope: &Scope, cluster: &str, work: Work) -> EcsResult<Answer> {
        let context = PlacerContext {
            store: self.store.clone(),
            clock: self.clock.clone(),
            client_token_retention_secs: self.config.client_token_retention_secs,
        };
        self.placer.submit(&context, scope, cluster, work).await
    }

    /// The answer to a RunTask whose clientToken is already recorded.
    async fn replay(
        &self,
        scope: &Scope,
        cluster: &str,
        token: &ClientTokenRecord,
        fingerprint: &str,
    ) -> EcsResult<wire::RunTaskResponse> {
        if token.request_fingerprint != fingerprint {
            return Err(EcsError::Conflict(format!(
                "The clientToken is already in use with a different RunTask request; it \
                 produced tasks: {}.",
                token.task_arns.join(", ")
            )));
        }
        let mut tasks = Vec::new();
        for arn in &token.task_arns {
            let id = arn.rsplit('/').next().unwrap_or(arn);
            let key = keys::task(scope, cluster, id);
            if let Some(found) = self.load::<TaskRecord>(&key).await? {
                tasks.push(task_to_wire(&found.record, !found.record.tags.is_empty()));
            }
        }
        Ok(wire::RunTaskResponse {
            tasks: Some(tasks),
            failures: Some(token.failures.clone()),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fingerprints_ignore_the_token_and_see_everything_else() {
        let request = |token: &str, count: i32| wire::RunTaskRequest {
            task_definition: Some("web".into()),
            client_token: Some(token.into()),
            count: Some(count),
            ..Default::default()
        };
        assert_eq!(
            fingerprint(&request("a", 1), "default"),
            fingerprint(&request("b", 1), "default")
        );
        assert_ne!(
            fingerprint(&request("a", 1), "default"),
            fingerprint(&request("a", 2), "default")
        );
        assert_ne!(
            fingerprint(&request("a", 1), "default"),
            fingerprint(&request("a", 1), "other")
        );
    }

    #[test]
    fn seeds_from_tokens_replay() {
        assert_eq!(seed_for(Some("t")), seed_for(Some("t")));
        assert_ne!(seed_for(Some("t")), seed_for(Some("u")));
    }
}
