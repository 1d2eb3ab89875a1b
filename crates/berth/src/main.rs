//! The `berth` binary: parses the command line and starts the control plane (and, with `up`, a
//! local agent). Everything here is wiring; behaviour lives in the library crates.

mod agent;
mod credentials;
mod deploy;
mod server;

use anyhow::Result;
use clap::{Args, Parser, Subcommand};
use std::net::SocketAddr;
use std::path::PathBuf;

/// berth: the Amazon ECS API, self-hosted, on your own Docker hosts.
#[derive(Debug, Parser)]
#[command(name = "berth", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Start the control plane: the ECS API, the store and the scheduler.
    Server(ServerArgs),
    /// Start the control plane and a local agent in one process (the laptop / CI mode).
    Up(ServerArgs),
    /// Join a cluster as a container instance and run its tasks on this host's Docker.
    Agent(agent::AgentArgs),
    /// Roll out a service (UpdateService) and follow it until it is stable, failed or timed out.
    Deploy(deploy::DeployArgs),
}

/// Flags shared by `server` and `up`.
#[derive(Debug, Clone, Args)]
pub struct ServerArgs {
    /// Address to listen on.
    #[arg(long, env = "BERTH_LISTEN", default_value = "127.0.0.1:7600")]
    pub listen: SocketAddr,
    /// Directory for the embedded store and the generated credentials.
    #[arg(long, env = "BERTH_DATA_DIR")]
    pub data_dir: Option<PathBuf>,
    /// Region reported by `berth up`'s examples (requests are scoped by the region they sign for).
    #[arg(long, env = "BERTH_REGION", default_value = "us-east-1")]
    pub region: String,
    /// Account id that appears in ARNs for the bootstrap credentials.
    #[arg(long, env = "BERTH_ACCOUNT_ID", default_value = "000000000000")]
    pub account_id: String,
    /// How long STOPPED tasks stay describable, in seconds (ECS: about an hour).
    #[arg(long, env = "BERTH_STOPPED_TASK_RETENTION", default_value_t = 3600)]
    pub stopped_task_retention_secs: u64,
    /// Seconds a service task without health checks must have been RUNNING before it counts as
    /// healthy in a rollout (ECS: 40).
    #[arg(long, env = "BERTH_TASK_SETTLE_SECS", default_value_t = 40.0)]
    pub task_settle_secs: f64,
    /// Seconds an instance's agent may stay disconnected before the service scheduler replaces
    /// its tasks elsewhere.
    #[arg(long, env = "BERTH_LOST_TASK_AFTER_SECS", default_value_t = 60.0)]
    pub lost_task_after_secs: f64,
}

impl ServerArgs {
    /// The data directory: the flag, else the user's data dir.
    pub fn data_dir(&self) -> PathBuf {
        self.data_dir.clone().unwrap_or_else(default_data_dir)
    }
}

/// `$XDG_DATA_HOME/berth`, else `~/.local/share/berth`.
pub fn default_data_dir() -> PathBuf {
    if let Some(xdg) = std::env::var_os("XDG_DATA_HOME").filter(|v| !v.is_empty()) {
        return PathBuf::from(xdg).join("berth");
    }
    match std::env::var_os("HOME") {
        Some(home) => PathBuf::from(home).join(".local/share/berth"),
        None => PathBuf::from(".berth"),
    }
}

fn main() -> Result<()> {
    let cli = Cli::parse();
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("BERTH_LOG")
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info")),
        )
        .with_writer(std::io::stderr)
        .init();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    match cli.command {
        Command::Server(args) => runtime.block_on(server::run(args, false)),
        Command::Up(args) => runtime.block_on(server::run(args, true)),
        Command::Agent(args) => runtime.block_on(agent::main(args)),
        Command::Deploy(args) => std::process::exit(runtime.block_on(deploy::main(args))),
    }
}
