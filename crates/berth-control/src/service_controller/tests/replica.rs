//! REPLICA services: placing, steady state, scaling, replacing stopped and lost tasks,
//! throttling, placement failure events, deletion, and the controller's own loop.

use super::*;
use crate::keys;
use crate::records::ServiceRecord;
use std::time::Duration;

#[tokio::test]
async fn create_places_tasks_that_reach_a_steady_state() {
    let h = cluster_with(2).await;
    h.create(create_request("web", "app", 3)).await.unwrap();
    h.reconcile().await;
    let tasks = h.tasks("web").await;
    assert_eq!(tasks.len(), 3);
    let service = h.describe("web").await;
    let deployment = primary(&service);
    for task in &tasks {
        assert_eq!(task.group.as_deref(), Some("service:web"));
        assert_eq!(task.started_by, deployment.id);
        assert_eq!(task.last_status.as_deref(), Some("PENDING"));
    }
    // Spread across instances by the default strategy.
    let mut per_instance: Vec<usize> = h
        .instance_ids("c")
        .await
        .iter()
        .map(|id| {
            tasks
                .iter()
                .filter(|t| t.container_instance_arn.as_deref().unwrap().ends_with(id))
                .count()
        })
        .collect();
    per_instance.sort();
    assert_eq!(per_instance, vec![1, 2]);
    let mut ids: Vec<String> = tasks
        .iter()
        .map(|t| {
            t.task_arn
                .clone()
                .unwrap()
                .rsplit('/')
                .next()
                .unwrap()
                .to_string()
        })
        .collect();
    ids.sort();
    let event = messages(&service)[0].clone();
    assert!(
        event.starts_with("(service web) has started 3 tasks: (task "),
        "{event}"
    );
    for id in &ids {
        assert!(event.contains(&format!("(task {id})")), "{event}");
    }
    assert_eq!(
        (service.pending_count, service.running_count),
        (Some(3), Some(0))
    );
    assert_counts_agree(&h, "web").await;

    h.agent_step("web", |_| false).await;
    assert_counts_agree(&h, "web").await;
    h.reconcile().await;
    let service = h.describe("web").await;
    assert_eq!(
        primary(&service).rollout_state.as_deref(),
        Some("IN_PROGRESS")
    );
    assert_eq!(service.running_count, Some(3));
    // Without health checks, ECS counts a task healthy 40 s after RUNNING.
    h.clock.advance(SETTLE);
    h.reconcile().await;
    let service = h.describe("web").await;
    let deployment = primary(&service);
    let id = deployment.id.clone().unwrap();
    assert_eq!(deployment.rollout_state.as_deref(), Some("COMPLETED"));
    assert_eq!(
        deployment.rollout_state_reason,
        Some(format!("ECS deployment {id} completed."))
    );
    let events = messages(&service);
    assert_eq!(events[0], "(service web) has reached a steady state.");
    assert_eq!(
        events[1],
        format!("(service web) (deployment {id}) deployment completed.")
    );
    // A steady service is left alone: no new event, no write.
    let key = keys::service(&scope(), "c", "web");
    let before = h.cp.load::<ServiceRecord>(&key).await.unwrap().unwrap();
    h.reconcile().await;
    let after = h.cp.load::<ServiceRecord>(&key).await.unwrap().unwrap();
    assert_eq!(before.mod_revision, after.mod_revision);
}

#[tokio::test]
async fn scaling_up_and_down_keeps_counts_in_agreement() {
    let h = cluster_with(2).await;
    h.create(create_request("web", "app", 2)).await.unwrap();
    settle(&h, "web").await;
    let scale = |n: i32| wire::UpdateServiceRequest {
        cluster: Some("c".into()),
        service: Some("web".into()),
        desired_count: Some(n),
        ..Default::default()
    };
    h.update(scale(5)).await.unwrap();
    h.reconcile().await;
    let c = counts(&h.tasks("web").await);
    assert_eq!((c.running, c.pending), (2, 3));
    assert_counts_agree(&h, "web").await;
    h.agent_step("web", |_| false).await;
    h.clock.advance(SETTLE);
    h.reconcile().await;
    h.update(scale(1)).await.unwrap();
    h.reconcile().await;
    let tasks = h.tasks("web").await;
    let c = counts(&tasks);
    assert_eq!(c.occupying, 1, "API-only instances complete stops at once");
    let stopped: Vec<&wire::Task> = tasks
        .iter()
        .filter(|t| t.last_status.as_deref() == Some("STOPPED"))
        .collect();
    assert_eq!(stopped.len(), 4);
    for task in stopped {
        assert_eq!(task.stop_code.as_deref(), Some("ServiceSchedulerInitiated"));
        assert!(task
            .stopped_reason
            .as_deref()
            .unwrap()
            .starts_with("Scaling activity initiated by (deployment ecs-svc/"));
    }
    let service = h.describe("web").await;
    assert!(messages(&service)[0].starts_with("(service web) has stopped 4 running tasks: "));
    assert_counts_agree(&h, "web").await;
}

#[tokio::test]
async fn a_stopped_task_is_replaced_and_repeated_failures_are_throttled() {
    let h = cluster_with(1).await;
    h.create(create_request("web", "app", 1)).await.unwrap();
    settle(&h, "web").await;
    let task = h.tasks("web").await.remove(0);
    h.report(&task, "STOPPED").await;
    h.reconcile().await;
    let tasks = h.tasks("web").await;
    assert_eq!(counts(&tasks).occupying, 1, "one replacement");
    assert_eq!(tasks.len(), 2);
    // The replacement fails to start: the next start waits for the back-off.
    let replacement = tasks
        .iter()
        .find(|t| t.last_status.as_deref() != Some("STOPPED"))
        .unwrap()
        .clone();
    h.report(&replacement, "STOPPED").await;
    h.reconcile().await;
    assert_eq!(counts(&h.tasks("web").await).occupying, 0, "throttled");
    let record = h.record("web").await;
    assert_eq!(record.scheduler.consecutive_start_failures, 2);
    h.clock
        .advance(berth_scheduler::reconcile::restart_backoff_secs(2));
    h.reconcile().await;
    assert_eq!(counts(&h.tasks("web").await).occupying, 1);
    // It runs: the throttle resets.
    h.agent_step("web", |_| false).await;
    h.reconcile().await;
    assert_eq!(
        h.record("web").await.scheduler.consecutive_start_failures,
        0
    );
    // A completed deployment does not count later failures against itself.
    assert_eq!(primary(&h.describe("web").await).failed_tasks, Some(0));
}

#[tokio::test]
async fn placement_failures_name_the_closest_instance_once() {
    let h = harness();
    h.cluster("c").await;
    h.definition("app", 256, 512).await;
    let id = h.instance("c", "i-small", 2048, 1024).await;
    h.create(create_request("web", "app", 3)).await.unwrap();
    h.reconcile().await;
    h.reconcile().await;
    let service = h.describe("web").await;
    assert_eq!(service.pending_count, Some(2));
    let failures: Vec<String> = messages(&service)
        .into_iter()
        .filter(|m| m.contains("unable to place"))
        .collect();
    assert_eq!(
        failures,
        vec![format!(
            "(service web) was unable to place a task because no container instance met all of \
             its requirements. The closest matching (container-instance {id}) has insufficient \
             memory available. For more information, see the Troubleshooting section of the \
             Amazon ECS Developer Guide."
        )],
        "reported once while the cause persists"
    );
}

#[tokio::test]
async fn a_cluster_without_instances_is_reported() {
    let h = harness();
    h.cluster("c").await;
    h.definition("app", 256, 512).await;
    h.create(create_request("web", "app", 1)).await.unwrap();
    h.reconcile().await;
    let events = messages(&h.describe("web").await);
    assert!(
        events[0].contains("Reason: No Container Instances were found in your cluster."),
        "{events:?}"
    );
}

#[tokio::test]
async fn lost_agents_get_their_tasks_replaced_elsewhere() {
    let h = cluster_with(2).await;
    let ids = h.instance_ids("c").await;
    for id in &ids {
        h.set_agent("c", id, true).await;
    }
    h.create(create_request("web", "app", 2)).await.unwrap();
    settle(&h, "web").await;
    let on_first = |tasks: &[wire::Task]| {
        tasks
            .iter()
            .filter(|t| {
                t.container_instance_arn
                    .as_deref()
                    .unwrap()
                    .ends_with(&ids[0])
            })
            .filter(|t| t.desired_status.as_deref() == Some("RUNNING"))
            .count()
    };
    assert_eq!(on_first(&h.tasks("web").await), 1, "spread over both");
    h.set_agent("c", &ids[0], false).await;
    let wake = h.cp.reconcile_service(&scope(), "c", "web").await.unwrap();
    let lost_at = START + 2.0 * SETTLE;
    assert!(wake.is_some_and(|w| w > lost_at), "{wake:?}");
    assert_eq!(counts(&h.tasks("web").await).serving, 2, "not lost yet");
    h.clock.advance(61.0);
    h.reconcile().await;
    let tasks = h.tasks("web").await;
    assert_eq!(on_first(&tasks), 0);
    let lost = tasks
        .iter()
        .find(|t| t.desired_status.as_deref() == Some("STOPPED"))
        .unwrap();
    assert_eq!(
        lost.stopped_reason.as_deref(),
        Some("Task stopped because its container instance's agent is disconnected")
    );
    assert_eq!(
        lost.last_status.as_deref(),
        Some("RUNNING"),
        "nobody confirmed"
    );
    let c = counts(&tasks);
    assert_eq!(
        (c.serving, c.pending),
        (1, 1),
        "a replacement on the other instance"
    );
    assert_counts_agree(&h, "web").await;
}

#[tokio::test]
async fn deleting_drains_then_inactivates() {
    let h = cluster_with(1).await;
    let id = h.instance_ids("c").await.remove(0);
    h.set_agent("c", &id, true).await;
    h.create(create_request("web", "app", 2)).await.unwrap();
    settle(&h, "web").await;
    let deleted =
        h.cp.delete_service(
            &scope(),
            wire::DeleteServiceRequest {
                cluster: Some("c".into()),
                service: Some("web".into()),
                force: Some(true),
            },
        )
        .await
        .unwrap()
        .service
        .unwrap();
    assert_eq!(deleted.status.as_deref(), Some("DRAINING"));
    assert_eq!(deleted.desired_count, Some(0));
    let listed =
        h.cp.list_services(
            &scope(),
            wire::ListServicesRequest {
                cluster: Some("c".into()),
                ..Default::default()
            },
        )
        .await
        .unwrap();
    assert!(
        listed.service_arns.unwrap().is_empty(),
        "DRAINING is not listed"
    );
    h.reconcile().await;
    let tasks = h.tasks("web").await;
    assert!(tasks
        .iter()
        .all(|t| t.desired_status.as_deref() == Some("STOPPED")));
    // Every task is STOPPING or STOPPED: INACTIVE, as ECS documents.
    assert_eq!(h.describe("web").await.status.as_deref(), Some("INACTIVE"));
    h.agent_step("web", |_| false).await;
    assert_eq!(counts(&h.tasks("web").await).occupying, 0);
    assert_counts_agree(&h, "web").await;
    // Purged after the retention period.
    h.clock.advance(3601.0);
    h.reconcile().await;
    assert!(h
        .cp
        .load::<ServiceRecord>(&keys::service(&scope(), "c", "web"))
        .await
        .unwrap()
        .is_none());
}

#[tokio::test]
async fn the_controller_loop_follows_the_store() {
    let h = cluster_with(1).await;
    let controller = crate::service_controller::ServiceController::new(h.cp.clone());
    let running = tokio::spawn(controller.run());
    h.create(create_request("web", "app", 2)).await.unwrap();
    let mut placed = 0;
    for _ in 0..400 {
        placed = h.tasks("web").await.len();
        if placed == 2 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    assert_eq!(placed, 2);
    // Scaling is noticed through the watch as well.
    h.update(wire::UpdateServiceRequest {
        cluster: Some("c".into()),
        service: Some("web".into()),
        desired_count: Some(3),
        ..Default::default()
    })
    .await
    .unwrap();
    for _ in 0..400 {
        placed = h.tasks("web").await.len();
        if placed == 3 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    running.abort();
    assert_eq!(placed, 3);
}

/// Writes a task's health as an agent running its health checks would report it.
async fn set_health(h: &Harness, task: &wire::Task, health: berth_model::HealthStatus) {
    let id = task
        .task_arn
        .as_deref()
        .unwrap()
        .rsplit('/')
        .next()
        .unwrap();
    let key = keys::task(&scope(), "c", id);
    let mut found =
        h.cp.load::<crate::records::TaskRecord>(&key)
            .await
            .unwrap()
            .unwrap();
    found.record.health_status = health;
    let mut commit = crate::db::Commit::new();
    commit.update(&found).unwrap();
    assert!(h.cp.try_commit(commit).await.unwrap());
}

#[tokio::test]
async fn health_checked_tasks_count_once_healthy_and_are_replaced_when_unhealthy() {
    let h = harness();
    h.cluster("c").await;
    let mut checked = container("web", 256, 512);
    checked.health_check = Some(wire::HealthCheck {
        command: Some(vec!["CMD-SHELL".into(), "true".into()]),
        ..Default::default()
    });
    h.definition_with("hc", vec![checked], |_| {}).await;
    h.instance_with(
        "c",
        "i-hc",
        2048,
        4096,
        &[
            (
                "com.amazonaws.ecs.capability.docker-remote-api.1.24",
                "true",
            ),
            ("ecs.capability.container-health-check", "true"),
        ],
    )
    .await;
    let mut request = create_request("web", "hc", 1);
    request.health_check_grace_period_seconds = Some(30);
    h.create(request).await.unwrap();
    h.reconcile().await;
    h.agent_step("web", |_| false).await;
    h.clock.advance(SETTLE);
    h.reconcile().await;
    let service = h.describe("web").await;
    assert_eq!(
        primary(&service).rollout_state.as_deref(),
        Some("IN_PROGRESS"),
        "RUNNING is not enough with a health check"
    );
    let task = h.tasks("web").await.remove(0);
    set_health(&h, &task, berth_model::HealthStatus::Healthy).await;
    h.reconcile().await;
    let service = h.describe("web").await;
    assert_eq!(
        primary(&service).rollout_state.as_deref(),
        Some("COMPLETED")
    );
    set_health(&h, &task, berth_model::HealthStatus::Unhealthy).await;
    h.reconcile().await;
    let tasks = h.tasks("web").await;
    let replaced = tasks.iter().find(|t| t.task_arn == task.task_arn).unwrap();
    assert_eq!(replaced.desired_status.as_deref(), Some("STOPPED"));
    assert_eq!(
        replaced.stopped_reason.as_deref(),
        Some("Task failed container health checks")
    );
    assert_eq!(counts(&tasks).pending, 1, "a replacement");
    // The unhealthy stop is not a start failure: nothing is throttled.
    h.reconcile().await;
    assert_eq!(
        h.record("web").await.scheduler.consecutive_start_failures,
        0
    );
}
