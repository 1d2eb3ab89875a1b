//! The [`ContainerRuntime`] operations of [`FakeRuntime`]: each records the call, honours
//! scripted failures and unavailability, then acts on the in-memory state the way Docker would
//! (idempotent start/stop/remove, name conflicts, port allocation, network attachment).
//!
//! Scripting and observation live in the parent module; nothing here touches real I/O.

use std::collections::BTreeMap;
use std::time::Duration;

use async_trait::async_trait;
use futures::StreamExt;
use tokio::sync::broadcast;

use super::{FakeContainer, FakeRuntime, Signal, FAKE_FIRST_DYNAMIC_PORT};
use crate::error::{Operation, PullFailure, RuntimeError};
use crate::runtime::{
    AssignedPort, ContainerHealth, ContainerId, ContainerInfo, ContainerRuntime, ContainerSpec,
    ContainerState, ContainerStats, ContainerSummary, EventFilter, EventKind, EventStream,
    HealthCheckTest, HealthState, HostInfo, ImageInfo, LabelFilter, NetworkAttachment, NetworkId,
    NetworkInfo, NetworkMode, RegistryAuth, RemoveOptions, RuntimeEvent,
};

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
