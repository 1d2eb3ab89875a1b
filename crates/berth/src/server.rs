//! Starts the control plane: opens the store, builds the ECS service, serves HTTP until a signal,
//! and runs the periodic housekeeping (purging stopped tasks).

use crate::credentials::{self, Source};
use crate::ServerArgs;
use anyhow::{Context, Result};
use berth_api::{CredentialSet, ServerConfig, StaticCredential};
use berth_control::service_controller::ServiceController;
use berth_control::{ControlConfig, ControlPlane, SystemClock};
use berth_model::Scope;
use berth_store::SqliteStore;
use berth_wire::ecs as wire;
use std::sync::Arc;
use std::time::Duration;
use tokio_util::sync::CancellationToken;

/// The cluster `berth up`'s local agent joins (created if missing), as ECS's default cluster.
const LOCAL_CLUSTER: &str = "default";

/// How often STOPPED tasks past their retention are purged.
const PURGE_INTERVAL: Duration = Duration::from_secs(60);

pub async fn run(args: ServerArgs, with_agent: bool) -> Result<()> {
    let data_dir = args.data_dir();
    std::fs::create_dir_all(&data_dir)
        .with_context(|| format!("creating data dir {}", data_dir.display()))?;
    let bootstrap = credentials::load_or_create(&data_dir)?;
    let store = SqliteStore::open(data_dir.join("store"))
        .with_context(|| format!("opening the store in {}", data_dir.display()))?;
    let config = ControlConfig {
        stopped_task_retention_secs: args.stopped_task_retention_secs as f64,
        task_settle_secs_without_health_check: args.task_settle_secs,
        lost_task_after_secs: args.lost_task_after_secs,
        ..ControlConfig::default()
    };
    let control = Arc::new(ControlPlane::new(
        Arc::new(store),
        Arc::new(SystemClock),
        config,
    ));
    let credentials = Arc::new(CredentialSet::new([StaticCredential {
        access_key_id: bootstrap.access_key_id.clone(),
        secret_access_key: bootstrap.secret_access_key.clone(),
        session_token: None,
        account: args.account_id.clone(),
        principal: format!("arn:aws:iam::{}:root", args.account_id),
    }]));
    let services: Vec<Arc<dyn berth_api::AwsService>> =
        vec![Arc::new(berth_api::ecs::EcsService::new(control.clone()))];
    let app = berth_api::router_with_agents(
        services,
        credentials,
        ServerConfig::default(),
        control.clone(),
    );
    let listener = tokio::net::TcpListener::bind(args.listen)
        .await
        .with_context(|| format!("listening on {}", args.listen))?;
    let local = listener.local_addr()?;
    let shutdown = CancellationToken::new();
    let signal = shutdown.clone();
    tokio::spawn(async move {
        shutdown_signal().await;
        signal.cancel();
    });

    let purge = tokio::spawn(purge_loop(control.clone()));
    let monitor = tokio::spawn(control.clone().run_agent_monitor());
    let services = tokio::spawn(ServiceController::new(control.clone()).run());
    let serve_shutdown = shutdown.clone();
    let server = tokio::spawn(async move {
        axum::serve(listener, app)
            .with_graceful_shutdown(async move { serve_shutdown.cancelled().await })
            .await
    });
    let agent = if with_agent {
        let scope = Scope::new(&args.region, &args.account_id);
        control
            .create_cluster(
                &scope,
                wire::CreateClusterRequest {
                    cluster_name: Some(LOCAL_CLUSTER.to_string()),
                    ..Default::default()
                },
            )
            .await
            .map_err(|e| anyhow::anyhow!("creating the {LOCAL_CLUSTER} cluster: {e}"))?;
        let credentials = berth_agent::Credentials {
            access_key_id: bootstrap.access_key_id.clone(),
            secret_access_key: bootstrap.secret_access_key.clone(),
            session_token: None,
        };
        let mut config = berth_agent::AgentConfig::new(
            format!("http://{local}"),
            LOCAL_CLUSTER,
            data_dir.join("agent"),
            credentials,
            &args.region,
        );
        // The laptop agent offers every launch type, so Fargate task definitions run unchanged.
        config.fargate = true;
        config.external = true;
        let agent_shutdown = shutdown.clone();
        Some(tokio::spawn(async move {
            if let Err(error) = crate::agent::run(config, agent_shutdown.clone()).await {
                tracing::error!("the local agent stopped: {error:#}");
                agent_shutdown.cancel();
            }
        }))
    } else {
        None
    };
    print_banner(&args, &bootstrap, &local.to_string(), with_agent);
    server
        .await
        .context("the HTTP server task failed")?
        .context("serving HTTP")?;
    if let Some(agent) = agent {
        // Containers keep running; a restarted `berth up` re-adopts them.
        let _ = agent.await;
    }
    purge.abort();
    monitor.abort();
    services.abort();
    tracing::info!("berth stopped");
    Ok(())
}

fn print_banner(
    args: &ServerArgs,
    bootstrap: &credentials::Bootstrap,
    addr: &str,
    with_agent: bool,
) {
    let endpoint = format!("http://{addr}");
    println!("berth is listening on {endpoint} (region {}).", args.region);
    if with_agent {
        println!(
            "A local agent runs this host's Docker as cluster '{LOCAL_CLUSTER}' (EC2, FARGATE, EXTERNAL)."
        );
    }
    match &bootstrap.source {
        Source::File(path) => {
            println!("Credentials: {}", path.display());
            println!();
            println!("  export AWS_SHARED_CREDENTIALS_FILE={}", path.display());
        }
        Source::Environment => {
            println!("Credentials: from BERTH_ACCESS_KEY_ID / BERTH_SECRET_ACCESS_KEY");
            println!();
            println!("  export AWS_ACCESS_KEY_ID=$BERTH_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY=$BERTH_SECRET_ACCESS_KEY");
        }
    }
    println!(
        "  export AWS_ENDPOINT_URL_ECS={endpoint} AWS_REGION={region} AWS_DEFAULT_REGION={region}",
        region = args.region
    );
    if with_agent {
        println!("  aws ecs register-task-definition --family hello --container-definitions \\");
        println!("      '[{{\"name\":\"hello\",\"image\":\"busybox\",\"memory\":64,\"command\":[\"sleep\",\"3600\"]}}]'");
        println!("  aws ecs run-task --task-definition hello");
        println!("  aws ecs list-tasks");
    } else {
        println!("  aws ecs create-cluster --cluster-name default");
    }
    println!();
}

async fn purge_loop(control: Arc<ControlPlane>) {
    let mut tick = tokio::time::interval(PURGE_INTERVAL);
    loop {
        tick.tick().await;
        match control.purge_stopped_tasks().await {
            Ok(0) => {}
            Ok(n) => tracing::info!(purged = n, "purged stopped tasks"),
            Err(error) => tracing::warn!(%error, "purging stopped tasks failed"),
        }
    }
}

pub(crate) async fn shutdown_signal() {
    let ctrl_c = async {
        if let Err(error) = tokio::signal::ctrl_c().await {
            tracing::warn!(%error, "cannot listen for ctrl-c");
            std::future::pending::<()>().await;
        }
    };
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(error) => {
                tracing::warn!(%error, "cannot listen for SIGTERM");
                std::future::pending::<()>().await;
            }
        }
    };
    tokio::select! {
        _ = ctrl_c => {},
        _ = terminate => {},
    }
    tracing::info!("shutting down");
}
