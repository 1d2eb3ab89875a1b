//! One reconcile of one service: read the service, its tasks and the cluster's instances, ask the
//! pure reconciler (REPLICA or DAEMON) for a plan, apply it, and record what happened.
//!
//! The plan is always recomputed from the task records (each carries its deployment in
//! `startedBy`), so a pass interrupted anywhere (even by kill -9) is repaired by the next one
//! without losing, duplicating or orphaning tasks. Tasks start through the tasks module's RunTask
//! and StartTask paths (placement and the revision-checked commit live there) and stop through
//! its transition logic, each stop committed with the task's (and instance's) revision. The
//! service record is written last, read-modify-write with retries, and only when something
//! changed, so an idle service causes no writes (and no watch events).

use super::effects::{self, Effects};
use super::views::{
    daemon_instance, daemon_placement_request, deployment_views, has_health_check, lost_at,
    service_view, task_view,
};
use crate::db::{self, Commit, Versioned, MAX_CONFLICT_RETRIES};
use crate::error::{EcsError, EcsResult};
use crate::records::{
    ContainerInstanceRecord, DeploymentRecord, ServiceRecord, TaskDefinitionRecord, TaskRecord,
};
use crate::services::{events, primary, service_group, DAEMON, INACTIVE};
use crate::tasks::transition::{footprint, request_stop, settle, stop_and_release};
use crate::{keys, validate, ControlPlane};
use berth_model::{Scope, StopCode, TaskStatus};
use berth_scheduler::reconcile::daemon::{reconcile_daemon, DaemonTask};
use berth_scheduler::reconcile::{reconcile, TaskView};
use berth_scheduler::NO_CONTAINER_INSTANCES;
use berth_wire::ecs as wire;
use std::collections::{BTreeMap, HashMap};

/// RunTask and StartTask take at most this many tasks or instances per call.
const MAX_PER_CALL: u32 = 10;

/// What a pass reads: the service's tasks, the cluster's instances and the other tasks on them.
struct Snapshot {
    tasks: Vec<TaskRecord>,
    instances: BTreeMap<String, ContainerInstanceRecord>,
    /// Live tasks of other groups per instance (a draining daemon waits for them).
    others_on: HashMap<String, usize>,
    /// Whether each task definition (by ARN) has essential health checks.
    health_checks: HashMap<String, bool>,
}

fn earliest(slot: &mut Option<f64>, at: f64) {
    *slot = Some(slot.map_or(at, |current| current.min(at)));
}

impl ControlPlane {
    /// Reconciles one service. Returns when it should be looked at again (a settle period, a
    /// grace period, throttling, an agent about to count as lost, an INACTIVE record's purge).
    pub async fn reconcile_service(
        &self,
        scope: &Scope,
        cluster: &str,
        name: &str,
    ) -> EcsResult<Option<f64>> {
        let key = keys::service(scope, cluster, name);
        let Some(service) = self.load::<ServiceRecord>(&key).await? else {
            return Ok(None);
        };
        let now = self.now();
        if service.record.status == INACTIVE {
            return self.purge_inactive(&service, now).await;
        }
        // An EXTERNAL controller manages task sets itself: the scheduler leaves it alone.
        if service.record.deployment_controller == "EXTERNAL" {
            return Ok(None);
        }
        let Some(primary) = primary(&service.record).cloned() else {
            return Ok(None);
        };
        let snapshot = self.snapshot(scope, &service.record).await?;
        let lost_after = self.config.lost_task_after_secs;
        let views: Vec<TaskView> = snapshot
            .tasks
            .iter()
            .map(|t| {
                let instance = t
                    .container_instance_id
                    .as_ref()
                    .and_then(|id| snapshot.instances.get(id));
                let health = snapshot
                    .health_checks
                    .get(&t.task_definition_arn)
                    .copied()
                    .unwrap_or(false);
                let accounted = service.record.scheduler.accounted_tasks.contains(&t.id);
                task_view(t, instance, health, accounted, now, lost_after)
            })
            .collect();
        let service_view = service_view(
            &service.record,
            self.config.task_settle_secs_without_health_check,
        );
        let deployments = deployment_views(&service.record);
        let mut effects = Effects::default();
        let mut wake;
        if service.record.scheduling_strategy == DAEMON {
            let definition = self
                .find_task_definition(scope, &primary.revision.task_definition)
                .await?
                .map(|d| d.record.definition)
                .unwrap_or_default();
            let group = service_group(name);
            let request = daemon_placement_request(
                &definition,
                &primary.revision.placement_constraints,
                &group,
            );
            let instances: Vec<_> = snapshot
                .instances
                .values()
                .filter(|i| i.status != INACTIVE)
                .map(|i| {
                    let others = snapshot.others_on.get(&i.id).copied().unwrap_or(0) > 0;
                    daemon_instance(i, &request, others, now, lost_after)
                })
                .collect();
            let tasks: Vec<DaemonTask> = snapshot
                .tasks
                .iter()
                .zip(&views)
                .map(|(t, v)| DaemonTask {
                    task: v.clone(),
                    instance_id: t.container_instance_id.clone().unwrap_or_default(),
                })
                .collect();
            let daemon = reconcile_daemon(&service_view, &deployments, &instances, &tasks, now);
            effects.daemon_desired = Some(daemon.desired_count);
            effects.plan = daemon.plan;
            self.stop_planned(scope, &service.record, &primary, &snapshot, &mut effects)
                .await?;
            if service.record.status == crate::services::ACTIVE {
                self.start_daemon_tasks(
                    scope,
                    &service.record,
                    &primary,
                    &definition,
                    &request,
                    &snapshot,
                    &daemon.start_on,
                    &mut effects,
                )
                .await?;
            }
        } else {
            effects.plan = reconcile(&service_view, &deployments, &views, now);
            self.stop_planned(scope, &service.record, &primary, &snapshot, &mut effects)
                .await?;
            let wanted = effects.plan.start;
            if wanted > 0 {
                self.start_replica_tasks(scope, &service.record, &primary, wanted, &mut effects)
                    .await?;
            }
        }
        wake = effects.plan.wake_at;
        // Agents that will count as lost soon, where the service has tasks.
        for task in &snapshot.tasks {
            if task.desired_status != TaskStatus::Running {
                continue;
            }
            let instance = task
                .container_instance_id
                .as_ref()
                .and_then(|id| snapshot.instances.get(id));
            if let Some(at) = instance.and_then(|i| lost_at(i, now, lost_after)) {
                earliest(&mut wake, at);
            }
        }
        effects.task_ids = snapshot.tasks.iter().map(|t| t.id.clone()).collect();
        effects
            .task_ids
            .extend(effects.started.iter().flatten().cloned());
        effects.live_after = snapshot
            .tasks
            .iter()
            .filter(|t| t.desired_status == TaskStatus::Running && !t.last_status.is_stopped())
            .filter(|t| !effects.stopped.contains(&t.id))
            .count()
            + effects.started.iter().map(Vec::len).sum::<usize>();
        effects.latest_running_start = snapshot
            .tasks
            .iter()
            .filter(|t| t.last_status == TaskStatus::Running)
            .filter_map(|t| t.started_at)
            .reduce(f64::max);
        self.record_effects(&key, &effects, now).await?;
        Ok(wake)
    }

    async fn snapshot(&self, scope: &Scope, record: &ServiceRecord) -> EcsResult<Snapshot> {
        let group = service_group(&record.name);
        let all = self.cluster_tasks(scope, &record.cluster).await?;
        let mut others_on: HashMap<String, usize> = HashMap::new();
        let mut tasks = Vec::new();
        for task in all {
            if task.group.as_deref() == Some(group.as_str()) {
                tasks.push(task);
            } else if task.desired_status == TaskStatus::Running && !task.last_status.is_stopped() {
                if let Some(id) = &task.container_instance_id {
                    *others_on.entry(id.clone()).or_default() += 1;
                }
            }
        }
        let instances = self
            .list_all::<ContainerInstanceRecord>(&keys::instances(scope, &record.cluster))
            .await?
            .into_iter()
            .map(|i| (i.record.id.clone(), i.record))
            .collect();
        let mut health_checks = HashMap::new();
        for arn in tasks.iter().map(|t| t.task_definition_arn.clone()) {
            if health_checks.contains_key(&arn) {
                continue;
            }
            let found: Option<Versioned<TaskDefinitionRecord>> =
                self.find_task_definition(scope, &arn).await?;
            let checks = found.is_some_and(|d| has_health_check(&d.record.definition));
            health_checks.insert(arn, checks);
        }
        Ok(Snapshot {
            tasks,
            instances,
            others_on,
            health_checks,
        })
    }

    /// Stops the plan's tasks; the ids this pass stopped go into `effects`.
    async fn stop_planned(
        &self,
        scope: &Scope,
        record: &ServiceRecord,
        primary: &DeploymentRecord,
        snapshot: &Snapshot,
        effects: &mut Effects,
    ) -> EcsResult<()> {
        let stops = effects.plan.stop.clone();
        for order in &stops {
            let reason = order.reason.message(&primary.id);
            if self
                .stop_service_task(scope, &record.cluster, &order.task_id, &reason)
                .await?
            {
                effects.stopped.push(order.task_id.clone());
            }
        }
        // Tasks already told to stop whose instance is gone for good have nobody to confirm
        // the stop: complete them, so that they stop counting as RUNNING.
        for task in &snapshot.tasks {
            let instance = task
                .container_instance_id
                .as_ref()
                .and_then(|id| snapshot.instances.get(id));
            let gone = task.container_instance_id.is_some()
                && instance.is_none_or(|i| i.status == INACTIVE);
            if gone && task.desired_status == TaskStatus::Stopped && !task.last_status.is_stopped()
            {
                self.stop_service_task(scope, &record.cluster, &task.id, "")
                    .await?;
            }
        }
        Ok(())
    }

    /// Stops one task as the service scheduler (`ServiceSchedulerInitiated`), revision-checked.
    /// A task whose instance has no agent (gone, deregistered, or API-only) is completed here
    /// and its reservation released. Returns whether this call changed the task.
    pub(crate) async fn stop_service_task(
        &self,
        scope: &Scope,
        cluster: &str,
        task_id: &str,
        reason: &str,
    ) -> EcsResult<bool> {
        for _ in 0..MAX_CONFLICT_RETRIES {
            let Some(task) = self
                .load::<TaskRecord>(&keys::task(scope, cluster, task_id))
                .await?
            else {
                return Ok(false);
            };
            let now = self.now();
            let mut next = task.clone();
            let before = footprint(&task.record);
            request_stop(
                &mut next.record,
                StopCode::ServiceSchedulerInitiated,
                reason,
                now,
            );
            let mut instance = match &task.record.container_instance_id {
                Some(id) => {
                    self.load::<ContainerInstanceRecord>(&keys::instance(scope, cluster, id))
                        .await?
                }
                None => None,
            };
            let nobody_confirms = instance
                .as_ref()
                .is_none_or(|i| i.record.agent.is_none() || i.record.status == INACTIVE);
            let mut commit = Commit::new();
            // The stop takes the task out of its group's count on the instance in this same
            // transaction; the reservation follows when the task is STOPPED.
            let mut instance_changed = settle(
                instance.as_mut().map(|i| &mut i.record),
                before,
                &mut next.record,
            );
            if nobody_confirms {
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
                return Ok(false);
            }
            commit.update(&next)?;
            if self.try_commit(commit).await? {
                return Ok(task.record.desired_status != TaskStatus::Stopped);
            }
        }
        Err(db::too_much_contention())
    }

    /// The RunTask request that starts `count` tasks of the primary deployment.
    fn service_run_request(
        record: &ServiceRecord,
        primary: &DeploymentRecord,
        count: u32,
    ) -> wire::RunTaskRequest {
        let revision = &primary.revision;
        let (propagate_tags, tags) = match revision.propagate_tags.as_deref() {
            Some("TASK_DEFINITION") => (Some("TASK_DEFINITION".to_string()), None),
            Some("SERVICE") => (None, Some(validate::wire_tags(&record.tags))),
            _ => (None, None),
        };
        let strategy = (!revision.capacity_provider_strategy.is_empty())
            .then(|| revision.capacity_provider_strategy.clone());
        wire::RunTaskRequest {
            cluster: Some(record.cluster.clone()),
            task_definition: Some(revision.task_definition.clone()),
            count: Some(count as i32),
            group: Some(service_group(&record.name)),
            started_by: Some(primary.id.clone()),
            launch_type: if strategy.is_none() {
                revision.launch_type.clone()
            } else {
                None
            },
            capacity_provider_strategy: strategy,
            placement_constraints: Some(revision.placement_constraints.clone()),
            placement_strategy: Some(revision.placement_strategy.clone()),
            network_configuration: revision.network_configuration.clone(),
            platform_version: revision.platform_version.clone(),
            propagate_tags,
            tags,
            enable_execute_command: Some(revision.enable_execute_command),
            ..Default::default()
        }
    }

    /// Starts up to `wanted` tasks through RunTask, at most ten per call, until one call leaves
    /// tasks unplaced (its closest match becomes the event).
    async fn start_replica_tasks(
        &self,
        scope: &Scope,
        record: &ServiceRecord,
        primary: &DeploymentRecord,
        wanted: u32,
        effects: &mut Effects,
    ) -> EcsResult<()> {
        let mut remaining = wanted;
        while remaining > 0 {
            let count = remaining.min(MAX_PER_CALL);
            let request = Self::service_run_request(record, primary, count);
            match self.run_task_with_outcome(scope, request).await {
                Ok((response, outcome)) => {
                    let ids = task_ids(response.tasks.as_deref().unwrap_or_default());
                    let placed = ids.len() as u32;
                    effects.started.push(ids);
                    remaining = remaining.saturating_sub(placed);
                    if let Some(outcome) = outcome.filter(|o| o.unplaced > 0) {
                        effects.placement_event = Some(events::unable_to_place(
                            &record.name,
                            outcome.closest_match().as_ref(),
                        ));
                        break;
                    }
                    if placed == 0 {
                        break;
                    }
                }
                Err(EcsError::InvalidParameter(message)) if message == NO_CONTAINER_INSTANCES => {
                    effects.placement_event = Some(events::no_container_instances(&record.name));
                    break;
                }
                Err(error) if error.is_server_fault() => return Err(error),
                Err(error) => {
                    tracing::warn!(service = %record.arn, %error, "service task launch failed");
                    effects.launch_error = Some(error.to_string());
                    break;
                }
            }
        }
        Ok(())
    }

    /// Starts one daemon task on each instance of `start_on` that can take it now, through
    /// StartTask; an instance that cannot is reported with its reason.
    #[allow(clippy::too_many_arguments)]
    async fn start_daemon_tasks(
        &self,
        scope: &Scope,
        record: &ServiceRecord,
        primary: &DeploymentRecord,
        definition: &wire::TaskDefinition,
        request: &berth_scheduler::PlacementRequest,
        snapshot: &Snapshot,
        start_on: &[String],
        effects: &mut Effects,
    ) -> EcsResult<()> {
        if start_on.is_empty() || definition.task_definition_arn.is_none() {
            return Ok(());
        }
        let mut fitting = Vec::new();
        for id in start_on {
            let Some(instance) = snapshot.instances.get(id) else {
                continue;
            };
            let view = crate::instance_wire::instance_view(instance, Default::default());
            let outcome = berth_scheduler::place(std::slice::from_ref(&view), request);
            if outcome.unplaced == 0 {
                fitting.push(instance.arn.clone());
            } else {
                effects.placement_event = Some(events::unable_to_place(
                    &record.name,
                    outcome.closest_match().as_ref(),
                ));
            }
        }
        let revision = &primary.revision;
        let (propagate_tags, tags) = match revision.propagate_tags.as_deref() {
            Some("TASK_DEFINITION") => (Some("TASK_DEFINITION".to_string()), None),
            Some("SERVICE") => (None, Some(validate::wire_tags(&record.tags))),
            _ => (None, None),
        };
        for chunk in fitting.chunks(MAX_PER_CALL as usize) {
            let request = wire::StartTaskRequest {
                cluster: Some(record.cluster.clone()),
                container_instances: Some(chunk.to_vec()),
                task_definition: Some(revision.task_definition.clone()),
                group: Some(service_group(&record.name)),
                started_by: Some(primary.id.clone()),
                network_configuration: revision.network_configuration.clone(),
                enable_execute_command: Some(revision.enable_execute_command),
                propagate_tags: propagate_tags.clone(),
                tags: tags.clone(),
                ..Default::default()
            };
            match self.start_task(scope, request).await {
                Ok(response) => {
                    effects
                        .started
                        .push(task_ids(response.tasks.as_deref().unwrap_or_default()));
                    if response.failures.as_deref().is_some_and(|f| !f.is_empty()) {
                        effects.placement_event = Some(events::unable_to_place(&record.name, None));
                    }
                }
                Err(error) if error.is_server_fault() => return Err(error),
                Err(error) => {
                    tracing::warn!(service = %record.arn, %error, "daemon task launch failed");
                    effects.launch_error = Some(error.to_string());
                }
            }
        }
        Ok(())
    }

    /// Writes a pass's effects into the service record (re-read on every attempt); commits only
    /// when the record changed.
    async fn record_effects(&self, key: &str, effects: &Effects, now: f64) -> EcsResult<()> {
        for _ in 0..MAX_CONFLICT_RETRIES {
            let Some(mut found) = self.load::<ServiceRecord>(key).await? else {
                return Ok(());
            };
            let before = found.record.clone();
            effects::apply(&mut found.record, effects, now);
            if found.record == before {
                return Ok(());
            }
            let mut commit = Commit::new();
            commit.update(&found)?;
            if self.try_commit(commit).await? {
                return Ok(());
            }
        }
        Err(db::too_much_contention())
    }

    /// Deletes an INACTIVE service once its retention has passed; otherwise says when.
    async fn purge_inactive(
        &self,
        service: &Versioned<ServiceRecord>,
        now: f64,
    ) -> EcsResult<Option<f64>> {
        let since = service
            .record
            .inactive_at
            .unwrap_or(service.record.created_at);
        let due = since + self.config.inactive_service_retention_secs;
        if due > now {
            return Ok(Some(due));
        }
        let mut commit = Commit::new();
        commit.delete(&service.key, service.mod_revision);
        // A conflict means the record changed (re-created): the next pass sees the new one.
        self.try_commit(commit).await?;
        Ok(None)
    }
}

fn task_ids(tasks: &[wire::Task]) -> Vec<String> {
    tasks
        .iter()
        .filter_map(|t| t.task_arn.as_deref())
        .map(|arn| arn.rsplit('/').next().unwrap_or(arn).to_string())
        .collect()
}
