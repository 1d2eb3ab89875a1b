//! The task metadata endpoint (ECS v4, and v3 on the same handlers): `/v4/<token>` (this
//! container), `/v4/<token>/task` (the task and its containers), `/v4/<token>/stats` and
//! `/v4/<token>/task/stats` (Docker stats documents). A token is per container, random and
//! persisted, so it identifies the caller without any other authentication.
//!
//! It serves snapshots the actors publish and asks the runtime only for stats; it never changes
//! anything. It listens only on the addresses it is given (never `0.0.0.0`).

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::sync::Arc;

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use berth_docker::{ContainerId, ContainerRuntime};
use berth_lifecycle::NetworkMode;
use serde_json::{json, Value};
use tokio_util::sync::CancellationToken;

use crate::actor::TaskSnapshot;
use crate::clock::rfc3339;
use crate::constants::METADATA_STATS_TIMEOUT;
use crate::registry::Registry;

/// What the endpoint needs.
#[derive(Clone)]
pub struct MetadataState {
    pub registry: Arc<Registry>,
    pub runtime: Arc<dyn ContainerRuntime>,
    /// Reported when an assignment does not say (`AvailabilityZone`).
    pub availability_zone: String,
}

/// The endpoint's routes.
pub fn router(state: MetadataState) -> Router {
    Router::new()
        .route("/v4/{token}", get(container))
        .route("/v4/{token}/task", get(task))
        .route("/v4/{token}/stats", get(container_stats))
        .route("/v4/{token}/task/stats", get(task_stats))
        .route("/v3/{token}", get(container))
        .route("/v3/{token}/task", get(task))
        .route("/v3/{token}/stats", get(container_stats))
        .route("/v3/{token}/task/stats", get(task_stats))
        .with_state(state)
}

/// Serves `router` on every listener until `shutdown`.
pub async fn serve(
    listeners: Vec<tokio::net::TcpListener>,
    router: Router,
    shutdown: CancellationToken,
) {
    let mut servers = tokio::task::JoinSet::new();
    for listener in listeners {
        let app = router.clone();
        let stop = shutdown.clone();
        servers.spawn(async move {
            let served = axum::serve(listener, app)
                .with_graceful_shutdown(async move { stop.cancelled().await })
                .await;
            if let Err(error) = served {
                tracing::warn!(%error, "metadata listener failed");
            }
        });
    }
    while servers.join_next().await.is_some() {}
}

fn not_found() -> Response {
    (
        StatusCode::NOT_FOUND,
        Json(json!({"error": "unknown metadata token"})),
    )
        .into_response()
}

/// The snapshot and container name a token names.
fn lookup(state: &MetadataState, token: &str) -> Option<(Arc<TaskSnapshot>, String)> {
    let (task_arn, container) = state.registry.token(token)?;
    let handle = state.registry.actor(&task_arn)?;
    let snapshot = handle.snapshot.borrow().clone();
    Some((snapshot, container))
}

fn network_mode_name(mode: NetworkMode) -> &'static str {
    match mode {
        NetworkMode::Bridge => "bridge",
        NetworkMode::Host => "host",
        NetworkMode::Awsvpc => "awsvpc",
        NetworkMode::None => "none",
    }
}

/// One container's v4 metadata document.
pub fn container_document(snapshot: &TaskSnapshot, name: &str) -> Option<Value> {
    let plan = &snapshot.plan;
    let record = &snapshot.record;
    let c = plan.container(name)?;
    let state = record.state.containers.get(name)?;
    let extra = record.containers.get(name).cloned().unwrap_or_default();
    let d = &c.definition;
    let mut labels: BTreeMap<String, String> = d.docker_labels.clone().unwrap_or_default();
    labels.extend(plan.labels(&crate::config::short_cluster(&plan.cluster_arn), name));
    let mode = network_mode_name(plan.network_mode);
    let mut network = json!({ "NetworkMode": mode });
    let addresses: Vec<String> = match plan.network_mode {
        NetworkMode::Awsvpc => record
            .private_ipv4()
            .map(str::to_owned)
            .into_iter()
            .collect(),
        _ => extra.networks.values().cloned().collect(),
    };
    if !addresses.is_empty() {
        network["IPv4Addresses"] = json!(addresses);
    }
    let mut doc = json!({
        "DockerId": state.runtime_id.clone().unwrap_or_default(),
        "Name": name,
        "DockerName": c.docker_name,
        "Image": d.image.clone().unwrap_or_default(),
        "ImageID": extra.image_id.clone().unwrap_or_default(),
        "Labels": labels,
        "DesiredStatus": state.desired,
        "KnownStatus": state.known,
        "Limits": { "CPU": d.cpu.unwrap_or(0), "Memory": d.memory.unwrap_or(0) },
        "Type": "NORMAL",
        "Networks": [network],
    });
    if let Some(arn) = &c.container_arn {
        doc["ContainerARN"] = arn.as_str().into();
    }
    if let Some(at) = extra.created_at.and_then(rfc3339) {
        doc["CreatedAt"] = at.into();
    }
    if let Some(at) = state.started_at.and_then(rfc3339) {
        doc["StartedAt"] = at.into();
    }
    if let Some(at) = state.finished_at.and_then(rfc3339) {
        doc["FinishedAt"] = at.into();
    }
    if let Some(code) = state.exit_code {
        doc["ExitCode"] = code.into();
    }
    if d.health_check.is_some() {
        doc["Health"] = json!({ "status": state.health.as_str() });
    }
    if let Some(log) = &d.log_configuration {
        doc["LogDriver"] = log.log_driver.clone().unwrap_or_default().into();
        doc["LogOptions"] = json!(log.options.clone().unwrap_or_default());
    } else {
        doc["LogDriver"] = "json-file".into();
    }
    if !extra.network_bindings.is_empty() {
        doc["Ports"] = extra
            .network_bindings
            .iter()
            .map(|b| {
                json!({
                    "ContainerPort": b.container_port,
                    "Protocol": b.protocol,
                    "HostPort": b.host_port,
                    "HostIp": b.bind_ip,
                })
            })
            .collect();
    }
    Some(doc)
}

/// The task's v4 metadata document.
pub fn task_document(snapshot: &TaskSnapshot, default_zone: &str) -> Value {
    let plan = &snapshot.plan;
    let record = &snapshot.record;
    let state = &record.state;
    let containers: Vec<Value> = plan
        .containers
        .iter()
        .filter_map(|c| container_document(snapshot, &c.name))
        .collect();
    let desired = if state.desired == berth_lifecycle::DesiredStatus::Running {
        "RUNNING"
    } else {
        "STOPPED"
    };
    let mut limits = json!({});
    if let Some(cpu) = plan.task_cpu {
        limits["CPU"] = json!(cpu as f64 / 1024.0);
    }
    if let Some(memory) = plan.task_memory {
        limits["Memory"] = json!(memory);
    }
    let a = &record.assignment;
    let mut doc = json!({
        "Cluster": plan.cluster_arn,
        "TaskARN": plan.task_arn,
        "Family": plan.family,
        "Revision": plan.revision.to_string(),
        "DesiredStatus": desired,
        "KnownStatus": state.known.as_str(),
        "Containers": containers,
        "Limits": limits,
        "AvailabilityZone": a.availability_zone.clone().unwrap_or_else(|| default_zone.to_owned()),
        "LaunchType": a.launch_type.clone().unwrap_or_else(|| "EC2".into()),
    });
    for (key, at) in [
        ("PullStartedAt", state.pull_started_at),
        ("PullStoppedAt", state.pull_stopped_at),
        ("ExecutionStoppedAt", state.execution_stopped_at),
    ] {
        if let Some(text) = at.and_then(rfc3339) {
            doc[key] = text.into();
        }
    }
    if let Some(service) = a.group.as_deref().and_then(|g| g.strip_prefix("service:")) {
        doc["ServiceName"] = service.into();
    }
    doc
}

async fn container(State(state): State<MetadataState>, Path(token): Path<String>) -> Response {
    match lookup(&state, &token).and_then(|(s, name)| container_document(&s, &name)) {
        Some(doc) => Json(doc).into_response(),
        None => not_found(),
    }
}

async fn task(State(state): State<MetadataState>, Path(token): Path<String>) -> Response {
    match lookup(&state, &token) {
        Some((snapshot, _)) => {
            Json(task_document(&snapshot, &state.availability_zone)).into_response()
        }
        None => not_found(),
    }
}

async fn stats_of(state: &MetadataState, id: &str) -> Value {
    let id = ContainerId::new(id);
    let call = state.runtime.stats_once(&id);
    match tokio::time::timeout(METADATA_STATS_TIMEOUT, call).await {
        Ok(Ok(stats)) => stats.raw,
        _ => Value::Null,
    }
}

async fn container_stats(
    State(state): State<MetadataState>,
    Path(token): Path<String>,
) -> Response {
    let Some((snapshot, name)) = lookup(&state, &token) else {
        return not_found();
    };
    let id = snapshot
        .record
        .state
        .containers
        .get(&name)
        .and_then(|c| c.runtime_id.clone());
    match id {
        Some(id) => Json(stats_of(&state, &id).await).into_response(),
        None => Json(Value::Null).into_response(),
    }
}

async fn task_stats(State(state): State<MetadataState>, Path(token): Path<String>) -> Response {
    let Some((snapshot, _)) = lookup(&state, &token) else {
        return not_found();
    };
    let mut out = serde_json::Map::new();
    for c in snapshot.record.state.containers.values() {
        if let Some(id) = &c.runtime_id {
            out.insert(id.clone(), stats_of(&state, id).await);
        }
    }
    Json(Value::Object(out)).into_response()
}

/// Binds `port` (0: any free one) on 127.0.0.1, then the same port on each of `extra`.
/// Addresses that cannot be bound are skipped (logged): containers of that network then have no
/// metadata endpoint, which must not stop the agent.
pub async fn bind(
    port: u16,
    extra: &[std::net::IpAddr],
) -> std::io::Result<(u16, Vec<tokio::net::TcpListener>)> {
    let local = tokio::net::TcpListener::bind(SocketAddr::from(([127, 0, 0, 1], port))).await?;
    let port = local.local_addr()?.port();
    let mut listeners = vec![local];
    for ip in extra {
        if ip.is_unspecified() || ip.is_loopback() {
            continue;
        }
        match tokio::net::TcpListener::bind(SocketAddr::new(*ip, port)).await {
            Ok(listener) => listeners.push(listener),
            Err(error) => tracing::warn!(%error, %ip, port, "cannot bind the metadata endpoint"),
        }
    }
    Ok((port, listeners))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::task_record::TaskRecord;
    use crate::testkit;
    use berth_lifecycle::{apply, Event};

    #[test]
    fn documents_describe_the_task_and_its_containers() {
        let mut definition = testkit::definition(&["app", "side"], "bridge");
        definition.family = Some("web".into());
        definition.revision = Some(4);
        definition.cpu = Some("512".into());
        definition.memory = Some("1024".into());
        let (assignment, plan) = testkit::plan_of(definition);
        let mut record = TaskRecord::new(assignment, &plan, || "tok".into());
        for event in [
            Event::Created {
                container: "app".into(),
                runtime_id: "abc".into(),
            },
            Event::Started {
                container: "app".into(),
                at: 1_767_225_600.0,
            },
        ] {
            record.state = apply(&record.state, &event).unwrap();
        }
        record.containers.get_mut("app").unwrap().networks =
            BTreeMap::from([("bridge".to_owned(), "172.17.0.2".to_owned())]);
        let snapshot = TaskSnapshot {
            plan: Arc::new(plan),
            record,
        };
        let doc = container_document(&snapshot, "app").unwrap();
        assert_eq!(doc["DockerId"], "abc");
        assert_eq!(doc["Name"], "app");
        assert_eq!(doc["KnownStatus"], "RUNNING");
        assert_eq!(doc["DesiredStatus"], "RUNNING");
        assert_eq!(doc["StartedAt"], "2026-01-01T00:00:00Z");
        assert_eq!(doc["Networks"][0]["NetworkMode"], "bridge");
        assert_eq!(doc["Networks"][0]["IPv4Addresses"][0], "172.17.0.2");
        assert_eq!(
            doc["Labels"]["com.amazonaws.ecs.task-definition-family"],
            "web"
        );
        assert!(doc["ContainerARN"].as_str().unwrap().ends_with("/app"));
        let task = task_document(&snapshot, "us-east-1a");
        assert_eq!(task["Family"], "web");
        assert_eq!(task["Revision"], "4");
        assert_eq!(task["KnownStatus"], "PROVISIONING");
        assert_eq!(task["Limits"]["CPU"], 0.5);
        assert_eq!(task["Limits"]["Memory"], 1024);
        assert_eq!(task["Containers"].as_array().unwrap().len(), 2);
        assert_eq!(task["AvailabilityZone"], "us-east-1a");
        assert_eq!(task["LaunchType"], "EC2");
        assert!(container_document(&snapshot, "nope").is_none());
    }
}
