//! Real-Docker tests of the container lifecycle through [`DockerRuntime`]: create, start,
//! inspect, stop (with and without SIGTERM being honoured), remove, wait, events, ports,
//! listing, logs, stats, host info, pull failures and error classification. Also measures the
//! per-operation latencies the agent's RunTask benchmark depends on.

mod support;

use std::time::{Duration, Instant};

use berth_docker::{
    ContainerId, ContainerRuntime, ContainerSpec, ContainerState, ErrorKind, EventFilter,
    EventKind, LabelFilter, PortBinding, PullFailure, RemoveOptions,
};
use futures::StreamExt;
use support::{docker_cli, docker_present, image, median, runtime, unique, Cleanup, TEST_LABEL};

fn spec(cleanup: &Cleanup, purpose: &str) -> ContainerSpec {
    let mut spec = ContainerSpec::new(cleanup.container(&unique(purpose)), image());
    spec.labels.insert(TEST_LABEL.into(), purpose.into());
    spec
}

#[tokio::test]
async fn create_start_inspect_stop_remove() {
    if !docker_present("create_start_inspect_stop_remove") {
        return;
    }
    let runtime = runtime().await;
    let cleanup = Cleanup::new();
    let spec = spec(&cleanup, "lifecycle");
    let id = runtime.create_container(&spec).await.expect("create");
    assert_eq!(id.as_str().len(), 64, "a full id: {id}");

    let created = runtime
        .inspect_container(&id)
        .await
        .expect("inspect")
        .expect("exists");
    assert_eq!(created.state, ContainerState::Created);
    assert_eq!(created.name, spec.name);
    assert_eq!(created.exit_code, None);
    assert_eq!(created.labels[TEST_LABEL], "lifecycle");
    assert!(created.image_id.starts_with("sha256:"));

    runtime.start_container(&id).await.expect("start");
    runtime
        .start_container(&id)
        .await
        .expect("starting a running container succeeds");
    let running = runtime
        .inspect_container(&id)
        .await
        .expect("inspect")
        .expect("exists");
    assert_eq!(running.state, ContainerState::Running);
    assert!(running.started_at.is_some());
    assert!(running.pid.is_some());
    let bridge = running
        .networks
        .get("bridge")
        .expect("on the default bridge");
    assert!(!bridge.ip_address.is_empty());

    let busy = runtime
        .remove_container(&id, RemoveOptions::default())
        .await
        .expect_err("a running container is not removed without force");
    assert_eq!(busy.kind(), ErrorKind::Conflict);
    assert!(busy.to_string().starts_with("CannotRemoveContainerError: "));

    runtime
        .stop_container(&id, Duration::from_secs(10))
        .await
        .expect("stop");
    runtime
        .stop_container(&id, Duration::from_secs(10))
        .await
        .expect("stopping a stopped container succeeds");
    let stopped = runtime
        .inspect_container(&id)
        .await
        .expect("inspect")
        .expect("exists");
    assert_eq!(stopped.state, ContainerState::Exited);
    assert_eq!(
        stopped.exit_code,
        Some(0),
        "berth-testapp exits 0 on SIGTERM"
    );
    assert!(stopped.finished_at.is_some());

    let remove = RemoveOptions {
        remove_volumes: true,
        force: false,
    };
    runtime.remove_container(&id, remove).await.expect("remove");
    runtime
        .remove_container(&id, remove)
        .await
        .expect("removing again succeeds");
    assert_eq!(runtime.inspect_container(&id).await.expect("inspect"), None);

    let missing = runtime
        .stop_container(&id, Duration::from_secs(1))
        .await
        .expect_err("stop of a missing container");
    assert_eq!(missing.kind(), ErrorKind::NotFound);
}

#[tokio::test]
async fn create_errors_are_classified() {
    if !docker_present("create_errors_are_classified") {
        return;
    }
    let runtime = runtime().await;
    let cleanup = Cleanup::new();
    let spec = spec(&cleanup, "conflict");
    runtime.create_container(&spec).await.expect("create");
    let taken = runtime
        .create_container(&spec)
        .await
        .expect_err("name taken");
    assert_eq!(taken.kind(), ErrorKind::Conflict);
    assert!(
        taken
            .to_string()
            .starts_with("CannotCreateContainerError: "),
        "{taken}"
    );

    let mut no_image = ContainerSpec::new(
        cleanup.container(&unique("noimage")),
        "berth-test:no-such-tag",
    );
    no_image.labels.insert(TEST_LABEL.into(), "noimage".into());
    let missing = runtime
        .create_container(&no_image)
        .await
        .expect_err("no image");
    assert_eq!(missing.kind(), ErrorKind::NotFound);

    let mut bad = spec.clone();
    bad.name = cleanup.container(&unique("badmem"));
    bad.memory_limit_mib = Some(1);
    bad.memory_reservation_mib = Some(64);
    let invalid = runtime
        .create_container(&bad)
        .await
        .expect_err("reservation above limit");
    assert_eq!(invalid.kind(), ErrorKind::Invalid, "{invalid}");
}

#[tokio::test]
async fn exit_codes_arrive_through_wait_and_events() {
    if !docker_present("exit_codes_arrive_through_wait_and_events") {
        return;
    }
    let runtime = runtime().await;
    let cleanup = Cleanup::new();
    let run_label = unique("events");
    let mut spec = spec(&cleanup, "exit");
    spec.labels
        .insert("berth.test.run".into(), run_label.clone());
    spec.command = Some(vec!["exit".into(), "7".into()]);

    let filter = EventFilter {
        since: None,
        labels: vec![LabelFilter::Equals("berth.test.run".into(), run_label)],
    };
    // The stream is opened before the container exists and polled only afterwards: events in
    // between must not be lost.
    let mut events = runtime.events(&filter).await.expect("events");
    let id = runtime.create_container(&spec).await.expect("create");
    runtime.start_container(&id).await.expect("start");
    let code = tokio::time::timeout(Duration::from_secs(20), runtime.wait_container(&id))
        .await
        .expect("wait returns")
        .expect("wait");
    assert_eq!(code, 7);
    // A second wait on an exited container returns at once.
    assert_eq!(runtime.wait_container(&id).await.expect("wait again"), 7);

    let mut kinds = Vec::new();
    let collect = async {
        while let Some(event) = events.next().await {
            let event = event.expect("event");
            assert_eq!(event.container_id, id);
            assert_eq!(event.name.as_deref(), Some(spec.name.as_str()));
            kinds.push(event.kind.clone());
            if matches!(event.kind, EventKind::Die { .. }) {
                break;
            }
        }
    };
    tokio::time::timeout(Duration::from_secs(20), collect)
        .await
        .expect("events arrive");
    assert_eq!(
        kinds,
        vec![
            EventKind::Create,
            EventKind::Start,
            EventKind::Die { exit_code: 7 }
        ]
    );

    runtime
        .remove_container(&id, RemoveOptions::default())
        .await
        .expect("remove");
    let destroy = tokio::time::timeout(Duration::from_secs(20), events.next())
        .await
        .expect("destroy arrives")
        .expect("stream open")
        .expect("event");
    assert_eq!(destroy.kind, EventKind::Destroy);
}

#[tokio::test]
async fn stop_honours_the_timeout_when_sigterm_is_ignored() {
    if !docker_present("stop_honours_the_timeout_when_sigterm_is_ignored") {
        return;
    }
    let runtime = runtime().await;
    let cleanup = Cleanup::new();
    let mut stubborn = spec(&cleanup, "stubborn");
    stubborn.env.insert("IGNORE_SIGTERM".into(), "1".into());
    stubborn.init = true;
    let polite = spec(&cleanup, "polite");
    let stubborn_id = runtime.create_container(&stubborn).await.expect("create");
    let polite_id = runtime.create_container(&polite).await.expect("create");
    runtime.start_container(&stubborn_id).await.expect("start");
    runtime.start_container(&polite_id).await.expect("start");
    // Let both install their signal handlers.
    support::inspect_until(&runtime, &polite_id, Duration::from_secs(5), |_| false).await;

    let timed_stop = |id: ContainerId, timeout: Duration| {
        let runtime = runtime.clone();
        async move {
            let started = Instant::now();
            runtime.stop_container(&id, timeout).await.expect("stop");
            started.elapsed()
        }
    };
    let (stubborn_took, polite_took) = tokio::join!(
        timed_stop(stubborn_id.clone(), Duration::from_secs(2)),
        timed_stop(polite_id.clone(), Duration::from_secs(30)),
    );
    println!("stop: SIGTERM ignored with a 2 s timeout took {stubborn_took:?}; honoured took {polite_took:?}");
    assert!(stubborn_took >= Duration::from_secs(2), "{stubborn_took:?}");
    assert!(stubborn_took < Duration::from_secs(10), "{stubborn_took:?}");
    assert!(polite_took < Duration::from_secs(5), "{polite_took:?}");

    let killed = runtime
        .inspect_container(&stubborn_id)
        .await
        .expect("inspect")
        .expect("exists");
    assert_eq!(killed.exit_code, Some(137), "SIGKILL after the timeout");
    let stopped = runtime
        .inspect_container(&polite_id)
        .await
        .expect("inspect")
        .expect("exists");
    assert_eq!(stopped.exit_code, Some(0));
}

#[tokio::test]
async fn dynamic_host_ports_are_assigned_and_reachable() {
    if !docker_present("dynamic_host_ports_are_assigned_and_reachable") {
        return;
    }
    let runtime = runtime().await;
    let cleanup = Cleanup::new();
    let mut spec = spec(&cleanup, "ports");
    spec.port_bindings = vec![
        PortBinding::dynamic_tcp(8080),
        PortBinding {
            host_ip: Some("127.0.0.1".into()),
            ..PortBinding::dynamic_tcp(9000)
        },
    ];
    let id = runtime.create_container(&spec).await.expect("create");
    runtime.start_container(&id).await.expect("start");
    let info = runtime
        .inspect_container(&id)
        .await
        .expect("inspect")
        .expect("exists");
    let web = info
        .port_bindings
        .iter()
        .find(|p| p.container_port == 8080 && p.host_ip == "0.0.0.0")
        .expect("8080 bound on every IPv4 address");
    assert!(web.host_port >= 1024, "{:?}", info.port_bindings);
    let local = info
        .port_bindings
        .iter()
        .find(|p| p.container_port == 9000)
        .expect("9000 bound");
    assert_eq!(local.host_ip, "127.0.0.1");

    let address = format!("127.0.0.1:{}", web.host_port);
    let answer = support::http_get_within(&address, "/health", Duration::from_secs(10)).await;
    let (status, _) = answer.expect("the app answers on the dynamic port");
    assert_eq!(status, 200);
}

#[tokio::test]
async fn pulls_from_an_unreachable_registry_fail_fast_and_classified() {
    if !docker_present("pulls_from_an_unreachable_registry_fail_fast_and_classified") {
        return;
    }
    let runtime = runtime().await;
    assert!(runtime.image_present(image()).await.expect("image_present"));
    assert!(!runtime
        .image_present("127.0.0.1:9/none:latest")
        .await
        .expect("image_present"));

    let started = Instant::now();
    let error = runtime
        .pull_image("127.0.0.1:9/none:latest", None)
        .await
        .expect_err("nothing listens on port 9");
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(
        error.kind(),
        ErrorKind::ImagePull(PullFailure::Network),
        "{error}"
    );
    let reason = error.to_string();
    assert!(reason.starts_with("CannotPullContainerError: "), "{reason}");
    assert!(reason.contains("127.0.0.1:9"), "{reason}");
}

#[tokio::test]
async fn list_finds_containers_by_label() {
    if !docker_present("list_finds_containers_by_label") {
        return;
    }
    let runtime = runtime().await;
    let cleanup = Cleanup::new();
    let run = unique("list");
    let mut ids = Vec::new();
    for task in ["a", "b"] {
        let mut spec = spec(&cleanup, "list");
        spec.labels.insert("berth.test.run".into(), run.clone());
        spec.labels.insert("berth.test.task".into(), task.into());
        spec.command = Some(vec!["exit".into(), "0".into()]);
        ids.push(runtime.create_container(&spec).await.expect("create"));
    }
    runtime.start_container(&ids[0]).await.expect("start");
    runtime.wait_container(&ids[0]).await.expect("wait");

    let all = runtime
        .list_containers(&[LabelFilter::Equals("berth.test.run".into(), run.clone())])
        .await
        .expect("list");
    let mut listed: Vec<_> = all.iter().map(|c| (c.id.clone(), c.state)).collect();
    listed.sort();
    let mut expected = vec![
        (ids[0].clone(), ContainerState::Exited),
        (ids[1].clone(), ContainerState::Created),
    ];
    expected.sort();
    assert_eq!(
        listed, expected,
        "stopped and created containers are listed too"
    );
    let one = runtime
        .list_containers(&[
            LabelFilter::Equals("berth.test.run".into(), run),
            LabelFilter::Equals("berth.test.task".into(), "b".into()),
        ])
        .await
        .expect("list");
    assert_eq!(one.len(), 1);
    assert_eq!(one[0].id, ids[1]);
    assert!(!one[0].name.starts_with('/'));
}

#[tokio::test]
async fn logs_stats_and_host_info() {
    if !docker_present("logs_stats_and_host_info") {
        return;
    }
    let runtime = runtime().await;
    runtime.ping().await.expect("ping");
    let host = runtime.info().await.expect("info");
    assert!(host.ncpu >= 1);
    assert!(host.mem_total_bytes > 256 * 1024 * 1024);
    assert_eq!(host.os_type, "linux");
    assert!(!host.docker_version.is_empty());
    assert_eq!(host.api_version, runtime.api_version());
    println!("host: {host:?}");

    let cleanup = Cleanup::new();
    let mut spec = spec(&cleanup, "logs");
    spec.env.insert("LOG_EVERY_MS".into(), "10".into());
    spec.env.insert("LOG_LINES".into(), "5".into());
    spec.memory_limit_mib = Some(64);
    let id = runtime.create_container(&spec).await.expect("create");
    runtime.start_container(&id).await.expect("start");
    let stats = runtime.stats_once(&id).await.expect("stats");
    assert!(stats.memory_usage_bytes.unwrap_or(0) > 0, "{stats:?}");
    assert_eq!(stats.memory_limit_bytes, Some(64 * 1024 * 1024));
    assert!(stats.raw.get("memory_stats").is_some());

    let deadline = Instant::now() + Duration::from_secs(10);
    let mut logs = String::new();
    while Instant::now() < deadline {
        logs = runtime.container_logs(&id, Some(2)).await.expect("logs");
        if logs.lines().count() == 2 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(logs.lines().count(), 2, "{logs:?}");
    let all = runtime.container_logs(&id, None).await.expect("logs");
    assert!(all.lines().count() >= 2, "{all:?}");
}

/// Measures create, start, stop and remove, and a `docker run`-equivalent (create + start)
/// against the docker CLI's own `docker run -d`, in one run so the ratio is meaningful.
#[tokio::test]
async fn operation_latencies() {
    if !docker_present("operation_latencies") {
        return;
    }
    let runtime = runtime().await;
    let cleanup = Cleanup::new();
    const ROUNDS: usize = 5;
    let (mut create, mut start, mut run, mut stop, mut remove, mut cli) = (
        Vec::new(),
        Vec::new(),
        Vec::new(),
        Vec::new(),
        Vec::new(),
        Vec::new(),
    );
    for _ in 0..ROUNDS {
        let spec = spec(&cleanup, "latency");
        let began = Instant::now();
        let id = runtime.create_container(&spec).await.expect("create");
        let created = began.elapsed();
        runtime.start_container(&id).await.expect("start");
        let total = began.elapsed();
        create.push(created);
        start.push(total - created);
        run.push(total);

        let began = Instant::now();
        runtime
            .stop_container(&id, Duration::from_secs(10))
            .await
            .expect("stop");
        stop.push(began.elapsed());
        let began = Instant::now();
        runtime
            .remove_container(&id, RemoveOptions::default())
            .await
            .expect("remove");
        remove.push(began.elapsed());

        let name = cleanup.container(&unique("latency-cli"));
        let began = Instant::now();
        let id = docker_cli(&["run", "-d", "--name", &name, "--label", TEST_LABEL, image()]);
        cli.push(began.elapsed());
        assert!(!id.is_empty(), "docker run -d failed");
        docker_cli(&["rm", "-f", &name]);
    }
    let run_median = median(run.clone());
    let cli_median = median(cli.clone());
    println!(
        "latency medians over {ROUNDS}: create {:?}, start {:?}, create+start {:?}, stop {:?}, remove {:?}; \
         docker run -d (CLI) {:?}; ratio {:.2}",
        median(create),
        median(start),
        run_median,
        median(stop),
        median(remove),
        cli_median,
        run_median.as_secs_f64() / cli_median.as_secs_f64().max(1e-9)
    );
    // Generous bound: the machine is shared, but a create+start slower than 3 s is a regression.
    assert!(run_median < Duration::from_secs(3), "{run_median:?}");
}
