//! Tables for the reconciler's decisions and properties of its safety invariants, checked by
//! simulating a cluster that applies each plan.

use super::*;
use proptest::prelude::*;

fn service(desired: u32, min: u32, max: u32) -> ServiceView {
    ServiceView {
        desired_count: desired,
        minimum_healthy_percent: min,
        maximum_percent: max,
        circuit_breaker: None,
        health_check_grace_secs: 0.0,
        settle_secs_without_health_check: DEFAULT_SETTLE_SECS_WITHOUT_HEALTH_CHECK,
        start_not_before: 0.0,
    }
}

fn deployment(id: &str, primary: bool) -> DeploymentView {
    DeploymentView {
        id: id.into(),
        primary,
        rollout: if primary {
            Rollout::InProgress
        } else {
            Rollout::Completed
        },
        failed_tasks: 0,
    }
}

fn task(id: &str, deployment: &str, last: TaskStatus, health: HealthStatus) -> TaskView {
    TaskView {
        id: id.into(),
        deployment_id: deployment.into(),
        last_status: last,
        desired_status: TaskStatus::Running,
        health,
        has_health_check: true,
        running_since: (last == TaskStatus::Running).then_some(0.0),
        instance_draining: false,
        instance_lost: false,
        stop_code: None,
        stopped_unhealthy: false,
        accounted: false,
        created_at: 0.0,
    }
}

fn healthy_old(n: usize) -> Vec<TaskView> {
    (0..n)
        .map(|i| {
            task(
                &format!("old{i}"),
                "d1",
                TaskStatus::Running,
                HealthStatus::Healthy,
            )
        })
        .collect()
}

#[test]
fn creates_desired_count_from_nothing() {
    let plan = reconcile(&service(3, 100, 200), &[deployment("d1", true)], &[], 10.0);
    assert_eq!(plan.start, 3);
    assert!(plan.stop.is_empty());
    assert!(!plan.steady);
}

#[test]
fn rolling_update_100_200_starts_all_then_stops_old_as_new_turn_healthy() {
    let deployments = [deployment("d1", false), deployment("d2", true)];
    let mut tasks = healthy_old(4);
    let plan = reconcile(&service(4, 100, 200), &deployments, &tasks, 10.0);
    assert_eq!((plan.start, plan.stop.len()), (4, 0));
    // Two new tasks healthy: exactly two old ones may go.
    tasks.push(task("n0", "d2", TaskStatus::Running, HealthStatus::Healthy));
    tasks.push(task("n1", "d2", TaskStatus::Running, HealthStatus::Healthy));
    tasks.push(task("n2", "d2", TaskStatus::Running, HealthStatus::Unknown));
    tasks.push(task("n3", "d2", TaskStatus::Pending, HealthStatus::Unknown));
    let plan = reconcile(&service(4, 100, 200), &deployments, &tasks, 10.0);
    assert_eq!(plan.start, 0);
    assert_eq!(plan.stop.len(), 2);
    assert!(plan.stop.iter().all(|s| s.reason == StopReason::Replaced));
}

#[test]
fn zero_100_stops_before_it_starts() {
    let deployments = [deployment("d1", false), deployment("d2", true)];
    let plan = reconcile(&service(4, 0, 100), &deployments, &healthy_old(4), 10.0);
    assert_eq!((plan.start, plan.stop.len()), (0, 4));
}

#[test]
fn tasks_still_stopping_count_against_the_maximum() {
    // Regression: tasks already told to stop but still RUNNING (their containers are shutting
    // down) used to free their slot at once, so 0/100 started 4 new tasks next to 4 old ones
    // still running: 8 RUNNING + PENDING tasks with a maximum of 4.
    let deployments = [deployment("d1", false), deployment("d2", true)];
    let mut tasks = healthy_old(4);
    for t in &mut tasks {
        t.desired_status = TaskStatus::Stopped;
        t.stop_code = Some(StopCode::ServiceSchedulerInitiated);
    }
    let plan = reconcile(&service(4, 0, 100), &deployments, &tasks, 10.0);
    assert_eq!((plan.start, plan.stop.len()), (0, 0));
    // Two of them are gone: two slots free up.
    for t in tasks.iter_mut().take(2) {
        t.last_status = TaskStatus::Stopped;
    }
    let plan = reconcile(&service(4, 0, 100), &deployments, &tasks, 10.0);
    assert_eq!(plan.start, 2);
    // A lost task never reports STOPPED: it does not hold its slot.
    for t in tasks.iter_mut().skip(2) {
        t.instance_lost = true;
    }
    let plan = reconcile(&service(4, 0, 100), &deployments, &tasks, 10.0);
    assert_eq!(plan.start, 4);
}

#[test]
fn fifty_200_stops_half_and_starts_all() {
    let deployments = [deployment("d1", false), deployment("d2", true)];
    let plan = reconcile(&service(4, 50, 200), &deployments, &healthy_old(4), 10.0);
    assert_eq!((plan.start, plan.stop.len()), (4, 2));
}

#[test]
fn steady_state_completes_the_deployment_and_drops_empty_ones() {
    let deployments = [deployment("d1", false), deployment("d2", true)];
    let tasks: Vec<_> = (0..2)
        .map(|i| {
            task(
                &format!("n{i}"),
                "d2",
                TaskStatus::Running,
                HealthStatus::Healthy,
            )
        })
        .collect();
    let plan = reconcile(&service(2, 100, 200), &deployments, &tasks, 10.0);
    assert!(plan.steady);
    assert_eq!(
        plan.deployment_changes,
        vec![DeploymentChange::Completed { id: "d2".into() }]
    );
    assert_eq!(plan.remove_deployments, vec!["d1".to_string()]);
}

#[test]
fn unhealthy_tasks_are_replaced_after_the_grace_period() {
    let mut svc = service(2, 100, 200);
    svc.health_check_grace_secs = 30.0;
    let tasks = vec![
        task("a", "d1", TaskStatus::Running, HealthStatus::Healthy),
        task("b", "d1", TaskStatus::Running, HealthStatus::Unhealthy),
    ];
    let within = reconcile(&svc, &[deployment("d1", true)], &tasks, 10.0);
    assert!(within.stop.is_empty());
    assert_eq!(within.wake_at, Some(30.0));
    let after = reconcile(&svc, &[deployment("d1", true)], &tasks, 31.0);
    assert_eq!(after.stop.len(), 1);
    assert_eq!(after.stop[0].reason, StopReason::Unhealthy);
    assert_eq!(after.start, 1);
}

#[test]
fn tasks_without_health_checks_count_as_healthy_after_settling() {
    let deployments = [deployment("d1", false), deployment("d2", true)];
    let mut tasks = healthy_old(1);
    let mut fresh = task("n0", "d2", TaskStatus::Running, HealthStatus::Unknown);
    fresh.has_health_check = false;
    fresh.running_since = Some(100.0);
    tasks.push(fresh);
    let early = reconcile(&service(1, 100, 200), &deployments, &tasks, 110.0);
    assert!(early.stop.is_empty());
    assert_eq!(early.wake_at, Some(140.0));
    let late = reconcile(&service(1, 100, 200), &deployments, &tasks, 140.0);
    assert_eq!(late.stop.len(), 1);
}

#[test]
fn draining_tasks_are_replaced_first() {
    let mut tasks = healthy_old(2);
    tasks[0].instance_draining = true;
    let plan = reconcile(
        &service(2, 100, 200),
        &[deployment("d1", true)],
        &tasks,
        10.0,
    );
    assert_eq!(plan.start, 1);
    assert!(
        plan.stop.is_empty(),
        "keeps serving until the replacement is healthy"
    );
}

#[test]
fn lost_tasks_are_stopped_and_replaced() {
    let mut tasks = healthy_old(2);
    tasks[1].instance_lost = true;
    let plan = reconcile(
        &service(2, 100, 200),
        &[deployment("d1", true)],
        &tasks,
        10.0,
    );
    assert_eq!(plan.start, 1);
    assert_eq!(plan.stop[0].reason, StopReason::Lost);
}

#[test]
fn scale_in_stops_the_newest_unhealthy_first() {
    let mut tasks = healthy_old(3);
    tasks[2].created_at = 5.0;
    tasks.push(task("p", "d1", TaskStatus::Pending, HealthStatus::Unknown));
    let plan = reconcile(
        &service(2, 100, 200),
        &[deployment("d1", true)],
        &tasks,
        10.0,
    );
    let stopped: Vec<_> = plan.stop.iter().map(|s| s.task_id.as_str()).collect();
    assert_eq!(stopped, vec!["p", "old2"]);
}

#[test]
fn circuit_breaker_trips_at_threshold_and_asks_for_rollback() {
    let mut svc = service(4, 100, 200);
    svc.circuit_breaker = Some(CircuitBreaker { rollback: true });
    let mut primary = deployment("d2", true);
    primary.failed_tasks = 2;
    let mut failed = task("f", "d2", TaskStatus::Stopped, HealthStatus::Unknown);
    failed.stop_code = Some(StopCode::TaskFailedToStart);
    let mut tasks = healthy_old(4);
    tasks.push(failed);
    let plan = reconcile(&svc, &[deployment("d1", false), primary], &tasks, 10.0);
    assert!(plan.rollback);
    assert_eq!(
        plan.start, 0,
        "a failed deployment starts nothing on its own"
    );
    assert!(plan.stop.is_empty());
    assert!(matches!(
        plan.deployment_changes.as_slice(),
        [DeploymentChange::Failed { .. }]
    ));
    assert!(plan.accounted[0].failure);
}

#[test]
fn scheduler_initiated_stops_are_not_failures() {
    let mut stopped = task("s", "d1", TaskStatus::Stopped, HealthStatus::Unknown);
    stopped.stop_code = Some(StopCode::ServiceSchedulerInitiated);
    let plan = reconcile(
        &service(1, 100, 200),
        &[deployment("d1", true)],
        &[stopped],
        10.0,
    );
    assert!(!plan.accounted[0].failure);
}

#[test]
fn restart_throttling_defers_starts() {
    let mut svc = service(1, 100, 200);
    svc.start_not_before = 50.0;
    let plan = reconcile(&svc, &[deployment("d1", true)], &[], 10.0);
    assert_eq!(plan.start, 0);
    assert_eq!(plan.wake_at, Some(50.0));
}

/// Applies plans to a simulated cluster in which started tasks become healthy one step later
/// and stopped tasks are gone one step later; checks the window on every step.
fn simulate(desired: u32, min: u32, max: u32, old: usize) -> Result<usize, TestCaseError> {
    let svc = service(desired, min, max);
    let deployments = [deployment("d1", false), deployment("d2", true)];
    let mut tasks = healthy_old(old);
    let max_total = max_tasks(desired, max) as usize;
    let min_healthy = min_healthy_tasks(desired, min) as usize;
    let mut next = 0;
    for step in 0..40 {
        let live = |ts: &[TaskView]| ts.iter().filter(|t| is_live(t)).count();
        let healthy = |ts: &[TaskView]| {
            ts.iter()
                .filter(|t| is_live(t) && t.health == HealthStatus::Healthy)
                .count()
        };
        let healthy_before = healthy(&tasks);
        let plan = reconcile(&svc, &deployments, &tasks, 1000.0);
        if plan.steady {
            prop_assert_eq!(live(&tasks), desired as usize);
            return Ok(step);
        }
        // Time passes: pending tasks become healthy, stopping ones are gone.
        for t in tasks.iter_mut() {
            if t.desired_status == TaskStatus::Stopped {
                t.last_status = TaskStatus::Stopped;
                t.accounted = true;
            } else if t.last_status == TaskStatus::Pending {
                t.last_status = TaskStatus::Running;
                t.health = HealthStatus::Healthy;
                t.running_since = Some(0.0);
            }
        }
        for order in &plan.stop {
            let Some(t) = tasks.iter_mut().find(|t| t.id == order.task_id) else {
                return Err(TestCaseError::fail("stop of an unknown task"));
            };
            t.desired_status = TaskStatus::Stopped;
            t.stop_code = Some(StopCode::ServiceSchedulerInitiated);
        }
        let healthy_after_stops = healthy(&tasks);
        prop_assert!(
            healthy_after_stops >= min_healthy.min(healthy_before),
            "healthy fell from {} to {} below {}",
            healthy_before,
            healthy_after_stops,
            min_healthy
        );
        for _ in 0..plan.start {
            tasks.push(task(
                &format!("n{next}"),
                "d2",
                TaskStatus::Pending,
                HealthStatus::Unknown,
            ));
            next += 1;
        }
        // The window as DescribeTasks shows it: every task not yet STOPPED, including those
        // still on their way down.
        let occupying = tasks
            .iter()
            .filter(|t| t.last_status != TaskStatus::Stopped)
            .count();
        prop_assert!(
            occupying <= max_total.max(old),
            "{} RUNNING or PENDING tasks exceed the maximum {}",
            occupying,
            max_total
        );
    }
    Err(TestCaseError::fail("did not converge in 40 steps"))
}

proptest! {
    #[test]
    fn rolling_updates_respect_the_window_and_converge(
        desired in 0u32..12,
        min in prop::sample::select(vec![0u32, 25, 50, 75, 100]),
        max in prop::sample::select(vec![100u32, 125, 150, 200]),
    ) {
        // A rollout needs room: when the maximum does not exceed the healthy minimum (100/100,
        // or 25/100 with one task, by ECS's rounding) nothing may start and nothing may stop,
        // in ECS as here.
        prop_assume!(desired == 0 || max_tasks(desired, max) > min_healthy_tasks(desired, min));
        simulate(desired, min, max, desired as usize)?;
    }

    #[test]
    fn failed_deployments_never_start_tasks(failed in 0u32..10, desired in 1u32..10) {
        let mut svc = service(desired, 100, 200);
        svc.circuit_breaker = Some(CircuitBreaker { rollback: false });
        let mut primary = deployment("d2", true);
        primary.rollout = Rollout::Failed;
        primary.failed_tasks = failed;
        let plan = reconcile(&svc, &[deployment("d1", false), primary], &healthy_old(1), 5.0);
        prop_assert_eq!(plan.start, 0);
        prop_assert!(!plan.rollback);
    }
}

#[test]
fn scale_in_and_deletion_stop_tasks_that_have_not_settled() {
    let mut tasks = healthy_old(3);
    for t in &mut tasks {
        t.has_health_check = false;
        t.running_since = Some(995.0);
    }
    // Deleted service: desired 0.
    let plan = reconcile(
        &service(0, 100, 200),
        &[deployment("d1", true)],
        &tasks,
        1000.0,
    );
    assert_eq!(plan.stop.len(), 3);
    // Scale-in from 3 to 1.
    let plan = reconcile(
        &service(1, 100, 200),
        &[deployment("d1", true)],
        &tasks,
        1000.0,
    );
    assert_eq!(plan.stop.len(), 2);
    assert!(plan.stop.iter().all(|s| s.reason == StopReason::ScaleIn));
}

#[test]
fn not_steady_while_a_task_is_still_stopping() {
    let mut tasks: Vec<_> = (0..2)
        .map(|i| {
            task(
                &format!("n{i}"),
                "d2",
                TaskStatus::Running,
                HealthStatus::Healthy,
            )
        })
        .collect();
    let mut old = task("old", "d1", TaskStatus::Running, HealthStatus::Healthy);
    old.desired_status = TaskStatus::Stopped;
    tasks.push(old);
    let deployments = [deployment("d1", false), deployment("d2", true)];
    let plan = reconcile(&service(2, 100, 200), &deployments, &tasks, 10.0);
    assert!(!plan.steady);
    assert!(plan.deployment_changes.is_empty());
    tasks[2].last_status = TaskStatus::Stopped;
    let plan = reconcile(&service(2, 100, 200), &deployments, &tasks, 10.0);
    assert!(plan.steady);
}
