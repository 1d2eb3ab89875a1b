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

use time::OffsetDateTime;
use tokio::sync::{broadcast, Notify};

use crate::error::{Operation, PullFailure, RuntimeError};
use crate::runtime::{
    ContainerHealth, ContainerId, ContainerInfo, ContainerSpec, ContainerState, EventKind,
    HealthState, HostInfo, ImageInfo, NetworkInfo, RuntimeEvent,
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

mod operations;

#[cfg(test)]
mod tests;
