//! Records into the reconcilers' views: a service record into a `ServiceView` and
//! `DeploymentView`s, each task record (with its instance) into a `TaskView`, each container
//! instance into a `DaemonInstance`, and a revision into the placement request a daemon task is
//! checked against.
//!
//! Pure: `now` and the windows are parameters. The rules that are berth's own live here: a task
//! is lost when its instance is gone, deregistered, or its agent has been disconnected longer
//! than the lost-task window; a task belongs to the deployment named by its `startedBy`. This
//! module must not read or write the store.

use crate::agents::disconnected_for;
use crate::records::{ContainerInstanceRecord, ServiceRecord, TaskRecord};
use crate::services::{DAEMON, DRAINING, PRIMARY};
use crate::task_definitions::requirements::task_requirements;
use berth_model::{StopCode, TaskStatus};
use berth_scheduler::reconcile::daemon::DaemonInstance;
use berth_scheduler::reconcile::{
    CircuitBreaker, DeploymentView, Rollout, ServiceView, StopReason, TaskView,
};
use berth_scheduler::{Constraint, PlacementRequest, RejectReason};
use berth_wire::ecs as wire;
use std::collections::BTreeMap;

/// Whether tasks on this instance are lost: the instance is gone or deregistered, or its agent
/// has been disconnected for longer than `lost_after` seconds.
pub(crate) fn instance_lost(
    instance: Option<&ContainerInstanceRecord>,
    now: f64,
    lost_after: f64,
) -> bool {
    match instance {
        None => true,
        Some(i) if i.status == "INACTIVE" => true,
        Some(i) => disconnected_for(i, now).is_some_and(|secs| secs > lost_after),
    }
}

/// When a disconnected (not yet lost) instance's tasks will count as lost.
pub(crate) fn lost_at(
    instance: &ContainerInstanceRecord,
    now: f64,
    lost_after: f64,
) -> Option<f64> {
    let secs = disconnected_for(instance, now)?;
    (secs <= lost_after).then_some(now - secs + lost_after + 0.001)
}

/// Whether a definition's essential containers have a health check (its tasks then count as
/// healthy only once HEALTHY).
pub(crate) fn has_health_check(definition: &wire::TaskDefinition) -> bool {
    definition
        .container_definitions
        .as_deref()
        .unwrap_or_default()
        .iter()
        .any(|c| c.essential.unwrap_or(true) && c.health_check.is_some())
}

/// The task was stopped by the service scheduler for failing its health checks.
fn stopped_unhealthy(task: &TaskRecord) -> bool {
    task.stop_code == Some(StopCode::ServiceSchedulerInitiated)
        && task.stopped_reason.as_deref() == Some(StopReason::Unhealthy.message("").as_str())
}

pub(crate) fn task_view(
    task: &TaskRecord,
    instance: Option<&ContainerInstanceRecord>,
    has_health_check: bool,
    accounted: bool,
    now: f64,
    lost_after: f64,
) -> TaskView {
    let placed = task.container_instance_id.is_some();
    TaskView {
        id: task.id.clone(),
        deployment_id: task.started_by.clone().unwrap_or_default(),
        last_status: task.last_status,
        desired_status: task.desired_status,
        health: task.health_status,
        has_health_check,
        running_since: (task.last_status >= TaskStatus::Running)
            .then_some(task.started_at)
            .flatten(),
        instance_draining: instance.is_some_and(|i| i.status == DRAINING),
        instance_lost: placed && instance_lost(instance, now, lost_after),
        stop_code: task.stop_code,
        stopped_unhealthy: stopped_unhealthy(task),
        accounted,
        created_at: task.created_at,
    }
}

/// The service as the reconciler needs it. A DRAINING service wants no task and trips no
/// breaker.
pub(crate) fn service_view(record: &ServiceRecord, settle_secs: f64) -> ServiceView {
    let draining = record.status == DRAINING;
    let config = &record.deployment_configuration;
    let breaker = config
        .deployment_circuit_breaker
        .as_ref()
        .filter(|b| b.enable == Some(true) && !draining)
        .map(|b| CircuitBreaker {
            rollback: b.rollback == Some(true),
        });
    let daemon = record.scheduling_strategy == DAEMON;
    ServiceView {
        desired_count: if draining {
            0
        } else {
            record.desired_count.max(0) as u32
        },
        minimum_healthy_percent: config
            .minimum_healthy_percent
            .unwrap_or(if daemon { 0 } else { 100 })
            .max(0) as u32,
        maximum_percent: config
            .maximum_percent
            .unwrap_or(if daemon { 100 } else { 200 })
            .max(0) as u32,
        circuit_breaker: breaker,
        health_check_grace_secs: f64::from(record.health_check_grace_period_seconds.unwrap_or(0)),
        settle_secs_without_health_check: settle_secs,
        start_not_before: record.scheduler.start_not_before,
    }
}

/// The service's deployments. While DRAINING, a failed primary is treated as settled so that
/// its tasks are still stopped.
pub(crate) fn deployment_views(record: &ServiceRecord) -> Vec<DeploymentView> {
    let draining = record.status == DRAINING;
    record
        .deployments
        .iter()
        .map(|d| DeploymentView {
            id: d.id.clone(),
            primary: d.status == PRIMARY,
            rollout: match d.rollout_state.as_str() {
                "COMPLETED" => Rollout::Completed,
                "FAILED" if draining => Rollout::Completed,
                "FAILED" => Rollout::Failed,
                _ => Rollout::InProgress,
            },
            failed_tasks: d.failed_tasks,
        })
        .collect()
}

/// What one daemon task asks of an instance: the definition's resources and required
/// attributes, and the definition's and the service's constraints.
pub(crate) fn daemon_placement_request(
    definition: &wire::TaskDefinition,
    constraints: &[wire::PlacementConstraint],
    group: &str,
) -> PlacementRequest {
    let requirements = task_requirements(definition);
    let mut parsed = Vec::new();
    for item in definition
        .placement_constraints
        .as_deref()
        .unwrap_or_default()
    {
        if let Ok(c) = Constraint::from_task_definition_wire(
            item.r#type.as_deref().unwrap_or(""),
            item.expression.as_deref(),
        ) {
            parsed.push(c);
        }
    }
    for item in constraints {
        // distinctInstance means nothing for a daemon (one task per instance anyway).
        if let Ok(c @ Constraint::MemberOf(_)) = Constraint::from_wire(
            item.r#type.as_deref().unwrap_or(""),
            item.expression.as_deref(),
        ) {
            parsed.push(c);
        }
    }
    PlacementRequest {
        count: 1,
        group: group.to_string(),
        task: requirements.resources(),
        required_attributes: requirements.required_attributes.clone(),
        constraints: parsed,
        strategies: Vec::new(),
        seed: 0,
    }
}

/// Whether an instance satisfies a daemon's constraints and required attributes, whatever its
/// free resources and its agent's state right now.
pub(crate) fn daemon_matches(
    instance: &ContainerInstanceRecord,
    request: &PlacementRequest,
) -> bool {
    if instance.status != "ACTIVE" {
        return false;
    }
    let mut view = crate::instance_wire::instance_view(instance, BTreeMap::new());
    view.agent_connected = true;
    view.remaining = instance.registered.clone();
    let outcome = berth_scheduler::place(std::slice::from_ref(&view), request);
    outcome.unplaced == 0
        || outcome
            .failures
            .iter()
            .all(|f| f.reason > RejectReason::MemberOf)
}

/// The daemon scheduler's view of an instance.
pub(crate) fn daemon_instance(
    instance: &ContainerInstanceRecord,
    request: &PlacementRequest,
    other_tasks: bool,
    now: f64,
    lost_after: f64,
) -> DaemonInstance {
    DaemonInstance {
        id: instance.id.clone(),
        matches: daemon_matches(instance, request),
        draining: instance.status == DRAINING,
        lost: instance_lost(Some(instance), now, lost_after),
        can_start: crate::instance_wire::reported_agent_connected(instance),
        other_tasks,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::records::AgentSession;
    use crate::tasks::transition::tests::task;

    fn instance() -> ContainerInstanceRecord {
        let registered = berth_model::Resources {
            cpu: 1024,
            memory: 2048,
            ..Default::default()
        };
        ContainerInstanceRecord {
            arn: "arn:aws:ecs:r:1:container-instance/c/i".into(),
            id: "i".into(),
            cluster: "c".into(),
            ec2_instance_id: None,
            status: "ACTIVE".into(),
            status_reason: None,
            remaining: registered.clone(),
            registered,
            other_resources: Vec::new(),
            attributes: [("ecs.os-type".to_string(), Some("linux".to_string()))].into(),
            version_info: None,
            registered_at: 0.0,
            agent: None,
            running_tasks_count: 0,
            pending_tasks_count: 0,
            version: 1,
            tags: Default::default(),
            capacity_provider_name: None,
            launch_types: vec!["EC2".into()],
            task_groups: Default::default(),
            task_groups_complete: true,
        }
    }

    #[test]
    fn lost_instances() {
        let mut i = instance();
        assert!(!instance_lost(Some(&i), 100.0, 60.0));
        assert!(instance_lost(None, 100.0, 60.0));
        i.agent = Some(AgentSession {
            connected: false,
            last_seen_at: 50.0,
        });
        assert!(!instance_lost(Some(&i), 100.0, 60.0));
        assert_eq!(lost_at(&i, 100.0, 60.0), Some(110.001));
        assert!(instance_lost(Some(&i), 111.0, 60.0));
        i.agent = None;
        i.status = "INACTIVE".into();
        assert!(instance_lost(Some(&i), 100.0, 60.0));
    }

    #[test]
    fn task_views_read_deployment_and_health() {
        let mut t = task(TaskStatus::Running, TaskStatus::Running);
        t.started_by = Some("ecs-svc/1".into());
        t.started_at = Some(10.0);
        let view = task_view(&t, Some(&instance()), true, false, 20.0, 60.0);
        assert_eq!(view.deployment_id, "ecs-svc/1");
        assert_eq!(view.running_since, Some(10.0));
        assert!(!view.instance_lost && !view.instance_draining);
        t.stop_code = Some(StopCode::ServiceSchedulerInitiated);
        t.stopped_reason = Some(StopReason::Unhealthy.message("x"));
        assert!(task_view(&t, None, true, false, 20.0, 60.0).stopped_unhealthy);
        assert!(task_view(&t, None, true, false, 20.0, 60.0).instance_lost);
    }

    #[test]
    fn daemon_matching_ignores_resources_but_not_constraints() {
        let definition = wire::TaskDefinition {
            container_definitions: Some(vec![wire::ContainerDefinition {
                name: Some("d".into()),
                memory: Some(1_000_000),
                ..Default::default()
            }]),
            ..Default::default()
        };
        let member = |expr: &str| wire::PlacementConstraint {
            r#type: Some("memberOf".into()),
            expression: Some(expr.into()),
        };
        let i = instance();
        let any = daemon_placement_request(&definition, &[], "service:d");
        assert!(daemon_matches(&i, &any));
        let none = daemon_placement_request(
            &definition,
            &[member("attribute:ecs.os-type == windows")],
            "service:d",
        );
        assert!(!daemon_matches(&i, &none));
        let mut draining = instance();
        draining.status = "DRAINING".into();
        assert!(!daemon_matches(&draining, &any));
    }
}
