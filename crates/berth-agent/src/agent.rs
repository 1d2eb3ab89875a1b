//! Putting the agent together: wait for the runtime, prepare the awsvpc prerequisites (pause
//! image, network), bind the metadata endpoint, register, restore persisted tasks, then run the
//! event router, the periodic reconcile and the control-plane session until shutdown.
//!
//! Wiring only: every decision lives in the modules it calls. The tokio runtime is the caller's
//! choice (a current-thread runtime is enough and keeps the idle footprint small).

use std::net::IpAddr;
use std::sync::Arc;

use berth_docker::{ContainerRuntime, HostInfo, NetworkId};
use tokio_util::sync::CancellationToken;
use tokio_util::task::TaskTracker;

use crate::backoff::Backoff;
use crate::config::AgentConfig;
use crate::constants::{SESSION_BACKOFF_MAX, SESSION_BACKOFF_MIN};
use crate::ecs_client::EcsClient;
use crate::effects::{self, EffectEnv};
use crate::engine::{Engine, MetadataBases, Shared};
use crate::metadata::{self, MetadataState};
use crate::pause;
use crate::persist::{DataDir, PersistError};
use crate::registration::{self, random_instance_hex, InstanceRecord, RegistrationError};
use crate::registry::Registry;
use crate::session::{self, SessionParams};
use crate::signer::{Endpoint, EndpointError, Signer};

/// Why the agent could not start.
#[derive(Debug, thiserror::Error)]
pub enum AgentError {
    #[error(transparent)]
    Endpoint(#[from] EndpointError),
    #[error(transparent)]
    Persist(#[from] PersistError),
    #[error(transparent)]
    Registration(#[from] RegistrationError),
    #[error("cannot bind the task metadata endpoint: {0}")]
    Metadata(#[source] std::io::Error),
}

/// A started agent.
pub struct RunningAgent {
    pub container_instance_arn: String,
    pub instance_id: String,
    /// The metadata endpoint's port (on 127.0.0.1 and the Docker gateways).
    pub metadata_port: u16,
    pub engine: Engine,
    background: TaskTracker,
    shutdown: CancellationToken,
}

impl RunningAgent {
    /// Waits until `shutdown` is cancelled and everything has stopped. Containers keep running:
    /// a restarted agent re-adopts them.
    pub async fn wait(self) {
        self.shutdown.cancelled().await;
        self.engine.shutdown().await;
        self.background.close();
        self.background.wait().await;
    }
}

/// Runs the agent until `shutdown` (see [`start`]).
pub async fn run(
    config: AgentConfig,
    runtime: Arc<dyn ContainerRuntime>,
    shutdown: CancellationToken,
) -> Result<(), AgentError> {
    if let Some(agent) = start(config, runtime, shutdown).await? {
        agent.wait().await;
    }
    Ok(())
}

/// Waits for the runtime to answer (forever, with backoff); `None` on shutdown.
async fn host_info(
    runtime: &Arc<dyn ContainerRuntime>,
    shutdown: &CancellationToken,
) -> Option<HostInfo> {
    let mut backoff = Backoff::new(SESSION_BACKOFF_MIN, SESSION_BACKOFF_MAX);
    loop {
        match runtime.info().await {
            Ok(info) => return Some(info),
            Err(error) => tracing::warn!(%error, "the container runtime is not available yet"),
        }
        let delay = backoff.next_delay(&mut rand::thread_rng());
        tokio::select! {
            () = tokio::time::sleep(delay) => {}
            () = shutdown.cancelled() => return None,
        }
    }
}

/// The gateway address of a Docker network: the one Docker reports, else the first host
/// address of its first IPv4 subnet (Docker's default bridge often lists no gateway in its IPAM
/// configuration, and Docker always gives the bridge that first address).
pub fn network_gateway(gateways: &[String], subnets: &[String]) -> Option<IpAddr> {
    if let Some(ip) = gateways
        .iter()
        .find_map(|g| g.parse::<std::net::Ipv4Addr>().ok())
    {
        return Some(IpAddr::V4(ip));
    }
    subnets.iter().find_map(|subnet| {
        let (base, bits) = subnet.split_once('/')?;
        let base: std::net::Ipv4Addr = base.parse().ok()?;
        let bits: u32 = bits.parse().ok().filter(|b| *b < 31)?;
        let mask = u32::MAX.checked_shl(32 - bits).unwrap_or(0);
        Some(IpAddr::V4((u32::from(base) & mask).wrapping_add(1).into()))
    })
}

async fn gateway(runtime: &Arc<dyn ContainerRuntime>, network: &str) -> Option<IpAddr> {
    let info = runtime
        .inspect_network(&NetworkId::new(network))
        .await
        .ok()
        .flatten()?;
    network_gateway(&info.gateways, &info.subnets)
}

/// Registers until it succeeds (transient failures are retried forever); `None` on shutdown.
async fn register(
    client: &EcsClient,
    data: &DataDir,
    config: &AgentConfig,
    host: &HostInfo,
    record: &mut InstanceRecord,
    shutdown: &CancellationToken,
) -> Result<Option<String>, AgentError> {
    let mut backoff = Backoff::new(SESSION_BACKOFF_MIN, SESSION_BACKOFF_MAX);
    loop {
        let attempt = tokio::select! {
            result = registration::register(client, data, config, host, record) => result,
            () = shutdown.cancelled() => return Ok(None),
        };
        match attempt {
            Ok(arn) => return Ok(Some(arn)),
            Err(RegistrationError::Refused(error)) if error.is_retriable() => {
                tracing::warn!(%error, "registration failed; retrying");
            }
            Err(error) => return Err(error.into()),
        }
        let delay = backoff.next_delay(&mut rand::thread_rng());
        tokio::select! {
            () = tokio::time::sleep(delay) => {}
            () = shutdown.cancelled() => return Ok(None),
        }
    }
}

/// Starts the agent: returns once it is registered and serving (or `None` when `shutdown`
/// came first). Everything keeps running in the background until `shutdown`.
pub async fn start(
    config: AgentConfig,
    runtime: Arc<dyn ContainerRuntime>,
    shutdown: CancellationToken,
) -> Result<Option<RunningAgent>, AgentError> {
    let endpoint = Endpoint::parse(&config.endpoint)?;
    let data = DataDir::open(&config.data_dir)?;
    let mut record = InstanceRecord::load_or_new(&data, random_instance_hex)?;
    let Some(host) = host_info(&runtime, &shutdown).await else {
        return Ok(None);
    };
    let effects_env = EffectEnv {
        runtime: runtime.clone(),
        cluster: config.cluster_name(),
        pull_behavior: config.pull_behavior,
        pause_image: config.pause_image.clone(),
        awsvpc_network: config.awsvpc_network.clone(),
    };
    // awsvpc prerequisites: best effort, an awsvpc task reports what is missing.
    if let Err(error) =
        pause::ensure_pause_image(&runtime, &config.pause_image, &config.busybox_path).await
    {
        tracing::warn!(%error, "no pause image: awsvpc tasks will fail to start");
    }
    if let Err(error) = effects::ensure_network(&effects_env).await {
        tracing::warn!(%error, "cannot create the awsvpc network");
    }
    let bridge = gateway(&runtime, "bridge").await;
    let awsvpc = gateway(&runtime, &config.awsvpc_network).await;
    let binds: Vec<IpAddr> = config
        .metadata_bind
        .clone()
        .unwrap_or_else(|| bridge.into_iter().chain(awsvpc).collect());
    // The port containers already know (from a previous run) unless one is configured.
    let wanted = match config.metadata_port {
        0 => record.metadata_port.unwrap_or(0),
        port => port,
    };
    let (metadata_port, listeners) = match metadata::bind(wanted, &binds).await {
        Ok(bound) => bound,
        Err(error) if config.metadata_port == 0 && wanted != 0 => {
            tracing::warn!(%error, port = wanted, "the previous metadata port is taken; running containers lose their metadata endpoint");
            metadata::bind(0, &binds)
                .await
                .map_err(AgentError::Metadata)?
        }
        Err(error) => return Err(AgentError::Metadata(error)),
    };
    if record.metadata_port != Some(metadata_port) {
        record.metadata_port = Some(metadata_port);
        record.save(&data)?;
    }
    let bound: Vec<IpAddr> = listeners
        .iter()
        .filter_map(|l| l.local_addr().ok())
        .map(|a| a.ip())
        .collect();
    let base = |ip: IpAddr| format!("http://{ip}:{metadata_port}");
    let bases = MetadataBases {
        bridge: bridge.filter(|ip| bound.contains(ip)).map(base),
        awsvpc: awsvpc.filter(|ip| bound.contains(ip)).map(base),
        local: Some(base(IpAddr::from([127, 0, 0, 1]))),
    };

    let signer = Signer::new(config.credentials.clone(), config.region.clone());
    let client = EcsClient::new(endpoint.clone(), signer.clone());
    let Some(arn) = register(&client, &data, &config, &host, &mut record, &shutdown).await? else {
        return Ok(None);
    };
    tracing::info!(container_instance_arn = %arn, instance_id = %record.instance_id, "registered");

    let registry = Arc::new(Registry::default());
    let engine = Engine::new(Shared {
        effects: effects_env,
        data,
        registry: registry.clone(),
        reporter: Arc::new(client),
        metadata: bases,
        cleanup_wait: config.task_cleanup_wait,
        default_stop_timeout_secs: config.default_stop_timeout_secs,
        cluster_name: config.cluster_name(),
        cluster_for_reports: config.cluster.clone(),
        shutdown: shutdown.child_token(),
        tracker: TaskTracker::new(),
        session_reports: tokio::sync::watch::Sender::new(0),
    });
    let restored = engine.restore()?;
    tracing::info!(restored, "restored persisted tasks");

    let background = TaskTracker::new();
    background.spawn(crate::runtime_events::route_events(
        runtime.clone(),
        registry.clone(),
        shutdown.clone(),
    ));
    background.spawn(crate::runtime_events::periodic_reconcile(
        registry.clone(),
        shutdown.clone(),
    ));
    let app = metadata::router(MetadataState {
        registry,
        runtime,
        availability_zone: config.availability_zone(),
    });
    background.spawn(metadata::serve(listeners, app, shutdown.clone()));
    let params = SessionParams {
        endpoint,
        signer,
        cluster: config.cluster.clone(),
        container_instance_arn: arn.clone(),
    };
    let session_engine = engine.clone();
    let session_shutdown = shutdown.clone();
    background.spawn(async move {
        session::run(params, &session_engine, session_shutdown).await;
    });
    Ok(Some(RunningAgent {
        container_instance_arn: arn,
        instance_id: record.instance_id,
        metadata_port,
        engine,
        background,
        shutdown,
    }))
}

#[cfg(test)]
#[path = "agent_tests.rs"]
mod wiring_tests;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gateways_fall_back_to_the_first_subnet_address() {
        let strings = |items: &[&str]| items.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let cases = [
            (
                strings(&["172.18.0.1"]),
                strings(&["172.18.0.0/16"]),
                Some("172.18.0.1"),
            ),
            (
                strings(&[]),
                strings(&["172.17.0.0/16"]),
                Some("172.17.0.1"),
            ),
            (
                strings(&[]),
                strings(&["10.1.2.128/25"]),
                Some("10.1.2.129"),
            ),
            (strings(&["fe80::1"]), strings(&["fd00::/64"]), None),
            (strings(&[]), strings(&[]), None),
        ];
        for (gateways, subnets, expected) in cases {
            let got = network_gateway(&gateways, &subnets).map(|ip| ip.to_string());
            assert_eq!(got.as_deref(), expected, "{gateways:?} {subnets:?}");
        }
    }
}
