//! RunTask and StartTask: read the cluster's instances, place with the pure scheduler, and
//! commit every new task with its instance's reservation in one revision-checked transaction.
//!
//! Placement on a cluster is serialised in this process by the cluster lock (held across
//! read, decide and commit); across control planes, the commit compares the revision of every
//! chosen instance, so two placements can never both spend the same capacity: the loser re-reads
//! and re-places. A `clientToken` is recorded in the same transaction, so a retried RunTask
//! returns the tasks of the first instead of placing again. This module must not change tasks
//! after they are created.

use super::describe::task_to_wire;
use super::launch::{
    check_compatibility, instance_launch_type, new_task, CommonRequest, Launch, NewTaskIds,
    PlacementRequestParts,
};
use crate::db::{self, Commit, Versioned, MAX_CONFLICT_RETRIES};
use crate::error::{EcsError, EcsResult};
use crate::records::{ClientTokenRecord, ContainerInstanceRecord, TaskRecord};
use crate::{keys, ControlPlane};
use berth_model::{Arn, ResourceKind, Scope};
use berth_scheduler::{
    InstanceStatus, InstanceView, PlacementOutcome, PlacementRequest, NO_CONTAINER_INSTANCES,
};
use berth_wire::ecs as wire;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;

/// ECS's limit on container instances per StartTask call.
const MAX_START_TASK_INSTANCES: usize = 10;

type InstanceAndView = (Versioned<ContainerInstanceRecord>, InstanceView);

/// Where each new task goes: an index into the instance list, per task.
struct Decision {
    targets: Vec<usize>,
    failures: Vec<wire::Failure>,
}

/// A clientToken to record with the tasks it produced.
struct TokenWrite {
    key: String,
    /// The revision of an expired record being replaced (0: none).
    mod_revision: u64,
    fingerprint: String,
}

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

/// The instances that serve `launch_type`, with their views' resources taken from the records
/// themselves (the commit is checked against the records, so the decision must be too).
fn candidates(all: Vec<InstanceAndView>, launch_type: &str) -> Vec<InstanceAndView> {
    all.into_iter()
        .filter(|(instance, _)| {
            let types = &instance.record.launch_types;
            types.iter().any(|t| t == launch_type) || (types.is_empty() && launch_type == "EC2")
        })
        .map(|(instance, mut view)| {
            view.remaining = instance.record.remaining.clone();
            (instance, view)
        })
        .collect()
}

fn placement_request(
    launch: &Launch,
    count: u32,
    with_strategies: bool,
    seed: u64,
) -> PlacementRequest {
    PlacementRequest {
        count,
        group: launch.group.clone(),
        task: launch.requirements.resources(),
        required_attributes: launch.requirements.required_attributes.clone(),
        constraints: launch.constraints.clone(),
        strategies: if with_strategies {
            launch.strategies.clone()
        } else {
            Vec::new()
        },
        seed,
    }
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
        let cluster = self
            .active_cluster(scope, request.cluster.as_deref())
            .await?;
        let fingerprint = fingerprint(&request, &cluster.record.name);
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
        let lock = self.cluster_lock(scope, &launch.cluster_name);
        let _serialised = lock.lock().await;
        for _ in 0..MAX_CONFLICT_RETRIES {
            let token = match &launch.client_token {
                Some(token) => {
                    let key = keys::client_token(scope, &launch.cluster_name, token);
                    match self.load::<ClientTokenRecord>(&key).await? {
                        Some(found)
                            if found.record.created_at
                                + self.config.client_token_retention_secs
                                > self.now() =>
                        {
                            return Ok((
                                self.replay(scope, &launch, &found.record, &fingerprint)
                                    .await?,
                                None,
                            ));
                        }
                        expired => Some(TokenWrite {
                            key,
                            mod_revision: expired.map_or(0, |e| e.mod_revision),
                            fingerprint: fingerprint.clone(),
                        }),
                    }
                }
                None => None,
            };
            let all = self.instance_views(scope, &launch.cluster_name).await?;
            let instances = candidates(all, &launch_type);
            if !instances
                .iter()
                .any(|(_, view)| view.status == InstanceStatus::Active)
            {
                return Err(EcsError::invalid(NO_CONTAINER_INSTANCES));
            }
            let views: Vec<InstanceView> = instances.iter().map(|(_, v)| v.clone()).collect();
            let placement = placement_request(&launch, launch.count, true, seed);
            let outcome = berth_scheduler::place(&views, &placement);
            tracing::info!(
                cluster = %launch.cluster_name,
                group = %launch.group,
                seed,
                placed = outcome.placements.len(),
                unplaced = outcome.unplaced,
                "RunTask placement"
            );
            let decision = Decision {
                targets: outcome
                    .placements
                    .iter()
                    .map(|p| p.instance_index)
                    .collect(),
                failures: outcome
                    .failures
                    .iter()
                    .map(|f| wire::Failure {
                        arn: Some(f.instance_arn.clone()),
                        reason: Some(f.reason.as_str().to_string()),
                        detail: None,
                    })
                    .collect(),
            };
            if let Some(response) = self
                .commit_launch(scope, &launch, &instances, decision, token)
                .await?
            {
                return Ok((response, Some(outcome)));
            }
        }
        Err(db::too_much_contention())
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
        let launch = self
            .prepare_launch(scope, &cluster.record, common, None)
            .await?;
        let seed = seed_for(None);
        let lock = self.cluster_lock(scope, &launch.cluster_name);
        let _serialised = lock.lock().await;
        for _ in 0..MAX_CONFLICT_RETRIES {
            let mut instances = self.instance_views(scope, &launch.cluster_name).await?;
            for (instance, view) in &mut instances {
                view.remaining = instance.record.remaining.clone();
            }
            let decision = start_task_decision(scope, &launch, &mut instances, &wanted, seed)?;
            if let Some(response) = self
                .commit_launch(scope, &launch, &instances, decision, None)
                .await?
            {
                return Ok(wire::StartTaskResponse {
                    tasks: response.tasks,
                    failures: response.failures,
                });
            }
        }
        Err(db::too_much_contention())
    }

    /// The answer to a RunTask whose clientToken is already recorded.
    async fn replay(
        &self,
        scope: &Scope,
        launch: &Launch,
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
            let key = keys::task(scope, &launch.cluster_name, id);
            if let Some(found) = self.load::<TaskRecord>(&key).await? {
                tasks.push(task_to_wire(&found.record, !found.record.tags.is_empty()));
            }
        }
        Ok(wire::RunTaskResponse {
            tasks: Some(tasks),
            failures: Some(token.failures.clone()),
        })
    }

    /// Builds the decided tasks and commits them, their instances' reservations and the
    /// clientToken in one transaction. `Ok(None)`: an instance changed meanwhile; decide again.
    async fn commit_launch(
        &self,
        scope: &Scope,
        launch: &Launch,
        instances: &[InstanceAndView],
        decision: Decision,
        token: Option<TokenWrite>,
    ) -> EcsResult<Option<wire::RunTaskResponse>> {
        let now = self.now();
        let containers = launch
            .definition
            .container_definitions
            .as_ref()
            .map_or(0, Vec::len);
        let resources = launch.requirements.resources();
        let mut touched: BTreeMap<usize, Versioned<ContainerInstanceRecord>> = BTreeMap::new();
        let mut tasks = Vec::new();
        for &index in &decision.targets {
            let Some((instance, _)) = instances.get(index) else {
                return Err(EcsError::Server(
                    "placement chose an unknown instance".into(),
                ));
            };
            let slot = touched.entry(index).or_insert_with(|| {
                let mut copy = instance.clone();
                copy.record.version += 1;
                copy
            });
            // The scheduler decided on these very records; a misfit here is a bug, never an
            // over-commit.
            if slot.record.remaining.fits(&resources).is_err() {
                return Err(EcsError::Server(
                    "placement exceeded an instance's remaining resources".into(),
                ));
            }
            slot.record.remaining = slot.record.remaining.reserve(&resources);
            slot.record.pending_tasks_count += 1;
            let ids = NewTaskIds::random(containers);
            tasks.push(new_task(scope, launch, &instance.record, &ids, now));
        }
        let mut commit = Commit::new();
        for task in &tasks {
            commit.put(&keys::task(scope, &task.cluster, &task.id), 0, task)?;
        }
        for instance in touched.values() {
            commit.update(instance)?;
        }
        if let Some(token) = token.filter(|_| !tasks.is_empty()) {
            let record = ClientTokenRecord {
                request_fingerprint: token.fingerprint,
                task_arns: tasks.iter().map(|t| t.arn.clone()).collect(),
                failures: decision.failures.clone(),
                created_at: now,
            };
            commit.put(&token.key, token.mod_revision, &record)?;
        }
        if !commit.is_empty() && !self.try_commit(commit).await? {
            return Ok(None);
        }
        Ok(Some(wire::RunTaskResponse {
            tasks: Some(
                tasks
                    .iter()
                    .map(|t| task_to_wire(t, !t.tags.is_empty()))
                    .collect(),
            ),
            failures: Some(decision.failures),
        }))
    }
}

/// StartTask's decision: one task on each named instance that can take it (in the order given,
/// so an instance named twice must fit two), with no strategies; a failure per instance that
/// cannot, with the scheduler's reason, its status, or MISSING.
fn start_task_decision(
    scope: &Scope,
    launch: &Launch,
    instances: &mut [InstanceAndView],
    wanted: &[String],
    seed: u64,
) -> EcsResult<Decision> {
    let placement = placement_request(launch, 1, false, seed);
    let mut decision = Decision {
        targets: Vec::new(),
        failures: Vec::new(),
    };
    for id in wanted {
        let Some(index) = instances.iter().position(|(i, _)| &i.record.id == id) else {
            decision.failures.push(wire::Failure {
                arn: Some(
                    scope
                        .arn(
                            ResourceKind::ContainerInstance,
                            &format!("{}/{id}", launch.cluster_name),
                        )
                        .to_string(),
                ),
                reason: Some("MISSING".into()),
                detail: None,
            });
            continue;
        };
        let (instance, view) = &mut instances[index];
        check_compatibility(&launch.definition, &instance_launch_type(&instance.record))?;
        let outcome = berth_scheduler::place(std::slice::from_ref(view), &placement);
        if outcome.placements.is_empty() {
            let reason = match outcome.failures.first() {
                Some(failure) => failure.reason.as_str().to_string(),
                None => view.status.as_str().to_string(),
            };
            decision.failures.push(wire::Failure {
                arn: Some(view.arn.clone()),
                reason: Some(reason),
                detail: None,
            });
            continue;
        }
        berth_scheduler::apply(std::slice::from_mut(view), &placement, &outcome);
        decision.targets.push(index);
    }
    Ok(decision)
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
