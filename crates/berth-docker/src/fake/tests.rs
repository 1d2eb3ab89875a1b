//! Tests of [`FakeRuntime`]: the behaviour the agent's tests rely on matches the Docker
//! runtime's contract (idempotent stop and remove, wait, events, port assignment).

use std::collections::BTreeMap;
use std::time::Duration;

use futures::StreamExt;
use time::OffsetDateTime;

use super::*;
use crate::error::ErrorKind;
use crate::runtime::{
    ContainerRuntime, EventFilter, HealthCheck, HealthCheckTest, LabelFilter, NetworkMode,
    PortBinding, RemoveOptions,
};

const IMAGE: &str = "berth-test:latest";

fn runtime() -> FakeRuntime {
    let fake = FakeRuntime::new();
    fake.add_image(IMAGE);
    fake
}

fn spec(name: &str) -> ContainerSpec {
    let mut spec = ContainerSpec::new(name, IMAGE);
    spec.labels.insert("berth.task".into(), "t1".into());
    spec
}

#[tokio::test]
async fn lifecycle_create_start_stop_remove() {
    let fake = runtime();
    let id = fake.create_container(&spec("web")).await.expect("create");
    let info = fake
        .inspect_container(&id)
        .await
        .expect("inspect")
        .expect("exists");
    assert_eq!(info.state, ContainerState::Created);

    fake.start_container(&id).await.expect("start");
    fake.start_container(&id)
        .await
        .expect("start again is a success");
    let info = fake
        .inspect_container(&id)
        .await
        .expect("inspect")
        .expect("exists");
    assert_eq!(info.state, ContainerState::Running);
    assert_eq!(info.networks["bridge"].ip_address, "172.17.0.2");

    fake.stop_container(&id, Duration::from_secs(1))
        .await
        .expect("stop");
    fake.stop_container(&id, Duration::from_secs(1))
        .await
        .expect("stop again is a success");
    assert_eq!(fake.wait_container(&id).await.expect("wait"), 0);
    let info = fake
        .inspect_container(&id)
        .await
        .expect("inspect")
        .expect("exists");
    assert_eq!(
        (info.state, info.exit_code),
        (ContainerState::Exited, Some(0))
    );

    fake.remove_container(&id, RemoveOptions::default())
        .await
        .expect("remove");
    fake.remove_container(&id, RemoveOptions::default())
        .await
        .expect("remove again is a success");
    assert_eq!(fake.inspect_container(&id).await.expect("inspect"), None);
    assert_eq!(
        fake.calls(),
        vec![
            format!("create_container web"),
            format!("inspect_container {id}"),
            format!("start_container {id}"),
            format!("start_container {id}"),
            format!("inspect_container {id}"),
            format!("stop_container {id}"),
            format!("stop_container {id}"),
            format!("wait_container {id}"),
            format!("inspect_container {id}"),
            format!("remove_container {id}"),
            format!("remove_container {id}"),
            format!("inspect_container {id}"),
        ]
    );
}

#[tokio::test]
async fn names_must_be_unique_and_images_present() {
    let fake = runtime();
    fake.create_container(&spec("web")).await.expect("create");
    let taken = fake
        .create_container(&spec("web"))
        .await
        .expect_err("taken");
    assert_eq!(taken.kind(), ErrorKind::Conflict);
    let missing = fake
        .create_container(&ContainerSpec::new("other", "nope:1"))
        .await
        .expect_err("no image");
    assert_eq!(missing.kind(), ErrorKind::NotFound);
    assert!(missing
        .to_string()
        .starts_with("CannotCreateContainerError: "));
}

#[tokio::test]
async fn pulls_are_scriptable() {
    let fake = FakeRuntime::new();
    fake.add_registry_image("app:1");
    fake.fail_pull(
        "private:1",
        PullFailure::Unauthorized,
        "unauthorized: authentication required",
    );
    assert!(!fake.image_present("app:1").await.expect("present"));
    let info = fake.pull_image("app:1", None).await.expect("pull");
    assert!(fake.image_present("app:1").await.expect("present"));
    assert!(info.digest.expect("digest").starts_with("app:1@sha256:"));

    let denied = fake
        .pull_image("private:1", None)
        .await
        .expect_err("denied");
    assert_eq!(
        denied.kind(),
        ErrorKind::ImagePull(PullFailure::Unauthorized)
    );
    let unknown = fake.pull_image("ghost:1", None).await.expect_err("unknown");
    assert_eq!(unknown.kind(), ErrorKind::ImagePull(PullFailure::NotFound));
}

#[tokio::test]
async fn exit_on_start_and_wait() {
    let fake = runtime();
    fake.exit_on_start("crash", 3);
    let id = fake.create_container(&spec("crash")).await.expect("create");
    fake.start_container(&id).await.expect("start");
    assert_eq!(fake.wait_container(&id).await.expect("wait"), 3);
}

#[tokio::test]
async fn wait_returns_when_the_container_exits_later() {
    let fake = runtime();
    let id = fake.create_container(&spec("web")).await.expect("create");
    fake.start_container(&id).await.expect("start");
    let waiter = {
        let fake = fake.clone();
        let id = id.clone();
        tokio::spawn(async move { fake.wait_container(&id).await })
    };
    tokio::task::yield_now().await;
    fake.exit(&id, 42).expect("exit");
    let code = tokio::time::timeout(Duration::from_secs(5), waiter)
        .await
        .expect("wait finishes")
        .expect("task")
        .expect("wait");
    assert_eq!(code, 42);
}

#[tokio::test]
async fn events_replay_and_follow_with_label_filters() {
    let fake = runtime();
    let id = fake.create_container(&spec("web")).await.expect("create");
    let mut other = ContainerSpec::new("other", IMAGE);
    other.labels.insert("berth.task".into(), "t2".into());
    fake.create_container(&other).await.expect("create other");

    let filter = EventFilter {
        since: Some(OffsetDateTime::from_unix_timestamp(FAKE_EPOCH_SECONDS).expect("time")),
        labels: vec![LabelFilter::Equals("berth.task".into(), "t1".into())],
    };
    let mut events = fake.events(&filter).await.expect("events");
    fake.start_container(&id).await.expect("start");
    fake.set_health(&id, ContainerHealth::Healthy)
        .expect("health");
    fake.oom_kill(&id).expect("oom");
    fake.disconnect_events();

    let mut kinds = Vec::new();
    while let Some(item) = events.next().await {
        match item {
            Ok(event) => {
                assert_eq!(event.container_id, id);
                kinds.push(event.kind);
            }
            Err(error) => {
                assert_eq!(error.kind(), ErrorKind::Unavailable);
                break;
            }
        }
    }
    assert_eq!(
        kinds,
        vec![
            EventKind::Create,
            EventKind::Start,
            EventKind::HealthStatus(ContainerHealth::Healthy),
            EventKind::Oom,
            EventKind::Die { exit_code: 137 },
        ]
    );
    assert!(
        events.next().await.is_none(),
        "the stream ends after its error"
    );
    let info = fake
        .inspect_container(&id)
        .await
        .expect("inspect")
        .expect("exists");
    assert!(info.oom_killed);
    let times: Vec<_> = fake.events_so_far().iter().map(|e| e.at).collect();
    assert!(
        times.windows(2).all(|w| w[0] < w[1]),
        "the fake clock is strictly increasing"
    );
}

#[tokio::test]
async fn ports_are_assigned_and_checked() {
    let fake = runtime();
    let mut first = spec("a");
    first.port_bindings = vec![
        PortBinding::dynamic_tcp(8080),
        PortBinding {
            host_port: Some(8000),
            ..PortBinding::dynamic_tcp(80)
        },
    ];
    let a = fake.create_container(&first).await.expect("create");
    fake.start_container(&a).await.expect("start");
    let ports = fake
        .inspect_container(&a)
        .await
        .expect("inspect")
        .expect("exists")
        .port_bindings;
    let host_ports: Vec<u16> = ports.iter().map(|p| p.host_port).collect();
    assert_eq!(host_ports, vec![8000, FAKE_FIRST_DYNAMIC_PORT]);

    let mut second = spec("b");
    second.port_bindings = vec![PortBinding {
        host_port: Some(8000),
        ..PortBinding::dynamic_tcp(80)
    }];
    let b = fake.create_container(&second).await.expect("create");
    let clash = fake.start_container(&b).await.expect_err("port taken");
    assert!(clash.to_string().contains("port is already allocated"));
    fake.stop_container(&a, Duration::ZERO).await.expect("stop");
    fake.start_container(&b).await.expect("port free again");
}

#[tokio::test]
async fn scripted_failures_and_unavailability() {
    let fake = runtime();
    fake.fail_next(
        Operation::CreateContainer,
        RuntimeError::timeout(Operation::CreateContainer, Duration::from_secs(240)),
    );
    let error = fake
        .create_container(&spec("web"))
        .await
        .expect_err("scripted");
    assert_eq!(error.kind(), ErrorKind::Timeout);
    fake.create_container(&spec("web"))
        .await
        .expect("only the next call fails");

    let mut events = fake.events(&EventFilter::default()).await.expect("events");
    fake.set_available(false);
    assert_eq!(
        fake.ping().await.expect_err("down").kind(),
        ErrorKind::Unavailable
    );
    let end = events.next().await.expect("an item").expect_err("an error");
    assert_eq!(end.kind(), ErrorKind::Unavailable);
    fake.set_available(true);
    fake.ping().await.expect("up again");
}

#[tokio::test]
async fn networks_and_health_checks() {
    let fake = runtime();
    let labels = BTreeMap::from([("berth.owned".to_string(), "true".to_string())]);
    let network = fake
        .create_network("berth-task-1", &labels)
        .await
        .expect("network");
    assert_eq!(
        fake.create_network("berth-task-1", &labels)
            .await
            .expect_err("dup")
            .kind(),
        ErrorKind::Conflict
    );
    let mut pause = spec("pause");
    pause.network_mode = NetworkMode::Network("berth-task-1".into());
    pause.health_check = Some(HealthCheck::with_ecs_defaults(HealthCheckTest::CmdShell(
        "true".into(),
    )));
    let id = fake.create_container(&pause).await.expect("create");
    fake.start_container(&id).await.expect("start");
    let info = fake
        .inspect_container(&id)
        .await
        .expect("inspect")
        .expect("exists");
    assert_eq!(info.networks["berth-task-1"].ip_address, "172.18.0.2");
    assert_eq!(
        info.health.map(|h| h.status),
        Some(ContainerHealth::Starting)
    );
    let inspected = fake
        .inspect_network(&network)
        .await
        .expect("inspect")
        .expect("exists");
    assert_eq!(inspected.containers, vec![id.clone()]);
    assert_eq!(
        fake.remove_network(&network)
            .await
            .expect_err("in use")
            .kind(),
        ErrorKind::Conflict
    );
    fake.remove_container(
        &id,
        RemoveOptions {
            force: true,
            remove_volumes: true,
        },
    )
    .await
    .expect("remove");
    fake.remove_network(&network).await.expect("remove network");
    assert_eq!(fake.inspect_network(&network).await.expect("inspect"), None);
}

#[tokio::test]
async fn list_filters_by_label_and_logs_tail() {
    let fake = runtime();
    let id = fake.create_container(&spec("web")).await.expect("create");
    fake.create_container(&ContainerSpec::new("unlabelled", IMAGE))
        .await
        .expect("create");
    let listed = fake
        .list_containers(&[LabelFilter::Exists("berth.task".into())])
        .await
        .expect("list");
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].name, "web");
    assert_eq!(fake.list_containers(&[]).await.expect("list").len(), 2);

    fake.set_logs(&id, "one\ntwo\nthree\n").expect("logs");
    assert_eq!(
        fake.container_logs(&id, Some(2)).await.expect("logs"),
        "two\nthree\n"
    );
    assert_eq!(
        fake.container_logs(&id, None).await.expect("logs"),
        "one\ntwo\nthree\n"
    );
}
