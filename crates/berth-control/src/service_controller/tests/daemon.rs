//! DAEMON services: one task per matching instance, following instances that join, drain or
//! stop matching the constraints.

use super::*;

fn daemon_request(name: &str) -> wire::CreateServiceRequest {
    let mut request = create_request(name, "app", 0);
    request.desired_count = None;
    request.scheduling_strategy = Some("DAEMON".into());
    request
}

/// Live tasks per instance id.
async fn per_instance(h: &Harness, name: &str) -> Vec<(String, usize)> {
    let tasks = h.tasks(name).await;
    let mut out = Vec::new();
    for id in h.instance_ids("c").await {
        let n = tasks
            .iter()
            .filter(|t| t.desired_status.as_deref() == Some("RUNNING"))
            .filter(|t| t.container_instance_arn.as_deref().unwrap().ends_with(&id))
            .count();
        out.push((id, n));
    }
    out
}

#[tokio::test]
async fn daemons_follow_instances_joining_and_draining() {
    let h = cluster_with(2).await;
    let created = h.create(daemon_request("agent")).await.unwrap();
    assert_eq!(created.scheduling_strategy.as_deref(), Some("DAEMON"));
    let config = created.deployment_configuration.unwrap();
    assert_eq!(
        (config.minimum_healthy_percent, config.maximum_percent),
        (Some(0), Some(100))
    );
    assert!(created.placement_strategy.unwrap().is_empty());
    h.reconcile().await;
    assert!(per_instance(&h, "agent").await.iter().all(|(_, n)| *n == 1));
    let service = settle(&h, "agent").await;
    assert_eq!(service.desired_count, Some(2));
    assert_eq!(service.running_count, Some(2));

    // A new instance gets its task.
    h.instance("c", "i-0002", 2048, 4096).await;
    h.reconcile().await;
    let placed = per_instance(&h, "agent").await;
    assert_eq!(placed.len(), 3);
    assert!(placed.iter().all(|(_, n)| *n == 1), "{placed:?}");
    assert_eq!(h.describe("agent").await.desired_count, Some(3));

    // A draining instance loses it (nothing else runs there).
    let drained = placed[0].0.clone();
    h.drain("c", &drained).await;
    h.reconcile().await;
    let after = per_instance(&h, "agent").await;
    assert_eq!(
        after.iter().find(|(id, _)| *id == drained).map(|(_, n)| *n),
        Some(0)
    );
    assert_eq!(after.iter().map(|(_, n)| n).sum::<usize>(), 2);
    let service = h.describe("agent").await;
    assert_eq!(service.desired_count, Some(2));
    let stopped = h
        .tasks("agent")
        .await
        .into_iter()
        .find(|t| t.desired_status.as_deref() == Some("STOPPED"))
        .unwrap();
    assert_eq!(
        stopped.stopped_reason.as_deref(),
        Some("Container instance is being drained")
    );
    assert_counts_agree(&h, "agent").await;
}

#[tokio::test]
async fn daemons_respect_constraints_and_roll_instance_by_instance() {
    let h = harness();
    h.cluster("c").await;
    h.definition("app", 256, 512).await;
    h.instance_with("c", "i-edge", 2048, 4096, &[("role", "edge")])
        .await;
    h.instance("c", "i-core", 2048, 4096).await;
    let mut request = daemon_request("edge");
    request.placement_constraints = Some(vec![wire::PlacementConstraint {
        r#type: Some("memberOf".into()),
        expression: Some("attribute:role == edge".into()),
    }]);
    h.create(request).await.unwrap();
    settle(&h, "edge").await;
    let placed: Vec<usize> = per_instance(&h, "edge")
        .await
        .into_iter()
        .map(|(_, n)| n)
        .collect();
    assert_eq!(placed.iter().sum::<usize>(), 1);
    // A new revision replaces the one task: stop first, then start.
    h.definition("app", 256, 512).await;
    h.update(wire::UpdateServiceRequest {
        cluster: Some("c".into()),
        service: Some("edge".into()),
        task_definition: Some("app:2".into()),
        ..Default::default()
    })
    .await
    .unwrap();
    let done = settle(&h, "edge").await;
    assert!(done.task_definition.unwrap().ends_with("app:2"));
    let tasks = h.tasks("edge").await;
    assert_eq!(live_of(&tasks, "app:2"), 1);
    assert_eq!(live_of(&tasks, "app:1"), 0);
}
