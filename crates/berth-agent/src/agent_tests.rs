//! The whole agent against a scripted control plane (ECS API + WebSocket) and `FakeRuntime`:
//! registration, session, a task to RUNNING through SubmitTaskStateChange, and a restart that
//! re-registers with the saved ARN and re-adopts the task.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::extract::ws::{Message as WsMessage, WebSocketUpgrade};
use axum::http::HeaderMap;
use berth_protocol::{ServerMessage, CONNECT_PATH};
use serde_json::{json, Value};
use tokio_util::sync::CancellationToken;

use super::*;
use crate::config::Credentials;
use crate::testkit::{self, TASK_ARN};

const INSTANCE_ARN: &str = "arn:aws:ecs:us-east-1:123456789012:container-instance/default/abc";

#[derive(Default)]
struct ControlPlane {
    calls: Mutex<Vec<(String, Value)>>,
    connections: Mutex<u32>,
}

impl ControlPlane {
    fn calls(&self, operation: &str) -> Vec<Value> {
        self.calls
            .lock()
            .unwrap()
            .iter()
            .filter(|(op, _)| op == operation)
            .map(|(_, body)| body.clone())
            .collect()
    }
}

async fn fake_control_plane() -> (String, Arc<ControlPlane>) {
    let state = Arc::new(ControlPlane::default());
    let api = state.clone();
    let ws = state.clone();
    let app = axum::Router::new()
        .route(
            "/",
            axum::routing::post(move |headers: HeaderMap, body: axum::body::Bytes| {
                let state = api.clone();
                async move {
                    let target = headers
                        .get("x-amz-target")
                        .and_then(|v| v.to_str().ok())
                        .unwrap_or("")
                        .rsplit('.')
                        .next()
                        .unwrap_or("")
                        .to_owned();
                    let body: Value = serde_json::from_slice(&body).unwrap_or_default();
                    state.calls.lock().unwrap().push((target.clone(), body));
                    let answer = match target.as_str() {
                        "RegisterContainerInstance" => {
                            json!({"containerInstance": {"containerInstanceArn": INSTANCE_ARN}})
                        }
                        _ => json!({"acknowledgment": "true"}),
                    };
                    answer.to_string()
                }
            }),
        )
        .route(
            CONNECT_PATH,
            axum::routing::get(move |upgrade: WebSocketUpgrade| {
                let state = ws.clone();
                async move {
                    *state.connections.lock().unwrap() += 1;
                    upgrade.on_upgrade(|mut socket| async move {
                        let send = |m: ServerMessage| {
                            WsMessage::Text(serde_json::to_string(&m).unwrap().into())
                        };
                        let hello = ServerMessage::Hello {
                            session_id: "s".into(),
                            protocol_version: 1,
                            container_instance_arn: INSTANCE_ARN.into(),
                            heartbeat_interval_ms: 100,
                        };
                        let task = testkit::assignment(testkit::definition(&["app"], "bridge"));
                        let _ = socket.send(send(hello)).await;
                        let list = ServerMessage::TaskList {
                            seq: 1,
                            tasks: vec![task],
                        };
                        let _ = socket.send(send(list)).await;
                        while let Some(Ok(_)) = socket.recv().await {}
                    })
                }
            }),
        );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await });
    (format!("http://{addr}"), state)
}

fn config(endpoint: &str, dir: &std::path::Path) -> AgentConfig {
    let mut config = AgentConfig::new(
        endpoint,
        "default",
        dir,
        Credentials {
            access_key_id: "AK".into(),
            secret_access_key: "SK".into(),
            session_token: None,
        },
        "us-east-1",
    );
    config.metadata_bind = Some(Vec::new());
    config.pause_image = testkit::PAUSE_IMAGE.into();
    config.awsvpc_network = testkit::AWSVPC_NETWORK.into();
    config.attributes = vec![("stack".into(), Some("test".into()))];
    config
}

async fn running_reported(plane: &ControlPlane) {
    testkit::wait_until("RUNNING reported", || {
        plane
            .calls("SubmitTaskStateChange")
            .iter()
            .any(|b| b["task"] == TASK_ARN && b["status"] == "RUNNING")
    })
    .await;
}

#[tokio::test]
async fn the_agent_registers_connects_runs_and_survives_a_restart() {
    let (endpoint, plane) = fake_control_plane().await;
    let dir = tempfile::tempdir().unwrap();
    let fake = testkit::fake();
    let runtime: Arc<dyn ContainerRuntime> = Arc::new(fake.clone());

    let shutdown = CancellationToken::new();
    let agent = tokio::time::timeout(
        Duration::from_secs(10),
        start(
            config(&endpoint, dir.path()),
            runtime.clone(),
            shutdown.clone(),
        ),
    )
    .await
    .unwrap()
    .unwrap()
    .unwrap();
    assert_eq!(agent.container_instance_arn, INSTANCE_ARN);
    assert!(agent.metadata_port > 0);
    let metadata_port = agent.metadata_port;
    running_reported(&plane).await;
    let registration = plane.calls("RegisterContainerInstance")[0].clone();
    assert_eq!(registration["cluster"], "default");
    assert!(registration.get("containerInstanceArn").is_none());
    let attributes = registration["attributes"].as_array().unwrap();
    assert!(attributes
        .iter()
        .any(|a| a["name"] == "stack" && a["value"] == "test"));
    let document: Value =
        serde_json::from_str(registration["instanceIdentityDocument"].as_str().unwrap()).unwrap();
    let instance_id = document["instanceId"].as_str().unwrap().to_owned();
    assert_eq!(instance_id, agent.instance_id);
    shutdown.cancel();
    tokio::time::timeout(Duration::from_secs(10), agent.wait())
        .await
        .unwrap();
    let creates = fake
        .calls()
        .iter()
        .filter(|c| c.starts_with("create_container"))
        .count();

    // Restart: the same identity re-registers with its ARN; the running task is adopted.
    let shutdown = CancellationToken::new();
    let agent = start(config(&endpoint, dir.path()), runtime, shutdown.clone())
        .await
        .unwrap()
        .unwrap();
    // Containers keep the metadata URIs they were given: the port is reused.
    assert_eq!(agent.metadata_port, metadata_port);
    let again = plane.calls("RegisterContainerInstance")[1].clone();
    assert_eq!(again["containerInstanceArn"], INSTANCE_ARN);
    let document: Value =
        serde_json::from_str(again["instanceIdentityDocument"].as_str().unwrap()).unwrap();
    assert_eq!(document["instanceId"], instance_id);
    testkit::wait_until("second session", || *plane.connections.lock().unwrap() >= 2).await;
    tokio::time::sleep(Duration::from_millis(200)).await;
    let snapshot = agent.engine.snapshot(TASK_ARN).unwrap();
    assert_eq!(
        snapshot.record.state.known,
        berth_model::TaskStatus::Running
    );
    let creates_after = fake
        .calls()
        .iter()
        .filter(|c| c.starts_with("create_container"))
        .count();
    assert_eq!(creates_after, creates);
    shutdown.cancel();
    tokio::time::timeout(Duration::from_secs(10), agent.wait())
        .await
        .unwrap();
}
