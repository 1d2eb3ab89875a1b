//! The DAEMON reconciler: one task of the primary deployment on every container instance that
//! should run one, as a pure function of (service, deployments, instances, tasks, now).
//!
//! ECS's daemon scheduler places exactly one task on each ACTIVE container instance that meets
//! the service's placement constraints, and stops tasks on instances that no longer do (they
//! left, were drained, or their attributes changed). Its rolling update never exceeds one task
//! per instance (`maximumPercent` is 100 for daemons): an instance's old task is stopped first,
//! within `minimumHealthyPercent` of the instance count, and the new task starts there once the
//! old one is gone. On a DRAINING instance the daemon task is the last to go: it stays until the
//! instance runs nothing else. Which instances qualify is decided by the caller (it owns the
//! placement pipeline); this module only counts, compares and orders. It does not place, read
//! clocks or write.

use super::{
    account_stopped, check_circuit_breaker, earliest, empty_old_deployments,
    is_failing_health_checks, is_healthy, is_live, min_healthy_tasks, DeploymentChange,
    DeploymentView, Plan, Rollout, ServiceView, StopOrder, StopReason, TaskView,
};
use berth_model::TaskStatus;
use std::collections::BTreeMap;

/// One container instance of the cluster, as the daemon scheduler sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DaemonInstance {
    pub id: String,
    /// ACTIVE and satisfying the service's constraints and the definition's required
    /// attributes: the instance should run the daemon.
    pub matches: bool,
    /// DRAINING: its daemon task stops once nothing else runs there.
    pub draining: bool,
    /// Its agent has been gone longer than the lost-task window.
    pub lost: bool,
    /// The agent is connected now: a task can be started there.
    pub can_start: bool,
    /// Other live tasks (not this service's) remain on the instance.
    pub other_tasks: bool,
}

/// A task of the daemon service and the instance it is on.
#[derive(Debug, Clone, PartialEq)]
pub struct DaemonTask {
    pub task: TaskView,
    pub instance_id: String,
}

/// What the executor must do for a daemon service: `plan.start` is unused; tasks start on the
/// instances in `start_on`, one each.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DaemonPlan {
    pub plan: Plan,
    pub start_on: Vec<String>,
    /// The instances that should run the daemon (ECS reports this as the desired count).
    pub desired_count: u32,
}

/// Reconciles a DAEMON service. `service.desired_count` is ignored: the desired count is the
/// number of matching instances that are not lost or draining. `deployments` must contain
/// exactly one primary.
pub fn reconcile_daemon(
    service: &ServiceView,
    deployments: &[DeploymentView],
    instances: &[DaemonInstance],
    tasks: &[DaemonTask],
    now: f64,
) -> DaemonPlan {
    let mut out = DaemonPlan::default();
    let Some(primary) = deployments.iter().find(|d| d.primary) else {
        return out;
    };
    let by_id: BTreeMap<&str, &DaemonInstance> =
        instances.iter().map(|i| (i.id.as_str(), i)).collect();
    let wanted = |i: &DaemonInstance| i.matches && !i.draining && !i.lost;
    let desired = instances.iter().filter(|i| wanted(i)).count() as u32;
    out.desired_count = desired;
    let service = ServiceView {
        desired_count: desired,
        ..service.clone()
    };
    let views: Vec<TaskView> = tasks.iter().map(|t| t.task.clone()).collect();
    let plan = &mut out.plan;

    // 1-2. Account for stopped tasks; the circuit breaker.
    let failures = account_stopped(&views, primary, &mut plan.accounted);
    let rollout = check_circuit_breaker(&service, primary, failures, plan);

    // 3. Tasks on instances that should not run the daemon (any more), lost ones, and tasks
    //    failing their health checks go outright.
    let mut stay: Vec<&DaemonTask> = Vec::new();
    for task in tasks.iter().filter(|t| is_live(&t.task)) {
        let instance = by_id.get(task.instance_id.as_str()).copied();
        let reason = match instance {
            None => Some(StopReason::ScaleIn),
            Some(i) if i.lost || task.task.instance_lost => Some(StopReason::Lost),
            Some(i) if i.draining && i.other_tasks => None,
            Some(i) if i.draining => Some(StopReason::Draining),
            Some(i) if !i.matches => Some(StopReason::ScaleIn),
            Some(_) if is_failing_health_checks(&service, &task.task, now, &mut plan.wake_at) => {
                Some(StopReason::Unhealthy)
            }
            Some(_) => None,
        };
        match reason {
            Some(reason) => plan.stop.push(StopOrder {
                task_id: task.task.id.clone(),
                reason,
            }),
            None => stay.push(task),
        }
    }
    if rollout == Rollout::Failed {
        return out;
    }

    // 4. Per wanted instance: at most one primary task; old tasks retire.
    let mut wake = plan.wake_at;
    let mut retiring: Vec<&DaemonTask> = Vec::new();
    let mut instances_needing_start: Vec<&DaemonInstance> = Vec::new();
    let mut settled = true;
    for instance in instances.iter().filter(|i| wanted(i)) {
        let mut here: Vec<&DaemonTask> = stay
            .iter()
            .copied()
            .filter(|t| t.instance_id == instance.id)
            .collect();
        // Healthy first, then the oldest: the one to keep leads.
        here.sort_by(|a, b| {
            let ha = is_healthy(&service, &a.task, now, &mut wake);
            let hb = is_healthy(&service, &b.task, now, &mut wake);
            hb.cmp(&ha)
                .then(a.task.created_at.total_cmp(&b.task.created_at))
                .then(a.task.id.cmp(&b.task.id))
        });
        let mut kept_primary = false;
        for task in here {
            if task.task.deployment_id != primary.id {
                retiring.push(task);
            } else if kept_primary {
                plan.stop.push(StopOrder {
                    task_id: task.task.id.clone(),
                    reason: StopReason::ScaleIn,
                });
            } else {
                kept_primary = true;
                settled &= is_healthy(&service, &task.task, now, &mut None);
            }
        }
        if !kept_primary {
            settled = false;
            // One task per instance at a time: start only where nothing is left running.
            let occupied = tasks
                .iter()
                .any(|t| t.instance_id == instance.id && t.task.last_status != TaskStatus::Stopped);
            if !occupied && instance.can_start {
                instances_needing_start.push(instance);
            }
        }
    }

    // 5. Starts, unless restarts are throttled.
    if !instances_needing_start.is_empty() {
        if now >= service.start_not_before {
            out.start_on = instances_needing_start
                .iter()
                .map(|i| i.id.clone())
                .collect();
        } else {
            earliest(&mut wake, service.start_not_before);
        }
    }

    // 6. Old tasks stop within minimumHealthyPercent of the instance count; tasks that never
    //    reached RUNNING go freely.
    let min_healthy = min_healthy_tasks(desired, service.minimum_healthy_percent) as usize;
    let healthy_total = stay
        .iter()
        .filter(|t| is_healthy(&service, &t.task, now, &mut wake))
        .count();
    let mut budget = healthy_total.saturating_sub(min_healthy);
    retiring.sort_by(|a, b| {
        let ra = a.task.last_status >= TaskStatus::Running;
        let rb = b.task.last_status >= TaskStatus::Running;
        ra.cmp(&rb)
            .then(a.task.created_at.total_cmp(&b.task.created_at))
            .then(a.task.id.cmp(&b.task.id))
    });
    for task in &retiring {
        if task.task.last_status >= TaskStatus::Running {
            if budget == 0 {
                continue;
            }
            budget -= 1;
        }
        plan.stop.push(StopOrder {
            task_id: task.task.id.clone(),
            reason: StopReason::Replaced,
        });
    }
    plan.wake_at = wake;

    // 7. Steady: every wanted instance runs one healthy primary task and nothing else is live.
    plan.steady =
        settled && retiring.is_empty() && plan.stop.is_empty() && out.start_on.is_empty() && {
            let kept = stay.len();
            kept == desired as usize
        };
    if plan.steady && primary.rollout == Rollout::InProgress {
        plan.deployment_changes.push(DeploymentChange::Completed {
            id: primary.id.clone(),
        });
    }
    plan.remove_deployments = empty_old_deployments(deployments, &views);
    out
}

#[cfg(test)]
mod tests {
    use super::super::{CircuitBreaker, DEFAULT_SETTLE_SECS_WITHOUT_HEALTH_CHECK};
    use super::*;
    use berth_model::{HealthStatus, StopCode};

    fn service(min: u32) -> ServiceView {
        ServiceView {
            desired_count: 0,
            minimum_healthy_percent: min,
            maximum_percent: 100,
            circuit_breaker: None,
            health_check_grace_secs: 0.0,
            settle_secs_without_health_check: DEFAULT_SETTLE_SECS_WITHOUT_HEALTH_CHECK,
            start_not_before: 0.0,
        }
    }

    fn deployments() -> Vec<DeploymentView> {
        vec![
            DeploymentView {
                id: "d1".into(),
                primary: false,
                rollout: Rollout::Completed,
                failed_tasks: 0,
            },
            DeploymentView {
                id: "d2".into(),
                primary: true,
                rollout: Rollout::InProgress,
                failed_tasks: 0,
            },
        ]
    }

    fn instance(id: &str) -> DaemonInstance {
        DaemonInstance {
            id: id.into(),
            matches: true,
            draining: false,
            lost: false,
            can_start: true,
            other_tasks: false,
        }
    }

    fn task(id: &str, deployment: &str, instance: &str, last: TaskStatus) -> DaemonTask {
        DaemonTask {
            task: TaskView {
                id: id.into(),
                deployment_id: deployment.into(),
                last_status: last,
                desired_status: TaskStatus::Running,
                health: HealthStatus::Healthy,
                has_health_check: true,
                running_since: (last == TaskStatus::Running).then_some(0.0),
                instance_draining: false,
                instance_lost: false,
                stop_code: None,
                stopped_unhealthy: false,
                accounted: false,
                created_at: 0.0,
            },
            instance_id: instance.into(),
        }
    }

    fn stopped_ids(plan: &DaemonPlan) -> Vec<(&str, StopReason)> {
        plan.plan
            .stop
            .iter()
            .map(|s| (s.task_id.as_str(), s.reason))
            .collect()
    }

    #[test]
    fn one_task_per_matching_instance() {
        let mut other = instance("c");
        other.matches = false;
        let instances = vec![instance("a"), instance("b"), other];
        let plan = reconcile_daemon(&service(0), &deployments(), &instances, &[], 1.0);
        assert_eq!(plan.start_on, vec!["a".to_string(), "b".to_string()]);
        assert_eq!(plan.desired_count, 2);
        assert!(!plan.plan.steady);
    }

    #[test]
    fn steady_when_every_instance_runs_one_healthy_primary_task() {
        let instances = vec![instance("a"), instance("b")];
        let tasks = vec![
            task("t1", "d2", "a", TaskStatus::Running),
            task("t2", "d2", "b", TaskStatus::Running),
        ];
        let plan = reconcile_daemon(&service(0), &deployments(), &instances, &tasks, 1.0);
        assert!(plan.plan.steady);
        assert!(plan.start_on.is_empty() && plan.plan.stop.is_empty());
        assert_eq!(
            plan.plan.deployment_changes,
            vec![DeploymentChange::Completed { id: "d2".into() }]
        );
        assert_eq!(plan.plan.remove_deployments, vec!["d1".to_string()]);
    }

    #[test]
    fn instances_that_leave_or_stop_matching_lose_their_task() {
        let mut unmatched = instance("b");
        unmatched.matches = false;
        let mut lost = instance("c");
        lost.lost = true;
        let instances = vec![instance("a"), unmatched, lost];
        let tasks = vec![
            task("t1", "d2", "a", TaskStatus::Running),
            task("t2", "d2", "b", TaskStatus::Running),
            task("t3", "d2", "c", TaskStatus::Running),
            task("t4", "d2", "gone", TaskStatus::Running),
        ];
        let plan = reconcile_daemon(&service(0), &deployments(), &instances, &tasks, 1.0);
        assert_eq!(
            stopped_ids(&plan),
            vec![
                ("t2", StopReason::ScaleIn),
                ("t3", StopReason::Lost),
                ("t4", StopReason::ScaleIn)
            ]
        );
        assert!(plan.start_on.is_empty());
        assert_eq!(plan.desired_count, 1);
    }

    #[test]
    fn draining_instances_keep_the_daemon_until_the_rest_is_gone() {
        let mut draining = instance("a");
        draining.draining = true;
        draining.other_tasks = true;
        let tasks = vec![task("t1", "d2", "a", TaskStatus::Running)];
        let plan = reconcile_daemon(
            &service(0),
            &deployments(),
            std::slice::from_ref(&draining),
            &tasks,
            1.0,
        );
        assert!(plan.plan.stop.is_empty());
        draining.other_tasks = false;
        let plan = reconcile_daemon(&service(0), &deployments(), &[draining], &tasks, 1.0);
        assert_eq!(stopped_ids(&plan), vec![("t1", StopReason::Draining)]);
    }

    #[test]
    fn rolling_update_stops_first_within_the_minimum_then_starts_where_free() {
        let instances = vec![instance("a"), instance("b"), instance("c"), instance("d")];
        let mut tasks: Vec<DaemonTask> = ["a", "b", "c", "d"]
            .iter()
            .map(|i| task(&format!("old-{i}"), "d1", i, TaskStatus::Running))
            .collect();
        // 50%: two of four may go at once; nothing starts while they are still running.
        let plan = reconcile_daemon(&service(50), &deployments(), &instances, &tasks, 1.0);
        assert_eq!(plan.plan.stop.len(), 2);
        assert!(plan.start_on.is_empty());
        // They are still shutting down: no more stops, no starts.
        for t in tasks.iter_mut().take(2) {
            t.task.desired_status = TaskStatus::Stopped;
        }
        let plan = reconcile_daemon(&service(50), &deployments(), &instances, &tasks, 1.0);
        assert!(plan.plan.stop.is_empty() && plan.start_on.is_empty());
        // Gone: their instances get the new task.
        for t in tasks.iter_mut().take(2) {
            t.task.last_status = TaskStatus::Stopped;
            t.task.stop_code = Some(StopCode::ServiceSchedulerInitiated);
        }
        let plan = reconcile_daemon(&service(50), &deployments(), &instances, &tasks, 1.0);
        assert_eq!(plan.start_on, vec!["a".to_string(), "b".to_string()]);
        assert!(plan.plan.accounted.iter().all(|a| !a.failure));
    }

    #[test]
    fn duplicates_on_one_instance_are_scaled_in() {
        let mut newer = task("t2", "d2", "a", TaskStatus::Running);
        newer.task.created_at = 5.0;
        let tasks = vec![task("t1", "d2", "a", TaskStatus::Running), newer];
        let plan = reconcile_daemon(&service(0), &deployments(), &[instance("a")], &tasks, 1.0);
        assert_eq!(stopped_ids(&plan), vec![("t2", StopReason::ScaleIn)]);
    }

    #[test]
    fn disconnected_instances_wait_and_throttling_defers_starts() {
        let mut away = instance("a");
        away.can_start = false;
        let plan = reconcile_daemon(&service(0), &deployments(), &[away], &[], 1.0);
        assert!(plan.start_on.is_empty());
        assert_eq!(plan.desired_count, 1);
        let mut throttled = service(0);
        throttled.start_not_before = 9.0;
        let plan = reconcile_daemon(&throttled, &deployments(), &[instance("a")], &[], 1.0);
        assert!(plan.start_on.is_empty());
        assert_eq!(plan.plan.wake_at, Some(9.0));
    }

    #[test]
    fn circuit_breaker_trips_on_failed_starts() {
        let mut svc = service(0);
        svc.circuit_breaker = Some(CircuitBreaker { rollback: true });
        let tasks: Vec<DaemonTask> = (0..3)
            .map(|i| {
                let mut t = task(&format!("f{i}"), "d2", "a", TaskStatus::Stopped);
                t.task.stop_code = Some(StopCode::TaskFailedToStart);
                t
            })
            .collect();
        let plan = reconcile_daemon(&svc, &deployments(), &[instance("a")], &tasks, 1.0);
        assert!(plan.plan.rollback);
        assert!(plan.start_on.is_empty());
        assert_eq!(plan.plan.accounted.len(), 3);
    }
}
