//! The service reconciler: a pure function from (service, deployments, tasks, now) to a [`Plan`].
//!
//! Modelled on Nomad's reconciler and ECS's rolling-update (`ECS` deployment controller)
//! semantics. It decides how many tasks the primary deployment should start, which tasks to stop
//! and why, which stopped tasks count as deployment failures, when a deployment completes or
//! fails, and whether the circuit breaker rolls back. It does not place tasks (the placement
//! pipeline does), read clocks, or write anything: a separate executor applies the plan.
//!
//! The window: RUNNING + PENDING tasks stay ≤ ⌊desired × maximumPercent / 100⌋ and healthy tasks
//! ≥ ⌈desired × minimumHealthyPercent / 100⌉ while old tasks are stopped. A task counts as
//! healthy once RUNNING and, if an essential container has a health check, HEALTHY; without a
//! health check, only after it has been RUNNING for a settle period (ECS waits 40 s).

pub mod daemon;
pub mod window;

use berth_model::{HealthStatus, StopCode, TaskStatus};
pub use window::{
    circuit_breaker_threshold, max_tasks, min_healthy_tasks, restart_backoff_secs,
    DEFAULT_MAXIMUM_PERCENT, DEFAULT_MINIMUM_HEALTHY_PERCENT,
};

/// How long ECS waits after RUNNING before counting a task without health checks as healthy.
pub const DEFAULT_SETTLE_SECS_WITHOUT_HEALTH_CHECK: f64 = 40.0;

/// The service's configuration, as the reconciler needs it.
#[derive(Debug, Clone, PartialEq)]
pub struct ServiceView {
    pub desired_count: u32,
    pub minimum_healthy_percent: u32,
    pub maximum_percent: u32,
    /// `Some` when `deploymentCircuitBreaker.enable` is true.
    pub circuit_breaker: Option<CircuitBreaker>,
    /// `healthCheckGracePeriodSeconds`: UNHEALTHY is ignored this long after RUNNING.
    pub health_check_grace_secs: f64,
    pub settle_secs_without_health_check: f64,
    /// Restart throttling: no task is started before this time.
    pub start_not_before: f64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CircuitBreaker {
    pub rollback: bool,
}

/// `rolloutState` of a deployment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rollout {
    InProgress,
    Completed,
    Failed,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeploymentView {
    pub id: String,
    /// Exactly one deployment of a service is PRIMARY.
    pub primary: bool,
    pub rollout: Rollout,
    pub failed_tasks: u32,
}

/// One task of the service, as the reconciler sees it.
#[derive(Debug, Clone, PartialEq)]
pub struct TaskView {
    pub id: String,
    pub deployment_id: String,
    pub last_status: TaskStatus,
    pub desired_status: TaskStatus,
    pub health: HealthStatus,
    /// Whether an essential container of the task has a health check.
    pub has_health_check: bool,
    /// When the task reached RUNNING.
    pub running_since: Option<f64>,
    /// Its instance is DRAINING: the task is replaced elsewhere first, then stopped.
    pub instance_draining: bool,
    /// Its instance's agent has been gone longer than the lost-task window.
    pub instance_lost: bool,
    pub stop_code: Option<StopCode>,
    /// The scheduler stopped it for failing its health checks.
    pub stopped_unhealthy: bool,
    /// This STOPPED task has already been accounted for by an earlier plan.
    pub accounted: bool,
    /// When the task was created (newest are scaled in first).
    pub created_at: f64,
}

/// Why the reconciler stops a task; each maps to the ECS `stoppedReason`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StopReason {
    Unhealthy,
    ScaleIn,
    Replaced,
    Draining,
    Lost,
}

impl StopReason {
    /// The `stoppedReason` ECS reports for such a stop.
    pub fn message(self, deployment_id: &str) -> String {
        match self {
            StopReason::Unhealthy => "Task failed container health checks".to_string(),
            StopReason::ScaleIn | StopReason::Replaced => {
                format!("Scaling activity initiated by (deployment {deployment_id})")
            }
            StopReason::Draining => "Container instance is being drained".to_string(),
            StopReason::Lost => {
                "Task stopped because its container instance's agent is disconnected".to_string()
            }
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StopOrder {
    pub task_id: String,
    pub reason: StopReason,
}

/// A STOPPED task the plan accounts for; `failure` means it counts against its deployment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Accounted {
    pub task_id: String,
    pub deployment_id: String,
    pub failure: bool,
    /// It failed to start or exited: feeds restart throttling.
    pub start_failure: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DeploymentChange {
    Completed { id: String },
    Failed { id: String, reason: String },
}

/// What the executor must do.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Plan {
    /// Tasks to start for the primary deployment.
    pub start: u32,
    pub stop: Vec<StopOrder>,
    pub accounted: Vec<Accounted>,
    pub deployment_changes: Vec<DeploymentChange>,
    /// The circuit breaker tripped with rollback: start a new primary deployment from the last
    /// completed one.
    pub rollback: bool,
    /// Non-primary deployments with no task left: drop them from `deployments[]`.
    pub remove_deployments: Vec<String>,
    /// The service has exactly its desired count of healthy primary tasks and nothing else.
    pub steady: bool,
    /// When a time-based condition (settle, grace, throttle) may change the answer.
    pub wake_at: Option<f64>,
}

/// The circuit breaker's reason, as ECS words it.
pub const CIRCUIT_BREAKER_REASON: &str = "ECS deployment circuit breaker: tasks failed to start.";

pub(crate) fn is_live(task: &TaskView) -> bool {
    task.desired_status == TaskStatus::Running && task.last_status != TaskStatus::Stopped
}

fn earliest(slot: &mut Option<f64>, at: f64) {
    *slot = Some(slot.map_or(at, |current| current.min(at)));
}

/// Whether a task counts as healthy at `now`; when it will once it has settled, `wake` learns
/// when.
pub(crate) fn is_healthy(
    service: &ServiceView,
    task: &TaskView,
    now: f64,
    wake: &mut Option<f64>,
) -> bool {
    if task.last_status != TaskStatus::Running || task.instance_lost {
        return false;
    }
    if task.has_health_check {
        return task.health == HealthStatus::Healthy;
    }
    let Some(since) = task.running_since else {
        return false;
    };
    let settled_at = since + service.settle_secs_without_health_check;
    if settled_at <= now {
        true
    } else {
        earliest(wake, settled_at);
        false
    }
}

/// Whether a RUNNING task is failing its health checks past the grace period (it is then
/// stopped outright). Within the grace period, `wake` learns when it ends.
pub(crate) fn is_failing_health_checks(
    service: &ServiceView,
    task: &TaskView,
    now: f64,
    wake: &mut Option<f64>,
) -> bool {
    if task.last_status != TaskStatus::Running
        || !task.has_health_check
        || task.health != HealthStatus::Unhealthy
    {
        return false;
    }
    let grace_ends = task.running_since.unwrap_or(now) + service.health_check_grace_secs;
    if grace_ends <= now {
        true
    } else {
        earliest(wake, grace_ends);
        false
    }
}

/// Whether a task still occupies a slot under `maximumPercent`: anything not yet STOPPED counts
/// (a task being stopped is still RUNNING or PENDING as DescribeTasks shows it), except a task on
/// a lost instance, whose agent will never report it stopped.
fn occupies(task: &TaskView) -> bool {
    task.last_status != TaskStatus::Stopped && !task.instance_lost
}

/// Accounts for STOPPED tasks no earlier plan accounted for, appending to `out`; returns how many
/// count as failures of the primary deployment.
pub(crate) fn account_stopped(
    tasks: &[TaskView],
    primary: &DeploymentView,
    out: &mut Vec<Accounted>,
) -> u32 {
    let mut new_primary_failures = 0;
    for task in tasks {
        if task.last_status != TaskStatus::Stopped || task.accounted {
            continue;
        }
        let exited = matches!(
            task.stop_code,
            Some(StopCode::TaskFailedToStart) | Some(StopCode::EssentialContainerExited) | None
        );
        let failure = task.stopped_unhealthy || exited;
        let counts =
            failure && task.deployment_id == primary.id && primary.rollout == Rollout::InProgress;
        if counts {
            new_primary_failures += 1;
        }
        out.push(Accounted {
            task_id: task.id.clone(),
            deployment_id: task.deployment_id.clone(),
            failure: counts,
            start_failure: exited && !task.stopped_unhealthy,
        });
    }
    new_primary_failures
}

/// Trips the circuit breaker when the primary's failures reach the threshold for the desired
/// count (recording the change and the rollback in `plan`); returns the primary's rollout state.
pub(crate) fn check_circuit_breaker(
    service: &ServiceView,
    primary: &DeploymentView,
    new_primary_failures: u32,
    plan: &mut Plan,
) -> Rollout {
    let Some(breaker) = service.circuit_breaker else {
        return primary.rollout;
    };
    let failed = primary.failed_tasks + new_primary_failures;
    if primary.rollout == Rollout::InProgress
        && failed >= circuit_breaker_threshold(service.desired_count)
    {
        plan.deployment_changes.push(DeploymentChange::Failed {
            id: primary.id.clone(),
            reason: CIRCUIT_BREAKER_REASON.to_string(),
        });
        plan.rollback = breaker.rollback;
        return Rollout::Failed;
    }
    primary.rollout
}

/// Non-primary deployments with no task left that is not STOPPED.
pub(crate) fn empty_old_deployments(
    deployments: &[DeploymentView],
    tasks: &[TaskView],
) -> Vec<String> {
    deployments
        .iter()
        .filter(|d| !d.primary)
        .filter(|d| {
            !tasks
                .iter()
                .any(|t| t.deployment_id == d.id && t.last_status != TaskStatus::Stopped)
        })
        .map(|d| d.id.clone())
        .collect()
}

/// Reconciles a REPLICA service. `deployments` must contain exactly one primary.
pub fn reconcile(
    service: &ServiceView,
    deployments: &[DeploymentView],
    tasks: &[TaskView],
    now: f64,
) -> Plan {
    let mut plan = Plan::default();
    let Some(primary) = deployments.iter().find(|d| d.primary) else {
        return plan;
    };
    let desired = service.desired_count;

    // 1. Account for tasks that stopped since the last plan.
    let new_primary_failures = account_stopped(tasks, primary, &mut plan.accounted);

    // 2. The circuit breaker.
    let primary_rollout = check_circuit_breaker(service, primary, new_primary_failures, &mut plan);

    let healthy = |task: &TaskView, wake: &mut Option<f64>| is_healthy(service, task, now, wake);

    // 3. Tasks that are gone or failing their health checks are stopped outright: they do not
    //    count as healthy, so stopping them never breaks the minimum.
    let mut remaining: Vec<&TaskView> = Vec::new();
    for task in tasks.iter().filter(|t| is_live(t)) {
        if task.instance_lost {
            plan.stop.push(StopOrder {
                task_id: task.id.clone(),
                reason: StopReason::Lost,
            });
            continue;
        }
        if is_failing_health_checks(service, task, now, &mut plan.wake_at) {
            plan.stop.push(StopOrder {
                task_id: task.id.clone(),
                reason: StopReason::Unhealthy,
            });
            continue;
        }
        remaining.push(task);
    }

    // A rollback replaces the primary: the executor creates the new deployment and reconciles
    // again. A failed deployment without rollback starts and stops nothing more on its own.
    if primary_rollout == Rollout::Failed {
        return plan;
    }

    // 4. Which tasks stay and which retire.
    let mut keep: Vec<&TaskView> = Vec::new();
    let mut retiring: Vec<(&TaskView, StopReason)> = Vec::new();
    for task in &remaining {
        if task.deployment_id != primary.id {
            retiring.push((task, StopReason::Replaced));
        } else if task.instance_draining {
            retiring.push((task, StopReason::Draining));
        } else {
            keep.push(task);
        }
    }
    let mut wake = plan.wake_at;
    if keep.len() > desired as usize {
        // Scale in: not-yet-healthy tasks first, then the newest.
        keep.sort_by(|a, b| {
            let ha = healthy(a, &mut wake);
            let hb = healthy(b, &mut wake);
            ha.cmp(&hb)
                .then(b.created_at.total_cmp(&a.created_at))
                .then(a.id.cmp(&b.id))
        });
        let excess = keep.len() - desired as usize;
        for task in keep.drain(..excess) {
            retiring.push((task, StopReason::ScaleIn));
        }
    }

    // 5. Start what the primary lacks, within maximumPercent (tasks being stopped still count
    //    until they are gone, so "stop first" configurations stop before they start).
    let max_total = max_tasks(desired, service.maximum_percent) as usize;
    let lacking = (desired as usize).saturating_sub(keep.len());
    let occupied = tasks.iter().filter(|t| occupies(t)).count();
    let room = max_total.saturating_sub(occupied);
    let wanted = lacking.min(room);
    if wanted > 0 {
        if now >= service.start_not_before {
            plan.start = wanted as u32;
        } else {
            earliest(&mut wake, service.start_not_before);
        }
    }

    // 6. Stop retiring tasks within minimumHealthyPercent. Tasks that never reached RUNNING
    //    go freely; a RUNNING one (healthy or still settling) only while enough healthy tasks
    //    remain, so a rollout never eats into old tasks that are still serving.
    let min_healthy = min_healthy_tasks(desired, service.minimum_healthy_percent) as usize;
    let healthy_total = remaining.iter().filter(|t| healthy(t, &mut wake)).count();
    let mut budget = healthy_total.saturating_sub(min_healthy);
    retiring.sort_by(|(a, _), (b, _)| {
        let ra = a.last_status >= TaskStatus::Running;
        let rb = b.last_status >= TaskStatus::Running;
        ra.cmp(&rb)
            .then(a.created_at.total_cmp(&b.created_at))
            .then(a.id.cmp(&b.id))
    });
    for (task, reason) in &retiring {
        // Scale-in (including a deleted service draining to zero) is not a rollout: ECS stops
        // the excess outright, and the kept tasks are the healthiest. With no minimum at all,
        // nothing needs protecting either.
        let gated = *reason != StopReason::ScaleIn && min_healthy > 0;
        let counts = gated && task.last_status >= TaskStatus::Running;
        if counts {
            if budget == 0 {
                continue;
            }
            budget -= 1;
        }
        plan.stop.push(StopOrder {
            task_id: task.id.clone(),
            reason: *reason,
        });
    }
    plan.wake_at = wake;

    // 7. Steady state and deployment bookkeeping.
    let all_keep_healthy = keep.iter().all(|t| healthy(t, &mut None));
    // Tasks asked to stop must be gone before the service is stable (the services-stable waiter
    // and `berth deploy` must not return while an old task still runs), except on lost
    // instances, whose tasks only stop when their agent returns.
    let nothing_stopping = tasks
        .iter()
        .all(|t| is_live(t) || t.last_status == TaskStatus::Stopped || t.instance_lost);
    plan.steady = plan.stop.is_empty()
        && nothing_stopping
        && plan.start == 0
        && retiring.is_empty()
        && keep.len() == desired as usize
        && all_keep_healthy;
    if plan.steady && primary.rollout == Rollout::InProgress {
        plan.deployment_changes.push(DeploymentChange::Completed {
            id: primary.id.clone(),
        });
    }
    plan.remove_deployments = empty_old_deployments(deployments, tasks);
    plan
}

#[cfg(test)]
mod tests;
