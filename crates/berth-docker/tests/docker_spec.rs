//! Real-Docker tests that every [`ContainerSpec`] field the agent relies on reaches the
//! container: command, entrypoint, environment, working directory, user, hostname, extra hosts,
//! ulimits, memory limits, read-only root, bind mounts, named volumes, volumes-from, health
//! checks, and the network modes (none, host, container:<id>, a user-defined network).
//!
//! Most checks run a busybox shell script in the test image and read its output back through
//! `container_logs`, so they test the runtime end to end rather than Docker's inspect output.

mod support;

use std::collections::BTreeMap;
use std::time::Duration;

use berth_docker::{
    BindMount, ContainerHealth, ContainerId, ContainerRuntime, ContainerSpec, DockerRuntime,
    EventFilter, EventKind, ExtraHost, HealthCheck, HealthCheckTest, LabelFilter, NetworkId,
    NetworkMode, Ulimit, VolumeMount, VolumesFrom,
};
use futures::StreamExt;
use support::{
    docker_cli, docker_present, image, inspect_until, runtime, unique, Cleanup, TEST_LABEL,
};

fn spec(cleanup: &Cleanup, purpose: &str) -> ContainerSpec {
    let mut spec = ContainerSpec::new(cleanup.container(&unique(purpose)), image());
    spec.labels.insert(TEST_LABEL.into(), purpose.into());
    spec
}

/// A spec that runs `script` with busybox `sh -c` instead of the test app.
fn shell(cleanup: &Cleanup, purpose: &str, script: &str) -> ContainerSpec {
    let mut spec = spec(cleanup, purpose);
    spec.entrypoint = Some(vec!["/bin/sh".into(), "-c".into()]);
    spec.command = Some(vec![script.into()]);
    spec
}

/// Creates, starts and waits for a container; returns its exit code and output.
async fn run_to_end(runtime: &DockerRuntime, spec: &ContainerSpec) -> (i64, String) {
    let id = runtime.create_container(spec).await.expect("create");
    runtime.start_container(&id).await.expect("start");
    let code = tokio::time::timeout(Duration::from_secs(30), runtime.wait_container(&id))
        .await
        .expect("the container ends")
        .expect("wait");
    let logs = runtime.container_logs(&id, None).await.expect("logs");
    (code, logs)
}

#[tokio::test]
async fn process_settings_reach_the_container() {
    if !docker_present("process_settings_reach_the_container") {
        return;
    }
    let runtime = runtime().await;
    let cleanup = Cleanup::new();
    let mut spec = shell(
        &cleanup,
        "process",
        "echo user=$(id -u) dir=$(pwd) greeting=$GREETING host=$(hostname) nofile=$(ulimit -n); \
         grep -q '10.9.8.7.*db.internal' /etc/hosts && echo extra-host-ok",
    );
    spec.env = BTreeMap::from([("GREETING".into(), "hello world".into())]);
    spec.working_dir = Some("/tmp".into());
    spec.user = Some("nobody".into());
    spec.hostname = Some("berth-box".into());
    spec.ulimits = vec![Ulimit {
        name: "nofile".into(),
        soft: 1234,
        hard: 2345,
    }];
    spec.extra_hosts = vec![ExtraHost {
        hostname: "db.internal".into(),
        ip_address: "10.9.8.7".into(),
    }];
    spec.memory_limit_mib = Some(96);
    spec.memory_reservation_mib = Some(32);
    spec.cpu_shares = Some(512);
    spec.labels.insert("com.example.team".into(), "blue".into());

    let (code, logs) = run_to_end(&runtime, &spec).await;
    assert_eq!(code, 0, "{logs}");
    assert!(
        logs.contains("user=65534 dir=/tmp greeting=hello world host=berth-box nofile=1234"),
        "{logs}"
    );
    assert!(logs.contains("extra-host-ok"), "{logs}");

    let host_config = docker_cli(&[
        "inspect",
        "--format",
        "{{.HostConfig.Memory}} {{.HostConfig.MemoryReservation}} {{.HostConfig.CpuShares}} {{.HostConfig.LogConfig.Type}} {{index .Config.Labels \"com.example.team\"}}",
        &spec.name,
    ]);
    assert_eq!(
        host_config,
        format!(
            "{} {} 512 json-file blue",
            96 * 1024 * 1024,
            32 * 1024 * 1024
        )
    );
}

#[tokio::test]
async fn command_and_entrypoint_replace_the_image_defaults() {
    if !docker_present("command_and_entrypoint_replace_the_image_defaults") {
        return;
    }
    let runtime = runtime().await;
    let cleanup = Cleanup::new();
    // Only the command: the image's entrypoint (/berth-testapp) runs it.
    let mut command_only = spec(&cleanup, "command");
    command_only.command = Some(vec!["exit".into(), "5".into()]);
    assert_eq!(run_to_end(&runtime, &command_only).await.0, 5);

    // An entrypoint replaces /berth-testapp.
    let mut entrypoint = spec(&cleanup, "entrypoint");
    entrypoint.entrypoint = Some(vec!["/bin/echo".into()]);
    entrypoint.command = Some(vec!["from".into(), "echo".into()]);
    let (code, logs) = run_to_end(&runtime, &entrypoint).await;
    assert_eq!((code, logs.trim()), (0, "from echo"));
}

#[tokio::test]
async fn readonly_root_refuses_writes_but_tmpfs_accepts_them() {
    if !docker_present("readonly_root_refuses_writes_but_tmpfs_accepts_them") {
        return;
    }
    let runtime = runtime().await;
    let cleanup = Cleanup::new();
    let mut spec = shell(
        &cleanup,
        "readonly",
        "echo x > /scratch/ok && echo tmpfs-ok; echo x > /x && echo root-writable",
    );
    spec.readonly_rootfs = true;
    spec.tmpfs = vec![berth_docker::TmpfsMount {
        container_path: "/scratch".into(),
        size_mib: 8,
        mount_options: vec!["rw".into()],
    }];
    let (code, logs) = run_to_end(&runtime, &spec).await;
    assert_ne!(code, 0, "{logs}");
    assert!(logs.contains("tmpfs-ok"), "{logs}");
    assert!(logs.contains("Read-only file system"), "{logs}");
    assert!(!logs.contains("root-writable"), "{logs}");
}

#[tokio::test]
async fn bind_mounts_named_volumes_and_volumes_from() {
    if !docker_present("bind_mounts_named_volumes_and_volumes_from") {
        return;
    }
    let runtime = runtime().await;
    let cleanup = Cleanup::new();
    let host_dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(host_dir.path().join("greeting"), "from the host\n").expect("write");
    let volume = cleanup.volume(&unique("vol"));

    // The writer: reads the read-only bind mount, fails to write to it, writes the volume.
    let mut writer = shell(
        &cleanup,
        "writer",
        "cat /host/greeting; (echo no > /host/x) 2>/dev/null || echo bind-is-ro; \
         echo from the volume > /data/note",
    );
    writer.binds = vec![BindMount {
        host_path: host_dir.path().display().to_string(),
        container_path: "/host".into(),
        read_only: true,
    }];
    writer.volumes = vec![VolumeMount {
        name: volume.clone(),
        container_path: "/data".into(),
        driver: Some("local".into()),
        labels: BTreeMap::from([(TEST_LABEL.to_string(), "volume".to_string())]),
        ..VolumeMount::default()
    }];
    let writer_id = runtime.create_container(&writer).await.expect("create");
    runtime.start_container(&writer_id).await.expect("start");
    assert_eq!(runtime.wait_container(&writer_id).await.expect("wait"), 0);
    let logs = runtime
        .container_logs(&writer_id, None)
        .await
        .expect("logs");
    assert!(logs.contains("from the host"), "{logs}");
    assert!(logs.contains("bind-is-ro"), "{logs}");
    let volume_label = docker_cli(&[
        "volume",
        "inspect",
        "--format",
        &format!("{{{{index .Labels \"{TEST_LABEL}\"}}}}"),
        &volume,
    ]);
    assert_eq!(volume_label, "volume");

    // The same named volume in another container.
    let mut reader = shell(&cleanup, "reader", "cat /again/note");
    reader.volumes = vec![VolumeMount {
        name: volume.clone(),
        container_path: "/again".into(),
        read_only: true,
        ..VolumeMount::default()
    }];
    let (code, logs) = run_to_end(&runtime, &reader).await;
    assert_eq!((code, logs.trim()), (0, "from the volume"));

    // volumes_from: the writer's mounts at the same paths, read-only.
    let mut borrower = shell(
        &cleanup,
        "borrower",
        "cat /data/note; cat /host/greeting; (echo no > /data/y) 2>/dev/null || echo from-is-ro",
    );
    borrower.volumes_from = vec![VolumesFrom {
        container: writer_id.to_string(),
        read_only: true,
    }];
    let (code, logs) = run_to_end(&runtime, &borrower).await;
    assert_eq!(code, 0, "{logs}");
    assert!(
        logs.contains("from the volume") && logs.contains("from the host"),
        "{logs}"
    );
    assert!(logs.contains("from-is-ro"), "{logs}");
}

#[tokio::test]
async fn health_checks_turn_healthy_and_unhealthy() {
    if !docker_present("health_checks_turn_healthy_and_unhealthy") {
        return;
    }
    let runtime = runtime().await;
    let cleanup = Cleanup::new();
    let run = unique("health");
    let check = |test: HealthCheckTest| HealthCheck {
        test,
        interval: Duration::from_millis(300),
        timeout: Duration::from_secs(2),
        retries: 2,
        start_period: Duration::ZERO,
    };
    let mut healthy = spec(&cleanup, "healthy");
    healthy.labels.insert("berth.test.run".into(), run.clone());
    healthy.env.insert("HEALTHY_AFTER_SECS".into(), "1".into());
    // Failures within the start period do not count, so the check goes from starting to
    // healthy without passing through unhealthy.
    healthy.health_check = Some(HealthCheck {
        start_period: Duration::from_secs(10),
        ..check(HealthCheckTest::Cmd(vec![
            "/berth-testapp".into(),
            "check".into(),
            "http://127.0.0.1:8080/health".into(),
        ]))
    });
    let mut unhealthy = spec(&cleanup, "unhealthy");
    unhealthy
        .labels
        .insert("berth.test.run".into(), run.clone());
    unhealthy.health_check = Some(check(HealthCheckTest::CmdShell(
        "echo failing; exit 1".into(),
    )));

    let filter = EventFilter {
        since: None,
        labels: vec![LabelFilter::Equals("berth.test.run".into(), run)],
    };
    let mut events = runtime.events(&filter).await.expect("events");
    let healthy_id = runtime.create_container(&healthy).await.expect("create");
    let unhealthy_id = runtime.create_container(&unhealthy).await.expect("create");
    runtime.start_container(&healthy_id).await.expect("start");
    runtime.start_container(&unhealthy_id).await.expect("start");

    let status = |id: ContainerId| {
        let runtime = runtime.clone();
        async move {
            let info = inspect_until(&runtime, &id, Duration::from_secs(20), |info| {
                info.health
                    .as_ref()
                    .is_some_and(|h| h.status != ContainerHealth::Starting)
            })
            .await;
            info.health.expect("has a health check")
        }
    };
    let (good, bad) = tokio::join!(status(healthy_id.clone()), status(unhealthy_id.clone()));
    assert_eq!(good.status, ContainerHealth::Healthy, "{good:?}");
    assert_eq!(bad.status, ContainerHealth::Unhealthy, "{bad:?}");
    assert!(bad.failing_streak >= 2);
    assert_eq!(bad.last_output.as_deref().map(str::trim), Some("failing"));

    let mut seen = Vec::new();
    let collect = async {
        while let Some(event) = events.next().await {
            let event = event.expect("event");
            if let EventKind::HealthStatus(health) = event.kind {
                seen.push((event.container_id.clone(), health));
            }
            if seen.len() >= 2 {
                break;
            }
        }
    };
    tokio::time::timeout(Duration::from_secs(20), collect)
        .await
        .expect("health events");
    assert!(
        seen.contains(&(healthy_id, ContainerHealth::Healthy)),
        "{seen:?}"
    );
    assert!(
        seen.contains(&(unhealthy_id, ContainerHealth::Unhealthy)),
        "{seen:?}"
    );
}

#[tokio::test]
async fn network_modes_none_host_and_container() {
    if !docker_present("network_modes_none_host_and_container") {
        return;
    }
    let runtime = runtime().await;
    let cleanup = Cleanup::new();

    let mut isolated = shell(&cleanup, "none", "ip -o link");
    isolated.network_mode = NetworkMode::None;
    let (code, logs) = run_to_end(&runtime, &isolated).await;
    assert_eq!(code, 0, "{logs}");
    assert!(logs.contains(": lo:"), "{logs}");
    assert!(!logs.contains("eth0"), "only loopback: {logs}");

    // In the host's namespace the container sees the host's docker0 bridge.
    let mut on_host = shell(&cleanup, "host", "ip -o link");
    on_host.network_mode = NetworkMode::Host;
    let (code, logs) = run_to_end(&runtime, &on_host).await;
    assert_eq!(code, 0, "{logs}");
    assert!(logs.contains("docker0"), "{logs}");
    let info = runtime
        .inspect_container(&ContainerId::new(on_host.name.clone()))
        .await
        .expect("inspect")
        .expect("exists");
    assert_eq!(info.network_mode, "host");

    // awsvpc's shape: the app joins the namespace of a first container and reaches it on
    // localhost.
    let server = spec(&cleanup, "netns-owner");
    let server_id = runtime.create_container(&server).await.expect("create");
    runtime.start_container(&server_id).await.expect("start");
    let mut client = spec(&cleanup, "netns-joiner");
    client.network_mode = NetworkMode::Container(server_id.to_string());
    client.command = Some(vec!["check".into(), "http://127.0.0.1:8080/health".into()]);
    let mut code = -1;
    for _ in 0..20 {
        let mut attempt = client.clone();
        attempt.name = cleanup.container(&unique("netns-joiner"));
        code = run_to_end(&runtime, &attempt).await.0;
        if code == 0 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    assert_eq!(
        code, 0,
        "the joiner reaches the owner's server on localhost"
    );
}

#[tokio::test]
async fn user_defined_networks_give_tasks_their_own_ip() {
    if !docker_present("user_defined_networks_give_tasks_their_own_ip") {
        return;
    }
    let runtime = runtime().await;
    let cleanup = Cleanup::new();
    let name = cleanup.network(&unique("net"));
    let labels = BTreeMap::from([(TEST_LABEL.to_string(), "network".to_string())]);
    let network = runtime
        .create_network(&name, &labels)
        .await
        .expect("create network");
    let duplicate = runtime
        .create_network(&name, &labels)
        .await
        .expect_err("name taken");
    assert_eq!(duplicate.kind(), berth_docker::ErrorKind::Conflict);

    let mut pause = spec(&cleanup, "pause");
    pause.network_mode = NetworkMode::Network(name.clone());
    pause.network_aliases = vec!["task-alias".into()];
    let pause_id = runtime.create_container(&pause).await.expect("create");
    runtime.start_container(&pause_id).await.expect("start");
    let info = runtime
        .inspect_container(&pause_id)
        .await
        .expect("inspect")
        .expect("exists");
    let endpoint = info
        .networks
        .get(&name)
        .expect("attached to the task network");
    assert!(!endpoint.ip_address.is_empty());
    assert_eq!(endpoint.network_id, network.as_str());

    let inspected = runtime
        .inspect_network(&network)
        .await
        .expect("inspect")
        .expect("exists");
    assert_eq!(inspected.name, name);
    assert_eq!(inspected.driver, "bridge");
    assert_eq!(inspected.labels[TEST_LABEL], "network");
    assert_eq!(inspected.containers, vec![pause_id.clone()]);
    let subnet = inspected.subnets.first().expect("a subnet");
    let prefix = subnet.split('.').take(2).collect::<Vec<_>>().join(".");
    assert!(
        endpoint.ip_address.starts_with(&prefix),
        "{} in {subnet}",
        endpoint.ip_address
    );

    // Another container on the network reaches the first by alias.
    let mut peer = spec(&cleanup, "peer");
    peer.network_mode = NetworkMode::Network(name.clone());
    peer.command = Some(vec!["check".into(), "http://task-alias:8080/health".into()]);
    let mut code = -1;
    for _ in 0..20 {
        let mut attempt = peer.clone();
        attempt.name = cleanup.container(&unique("peer"));
        code = run_to_end(&runtime, &attempt).await.0;
        if code == 0 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    assert_eq!(code, 0, "reachable by alias on the user-defined network");

    let busy = runtime.remove_network(&network).await.expect_err("in use");
    assert_eq!(busy.kind(), berth_docker::ErrorKind::Conflict, "{busy}");
    docker_cli(&["rm", "-f", pause_id.as_str()]);
    runtime.remove_network(&network).await.expect("remove");
    runtime
        .remove_network(&network)
        .await
        .expect("removing again succeeds");
    assert_eq!(
        runtime.inspect_network(&network).await.expect("inspect"),
        None
    );
    assert_eq!(
        runtime
            .inspect_network(&NetworkId::new(&name))
            .await
            .expect("inspect"),
        None
    );
}
