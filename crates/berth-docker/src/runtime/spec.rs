//! [`ContainerSpec`]: everything an ECS container definition asks of the runtime when a
//! container is created, in runtime terms (MiB, durations, enums), with no Docker API types.
//!
//! The agent translates a task definition into these specs (CPU units to shares, awsvpc to a
//! pause container, ...); this module only describes and validates-by-type. It must not know
//! about bollard or about ECS wire names.

use std::collections::BTreeMap;
use std::fmt;
use std::time::Duration;

/// What to create: one container of a task.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ContainerSpec {
    /// The Docker container name; must be unique on the host (the agent makes it so).
    pub name: String,
    /// The image reference, which must already be present (see `pull_image`).
    pub image: String,
    /// Replaces the image's `CMD` when set (ECS `command`).
    pub command: Option<Vec<String>>,
    /// Replaces the image's `ENTRYPOINT` when set (ECS `entryPoint`).
    pub entrypoint: Option<Vec<String>>,
    /// Environment variables (ECS `environment`), added to the image's own.
    pub env: BTreeMap<String, String>,
    /// The working directory (ECS `workingDirectory`).
    pub working_dir: Option<String>,
    /// `user`, `user:group`, `uid` or `uid:gid` (ECS `user`).
    pub user: Option<String>,
    /// Docker labels (ECS `dockerLabels` plus berth's own bookkeeping labels).
    pub labels: BTreeMap<String, String>,
    /// Relative CPU weight (ECS `cpu` units map 1:1 to shares; Docker's minimum is 2).
    pub cpu_shares: Option<u64>,
    /// Hard memory limit in MiB (ECS `memory`).
    pub memory_limit_mib: Option<u64>,
    /// Soft memory limit in MiB (ECS `memoryReservation`).
    pub memory_reservation_mib: Option<u64>,
    /// Published ports (ECS `portMappings`).
    pub port_bindings: Vec<PortBinding>,
    /// The network namespace the container gets (ECS `networkMode`, or the awsvpc pause container).
    pub network_mode: NetworkMode,
    /// Extra DNS aliases on a user-defined network (only used with [`NetworkMode::Network`]).
    pub network_aliases: Vec<String>,
    /// Legacy links, `name` or `name:alias` (ECS `links`, bridge mode only).
    pub links: Vec<String>,
    /// The container's hostname (ECS `hostname`; not allowed with host or container networking).
    pub hostname: Option<String>,
    /// Mount the root filesystem read-only (ECS `readonlyRootFilesystem`).
    pub readonly_rootfs: bool,
    /// Run privileged (ECS `privileged`).
    pub privileged: bool,
    /// Resource limits (ECS `ulimits`).
    pub ulimits: Vec<Ulimit>,
    /// Run Docker's init as PID 1 so signals reach the process (ECS `initProcessEnabled`).
    pub init: bool,
    /// Extra `/etc/hosts` entries (ECS `extraHosts`).
    pub extra_hosts: Vec<ExtraHost>,
    /// Host paths mounted into the container (ECS host volumes and bind mounts).
    pub binds: Vec<BindMount>,
    /// Named Docker volumes mounted into the container (ECS `dockerVolumeConfiguration`).
    pub volumes: Vec<VolumeMount>,
    /// Containers whose volumes this container mounts too (ECS `volumesFrom`).
    pub volumes_from: Vec<VolumesFrom>,
    /// Where the container's output goes (ECS `logConfiguration`); json-file by default so that
    /// `container_logs` works whatever the daemon's default driver is.
    pub log_config: LogConfig,
    /// The Docker health check (ECS `healthCheck`).
    pub health_check: Option<HealthCheck>,
    /// Time between SIGTERM and SIGKILL on stop (ECS `stopTimeout`), also stored on the container.
    pub stop_timeout: Option<Duration>,
    /// DNS servers (ECS `dnsServers`).
    pub dns_servers: Vec<String>,
    /// DNS search domains (ECS `dnsSearchDomains`).
    pub dns_search: Vec<String>,
    /// Namespaced kernel parameters (ECS `systemControls`).
    pub sysctls: BTreeMap<String, String>,
    /// Security options such as `no-new-privileges` (ECS `dockerSecurityOptions`).
    pub security_options: Vec<String>,
    /// Size of `/dev/shm` in MiB (ECS `linuxParameters.sharedMemorySize`).
    pub shm_size_mib: Option<u64>,
    /// tmpfs mounts (ECS `linuxParameters.tmpfs`).
    pub tmpfs: Vec<TmpfsMount>,
    /// Capabilities to add (ECS `linuxParameters.capabilities.add`), e.g. `NET_ADMIN`.
    pub cap_add: Vec<String>,
    /// Capabilities to drop (ECS `linuxParameters.capabilities.drop`).
    pub cap_drop: Vec<String>,
    /// Host devices exposed to the container (ECS `linuxParameters.devices`).
    pub devices: Vec<DeviceMapping>,
    /// Swap the container may use in MiB (ECS `linuxParameters.maxSwap`); 0 disables swap.
    /// Applied only together with `memory_limit_mib`, as Docker requires.
    pub max_swap_mib: Option<u64>,
    /// Swappiness 0..=100 (ECS `linuxParameters.swappiness`).
    pub swappiness: Option<u8>,
    /// PID namespace: `host` or `container:<id>` (ECS `pidMode`).
    pub pid_mode: Option<String>,
    /// IPC namespace: `host`, `shareable`, `container:<id>` (ECS `ipcMode`).
    pub ipc_mode: Option<String>,
    /// Keep stdin open (ECS `interactive`).
    pub interactive: bool,
    /// Allocate a TTY (ECS `pseudoTerminal`).
    pub pseudo_terminal: bool,
}

impl ContainerSpec {
    /// A spec with only a name and an image; every other field at its default.
    pub fn new(name: impl Into<String>, image: impl Into<String>) -> ContainerSpec {
        ContainerSpec {
            name: name.into(),
            image: image.into(),
            ..ContainerSpec::default()
        }
    }
}

/// A transport protocol of a port mapping.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub enum Protocol {
    #[default]
    Tcp,
    Udp,
}

impl Protocol {
    /// Docker's spelling: `tcp` or `udp`.
    pub fn as_str(self) -> &'static str {
        match self {
            Protocol::Tcp => "tcp",
            Protocol::Udp => "udp",
        }
    }

    /// Parses Docker's spelling; anything else (such as `sctp`) is `None`.
    pub fn parse(text: &str) -> Option<Protocol> {
        match text {
            "tcp" => Some(Protocol::Tcp),
            "udp" => Some(Protocol::Udp),
            _ => None,
        }
    }
}

impl fmt::Display for Protocol {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A container port published on the host.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PortBinding {
    pub container_port: u16,
    pub protocol: Protocol,
    /// The host port; `None` or `Some(0)` lets Docker pick one from the ephemeral range
    /// (ECS dynamic port mapping). Read the assignment back with `inspect_container`.
    pub host_port: Option<u16>,
    /// The host address to bind; `None` binds every address (ECS's behaviour).
    pub host_ip: Option<String>,
}

impl PortBinding {
    /// A TCP port published on a dynamic host port on every address.
    pub fn dynamic_tcp(container_port: u16) -> PortBinding {
        PortBinding {
            container_port,
            protocol: Protocol::Tcp,
            host_port: None,
            host_ip: None,
        }
    }
}

/// The network namespace of a container.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum NetworkMode {
    /// Docker's default bridge (ECS `bridge`).
    #[default]
    Bridge,
    /// The host's namespace (ECS `host`).
    Host,
    /// A loopback-only namespace (ECS `none`).
    None,
    /// Join another container's namespace, given by id or name (awsvpc: the pause container).
    Container(String),
    /// A user-defined Docker network, by name or id (awsvpc: berth's per-task bridge).
    Network(String),
}

impl NetworkMode {
    /// Docker's `HostConfig.NetworkMode` spelling.
    pub fn docker_mode(&self) -> String {
        match self {
            NetworkMode::Bridge => "bridge".to_string(),
            NetworkMode::Host => "host".to_string(),
            NetworkMode::None => "none".to_string(),
            NetworkMode::Container(id) => format!("container:{id}"),
            NetworkMode::Network(name) => name.clone(),
        }
    }
}

/// One resource limit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ulimit {
    /// The limit's name as ECS and Docker spell it: `nofile`, `nproc`, `core`, ...
    pub name: String,
    pub soft: i64,
    pub hard: i64,
}

/// An `/etc/hosts` entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExtraHost {
    pub hostname: String,
    pub ip_address: String,
}

/// A host path mounted into the container.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BindMount {
    pub host_path: String,
    pub container_path: String,
    pub read_only: bool,
}

/// A named Docker volume mounted into the container; Docker creates it if it does not exist.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct VolumeMount {
    pub name: String,
    pub container_path: String,
    pub read_only: bool,
    /// The volume driver used if the volume has to be created (`local` when `None`).
    pub driver: Option<String>,
    /// Options for the driver, used only if the volume has to be created.
    pub driver_options: BTreeMap<String, String>,
    /// Labels for the volume, used only if it has to be created.
    pub labels: BTreeMap<String, String>,
}

/// Mount another container's volumes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VolumesFrom {
    /// The source container's id or name.
    pub container: String,
    pub read_only: bool,
}

/// A logging driver and its options.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LogConfig {
    pub driver: String,
    pub options: BTreeMap<String, String>,
}

impl Default for LogConfig {
    /// `json-file` without options: the driver `container_logs` can read back.
    fn default() -> LogConfig {
        LogConfig {
            driver: "json-file".to_string(),
            options: BTreeMap::new(),
        }
    }
}

/// The command a health check runs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HealthCheckTest {
    /// Run the program with these arguments directly (`["CMD", ...]`).
    Cmd(Vec<String>),
    /// Run the string with `/bin/sh -c` (`["CMD-SHELL", ...]`).
    CmdShell(String),
    /// Disable a health check the image defines (`["NONE"]`).
    Disabled,
}

impl HealthCheckTest {
    /// Parses the ECS/Docker array form: `["CMD", args...]`, `["CMD-SHELL", command]` or
    /// `["NONE"]`. Returns `None` for anything else.
    pub fn from_docker_form(test: &[String]) -> Option<HealthCheckTest> {
        let (first, rest) = test.split_first()?;
        match first.as_str() {
            "CMD" if !rest.is_empty() => Some(HealthCheckTest::Cmd(rest.to_vec())),
            "CMD-SHELL" if !rest.is_empty() => Some(HealthCheckTest::CmdShell(rest.join(" "))),
            "NONE" => Some(HealthCheckTest::Disabled),
            _ => None,
        }
    }

    /// The array form Docker expects.
    pub fn to_docker_form(&self) -> Vec<String> {
        match self {
            HealthCheckTest::Cmd(args) => {
                let mut form = vec!["CMD".to_string()];
                form.extend(args.iter().cloned());
                form
            }
            HealthCheckTest::CmdShell(command) => vec!["CMD-SHELL".to_string(), command.clone()],
            HealthCheckTest::Disabled => vec!["NONE".to_string()],
        }
    }
}

/// A Docker health check. ECS defaults are interval 30 s, timeout 5 s, 3 retries, no start period;
/// the agent fills them in, this type passes what it is given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HealthCheck {
    pub test: HealthCheckTest,
    pub interval: Duration,
    pub timeout: Duration,
    pub retries: u32,
    pub start_period: Duration,
}

impl HealthCheck {
    /// A check with ECS's default interval, timeout, retries and start period.
    pub fn with_ecs_defaults(test: HealthCheckTest) -> HealthCheck {
        HealthCheck {
            test,
            interval: Duration::from_secs(30),
            timeout: Duration::from_secs(5),
            retries: 3,
            start_period: Duration::ZERO,
        }
    }
}

/// A tmpfs mount.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TmpfsMount {
    pub container_path: String,
    pub size_mib: u64,
    /// Mount options such as `noexec`, `nosuid`, `mode=1777`.
    pub mount_options: Vec<String>,
}

/// A host device exposed to the container.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeviceMapping {
    pub host_path: String,
    /// Defaults to `host_path`.
    pub container_path: Option<String>,
    /// Any of `r`, `w`, `m` (ECS `permissions` read/write/mknod); `rwm` when empty.
    pub permissions: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn health_check_forms_round_trip() {
        let strings = |items: &[&str]| items.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let cases = [
            (
                strings(&[
                    "CMD",
                    "/berth-testapp",
                    "check",
                    "http://127.0.0.1:8080/health",
                ]),
                Some(HealthCheckTest::Cmd(strings(&[
                    "/berth-testapp",
                    "check",
                    "http://127.0.0.1:8080/health",
                ]))),
            ),
            (
                strings(&["CMD-SHELL", "wget -q -O- localhost:8080 || exit 1"]),
                Some(HealthCheckTest::CmdShell(
                    "wget -q -O- localhost:8080 || exit 1".to_string(),
                )),
            ),
            (strings(&["NONE"]), Some(HealthCheckTest::Disabled)),
            (strings(&["CMD"]), None),
            (strings(&["SHELL", "x"]), None),
            (Vec::new(), None),
        ];
        for (form, expected) in cases {
            let parsed = HealthCheckTest::from_docker_form(&form);
            assert_eq!(parsed, expected, "{form:?}");
            if let Some(test) = parsed {
                assert_eq!(test.to_docker_form(), form);
            }
        }
    }

    #[test]
    fn network_modes_use_docker_spelling() {
        let cases = [
            (NetworkMode::Bridge, "bridge"),
            (NetworkMode::Host, "host"),
            (NetworkMode::None, "none"),
            (NetworkMode::Container("abc".into()), "container:abc"),
            (NetworkMode::Network("berth-task-1".into()), "berth-task-1"),
        ];
        for (mode, expected) in cases {
            assert_eq!(mode.docker_mode(), expected);
        }
    }

    #[test]
    fn protocols_parse_docker_spelling() {
        assert_eq!(Protocol::parse("tcp"), Some(Protocol::Tcp));
        assert_eq!(Protocol::parse("udp"), Some(Protocol::Udp));
        assert_eq!(Protocol::parse("sctp"), None);
        assert_eq!(Protocol::Udp.to_string(), "udp");
    }
}
