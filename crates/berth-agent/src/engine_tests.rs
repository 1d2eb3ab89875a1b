//! The task engine over `FakeRuntime`: assignments to running containers in dependency order,
//! stopping (essential exit, StopTask, task-list resync), failures, restart re-adoption,
//! idempotence, health, awsvpc and cleanup.

use std::time::Duration;

use berth_docker::{ContainerHealth, ContainerId, FakeRuntime, PullFailure};
use berth_model::{HealthStatus, StopCode, TaskStatus};
use berth_protocol::AgentMessage;
use berth_wire::ecs as wire;

use crate::actor::UNLISTED_REASON;
use crate::testkit::{self, wait_until, TestEngine, TASK_ARN};

const LONG: Duration = Duration::from_secs(3600);

fn depends(def: &mut wire::TaskDefinition, container: &str, on: &str, condition: &str) {
    let c = def
        .container_definitions
        .as_mut()
        .unwrap()
        .iter_mut()
        .find(|c| c.name.as_deref() == Some(container))
        .unwrap();
    c.depends_on
        .get_or_insert_with(Vec::new)
        .push(wire::ContainerDependency {
            container_name: Some(on.into()),
            condition: Some(condition.into()),
        });
}

/// The Docker id of a task container, from the engine's snapshot.
fn id_of(t: &TestEngine, task: &str, container: &str) -> ContainerId {
    let snapshot = t.engine.snapshot(task).expect("task is known");
    ContainerId::new(
        snapshot.record.state.containers[container]
            .runtime_id
            .clone()
            .expect("container created"),
    )
}

/// The container names (in the task) of the calls of one runtime operation, in order.
fn calls_of(fake: &FakeRuntime, operation: &str) -> Vec<String> {
    let prefix = format!("{operation} ");
    fake.calls()
        .iter()
        .filter_map(|c| c.strip_prefix(&prefix))
        .filter_map(|arg| {
            if arg.starts_with("ecs-") {
                return arg.split('-').nth(3).map(str::to_owned);
            }
            fake.spec_of(&ContainerId::new(arg))
                .and_then(|s| s.labels.get("com.berth.container-name").cloned())
        })
        .collect()
}

async fn reported(t: &TestEngine, task: &str, status: &str) {
    wait_until(&format!("{task} reported {status}"), || {
        t.recorder.statuses(task).iter().any(|s| s == status)
    })
    .await;
}

fn container_report(body: &serde_json::Value, name: &str) -> serde_json::Value {
    body["containers"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["containerName"] == name)
        .cloned()
        .unwrap()
}

#[tokio::test]
async fn an_assignment_starts_containers_in_dependency_order_and_reports_running() {
    let fake = testkit::fake();
    let dir = tempfile::tempdir().unwrap();
    let t = TestEngine::start(&fake, dir.path(), LONG);
    let mut def = testkit::definition(&["app", "cache", "db"], "bridge");
    depends(&mut def, "app", "cache", "START");
    depends(&mut def, "cache", "db", "START");
    def.container_definitions.as_mut().unwrap()[0].port_mappings = Some(vec![wire::PortMapping {
        container_port: Some(8080),
        host_port: Some(0),
        ..Default::default()
    }]);
    t.engine.assign(testkit::assignment(def)).await.unwrap();
    // The record exists before anything ran (persist before acting).
    assert!(dir.path().join("tasks").read_dir().unwrap().count() == 1);
    reported(&t, TASK_ARN, "RUNNING").await;
    assert_eq!(calls_of(&fake, "create_container"), ["db", "cache", "app"]);
    assert_eq!(calls_of(&fake, "start_container"), ["db", "cache", "app"]);
    let statuses = t.recorder.statuses(TASK_ARN);
    assert_eq!(statuses.first().map(String::as_str), Some("PENDING"));
    let last = t.recorder.last(TASK_ARN).unwrap();
    assert_eq!(last["status"], "RUNNING");
    assert!(last["pullStartedAt"].is_number() && last["pullStoppedAt"].is_number());
    let app = container_report(&last, "app");
    assert_eq!(app["status"], "RUNNING");
    assert_eq!(app["networkBindings"][0]["containerPort"], 8080);
    assert_eq!(app["networkBindings"][0]["hostPort"], 32768);
    assert_eq!(app["runtimeId"], id_of(&t, TASK_ARN, "app").as_str());
    t.stop().await;
}

#[tokio::test]
async fn an_essential_exit_stops_the_others_in_reverse_order() {
    let fake = testkit::fake();
    let dir = tempfile::tempdir().unwrap();
    let t = TestEngine::start(&fake, dir.path(), LONG);
    let mut def = testkit::definition(&["worker", "db", "cache", "app"], "bridge");
    depends(&mut def, "cache", "db", "START");
    depends(&mut def, "app", "cache", "START");
    t.engine.assign(testkit::assignment(def)).await.unwrap();
    reported(&t, TASK_ARN, "RUNNING").await;
    fake.exit(&id_of(&t, TASK_ARN, "worker"), 3).unwrap();
    reported(&t, TASK_ARN, "STOPPED").await;
    assert_eq!(calls_of(&fake, "stop_container"), ["app", "cache", "db"]);
    let last = t.recorder.last(TASK_ARN).unwrap();
    assert_eq!(last["reason"], "Essential container in task exited");
    assert_eq!(container_report(&last, "worker")["exitCode"], 3);
    assert!(last["executionStoppedAt"].is_number());
    let snapshot = t.engine.snapshot(TASK_ARN).unwrap();
    assert_eq!(
        snapshot.record.state.stop_code,
        Some(StopCode::EssentialContainerExited)
    );
    t.stop().await;
}

#[tokio::test]
async fn stop_task_stops_with_the_users_reason() {
    let fake = testkit::fake();
    let dir = tempfile::tempdir().unwrap();
    let t = TestEngine::start(&fake, dir.path(), LONG);
    let mut a = testkit::assignment(testkit::definition(&["app"], "bridge"));
    t.engine.assign(a.clone()).await.unwrap();
    reported(&t, TASK_ARN, "RUNNING").await;
    a.version = 2;
    a.desired_status = TaskStatus::Stopped;
    a.stop_code = Some("UserInitiated".into());
    a.stopped_reason = Some("bye".into());
    t.engine.assign(a).await.unwrap();
    reported(&t, TASK_ARN, "STOPPED").await;
    let last = t.recorder.last(TASK_ARN).unwrap();
    assert_eq!(last["reason"], "bye");
    let snapshot = t.engine.snapshot(TASK_ARN).unwrap();
    assert_eq!(
        snapshot.record.state.stop_code,
        Some(StopCode::UserInitiated)
    );
    assert_eq!(snapshot.record.assignment.version, 2);
    // DEACTIVATING was reported on the way: the task had been RUNNING.
    assert!(t
        .recorder
        .statuses(TASK_ARN)
        .contains(&"DEACTIVATING".to_owned()));
    t.stop().await;
}

#[tokio::test]
async fn a_pull_failure_fails_the_task_to_start() {
    let fake = FakeRuntime::new();
    fake.fail_pull(testkit::IMAGE, PullFailure::NotFound, "manifest unknown");
    let dir = tempfile::tempdir().unwrap();
    let t = TestEngine::start(&fake, dir.path(), LONG);
    t.engine
        .assign(testkit::assignment(testkit::definition(&["app"], "bridge")))
        .await
        .unwrap();
    reported(&t, TASK_ARN, "STOPPED").await;
    let last = t.recorder.last(TASK_ARN).unwrap();
    assert_eq!(last["reason"], "CannotPullContainerError: manifest unknown");
    assert_eq!(
        container_report(&last, "app")["reason"],
        "CannotPullContainerError: manifest unknown"
    );
    assert_eq!(container_report(&last, "app")["status"], "STOPPED");
    let snapshot = t.engine.snapshot(TASK_ARN).unwrap();
    assert_eq!(
        snapshot.record.state.stop_code,
        Some(StopCode::TaskFailedToStart)
    );
    assert!(calls_of(&fake, "create_container").is_empty());
    t.stop().await;
}

#[tokio::test]
async fn a_restarted_engine_readopts_and_sees_exits_that_happened_while_down() {
    let fake = testkit::fake();
    let dir = tempfile::tempdir().unwrap();
    let t = TestEngine::start(&fake, dir.path(), LONG);
    t.engine
        .assign(testkit::assignment(testkit::definition(
            &["app", "side"],
            "bridge",
        )))
        .await
        .unwrap();
    reported(&t, TASK_ARN, "RUNNING").await;
    let app = id_of(&t, TASK_ARN, "app");
    t.stop().await;
    // While the agent is down, one container exits.
    fake.exit(&app, 3).unwrap();
    let creates_before = calls_of(&fake, "create_container").len();
    let t = TestEngine::start(&fake, dir.path(), LONG);
    assert_eq!(t.engine.restore().unwrap(), 1);
    reported(&t, TASK_ARN, "STOPPED").await;
    let last = t.recorder.last(TASK_ARN).unwrap();
    assert_eq!(container_report(&last, "app")["exitCode"], 3);
    assert_eq!(last["reason"], "Essential container in task exited");
    // Nothing was created again: the running container was adopted, then stopped.
    assert_eq!(calls_of(&fake, "create_container").len(), creates_before);
    assert_eq!(calls_of(&fake, "stop_container"), ["side"]);
    t.stop().await;
}

#[tokio::test]
async fn a_container_created_before_a_crash_is_adopted_not_duplicated() {
    let fake = testkit::fake();
    let dir = tempfile::tempdir().unwrap();
    let a = testkit::assignment(testkit::definition(&["app"], "bridge"));
    // The agent crashed after Docker created the container but before it recorded the id: the
    // record says PULLED, Docker has the container under the deterministic name.
    let plan = crate::task_plan::TaskPlan::new(&a, 30);
    let mut record = crate::task_record::TaskRecord::new(a, &plan, || "tok".into());
    record.state = berth_lifecycle::apply(
        &record.state,
        &berth_lifecycle::Event::Pulled {
            container: "app".into(),
            at: 1.0,
        },
    )
    .unwrap();
    let data = crate::persist::DataDir::open(dir.path()).unwrap();
    data.write_json(&data.task_file(TASK_ARN), &record).unwrap();
    let ctx = crate::container_spec::CreateContext {
        cluster: "default".into(),
        ..Default::default()
    };
    let spec = crate::container_spec::container_spec(&plan, &plan.containers[0], &ctx).unwrap();
    use berth_docker::ContainerRuntime;
    let id = fake.create_container(&spec).await.unwrap();
    let t = TestEngine::start(&fake, dir.path(), LONG);
    t.engine.restore().unwrap();
    reported(&t, TASK_ARN, "RUNNING").await;
    assert_eq!(id_of(&t, TASK_ARN, "app"), id);
    assert_eq!(calls_of(&fake, "create_container"), ["app"]);
    t.stop().await;
}

#[tokio::test]
async fn a_task_list_stops_tasks_it_does_not_name() {
    let fake = testkit::fake();
    let dir = tempfile::tempdir().unwrap();
    let t = TestEngine::start(&fake, dir.path(), LONG);
    let other = "arn:aws:ecs:us-east-1:123456789012:task/default/ffff0000";
    let keep = testkit::assignment(testkit::definition(&["app"], "bridge"));
    let drop = testkit::assignment_for(other, testkit::definition(&["app"], "bridge"));
    t.engine.assign(keep.clone()).await.unwrap();
    t.engine.assign(drop).await.unwrap();
    reported(&t, TASK_ARN, "RUNNING").await;
    reported(&t, other, "RUNNING").await;
    assert_eq!(t.engine.running_tasks(), 2);
    t.engine.sync(vec![keep]).await.unwrap();
    reported(&t, other, "STOPPED").await;
    assert_eq!(t.recorder.last(other).unwrap()["reason"], UNLISTED_REASON);
    assert_eq!(t.recorder.last(TASK_ARN).unwrap()["status"], "RUNNING");
    assert_eq!(t.engine.running_tasks(), 1);
    t.stop().await;
}

#[tokio::test]
async fn duplicate_updates_are_idempotent() {
    let fake = testkit::fake();
    let dir = tempfile::tempdir().unwrap();
    let t = TestEngine::start(&fake, dir.path(), LONG);
    let a = testkit::assignment(testkit::definition(&["app"], "bridge"));
    t.engine.assign(a.clone()).await.unwrap();
    t.engine.assign(a.clone()).await.unwrap();
    reported(&t, TASK_ARN, "RUNNING").await;
    t.engine.assign(a.clone()).await.unwrap();
    t.engine.sync(vec![a]).await.unwrap();
    tokio::time::sleep(Duration::from_millis(100)).await;
    assert_eq!(calls_of(&fake, "create_container"), ["app"]);
    assert_eq!(calls_of(&fake, "start_container"), ["app"]);
    // Each status was reported once.
    let statuses = t.recorder.statuses(TASK_ARN);
    let mut deduped = statuses.clone();
    deduped.dedup();
    assert_eq!(statuses, deduped);
    t.stop().await;
}

#[tokio::test]
async fn health_changes_are_reported() {
    let fake = testkit::fake();
    let dir = tempfile::tempdir().unwrap();
    let t = TestEngine::start(&fake, dir.path(), LONG);
    let mut def = testkit::definition(&["app"], "bridge");
    def.container_definitions.as_mut().unwrap()[0].health_check = Some(wire::HealthCheck {
        command: Some(vec!["CMD".into(), "true".into()]),
        ..Default::default()
    });
    t.engine.assign(testkit::assignment(def)).await.unwrap();
    reported(&t, TASK_ARN, "RUNNING").await;
    fake.set_health(&id_of(&t, TASK_ARN, "app"), ContainerHealth::Healthy)
        .unwrap();
    wait_until("health in the session reports", || {
        t.engine
            .session_reports()
            .contains(&AgentMessage::TaskHealth {
                task_arn: TASK_ARN.into(),
                health: HealthStatus::Healthy,
                containers: vec![berth_protocol::ContainerHealth {
                    name: "app".into(),
                    health: HealthStatus::Healthy,
                }],
            })
    })
    .await;
    t.stop().await;
}

#[tokio::test]
async fn a_healthy_dependency_gates_its_dependent() {
    let fake = testkit::fake();
    let dir = tempfile::tempdir().unwrap();
    let t = TestEngine::start(&fake, dir.path(), LONG);
    let mut def = testkit::definition(&["app", "db"], "bridge");
    def.container_definitions.as_mut().unwrap()[1].health_check = Some(wire::HealthCheck {
        command: Some(vec!["CMD".into(), "true".into()]),
        ..Default::default()
    });
    depends(&mut def, "app", "db", "HEALTHY");
    t.engine.assign(testkit::assignment(def)).await.unwrap();
    wait_until("db created", || {
        t.engine
            .snapshot(TASK_ARN)
            .is_some_and(|s| s.record.state.containers["db"].started_at.is_some())
    })
    .await;
    tokio::time::sleep(Duration::from_millis(100)).await;
    assert_eq!(calls_of(&fake, "create_container"), ["db"]);
    fake.set_health(&id_of(&t, TASK_ARN, "db"), ContainerHealth::Healthy)
        .unwrap();
    reported(&t, TASK_ARN, "RUNNING").await;
    assert_eq!(calls_of(&fake, "create_container"), ["db", "app"]);
    t.stop().await;
}

#[tokio::test]
async fn awsvpc_tasks_run_in_a_pause_containers_namespace() {
    let fake = testkit::fake();
    let dir = tempfile::tempdir().unwrap();
    let t = TestEngine::start(&fake, dir.path(), LONG);
    t.engine
        .assign(testkit::assignment(testkit::definition(&["app"], "awsvpc")))
        .await
        .unwrap();
    reported(&t, TASK_ARN, "RUNNING").await;
    let snapshot = t.engine.snapshot(TASK_ARN).unwrap();
    let attachment = snapshot.record.state.network.attachment.clone().unwrap();
    let pause = attachment.pause_runtime_id.clone().unwrap();
    let spec = fake.spec_of(&id_of(&t, TASK_ARN, "app")).unwrap();
    assert_eq!(
        spec.network_mode,
        berth_docker::NetworkMode::Container(pause.clone())
    );
    let last = t.recorder.last(TASK_ARN).unwrap();
    assert!(last["containers"][0].get("networkBindings").is_none());
    assert!(t
        .engine
        .session_reports()
        .contains(&AgentMessage::TaskNetwork {
            task_arn: TASK_ARN.into(),
            private_ipv4_address: attachment.private_ipv4_address.clone(),
        }));
    assert_eq!(t.recorder.statuses(TASK_ARN)[0], "PROVISIONING");
    // Stopping tears the namespace down after the containers.
    let mut a = snapshot.record.assignment.clone();
    a.version = 2;
    a.desired_status = TaskStatus::Stopped;
    t.engine.assign(a).await.unwrap();
    reported(&t, TASK_ARN, "STOPPED").await;
    assert!(t
        .recorder
        .statuses(TASK_ARN)
        .contains(&"DEPROVISIONING".to_owned()));
    let stops = fake
        .calls()
        .into_iter()
        .filter(|c| c.starts_with("stop_container"))
        .collect::<Vec<_>>();
    assert_eq!(stops.last().unwrap(), &format!("stop_container {pause}"));
    t.stop().await;
}

#[tokio::test]
async fn stopped_tasks_are_cleaned_up_after_the_wait() {
    let fake = testkit::fake();
    fake.exit_on_start(
        &crate::task_plan::TaskPlan::new(
            &testkit::assignment(testkit::definition(&["app"], "bridge")),
            30,
        )
        .containers[0]
            .docker_name,
        0,
    );
    let dir = tempfile::tempdir().unwrap();
    let t = TestEngine::start(&fake, dir.path(), Duration::from_millis(200));
    let a = testkit::assignment(testkit::definition(&["app"], "bridge"));
    t.engine.assign(a.clone()).await.unwrap();
    reported(&t, TASK_ARN, "STOPPED").await;
    wait_until("cleaned up", || t.engine.snapshot(TASK_ARN).is_none()).await;
    assert!(fake.container_ids().is_empty());
    assert_eq!(dir.path().join("tasks").read_dir().unwrap().count(), 0);
    // A late duplicate of the assignment does not bring the task back.
    t.engine.assign(a).await.unwrap();
    assert!(t.engine.snapshot(TASK_ARN).is_none());
    t.stop().await;
}

#[tokio::test]
async fn an_unknown_task_listed_as_stopped_is_reported_stopped() {
    let fake = testkit::fake();
    let dir = tempfile::tempdir().unwrap();
    let t = TestEngine::start(&fake, dir.path(), LONG);
    let mut a = testkit::assignment(testkit::definition(&["app"], "bridge"));
    a.desired_status = TaskStatus::Stopped;
    t.engine.sync(vec![a]).await.unwrap();
    reported(&t, TASK_ARN, "STOPPED").await;
    assert!(calls_of(&fake, "create_container").is_empty());
    t.stop().await;
}

#[tokio::test]
async fn exits_missed_while_the_event_stream_was_down_are_found() {
    let fake = testkit::fake();
    let dir = tempfile::tempdir().unwrap();
    let t = TestEngine::start(&fake, dir.path(), LONG);
    t.engine
        .assign(testkit::assignment(testkit::definition(&["app"], "bridge")))
        .await
        .unwrap();
    reported(&t, TASK_ARN, "RUNNING").await;
    // The daemon goes away (the stream breaks), the container exits meanwhile, it comes back.
    fake.set_available(false);
    tokio::time::sleep(Duration::from_millis(50)).await;
    fake.set_available(true);
    fake.exit(&id_of(&t, TASK_ARN, "app"), 9).unwrap();
    reported(&t, TASK_ARN, "STOPPED").await;
    let last = t.recorder.last(TASK_ARN).unwrap();
    assert_eq!(container_report(&last, "app")["exitCode"], 9);
    t.stop().await;
}

#[tokio::test]
async fn oom_kills_are_reported_as_the_container_reason() {
    let fake = testkit::fake();
    let dir = tempfile::tempdir().unwrap();
    let t = TestEngine::start(&fake, dir.path(), LONG);
    t.engine
        .assign(testkit::assignment(testkit::definition(&["app"], "bridge")))
        .await
        .unwrap();
    reported(&t, TASK_ARN, "RUNNING").await;
    fake.oom_kill(&id_of(&t, TASK_ARN, "app")).unwrap();
    reported(&t, TASK_ARN, "STOPPED").await;
    let app = container_report(&t.recorder.last(TASK_ARN).unwrap(), "app");
    assert_eq!(app["exitCode"], 137);
    assert_eq!(app["reason"], crate::task_record::OOM_REASON);
    t.stop().await;
}

#[tokio::test]
async fn the_metadata_endpoint_serves_snapshots_by_token() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let fake = testkit::fake();
    let dir = tempfile::tempdir().unwrap();
    let t = TestEngine::start(&fake, dir.path(), LONG);
    t.engine
        .assign(testkit::assignment(testkit::definition(&["app"], "bridge")))
        .await
        .unwrap();
    reported(&t, TASK_ARN, "RUNNING").await;
    let runtime: std::sync::Arc<dyn berth_docker::ContainerRuntime> =
        std::sync::Arc::new(fake.clone());
    let router = crate::metadata::router(crate::metadata::MetadataState {
        registry: t.engine.registry().clone(),
        runtime,
        availability_zone: "us-east-1a".into(),
    });
    let (port, listeners) = crate::metadata::bind(0, &[]).await.unwrap();
    let stop = tokio_util::sync::CancellationToken::new();
    let server = tokio::spawn(crate::metadata::serve(listeners, router, stop.clone()));
    let get = |path: String| async move {
        let mut s = tokio::net::TcpStream::connect(("127.0.0.1", port))
            .await
            .unwrap();
        let request = format!("GET {path} HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n");
        s.write_all(request.as_bytes()).await.unwrap();
        let mut out = String::new();
        s.read_to_string(&mut out).await.unwrap();
        out
    };
    let snapshot = t.engine.snapshot(TASK_ARN).unwrap();
    let token = snapshot.record.containers["app"].metadata_token.clone();
    let container = get(format!("/v4/{token}")).await;
    assert!(container.starts_with("HTTP/1.1 200"), "{container}");
    assert!(container.contains(r#""Name":"app""#), "{container}");
    let task = get(format!("/v4/{token}/task")).await;
    assert!(
        task.contains(&format!(r#""TaskARN":"{TASK_ARN}""#)),
        "{task}"
    );
    assert!(task.contains(r#""KnownStatus":"RUNNING""#), "{task}");
    let stats = get(format!("/v4/{token}/task/stats")).await;
    assert!(stats.starts_with("HTTP/1.1 200"), "{stats}");
    assert!(get("/v4/nope".into()).await.starts_with("HTTP/1.1 404"));
    // The container was told where to look.
    let spec = fake.spec_of(&id_of(&t, TASK_ARN, "app")).unwrap();
    assert_eq!(
        spec.env["ECS_CONTAINER_METADATA_URI_V4"],
        format!("http://172.17.0.1:51679/v4/{token}")
    );
    stop.cancel();
    server.await.unwrap();
    t.stop().await;
}
