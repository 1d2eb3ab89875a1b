//! Rolling updates: the deployment window at every step (read through DescribeTasks), the
//! circuit breaker's rollback, StopServiceDeployment, and a control plane restarted mid-rollout.

use super::*;
use crate::service_controller::ServiceController;
use crate::{ControlConfig, ControlPlane};
use std::sync::Arc;

/// A cluster of two agent-backed instances (stops wait for the agent) running `web` on
/// `app:1` with the given window, steady.
async fn steady_service(min: i32, max: i32, desired: i32) -> Harness {
    let h = cluster_with(2).await;
    for id in h.instance_ids("c").await {
        h.set_agent("c", &id, true).await;
    }
    h.definition("app", 256, 512).await;
    let mut request = create_request("web", "app:1", desired);
    request.deployment_configuration = Some(deployment_configuration(min, max));
    h.create(request).await.unwrap();
    settle(&h, "web").await;
    h
}

async fn deploy(h: &Harness, definition: &str) {
    h.update(wire::UpdateServiceRequest {
        cluster: Some("c".into()),
        service: Some("web".into()),
        task_definition: Some(definition.into()),
        ..Default::default()
    })
    .await
    .unwrap();
}

/// Drives a rollout to `app:2`, checking the window after every reconcile and every agent step.
/// `pass` is the control plane whose controller acts at each step (to swap in a restarted one).
async fn roll(
    h: &Harness,
    desired: usize,
    max_total: usize,
    min_serving: usize,
    controller: impl Fn(usize) -> Arc<ServiceController>,
) {
    for step in 0..40 {
        let controller = controller(step);
        controller.full_sync().await.unwrap();
        controller.reconcile_all().await.unwrap();
        let tasks = h.tasks("web").await;
        let c = counts(&tasks);
        assert!(
            c.occupying <= max_total,
            "step {step}: {} RUNNING + PENDING > {max_total}",
            c.occupying
        );
        assert!(
            c.serving >= min_serving,
            "step {step}: only {} serving < {min_serving}",
            c.serving
        );
        assert_counts_agree(h, "web").await;
        let service = h.describe("web").await;
        if primary(&service).rollout_state.as_deref() == Some("COMPLETED") {
            assert_eq!(live_of(&tasks, "app:2"), desired);
            assert_eq!(live_of(&tasks, "app:1"), 0);
            assert_eq!(service.deployments.unwrap().len(), 1);
            return;
        }
        h.agent_step("web", |_| false).await;
        let c = counts(&h.tasks("web").await);
        assert!(c.occupying <= max_total && c.serving >= min_serving);
        h.clock.advance(SETTLE);
    }
    panic!("the rollout did not complete");
}

#[tokio::test]
async fn rolling_update_100_200_starts_first_and_never_drops_below_desired() {
    let h = steady_service(100, 200, 4).await;
    deploy(&h, "app:2").await;
    roll(&h, 4, 8, 4, |_| h.controller.clone()).await;
    let events = messages(&h.describe("web").await);
    assert!(events.iter().any(|m| m.contains("has stopped")));
}

#[tokio::test]
async fn rolling_update_0_100_stops_first_and_never_exceeds_desired() {
    let h = steady_service(0, 100, 4).await;
    deploy(&h, "app:2").await;
    roll(&h, 4, 4, 0, |_| h.controller.clone()).await;
}

#[tokio::test]
async fn rolling_update_50_150_moves_in_halves() {
    let h = steady_service(50, 150, 4).await;
    deploy(&h, "app:2").await;
    roll(&h, 4, 6, 2, |_| h.controller.clone()).await;
}

#[tokio::test]
async fn a_restarted_control_plane_carries_on_without_duplicates() {
    let h = steady_service(100, 200, 4).await;
    deploy(&h, "app:2").await;
    // The first control plane placed two of the new tasks and died before recording anything
    // in the service (as if killed between the two commits).
    let service = h.describe("web").await;
    let new_deployment = primary(&service).id.unwrap();
    h.cp.run_task(
        &scope(),
        wire::RunTaskRequest {
            cluster: Some("c".into()),
            task_definition: Some("app:2".into()),
            count: Some(2),
            group: Some("service:web".into()),
            started_by: Some(new_deployment),
            ..Default::default()
        },
    )
    .await
    .unwrap();
    // A new process: its own control plane and controller over the same store.
    let restarted = Arc::new(ControlPlane::new(
        h.store.clone(),
        h.clock.clone(),
        ControlConfig::default(),
    ));
    let controller = ServiceController::new(restarted);
    roll(&h, 4, 8, 4, |_| controller.clone()).await;
    let all = h.tasks("web").await;
    let created_for_app2 = all
        .iter()
        .filter(|t| t.task_definition_arn.as_deref().unwrap().ends_with("app:2"))
        .count();
    assert_eq!(
        created_for_app2, 4,
        "the two orphans were adopted, not duplicated"
    );
}

#[tokio::test]
async fn the_circuit_breaker_rolls_back_to_the_last_completed_deployment() {
    let h = cluster_with(2).await;
    h.definition("app", 256, 512).await;
    let mut request = create_request("web", "app:1", 2);
    let mut config = deployment_configuration(100, 200);
    config.deployment_circuit_breaker = Some(wire::DeploymentCircuitBreaker {
        enable: Some(true),
        rollback: Some(true),
        ..Default::default()
    });
    request.deployment_configuration = Some(config);
    h.create(request).await.unwrap();
    let first = primary(&settle(&h, "web").await).id.unwrap();
    deploy(&h, "app:2").await;
    let failing = primary(&h.describe("web").await).id.unwrap();
    let bad = |t: &wire::Task| t.task_definition_arn.as_deref().unwrap().ends_with("app:2");
    let mut rolled_back = false;
    for _ in 0..30 {
        h.reconcile().await;
        let service = h.describe("web").await;
        if service
            .task_definition
            .as_deref()
            .unwrap()
            .ends_with("app:1")
        {
            rolled_back = true;
            break;
        }
        h.agent_step("web", bad).await;
        h.clock.advance(20.0);
    }
    assert!(rolled_back, "the breaker tripped");
    let service = h.describe("web").await;
    let deployments = service.deployments.clone().unwrap();
    let failed = deployments
        .iter()
        .find(|d| d.id.as_deref() == Some(failing.as_str()))
        .unwrap();
    assert_eq!(failed.rollout_state.as_deref(), Some("FAILED"));
    assert_eq!(
        failed.rollout_state_reason.as_deref(),
        Some("ECS deployment circuit breaker: tasks failed to start.")
    );
    assert!(failed.failed_tasks.unwrap() >= 3);
    let events = messages(&service);
    assert!(events.contains(&format!(
        "(service web) (deployment {failing}) deployment failed: tasks failed to start."
    )));
    assert!(events.contains(&format!(
        "(service web) rolling back to deployment {first}."
    )));
    // The old tasks kept serving throughout; the rollback completes.
    let done = settle(&h, "web").await;
    assert!(done.task_definition.unwrap().ends_with("app:1"));
    let history = h.record("web").await.history;
    let undone = history.iter().find(|e| e.id == failing).unwrap();
    assert_eq!(undone.status, "ROLLBACK_SUCCESSFUL");
    assert_eq!(counts(&h.tasks("web").await).serving, 2);
}

#[tokio::test]
async fn stop_service_deployment_rolls_back() {
    let h = steady_service(100, 200, 2).await;
    deploy(&h, "app:2").await;
    h.reconcile().await;
    let arn =
        h.cp.list_service_deployments(
            &scope(),
            wire::ListServiceDeploymentsRequest {
                cluster: Some("c".into()),
                service: Some("web".into()),
                ..Default::default()
            },
        )
        .await
        .unwrap()
        .service_deployments
        .unwrap()[0]
            .service_deployment_arn
            .clone()
            .unwrap();
    h.cp.stop_service_deployment(
        &scope(),
        wire::StopServiceDeploymentRequest {
            service_deployment_arn: Some(arn.clone()),
            stop_type: Some("ROLLBACK".into()),
        },
    )
    .await
    .unwrap();
    let service = h.describe("web").await;
    assert!(service.task_definition.clone().unwrap().ends_with("app:1"));
    assert!(messages(&service)[0].starts_with("(service web) rolling back to deployment "));
    let again =
        h.cp.stop_service_deployment(
            &scope(),
            wire::StopServiceDeploymentRequest {
                service_deployment_arn: Some(arn.clone()),
                stop_type: None,
            },
        )
        .await;
    assert_eq!(again.unwrap_err().code(), "ConflictException");
    settle(&h, "web").await;
    let tasks = h.tasks("web").await;
    assert_eq!(live_of(&tasks, "app:2"), 0);
    assert_eq!(live_of(&tasks, "app:1"), 2);
    let described =
        h.cp.describe_service_deployments(
            &scope(),
            wire::DescribeServiceDeploymentsRequest {
                service_deployment_arns: Some(vec![arn]),
            },
        )
        .await
        .unwrap()
        .service_deployments
        .unwrap();
    assert_eq!(described[0].status.as_deref(), Some("ROLLBACK_SUCCESSFUL"));
    assert!(described[0].rollback.is_some());
}
