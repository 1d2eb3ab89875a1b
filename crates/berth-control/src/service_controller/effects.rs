//! What one reconcile pass did, and how it is written into the service record: accounted
//! failures and restart throttling, deployment completion, failure and rollback, dropped
//! deployments, events, a daemon's desired count, and a drained service becoming INACTIVE.
//!
//! [`apply`] is pure and is re-run on a freshly read record whenever the commit conflicts, so
//! every step checks the record as it is now (a deployment change applies only while that
//! deployment is still primary; a task is accounted at most once). This module must not read or
//! write the store.

use crate::records::ServiceRecord;
use crate::services::deployments::{
    history_mut, roll_back, ROLLBACK_IN_PROGRESS, ROLLBACK_SUCCESSFUL, STOPPED, SUCCESSFUL,
};
use crate::services::events::{self, QUIET_LAUNCH, QUIET_PLACEMENT, QUIET_STEADY, QUIET_THROTTLED};
use crate::services::{
    completed_reason, ACTIVE, COMPLETED, DRAINING, FAILED, INACTIVE, IN_PROGRESS, PRIMARY,
};
use berth_scheduler::reconcile::{restart_backoff_secs, DeploymentChange, Plan};
use std::collections::BTreeSet;

/// Consecutive failed starts after which the service reports that it cannot start tasks.
const THROTTLE_EVENT_AFTER: u32 = 3;

/// The outcome of one pass.
#[derive(Debug, Clone, Default)]
pub(crate) struct Effects {
    pub plan: Plan,
    /// Task ids started, one batch per placement call.
    pub started: Vec<Vec<String>>,
    /// Task ids this pass stopped.
    pub stopped: Vec<String>,
    /// A placement failure event, already worded.
    pub placement_event: Option<String>,
    /// A launch error (not a placement failure), as its message.
    pub launch_error: Option<String>,
    /// A daemon's count of instances that should run it.
    pub daemon_desired: Option<u32>,
    /// Every task of the service that exists now (accounting forgets purged ones).
    pub task_ids: BTreeSet<String>,
    /// Tasks of the service still desired RUNNING after the pass.
    pub live_after: usize,
    /// The latest `startedAt` among the service's RUNNING tasks.
    pub latest_running_start: Option<f64>,
}

/// Writes a pass's outcome into `record`.
pub(crate) fn apply(record: &mut ServiceRecord, effects: &Effects, now: f64) {
    let name = record.name.clone();
    account(record, effects, now);
    for change in &effects.plan.deployment_changes {
        match change {
            DeploymentChange::Completed { id } => complete(record, id, now),
            DeploymentChange::Failed { id, reason } => {
                fail(record, id, reason, effects.plan.rollback, now)
            }
        }
    }
    let removed = &effects.plan.remove_deployments;
    record
        .deployments
        .retain(|d| d.status == PRIMARY || !removed.contains(&d.id));

    if !effects.stopped.is_empty() {
        events::push(record, now, events::stopped(&name, &effects.stopped));
    }
    for batch in effects.started.iter().filter(|b| !b.is_empty()) {
        events::push(record, now, events::started(&name, batch));
    }
    let started_any = effects.started.iter().any(|b| !b.is_empty());
    match &effects.placement_event {
        Some(message) => {
            events::push_quiet(record, now, QUIET_PLACEMENT, message.clone());
        }
        None if started_any => events::resolve(record, QUIET_PLACEMENT),
        None => {}
    }
    match &effects.launch_error {
        Some(error) => {
            events::push_quiet(
                record,
                now,
                QUIET_LAUNCH,
                events::launch_failed(&name, error),
            );
        }
        None if started_any => events::resolve(record, QUIET_LAUNCH),
        None => {}
    }
    if effects.plan.steady && record.status == ACTIVE {
        events::push_quiet(record, now, QUIET_STEADY, events::steady_state(&name));
        record.scheduler.steady = true;
    } else if !effects.plan.steady {
        events::resolve(record, QUIET_STEADY);
        record.scheduler.steady = false;
    }
    if let Some(desired) = effects.daemon_desired {
        record.desired_count = desired as i32;
    }
    if record.status == DRAINING && effects.live_after == 0 {
        record.status = INACTIVE.into();
        record.inactive_at = Some(now);
    }
}

/// Failures count once per task; failed starts throttle restarts until a task runs again.
fn account(record: &mut ServiceRecord, effects: &Effects, now: f64) {
    let mut start_failures = 0;
    for item in &effects.plan.accounted {
        if !record
            .scheduler
            .accounted_tasks
            .insert(item.task_id.clone())
        {
            continue;
        }
        if item.failure {
            if let Some(d) = record
                .deployments
                .iter_mut()
                .find(|d| d.id == item.deployment_id)
            {
                d.failed_tasks += 1;
                d.updated_at = now;
            }
            if let Some(h) = history_mut(record, &item.deployment_id) {
                h.failed_tasks += 1;
                h.updated_at = now;
            }
        }
        if item.start_failure {
            start_failures += 1;
        }
    }
    let scheduler = &mut record.scheduler;
    scheduler
        .accounted_tasks
        .retain(|id| effects.task_ids.contains(id));
    let ran_since_failure = effects
        .latest_running_start
        .is_some_and(|at| at > scheduler.last_start_failure_at);
    if start_failures > 0 {
        scheduler.consecutive_start_failures += start_failures;
        scheduler.last_start_failure_at = now;
        scheduler.start_not_before =
            now + restart_backoff_secs(scheduler.consecutive_start_failures);
        if scheduler.consecutive_start_failures >= THROTTLE_EVENT_AFTER {
            let message = events::throttled(&record.name);
            events::push_quiet(record, now, QUIET_THROTTLED, message);
        }
    } else if scheduler.consecutive_start_failures > 0 && ran_since_failure {
        scheduler.consecutive_start_failures = 0;
        scheduler.start_not_before = 0.0;
        events::resolve(record, QUIET_THROTTLED);
    }
}

fn complete(record: &mut ServiceRecord, id: &str, now: f64) {
    let Some(primary) = record
        .deployments
        .iter_mut()
        .find(|d| d.status == PRIMARY && d.id == id && d.rollout_state == IN_PROGRESS)
    else {
        return;
    };
    primary.rollout_state = COMPLETED.into();
    primary.rollout_state_reason = completed_reason(id);
    primary.updated_at = now;
    let revision = primary.revision.clone();
    record.deployments.retain(|d| d.status == PRIMARY);
    record.scheduler.stable_deployment = Some(id.to_string());
    record.scheduler.stable_revision = Some(revision);
    if let Some(entry) = history_mut(record, id) {
        entry.status = SUCCESSFUL.into();
        entry.finished_at = Some(now);
        entry.updated_at = now;
    }
    for entry in &mut record.history {
        let undone_by_this = entry
            .rollback
            .as_ref()
            .is_some_and(|r| r.to_deployment == id);
        if entry.status == ROLLBACK_IN_PROGRESS && undone_by_this {
            entry.status = ROLLBACK_SUCCESSFUL.into();
            entry.finished_at = Some(now);
            entry.updated_at = now;
        }
    }
    let message = events::deployment_completed(&record.name, id);
    events::push(record, now, message);
}

fn fail(record: &mut ServiceRecord, id: &str, reason: &str, rollback: bool, now: f64) {
    let Some(primary) = record
        .deployments
        .iter_mut()
        .find(|d| d.status == PRIMARY && d.id == id && d.rollout_state == IN_PROGRESS)
    else {
        return;
    };
    primary.rollout_state = FAILED.into();
    primary.rollout_state_reason = reason.to_string();
    primary.updated_at = now;
    if let Some(entry) = history_mut(record, id) {
        entry.status = STOPPED.into();
        entry.status_reason = Some(reason.to_string());
        entry.stopped_at = Some(now);
        entry.updated_at = now;
    }
    let message = events::deployment_failed(&record.name, id);
    events::push(record, now, message);
    if !rollback || record.status != ACTIVE {
        return;
    }
    let target = record.scheduler.stable_deployment.clone();
    if roll_back(record, id, reason, now).is_some() {
        let message = events::rolling_back(&record.name, target.as_deref().unwrap_or_default());
        events::push(record, now, message);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::records::{ServiceRevisionRecord, ServiceSchedulerState};
    use crate::services::deployments::start_deployment;
    use berth_scheduler::reconcile::Accounted;

    fn service() -> ServiceRecord {
        let mut record = ServiceRecord {
            arn: "arn:aws:ecs:r:1:service/c/web".into(),
            name: "web".into(),
            cluster: "c".into(),
            cluster_arn: "arn:aws:ecs:r:1:cluster/c".into(),
            status: ACTIVE.into(),
            desired_count: 2,
            scheduling_strategy: "REPLICA".into(),
            revision: ServiceRevisionRecord::default(),
            deployment_configuration: Default::default(),
            deployment_controller: "ECS".into(),
            health_check_grace_period_seconds: None,
            role_arn: None,
            availability_zone_rebalancing: None,
            tags: Default::default(),
            created_at: 0.0,
            created_by: None,
            client_token: None,
            request_fingerprint: String::new(),
            deployments: Vec::new(),
            history: Vec::new(),
            events: Vec::new(),
            scheduler: ServiceSchedulerState::default(),
            deleted_at: None,
            inactive_at: None,
        };
        let revision = ServiceRevisionRecord {
            task_definition: "td:1".into(),
            ..Default::default()
        };
        start_deployment(&mut record, revision, 1.0);
        record
    }

    fn failure(task: &str, deployment: &str) -> Accounted {
        Accounted {
            task_id: task.into(),
            deployment_id: deployment.into(),
            failure: true,
            start_failure: true,
        }
    }

    fn with_tasks(plan: Plan, ids: &[&str]) -> Effects {
        Effects {
            plan,
            task_ids: ids.iter().map(|s| s.to_string()).collect(),
            live_after: 1,
            ..Default::default()
        }
    }

    #[test]
    fn failures_count_once_and_throttle_until_a_task_runs() {
        let mut record = service();
        let first = record.deployments[0].id.clone();
        let plan = Plan {
            accounted: vec![failure("t1", &first)],
            ..Default::default()
        };
        let effects = with_tasks(plan, &["t1"]);
        apply(&mut record, &effects, 10.0);
        apply(&mut record, &effects, 11.0);
        assert_eq!(record.deployments[0].failed_tasks, 1);
        assert_eq!(record.history[0].failed_tasks, 1);
        assert_eq!(record.scheduler.consecutive_start_failures, 1);
        assert_eq!(record.scheduler.start_not_before, 11.0);
        // A task that started running after the failure resets the throttle.
        let running = Effects {
            latest_running_start: Some(10.5),
            ..with_tasks(Plan::default(), &["t1"])
        };
        apply(&mut record, &running, 12.0);
        assert_eq!(record.scheduler.consecutive_start_failures, 0);
        // Purged tasks are forgotten.
        apply(&mut record, &with_tasks(Plan::default(), &[]), 13.0);
        assert!(record.scheduler.accounted_tasks.is_empty());
    }

    #[test]
    fn completion_records_the_stable_revision_and_events_in_ecs_order() {
        let mut record = service();
        let id = record.deployments[0].id.clone();
        let plan = Plan {
            deployment_changes: vec![DeploymentChange::Completed { id: id.clone() }],
            steady: true,
            ..Default::default()
        };
        apply(&mut record, &with_tasks(plan.clone(), &[]), 5.0);
        assert_eq!(record.deployments[0].rollout_state, COMPLETED);
        assert_eq!(
            record.deployments[0].rollout_state_reason,
            format!("ECS deployment {id} completed.")
        );
        assert_eq!(
            record.scheduler.stable_deployment.as_deref(),
            Some(id.as_str())
        );
        assert_eq!(record.history[0].status, SUCCESSFUL);
        let messages: Vec<&str> = record.events.iter().map(|e| e.message.as_str()).collect();
        assert_eq!(
            messages,
            vec![
                "(service web) has reached a steady state.".to_string(),
                format!("(service web) (deployment {id}) deployment completed."),
            ]
        );
        // Still steady: no repeated event.
        apply(
            &mut record,
            &with_tasks(
                Plan {
                    steady: true,
                    ..Default::default()
                },
                &[],
            ),
            6.0,
        );
        assert_eq!(record.events.len(), 2);
    }

    #[test]
    fn a_tripped_breaker_rolls_back_to_the_stable_revision() {
        let mut record = service();
        let first = record.deployments[0].id.clone();
        let completed = Plan {
            deployment_changes: vec![DeploymentChange::Completed { id: first.clone() }],
            ..Default::default()
        };
        apply(&mut record, &with_tasks(completed, &[]), 2.0);
        let bad = ServiceRevisionRecord {
            task_definition: "td:2".into(),
            ..Default::default()
        };
        let second = start_deployment(&mut record, bad, 3.0);
        let failed = Plan {
            deployment_changes: vec![DeploymentChange::Failed {
                id: second.clone(),
                reason: "breaker".into(),
            }],
            rollback: true,
            ..Default::default()
        };
        apply(&mut record, &with_tasks(failed, &[]), 4.0);
        let primary = &record.deployments[0];
        assert_eq!(primary.status, PRIMARY);
        assert_eq!(primary.revision.task_definition, "td:1");
        assert_eq!(record.revision.task_definition, "td:1");
        let failed_entry = record.history.iter().find(|h| h.id == second).unwrap();
        assert_eq!(failed_entry.status, ROLLBACK_IN_PROGRESS);
        assert_eq!(
            record.events[0].message,
            format!("(service web) rolling back to deployment {first}.")
        );
        // The rollback completes: the failed deployment's rollback succeeded.
        let rollback_id = primary.id.clone();
        let done = Plan {
            deployment_changes: vec![DeploymentChange::Completed { id: rollback_id }],
            ..Default::default()
        };
        apply(&mut record, &with_tasks(done, &[]), 5.0);
        let failed_entry = record.history.iter().find(|h| h.id == second).unwrap();
        assert_eq!(failed_entry.status, ROLLBACK_SUCCESSFUL);
    }

    #[test]
    fn a_drained_service_becomes_inactive() {
        let mut record = service();
        record.status = DRAINING.into();
        apply(&mut record, &with_tasks(Plan::default(), &[]), 1.0);
        assert_eq!(record.status, DRAINING, "one task still live");
        let drained = Effects {
            live_after: 0,
            ..Default::default()
        };
        apply(&mut record, &drained, 2.0);
        assert_eq!(record.status, INACTIVE);
        assert_eq!(record.inactive_at, Some(2.0));
    }
}
