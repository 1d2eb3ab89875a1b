//! StopTask, agent state changes, the exactly-once release of reservations, and the purge.

use super::fixtures::*;
use crate::keys;
use crate::EcsError;
use berth_model::{StopCode, TaskStatus};
use berth_wire::ecs as wire;
use berth_wire::Timestamp;

fn stop(cluster: &str, task: &str, reason: Option<&str>) -> wire::StopTaskRequest {
    wire::StopTaskRequest {
        cluster: Some(cluster.into()),
        task: Some(task.into()),
        reason: reason.map(str::to_string),
    }
}

fn report(
    cluster: &str,
    task: &str,
    status: &str,
    containers: &[(&str, &str)],
) -> wire::SubmitTaskStateChangeRequest {
    wire::SubmitTaskStateChangeRequest {
        cluster: Some(cluster.into()),
        task: Some(task.into()),
        status: Some(status.into()),
        containers: Some(
            containers
                .iter()
                .map(|(name, status)| wire::ContainerStateChange {
                    container_name: Some(name.to_string()),
                    status: Some(status.to_string()),
                    ..Default::default()
                })
                .collect(),
        ),
        ..Default::default()
    }
}

/// A cluster `c` with instance `a` (agent as given) and one task of 256 CPU / 512 MiB on it.
async fn one_task(agent: Option<bool>) -> (Harness, String) {
    let h = harness();
    h.cluster("c").await;
    h.instance(
        "c",
        "a",
        InstanceSpec {
            agent,
            ..Default::default()
        },
    )
    .await;
    h.definition("app", vec![container("web", 256, 512)], |_| {})
        .await;
    let arn = h.run_ok(run_request("c", "app", 1)).await.remove(0);
    (h, arn)
}

#[tokio::test]
async fn stop_on_an_agentless_instance_completes_and_releases_once() {
    let (h, arn) = one_task(None).await;
    let before = h.instance_record("c", "a").await;
    assert_eq!(before.remaining.memory, 4096 - 512);
    let response =
        h.cp.stop_task(&scope(), stop("c", &arn, None))
            .await
            .unwrap();
    let task = response.task.unwrap();
    assert_eq!(task.desired_status.as_deref(), Some("STOPPED"));
    assert_eq!(task.last_status.as_deref(), Some("STOPPED"));
    assert_eq!(task.stop_code.as_deref(), Some("UserInitiated"));
    assert_eq!(task.stopped_reason.as_deref(), Some("Task stopped by user"));
    assert_eq!(
        task.stopped_at,
        Some(Timestamp::from_unix_seconds_f64(START).unwrap())
    );
    assert_eq!(
        task.containers.unwrap()[0].last_status.as_deref(),
        Some("STOPPED")
    );
    let after = h.instance_record("c", "a").await;
    assert_eq!(after.remaining, after.registered);
    assert_eq!(
        (after.pending_tasks_count, after.running_tasks_count),
        (0, 0)
    );
    // Stopping again (by id this time) changes nothing: the release happened once.
    let id = arn.rsplit('/').next().unwrap();
    let again =
        h.cp.stop_task(&scope(), stop("c", id, Some("again")))
            .await
            .unwrap();
    assert_eq!(
        again.task.unwrap().stopped_reason.as_deref(),
        Some("Task stopped by user")
    );
    assert_eq!(h.instance_record("c", "a").await, after);
}

#[tokio::test]
async fn stop_errors() {
    let (h, arn) = one_task(None).await;
    let missing = "0123456789abcdef0123456789abcdef";
    assert_eq!(
        h.cp.stop_task(&scope(), stop("c", missing, None))
            .await
            .unwrap_err(),
        EcsError::InvalidParameter("The referenced task was not found.".into())
    );
    let long = "x".repeat(256);
    assert!(matches!(
        h.cp.stop_task(&scope(), stop("c", &arn, Some(&long))).await,
        Err(EcsError::InvalidParameter(m)) if m.contains("reason")
    ));
    assert!(matches!(
        h.cp.stop_task(&scope(), stop("other", &arn, None)).await,
        Err(EcsError::ClusterNotFound(_))
    ));
    // An ARN naming another cluster does not find the task in this one.
    h.cluster("d").await;
    assert!(h
        .cp
        .stop_task(&scope(), stop("d", &arn, None))
        .await
        .is_err());
}

#[tokio::test]
async fn agent_reports_drive_the_lifecycle() {
    let (h, arn) = one_task(Some(true)).await;
    let submit = |r: wire::SubmitTaskStateChangeRequest| {
        let cp = h.cp.clone();
        async move { cp.submit_task_state_change(&scope(), r).await }
    };
    let ack = submit(report("c", &arn, "RUNNING", &[("web", "RUNNING")]))
        .await
        .unwrap();
    assert_eq!(ack.acknowledgment.as_deref(), Some("true"));
    let running = h.task_record("c", &arn).await;
    assert_eq!(running.last_status, TaskStatus::Running);
    assert_eq!(running.started_at, Some(START));
    assert_eq!(running.connectivity.as_deref(), Some("CONNECTED"));
    let instance = h.instance_record("c", "a").await;
    assert_eq!(
        (instance.pending_tasks_count, instance.running_tasks_count),
        (0, 1)
    );
    // The same report again: acknowledged, nothing changes.
    submit(report("c", &arn, "RUNNING", &[("web", "RUNNING")]))
        .await
        .unwrap();
    assert_eq!(h.task_record("c", &arn).await, running);
    assert_eq!(h.instance_record("c", "a").await, instance);

    // StopTask with an agent: desired STOPPED, the reservation stays until the agent reports.
    h.cp.stop_task(&scope(), stop("c", &arn, Some("deploy")))
        .await
        .unwrap();
    let stopping = h.task_record("c", &arn).await;
    assert_eq!(
        (stopping.desired_status, stopping.last_status),
        (TaskStatus::Stopped, TaskStatus::Running)
    );
    assert!(stopping.holds_reservation);
    assert_eq!(
        h.instance_record("c", "a").await.remaining.memory,
        4096 - 512
    );

    h.clock.advance(5.0);
    let mut stopped = report("c", &arn, "STOPPED", &[("web", "STOPPED")]);
    stopped.containers.as_mut().unwrap()[0].exit_code = Some(143);
    submit(stopped.clone()).await.unwrap();
    let task = h.task_record("c", &arn).await;
    assert_eq!(task.last_status, TaskStatus::Stopped);
    assert_eq!(task.stop_code, Some(StopCode::UserInitiated));
    assert_eq!(task.stopped_reason.as_deref(), Some("deploy"));
    assert_eq!(task.containers[0].exit_code, Some(143));
    assert_eq!(task.stopped_at, Some(START + 5.0));
    let released = h.instance_record("c", "a").await;
    assert_eq!(released.remaining, released.registered);
    assert_eq!(
        (released.pending_tasks_count, released.running_tasks_count),
        (0, 0)
    );
    // Duplicate STOPPED, then a stale RUNNING: no change, no second release.
    submit(stopped).await.unwrap();
    submit(report("c", &arn, "RUNNING", &[("web", "RUNNING")]))
        .await
        .unwrap();
    assert_eq!(h.task_record("c", &arn).await, task);
    assert_eq!(h.instance_record("c", "a").await, released);
}

#[tokio::test]
async fn essential_exit_stops_the_task() {
    let (h, arn) = one_task(Some(true)).await;
    h.cp.submit_task_state_change(
        &scope(),
        report("c", &arn, "RUNNING", &[("web", "RUNNING")]),
    )
    .await
    .unwrap();
    let mut exited = report("c", &arn, "STOPPED", &[("web", "STOPPED")]);
    exited.reason = Some("Essential container in task exited".into());
    h.cp.submit_task_state_change(&scope(), exited)
        .await
        .unwrap();
    let task = h.task_record("c", &arn).await;
    assert_eq!(task.desired_status, TaskStatus::Stopped);
    assert_eq!(task.stop_code, Some(StopCode::EssentialContainerExited));
    assert!(!task.holds_reservation);
}

#[tokio::test]
async fn container_state_changes() {
    let (h, arn) = one_task(Some(true)).await;
    let change = wire::SubmitContainerStateChangeRequest {
        cluster: Some("c".into()),
        task: Some(arn.clone()),
        container_name: Some("web".into()),
        runtime_id: Some("abc123".into()),
        status: Some("RUNNING".into()),
        network_bindings: Some(vec![wire::NetworkBinding {
            container_port: Some(80),
            host_port: Some(32768),
            protocol: Some("tcp".into()),
            ..Default::default()
        }]),
        ..Default::default()
    };
    let ack =
        h.cp.submit_container_state_change(&scope(), change.clone())
            .await
            .unwrap();
    assert_eq!(ack.acknowledgment.as_deref(), Some("true"));
    let task = h.task_record("c", &arn).await;
    assert_eq!(task.containers[0].last_status, "RUNNING");
    assert_eq!(task.containers[0].runtime_id.as_deref(), Some("abc123"));
    assert_eq!(task.containers[0].network_bindings.len(), 1);
    assert_eq!(
        task.last_status,
        TaskStatus::Pending,
        "the task status is the agent's to report"
    );
    h.cp.submit_container_state_change(&scope(), change)
        .await
        .unwrap();
    assert_eq!(h.task_record("c", &arn).await, task);
    let unknown = wire::SubmitContainerStateChangeRequest {
        cluster: Some("c".into()),
        task: Some(arn.clone()),
        container_name: Some("db".into()),
        status: Some("RUNNING".into()),
        ..Default::default()
    };
    assert!(h
        .cp
        .submit_container_state_change(&scope(), unknown)
        .await
        .is_err());
    let bad = report("c", &arn, "DONE", &[]);
    assert!(h.cp.submit_task_state_change(&scope(), bad).await.is_err());
}

#[tokio::test]
async fn purge_forgets_old_stopped_tasks_and_tokens() {
    let (h, old) = one_task(None).await;
    let mut request = run_request("c", "app", 1);
    request.client_token = Some("tok".into());
    let fresh = h.run_ok(request).await.remove(0);
    let live = h.run_ok(run_request("c", "app", 1)).await.remove(0);
    h.cp.stop_task(&scope(), stop("c", &old, None))
        .await
        .unwrap();
    assert_eq!(h.cp.purge_stopped_tasks().await.unwrap(), 0);
    h.clock
        .advance(h.cp.config.stopped_task_retention_secs - 1.0);
    h.cp.stop_task(&scope(), stop("c", &fresh, None))
        .await
        .unwrap();
    h.clock.advance(2.0);
    assert_eq!(h.cp.purge_stopped_tasks().await.unwrap(), 1);
    let exists = |arn: String| {
        let cp = h.cp.clone();
        async move {
            let id = arn.rsplit('/').next().unwrap().to_string();
            cp.store
                .get(&keys::task(&scope(), "c", &id))
                .await
                .unwrap()
                .is_some()
        }
    };
    assert!(!exists(old).await);
    assert!(exists(fresh.clone()).await);
    assert!(exists(live.clone()).await);
    // Past the token retention the token goes too; the live task never does.
    h.clock.advance(h.cp.config.client_token_retention_secs);
    assert_eq!(h.cp.purge_stopped_tasks().await.unwrap(), 2);
    assert!(!exists(fresh).await);
    assert!(exists(live).await);
    let token_key = keys::client_token(&scope(), "c", "tok");
    assert!(h.cp.store.get(&token_key).await.unwrap().is_none());
}
