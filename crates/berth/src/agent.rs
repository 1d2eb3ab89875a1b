//! `berth agent`: joins a cluster as a container instance and runs its tasks on Docker.
//! Also used by `berth up` to run the local agent in the same process as the control plane.

use anyhow::{Context, Result};
use berth_agent::{AgentConfig, Credentials};
use clap::Args;
use std::path::PathBuf;
use std::sync::Arc;
use tokio_util::sync::CancellationToken;

/// Flags of `berth agent`.
#[derive(Debug, Clone, Args)]
pub struct AgentArgs {
    /// The control plane, e.g. http://127.0.0.1:7600.
    #[arg(long, env = "BERTH_ENDPOINT")]
    pub endpoint: String,
    /// The cluster to join (name or ARN).
    #[arg(long, env = "BERTH_CLUSTER", default_value = "default")]
    pub cluster: String,
    /// Where the agent keeps its identity and task states.
    #[arg(long, env = "BERTH_AGENT_DATA_DIR")]
    pub data_dir: Option<PathBuf>,
    /// Region to sign requests for.
    #[arg(long, env = "AWS_REGION", default_value = "us-east-1")]
    pub region: String,
    /// Extra attributes to register, KEY=VALUE or KEY (repeatable).
    #[arg(long = "attribute", value_name = "KEY=VALUE")]
    pub attributes: Vec<String>,
    /// Availability zone to report (default: the region's first zone, e.g. us-east-1a).
    #[arg(long)]
    pub availability_zone: Option<String>,
    /// Instance type to report.
    #[arg(long)]
    pub instance_type: Option<String>,
    /// CPU units to register instead of cores × 1024.
    #[arg(long)]
    pub cpu: Option<i64>,
    /// Memory MiB to register instead of the host's memory minus the reserved amount.
    #[arg(long)]
    pub memory: Option<i64>,
    /// Offer this host as FARGATE capacity too (tasks isolated in awsvpc mode).
    #[arg(long)]
    pub fargate: bool,
    /// Offer this host as EXTERNAL capacity too.
    #[arg(long)]
    pub external: bool,
    /// Seconds a STOPPED task's containers are kept before removal (ECS: 3 hours).
    #[arg(long, env = "BERTH_TASK_CLEANUP_WAIT")]
    pub task_cleanup_wait_secs: Option<u64>,
}

impl AgentArgs {
    fn data_dir(&self) -> PathBuf {
        self.data_dir
            .clone()
            .unwrap_or_else(|| crate::default_data_dir().join("agent"))
    }

    /// The agent configuration these flags describe.
    pub fn config(&self, credentials: Credentials) -> Result<AgentConfig> {
        let mut config = AgentConfig::new(
            &self.endpoint,
            &self.cluster,
            self.data_dir(),
            credentials,
            &self.region,
        );
        for attribute in &self.attributes {
            let (name, value) = match attribute.split_once('=') {
                Some((name, value)) => (name, Some(value.to_string())),
                None => (attribute.as_str(), None),
            };
            anyhow::ensure!(!name.is_empty(), "--attribute {attribute:?} has no name");
            config.attributes.push((name.to_string(), value));
        }
        config.availability_zone = self.availability_zone.clone();
        if let Some(instance_type) = &self.instance_type {
            config.instance_type = instance_type.clone();
        }
        config.cpu_units = self.cpu;
        config.memory_mib = self.memory;
        config.fargate = self.fargate;
        config.external = self.external;
        if let Some(secs) = self.task_cleanup_wait_secs {
            config.task_cleanup_wait = std::time::Duration::from_secs(secs);
        }
        Ok(config)
    }
}

/// Runs an agent until `shutdown`.
pub async fn run(config: AgentConfig, shutdown: CancellationToken) -> Result<()> {
    let runtime = berth_docker::DockerRuntime::connect()
        .await
        .context("connecting to the Docker Engine")?;
    berth_agent::run(config, Arc::new(runtime), shutdown)
        .await
        .context("the agent failed")
}

/// `berth agent`: credentials from the usual AWS sources; stops on SIGINT/SIGTERM.
pub async fn main(args: AgentArgs) -> Result<()> {
    let credentials =
        Credentials::resolve(&|name| std::env::var(name).ok()).context("resolving credentials")?;
    let config = args.config(credentials)?;
    let shutdown = CancellationToken::new();
    let signal = shutdown.clone();
    tokio::spawn(async move {
        crate::server::shutdown_signal().await;
        signal.cancel();
    });
    run(config, shutdown).await
}
