//! [`FakeRuntime`]: an in-memory, deterministic, scriptable [`ContainerRuntime`] for the agent's
//! unit tests.
//!
//! It keeps containers, images and networks in a map, assigns ids, IPs and dynamic host ports
//! from counters, and stamps events with a fake clock that advances 1 ms per event, so two runs
//! of a test see identical values. Tests script it: make a pull or any call fail, make a
//! container exit with a code on start or at any time, change its health, kill it with OOM,
//! or cut the event stream. It never touches Docker, the network or the real clock.

use std::collections::{BTreeMap, HashMap, VecDeque};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use async_trait::async_trait;
use futures::StreamExt;
use time::OffsetDateTime;
use tokio::sync::{broadcast, Notify};

use crate::error::{Operation, PullFailure, RuntimeError};
use crate::runtime::{
    AssignedPort, ContainerHealth, ContainerId, ContainerInfo, ContainerRuntime, ContainerSpec,
    ContainerState, ContainerStats, ContainerSummary, EventFilter, EventKind, EventStream,
    HealthCheckTest, HealthState, HostInfo, ImageInfo, LabelFilter, NetworkAttachment, NetworkId,
    NetworkInfo, NetworkMode, RegistryAuth, RemoveOptions, RuntimeEvent,
};

/// The first dynamic host port the fake hands out (Linux's ephemeral range starts here).
pub const FAKE_FIRST_DYNAMIC_PORT: u16 = 32768;
/// The fake clock's start: 2026-01-01T00:00:00Z.
pub const FAKE_EPOCH_SECONDS: i64 = 1_767_225_600;

/// An in-memory [`ContainerRuntime`]. Cloning shares the state.
#[derive(Clone)]
pub struct FakeRuntime {
    inner: Arc<Inner>,
}

struct Inner {
    state: Mutex<State>,
    changed: Notify,
    events: broadcast::Sender<Signal>,
}

#[derive(Clone)]
enum Signal {
    Event(RuntimeEvent, BTreeMap<String, String>),
    Disconnect,
}

struct State {
    now: OffsetDateTime,
    next_id: u64,
    next_port: u16,
    next_ip: u8,
    available: bool,
    host: HostInfo,
    images: BTreeMap<String, ImageInfo>,
    registry: BTreeMap<String, ImageInfo>,
    pull_failures: HashMap<String, (PullFailure, String)>,
    failures: HashMap<Operation, VecDeque<RuntimeError>>,
    exit_on_start: HashMap<String, i64>,
    stop_exit_codes: HashMap<String, i64>,
    containers: BTreeMap<String, FakeContainer>,
    networks: BTreeMap<String, NetworkInfo>,
    history: Vec<(RuntimeEvent, BTreeMap<String, String>)>,
    calls: Vec<String>,
}

struct FakeContainer {
    spec: ContainerSpec,
    info: ContainerInfo,
    logs: String,
    created: i64,
}

impl Default for FakeRuntime {
    fn default() -> FakeRuntime {
        FakeRuntime::new()
    }
}

impl FakeRuntime {
    /// An empty runtime: no images, no containers, a 2-CPU 4 GiB Linux host.
    pub fn new() -> FakeRuntime {
        let (events, _) = broadcast::channel(1024);
        let state = State {
            now: OffsetDateTime::from_unix_timestamp(FAKE_EPOCH_SECONDS)
                .unwrap_or(OffsetDateTime::UNIX_EPOCH),
            next_id: 1,
            next_port: FAKE_FIRST_DYNAMIC_PORT,
            next_ip: 2,
            available: true,
            host: HostInfo {
                ncpu: 2,
                mem_total_bytes: 4 * 1024 * 1024 * 1024,
                os: "FakeOS".to_string(),
                os_type: "linux".to_string(),
                arch: "x86_64".to_string(),
                kernel_version: "6.1.0-fake".to_string(),
                docker_version: "20.10.24-fake".to_string(),
                api_version: "1.41".to_string(),
            },
            images: BTreeMap::new(),
            registry: BTreeMap::new(),
            pull_failures: HashMap::new(),
            failures: HashMap::new(),
            exit_on_start: HashMap::new(),
            stop_exit_codes: HashMap::new(),
            containers: BTreeMap::new(),
            networks: BTreeMap::new(),
            history: Vec::new(),
            calls: Vec::new(),
        };
        FakeRuntime {
            inner: Arc::new(Inner {
                state: Mutex::new(state),
                changed: Notify::new(),
                events,
            }),
        }
    }

    fn state(&self) -> MutexGuard<'_, State> {
        // A panic in another test thread must not hide this test's own result.
        self.inner
            .state
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    // ---- scripting ------------------------------------------------------------------------

    /// Makes `image` present locally (no pull needed).
    pub fn add_image(&self, image: &str) -> ImageInfo {
        let mut state = self.state();
        let info = state.new_image_info(image);
        state.images.insert(image.to_string(), info.clone());
        info
    }

    /// Makes `image` pullable: a pull succeeds and makes it present.
    pub fn add_registry_image(&self, image: &str) -> ImageInfo {
        let mut state = self.state();
        let info = state.new_image_info(image);
        state.registry.insert(image.to_string(), info.clone());
        info
    }

    /// Makes every pull of `image` fail with `failure` and `message`.
    pub fn fail_pull(&self, image: &str, failure: PullFailure, message: &str) {
        self.state()
            .pull_failures
            .insert(image.to_string(), (failure, message.to_string()));
    }

    /// Makes the next call of `operation` fail with `error` (queued: several calls fail in turn).
    pub fn fail_next(&self, operation: Operation, error: RuntimeError) {
        self.state()
            .failures
            .entry(operation)
            .or_default()
            .push_back(error);
    }

    /// Makes the container named `name` exit with `exit_code` as soon as it starts.
    pub fn exit_on_start(&self, name: &str, exit_code: i64) {
        self.state()
            .exit_on_start
            .insert(name.to_string(), exit_code);
    }

    /// The exit code the container named `name` reports when stopped (0 by default, like a
    /// process that handles SIGTERM).
    pub fn stop_exit_code(&self, name: &str, exit_code: i64) {
        self.state()
            .stop_exit_codes
            .insert(name.to_string(), exit_code);
    }

    /// Makes a running container exit now with `exit_code` (a `Die` event follows).
    pub fn exit(&self, id: &ContainerId, exit_code: i64) -> Result<(), RuntimeError> {
        let mut state = self.state();
        let key = state.key(Operation::WaitContainer, id)?;
        state.finish(&key, exit_code, false, &self.inner.events);
        drop(state);
        self.inner.changed.notify_waiters();
        Ok(())
    }

    /// The kernel OOM-kills a running container: an `Oom` event, then `Die` with 137.
    pub fn oom_kill(&self, id: &ContainerId) -> Result<(), RuntimeError> {
        let mut state = self.state();
        let key = state.key(Operation::WaitContainer, id)?;
        state.emit(&key, EventKind::Oom, &self.inner.events);
        state.finish(&key, 137, true, &self.inner.events);
        drop(state);
        self.inner.changed.notify_waiters();
        Ok(())
    }

    /// Sets the health of a container and emits a `HealthStatus` event.
    pub fn set_health(
        &self,
        id: &ContainerId,
        health: ContainerHealth,
    ) -> Result<(), RuntimeError> {
        let mut state = self.state();
        let key = state.key(Operation::InspectContainer, id)?;
        if let Some(container) = state.containers.get_mut(&key) {
            let failing_streak = match health {
                ContainerHealth::Unhealthy => 3,
                _ => 0,
            };
            container.info.health = Some(HealthState {
                status: health,
                failing_streak,
                last_output: None,
                last_exit_code: Some(i64::from(health != ContainerHealth::Healthy)),
            });
        }
        state.emit(&key, EventKind::HealthStatus(health), &self.inner.events);
        Ok(())
    }

    /// Sets what `container_logs` returns for a container.
    pub fn set_logs(&self, id: &ContainerId, logs: &str) -> Result<(), RuntimeError> {
        let mut state = self.state();
        let key = state.key(Operation::ContainerLogs, id)?;
        if let Some(container) = state.containers.get_mut(&key) {
            container.logs = logs.to_string();
        }
        Ok(())
    }

    /// Makes every call fail as if the daemon were gone (`false`), or answer again (`true`).
    /// Going unavailable also ends every open event stream with an error.
    pub fn set_available(&self, available: bool) {
        self.state().available = available;
        if !available {
            self.disconnect_events();
        }
    }

    /// Ends every open event stream with an `Unavailable` error, as a daemon restart does.
    pub fn disconnect_events(&self) {
        // No receivers is fine: nobody is listening.
        let _ = self.inner.events.send(Signal::Disconnect);
    }

    /// Replaces the host facts `info` reports.
    pub fn set_host_info(&self, host: HostInfo) {
        self.state().host = host;
    }

    /// Moves the fake clock forward.
    pub fn advance(&self, by: Duration) {
        let mut state = self.state();
        state.now += by;
    }

    // ---- observation -----------------------------------------------------------------------

    /// Every call made so far, as `operation argument` strings (`create_container web`).
    pub fn calls(&self) -> Vec<String> {
        self.state().calls.clone()
    }

    /// The spec a container was created with.
    pub fn spec_of(&self, id: &ContainerId) -> Option<ContainerSpec> {
        let state = self.state();
        let key = state.key(Operation::InspectContainer, id).ok()?;
        state.containers.get(&key).map(|c| c.spec.clone())
    }

    /// Every event emitted so far.
    pub fn events_so_far(&self) -> Vec<RuntimeEvent> {
        self.state()
            .history
            .iter()
            .map(|(event, _)| event.clone())
            .collect()
    }

    /// The ids of every container that exists.
    pub fn container_ids(&self) -> Vec<ContainerId> {
        self.state()
            .containers
            .keys()
            .map(|id| ContainerId::new(id.clone()))
            .collect()
    }

    /// Records the call and returns a scripted failure or unavailability, if any.
    fn enter(
        &self,
        operation: Operation,
        argument: &str,
    ) -> Result<MutexGuard<'_, State>, RuntimeError> {
        let mut state = self.state();
        state.calls.push(format!(
            "{} {argument}",
            operation.describe().replace(' ', "_")
        ));
        if !state.available {
            return Err(RuntimeError::Unavailable {
                operation,
                message: "the fake daemon is unavailable".to_string(),
            });
        }
        if let Some(error) = state
            .failures
            .get_mut(&operation)
            .and_then(VecDeque::pop_front)
        {
            return Err(error);
        }
        Ok(state)
    }
}

impl State {
    fn new_image_info(&mut self, image: &str) -> ImageInfo {
        let n = self.bump_id();
        ImageInfo {
            id: format!("sha256:{n:064x}"),
            digest: Some(format!("{image}@sha256:{:064x}", n + 1_000_000)),
        }
    }

    fn bump_id(&mut self) -> u64 {
        let id = self.next_id;
        self.next_id += 1;
        id
    }

    fn tick(&mut self) -> OffsetDateTime {
        let now = self.now;
        self.now += Duration::from_millis(1);
        now
    }

    /// The map key (full id) of a container given by id or name.
    fn key(&self, operation: Operation, id: &ContainerId) -> Result<String, RuntimeError> {
        if self.containers.contains_key(id.as_str()) {
            return Ok(id.as_str().to_string());
        }
        self.containers
            .iter()
            .find(|(_, c)| c.info.name == id.as_str())
            .map(|(key, _)| key.clone())
            .ok_or_else(|| RuntimeError::NotFound {
                operation,
                message: format!("No such container: {id}"),
            })
    }

    fn emit(&mut self, key: &str, kind: EventKind, sender: &broadcast::Sender<Signal>) {
        let at = self.tick();
        let Some(container) = self.containers.get(key) else {
            return;
        };
        let event = RuntimeEvent {
            container_id: ContainerId::new(key),
            name: Some(container.info.name.clone()),
            kind,
            at,
        };
        let labels = container.info.labels.clone();
        self.history.push((event.clone(), labels.clone()));
        let _ = sender.send(Signal::Event(event, labels));
    }

    /// Ends a running container's process.
    fn finish(&mut self, key: &str, exit_code: i64, oom: bool, sender: &broadcast::Sender<Signal>) {
        let now = self.now;
        let Some(container) = self.containers.get_mut(key) else {
            return;
        };
        if container.info.state != ContainerState::Running {
            return;
        }
        container.info.state = ContainerState::Exited;
        container.info.exit_code = Some(exit_code);
        container.info.finished_at = Some(now);
        container.info.oom_killed = oom;
        container.info.pid = None;
        container.info.port_bindings.clear();
        for attachment in container.info.networks.values_mut() {
            attachment.ip_address.clear();
        }
        self.emit(key, EventKind::Die { exit_code }, sender);
    }

    fn allocated_ports(&self) -> Vec<(u16, crate::runtime::Protocol)> {
        self.containers
            .values()
            .flat_map(|c| c.info.port_bindings.iter())
            .map(|p| (p.host_port, p.protocol))
            .collect()
    }
}

#[async_trait]
impl ContainerRuntime for FakeRuntime {
    async fn ping(&self) -> Result<(), RuntimeError> {
        drop(self.enter(Operation::Ping, "")?);
        Ok(())
    }

    async fn info(&self) -> Result<HostInfo, RuntimeError> {
        Ok(self.enter(Operation::Info, "")?.host.clone())
    }

    async fn image_present(&self, image: &str) -> Result<bool, RuntimeError> {
        Ok(self
            .enter(Operation::InspectImage, image)?
            .images
            .contains_key(image))
    }

    async fn pull_image(
        &self,
        image: &str,
        _auth: Option<&RegistryAuth>,
    ) -> Result<ImageInfo, RuntimeError> {
        let mut state = self.enter(Operation::PullImage, image)?;
        if let Some((failure, message)) = state.pull_failures.get(image) {
            return Err(RuntimeError::ImagePull {
                image: image.to_string(),
                failure: *failure,
                message: message.clone(),
            });
        }
        let Some(info) = state.registry.get(image).cloned() else {
            return Err(RuntimeError::ImagePull {
                image: image.to_string(),
                failure: PullFailure::NotFound,
                message: format!("manifest for {image} not found: manifest unknown"),
            });
        };
        state.images.insert(image.to_string(), info.clone());
        Ok(info)
    }

    async fn create_container(&self, spec: &ContainerSpec) -> Result<ContainerId, RuntimeError> {
        let mut state = self.enter(Operation::CreateContainer, &spec.name)?;
        let Some(image) = state.images.get(&spec.image).cloned() else {
            return Err(RuntimeError::NotFound {
                operation: Operation::CreateContainer,
                message: format!("No such image: {}", spec.image),
            });
        };
        if state.containers.values().any(|c| c.info.name == spec.name) {
            return Err(RuntimeError::Conflict {
                operation: Operation::CreateContainer,
                message: format!(
                    "Conflict. The container name \"/{}\" is already in use",
                    spec.name
                ),
            });
        }
        if let NetworkMode::Network(network) = &spec.network_mode {
            if !state
                .networks
                .values()
                .any(|n| &n.name == network || n.id.as_str() == network)
            {
                return Err(RuntimeError::NotFound {
                    operation: Operation::CreateContainer,
                    message: format!("network {network} not found"),
                });
            }
        }
        let n = state.bump_id();
        let key = format!("{n:064x}");
        let created = state.tick().unix_timestamp();
        let info = ContainerInfo {
            id: ContainerId::new(key.clone()),
            name: spec.name.clone(),
            state: ContainerState::Created,
            exit_code: None,
            started_at: None,
            finished_at: None,
            oom_killed: false,
            error: None,
            health: None,
            port_bindings: Vec::new(),
            networks: BTreeMap::new(),
            labels: spec.labels.clone(),
            image: spec.image.clone(),
            image_id: image.id,
            network_mode: spec.network_mode.docker_mode(),
            pid: None,
            restart_count: 0,
        };
        state.containers.insert(
            key.clone(),
            FakeContainer {
                spec: spec.clone(),
                info,
                logs: String::new(),
                created,
            },
        );
        state.emit(&key, EventKind::Create, &self.inner.events);
        Ok(ContainerId::new(key))
    }

    async fn start_container(&self, id: &ContainerId) -> Result<(), RuntimeError> {
        let mut state = self.enter(Operation::StartContainer, id.as_str())?;
        let key = state.key(Operation::StartContainer, id)?;
        let (spec, current) = match state.containers.get(&key) {
            Some(c) => (c.spec.clone(), c.info.state),
            None => return Ok(()),
        };
        if current == ContainerState::Running {
            return Ok(());
        }
        // Host ports: fixed ones must be free; dynamic ones come from a counter.
        let taken = state.allocated_ports();
        let mut ports = Vec::new();
        if !matches!(
            spec.network_mode,
            NetworkMode::Host | NetworkMode::None | NetworkMode::Container(_)
        ) {
            for binding in &spec.port_bindings {
                let host_port = match binding.host_port {
                    Some(port) if port != 0 => {
                        if taken.contains(&(port, binding.protocol)) {
                            return Err(RuntimeError::Other {
                                operation: Operation::StartContainer,
                                message: format!(
                                    "Bind for 0.0.0.0:{port} failed: port is already allocated"
                                ),
                            });
                        }
                        port
                    }
                    _ => {
                        let port = state.next_port;
                        state.next_port =
                            state.next_port.wrapping_add(1).max(FAKE_FIRST_DYNAMIC_PORT);
                        port
                    }
                };
                ports.push(AssignedPort {
                    container_port: binding.container_port,
                    protocol: binding.protocol,
                    host_ip: binding
                        .host_ip
                        .clone()
                        .unwrap_or_else(|| "0.0.0.0".to_string()),
                    host_port,
                });
            }
        }
        ports.sort();
        let ip = state.next_ip;
        state.next_ip = state.next_ip.wrapping_add(1).max(2);
        let networks = match &spec.network_mode {
            NetworkMode::Bridge => BTreeMap::from([(
                "bridge".to_string(),
                NetworkAttachment {
                    network_id: "fake-bridge".to_string(),
                    ip_address: format!("172.17.0.{ip}"),
                    ip_prefix_len: Some(16),
                    gateway: Some("172.17.0.1".to_string()),
                    mac_address: None,
                },
            )]),
            NetworkMode::Network(name) => {
                let network = state
                    .networks
                    .values()
                    .find(|n| &n.name == name || n.id.as_str() == name);
                let (network_id, gateway) = network
                    .map(|n| (n.id.to_string(), n.gateways.first().cloned()))
                    .unwrap_or_default();
                let prefix = gateway
                    .as_deref()
                    .and_then(|g| g.rsplit_once('.'))
                    .map(|(prefix, _)| prefix.to_string())
                    .unwrap_or_else(|| "172.18.0".to_string());
                BTreeMap::from([(
                    name.clone(),
                    NetworkAttachment {
                        network_id,
                        ip_address: format!("{prefix}.{ip}"),
                        ip_prefix_len: Some(24),
                        gateway,
                        mac_address: None,
                    },
                )])
            }
            NetworkMode::Host => {
                BTreeMap::from([("host".to_string(), NetworkAttachment::default())])
            }
            NetworkMode::None => {
                BTreeMap::from([("none".to_string(), NetworkAttachment::default())])
            }
            NetworkMode::Container(_) => BTreeMap::new(),
        };
        let now = state.now;
        let pid = u32::try_from(1000 + state.next_id).unwrap_or(u32::MAX);
        if let Some(container) = state.containers.get_mut(&key) {
            container.info.state = ContainerState::Running;
            container.info.started_at = Some(now);
            container.info.finished_at = None;
            container.info.exit_code = None;
            container.info.pid = Some(pid);
            container.info.port_bindings = ports;
            container.info.networks = networks;
            let has_check = spec
                .health_check
                .as_ref()
                .is_some_and(|check| check.test != HealthCheckTest::Disabled);
            container.info.health = has_check.then_some(HealthState {
                status: ContainerHealth::Starting,
                failing_streak: 0,
                last_output: None,
                last_exit_code: None,
            });
        }
        state.emit(&key, EventKind::Start, &self.inner.events);
        if let Some(code) = state.exit_on_start.get(&spec.name).copied() {
            state.finish(&key, code, false, &self.inner.events);
        }
        drop(state);
        self.inner.changed.notify_waiters();
        Ok(())
    }

    async fn stop_container(
        &self,
        id: &ContainerId,
        _timeout: Duration,
    ) -> Result<(), RuntimeError> {
        let mut state = self.enter(Operation::StopContainer, id.as_str())?;
        let key = state.key(Operation::StopContainer, id)?;
        let name = state
            .containers
            .get(&key)
            .map(|c| c.info.name.clone())
            .unwrap_or_default();
        let code = state.stop_exit_codes.get(&name).copied().unwrap_or(0);
        state.finish(&key, code, false, &self.inner.events);
        drop(state);
        self.inner.changed.notify_waiters();
        Ok(())
    }

    async fn remove_container(
        &self,
        id: &ContainerId,
        options: RemoveOptions,
    ) -> Result<(), RuntimeError> {
        let mut state = self.enter(Operation::RemoveContainer, id.as_str())?;
        let Ok(key) = state.key(Operation::RemoveContainer, id) else {
            return Ok(());
        };
        let running = state
            .containers
            .get(&key)
            .is_some_and(|c| c.info.state == ContainerState::Running);
        if running && !options.force {
            return Err(RuntimeError::Conflict {
                operation: Operation::RemoveContainer,
                message: format!("You cannot remove a running container {key}. Stop the container before attempting removal or force remove"),
            });
        }
        if running {
            state.finish(&key, 137, false, &self.inner.events);
        }
        state.emit(&key, EventKind::Destroy, &self.inner.events);
        state.containers.remove(&key);
        drop(state);
        self.inner.changed.notify_waiters();
        Ok(())
    }

    async fn inspect_container(
        &self,
        id: &ContainerId,
    ) -> Result<Option<ContainerInfo>, RuntimeError> {
        let state = self.enter(Operation::InspectContainer, id.as_str())?;
        let Ok(key) = state.key(Operation::InspectContainer, id) else {
            return Ok(None);
        };
        Ok(state.containers.get(&key).map(|c| c.info.clone()))
    }

    async fn list_containers(
        &self,
        labels: &[LabelFilter],
    ) -> Result<Vec<ContainerSummary>, RuntimeError> {
        let state = self.enter(Operation::ListContainers, "")?;
        Ok(state
            .containers
            .values()
            .filter(|c| labels.iter().all(|filter| filter.matches(&c.info.labels)))
            .map(|c| ContainerSummary {
                id: c.info.id.clone(),
                name: c.info.name.clone(),
                image: c.info.image.clone(),
                image_id: c.info.image_id.clone(),
                state: c.info.state,
                labels: c.info.labels.clone(),
                created: c.created,
            })
            .collect())
    }

    async fn wait_container(&self, id: &ContainerId) -> Result<i64, RuntimeError> {
        drop(self.enter(Operation::WaitContainer, id.as_str())?);
        // Bounded only by the container: like Docker's wait, this returns when it stops running.
        loop {
            let notified = self.inner.changed.notified();
            tokio::pin!(notified);
            notified.as_mut().enable();
            {
                let state = self.state();
                let key = state.key(Operation::WaitContainer, id)?;
                if let Some(container) = state.containers.get(&key) {
                    if container.info.state != ContainerState::Running {
                        return Ok(container.info.exit_code.unwrap_or(0));
                    }
                }
            }
            notified.await;
        }
    }

    async fn events(&self, filter: &EventFilter) -> Result<EventStream, RuntimeError> {
        let state = self.enter(Operation::Events, "")?;
        // Subscribe while holding the lock so no event falls between the replay and the live feed.
        let receiver = self.inner.events.subscribe();
        let matches = {
            let labels = filter.labels.clone();
            move |event_labels: &BTreeMap<String, String>| {
                labels.iter().all(|l| l.matches(event_labels))
            }
        };
        let replay: Vec<RuntimeEvent> = match filter.since {
            Some(since) => state
                .history
                .iter()
                .filter(|(event, labels)| event.at >= since && matches(labels))
                .map(|(event, _)| event.clone())
                .collect(),
            None => Vec::new(),
        };
        drop(state);
        let live = futures::stream::unfold(Some(receiver), move |receiver| {
            let matches = matches.clone();
            async move {
                let mut receiver = receiver?;
                loop {
                    match receiver.recv().await {
                        Ok(Signal::Event(event, labels)) if matches(&labels) => {
                            return Some((Ok(event), Some(receiver)))
                        }
                        Ok(Signal::Event(..)) => {}
                        Ok(Signal::Disconnect) | Err(broadcast::error::RecvError::Closed) => {
                            let error = RuntimeError::Unavailable {
                                operation: Operation::Events,
                                message: "the fake daemon's event stream ended".to_string(),
                            };
                            return Some((Err(error), None));
                        }
                        Err(broadcast::error::RecvError::Lagged(missed)) => {
                            let error = RuntimeError::Other {
                                operation: Operation::Events,
                                message: format!(
                                    "the event stream lagged and lost {missed} events"
                                ),
                            };
                            return Some((Err(error), None));
                        }
                    }
                }
            }
        });
        Ok(futures::stream::iter(replay.into_iter().map(Ok))
            .chain(live)
            .boxed())
    }

    async fn container_logs(
        &self,
        id: &ContainerId,
        tail: Option<usize>,
    ) -> Result<String, RuntimeError> {
        let state = self.enter(Operation::ContainerLogs, id.as_str())?;
        let key = state.key(Operation::ContainerLogs, id)?;
        let logs = state
            .containers
            .get(&key)
            .map(|c| c.logs.clone())
            .unwrap_or_default();
        Ok(match tail {
            None => logs,
            Some(n) => {
                let lines: Vec<&str> = logs.lines().collect();
                let start = lines.len().saturating_sub(n);
                lines[start..]
                    .iter()
                    .map(|line| format!("{line}\n"))
                    .collect()
            }
        })
    }

    async fn stats_once(&self, id: &ContainerId) -> Result<ContainerStats, RuntimeError> {
        let state = self.enter(Operation::Stats, id.as_str())?;
        let key = state.key(Operation::Stats, id)?;
        let limit = state
            .containers
            .get(&key)
            .and_then(|c| c.spec.memory_limit_mib)
            .map(|mib| mib * 1024 * 1024)
            .unwrap_or(state.host.mem_total_bytes);
        Ok(ContainerStats {
            cpu_total_ns: 0,
            system_cpu_ns: Some(0),
            online_cpus: Some(state.host.ncpu),
            memory_usage_bytes: Some(0),
            memory_limit_bytes: Some(limit),
            raw: serde_json::json!({
                "id": key,
                "memory_stats": {"usage": 0, "limit": limit},
                "cpu_stats": {"cpu_usage": {"total_usage": 0}, "online_cpus": state.host.ncpu},
            }),
        })
    }

    async fn create_network(
        &self,
        name: &str,
        labels: &BTreeMap<String, String>,
    ) -> Result<NetworkId, RuntimeError> {
        let mut state = self.enter(Operation::CreateNetwork, name)?;
        if state.networks.values().any(|n| n.name == name) {
            return Err(RuntimeError::Conflict {
                operation: Operation::CreateNetwork,
                message: format!("network with name {name} already exists"),
            });
        }
        let n = state.bump_id();
        let id = NetworkId::new(format!("{n:064x}"));
        let third_octet = 18 + state.networks.len() % 200;
        state.networks.insert(
            id.to_string(),
            NetworkInfo {
                id: id.clone(),
                name: name.to_string(),
                driver: "bridge".to_string(),
                subnets: vec![format!("172.{third_octet}.0.0/24")],
                gateways: vec![format!("172.{third_octet}.0.1")],
                labels: labels.clone(),
                containers: Vec::new(),
            },
        );
        Ok(id)
    }

    async fn remove_network(&self, id: &NetworkId) -> Result<(), RuntimeError> {
        let mut state = self.enter(Operation::RemoveNetwork, id.as_str())?;
        let Some(key) = state
            .networks
            .values()
            .find(|n| n.id == *id || n.name == id.as_str())
            .map(|n| n.id.to_string())
        else {
            return Ok(());
        };
        let name = state
            .networks
            .get(&key)
            .map(|n| n.name.clone())
            .unwrap_or_default();
        let in_use = state.containers.values().any(|c| {
            c.info.state == ContainerState::Running
                && matches!(&c.spec.network_mode, NetworkMode::Network(n) if *n == name || *n == key)
        });
        if in_use {
            return Err(RuntimeError::Conflict {
                operation: Operation::RemoveNetwork,
                message: format!(
                    "error while removing network: network {name} id {key} has active endpoints"
                ),
            });
        }
        state.networks.remove(&key);
        Ok(())
    }

    async fn inspect_network(&self, id: &NetworkId) -> Result<Option<NetworkInfo>, RuntimeError> {
        let state = self.enter(Operation::InspectNetwork, id.as_str())?;
        let Some(mut network) = state
            .networks
            .values()
            .find(|n| n.id == *id || n.name == id.as_str())
            .cloned()
        else {
            return Ok(None);
        };
        network.containers = state
            .containers
            .values()
            .filter(|c| c.info.state == ContainerState::Running)
            .filter(|c| matches!(&c.spec.network_mode, NetworkMode::Network(n) if *n == network.name || *n == network.id.as_str()))
            .map(|c| c.info.id.clone())
            .collect();
        Ok(Some(network))
    }
}

#[cfg(test)]
mod tests;
