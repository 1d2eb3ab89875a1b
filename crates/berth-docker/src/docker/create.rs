//! Translation of a runtime [`ContainerSpec`] into Docker's create-container body, and of an
//! image reference into pull parameters.
//!
//! Pure functions only: no daemon, no clock. Every ECS container-definition field the spec
//! carries ends up here exactly once, so this is the file to read to know what Docker is asked.

use std::collections::HashMap;
use std::time::Duration;

use bollard::models::{
    ContainerCreateBody, DeviceMapping, EndpointSettings, HealthConfig, HostConfig,
    HostConfigLogConfig, Mount, MountType, MountVolumeOptions, MountVolumeOptionsDriverConfig,
    NetworkingConfig, PortBinding, PortMap, ResourcesUlimits,
};

use crate::runtime::{ContainerSpec, NetworkMode};

const MIB: i64 = 1024 * 1024;

/// The create-container body for `spec`.
pub(crate) fn create_body(spec: &ContainerSpec) -> ContainerCreateBody {
    let (exposed_ports, port_bindings) = ports(spec);
    let networking_config = match (&spec.network_mode, spec.network_aliases.is_empty()) {
        (NetworkMode::Network(name), false) => Some(NetworkingConfig {
            endpoints_config: Some(HashMap::from([(
                name.clone(),
                EndpointSettings {
                    aliases: Some(spec.network_aliases.clone()),
                    ..EndpointSettings::default()
                },
            )])),
        }),
        _ => None,
    };
    ContainerCreateBody {
        image: Some(spec.image.clone()),
        cmd: spec.command.clone(),
        entrypoint: spec.entrypoint.clone(),
        env: non_empty(
            spec.env
                .iter()
                .map(|(name, value)| format!("{name}={value}"))
                .collect(),
        ),
        working_dir: spec.working_dir.clone(),
        user: spec.user.clone(),
        labels: Some(
            spec.labels
                .iter()
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect(),
        ),
        hostname: spec.hostname.clone(),
        exposed_ports,
        healthcheck: spec.health_check.as_ref().map(|check| HealthConfig {
            test: Some(check.test.to_docker_form()),
            interval: Some(nanos(check.interval)),
            timeout: Some(nanos(check.timeout)),
            retries: Some(i64::from(check.retries)),
            start_period: Some(nanos(check.start_period)),
            start_interval: None,
        }),
        stop_timeout: spec.stop_timeout.map(whole_seconds),
        open_stdin: spec.interactive.then_some(true),
        tty: spec.pseudo_terminal.then_some(true),
        host_config: Some(host_config(spec, port_bindings)),
        networking_config,
        ..ContainerCreateBody::default()
    }
}

fn host_config(spec: &ContainerSpec, port_bindings: Option<PortMap>) -> HostConfig {
    let memory = spec.memory_limit_mib.map(mib_to_bytes);
    // Docker's MemorySwap is memory plus swap; ECS maxSwap 0 means "no swap" (swap = memory).
    let memory_swap = match (memory, spec.max_swap_mib) {
        (Some(memory), Some(swap)) => Some(memory.saturating_add(mib_to_bytes(swap))),
        _ => None,
    };
    HostConfig {
        cpu_shares: spec.cpu_shares.map(saturating_i64),
        memory,
        memory_reservation: spec.memory_reservation_mib.map(mib_to_bytes),
        memory_swap,
        memory_swappiness: spec.swappiness.map(i64::from),
        port_bindings,
        network_mode: Some(spec.network_mode.docker_mode()),
        links: non_empty(spec.links.clone()),
        readonly_rootfs: spec.readonly_rootfs.then_some(true),
        privileged: spec.privileged.then_some(true),
        init: spec.init.then_some(true),
        ulimits: non_empty(
            spec.ulimits
                .iter()
                .map(|limit| ResourcesUlimits {
                    name: Some(limit.name.clone()),
                    soft: Some(limit.soft),
                    hard: Some(limit.hard),
                })
                .collect(),
        ),
        extra_hosts: non_empty(
            spec.extra_hosts
                .iter()
                .map(|host| format!("{}:{}", host.hostname, host.ip_address))
                .collect(),
        ),
        // Binds (not Mounts) for host paths: like the ECS agent, let Docker create a missing
        // host directory instead of failing the container.
        binds: non_empty(
            spec.binds
                .iter()
                .map(|bind| {
                    let mode = if bind.read_only { ":ro" } else { "" };
                    format!("{}:{}{mode}", bind.host_path, bind.container_path)
                })
                .collect(),
        ),
        // Mounts for named volumes: they carry a driver per volume, which Binds cannot.
        mounts: non_empty(
            spec.volumes
                .iter()
                .map(|volume| Mount {
                    typ: Some(MountType::VOLUME),
                    source: Some(volume.name.clone()),
                    target: Some(volume.container_path.clone()),
                    read_only: volume.read_only.then_some(true),
                    volume_options: Some(MountVolumeOptions {
                        driver_config: volume.driver.as_ref().map(|driver| {
                            MountVolumeOptionsDriverConfig {
                                name: Some(driver.clone()),
                                options: Some(
                                    volume
                                        .driver_options
                                        .iter()
                                        .map(|(k, v)| (k.clone(), v.clone()))
                                        .collect(),
                                ),
                            }
                        }),
                        labels: (!volume.labels.is_empty()).then(|| {
                            volume
                                .labels
                                .iter()
                                .map(|(k, v)| (k.clone(), v.clone()))
                                .collect()
                        }),
                        ..MountVolumeOptions::default()
                    }),
                    ..Mount::default()
                })
                .collect(),
        ),
        volumes_from: non_empty(
            spec.volumes_from
                .iter()
                .map(|from| {
                    let mode = if from.read_only { "ro" } else { "rw" };
                    format!("{}:{mode}", from.container)
                })
                .collect(),
        ),
        log_config: Some(HostConfigLogConfig {
            typ: Some(spec.log_config.driver.clone()),
            config: Some(
                spec.log_config
                    .options
                    .iter()
                    .map(|(k, v)| (k.clone(), v.clone()))
                    .collect(),
            ),
        }),
        dns: non_empty(spec.dns_servers.clone()),
        dns_search: non_empty(spec.dns_search.clone()),
        sysctls: (!spec.sysctls.is_empty()).then(|| {
            spec.sysctls
                .iter()
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect()
        }),
        security_opt: non_empty(spec.security_options.clone()),
        shm_size: spec.shm_size_mib.map(mib_to_bytes),
        tmpfs: (!spec.tmpfs.is_empty()).then(|| {
            spec.tmpfs
                .iter()
                .map(|mount| {
                    let mut options = mount.mount_options.clone();
                    options.push(format!("size={}m", mount.size_mib));
                    (mount.container_path.clone(), options.join(","))
                })
                .collect()
        }),
        cap_add: non_empty(spec.cap_add.clone()),
        cap_drop: non_empty(spec.cap_drop.clone()),
        devices: non_empty(
            spec.devices
                .iter()
                .map(|device| DeviceMapping {
                    path_on_host: Some(device.host_path.clone()),
                    path_in_container: Some(
                        device
                            .container_path
                            .clone()
                            .unwrap_or_else(|| device.host_path.clone()),
                    ),
                    cgroup_permissions: Some(if device.permissions.is_empty() {
                        "rwm".to_string()
                    } else {
                        device.permissions.clone()
                    }),
                })
                .collect(),
        ),
        pid_mode: spec.pid_mode.clone(),
        ipc_mode: spec.ipc_mode.clone(),
        ..HostConfig::default()
    }
}

/// `ExposedPorts` and `PortBindings`: every bound port must also be exposed, and several host
/// bindings of one container port share one map entry.
fn ports(spec: &ContainerSpec) -> (Option<Vec<String>>, Option<PortMap>) {
    if spec.port_bindings.is_empty() {
        return (None, None);
    }
    let mut exposed = Vec::new();
    let mut map: PortMap = HashMap::new();
    for binding in &spec.port_bindings {
        let key = format!("{}/{}", binding.container_port, binding.protocol);
        if !exposed.contains(&key) {
            exposed.push(key.clone());
        }
        // An empty HostPort asks Docker for a port from its ephemeral range, as `-p 8080` does.
        let host_port = match binding.host_port {
            None | Some(0) => String::new(),
            Some(port) => port.to_string(),
        };
        map.entry(key)
            .or_insert_with(|| Some(Vec::new()))
            .get_or_insert_with(Vec::new)
            .push(PortBinding {
                host_ip: Some(binding.host_ip.clone().unwrap_or_default()),
                host_port: Some(host_port),
            });
    }
    (Some(exposed), Some(map))
}

/// Splits an image reference into `fromImage` and `tag` for a pull. An untagged reference gets
/// `latest`, because a pull without a tag would fetch every tag of the repository.
pub(crate) fn pull_parameters(image: &str) -> (String, Option<String>) {
    if image.contains('@') {
        return (image.to_string(), None);
    }
    // A colon before the last slash belongs to a registry host's port, not to a tag.
    let name_start = image.rfind('/').map_or(0, |slash| slash + 1);
    match image[name_start..].rfind(':') {
        Some(colon) => {
            let split = name_start + colon;
            (
                image[..split].to_string(),
                Some(image[split + 1..].to_string()),
            )
        }
        None => (image.to_string(), Some("latest".to_string())),
    }
}

/// Docker distinguishes an absent list from an empty one in a few places; send none.
fn non_empty<T>(items: Vec<T>) -> Option<Vec<T>> {
    (!items.is_empty()).then_some(items)
}

fn mib_to_bytes(mib: u64) -> i64 {
    saturating_i64(mib).saturating_mul(MIB)
}

fn saturating_i64(value: u64) -> i64 {
    i64::try_from(value).unwrap_or(i64::MAX)
}

fn nanos(duration: Duration) -> i64 {
    i64::try_from(duration.as_nanos()).unwrap_or(i64::MAX)
}

/// Docker's stop timeout is whole seconds; round up so a container never gets less than asked.
pub(crate) fn whole_seconds(duration: Duration) -> i64 {
    let seconds = duration.as_secs() + u64::from(duration.subsec_nanos() > 0);
    saturating_i64(seconds)
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;
    use crate::runtime::{
        BindMount, DeviceMapping as SpecDevice, ExtraHost, HealthCheck, HealthCheckTest,
        PortBinding as SpecPort, Protocol, TmpfsMount, Ulimit, VolumeMount, VolumesFrom,
    };

    #[test]
    fn pull_parameters_add_latest_only_to_untagged_references() {
        let cases = [
            ("busybox", "busybox", Some("latest")),
            ("busybox:1.36", "busybox", Some("1.36")),
            (
                "127.0.0.1:9/none:latest",
                "127.0.0.1:9/none",
                Some("latest"),
            ),
            (
                "127.0.0.1:5000/team/app",
                "127.0.0.1:5000/team/app",
                Some("latest"),
            ),
            ("repo/app@sha256:abcd", "repo/app@sha256:abcd", None),
        ];
        for (image, from, tag) in cases {
            let (actual_from, actual_tag) = pull_parameters(image);
            assert_eq!(actual_from, from, "{image}");
            assert_eq!(actual_tag.as_deref(), tag, "{image}");
        }
    }

    #[test]
    fn an_empty_spec_asks_for_little() {
        let body = create_body(&ContainerSpec::new("web", "berth-test:latest"));
        assert_eq!(body.image.as_deref(), Some("berth-test:latest"));
        assert_eq!(body.cmd, None);
        assert_eq!(body.env, None);
        assert_eq!(body.exposed_ports, None);
        let host = body.host_config.unwrap_or_default();
        assert_eq!(host.network_mode.as_deref(), Some("bridge"));
        assert_eq!(host.init, None);
        assert_eq!(host.memory, None);
        assert_eq!(
            host.log_config.and_then(|c| c.typ).as_deref(),
            Some("json-file")
        );
    }

    #[test]
    fn a_full_spec_reaches_every_docker_field() {
        let mut spec = ContainerSpec::new("web", "img");
        spec.env = BTreeMap::from([("A".into(), "1".into()), ("B".into(), "x=y".into())]);
        spec.memory_limit_mib = Some(128);
        spec.memory_reservation_mib = Some(64);
        spec.max_swap_mib = Some(0);
        spec.swappiness = Some(10);
        spec.cpu_shares = Some(256);
        spec.port_bindings = vec![
            SpecPort::dynamic_tcp(8080),
            SpecPort {
                container_port: 8080,
                protocol: Protocol::Tcp,
                host_port: Some(9000),
                host_ip: Some("127.0.0.1".into()),
            },
            SpecPort {
                container_port: 53,
                protocol: Protocol::Udp,
                host_port: Some(0),
                host_ip: None,
            },
        ];
        spec.ulimits = vec![Ulimit {
            name: "nofile".into(),
            soft: 1024,
            hard: 2048,
        }];
        spec.extra_hosts = vec![ExtraHost {
            hostname: "db".into(),
            ip_address: "10.0.0.5".into(),
        }];
        spec.binds = vec![BindMount {
            host_path: "/srv/data".into(),
            container_path: "/data".into(),
            read_only: true,
        }];
        spec.volumes = vec![VolumeMount {
            name: "cache".into(),
            container_path: "/cache".into(),
            driver: Some("local".into()),
            ..VolumeMount::default()
        }];
        spec.volumes_from = vec![VolumesFrom {
            container: "abc".into(),
            read_only: true,
        }];
        spec.health_check = Some(HealthCheck {
            test: HealthCheckTest::CmdShell("exit 0".into()),
            interval: Duration::from_millis(500),
            timeout: Duration::from_secs(1),
            retries: 2,
            start_period: Duration::ZERO,
        });
        spec.stop_timeout = Some(Duration::from_millis(1500));
        spec.tmpfs = vec![TmpfsMount {
            container_path: "/run".into(),
            size_mib: 16,
            mount_options: vec!["noexec".into()],
        }];
        spec.devices = vec![SpecDevice {
            host_path: "/dev/null".into(),
            container_path: None,
            permissions: String::new(),
        }];
        spec.init = true;
        spec.network_mode = NetworkMode::Network("berth-net".into());
        spec.network_aliases = vec!["web".into()];

        let body = create_body(&spec);
        assert_eq!(body.env, Some(vec!["A=1".to_string(), "B=x=y".to_string()]));
        assert_eq!(
            body.exposed_ports,
            Some(vec!["8080/tcp".to_string(), "53/udp".to_string()])
        );
        assert_eq!(body.stop_timeout, Some(2));
        let health = body.healthcheck.clone().unwrap_or_default();
        assert_eq!(health.interval, Some(500_000_000));
        assert_eq!(health.retries, Some(2));
        assert!(body.networking_config.is_some());

        let host = body.host_config.unwrap_or_default();
        assert_eq!(host.memory, Some(128 * MIB));
        assert_eq!(host.memory_reservation, Some(64 * MIB));
        assert_eq!(host.memory_swap, Some(128 * MIB));
        assert_eq!(host.memory_swappiness, Some(10));
        assert_eq!(host.cpu_shares, Some(256));
        assert_eq!(host.init, Some(true));
        assert_eq!(host.network_mode.as_deref(), Some("berth-net"));
        assert_eq!(host.binds, Some(vec!["/srv/data:/data:ro".to_string()]));
        assert_eq!(host.volumes_from, Some(vec!["abc:ro".to_string()]));
        assert_eq!(host.extra_hosts, Some(vec!["db:10.0.0.5".to_string()]));
        assert_eq!(
            host.tmpfs
                .unwrap_or_default()
                .get("/run")
                .map(String::as_str),
            Some("noexec,size=16m")
        );
        let devices = host.devices.unwrap_or_default();
        assert_eq!(devices[0].path_in_container.as_deref(), Some("/dev/null"));
        assert_eq!(devices[0].cgroup_permissions.as_deref(), Some("rwm"));
        let ports = host.port_bindings.unwrap_or_default();
        let tcp = ports.get("8080/tcp").cloned().flatten().unwrap_or_default();
        assert_eq!(tcp.len(), 2);
        assert_eq!(tcp[0].host_port.as_deref(), Some(""));
        assert_eq!(tcp[1].host_port.as_deref(), Some("9000"));
        assert_eq!(tcp[1].host_ip.as_deref(), Some("127.0.0.1"));
        let mounts = host.mounts.unwrap_or_default();
        assert_eq!(mounts[0].source.as_deref(), Some("cache"));
        assert_eq!(mounts[0].typ, Some(MountType::VOLUME));
    }

    proptest::proptest! {
        /// Any `[host[:port]/]path[:tag]` reference splits back into its repository and tag,
        /// and an untagged one is pulled as `latest`, never as "every tag".
        #[test]
        fn references_split_into_repository_and_tag(
            host in proptest::option::of(("[a-z]{1,8}\\.[a-z]{2,3}", proptest::option::of(1u16..))),
            path in "[a-z0-9]{1,8}(/[a-z0-9]{1,8}){0,2}",
            tag in proptest::option::of("[A-Za-z0-9_][A-Za-z0-9_.-]{0,10}"),
        ) {
            let repository = match &host {
                Some((name, Some(port))) => format!("{name}:{port}/{path}"),
                Some((name, None)) => format!("{name}/{path}"),
                None => path.clone(),
            };
            let image = match &tag {
                Some(tag) => format!("{repository}:{tag}"),
                None => repository.clone(),
            };
            let (from, parsed_tag) = pull_parameters(&image);
            proptest::prop_assert_eq!(from, repository);
            proptest::prop_assert_eq!(parsed_tag, Some(tag.unwrap_or_else(|| "latest".into())));
        }

        /// Every port binding is exposed and bound exactly once.
        #[test]
        fn every_binding_is_exposed_and_bound(
            bindings in proptest::collection::vec((1u16.., proptest::bool::ANY, proptest::option::of(0u16..)), 0..8),
        ) {
            let mut spec = ContainerSpec::new("p", "img");
            spec.port_bindings = bindings
                .iter()
                .map(|(port, udp, host_port)| SpecPort {
                    container_port: *port,
                    protocol: if *udp { Protocol::Udp } else { Protocol::Tcp },
                    host_port: *host_port,
                    host_ip: None,
                })
                .collect();
            let (exposed, map) = ports(&spec);
            let exposed = exposed.unwrap_or_default();
            let map = map.unwrap_or_default();
            let bound: usize = map.values().map(|v| v.as_ref().map_or(0, Vec::len)).sum();
            proptest::prop_assert_eq!(bound, spec.port_bindings.len());
            for binding in &spec.port_bindings {
                let key = format!("{}/{}", binding.container_port, binding.protocol);
                proptest::prop_assert!(exposed.contains(&key));
                proptest::prop_assert!(map.contains_key(&key));
            }
            proptest::prop_assert_eq!(exposed.len(), map.len());
        }
    }

    #[test]
    fn stop_timeouts_round_up_to_whole_seconds() {
        assert_eq!(whole_seconds(Duration::ZERO), 0);
        assert_eq!(whole_seconds(Duration::from_millis(1)), 1);
        assert_eq!(whole_seconds(Duration::from_secs(30)), 30);
    }

    #[test]
    fn empty_lists_are_not_sent() {
        assert_eq!(non_empty::<u8>(Vec::new()), None);
        assert_eq!(non_empty(vec![1]), Some(vec![1]));
    }
}
