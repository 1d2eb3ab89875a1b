//! The [`ContainerRuntime`] trait: the only way berth's agent touches containers, and the
//! runtime-level types its methods speak (ids, container specs and states, events, host facts).
//!
//! These types are deliberately free of bollard and of the Docker API's JSON shapes, so the
//! agent can be tested against [`crate::FakeRuntime`] and the Docker implementation can change
//! underneath. Every method of a real implementation has a deadline (see [`crate::timeouts`])
//! except the ones documented as waiting by nature (`wait_container`, `events`).

mod spec;

pub use spec::{
    BindMount, ContainerSpec, DeviceMapping, ExtraHost, HealthCheck, HealthCheckTest, LogConfig,
    NetworkMode, PortBinding, Protocol, TmpfsMount, Ulimit, VolumeMount, VolumesFrom,
};

use std::collections::BTreeMap;
use std::fmt;
use std::time::Duration;

use async_trait::async_trait;
use futures::stream::BoxStream;
use time::OffsetDateTime;

use crate::error::RuntimeError;

/// A Docker container id (the full 64-hex-digit id once created; names are accepted as input).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ContainerId(String);

impl ContainerId {
    pub fn new(id: impl Into<String>) -> ContainerId {
        ContainerId(id.into())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for ContainerId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A Docker network id (names are accepted as input).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct NetworkId(String);

impl NetworkId {
    pub fn new(id: impl Into<String>) -> NetworkId {
        NetworkId(id.into())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for NetworkId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Credentials for a private registry (ECS `repositoryCredentials`, or an ECR token).
#[derive(Clone, PartialEq, Eq)]
pub struct RegistryAuth {
    pub username: String,
    pub password: String,
    /// The registry host, e.g. `registry.example.com:5000`; derived from the image when `None`.
    pub server: Option<String>,
}

impl fmt::Debug for RegistryAuth {
    /// Never prints the password.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RegistryAuth")
            .field("username", &self.username)
            .field("password", &"<redacted>")
            .field("server", &self.server)
            .finish()
    }
}

/// A local image.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImageInfo {
    /// The image id (`sha256:...`).
    pub id: String,
    /// The repository digest (`name@sha256:...`) when the image came from a registry; imported
    /// or locally built images have none.
    pub digest: Option<String>,
}

/// The lifecycle state Docker reports for a container (ordered roughly by lifecycle).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ContainerState {
    Created,
    Running,
    Paused,
    Restarting,
    Removing,
    Exited,
    Dead,
}

impl ContainerState {
    /// Whether the container's process has ended (`Exited` or `Dead`).
    pub fn is_terminal(self) -> bool {
        matches!(self, ContainerState::Exited | ContainerState::Dead)
    }
}

/// A Docker health status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ContainerHealth {
    /// Within the start period, or no check has concluded yet.
    Starting,
    Healthy,
    Unhealthy,
}

/// The health of a container that has a health check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HealthState {
    pub status: ContainerHealth,
    /// Consecutive failed checks.
    pub failing_streak: u32,
    /// The output of the most recent check, for diagnostics.
    pub last_output: Option<String>,
    /// The exit code of the most recent check.
    pub last_exit_code: Option<i64>,
}

/// A published port as Docker actually bound it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct AssignedPort {
    pub container_port: u16,
    pub protocol: Protocol,
    /// `0.0.0.0` or `::` when bound on every address.
    pub host_ip: String,
    pub host_port: u16,
}

/// A container's endpoint on one Docker network.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct NetworkAttachment {
    pub network_id: String,
    /// Empty when the container has no address on it (e.g. `host` or `none`).
    pub ip_address: String,
    pub ip_prefix_len: Option<u8>,
    pub gateway: Option<String>,
    pub mac_address: Option<String>,
}

/// What `inspect_container` tells about one container.
#[derive(Debug, Clone, PartialEq)]
pub struct ContainerInfo {
    pub id: ContainerId,
    /// The name without Docker's leading slash.
    pub name: String,
    pub state: ContainerState,
    /// The exit code, once the container has exited (`Exited` or `Dead`).
    pub exit_code: Option<i64>,
    pub started_at: Option<OffsetDateTime>,
    pub finished_at: Option<OffsetDateTime>,
    /// Whether the kernel's OOM killer ended the container.
    pub oom_killed: bool,
    /// Docker's error for a container that failed to start, if any.
    pub error: Option<String>,
    /// `None` when the container has no health check.
    pub health: Option<HealthState>,
    /// The ports Docker bound, sorted.
    pub port_bindings: Vec<AssignedPort>,
    /// Endpoints by network name (`bridge`, `host`, a user-defined name...).
    pub networks: BTreeMap<String, NetworkAttachment>,
    pub labels: BTreeMap<String, String>,
    /// The image reference the container was created from.
    pub image: String,
    /// The image id (`sha256:...`).
    pub image_id: String,
    /// The network mode as Docker spells it (`bridge`, `container:<id>`, a network name...).
    pub network_mode: String,
    /// The host PID of the container's init process while it runs.
    pub pid: Option<u32>,
    pub restart_count: u32,
}

/// A container as `list_containers` reports it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContainerSummary {
    pub id: ContainerId,
    /// The name without Docker's leading slash.
    pub name: String,
    pub image: String,
    pub image_id: String,
    pub state: ContainerState,
    pub labels: BTreeMap<String, String>,
    /// Unix seconds.
    pub created: i64,
}

/// A label condition for listing containers or filtering events.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum LabelFilter {
    /// The label is set, whatever its value.
    Exists(String),
    /// The label has exactly this value.
    Equals(String, String),
}

impl LabelFilter {
    /// Docker's `label` filter spelling: `key` or `key=value`.
    pub fn docker_form(&self) -> String {
        match self {
            LabelFilter::Exists(key) => key.clone(),
            LabelFilter::Equals(key, value) => format!("{key}={value}"),
        }
    }

    /// Whether `labels` satisfy this condition.
    pub fn matches(&self, labels: &BTreeMap<String, String>) -> bool {
        match self {
            LabelFilter::Exists(key) => labels.contains_key(key),
            LabelFilter::Equals(key, value) => labels.get(key) == Some(value),
        }
    }
}

/// What happened to a container.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EventKind {
    /// The container was created.
    Create,
    /// The container's process started.
    Start,
    /// The container's process ended with this exit code.
    Die { exit_code: i64 },
    /// The kernel OOM killer hit the container (a `Die` follows).
    Oom,
    /// The health status changed.
    HealthStatus(ContainerHealth),
    /// The container was removed.
    Destroy,
}

/// A container event from the runtime.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuntimeEvent {
    pub container_id: ContainerId,
    /// The container's name, when the runtime reported it.
    pub name: Option<String>,
    pub kind: EventKind,
    pub at: OffsetDateTime,
}

/// Filters for [`ContainerRuntime::events`].
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct EventFilter {
    /// Replay events from this time on (the daemon keeps a bounded history); `None` means only
    /// events from now on.
    pub since: Option<OffsetDateTime>,
    /// Only events of containers matching every filter.
    pub labels: Vec<LabelFilter>,
}

/// An endless stream of container events; it ends only with an error (for instance when the
/// daemon goes away), and reconnecting is the caller's business.
pub type EventStream = BoxStream<'static, Result<RuntimeEvent, RuntimeError>>;

/// A one-off resource usage sample of a container.
#[derive(Debug, Clone, PartialEq)]
pub struct ContainerStats {
    /// Total CPU time consumed, in nanoseconds.
    pub cpu_total_ns: u64,
    /// Host CPU time at the sample, in nanoseconds (for percentage computations).
    pub system_cpu_ns: Option<u64>,
    pub online_cpus: Option<u32>,
    pub memory_usage_bytes: Option<u64>,
    pub memory_limit_bytes: Option<u64>,
    /// The whole Docker stats document, as the ECS task metadata endpoint serves it.
    pub raw: serde_json::Value,
}

/// A user-defined network.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NetworkInfo {
    pub id: NetworkId,
    pub name: String,
    pub driver: String,
    /// Subnets in CIDR form.
    pub subnets: Vec<String>,
    pub gateways: Vec<String>,
    pub labels: BTreeMap<String, String>,
    /// Attached containers' ids.
    pub containers: Vec<ContainerId>,
}

/// Facts about the host the agent registers (CPU and memory) and reports (versions).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HostInfo {
    pub ncpu: u32,
    pub mem_total_bytes: u64,
    /// The operating system's name, e.g. `Debian GNU/Linux 12 (bookworm)`.
    pub os: String,
    /// `linux` or `windows`.
    pub os_type: String,
    /// e.g. `x86_64`, `aarch64`.
    pub arch: String,
    pub kernel_version: String,
    pub docker_version: String,
    /// The API version in use after negotiation, e.g. `1.41`.
    pub api_version: String,
}

/// How to remove a container.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct RemoveOptions {
    /// Also remove anonymous volumes the container created (named volumes stay).
    pub remove_volumes: bool,
    /// Kill the container first if it is still running.
    pub force: bool,
}

/// The container runtime the agent drives. Implementations: [`crate::DockerRuntime`] (the
/// Docker Engine) and [`crate::FakeRuntime`] (in memory, for tests).
///
/// Ids may be given as full ids or names. Unless documented otherwise, a call on a container or
/// network that does not exist fails with [`crate::ErrorKind::NotFound`].
#[async_trait]
pub trait ContainerRuntime: Send + Sync {
    /// Whether the daemon answers.
    async fn ping(&self) -> Result<(), RuntimeError>;

    /// Host facts (CPU count, memory, OS, versions).
    async fn info(&self) -> Result<HostInfo, RuntimeError>;

    /// Whether `image` is present locally (so no pull is needed).
    async fn image_present(&self, image: &str) -> Result<bool, RuntimeError>;

    /// Pulls `image` (an untagged reference means `:latest`) and waits for the pull to finish.
    /// Failures are [`RuntimeError::ImagePull`], classified as not found, unauthorized, network
    /// or timeout; the pull is abandoned when it makes no progress for the inactivity timeout.
    async fn pull_image(
        &self,
        image: &str,
        auth: Option<&RegistryAuth>,
    ) -> Result<ImageInfo, RuntimeError>;

    /// Creates (does not start) a container. The name must be free: a taken name is
    /// [`crate::ErrorKind::Conflict`]; a missing image is [`crate::ErrorKind::NotFound`].
    async fn create_container(&self, spec: &ContainerSpec) -> Result<ContainerId, RuntimeError>;

    /// Starts a created container. Starting a running container is a success.
    async fn start_container(&self, id: &ContainerId) -> Result<(), RuntimeError>;

    /// Sends SIGTERM, waits up to `timeout`, then SIGKILL; returns once the container has
    /// stopped. A container that is not running is a success.
    async fn stop_container(&self, id: &ContainerId, timeout: Duration)
        -> Result<(), RuntimeError>;

    /// Removes a container. Removing a container that does not exist is a success, so cleanup
    /// can be retried; a running container without `force` is [`crate::ErrorKind::Conflict`].
    async fn remove_container(
        &self,
        id: &ContainerId,
        options: RemoveOptions,
    ) -> Result<(), RuntimeError>;

    /// The container's current state, or `None` if it does not exist.
    async fn inspect_container(
        &self,
        id: &ContainerId,
    ) -> Result<Option<ContainerInfo>, RuntimeError>;

    /// Every container (running or not) matching all `labels`; used on agent restart to re-adopt
    /// berth's containers.
    async fn list_containers(
        &self,
        labels: &[LabelFilter],
    ) -> Result<Vec<ContainerSummary>, RuntimeError>;

    /// Waits until the container is not running and returns its exit code. Call it after
    /// `start_container`: a created-but-never-started container counts as not running. It has
    /// no deadline of its own (a container may run for months); bound or cancel it as needed.
    async fn wait_container(&self, id: &ContainerId) -> Result<i64, RuntimeError>;

    /// Container events matching `filter`. See [`EventStream`].
    async fn events(&self, filter: &EventFilter) -> Result<EventStream, RuntimeError>;

    /// The last `tail` lines (all when `None`) of the container's stdout and stderr, interleaved
    /// as written, for diagnostics.
    async fn container_logs(
        &self,
        id: &ContainerId,
        tail: Option<usize>,
    ) -> Result<String, RuntimeError>;

    /// One resource-usage sample of a running container. Takes about a second: the daemon
    /// waits for a second CPU reading so that `precpu_stats` in the raw document is filled.
    async fn stats_once(&self, id: &ContainerId) -> Result<ContainerStats, RuntimeError>;

    /// Creates a bridge network (awsvpc: one per task, for the pause container) and returns its id.
    async fn create_network(
        &self,
        name: &str,
        labels: &BTreeMap<String, String>,
    ) -> Result<NetworkId, RuntimeError>;

    /// Removes a network. A network that does not exist is a success; one with containers
    /// attached is [`crate::ErrorKind::Conflict`].
    async fn remove_network(&self, id: &NetworkId) -> Result<(), RuntimeError>;

    /// The network, or `None` if it does not exist.
    async fn inspect_network(&self, id: &NetworkId) -> Result<Option<NetworkInfo>, RuntimeError>;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn label_filters_match_and_render() {
        let labels: BTreeMap<String, String> = [("berth.task".to_string(), "t1".to_string())]
            .into_iter()
            .collect();
        let cases = [
            (LabelFilter::Exists("berth.task".into()), true, "berth.task"),
            (LabelFilter::Exists("other".into()), false, "other"),
            (
                LabelFilter::Equals("berth.task".into(), "t1".into()),
                true,
                "berth.task=t1",
            ),
            (
                LabelFilter::Equals("berth.task".into(), "t2".into()),
                false,
                "berth.task=t2",
            ),
        ];
        for (filter, matches, form) in cases {
            assert_eq!(filter.matches(&labels), matches, "{filter:?}");
            assert_eq!(filter.docker_form(), form);
        }
    }

    #[test]
    fn registry_auth_debug_hides_the_password() {
        let auth = RegistryAuth {
            username: "u".into(),
            password: "secret".into(),
            server: None,
        };
        assert!(!format!("{auth:?}").contains("secret"));
    }
}
