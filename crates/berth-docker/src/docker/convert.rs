//! Translation of Docker's responses (container inspect and list, events, stats, info,
//! networks) into the runtime types of [`crate::runtime`].
//!
//! Pure functions only. Docker's API 1.41 (Debian's engine) and the newer shapes bollard models
//! differ in places, so every field is optional here and a missing one degrades to a default
//! rather than an error.

use std::collections::{BTreeMap, HashMap};

use bollard::models::{
    ContainerInspectResponse, ContainerStateStatusEnum, ContainerStatsResponse,
    ContainerSummary as DockerSummary, ContainerSummaryStateEnum, EventMessage,
    EventMessageTypeEnum, HealthStatusEnum, NetworkInspect, PortMap, SystemInfo,
};
use time::format_description::well_known::Rfc3339;
use time::OffsetDateTime;

use crate::runtime::{
    AssignedPort, ContainerHealth, ContainerId, ContainerInfo, ContainerState, ContainerStats,
    ContainerSummary, EventKind, HealthState, HostInfo, NetworkAttachment, NetworkId, NetworkInfo,
    Protocol, RuntimeEvent,
};

/// A container inspection as a [`ContainerInfo`].
pub(crate) fn container_info(response: ContainerInspectResponse) -> ContainerInfo {
    let state = response.state.unwrap_or_default();
    let status = state_from_inspect(state.status, state.running.unwrap_or(false));
    let config = response.config.unwrap_or_default();
    let host_config = response.host_config.unwrap_or_default();
    let settings = response.network_settings.unwrap_or_default();
    let health = state.health.and_then(|health| {
        let status = match health.status? {
            HealthStatusEnum::STARTING => ContainerHealth::Starting,
            HealthStatusEnum::HEALTHY => ContainerHealth::Healthy,
            HealthStatusEnum::UNHEALTHY => ContainerHealth::Unhealthy,
            HealthStatusEnum::NONE | HealthStatusEnum::EMPTY => return None,
        };
        let last = health.log.and_then(|mut log| log.pop());
        Some(HealthState {
            status,
            failing_streak: health
                .failing_streak
                .and_then(|n| u32::try_from(n).ok())
                .unwrap_or(0),
            last_output: last.as_ref().and_then(|result| result.output.clone()),
            last_exit_code: last.and_then(|result| result.exit_code),
        })
    });
    let networks = settings
        .networks
        .unwrap_or_default()
        .into_iter()
        .map(|(name, endpoint)| {
            let attachment = NetworkAttachment {
                network_id: endpoint.network_id.unwrap_or_default(),
                ip_address: endpoint.ip_address.unwrap_or_default(),
                ip_prefix_len: endpoint
                    .ip_prefix_len
                    .and_then(|n| u8::try_from(n).ok())
                    .filter(|n| *n > 0),
                gateway: endpoint.gateway.filter(|g| !g.is_empty()),
                mac_address: endpoint.mac_address.filter(|m| !m.is_empty()),
            };
            (name, attachment)
        })
        .collect();
    ContainerInfo {
        id: ContainerId::new(response.id.unwrap_or_default()),
        name: strip_slash(response.name.as_deref().unwrap_or_default()),
        state: status,
        exit_code: if status.is_terminal() {
            state.exit_code
        } else {
            None
        },
        started_at: parse_time(state.started_at.as_deref()),
        finished_at: parse_time(state.finished_at.as_deref()),
        oom_killed: state.oom_killed.unwrap_or(false),
        error: state.error.filter(|e| !e.is_empty()),
        health,
        port_bindings: assigned_ports(settings.ports.as_ref()),
        networks,
        labels: sorted(config.labels),
        image: config.image.unwrap_or_default(),
        image_id: response.image.unwrap_or_default(),
        network_mode: host_config.network_mode.unwrap_or_default(),
        pid: state
            .pid
            .and_then(|pid| u32::try_from(pid).ok())
            .filter(|pid| *pid > 0),
        restart_count: response
            .restart_count
            .and_then(|n| u32::try_from(n).ok())
            .unwrap_or(0),
    }
}

fn state_from_inspect(status: Option<ContainerStateStatusEnum>, running: bool) -> ContainerState {
    match status {
        Some(ContainerStateStatusEnum::CREATED) => ContainerState::Created,
        Some(ContainerStateStatusEnum::RUNNING) => ContainerState::Running,
        Some(ContainerStateStatusEnum::PAUSED) => ContainerState::Paused,
        Some(ContainerStateStatusEnum::RESTARTING) => ContainerState::Restarting,
        Some(ContainerStateStatusEnum::REMOVING) => ContainerState::Removing,
        Some(ContainerStateStatusEnum::EXITED) => ContainerState::Exited,
        Some(ContainerStateStatusEnum::DEAD) => ContainerState::Dead,
        // "stopping" exists only in newer engines; the process still runs.
        Some(ContainerStateStatusEnum::STOPPING) => ContainerState::Running,
        Some(ContainerStateStatusEnum::EMPTY) | None if running => ContainerState::Running,
        Some(ContainerStateStatusEnum::EMPTY) | None => ContainerState::Created,
    }
}

/// The ports Docker bound, from `NetworkSettings.Ports` (`"8080/tcp": [{HostIp, HostPort}]`).
pub(crate) fn assigned_ports(ports: Option<&PortMap>) -> Vec<AssignedPort> {
    let mut assigned = Vec::new();
    for (key, bindings) in ports.into_iter().flatten() {
        let Some((port, protocol)) = key.split_once('/') else {
            continue;
        };
        let (Ok(container_port), Some(protocol)) = (port.parse(), Protocol::parse(protocol)) else {
            continue;
        };
        for binding in bindings.iter().flatten() {
            let Some(host_port) = binding.host_port.as_deref().and_then(|p| p.parse().ok()) else {
                continue;
            };
            assigned.push(AssignedPort {
                container_port,
                protocol,
                host_ip: binding.host_ip.clone().unwrap_or_default(),
                host_port,
            });
        }
    }
    assigned.sort();
    assigned
}

/// A list entry as a [`ContainerSummary`].
pub(crate) fn container_summary(summary: DockerSummary) -> ContainerSummary {
    let name = summary
        .names
        .as_ref()
        .and_then(|names| names.first())
        .map(|name| strip_slash(name))
        .unwrap_or_default();
    let state = match summary.state {
        Some(ContainerSummaryStateEnum::CREATED) => ContainerState::Created,
        Some(ContainerSummaryStateEnum::RUNNING | ContainerSummaryStateEnum::STOPPING) => {
            ContainerState::Running
        }
        Some(ContainerSummaryStateEnum::PAUSED) => ContainerState::Paused,
        Some(ContainerSummaryStateEnum::RESTARTING) => ContainerState::Restarting,
        Some(ContainerSummaryStateEnum::EXITED) => ContainerState::Exited,
        Some(ContainerSummaryStateEnum::REMOVING) => ContainerState::Removing,
        Some(ContainerSummaryStateEnum::DEAD) => ContainerState::Dead,
        Some(ContainerSummaryStateEnum::EMPTY) | None => ContainerState::Created,
    };
    ContainerSummary {
        id: ContainerId::new(summary.id.unwrap_or_default()),
        name,
        image: summary.image.unwrap_or_default(),
        image_id: summary.image_id.unwrap_or_default(),
        state,
        labels: sorted(summary.labels),
        created: summary.created.unwrap_or(0),
    }
}

/// A daemon event as a [`RuntimeEvent`], or `None` for events berth does not track (exec,
/// attach, kill, network connect...). Health events come as `health_status: healthy`.
pub(crate) fn runtime_event(message: EventMessage) -> Option<RuntimeEvent> {
    if message.typ != Some(EventMessageTypeEnum::CONTAINER) {
        return None;
    }
    let actor = message.actor?;
    let id = actor.id.filter(|id| !id.is_empty())?;
    let attributes = actor.attributes.unwrap_or_default();
    let action = message.action?;
    let kind = match action.as_str() {
        "create" => EventKind::Create,
        "start" => EventKind::Start,
        "die" => EventKind::Die {
            exit_code: attributes
                .get("exitCode")
                .and_then(|code| code.parse().ok())
                .unwrap_or(-1),
        },
        "oom" => EventKind::Oom,
        "destroy" => EventKind::Destroy,
        other => {
            let status = other.strip_prefix("health_status")?;
            let status = status.trim_start_matches(':').trim();
            EventKind::HealthStatus(match status {
                "healthy" => ContainerHealth::Healthy,
                "unhealthy" => ContainerHealth::Unhealthy,
                "starting" => ContainerHealth::Starting,
                _ => return None,
            })
        }
    };
    let at = message
        .time_nano
        .and_then(|nanos| OffsetDateTime::from_unix_timestamp_nanos(i128::from(nanos)).ok())
        .or_else(|| {
            message
                .time
                .and_then(|secs| OffsetDateTime::from_unix_timestamp(secs).ok())
        })
        .unwrap_or(OffsetDateTime::UNIX_EPOCH);
    Some(RuntimeEvent {
        container_id: ContainerId::new(id),
        name: attributes.get("name").cloned(),
        kind,
        at,
    })
}

/// The `since` parameter of the events call: Unix seconds with nanoseconds.
pub(crate) fn events_since(at: OffsetDateTime) -> String {
    let nanos = at.unix_timestamp_nanos();
    let seconds = nanos.div_euclid(1_000_000_000);
    let fraction = nanos.rem_euclid(1_000_000_000);
    format!("{seconds}.{fraction:09}")
}

/// A stats sample as [`ContainerStats`], keeping the whole document for the metadata endpoint.
pub(crate) fn container_stats(response: ContainerStatsResponse) -> ContainerStats {
    let raw = serde_json::to_value(&response).unwrap_or(serde_json::Value::Null);
    let cpu = response.cpu_stats.unwrap_or_default();
    let memory = response.memory_stats.unwrap_or_default();
    ContainerStats {
        cpu_total_ns: cpu
            .cpu_usage
            .and_then(|usage| usage.total_usage)
            .unwrap_or(0),
        system_cpu_ns: cpu.system_cpu_usage,
        online_cpus: cpu.online_cpus,
        memory_usage_bytes: memory.usage,
        memory_limit_bytes: memory.limit,
        raw,
    }
}

/// The daemon's info as [`HostInfo`].
pub(crate) fn host_info(info: SystemInfo, api_version: String) -> HostInfo {
    HostInfo {
        ncpu: info.ncpu.and_then(|n| u32::try_from(n).ok()).unwrap_or(0),
        mem_total_bytes: info
            .mem_total
            .and_then(|n| u64::try_from(n).ok())
            .unwrap_or(0),
        os: info.operating_system.unwrap_or_default(),
        os_type: info.os_type.unwrap_or_default(),
        arch: info.architecture.unwrap_or_default(),
        kernel_version: info.kernel_version.unwrap_or_default(),
        docker_version: info.server_version.unwrap_or_default(),
        api_version,
    }
}

/// A network inspection as [`NetworkInfo`].
pub(crate) fn network_info(network: NetworkInspect) -> NetworkInfo {
    let ipam_config = network
        .ipam
        .and_then(|ipam| ipam.config)
        .unwrap_or_default();
    let mut containers: Vec<ContainerId> = network
        .containers
        .unwrap_or_default()
        .into_keys()
        .map(ContainerId::new)
        .collect();
    containers.sort();
    NetworkInfo {
        id: NetworkId::new(network.id.unwrap_or_default()),
        name: network.name.unwrap_or_default(),
        driver: network.driver.unwrap_or_default(),
        subnets: ipam_config
            .iter()
            .filter_map(|config| config.subnet.clone())
            .collect(),
        gateways: ipam_config
            .iter()
            .filter_map(|config| config.gateway.clone())
            .collect(),
        labels: sorted(network.labels),
        containers,
    }
}

/// Docker's zero time (`0001-01-01T00:00:00Z`) and unparsable times are `None`.
pub(crate) fn parse_time(text: Option<&str>) -> Option<OffsetDateTime> {
    let time = OffsetDateTime::parse(text?, &Rfc3339).ok()?;
    (time.year() > 1).then_some(time)
}

fn strip_slash(name: &str) -> String {
    name.strip_prefix('/').unwrap_or(name).to_string()
}

fn sorted(map: Option<HashMap<String, String>>) -> BTreeMap<String, String> {
    map.unwrap_or_default().into_iter().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A trimmed `docker inspect` of a running container with a health check and a dynamic
    /// port, as Docker 20.10 (API 1.41) writes it.
    const INSPECT_RUNNING: &str = r#"{
        "Id": "4f1c",
        "Name": "/berth-web",
        "Image": "sha256:475e",
        "RestartCount": 0,
        "State": {
            "Status": "running", "Running": true, "Paused": false, "Restarting": false,
            "OOMKilled": false, "Dead": false, "Pid": 4242, "ExitCode": 0, "Error": "",
            "StartedAt": "2026-11-03T10:15:30.123456789Z",
            "FinishedAt": "0001-01-01T00:00:00Z",
            "Health": {"Status": "healthy", "FailingStreak": 0,
                "Log": [{"Start": "2026-11-03T10:15:31Z", "End": "2026-11-03T10:15:31Z",
                         "ExitCode": 0, "Output": "ok"}]}
        },
        "Config": {"Image": "berth-test:latest", "Labels": {"berth.task": "t1"}},
        "HostConfig": {"NetworkMode": "default"},
        "NetworkSettings": {
            "Ports": {"8080/tcp": [{"HostIp": "0.0.0.0", "HostPort": "49153"},
                                   {"HostIp": "::", "HostPort": "49153"}],
                      "9090/udp": null},
            "Networks": {"bridge": {"NetworkID": "n1", "IPAddress": "172.17.0.2",
                "IPPrefixLen": 16, "Gateway": "172.17.0.1", "MacAddress": "02:42:ac:11:00:02"}}
        }
    }"#;

    #[test]
    fn a_running_inspection_converts() {
        let response: ContainerInspectResponse =
            serde_json::from_str(INSPECT_RUNNING).expect("fixture parses");
        let info = container_info(response);
        assert_eq!(info.name, "berth-web");
        assert_eq!(info.state, ContainerState::Running);
        assert_eq!(info.exit_code, None);
        assert_eq!(info.finished_at, None);
        assert_eq!(info.started_at.map(|t| t.nanosecond()), Some(123_456_789));
        assert_eq!(info.pid, Some(4242));
        let health = info.health.expect("health");
        assert_eq!(health.status, ContainerHealth::Healthy);
        assert_eq!(health.last_output.as_deref(), Some("ok"));
        assert_eq!(
            info.port_bindings,
            vec![
                AssignedPort {
                    container_port: 8080,
                    protocol: Protocol::Tcp,
                    host_ip: "0.0.0.0".into(),
                    host_port: 49153,
                },
                AssignedPort {
                    container_port: 8080,
                    protocol: Protocol::Tcp,
                    host_ip: "::".into(),
                    host_port: 49153,
                },
            ]
        );
        let bridge = &info.networks["bridge"];
        assert_eq!(bridge.ip_address, "172.17.0.2");
        assert_eq!(bridge.ip_prefix_len, Some(16));
        assert_eq!(info.labels["berth.task"], "t1");
        assert_eq!(info.image, "berth-test:latest");
    }

    #[test]
    fn an_exited_inspection_has_an_exit_code() {
        let json = r#"{"Id": "x", "Name": "/n", "State": {"Status": "exited", "Running": false,
            "ExitCode": 137, "OOMKilled": true, "StartedAt": "2026-11-03T10:15:30Z",
            "FinishedAt": "2026-11-03T10:16:30Z"}}"#;
        let info = container_info(serde_json::from_str(json).expect("fixture parses"));
        assert_eq!(info.state, ContainerState::Exited);
        assert_eq!(info.exit_code, Some(137));
        assert!(info.oom_killed);
        assert!(info.finished_at.is_some());
        assert_eq!(info.health, None);
    }

    #[test]
    fn events_convert() {
        let event = |action: &str, attributes: &str| -> Option<RuntimeEvent> {
            let json = format!(
                r#"{{"Type": "container", "Action": "{action}", "Actor": {{"ID": "c1",
                    "Attributes": {attributes}}}, "time": 1700000000, "timeNano": 1700000000123456789}}"#
            );
            runtime_event(serde_json::from_str(&json).expect("fixture parses"))
        };
        let kind = |action: &str, attributes: &str| event(action, attributes).map(|e| e.kind);
        assert_eq!(
            kind("die", r#"{"exitCode": "3", "name": "web"}"#),
            Some(EventKind::Die { exit_code: 3 })
        );
        assert_eq!(kind("start", "{}"), Some(EventKind::Start));
        assert_eq!(kind("oom", "{}"), Some(EventKind::Oom));
        assert_eq!(kind("destroy", "{}"), Some(EventKind::Destroy));
        assert_eq!(
            kind("health_status: unhealthy", "{}"),
            Some(EventKind::HealthStatus(ContainerHealth::Unhealthy))
        );
        assert_eq!(
            kind("health_status: healthy", "{}"),
            Some(EventKind::HealthStatus(ContainerHealth::Healthy))
        );
        assert_eq!(kind("exec_start: sh", "{}"), None);
        assert_eq!(kind("kill", r#"{"signal": "15"}"#), None);
        let die = event("die", r#"{"exitCode": "0", "name": "web"}"#).expect("die");
        assert_eq!(die.name.as_deref(), Some("web"));
        assert_eq!(die.at.unix_timestamp_nanos(), 1_700_000_000_123_456_789);

        let image_event = r#"{"Type": "image", "Action": "pull", "Actor": {"ID": "busybox"}}"#;
        assert_eq!(
            runtime_event(serde_json::from_str(image_event).expect("fixture parses")),
            None
        );
    }

    #[test]
    fn since_has_nanoseconds() {
        let at = OffsetDateTime::from_unix_timestamp_nanos(1_700_000_000_000_000_042)
            .expect("valid time");
        assert_eq!(events_since(at), "1700000000.000000042");
    }

    #[test]
    fn zero_times_are_none() {
        assert_eq!(parse_time(Some("0001-01-01T00:00:00Z")), None);
        assert_eq!(parse_time(Some("garbage")), None);
        assert!(parse_time(Some("2026-11-03T10:15:30.5Z")).is_some());
    }
}
